# Die Seite, auf der ein Admin die Umfrage eines Teams wählt und bearbeitet (/admin/teams/{slug}/survey).
# Jede ID hier muss es in jeder Sprache geben (tests/i18n.rs).

survey-admin-title = { $team } · Umfrage
survey-admin-crumb-admin = Admin
survey-admin-crumb-teams = Teams
survey-admin-crumb-settings = Einstellungen
survey-admin-crumb-survey = Umfrage
survey-admin-heading = { $team }: Umfrage
survey-admin-summary = { $count ->
        [one] Eine Frage, etwa { $minutes } Min.
       *[other] { $count } Fragen, etwa { $minutes } Min.
    }
survey-admin-keeps = Ein Puls behält die Umfrage, mit der er geöffnet wurde: Was Sie hier ändern, wird ab dem nächsten Puls gefragt, der geöffnet wird.
survey-admin-open = Ein Puls ist bis { $until } offen: Er fragt weiter, womit er geöffnet wurde.
survey-admin-preview = Die Umfrage so ansehen, wie die Leute des Teams sie bekommen
survey-admin-nothing-saved = Nichts wurde gespeichert.
survey-admin-see-form = Zum Formular
survey-admin-skip-sets = Fragensets
survey-admin-skip-add = Eine Frage hinzufügen
survey-admin-skip-rotation = Wechsel

## Erledigt
survey-admin-done-use = Die Fragen von „{ $subject }“ wurden hinzugefügt.
survey-admin-done-drop = „{ $subject }“ wird nicht mehr gefragt; die Antworten bleiben in den Berichten.
survey-admin-done-add = Die Frage { $subject } wurde hinzugefügt.
survey-admin-done-edit = Die Frage { $subject } hat einen neuen Wortlaut: eine neue Version.
survey-admin-done-retire = Die Frage { $subject } wird nicht mehr gefragt; ihre Antworten bleiben in den Berichten.
survey-admin-done-rotation = Der Wechsel wurde gespeichert.

## Die Fragen
survey-admin-questions = Die gestellten Fragen
survey-admin-dimension = Dimension: { $dimension }
survey-admin-version = Version { $version }
survey-admin-from-set = Set { $set }
survey-admin-own = eigene
survey-admin-optional = freiwillig
survey-admin-in-language = geschrieben auf { $language }
survey-admin-library-languages = in jeder Sprache (Bibliothek)
survey-admin-translated = auch auf: { $languages }
survey-admin-not-translated = keine Übersetzungen
survey-admin-options = Optionen
survey-admin-edit-summary = Den Wortlaut von { $key } ändern
survey-admin-edit-version = Ein neuer Text, eine neue Übersetzung oder neue Optionen ergeben beim Speichern Version { $next } von { $key }: Die Berichte markieren den Monat, in dem sich der Wortlaut geändert hat, und beginnen den Trend dort neu.
survey-admin-edit-save = Version { $next } speichern
survey-admin-retire = { $key } zurückziehen
survey-admin-retire-hint = Eine zurückgezogene Frage wird nicht mehr gestellt; ihre Antworten bleiben in den Berichten.

## Arten
survey-admin-kind = Art
survey-admin-kind-likert5 = Zustimmung, 1 bis 5
survey-admin-kind-three = Ampel: rot, gelb, grün
survey-admin-kind-enps = Weiterempfehlung, 0 bis 10 (eNPS)
survey-admin-kind-choice = Eine von mehreren Optionen
survey-admin-kind-comment = Ein Kommentar in Worten

## Sprachen
survey-admin-lang-en = Englisch
survey-admin-lang-de = Deutsch
survey-admin-lang-fr = Französisch
survey-admin-lang-es = Spanisch
survey-admin-lang-ar = Arabisch
survey-admin-text-en = Text auf Englisch
survey-admin-text-optional = Text auf { $language } (freiwillig)
survey-admin-text = Text auf { $language }
survey-admin-translations-hint = Wo eine Sprache keinen Text hat, lesen ihre Leute die Frage in ihrer eigenen Sprache, markiert mit „noch nicht übersetzt“.

## Sets
survey-admin-sets = Fragensets
survey-admin-sets-intro = Fertige Sets aus der Bibliothek. Ein Set zu verwenden fügt seine Fragen hinzu, die die Umfrage noch nicht stellt; es wegzulassen beendet sie (ihre Antworten bleiben in den Berichten).
survey-admin-set-asked = { $total ->
        [one] Gefragt: { $asked } von seiner einen Frage.
       *[other] Gefragt: { $asked } von seinen { $total } Fragen.
    }
survey-admin-set-rotated = Wird jeden zweiten Puls gefragt.
survey-admin-use = { $set } verwenden
survey-admin-drop = { $set } weglassen

## Wechsel
survey-admin-rotation = Wechsel
survey-admin-rotation-intro = Damit Pulse kurz bleiben, kann eines der Sets der Umfrage nur jeden zweiten Puls gefragt werden: Der erste Puls des Teams fragt es, der zweite lässt es aus, und so weiter. Jeder Puls behält, was er gefragt hat.
survey-admin-rotation-label = Set, das jeden zweiten Puls gefragt wird
survey-admin-rotation-none = Keins: jedes Set bei jedem Puls
survey-admin-rotation-save = Wechsel speichern

## Eine Frage hinzufügen
survey-admin-add = Eine eigene Frage des Teams hinzufügen
survey-admin-key = Schlüssel
survey-admin-key-hint = 1 bis 40 Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben. Er bleibt, wenn sich der Wortlaut ändert, und darf kein Schlüssel der Bibliothek sein.
survey-admin-dimension-label = Dimension
survey-admin-dimension-hint = Was sie misst: eine Dimension der Umfrage (trust, workload, …) oder eine neue. Die Fragen einer Dimension haben eine Art; eine Auswahlfrage hat ihre Dimension für sich; eine eNPS-Frage gehört in enps. Eine Umfrage hat eine Kommentarfrage.
survey-admin-options-label = Optionen, eine pro Zeile
survey-admin-options-hint = Nur für eine Auswahlfrage: 2 bis 12 Optionen, in der Reihenfolge, in der sie erscheinen.
survey-admin-options-in = Optionen auf { $language }, eine pro Zeile, in derselben Reihenfolge
survey-admin-options-others = Optionen in anderen Sprachen (freiwillig)
survey-admin-may-skip = Darf unbeantwortet bleiben
survey-admin-add-save = Frage hinzufügen
