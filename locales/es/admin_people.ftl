# Las páginas de administración de personas, equipos y tokens de API (/admin/people,
# /admin/people/{id}, /admin/people/import, /admin/teams, /admin/teams/{slug}, /admin/tokens).
# Cada id de aquí debe existir en cada idioma (tests/i18n.rs).

ap-crumb-admin = Admin
ap-nothing-saved = No se guardó nada.
ap-save = Guardar
ap-field-name = Nombre
ap-field-address = Dirección
ap-field-role = Rol
ap-field-language = Idioma
ap-field-team = Equipo
ap-role-member = miembro
ap-role-lead = responsable
ap-role-none = no está en este equipo
ap-pages = Páginas
ap-prev-page = Página anterior
ap-next-page = Página siguiente

## La lista de personas
ap-people-title = Personas · Admin
ap-people = Personas
ap-people-removed = Eliminada. Sus correos en cola se cancelaron; las respuestas anónimas no se tocan.
ap-people-import-link = Importar un archivo de personas (CSV)
ap-people-search-label = Nombre o dirección
ap-people-all-teams = Todos los equipos
ap-people-search = Buscar
ap-people-count = { $total ->
        [one] { $matching } de 1 persona
       *[other] { $matching } de { $total } personas
    }
ap-people-page = página { $page } de { $pages }
ap-people-caption = Las personas, sus equipos y el equipo por el que responde cada una
ap-people-col-teams = Equipos
ap-people-col-answers-for = Responde por
ap-people-col-state = Estado
ap-state-active = activa
ap-state-inactive = inactiva
ap-people-none = Nadie coincide.
ap-people-add = Añadir una persona
ap-people-add-team-first = Añade primero un equipo.
ap-people-add-team = Equipo (por el que responde)
ap-people-add-language = Idioma (de sus invitaciones y su encuesta)
ap-people-add-button = Añadir

## Una persona
ap-person-title = { $name } · Personas
ap-person-inactive = Inactiva: no se la invita a los pulsos y no puede leer equipos al iniciar sesión.
ap-person-email-hint = Su cuenta de acceso pasa también a la nueva dirección.
ap-person-language-hint = Sus invitaciones, recordatorios y su encuesta hablan este idioma.
ap-person-teams = Equipos
ap-person-teams-hint = Una persona responde los pulsos de un solo equipo («responde por»); ser responsable en otro da acceso, no un segundo voto. Para mover a alguien, pon el equipo antiguo en «no está en este equipo» y añade el nuevo.
ap-person-answers-for = responde por él
ap-person-add-team = Añadir a un equipo
ap-person-add-as = como
ap-person-leaving = Salida
ap-person-deactivate = Desactivar
ap-person-deactivate-hint = La conserva a ella y sus equipos; retira sus invitaciones a pulsos abiertos y cancela los correos en cola para ella.
ap-person-reactivate = Reactivar
ap-person-remove-confirm = Eliminar a { $name } para siempre: sus equipos, invitaciones y cuenta de acceso desaparecen y los correos en cola se cancelan. Las respuestas anónimas se quedan.
ap-person-remove = Eliminar
ap-person-done-saved = Guardado.
ap-person-done-added = Añadida. Se la invita a partir del próximo pulso del equipo por el que responde.
ap-person-done-deactivated = Desactivada: se retiraron sus invitaciones a pulsos abiertos y se cancelaron los correos en cola para ella.
ap-person-done-reactivated = Activa de nuevo: el próximo pulso del equipo por el que responde la invita.

## Importar un archivo de personas
ap-import-title = Importar personas · Admin
ap-import-crumb = Importar
ap-import-heading = Importar un archivo de personas
ap-import-col-before = Equipos ahora
ap-import-col-after = Equipos después
ap-import-region = { $title }: las personas
ap-import-section = { $title } ({ $count })
ap-import-done = Importado: { $added } añadidas, { $changed } cambiadas, { $moved } movidas
ap-import-done-deactivated = , { $absent } desactivadas (sus invitaciones abiertas retiradas, sus correos en cola cancelados).
ap-import-done-kept = ; { $absent } que no están en el archivo se quedan como están.
ap-import-back = Volver a personas
ap-import-would = Esto es lo que haría <strong>{ $file }</strong>. No se guarda nada hasta que confirmes.
ap-import-added = Añadidas
ap-import-changed = Cambiadas (nombre, rol o activas de nuevo)
ap-import-moved = Movidas entre equipos
ap-import-absent = No están en el archivo (se irían)
ap-import-unchanged = { $count ->
        [one] 1 persona está en el archivo tal como está ahora.
       *[other] { $count } personas están en el archivo tal como están ahora.
    }
ap-import-absent-legend = { $count ->
        [one] La persona que no está en el archivo
       *[other] Las { $count } personas que no están en el archivo
    }
ap-import-absent-deactivate = desactivarlas (se fueron: no más invitaciones, correos en cola cancelados)
ap-import-absent-keep = dejarlas como están (el archivo solo lista algunos equipos)
ap-import-button = Importar
ap-import-another = Elegir otro archivo
ap-import-nothing = No se importó nada.
ap-import-problems = { $count ->
        [one] El archivo tiene 1 problema; corrígelo y vuelve a subirlo:
       *[other] El archivo tiene { $count } problemas; corrígelos todos y vuelve a subirlo:
    }
