# La página del equipo, sus gráficos y las frases del informe, y las cifras del correo de resultados.

## Formats
format-month-name = %B
format-month-short = %b

## The team page
team-lede = Resultados de los pulsos cerrados del equipo. Un mes solo se muestra si respondieron al menos { $min_group } personas y no se puede deducir de él ningún grupo más pequeño.
team-archived = Este equipo está archivado: ya no se abren pulsos para él. Sus resultados se quedan aquí.
team-open-until = Hay un pulso abierto hasta el { $until }.
team-open-results = Los resultados aparecen cuando se cierra, para los meses con suficientes respuestas.
team-failing = { $count ->
        [one] 1 invitación no llega a su destinatario
       *[other] { $count } invitaciones no llegan a sus destinatarios
    }
team-failing-see = mira a quién, por qué, y vuelve a intentarlo
team-failing-leads = los responsables del equipo pueden ver a quién y volver a intentarlo
team-settings = Ajustes del equipo
team-at-a-glance = De un vistazo
team-verdicts-how = Cómo se decide: menos de la mitad favorable, una bajada más allá del ruido (q < 0,05) o una tendencia a la baja necesitan atención; una subida más allá del ruido o una tendencia al alza es una mejora. Las cifras y las pruebas están más abajo.
team-in-short = En resumen
team-of-points = de { $points }
team-rise = subida significativa
team-fall = bajada significativa
team-interval = intervalo del 95 %: { $range }
team-wording-changed = Las preguntas o su redacción cambiaron en { $month }: la tendencia empieza de nuevo ahí y este mes no se compara con el anterior.
team-answers-in = Respuestas de { $month }
team-favourable-three = Favorable cuenta a las personas cuya puntuación es 3 (verde); las barras cuentan respuestas.
team-favourable-five = Favorable cuenta a las personas cuya puntuación es 4 o más; las barras cuentan respuestas.
team-distribution-caption = { $label }: respuestas de { $month }, por respuesta
team-col-answer = Respuesta
team-col-share = Porcentaje
team-col-answers = Respuestas
team-col-option = Opción
team-col-month = Mes
team-col-answered = Respondieron
team-col-rate = Tasa
team-no-month-yet = Todavía no hay ningún mes con suficientes respuestas para mostrar.
team-choice-shares = una elección única: porcentajes, sin media
team-choice-changed = La pregunta o sus opciones cambiaron en { $month }.
team-choice-caption = { $label }: respuestas de { $month }, por opción, con intervalos del 95 %
team-participation = Participación
team-no-closed-pulse = Todavía no hay ningún pulso cerrado.
team-participation-caption = Personas que respondieron, por mes
team-invited = { $count ->
        [one] { $count } invitada
       *[other] { $count } invitadas
    }
team-responded-of = { $responded } de { $invited }
team-enps-heading = Recomendaría el equipo (eNPS)
team-enps-in = en { $month }
team-enps-se = , error estándar { $se }
team-enps-how = Porcentaje que responde 9 o 10 menos porcentaje que responde de 0 a 6, de −100 a +100; se muestra con al menos 10 respuestas.
team-comments-from = Comentarios de { $month }
team-comments-how = Los comentarios solo se muestran en un mes en el que respondieron suficientes personas (nunca menos de { $min_group }), en orden aleatorio y nunca junto a las puntuaciones de nadie.

## Figures
figure-favourable = { $percent } favorable
figure-n = n = { $n }
figure-range = de { $low } a { $high }
figure-interval = intervalo del 95 % de { $low } a { $high }
figure-too-few = muy pocas respuestas para mostrar
figure-no-pulse = sin pulso
three-red = Rojo
three-amber = Ámbar
three-green = Verde

## Charts
chart-title = { $label }: media mensual de 1 a { $points }, con su intervalo del 95 %
chart-month-interval = { $month }: media { $mean } (intervalo del 95 % de { $low } a { $high }), n = { $n }
chart-month-mean = { $month }: media { $mean }, n = { $n }
chart-month-hidden = { $month }: muy pocas respuestas para mostrar
chart-month-no-pulse = { $month }: sin pulso
chart-no-pulse-yet = Todavía no hay ningún pulso cerrado.
chart-caption = Media mensual en una escala de 1 a 5; la banda sombreada es su intervalo del 95 %. Las columnas grises son meses con muy pocas respuestas o sin pulso.
chart-table-caption = { $label } por mes
chart-col-mean = Media
chart-col-interval = Intervalo del 95 %
chart-col-respondents = Personas que respondieron

