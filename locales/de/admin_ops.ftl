# Die Verwaltungsseiten, die Candor betreiben und beobachten: Pulse (/admin/pulses, die Zustellung
# eines Pulses, die Seiten zum Starten und sofort Öffnen, die Vorschau der Einladung), der
# Postausgang, das Protokoll und die Webhooks.
# Jede ID hier muss es in jeder Sprache geben (tests/i18n.rs).

## Gemeinsam
ao-crumb-admin = Admin
ao-crumb-pulses = Pulse
ao-not-now = Jetzt nicht
ao-show = Anzeigen
ao-pages = Seiten
ao-previous-page = Vorherige Seite
ao-next-page = Nächste Seite
ao-format-when = %a, %-d. %b %Y
ao-when = { $day }, { $time } Uhr ({ $zone })
ao-people = { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }

## Zustände und Arten von E-Mails
ao-state-queued = wartend
ao-state-sending = wird gesendet
ao-state-sent = gesendet
ao-state-failed = fehlgeschlagen
ao-state-cancelled = abgebrochen
ao-state-retrying = wird erneut versucht
ao-kind-invite = Einladung
ao-kind-remind-half = Erinnerung zur Halbzeit
ao-kind-remind-last = Erinnerung am letzten Tag
ao-kind-summary = Ergebnisübersicht
ao-kind-review = Erinnerung an eine Überprüfung
ao-kind-login = Anmeldelink
ao-kind-test = Testeinladung
ao-kind-webhook = Webhook-Zustellung
ao-kind-other = Andere

## Rhythmen
ao-cadence-monthly = jeden Monat, am ersten Werktag
ao-cadence-quarterly = jedes Quartal, am ersten Werktag im Januar, April, Juli und Oktober
ao-cadence-weeks = alle { $weeks } Wochen, am Wochentag des ersten Pulses
ao-cadence-manual = nur wenn von Hand geöffnet

## Die Liste der Pulse
ao-pulses-title = Pulse
ao-pulses-lede = Nichts geht von selbst hinaus: Die Pulse eines Teams beginnen, wenn Sie seinen Rhythmus starten oder jetzt einen öffnen. Jeder Schritt sagt zuerst, was an wie viele Personen geht, und wann.
ao-pulses-launch-all = Alle { $count } wartenden Teams starten…
ao-pulses-archived = Archiviert: Für dieses Team öffnet sich kein Puls.
ao-pulses-open-until = Offen bis { $closes }
ao-pulses-delivery-link = Zustellung, und vorzeitig schließen
ao-pulses-manual = Pulse öffnen sich nur von Hand (Rhythmus: manuell).
ao-pulses-launched = Gestartet: Pulse öffnen sich { $cadence }.
ao-pulses-not-launched = Nicht gestartet: Für { $team } öffnet sich kein Puls, bis Sie es starten ({ $cadence }).
ao-pulses-launch = Seine Pulse starten…
ao-pulses-open-now = Jetzt einen Puls öffnen…
ao-pulses-would-invite = (er würde { $people } einladen)
ao-pulses-preview-invitation = Die Einladung ansehen oder sich selbst einen Test schicken
ao-pulses-preview-survey = Die Umfrage ansehen
ao-pulses-closed = Geschlossen:
ao-pulses-no-teams = Noch keine Teams.
ao-pulses-add-team = Eines hinzufügen
ao-pulses-done-launched = Gestartet. Der Planer öffnet den Puls jedes Monats am ersten Werktag.
ao-pulses-next = Der Puls für { $month } öffnet sich { $when }, lädt { $people } ein und schließt { $closes }.
ao-pulses-next-round = bei der nächsten Runde des Planers (innerhalb einer Minute)

## Ein Team starten, alle starten
ao-launch-title = Pulse starten · { $team }
ao-launch-crumb = Starten
ao-launch-heading = Pulse für { $team } starten?
ao-launch-already = Sie sind bereits gestartet; erneutes Starten ändert nichts.
ao-launch-manual-sentence = { $team } öffnet Pulse nur von Hand (sein Rhythmus ist manuell): Ändern Sie den Rhythmus in seinen Einstellungen oder öffnen Sie jetzt einen.
ao-launch-after = Danach öffnet sich jeder Puls in diesem Rhythmus und bleibt so viele Tage offen, wie das Team eingestellt hat, mit einer Erinnerung zur Halbzeit und am letzten Tag an alle, die noch nicht geantwortet haben. Ergebnisse erscheinen nur für Monate mit genug Antworten. Rhythmus und Tage offen stehen in den
ao-launch-settings-link = Einstellungen des Teams
ao-launch-nobody = Noch niemand antwortet für { $team }: Fügen Sie zuerst Personen unter
ao-launch-nobody-end = {" "}hinzu, sonst fragt der Puls niemanden.
ao-people-link = Personen
ao-launch-back = Zurück zu den Pulsen
ao-launch-button = Seine Pulse starten
ao-launch-all-title = Die Pulse aller Teams starten
ao-launch-all-crumb = Alle starten
ao-launch-all-heading = { $count ->
        [one] Pulse für { $count } Team starten?
       *[other] Pulse für { $count } Teams starten?
    }