ap-import-problem = línea { $line }, { $field }: { $message }
ap-import-intro = Un archivo CSV con las columnas <code>email,name,team,role</code> y, opcionalmente, <code>home</code> (<code>yes</code> en la fila del equipo por el que responde una persona). El rol es <code>member</code> o <code>lead</code>; una persona en varios equipos tiene una fila por cada uno. Para las personas que lista, el archivo da todos sus equipos: un equipo que no lista es uno que dejan.
ap-import-file = Archivo de personas (.csv)
ap-import-preview = Vista previa
ap-import-the-file = el archivo
ap-import-unreadable = No se pudo leer el archivo ({ $reason }). No se importó nada; elige un archivo .csv y vuelve a intentarlo.

## Equipos
ap-teams-title = Equipos · Admin
ap-teams = Equipos
ap-teams-table = Tabla: { $caption }
ap-teams-col-team = Equipo
ap-teams-col-members = Miembros
ap-teams-col-answering = Responden
ap-teams-col-threshold = Umbral
ap-teams-col-cadence = Cadencia
ap-teams-under = , bajo { $parent }
ap-teams-with-below = ({ $group } con los equipos de debajo)
ap-teams-never-reached = nunca alcanzado
ap-teams-archived-on = archivado el { $date }
ap-teams-launched-on = lanzado el { $date }
ap-teams-not-launched = sin lanzar
ap-teams-lede = Cada equipo con los equipos que tiene debajo. «Responden» cuenta a las personas cuyo equipo de referencia es: una voz cada una.
    Los resultados de un equipo solo se muestran cuando su grupo (él y los equipos de debajo) alcanza su umbral.
ap-teams-none = Todavía no hay equipos: crea el primero abajo.
ap-teams-create = Crear un equipo
ap-team-field-slug = Identificador
ap-team-field-parent = Equipo superior
ap-team-field-threshold = Umbral
ap-team-field-comment-threshold = Umbral de comentarios
ap-team-field-timezone = Zona horaria
ap-team-field-cadence = Cadencia
ap-team-field-days-open = Días abierto
ap-teams-slug-hint = Minúsculas, dígitos y guiones, p. ej. <code>design</code>: la dirección del equipo (/teams/design). No se puede cambiar después.
ap-team-no-parent = Ninguno (un equipo en lo alto)
ap-teams-threshold-hint = De 3 a 10: el mínimo de respuestas que necesita un mes antes de que se muestre nada de él.
ap-teams-create-button = Crear el equipo
ap-teams-archived = Equipos archivados
ap-teams-archived-hint = No se abre ningún pulso para ellos; sus páginas y su historial se quedan.
ap-team-archived-mark = { $path } (archivado)

## Cadencias
ap-cadence-monthly = mensual
ap-cadence-quarterly = trimestral
ap-cadence-weeks = cada { $weeks } semanas
ap-cadence-manual = manual
ap-cadence-monthly-long = Cada mes, en su primer día laborable
ap-cadence-quarterly-long = Cada trimestre, el primer día laborable de enero, abril, julio y octubre
ap-cadence-weeks-long = Cada { $weeks } semanas, el día de la semana del primer pulso
ap-cadence-manual-long = Solo cuando se abre a mano

## Los ajustes de un equipo
ap-team-title = { $team } · Ajustes del equipo
ap-team-crumb-teams = Equipos
ap-team-crumb-settings = Ajustes
ap-team-saved = Guardado.
ap-team-archived-notice = Archivado el { $date }: no se abre ningún pulso para él. Su página y su historial siguen legibles.
ap-team-name-hint = Al renombrarlo se mantiene el identificador <code>{ $slug }</code>, así que sus direcciones (/teams/{ $slug }) y los enlaces de los correos siguen iguales.
ap-team-parent-hint = Un equipo con resultados publicados no se puede mover: los informes agrupan los meses pasados según el árbol de hoy, y un movimiento permitiría a cualquiera deducir sus respuestas de las cifras antiguas y nuevas.
ap-team-threshold-hint = De 3 a 10: el mínimo de respuestas que necesita un mes antes de que se muestre nada de él. Los pulsos ya abiertos mantienen el suyo.
ap-team-comment-threshold-hint = El mínimo de respuestas antes de que se muestren los comentarios: del umbral a 10.
ap-team-thresholds-readonly = Umbral: <strong>{ $min }</strong> · umbral de comentarios: <strong>{ $comment }</strong>. Solo los admins cambian los umbrales.
ap-team-timezone-hint = Un nombre como Europe/Berlin o America/New_York: los pulsos se abren y se cierran en los días laborables del equipo en esa zona.
ap-team-cadence-hint = Una vez lanzado, el planificador abre los pulsos del equipo con esta cadencia, a las 09:00 en su zona horaria; manual: los pulsos solo se abren a mano.
    Un equipo tiene como mucho un pulso al mes, para que los resultados sigan siendo comparables y anónimos entre equipos.
