# La biblioteca de preguntas (src/domain/library.rs): los conjuntos listos y sus preguntas.
set-default = Pulso del equipo
set-squad-health = Chequeo de salud del equipo
set-decision-rights = Derechos de decisión y colaboración
set-psychological-safety = Seguridad psicológica
set-default-about = Confianza, claridad y equilibrio de la carga (dos preguntas cada uno), eNPS y un comentario.
set-squad-health-about = Once aspectos de la salud de un equipo, cada uno respondido en rojo, ámbar o verde.
set-decision-rights-about = Quién decide, plazo de las revisiones y escalado entre Product y Engineering.
set-psychological-safety-about = Si los errores, las preguntas y las opiniones distintas son seguros en el equipo.

three-1 = Rojo: no va bien
three-2 = Ámbar: algunos problemas
three-3 = Verde: va bien

survey-not-translated = (aún sin traducir)

question-squad_value = Lo que entregamos importa a las personas que lo usan.
question-squad_release = Publicar nuestro trabajo es sencillo y seguro.
question-squad_fun = Disfrutamos trabajando juntos.
question-squad_codebase = Nuestro código está en buen estado y es fácil de cambiar.
question-squad_learning = Seguimos aprendiendo cosas que nos interesan.
question-squad_mission = Sabemos por qué existe este equipo, y eso nos motiva.
question-squad_players = Decidimos qué construir y cómo, en lugar de solo seguir órdenes.
question-squad_speed = Hacemos las cosas rápido, sin largas esperas a otros.
question-squad_process = Nuestra forma de trabajar nos sienta bien.
question-squad_support = Recibimos ayuda cuando la pedimos.
question-squad_teamwork = Trabajamos como un solo equipo, no como individuos uno al lado del otro.
question-decisions_1 = Sé quién tiene la última palabra sobre el alcance y las prioridades.
question-decisions_2 = Cuando Producto e Ingeniería no están de acuerdo, se resuelve rápido y abiertamente.
question-collaboration_1 = Las revisiones de mi trabajo vuelven en el plazo acordado.
question-collaboration_2 = Producto e Ingeniería se involucran mutuamente con suficiente antelación.
question-safety_1 = Un error cometido en este equipo no se le reprocha a quien lo cometió.
question-safety_2 = Aquí puedo pedir ayuda sin sentirme juzgado.
question-safety_3 = Aquí se acoge una opinión distinta, incluso cuando cuestiona un plan.
