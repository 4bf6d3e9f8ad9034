# Rechazos: lo que dice el dominio cuando rechaza un valor, en frases completas que una página puede mostrar.
# Cada identificador de aquí debe existir en cada idioma (tests/i18n.rs).

## Equipos
refused-team-threshold = El umbral debe ser un número de { $min } a { $max }.
refused-team-name = El nombre de un equipo debe ser una línea de 1 a { $max } caracteres.
refused-team-timezone = «{ $zone }» no es una zona horaria: usa un nombre como Europe/Berlin.
refused-team-comment-threshold = El umbral de comentarios, { $value }, no está entre el umbral ({ $min }) y { $max }.
refused-team-parent-itself = Un equipo no puede estar debajo de sí mismo: elige como equipo superior uno que no sea { $team }.
refused-team-parent-below = { $parent } está debajo de { $team }, así que { $team } no puede estar debajo de él.
refused-team-parent-unknown = No hay ningún equipo «{ $slug }» debajo del que ponerlo: elige el equipo superior entre los equipos.

## Cadencia y pulsos
refused-cadence-weeks = Cada { $weeks } semanas no es posible: elige de { $min } a { $max } semanas (un equipo tiene como mucho un pulso al mes).
refused-cadence-unknown = «{ $cadence }» no es una cadencia: usa monthly, quarterly, weeks:N (N de { $min } a { $max }) o manual.
refused-days-open = Un pulso sigue abierto de { $min } a { $max } días, no { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
refused-days-open-gap = { $days } días abierto no es menos que las { $weeks } semanas entre dos pulsos: elige menos días.
refused-pulse-closes-past = El pulso debe cerrarse en el futuro.
refused-launch-manual = { $team } solo abre pulsos a mano (cadencia manual): abre uno ahora.

## Respuestas a los pulsos
refused-followup-note-empty = La nota está vacía: una respuesta necesita una nota de 1 a { $max } caracteres.
refused-followup-note-long = La nota es demasiado larga: tiene { $count } caracteres, y una nota debe tener de 1 a { $max }.
refused-followup-note-nul = La nota no puede contener un carácter NUL.
refused-followup-action-unknown = La acción { $action } no forma parte de esta respuesta.

## Acuerdos
refused-agreement-empty = El texto está vacío: un acuerdo necesita algo de texto.
refused-agreement-long = El texto supera los { $max } bytes.
refused-agreement-nul = El texto contiene un carácter NUL; ¿es un archivo de texto?
refused-agreement-title = El título debe ser una línea de 1 a { $max } caracteres.
refused-agreement-author = El nombre del autor debe ser una línea de 1 a { $max } caracteres.
refused-agreement-note = «Qué cambió y por qué» debe ser una línea de 1 a { $max } caracteres.
refused-agreement-title-slug = Candor no puede sacar de «{ $title }» un nombre corto para la dirección del acuerdo: el título necesita letras o cifras.
refused-agreement-title-new = El título «{ $title }» nombra la página que añade acuerdos: elige un título más largo.
refused-agreement-unchanged = El texto es el mismo que el de la versión { $version }: no hay nada que guardar (`candor agreement reviewed --team { $team } { $agreement }` registra una revisión sin cambios).
refused-link-address = El enlace de la línea { $line }, «{ $address }», no es una dirección web: empiézalo con https://.
refused-link-address-long = El enlace de la línea { $line } supera los { $max } caracteres.
refused-link-title = El título del enlace de la línea { $line } debe ser una línea de { $max } caracteres como mucho.
refused-links-too-many = Deja como mucho { $max } enlaces; hay { $count }.

## La encuesta de un equipo
refused-survey-set-not-asked = La encuesta no pregunta el conjunto «{ $set }»: añádelo primero.
refused-survey-set-unknown = No hay ningún conjunto «{ $set }»: la biblioteca tiene { $known }.
refused-survey-too-many = Una encuesta hace como mucho { $max } preguntas.
refused-question-key = La clave «{ $key }» no sirve: usa de 1 a { $max } letras minúsculas, cifras y _, empezando por una letra.
refused-question-dimension = La dimensión «{ $key }» no sirve: usa de 1 a { $max } letras minúsculas, cifras y _, empezando por una letra.
refused-question-key-taken = La clave «{ $key }» ya está ocupada; elige otra clave.
refused-question-second-comment = La encuesta ya tiene su pregunta de comentario: edita su texto en su lugar.
refused-question-dimension-reserved = La dimensión «{ $dimension }» está reservada: elige otro nombre.
refused-question-enps = Una pregunta eNPS va en la dimensión { $enps }, y solo ella.
refused-question-dimension-kind = La dimensión «{ $dimension }» contiene preguntas de tipo { $kind }: las preguntas de una dimensión comparten un tipo, y una pregunta de opciones tiene su dimensión para ella sola.
refused-question-text = El texto de una pregunta debe tener de 1 a { $max } caracteres.
refused-question-changes-helped = La pregunta «¿Ayudaron los cambios?» no se retira aquí: se desactiva en los ajustes del equipo.
refused-option-text = Cada opción necesita un texto en { $language ->
        [en] inglés
        [de] alemán
        [fr] francés
        [es] español
        [ar] árabe
       *[other] { $language }
    }.
refused-option-count = Una pregunta de opciones tiene de { $min } a { $max } opciones, no { $count }.
refused-option-not-choice = Solo una pregunta de opciones tiene opciones.

## Webhooks
refused-webhook-taken = Ya existe un webhook «{ $name }»: elige otro nombre.
refused-webhook-name = El nombre de un webhook debe tener de 1 a { $max } letras, cifras, «-» o «_».
refused-webhook-url = «{ $url }» no es una URL: da una dirección http:// o https:// con un host.
refused-webhook-url-scheme = «{ $url }» no es una dirección web: da una dirección http:// o https:// con un host.
refused-webhook-url-user = Quita el usuario y la contraseña de la dirección: los envíos van firmados.
refused-webhook-event = No hay ningún evento «{ $event }»: los eventos son { $known }.

## Personas
refused-person-name-empty = El nombre está vacío: una persona necesita un nombre.
refused-person-name-long = El nombre supera los { $max } caracteres.
refused-person-name-nul = El nombre contiene un carácter NUL.
refused-person-no-team = Una persona necesita al menos un equipo; para quitar a alguien de la lista, elimínalo.
refused-person-home-not-member = Una persona responde solo por uno de sus equipos.
refused-home-not-member = Una persona responde solo por un equipo al que pertenece.

## Los formularios de las páginas y los controles de acceso (src/http)
refused-period = «{ $period }» no es un mes: usa AAAA-MM, por ejemplo 2026-03.
refused-slug = «{ $slug }» no es un identificador: usa letras minúsculas, dígitos y guiones sueltos, por ejemplo «platform-team».
refused-slug-long = «{ $slug }» tiene más de { $max } caracteres.
refused-action-shape = «{ $action }» no es una acción: usa «TEXTO;RESPONSABLE;AAAA-MM-DD» (la fecha se puede omitir).
refused-action-nul = Una acción no puede contener un carácter NUL.
refused-action-text = El texto de una acción debe tener de 1 a { $max } caracteres.
refused-action-owner = Una acción necesita un responsable (de 1 a { $max } caracteres).
refused-action-due = «{ $date }» no es una fecha: usa AAAA-MM-DD.
refused-action-row-shape = La acción { $row } no se puede leer: dale un texto, un responsable y, si quieres, una fecha límite.
refused-action-row-nul = La acción { $row } no puede contener un carácter NUL.
refused-action-row-text = El texto de la acción { $row } debe tener de 1 a { $max } caracteres.
refused-action-row-owner = La acción { $row } necesita un responsable (de 1 a { $max } caracteres).
refused-action-row-due = La fecha límite de la acción { $row }, «{ $date }», no es una fecha: usa AAAA-MM-DD.
refused-relates = «{ $dimension }» no es una dimensión: usa cualquiera de { $known }, separadas por comas.
refused-review-every = { $days } no es un ritmo de revisión: usa de 1 a { $max } días, por ejemplo 90 para cada trimestre.
refused-review-every-number = «{ $typed }» no es un número de días.
refused-agreement-nothing-changed = El texto es el mismo que en la versión { $version } y no cambió ningún ajuste, así que no hay nada que guardar. Si sigue valiendo, pulsa «Sigue valiendo» en la página del acuerdo.
refused-option-lines = Da una opción en { $language ->
        [en] inglés
        [de] alemán
        [fr] francés
        [es] español
        [ar] árabe
       *[other] { $language }
    } para cada opción ({ $count } en total), en el mismo orden.
refused-question-kind = Elige uno de los tipos ofrecidos.
refused-no-team = No hay ningún equipo en esta dirección.
refused-only-leads = Solo los responsables de «{ $team }» y los administradores pueden hacer esto.