ap-team-launched-on = Lanzado el { $date }.
ap-team-not-launched = Todavía sin lanzar: no se envía nada hasta que un admin o un responsable lo lance en <a href="/admin/pulses">Pulsos</a>.
ap-team-days-open-hint = De 1 a 21 días, menos que el tiempo entre dos pulsos. Los recordatorios salen a mitad de plazo y el último día.
ap-team-publish = Publicar a los miembros: pueden leer la página del equipo y reciben el correo de resumen
ap-team-ask-helped = Preguntar «¿Ayudaron los cambios desde el mes pasado?» en sus pulsos
ap-team-back = Volver al equipo
ap-team-survey = Encuesta
ap-team-survey-link = Las preguntas que hacen los pulsos de { $team }
ap-team-survey-rest = : sus conjuntos de preguntas, sus preguntas propias, su redacción y la rotación.
ap-team-unarchive-heading = Sacar del archivo
ap-team-archive-heading = Archivar
ap-team-unarchive-text = Al salir del archivo, un equipo lanzado vuelve a recibir sus pulsos mensuales.
ap-team-unarchive = Desarchivar { $team }
ap-team-archive-text = Un equipo archivado ya no recibe pulsos. No se borra nada: su página, su historial y sus personas se quedan. Un equipo con un pulso abierto debe cerrarlo primero.
ap-team-archive = Archivar { $team }

## Tokens de API
ap-tokens-title = Tokens de API · Admin
ap-tokens = Tokens de API
ap-tokens-intro = Un token permite a un script leer los informes de equipo desde <code>/api/v1</code> como la persona por la que actúa, enviado como <code>Authorization: Bearer TOKEN</code>.
ap-tokens-new = Token { $number } «{ $name }» para { $email }
ap-tokens-copy-now = Cópialo ahora: solo se muestra una vez.
ap-tokens-copy-why = Candor guarda solo una huella de él y no puede volver a mostrarlo; si se pierde, revócalo y crea otro.
ap-tokens-revoked = Revocado. El token deja de funcionar en el acto.
ap-tokens-caption = Tokens de API, los más nuevos primero
ap-tokens-col-acts-for = Actúa por
ap-tokens-col-scope = Alcance
ap-tokens-col-made-utc = Creado (UTC)
ap-tokens-col-made = Creado
ap-tokens-col-state = Estado
ap-tokens-revoked-on = revocado el { $date }
ap-tokens-active = activo
ap-tokens-revoke-label = Revocar el token { $number } { $name }
ap-tokens-revoke = Revocar
ap-tokens-none = Todavía no hay tokens de API.
ap-tokens-make = Crear un token
ap-tokens-none-made = No se creó ningún token.
ap-tokens-name = Nombre (para qué es)
ap-tokens-acts-for = Actúa por (la dirección de una cuenta)
ap-tokens-scope-read = { $scope } (leer informes de equipo)
ap-tokens-make-button = Crear el token

## Rechazos de estas páginas
ap-refused-email-empty = correo: está vacío
ap-refused-email-long = correo: tiene más de 254 caracteres
ap-refused-email = correo: «{ $email }» no es una dirección de correo válida
ap-refused-role = rol: «{ $role }» no es un rol: usa member, lead o admin
ap-refused-language = idioma: «{ $code }» no es un idioma que hable Candor; usa en, de, fr, es o ar
ap-refused-team = equipo: elige uno de los equipos
ap-refused-confirm = Marca la casilla para confirmar que quieres eliminar a esta persona para siempre.
ap-refused-active = El formulario debe enviar active=true o active=false.
ap-refused-absent = Elige si las personas que faltan en el archivo se quedan o se van.
ap-refused-not-utf8 = archivo: no es texto UTF-8: guárdalo como «CSV UTF-8» y vuelve a subirlo
ap-refused-threshold = Umbral: «{ $typed }» no es un número de 3 a 10
ap-refused-comment-threshold = Umbral de comentarios: «{ $typed }» no es un número de 3 a 10
ap-refused-days-open = Días abierto: «{ $typed }» no es un número de días de 1 a 21
ap-refused-no-parent = Equipo superior: no hay ningún equipo «{ $slug }»
ap-refused-slug-taken = Identificador: ya existe un equipo «{ $slug }»; elige otro identificador.
ap-refused-no-team-here = No hay ningún equipo en esta dirección.
ap-refused-thresholds-admins = Solo los admins pueden cambiar los umbrales de un equipo: deciden qué se puede mostrar. No se guardó nada.
ap-refused-lead-move = Un responsable solo puede mover un equipo bajo otro equipo que dirija; pide a un admin los demás movimientos. No se guardó nada.
ap-refused-token-name = Nombre: da al token un nombre de 1 a { $max } caracteres en una línea, p. ej. dashboards
ap-refused-token-scope = Alcance: «{ $scope }» no es un alcance; el alcance es { $allowed }
ap-refused-token-account = Correo: no hay ninguna cuenta para { $email }: las cuentas se crean al iniciar sesión por primera vez
ap-refused-no-token-here = No hay ningún token de API en esta dirección.
