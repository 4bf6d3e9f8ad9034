# Los correos de responsables y admins: enlace de acceso, recordatorio de revisión, resumen de resultados.

format-date-long = %A, %-d de %B de %Y

## Sign-in link
login-mail-subject = Tu enlace de acceso a Candor
login-mail-hello = Hola:
login-mail-use-button = Usa este botón para iniciar sesión en Candor. Funciona una vez, durante { $minutes } minutos.
login-mail-use-link = Usa este enlace para iniciar sesión en Candor. Funciona una vez, durante { $minutes } minutos:
login-mail-ignore = Si no pediste iniciar sesión, ignora este correo; sin el enlace no pasa nada.
login-mail-signature = - Candor

## Review reminder
review-subject-due = Revisión pendiente: { $title } ({ $team })
review-subject-overdue = Revisión atrasada: { $title } ({ $team })
review-title = Revisión: { $title }
review-due-on = El acuerdo de trabajo «{ $title }» de { $team } debe revisarse el { $due_on }.
review-overdue = (atrasada)
review-every = Se revisa cada { $days } días; el texto actual es la versión { $version }, del { $version_on }.
review-current = El texto actual es la versión { $version }, del { $version_on }.
review-read-button = Léelo junto a los resultados del pulso
review-read-text = Léelo junto a los resultados del pulso del equipo:
review-holds = Si sigue valiendo, pulsa «Sigue valiendo» en su página:
review-change = Si necesita un cambio, guarda una versión nueva con una nota que explique por qué:
review-its-work = Su trabajo:
review-why = Recibes este correo una vez por cada fecha de revisión, como responsable de { $team }.
