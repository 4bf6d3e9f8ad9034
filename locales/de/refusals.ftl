# Ablehnungen: was die Domäne sagt, wenn sie einen Wert ablehnt, in ganzen Sätzen für eine Seite.
# Jede ID hier muss es in jeder Sprache geben (tests/i18n.rs).

refused-team-threshold = Die Schwelle muss eine Zahl von { $min } bis { $max } sein.