ao-launch-all-total = Ihre ersten Pulse laden insgesamt { $people } ein (jede Person antwortet für ein Team).
ao-launch-all-after = Danach öffnen sich die Pulse jedes Teams in seinem Rhythmus (in seinen Einstellungen festgelegt).
ao-launch-all-button = Alle starten
ao-launch-all-none = Jedes Team ist bereits gestartet.

## Jetzt einen Puls öffnen
ao-open-title = Einen Puls öffnen · { $team }
ao-open-crumb = Jetzt öffnen
ao-open-heading = Jetzt einen Puls für { $team } öffnen?
ao-open-nothing = Es wurde nichts geöffnet.
ao-open-sentence = Ein Puls über { $month } öffnet sich jetzt und lädt { $people } ein (jede Person antwortet für ein Team, und niemand wird in einem Monat zweimal gefragt).
ao-open-within = Die Einladungen gehen innerhalb einer Minute nach dem Öffnen hinaus. Sie können den Puls auf seiner Zustellungsseite vorzeitig schließen.
ao-open-nobody = Niemand würde eingeladen: Fügen Sie zuerst Personen unter
ao-open-nobody-end = {" "}hinzu.
ao-open-days = Tage offen
ao-open-days-hint = 1 bis 60 Tage; er schließt so viele Tage nach jetzt.
ao-open-button = Den Puls öffnen und die Einladungen senden
ao-refused-days = Die Tage offen müssen eine ganze Zahl von 1 bis 60 sein.
ao-refused-not-lead = Nur Admins und Teamleitungen führen Pulse durch.
ao-refused-no-team = An dieser Adresse gibt es kein Team.

## Die Zustellung eines Pulses
ao-pulse-title = { $team } { $month } · Zustellung
ao-pulse-heading = { $team }: der Puls für { $month }
ao-pulse-open-until = Offen bis { $closes }.
ao-pulse-closed-on = Geschlossen am { $closes }.
ao-pulse-its-emails = Das sind seine E-Mails; wie viele Personen geantwortet haben, wird nie gezeigt, solange ein Puls offen ist.
ao-pulse-delivery = Zustellung
ao-pulse-table-label = E-Mails nach Art und Status
ao-pulse-caption = E-Mails dieses Pulses, nach Art und Status
ao-pulse-email = E-Mail
ao-pulse-all = Alle
ao-pulse-no-emails = Dieser Puls hat keine E-Mails.
ao-pulse-not-delivered = Nicht zugestellt
ao-pulse-after-tries = { $state } nach { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuchen
    }
ao-pulse-retry = Die { $count } fehlgeschlagenen erneut versuchen
ao-pulse-cancel = Die { $count } wartenden abbrechen
ao-pulse-close-early = Vorzeitig schließen
ao-pulse-close-explain = Jetzt zu schließen beendet die Antworten, veröffentlicht den Monat, wo genug Personen geantwortet haben, und reiht die Übersichts-E-Mails ein. Das lässt sich nicht rückgängig machen.
ao-pulse-close-button = Diesen Puls jetzt schließen
ao-pulse-done-opened = Geöffnet: Seine Einladungen warten und gehen innerhalb einer Minute hinaus.
ao-pulse-done-retried = Die fehlgeschlagenen E-Mails warten wieder und werden innerhalb einer Minute versucht.
ao-pulse-done-cancelled = Die wartenden E-Mails sind abgebrochen: Sie bleiben hier aufgeführt und werden nicht gesendet.
ao-pulse-done-closed = Geschlossen. Ergebnisse erscheinen auf der Teamseite, wo genug Personen geantwortet haben; die Übersichts-E-Mails warten auf den Versand.

## Die Vorschau der Einladung
ao-invitation-title = Vorschau der Einladung · { $team }
ao-invitation-crumb = Einladung
ao-invitation-heading = Die Einladung, die die Leute von { $team } bekommen
ao-invitation-each = Jede Person bekommt sie mit ihrem eigenen Namen und einem Einmal-Link. Hier öffnen die Links die
ao-invitation-survey-link = Vorschau der Umfrage
ao-invitation-in = Auf:
ao-invitation-own-language = (jede Person bekommt sie in ihrer eigenen Sprache)
ao-invitation-subject = Betreff
ao-invitation-text = Text
ao-invitation-test = Sich selbst einen Test schicken
ao-invitation-test-explain = Dieselbe E-Mail, markiert mit „[Test]“, geht an { $me }. Sie öffnet die Vorschau: Es wird kein Puls, keine Einladung und keine Antwort gespeichert.
ao-invitation-test-button = Mir eine Testeinladung schicken
ao-invitation-done-sent = Eine Testeinladung an Sie wartet auf den Versand. Ihre Links öffnen die Vorschau der Umfrage; nichts wird gespeichert.

