# Refus : ce que dit le domaine quand il refuse une valeur, en phrases complètes qu'une page peut montrer.
# Chaque identifiant ici doit exister dans chaque langue (tests/i18n.rs).

refused-team-threshold = Le seuil doit être un nombre de { $min } à { $max }.
