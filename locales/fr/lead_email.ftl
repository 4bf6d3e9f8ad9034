# Les e-mails des responsables et des admins : lien de connexion, rappel de revue, résumé des résultats.

format-date-long = %A %-d %B %Y

## Sign-in link
login-mail-subject = Votre lien de connexion à Candor
login-mail-hello = Bonjour,
login-mail-use-button = Utilisez ce bouton pour vous connecter à Candor. Il fonctionne une fois, pendant { $minutes } minutes.
login-mail-use-link = Utilisez ce lien pour vous connecter à Candor. Il fonctionne une fois, pendant { $minutes } minutes :
login-mail-ignore = Si vous n'avez pas demandé à vous connecter, ignorez cet e-mail ; rien ne se passe sans le lien.
login-mail-signature = - Candor

## Review reminder
review-subject-due = Revue à faire : { $title } ({ $team })
review-subject-overdue = Revue en retard : { $title } ({ $team })
review-title = Revue : { $title }
review-due-on = L'accord de travail « { $title } » de { $team } est à revoir le { $due_on }.
review-overdue = (en retard)
review-every = Il est revu tous les { $days } jours ; le texte actuel est la version { $version }, du { $version_on }.
review-current = Le texte actuel est la version { $version }, du { $version_on }.
review-read-button = Le lire à côté des résultats du pouls
review-read-text = Lisez-le à côté des résultats du pouls de l'équipe :
review-holds = S'il tient toujours, appuyez sur « Toujours valable » sur sa page :
review-change = S'il doit changer, enregistrez une nouvelle version avec une note qui explique pourquoi :
review-its-work = Son travail :
review-why = Vous recevez cet e-mail une fois par échéance, en tant que responsable de { $team }.
