# Las páginas de administración que hacen funcionar y vigilan Candor: los pulsos (/admin/pulses,
# el envío de un pulso, las páginas para lanzar y abrir ahora, la vista previa de la invitación),
# la bandeja de salida, el registro de auditoría y los webhooks.
# Cada id de aquí debe existir en todos los idiomas (tests/i18n.rs).

## Común
ao-crumb-admin = Admin
ao-crumb-pulses = Pulsos
ao-not-now = Ahora no
ao-show = Mostrar
ao-pages = Páginas
ao-previous-page = Página anterior
ao-next-page = Página siguiente
ao-format-when = %a %-d %b %Y
ao-when = { $day }, { $time } ({ $zone })
ao-people = { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }

## Estados y tipos de correo
ao-state-queued = en cola
ao-state-sending = enviándose
ao-state-sent = enviado
ao-state-failed = fallido
ao-state-cancelled = cancelado
ao-state-retrying = se volverá a intentar
ao-kind-invite = Invitación
ao-kind-remind-half = Recordatorio a mitad de plazo
ao-kind-remind-last = Recordatorio del último día
ao-kind-summary = Resumen de resultados
ao-kind-review = Recordatorio de revisión
ao-kind-login = Enlace de acceso
ao-kind-test = Invitación de prueba
ao-kind-webhook = Envío de webhook
ao-kind-other = Otro

## Ritmos
ao-cadence-monthly = cada mes, el primer día laborable
ao-cadence-quarterly = cada trimestre, el primer día laborable de enero, abril, julio y octubre
ao-cadence-weeks = cada { $weeks } semanas, el día de la semana del primer pulso
ao-cadence-manual = solo cuando se abre a mano

## La lista de pulsos
ao-pulses-title = Pulsos
ao-pulses-lede = Nada sale por sí solo: los pulsos de un equipo empiezan cuando usted lanza su ritmo, o abre uno ahora. Cada paso dice primero qué se envía, a cuántas personas y cuándo.
ao-pulses-launch-all = Lanzar los { $count } equipos en espera…
ao-pulses-archived = Archivado: no se abre ningún pulso para él.
ao-pulses-open-until = Abierto hasta el { $closes }
ao-pulses-delivery-link = Envío, y cerrar antes
ao-pulses-manual = Los pulsos solo se abren a mano (ritmo manual).
ao-pulses-launched = Lanzado: los pulsos se abren { $cadence }.
ao-pulses-not-launched = Sin lanzar: no se abre ningún pulso para { $team } hasta que usted lo lance ({ $cadence }).
ao-pulses-launch = Lanzar sus pulsos…
ao-pulses-open-now = Abrir un pulso ahora…
ao-pulses-would-invite = (invitaría a { $people })
ao-pulses-preview-invitation = Ver la invitación, o enviarse una prueba
ao-pulses-preview-survey = Ver la encuesta
ao-pulses-closed = Cerrados:
ao-pulses-no-teams = Todavía no hay equipos.
ao-pulses-add-team = Añadir uno
ao-pulses-done-launched = Lanzado. El planificador abre el pulso de cada mes el primer día laborable.
ao-pulses-next = El pulso de { $month } se abre { $when }, invita a { $people } y se cierra el { $closes }.
ao-pulses-next-round = en la próxima ronda del planificador (en menos de un minuto)

## Lanzar un equipo, lanzar todos
ao-launch-title = Lanzar pulsos · { $team }
ao-launch-crumb = Lanzar
ao-launch-heading = ¿Lanzar los pulsos de { $team }?
ao-launch-already = Ya están lanzados; lanzarlos otra vez no cambia nada.
ao-launch-manual-sentence = { $team } solo abre pulsos a mano (su ritmo es manual): cambie el ritmo en sus ajustes, o abra uno ahora.
ao-launch-after = Después, cada pulso se abre con este ritmo y queda abierto los días que tenga fijados el equipo, con un recordatorio a mitad de plazo y el último día para quienes no hayan respondido. Los resultados solo aparecen en los meses con suficientes respuestas. El ritmo y los días abiertos están en los
ao-launch-settings-link = ajustes del equipo
ao-launch-nobody = Todavía nadie responde por { $team }: añada antes personas en
ao-launch-nobody-end = {" "}o el pulso no preguntará a nadie.
ao-people-link = Personas
ao-launch-back = Volver a los pulsos
ao-launch-button = Lanzar sus pulsos
ao-launch-all-title = Lanzar los pulsos de todos los equipos
ao-launch-all-crumb = Lanzar todos
ao-launch-all-heading = { $count ->
        [one] ¿Lanzar los pulsos de { $count } equipo?
       *[other] ¿Lanzar los pulsos de { $count } equipos?
    }
