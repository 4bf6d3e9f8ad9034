# Ablehnungen: was die Domäne sagt, wenn sie einen Wert ablehnt, in ganzen Sätzen für eine Seite.
# Jede ID hier muss es in jeder Sprache geben (tests/i18n.rs).
# Die Seiten der Admins siezen, die Seiten eines Teams (Nachbereitung, Vereinbarungen) duzen.

## Teams
refused-team-threshold = Die Schwelle muss eine Zahl von { $min } bis { $max } sein.
refused-team-name = Der Name eines Teams muss eine Zeile mit 1 bis { $max } Zeichen sein.
refused-team-timezone = „{ $zone }“ ist keine Zeitzone: Verwenden Sie einen Namen wie Europe/Berlin.
refused-team-comment-threshold = Die Kommentarschwelle { $value } liegt nicht zwischen der Schwelle ({ $min }) und { $max }.
refused-team-parent-itself = Ein Team kann nicht unter sich selbst stehen: Wählen Sie ein anderes Team als { $team } als übergeordnetes Team.
refused-team-parent-below = { $parent } steht unter { $team }, daher kann { $team } nicht darunter stehen.
refused-team-parent-unknown = Es gibt kein Team „{ $slug }“, unter dem dieses Team stehen könnte: Wählen Sie das übergeordnete Team aus den Teams.

## Rhythmus und Pulse
refused-cadence-weeks = Alle { $weeks } Wochen ist nicht möglich: Wählen Sie { $min } bis { $max } Wochen (ein Team hat höchstens einen Puls im Monat).
refused-cadence-unknown = „{ $cadence }“ ist kein Rhythmus: Verwenden Sie monthly, quarterly, weeks:N (N von { $min } bis { $max }) oder manual.
refused-days-open = Ein Puls bleibt { $min } bis { $max } Tage offen, nicht { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }.
refused-days-open-gap = { $days } offene Tage sind nicht kürzer als die { $weeks } Wochen zwischen zwei Pulsen: Wählen Sie weniger Tage.
refused-pulse-closes-past = Der Puls muss in der Zukunft schließen.
refused-launch-manual = { $team } öffnet Pulse nur von Hand (Rhythmus manual): Öffnen Sie stattdessen jetzt einen.

## Nachbereitung
refused-followup-note-empty = Die Notiz ist leer: Eine Nachbereitung braucht eine Notiz mit 1 bis { $max } Zeichen.
refused-followup-note-long = Die Notiz ist zu lang: Sie hat { $count } Zeichen, eine Notiz darf 1 bis { $max } Zeichen haben.
refused-followup-note-nul = Die Notiz darf kein NUL-Zeichen enthalten.
refused-followup-action-unknown = Maßnahme { $action } gehört nicht zu dieser Nachbereitung.

## Vereinbarungen
refused-agreement-empty = Der Text ist leer: Eine Vereinbarung braucht etwas Text.
refused-agreement-long = Der Text ist länger als { $max } Bytes.
refused-agreement-nul = Der Text enthält ein NUL-Zeichen; ist es eine Textdatei?
refused-agreement-title = Der Titel muss eine Zeile mit 1 bis { $max } Zeichen sein.
refused-agreement-author = Der Name des Autors muss eine Zeile mit 1 bis { $max } Zeichen sein.
refused-agreement-note = „Was sich geändert hat und warum“ muss eine Zeile mit 1 bis { $max } Zeichen sein.
refused-agreement-title-slug = Aus „{ $title }“ lässt sich kein Kurzname für die Adresse der Vereinbarung bilden: Der Titel braucht Buchstaben oder Ziffern.
refused-agreement-title-new = Der Titel „{ $title }“ bezeichnet die Seite, auf der Vereinbarungen hinzugefügt werden: Wähle einen längeren Titel.
refused-agreement-unchanged = Der Text ist derselbe wie in Version { $version }: Es gibt nichts zu speichern (`candor agreement reviewed --team { $team } { $agreement }` hält eine Prüfung ohne Änderung fest).
refused-link-address = Der Link in Zeile { $line }, „{ $address }“, ist keine Webadresse: Beginne ihn mit https://.
refused-link-address-long = Der Link in Zeile { $line } ist länger als { $max } Zeichen.
refused-link-title = Der Titel des Links in Zeile { $line } muss eine Zeile mit höchstens { $max } Zeichen sein.
refused-links-too-many = Behalte höchstens { $max } Links; es sind { $count }.