## Der Postausgang
ao-outbox-title = Postausgang · Admin
ao-outbox-heading = Postausgang
ao-outbox-intro = Jede E-Mail, die Candor eingereiht hat, die neueste zuerst. Inhalte werden nicht gezeigt: Anmeldelinks und Einladungen enthielten Einmal-Links.
ao-outbox-filter = Die E-Mails filtern
ao-outbox-state = Status
ao-outbox-any-state = Jeder Status
ao-outbox-kind = Art
ao-outbox-any-kind = Jede Art
ao-outbox-team = Team
ao-outbox-any-team = Jedes Team
ao-outbox-pulse = Nummer des Pulses
ao-outbox-count = Seite { $page } von { $pages } · { $total ->
        [one] { $total } E-Mail
       *[other] { $total } E-Mails
    }
ao-outbox-emails = E-Mails
ao-outbox-caption = E-Mails, die neueste zuerst
ao-outbox-to = An
ao-outbox-subject = Betreff
ao-outbox-last-error = Letzter Fehler
ao-outbox-queued-utc = Eingereiht (UTC)
ao-outbox-sent-utc = Gesendet (UTC)
ao-outbox-queued = Eingereiht
ao-outbox-sent = Gesendet
ao-outbox-tries = ({ $count } Versuche)
ao-outbox-none = Keine E-Mail passt.
ao-refused-state = Status: „{ $typed }“ ist kein Status; wählen Sie { $choices }
ao-refused-kind = Art: „{ $typed }“ ist keine Art von E-Mail; wählen Sie { $choices }
ao-refused-team = Team: Es gibt kein Team „{ $typed }“
ao-refused-pulse = Puls: „{ $typed }“ ist keine Nummer eines Pulses
ao-refused-page = Seite: „{ $typed }“ ist keine Seitenzahl; Seiten zählen ab 1

## Das Protokoll
ao-audit-title = Protokoll · Admin
ao-audit-heading = Protokoll
ao-audit-intro = Wer was geändert hat, das Neueste zuerst. Es nennt Handlungen und worauf sie sich bezogen, nie eine Antwort, einen Kommentar oder ein Token.
ao-audit-filter = Das Protokoll filtern
ao-audit-who-exactly = Wer (genau)
ao-audit-what-exactly = Was (genau)
ao-audit-count = Seite { $page } von { $pages } · { $total ->
        [one] { $total } Eintrag
       *[other] { $total } Einträge
    }
ao-audit-caption = Wer was geändert hat, das Neueste zuerst
ao-audit-when-utc = Wann (UTC)
ao-audit-when = Wann
ao-audit-who = Wer
ao-audit-what = Was
ao-audit-on = Woran
ao-audit-detail = Einzelheiten
ao-audit-none = Kein Eintrag passt.

## Webhooks
ao-webhooks-title = Webhooks · Admin
ao-webhooks-heading = Webhooks
ao-webhooks-intro = Ein Webhook ist ein signierter POST, den Candor an ein anderes System sendet, wenn ein Puls schließt, eine Ergebnisübersicht hinausgeht oder sich eine Vereinbarung ändert. Zustellungen warten wie E-Mails im Postausgang und werden erneut versucht, bis der Endpunkt mit 2xx antwortet. Jede trägt { $signature }, das HMAC-SHA256 von { $signed } mit dem Geheimnis des Endpunkts, und { $delivery }, bei jedem erneuten Versuch gleich.
ao-webhooks-registered = Webhook „{ $name }“ registriert
ao-webhooks-copy = Kopieren Sie sein Signaturgeheimnis jetzt: Es wird nur einmal gezeigt.
ao-webhooks-copy-why = Geben Sie es dem Empfänger, der damit die Signatur jeder Zustellung prüft.
ao-webhooks-removed = Entfernt. Seine wartenden Zustellungen sind abgebrochen.
ao-webhooks-endpoints = Webhook-Endpunkte
ao-webhooks-caption = Webhook-Endpunkte, nach Name
ao-webhooks-name = Name
ao-webhooks-address = Adresse
ao-webhooks-events = Ereignisse
ao-webhooks-since-utc = Seit (UTC)
ao-webhooks-since = Seit
ao-webhooks-remove = Entfernen
ao-webhooks-remove-label = Webhook { $name } entfernen
ao-webhooks-none = Noch keine Webhooks.
ao-webhooks-deliveries = Neueste Zustellungen
ao-webhooks-deliveries-label = Webhook-Zustellungen
ao-webhooks-deliveries-caption = Die neuesten Webhook-Zustellungen, die neueste zuerst
ao-webhooks-event = Ereignis
ao-webhooks-state = Status
ao-webhooks-tries = Versuche
ao-webhooks-last-error = Letzter Fehler
ao-webhooks-all-deliveries = Jede Zustellung im Postausgang
ao-webhooks-nothing-delivered = Noch nichts zugestellt.
ao-webhooks-register = Einen Endpunkt registrieren
ao-webhooks-nothing-registered = Es wurde nichts registriert.
ao-webhooks-name-label = Name (Buchstaben, Ziffern, - und _)
ao-webhooks-url-label = Adresse (http:// oder https://)
ao-webhooks-register-button = Registrieren
ao-refused-events = Kreuzen Sie mindestens ein Ereignis an.