ao-launch-all-total = Sus primeros pulsos invitan a { $people } en total (cada persona responde por un solo equipo).
ao-launch-all-after = Después, los pulsos de cada equipo se abren con su ritmo (fijado en sus ajustes).
ao-launch-all-button = Lanzarlos todos
ao-launch-all-none = Todos los equipos están ya lanzados.

## Abrir un pulso ahora
ao-open-title = Abrir un pulso · { $team }
ao-open-crumb = Abrir ahora
ao-open-heading = ¿Abrir ahora un pulso para { $team }?
ao-open-nothing = No se abrió nada.
ao-open-sentence = Un pulso sobre { $month } se abre ahora e invita a { $people } (cada persona responde por un solo equipo, y a nadie se le pregunta dos veces en un mes).
ao-open-within = Las invitaciones salen en menos de un minuto tras la apertura. Puede cerrar el pulso antes desde su página de envío.
ao-open-nobody = No se invitaría a nadie: añada antes personas en
ao-open-nobody-end = .
ao-open-days = Días abierto
ao-open-days-hint = De 1 a 60 días; se cierra dentro de ese número de días a partir de ahora.
ao-open-button = Abrir el pulso y enviar las invitaciones
ao-refused-days = Los días abierto deben ser un número entero de 1 a 60.
ao-refused-not-lead = Solo los administradores y los responsables de equipo gestionan los pulsos.
ao-refused-no-team = No hay ningún equipo en esta dirección.

## El envío de un pulso
ao-pulse-title = { $team } { $month } · Envío
ao-pulse-heading = { $team }: el pulso de { $month }
ao-pulse-open-until = Abierto hasta el { $closes }.
ao-pulse-closed-on = Cerrado el { $closes }.
ao-pulse-its-emails = Estos son sus correos; cuántas personas respondieron no se muestra nunca mientras un pulso está abierto.
ao-pulse-delivery = Envío
ao-pulse-table-label = Correos por tipo y estado
ao-pulse-caption = Correos de este pulso, por tipo y estado
ao-pulse-email = Correo
ao-pulse-all = Todos
ao-pulse-no-emails = Este pulso no tiene correos.
ao-pulse-not-delivered = No entregados
ao-pulse-after-tries = { $state } tras { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }
ao-pulse-retry = Reintentar los { $count } fallidos
ao-pulse-cancel = Cancelar los { $count } en cola
ao-pulse-close-early = Cerrar antes
ao-pulse-close-explain = Cerrar ahora detiene las respuestas, publica el mes donde respondieron suficientes personas y pone en cola los correos de resumen. No se puede deshacer.
ao-pulse-close-button = Cerrar este pulso ahora
ao-pulse-done-opened = Abierto: sus invitaciones están en cola y salen en menos de un minuto.
ao-pulse-done-retried = Los correos fallidos están de nuevo en cola y se intentarán en menos de un minuto.
ao-pulse-done-cancelled = Los correos en cola están cancelados: siguen listados aquí y no se envían.
ao-pulse-done-closed = Cerrado. Los resultados aparecen en la página del equipo donde respondieron suficientes personas; los correos de resumen están en cola.

## La vista previa de la invitación
ao-invitation-title = Vista previa de la invitación · { $team }
ao-invitation-crumb = Invitación
ao-invitation-heading = La invitación que recibe la gente de { $team }
ao-invitation-each = Cada persona la recibe con su propio nombre y un enlace de un solo uso. Aquí los enlaces abren la
ao-invitation-survey-link = vista previa de la encuesta
ao-invitation-in = En:
ao-invitation-own-language = (cada persona la recibe en su propio idioma)
ao-invitation-subject = Asunto
ao-invitation-text = Texto
ao-invitation-test = Enviarse una prueba
ao-invitation-test-explain = El mismo correo, marcado «[Test]», va a { $me }. Abre la vista previa: no se guarda ningún pulso, invitación ni respuesta.
ao-invitation-test-button = Enviarme una invitación de prueba
ao-invitation-done-sent = Hay una invitación de prueba para usted en cola. Sus enlaces abren la vista previa de la encuesta; no se guarda nada.