## Die Umfrage eines Teams
refused-survey-set-not-asked = Die Umfrage fragt das Set „{ $set }“ nicht: Fügen Sie es zuerst hinzu.
refused-survey-set-unknown = Es gibt kein Set „{ $set }“: Die Bibliothek hat { $known }.
refused-survey-too-many = Eine Umfrage fragt höchstens { $max } Fragen.
refused-question-key = Der Schlüssel „{ $key }“ passt nicht: Verwenden Sie 1 bis { $max } Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben.
refused-question-dimension = Die Dimension „{ $key }“ passt nicht: Verwenden Sie 1 bis { $max } Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben.
refused-question-key-taken = Der Schlüssel „{ $key }“ ist vergeben; wählen Sie einen anderen Schlüssel.
refused-question-second-comment = Die Umfrage hat schon ihre Kommentarfrage: Bearbeiten Sie stattdessen deren Text.
refused-question-dimension-reserved = Die Dimension „{ $dimension }“ ist reserviert: Wählen Sie einen anderen Namen.
refused-question-enps = Eine eNPS-Frage gehört in die Dimension { $enps }, und nur sie.
refused-question-dimension-kind = Die Dimension „{ $dimension }“ enthält Fragen der Art { $kind }: Die Fragen einer Dimension haben eine Art, und eine Auswahlfrage hat ihre Dimension für sich.
refused-question-text = Der Text einer Frage muss 1 bis { $max } Zeichen haben.
refused-question-changes-helped = Die Frage „Haben die Änderungen geholfen?“ wird nicht hier entfernt: Sie wird in den Einstellungen des Teams ausgeschaltet.
refused-option-text = Jede Option braucht einen Text auf { $language ->
        [en] Englisch
        [de] Deutsch
        [fr] Französisch
        [es] Spanisch
        [ar] Arabisch
       *[other] { $language }
    }.
refused-option-count = Eine Auswahlfrage hat { $min } bis { $max } Optionen, nicht { $count }.
refused-option-not-choice = Nur eine Auswahlfrage hat Optionen.

## Webhooks
refused-webhook-taken = Einen Webhook „{ $name }“ gibt es schon: Wählen Sie einen anderen Namen.
refused-webhook-name = Der Name eines Webhooks muss aus 1 bis { $max } Buchstaben, Ziffern, „-“ oder „_“ bestehen.
refused-webhook-url = „{ $url }“ ist keine URL: Geben Sie eine http://- oder https://-Adresse mit einem Host an.
refused-webhook-url-scheme = „{ $url }“ ist keine Webadresse: Geben Sie eine http://- oder https://-Adresse mit einem Host an.
refused-webhook-url-user = Lassen Sie Benutzer und Passwort aus der Adresse weg: Zustellungen sind signiert.
refused-webhook-event = Es gibt kein Ereignis „{ $event }“: Die Ereignisse sind { $known }.

## Personen
refused-person-name-empty = Der Name ist leer: Eine Person braucht einen Namen.
refused-person-name-long = Der Name ist länger als { $max } Zeichen.
refused-person-name-nul = Der Name enthält ein NUL-Zeichen.
refused-person-no-team = Eine Person braucht mindestens ein Team; um jemanden von der Liste zu nehmen, entfernen Sie die Person.
refused-person-home-not-member = Eine Person antwortet nur für eines ihrer Teams.
refused-home-not-member = Eine Person antwortet nur für ein Team, zu dem sie gehört.

## Die Formulare der Seiten und die Zugriffsprüfungen (src/http)
refused-period = „{ $period }“ ist kein Monat: Verwende JJJJ-MM, etwa 2026-03.
refused-slug = „{ $slug }“ ist kein Kürzel: Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, etwa „platform-team“.
refused-slug-long = „{ $slug }“ ist länger als { $max } Zeichen.
refused-action-shape = „{ $action }“ ist keine Maßnahme: Verwende „TEXT;VERANTWORTLICH;JJJJ-MM-TT“ (das Datum darf fehlen).
refused-action-nul = Eine Maßnahme darf kein NUL-Zeichen enthalten.
refused-action-text = Der Text einer Maßnahme muss 1 bis { $max } Zeichen haben.
refused-action-owner = Eine Maßnahme braucht eine verantwortliche Person (1 bis { $max } Zeichen).
refused-action-due = „{ $date }“ ist kein Datum: Verwende JJJJ-MM-TT.
refused-action-row-shape = Maßnahme { $row } ist nicht lesbar: Gib ihr einen Text, eine verantwortliche Person und, wenn du magst, ein Fälligkeitsdatum.
refused-action-row-nul = Maßnahme { $row } darf kein NUL-Zeichen enthalten.
refused-action-row-text = Der Text von Maßnahme { $row } muss 1 bis { $max } Zeichen haben.
refused-action-row-owner = Maßnahme { $row } braucht eine verantwortliche Person (1 bis { $max } Zeichen).
refused-action-row-due = Das Fälligkeitsdatum von Maßnahme { $row }, „{ $date }“, ist kein Datum: Verwende JJJJ-MM-TT.
refused-relates = „{ $dimension }“ ist keine Dimension: Verwende eine von { $known }, durch Kommas getrennt.
refused-review-every = { $days } ist kein Prüfrhythmus: Verwende 1 bis { $max } Tage, etwa 90 für jedes Quartal.
refused-review-every-number = „{ $typed }“ ist keine Zahl von Tagen.
refused-agreement-nothing-changed = Der Text ist derselbe wie in Version { $version } und keine Einstellung hat sich geändert, es gibt also nichts zu speichern. Wenn sie noch gilt, drücke auf der Seite der Vereinbarung „Gilt noch“.
refused-option-lines = Geben Sie auf { $language ->
        [en] Englisch
        [de] Deutsch
        [fr] Französisch
        [es] Spanisch
        [ar] Arabisch
       *[other] { $language }
    } eine Option für jede Option an ({ $count } insgesamt), in derselben Reihenfolge.
refused-question-kind = Wählen Sie eine der angebotenen Arten.
refused-no-team = Unter dieser Adresse gibt es kein Team.
refused-only-leads = Nur die Leads von „{ $team }“ und Admins können das tun.
