# El resumen de administración (/admin); las demás páginas de administración están en admin_people.ftl y admin_ops.ftl.

admin-teams-what = crear equipos y cambiar su nombre, su equipo superior, su umbral y sus ajustes, o archivarlos.
admin-pulses-what = lanzar equipos, abrir un pulso, ver la invitación y seguir el envío de cada pulso.
admin-people-what = añadir, mover, desactivar o quitar personas, o importar un archivo de personas.
admin-outbox = Bandeja de salida
admin-outbox-what = cada correo, por estado, tipo, equipo y pulso, con lo que falló.
admin-tokens = Tokens de API
admin-tokens-what = crear y revocar tokens para los scripts que leen informes.
admin-audit = Registro de auditoría
admin-audit-what = quién cambió qué y cuándo.
admin-no-email = Todavía no hay correos.
admin-webhooks = Webhooks
admin-webhooks-what = POST firmados a otros sistemas cuando se cierra un pulso, sale un resumen o cambia un acuerdo, con sus envíos.
