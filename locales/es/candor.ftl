# Las páginas de Candor para el personal: la encuesta, sus errores, sus rechazos.

## Formats
format-date-day = %A, %-d de %B
format-date-full = %-d de %B de %Y
format-month = %B de %Y

## Page chrome
page-skip = Ir al contenido
page-footer = Candor mantiene las respuestas anónimas por diseño: ninguna respuesta se guarda con un nombre, un enlace o una hora.
language-switch = Idioma

## The survey
survey-title = Pulso de { $team }
survey-preview-strong = Vista previa.
survey-preview = Así verán la encuesta las personas de { $team }. Nada de lo que elijas aquí se puede enviar ni guardar.
survey-heading = { $team }: ¿qué tal fue { $period }?
survey-lede = Este mes respondes por { $team } (cada persona responde por un solo equipo, aunque pertenezca a varios). { $minutes ->
        [one] Más o menos un minuto.
       *[other] Más o menos { $minutes } minutos.
    } Tus respuestas se guardan sin tu nombre, sin este enlace y sin hora, y los resultados solo se muestran para grupos de al menos { $min_group } personas, después de que el pulso cierre el { $closes_on }.
survey-errors-strong = Todavía no se ha guardado nada.
survey-errors = { $count ->
        [one] Revisa la respuesta marcada abajo.
       *[other] Revisa las { $count } respuestas marcadas abajo.
    }
survey-optional = (opcional)
survey-comment-hint = Tu forma de escribir puede identificarte. Deja fuera detalles que solo tú sabrías, y ten en cuenta que tus responsables leen los comentarios palabra por palabra (mezclados, y solo cuando han respondido al menos { $min_group } personas).
survey-enps-hint = 0 = nada probable, 10 = muy probable
survey-send = Enviar mis respuestas
survey-send-once = Puedes enviarlo una sola vez. No se guarda nada hasta que pulses el botón.
survey-switch-hint = Cambiar de idioma conserva tus respuestas; no se envía nada.

## The scale of five
likert-1 = Muy en desacuerdo
likert-2 = En desacuerdo
likert-3 = Ni de acuerdo ni en desacuerdo
likert-4 = De acuerdo
likert-5 = Muy de acuerdo

## The built-in questions
question-trust_1 = Puedo plantear un problema en este equipo sin preocuparme por cómo será recibido.
question-trust_2 = Las personas de este equipo hacen lo que dicen que harán.
question-clarity_1 = Sé lo que se espera de mí este mes.
question-clarity_2 = Está claro quién decide qué entre Producto e Ingeniería.
question-workload_1 = Mi carga de trabajo del último mes fue manejable.
question-workload_2 = Tuve suficiente tiempo para trabajar concentrado sin interrupciones constantes.
question-enps = ¿Qué probabilidad hay de que recomiendes este equipo a un amigo como lugar de trabajo?
question-comment = ¿Hay algo más que quieras que escuchen tus responsables?
question-helped = Los cambios que hicieron nuestros responsables desde el último pulso ayudaron.

## Field errors
error-unknown-field = El formulario tenía un campo que esta encuesta no pregunta («{ $field }»).
error-answered-twice = Esta pregunta se respondió dos veces; elige una sola respuesta.
error-choose-answer = Elige una respuesta.
error-out-of-range = Elige una de las respuestas (de { $low } a { $high }).
error-comment-too-long = Mantén el comentario por debajo de { $max } caracteres (tiene { $count }).
error-comment-nul = El comentario contiene un carácter NUL; quítalo, por favor.

## Thank you
thanks-title = Gracias
thanks-stored = Tus respuestas para { $team } ya están. Se guardan sin tu nombre, sin tu enlace y sin hora, así que nadie —ni tus responsables ni un administrador— puede saber qué respuestas son tuyas.
thanks-results = Los resultados se publican en la página del equipo después de que el pulso cierre el { $closes_on }, y solo para grupos de al menos { $min_group } personas. Tus responsables les responden abiertamente, con lo que van a cambiar.
thanks-close = Ya puedes cerrar esta página.

## What a survey link can refuse
refusal-title-404 = No hay nada en esta dirección
refusal-title-409 = Eso ya se hizo, o no se puede hacer ahora
refusal-title-410 = Esto ya no está disponible
refusal-unknown = No conocemos este enlace de encuesta. Usa el enlace más reciente de tu correo.
refusal-answered = Este pulso ya se respondió con tu enlace. Gracias: cada persona responde una vez.
refusal-closed = El pulso { $period } de { $team } cerró el { $closed_on }. Los resultados están en la página del equipo.
refusal-back = Volver a Candor
