# El espacio de trabajo de responsables y admins: menú, inicio de sesión, inicio, páginas de error.

## Menu
nav-main = Principal
nav-home = Inicio
nav-admin = Administración
nav-signed-in-as = Sesión iniciada como { $email }
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión

## Sign-in
login-title = Iniciar sesión
login-lede = Responsables y admins inician sesión para leer los informes y responder a ellos. Para contestar un pulso no hace falta cuenta: usa el enlace de tu correo.
login-email = Correo del trabajo
login-send-link = Enviarme un enlace de acceso
login-with-password = Iniciar sesión con contraseña
login-password = Contraseña
login-button = Iniciar sesión
login-mismatch = Esa dirección y esa contraseña no coinciden.
login-confirm-heading = Iniciar sesión en Candor
login-sent-title = Revisa tu correo
login-sent-body = Si esa dirección puede iniciar sesión en Candor, te hemos enviado un enlace de acceso. Funciona una vez, durante { $minutes } minutos.
login-sent-other = Usar otra dirección

## Home
home-title = Inicio
home-about = Candor realiza pulsos de equipo mensuales y anónimos y publica los resultados junto a los acuerdos de trabajo del equipo.
home-sign-in-to = Inicia sesión para ver los equipos que diriges o a los que perteneces.
home-no-account = Para contestar un pulso no hace falta cuenta: usa el enlace de tu correo.
home-your-teams = Tus equipos
home-first-steps = Todavía no hay nada configurado. Los primeros pasos:
home-step-teams = Añade tus equipos, cada uno con el equipo al que pertenece:
home-step-people = Importa a tu gente desde un archivo CSV (verás a quién se añade antes de guardar nada):
home-step-pulses = Lanza los pulsos de cada equipo cuando estés listo (antes no se envía nada):
home-no-team = Aún no estás en ningún equipo que comparta sus resultados contigo. Cuando los responsables de tu equipo los publiquen, aparecerán aquí.
home-waiting = { $count ->
        [one] 1 equipo espera su lanzamiento: no recibe ningún pulso hasta que lances su cadencia en
       *[other] { $count } equipos esperan su lanzamiento: no reciben ningún pulso hasta que lances su cadencia en
    }
home-part-of = Parte de { $team }
home-open-until = Hay un pulso abierto hasta el
home-new = Nuevo:
home-new-results = ya están los resultados de { $month }.
home-latest = Últimos resultados: { $month }.
home-no-results = Todavía no hay resultados.
home-overdue = { $count ->
        [one] 1 acción atrasada.
       *[other] { $count } acciones atrasadas.
    }
home-review-due = Revisión pendiente:
home-next = Siguiente paso:
home-next-answer = Responde a los resultados de { $month }: lo que habéis escuchado y lo que vais a cambiar
home-next-review = Revisa «{ $title }»: ¿sigue valiendo?
home-next-overdue = { $count ->
        [one] Ponte al día con 1 acción atrasada
       *[other] Ponte al día con { $count } acciones atrasadas
    }
home-next-pulse = Contesta el pulso de este mes con el enlace de tu correo (lleva un minuto)
home-next-read = Lee los resultados de { $month } y lo que respondieron los responsables

## Admin menu names (also used on the home page)
admin-teams = Equipos
admin-people = Personas
admin-pulses = Pulsos

## Error pages
error-title-400 = No se pudo leer esa solicitud
error-title-401 = Inicia sesión, por favor
error-title-403 = No tienes acceso a esto
error-title-404 = No hay nada en esta dirección
error-title-405 = Esta dirección no hace eso
error-title-409 = Eso ya está hecho o no se puede hacer ahora
error-title-410 = Esto ya no está disponible
error-title-413 = Es demasiado grande
error-title-422 = Algunas respuestas necesitan otro vistazo
error-title-429 = Demasiados intentos
error-title-503 = Candor está ocupado: inténtalo de nuevo en un momento
error-title-500 = Algo ha fallado por nuestra parte
error-title-other = Eso no ha funcionado
error-no-page = No hay ninguna página en esta dirección.
error-method = Esta dirección no acepta ese tipo de solicitud. Vuelve atrás y usa los botones de la página.
error-unexpected = Algo ha fallado por nuestra parte. Ha quedado registrado; inténtalo de nuevo más tarde.
error-busy = Candor está ocupado ahora mismo. No se ha guardado nada; inténtalo de nuevo en un momento.
