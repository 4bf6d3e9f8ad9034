# Rechazos: lo que dice el dominio cuando rechaza un valor, en frases completas que una página puede mostrar.
# Cada identificador de aquí debe existir en cada idioma (tests/i18n.rs).

refused-team-threshold = El umbral debe ser un número de { $min } a { $max }.
