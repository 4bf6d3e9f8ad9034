# La página donde un admin elige y edita la encuesta de un equipo (/admin/teams/{slug}/survey).
# Cada id de aquí debe existir en cada idioma (tests/i18n.rs).

survey-admin-title = { $team } · Encuesta
survey-admin-crumb-admin = Admin
survey-admin-crumb-teams = Equipos
survey-admin-crumb-settings = Ajustes
survey-admin-crumb-survey = Encuesta
survey-admin-heading = { $team }: encuesta
survey-admin-summary = { $count ->
        [one] Una pregunta, unos { $minutes } min.
       *[other] { $count } preguntas, unos { $minutes } min.
    }
survey-admin-keeps = Un pulso conserva la encuesta con la que se abrió: lo que cambie aquí se pregunta a partir del próximo pulso que se abra.
survey-admin-open = Hay un pulso abierto hasta el { $until }: sigue preguntando aquello con lo que se abrió.
survey-admin-preview = Ver la encuesta tal como la recibe la gente del equipo
survey-admin-nothing-saved = No se ha guardado nada.
survey-admin-see-form = Ir al formulario
survey-admin-skip-sets = Conjuntos de preguntas
survey-admin-skip-add = Añadir una pregunta
survey-admin-skip-rotation = Alternancia

## Hecho
survey-admin-done-use = Se añadieron las preguntas de «{ $subject }».
survey-admin-done-drop = «{ $subject }» ya no se pregunta; sus respuestas siguen en los informes.
survey-admin-done-add = Se añadió la pregunta { $subject }.
survey-admin-done-edit = La pregunta { $subject } tiene una nueva redacción: una nueva versión.
survey-admin-done-retire = La pregunta { $subject } ya no se pregunta; sus respuestas siguen en los informes.
survey-admin-done-rotation = Se guardó la alternancia.

## Las preguntas
survey-admin-questions = Las preguntas que se hacen
survey-admin-dimension = Dimensión: { $dimension }
survey-admin-version = versión { $version }
survey-admin-from-set = conjunto { $set }
survey-admin-own = propia
survey-admin-optional = opcional
survey-admin-in-language = escrita en { $language }
survey-admin-library-languages = en todos los idiomas (biblioteca)
survey-admin-translated = también en: { $languages }
survey-admin-not-translated = sin traducciones
survey-admin-options = Opciones
survey-admin-edit-summary = Cambiar la redacción de { $key }
survey-admin-edit-version = Guardar un texto, una traducción u opciones nuevas crea la versión { $next } de { $key }: los informes marcan el mes en que cambió la redacción y empiezan allí su tendencia de nuevo.
survey-admin-edit-save = Guardar la versión { $next }
survey-admin-retire = Retirar { $key }
survey-admin-retire-hint = Una pregunta retirada deja de hacerse; sus respuestas siguen en los informes.

## Tipos
survey-admin-kind = Tipo
survey-admin-kind-likert5 = De acuerdo o no, de 1 a 5
survey-admin-kind-three = Semáforo: rojo, ámbar, verde
survey-admin-kind-enps = Recomendación, de 0 a 10 (eNPS)
survey-admin-kind-choice = Una de varias opciones
survey-admin-kind-comment = Un comentario con palabras

## Idiomas
survey-admin-lang-en = inglés
survey-admin-lang-de = alemán
survey-admin-lang-fr = francés
survey-admin-lang-es = español
survey-admin-lang-ar = árabe
survey-admin-text-en = Texto en inglés
survey-admin-text-optional = Texto en { $language } (opcional)
survey-admin-text = Texto en { $language }
survey-admin-translations-hint = Donde un idioma no tiene texto, su gente lee la pregunta en su idioma propio, marcada «aún sin traducir».

## Conjuntos
survey-admin-sets = Conjuntos de preguntas
survey-admin-sets-intro = Conjuntos ya preparados de la biblioteca. Usar un conjunto añade sus preguntas que la encuesta aún no hace; quitarlo deja de hacerlas (sus respuestas siguen en los informes).
survey-admin-set-asked = { $total ->
        [one] Se pregunta: { $asked } de su única pregunta.
       *[other] Se preguntan: { $asked } de sus { $total } preguntas.
    }
survey-admin-set-rotated = Se pregunta un pulso sí y otro no.
survey-admin-use = Usar { $set }
survey-admin-drop = Quitar { $set }

## Alternancia
survey-admin-rotation = Alternancia
survey-admin-rotation-intro = Para que los pulsos sean cortos, uno de los conjuntos de la encuesta puede preguntarse solo un pulso sí y otro no: el primer pulso del equipo lo pregunta, el segundo lo deja fuera, y así sucesivamente. Cada pulso conserva lo que preguntó.
survey-admin-rotation-label = Conjunto que se pregunta un pulso sí y otro no
survey-admin-rotation-none = Ninguno: todos los conjuntos en cada pulso
survey-admin-rotation-save = Guardar la alternancia

## Añadir una pregunta
survey-admin-add = Añadir una pregunta propia del equipo
survey-admin-key = Clave
survey-admin-key-hint = De 1 a 40 letras minúsculas, cifras y _, empezando por una letra. Se mantiene cuando cambia la redacción y no puede ser una clave de la biblioteca.
survey-admin-dimension-label = Dimensión
survey-admin-dimension-hint = Lo que mide: una dimensión de la encuesta (trust, workload, …) o una nueva. Las preguntas de una dimensión comparten un tipo; una pregunta de opciones tiene su dimensión para ella sola; una pregunta eNPS va en enps. Una encuesta tiene una sola pregunta de comentario.
survey-admin-options-label = Opciones, una por línea
survey-admin-options-hint = Solo para una pregunta de opciones: de 2 a 12 opciones, en el orden en que se muestran.
survey-admin-options-in = Opciones en { $language }, una por línea, en el mismo orden
survey-admin-options-others = Opciones en otros idiomas (opcional)
survey-admin-may-skip = Se puede dejar sin responder
survey-admin-add-save = Añadir la pregunta
