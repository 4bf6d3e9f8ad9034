# Refusals: what the domain says when it refuses a value, in full sentences a page can show.
# Every id here must exist in every locale (tests/i18n.rs).

refused-team-threshold = The threshold must be a number from { $min } to { $max }.
