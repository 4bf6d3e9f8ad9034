# El inicio de sesión único con el proveedor de identidad de la empresa, y las formas de entrar que la operación puede desactivar.
# Cada identificador de aquí debe existir en cada idioma (tests/i18n.rs).

login-sso = Entrar con { $name }
login-or = O entrar con el acceso propio de Candor:
login-links-off = Los enlaces de acceso están desactivados aquí: use el inicio de sesión único de su empresa.
login-passwords-off = Las contraseñas están desactivadas aquí: use el inicio de sesión único de su empresa.
sso-provider-refused = El proveedor de identidad no le dio acceso: { $reason }. Empiece de nuevo desde la página de acceso.
sso-incomplete = A la respuesta del proveedor de identidad le faltan el código o el estado. Empiece de nuevo desde la página de acceso.
sso-other-browser = Este acceso no empezó en este navegador (o se perdió su cookie). Empiece de nuevo desde la página de acceso.
sso-used = Este acceso ya se completó o tiene más de 10 minutos. Empiece de nuevo desde la página de acceso.
sso-refused = La respuesta del proveedor de identidad no pasó las comprobaciones de Candor ({ $reason }). No se dio acceso a nadie; empiece de nuevo y avise a su admin si vuelve a pasar.
sso-no-email = El proveedor de identidad no indicó su dirección de correo, que Candor necesita para encontrarle. Pida a su admin que comparta con Candor el dato del correo.
sso-unverified = El proveedor de identidad no ha verificado la dirección { $email }. Verifíquela allí y vuelva a entrar.
sso-unknown = Ha entrado como { $email }, pero Candor no conoce a nadie con esa dirección. Pida a su equipo de personas que le añada, o entre con la dirección que conocen.