## La bandeja de salida
ao-outbox-title = Bandeja de salida · Admin
ao-outbox-heading = Bandeja de salida
ao-outbox-intro = Cada correo que Candor puso en cola, del más reciente al más antiguo. No se muestra el contenido: los enlaces de acceso y las invitaciones llevaban enlaces de un solo uso.
ao-outbox-filter = Filtrar los correos
ao-outbox-state = Estado
ao-outbox-any-state = Cualquier estado
ao-outbox-kind = Tipo
ao-outbox-any-kind = Cualquier tipo
ao-outbox-team = Equipo
ao-outbox-any-team = Cualquier equipo
ao-outbox-pulse = Número del pulso
ao-outbox-count = Página { $page } de { $pages } · { $total ->
        [one] { $total } correo
       *[other] { $total } correos
    }
ao-outbox-emails = Correos
ao-outbox-caption = Correos, del más reciente al más antiguo
ao-outbox-to = Para
ao-outbox-subject = Asunto
ao-outbox-last-error = Último error
ao-outbox-queued-utc = En cola desde (UTC)
ao-outbox-sent-utc = Enviado (UTC)
ao-outbox-queued = En cola desde
ao-outbox-sent = Enviado
ao-outbox-tries = ({ $count } intentos)
ao-outbox-none = Ningún correo coincide.
ao-refused-state = Estado: «{ $typed }» no es un estado; elija { $choices }
ao-refused-kind = Tipo: «{ $typed }» no es un tipo de correo; elija { $choices }
ao-refused-team = Equipo: no hay ningún equipo «{ $typed }»
ao-refused-pulse = Pulso: «{ $typed }» no es un número de pulso
ao-refused-page = Página: «{ $typed }» no es un número de página; las páginas se cuentan desde 1

## El registro de auditoría
ao-audit-title = Registro de auditoría · Admin
ao-audit-heading = Registro de auditoría
ao-audit-intro = Quién cambió qué, lo más reciente primero. Nombra acciones y sobre qué fueron, nunca una respuesta, un comentario ni un token.
ao-audit-filter = Filtrar el registro
ao-audit-who-exactly = Quién (exactamente)
ao-audit-what-exactly = Qué (exactamente)
ao-audit-count = Página { $page } de { $pages } · { $total ->
        [one] { $total } entrada
       *[other] { $total } entradas
    }
ao-audit-caption = Quién cambió qué, lo más reciente primero
ao-audit-when-utc = Cuándo (UTC)
ao-audit-when = Cuándo
ao-audit-who = Quién
ao-audit-what = Qué
ao-audit-on = Sobre
ao-audit-detail = Detalle
ao-audit-none = Ninguna entrada coincide.

## Webhooks
ao-webhooks-title = Webhooks · Admin
ao-webhooks-heading = Webhooks
ao-webhooks-intro = Un webhook es un POST firmado que Candor envía a otro sistema cuando se cierra un pulso, sale un resumen de resultados o cambia un acuerdo. Los envíos esperan en la bandeja de salida como el correo y se reintentan hasta que el destino responde 2xx. Cada uno lleva { $signature }, el HMAC-SHA256 de { $signed } con el secreto del destino, y { $delivery }, el mismo en cada reintento.
ao-webhooks-registered = Webhook «{ $name }» registrado
ao-webhooks-copy = Copie ahora su secreto de firma: solo se muestra una vez.
ao-webhooks-copy-why = Déselo al receptor, que comprueba con él la firma de cada envío.
ao-webhooks-removed = Quitado. Sus envíos en cola están cancelados.
ao-webhooks-endpoints = Destinos de webhooks
ao-webhooks-caption = Destinos de webhooks, por nombre
ao-webhooks-name = Nombre
ao-webhooks-address = Dirección
ao-webhooks-events = Eventos
ao-webhooks-since-utc = Desde (UTC)
ao-webhooks-since = Desde
ao-webhooks-remove = Quitar
ao-webhooks-remove-label = Quitar el webhook { $name }
ao-webhooks-none = Todavía no hay webhooks.
ao-webhooks-deliveries = Envíos más recientes
ao-webhooks-deliveries-label = Envíos de webhooks
ao-webhooks-deliveries-caption = Los envíos de webhooks más recientes, primero el último
ao-webhooks-event = Evento
ao-webhooks-state = Estado
ao-webhooks-tries = Intentos
ao-webhooks-last-error = Último error
ao-webhooks-all-deliveries = Todos los envíos en la bandeja de salida
ao-webhooks-nothing-delivered = Todavía no se ha enviado nada.
ao-webhooks-register = Registrar un destino
ao-webhooks-nothing-registered = No se registró nada.
ao-webhooks-name-label = Nombre (letras, cifras, - y _)
ao-webhooks-url-label = Dirección (http:// o https://)
ao-webhooks-register-button = Registrar
ao-refused-events = Marque al menos un evento.