## Verdicts
verdict-needs-attention = Necesita atención
verdict-steady = Estable
verdict-improving = Mejorando
verdict-too-few = Muy pocas respuestas
why-too-few = { $month } tuvo muy pocas respuestas para mostrar { $label }.
why-low = Solo el { $percent } valoró { $label } de forma favorable (4 o más de 5), menos de la mitad.
why-fell = { $label } bajó { $delta } puntos desde { $since }, más que el ruido.
why-falling = { $label } lleva bajando los últimos { $months } meses mostrados.
why-rose = { $label } subió { $delta } puntos desde { $since }, más que el ruido.
why-rising = { $label } lleva subiendo los últimos { $months } meses mostrados.
why-steady = { $percent } favorable y ningún cambio que se pueda distinguir del ruido.

## Report sentences
summary-no-pulse = Todavía no hay ningún pulso cerrado: los resultados aparecerán aquí cuando se cierre el primero.
summary-suppressed = Muy pocas respuestas en { $month } para mostrar resultados: un grupo necesita al menos { $min_group } personas que respondan, y ninguna puede quedar al descubierto restando un grupo de otro.
summary-trend-rising = { $label } lleva subiendo los últimos { $months } meses mostrados ({ $slope } puntos al mes, Mann-Kendall { $p }).
summary-trend-falling = { $label } lleva bajando los últimos { $months } meses mostrados ({ $slope } puntos al mes, Mann-Kendall { $p }).
summary-level = { $label } está en { $mean } de { $points }, { $favorable } favorable (n = { $n })
summary-wording-changed = { $level }; su redacción cambió este mes, así que no se compara con el mes anterior.
summary-nothing-before = { $level }; no hay un mes mostrado justo antes con el que comparar.
summary-level-and-change = { $level }. { $change }
change-rose = { $label } subió { $delta } puntos desde { $since }, { $q }.
change-fell = { $label } bajó { $delta } puntos desde { $since }, { $q }.
change-too-few = Muy pocas respuestas para saber si hubo un cambio desde { $since }.
change-none-q = Ningún cambio detectable desde { $since } ({ $delta } puntos, { $q }){ $noise }
change-none = Ningún cambio detectable desde { $since } ({ $delta } puntos){ $noise }
change-noise-floor = : con { $before } y { $n } respuestas, un cambio de menos de { $mdc } puntos no se distingue del ruido.

## The results summary email's figures
summary-answered-of = Respondieron { $responded } de las { $invited } personas invitadas.
summary-answered = { $responded ->
        [one] Respondió { $responded } persona.
       *[other] Respondieron { $responded } personas.
    }
summary-enps-with-se = { $score } (error estándar { $se })
summary-action-done = { $action }, hecha el { $on }
summary-action-overdue = { $action }, atrasada desde el { $on }
summary-action-due = { $action }, para el { $on }

## The library's dimensions
dimension-trust = Confianza
dimension-clarity = Claridad
dimension-workload = Carga de trabajo equilibrada
dimension-helped = Los cambios ayudaron
dimension-enps = eNPS
dimension-value = Aportar valor
dimension-release = Facilidad para publicar
dimension-fun = Diversión
dimension-codebase = Salud del código
dimension-learning = Aprendizaje
dimension-mission = Misión
dimension-players = Peones o protagonistas
dimension-speed = Velocidad
dimension-process = Proceso adecuado
dimension-support = Apoyo
dimension-teamwork = Trabajo en equipo
dimension-decisions = Derechos de decisión
dimension-collaboration = Colaboración
dimension-safety = Seguridad psicológica

## The team page's agreements and follow-ups
agreements-heading = Acuerdos
agreements-none = Todavía no hay acuerdos de trabajo.
agreements-leads-write = Los responsables del equipo los escriben aquí.
agreements-versions = { $count ->
        [one] 1 versión
       *[other] { $count } versiones
    }
agreements-next-review = próxima revisión
agreements-due = pendiente
agreements-new = Nuevo acuerdo
followups-heading = Lo que escuchamos, lo que cambiamos
followups-none = Los responsables todavía no han respondido a ningún pulso aquí.
followups-by = por { $author }
followups-edit = Editar
followups-edit-which = la respuesta de { $month }
followups-done-on = Hecha el { $on }
followups-overdue = Atrasada
followups-open = Abierta
followups-due = para el { $on }
followups-undo = Deshacer
followups-mark-done = Marcar como hecha
followups-answer = Responder a un pulso
followups-pulse = Pulso
followups-note = Lo que escuchamos y lo que cambiamos
followups-action-optional = Acción { $number } (opcional)
followups-what = Qué
followups-who = Quién (alguien del equipo o cualquier nombre)
followups-by-date = Para el (AAAA-MM-DD)
followups-publish = Publicar la respuesta
followups-title-edit = Editar la respuesta
followups-title-new = Una respuesta
followups-heading-edit = Editar la respuesta de { $month }
followups-nothing-saved = No se ha guardado nada.
followups-save = Guardar
followups-cancel = Cancelar
followups-delete = Borrar esta respuesta y sus acciones
followups-action-n = Acción { $number }
followups-new-action = Acción nueva (opcional)
followups-remove = quitar esta acción

