# Los correos que recibe el personal: la invitación, los recordatorios, el resumen de resultados.

email-hi = Hola, { $name }:
email-signature = - Candor, para { $team }
email-open = Abrir el pulso
email-anonymous = Tus respuestas son anónimas: se guardan sin tu nombre, sin este enlace y sin hora, y los resultados solo se muestran para grupos de al menos { $min_group } personas, después de que cierre el pulso.

## Invitation
invite-subject = { $team }: { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    } para el pulso de equipo de este mes
invite-title = Pulso de equipo de { $team }
invite-intro = ¿Cómo va { $team } este mes? { $count ->
        [one] Una pregunta corta
       *[other] { $count } preguntas cortas
    }, { $minutes ->
        [one] más o menos un minuto
       *[other] más o menos { $minutes } minutos
    }, desde cualquier dispositivo.
invite-answer-here = Responde aquí (el enlace es tuyo y funciona una vez):
invite-first-question = O empieza por la primera pregunta - «{ $question }»:
invite-quick-note = Elegir una respuesta abre el formulario con ella marcada; no se envía nada hasta que pulses Enviar.
invite-link-once = El enlace es tuyo y funciona una vez. El pulso cierra el { $closes_on }.
invite-closes = El pulso cierra el { $closes_on }.

## Reminders
reminder-subject-half = Recordatorio: pulso de equipo de { $team }
reminder-subject-last = Último día: pulso de equipo de { $team }
reminder-last-day = El pulso de { $team } cierra el { $closes_on }: hoy es el último día para responder.
reminder-halfway = El pulso de { $team } está abierto hasta el { $closes_on }. Si tienes un minuto, tus respuestas ayudan.
reminder-anonymous = { $minutes ->
        [one] Lleva más o menos un minuto, y tus respuestas son anónimas.
       *[other] Lleva más o menos { $minutes } minutos, y tus respuestas son anónimas.
    }
reminder-answer-here = Responde aquí (un enlace nuevo; el de tu primer correo también funciona, una vez):
reminder-at-most = Recibes como mucho dos recordatorios, nunca en fin de semana, y ninguno cuando ya has respondido.

## Results summary
summary-subject = { $team }: resultados del pulso de { $month }
summary-title = { $team }: resultados de { $month }
summary-closed = El pulso de { $team } de { $month } ha cerrado.
summary-no-figures = Este mes no se muestran cifras, para que las respuestas de todos sigan siendo anónimas.
summary-of-five = { $mean } de 5
summary-too-few = Muy pocas respuestas para mostrar.
summary-in-short = En resumen
summary-changes = Lo que dijimos que cambiaríamos
summary-done = hecho
summary-open = pendiente
summary-see-team = Ver la página del equipo
summary-team-page = Las tendencias, las respuestas por mes y los comentarios están en la página del equipo:
summary-because-lead = Recibes esto porque diriges { $team }.
summary-because-member = Recibes esto porque { $team } comparte sus resultados con sus miembros.
summary-threshold = Los resultados solo se muestran para grupos de al menos { $min_group } personas.