## The agreement page
agreement-earlier = Estás leyendo la versión { $number }, un texto anterior.
agreement-read-current = Leer la versión actual ({ $number })
agreement-changed-since = ver qué ha cambiado desde entonces
agreement-version = Versión { $number }
agreement-current = (actual)
agreement-saved = guardada el
agreement-relates = se relaciona con { $dimensions }
agreement-every = Se revisa cada { $days } días
agreement-no-cadence = Sin cadencia de revisión
agreement-last-reviewed = última revisión el { $last }
agreement-reviewed-edited = { $date } por { $author }, con una versión nueva
agreement-reviewed-unchanged = { $date } por { $author }, sin cambios
agreement-review-recorded = Revisión registrada: sigue valiendo.
agreement-review-recorded-next = Revisión registrada: sigue valiendo, y la próxima revisión es el { $next }.
agreement-review-today = Hoy ya se registró una revisión ({ $last }), así que no ha cambiado nada. Se guarda una revisión por día; guardar una versión nueva cuenta como una.
agreement-edit = Editar el texto o sus ajustes
agreement-still-holds = Sigue valiendo: registrar la revisión
agreement-text-label = El acuerdo, versión { $number }
agreement-trends = Los resultados del pulso al lado
agreement-no-trends = Este acuerdo no está vinculado a la confianza, la claridad ni la carga de trabajo, así que no se muestran resultados a su lado.
agreement-markers-hint = Las líneas discontinuas marcan los días en que se guardaron versiones nuevas (v1, v2, …), para ver si a un cambio le siguió un pulso mejor.
agreement-its-work = Su trabajo
agreement-versions = Versiones
agreement-changed-from = qué cambió desde la v{ $number }
agreement-compare = Comparar la versión
agreement-with = con la versión
agreement-show-changes = Mostrar los cambios
agreement-marker = Versión { $number } guardada el { $date }: { $note }
diff-title = Cambios en { $title }
diff-from = De la
diff-to = a la
diff-counts = { $added ->
        [one] 1 línea añadida
       *[other] { $added } líneas añadidas
    }, { $removed ->
        [one] 1 quitada
       *[other] { $removed } quitadas
    }.
diff-why = Por qué cambió
diff-added = añadido
diff-removed = quitado
diff-back = Volver al acuerdo

## The agreement form
form-edit-title = Editar { $title }
form-edit-heading = Editar «{ $title }»
form-new-heading = Un nuevo acuerdo de trabajo
form-meanwhile-title = Alguien guardó la versión { $number } mientras editabas
form-meanwhile-saved = { $author } la guardó el { $date }: «{ $note }». Tu texto no se ha guardado y no se ha sobrescrito nada. Abajo:
form-meanwhile-theirs = líneas que están en la versión { $number } y no en tu texto
form-meanwhile-yours = líneas tuyas
form-meanwhile-merge = Tu texto sigue en el formulario: combina lo que quieras conservar y vuelve a guardar.
form-editing-version = Estás editando la versión { $base }. Guardar un texto cambiado crea la versión { $next }; las versiones anteriores siguen legibles.
form-title = Título
form-title-hint = Por ejemplo «Plazo de revisión» o «Quién decide qué entre Producto e Ingeniería».
form-body = Texto (markdown)
form-body-hint = # para un título, - para una lista, **negrita**. «Vista previa» lo muestra como lo hará la página, sin guardar.
form-note = Qué cambió y por qué
form-note-hint = Una línea que se guarda con la versión nueva (necesaria cuando cambia el texto).
form-relates = Resultados del pulso que se muestran al lado
form-every = Revisar cada (días)
form-every-hint = De 1 a 730, p. ej. 90 para cada trimestre; déjalo vacío para no tener cadencia de revisión. Los responsables reciben un correo cuando toca una revisión.
form-links = Enlaces a su trabajo
form-links-hint = Tickets, especificaciones, documentos: uno por línea, la dirección y luego un título, p. ej.
form-add = Añadir el acuerdo
form-preview = Vista previa
form-preview-title = Vista previa (sin guardar)

## El aviso sobre el umbral (un equipo cuyo grupo es menor que su umbral)
threshold-gap-who = { $count ->
        [0] Nadie responde
        [one] { $count } persona responde
       *[other] { $count } personas responden
    } por { $team }{ $below ->
        [yes] {" "}y los equipos que tiene debajo,
       *[no] {""}
    } y su umbral es { $min }
threshold-gap-under-parent = { $who }: sus resultados nunca se podrán mostrar por separado. Sus respuestas siguen contando en los resultados de { $parent }.
threshold-gap-root = { $who }: sus resultados nunca se podrán mostrar; añada personas o baje el umbral.
