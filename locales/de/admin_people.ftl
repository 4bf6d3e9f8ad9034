# Die Verwaltungsseiten für Personen, Teams und API-Tokens (/admin/people, /admin/people/{id},
# /admin/people/import, /admin/teams, /admin/teams/{slug}, /admin/tokens).
# Jede ID hier muss es in jeder Sprache geben (tests/i18n.rs).

ap-crumb-admin = Admin
ap-nothing-saved = Nichts wurde gespeichert.
ap-save = Speichern
ap-field-name = Name
ap-field-address = Adresse
ap-field-role = Rolle
ap-field-language = Sprache
ap-field-team = Team
ap-role-member = Mitglied
ap-role-lead = Lead
ap-role-none = nicht in diesem Team
ap-pages = Seiten
ap-prev-page = Vorherige Seite
ap-next-page = Nächste Seite

## Die Personenliste
ap-people-title = Personen · Admin
ap-people = Personen
ap-people-removed = Entfernt. Die an die Person wartenden E-Mails wurden storniert; anonyme Antworten bleiben unberührt.
ap-people-import-link = Eine Personendatei importieren (CSV)
ap-people-search-label = Name oder Adresse
ap-people-all-teams = Alle Teams
ap-people-search = Suchen
ap-people-count = { $total ->
        [one] { $matching } von 1 Person
       *[other] { $matching } von { $total } Personen
    }
ap-people-page = Seite { $page } von { $pages }
ap-people-caption = Personen, ihre Teams und das Team, für das jede antwortet
ap-people-col-teams = Teams
ap-people-col-answers-for = Antwortet für
ap-people-col-state = Status
ap-state-active = aktiv
ap-state-inactive = inaktiv
ap-people-none = Niemand passt.
ap-people-add = Eine Person hinzufügen
ap-people-add-team-first = Legen Sie zuerst ein Team an.
ap-people-add-team = Team (das, für das die Person antwortet)
ap-people-add-language = Sprache (ihrer Einladungen und ihrer Umfrage)
ap-people-add-button = Hinzufügen

## Eine Person
ap-person-title = { $name } · Personen
ap-person-inactive = Inaktiv: wird nicht zu Pulsen eingeladen und kann angemeldet keine Teams lesen.
ap-person-email-hint = Ihr Anmeldekonto zieht mit auf die neue Adresse um.
ap-person-language-hint = Ihre Einladungen, Erinnerungen und ihre Umfrage sprechen diese Sprache.
ap-person-teams = Teams
ap-person-teams-hint = Eine Person beantwortet Pulse nur für ein Team („antwortet für“); Lead in einem anderen Team zu sein gibt Zugriff, keine zweite Stimme. Um jemanden zu verschieben, setzen Sie das alte Team auf „nicht in diesem Team“ und fügen Sie das neue hinzu.
ap-person-answers-for = antwortet für dieses Team
ap-person-add-team = Zu einem Team hinzufügen
ap-person-add-as = als
ap-person-leaving = Weggang
ap-person-deactivate = Deaktivieren
ap-person-deactivate-hint = Behält die Person und ihre Teams; zieht ihre Einladungen zu offenen Pulsen zurück und storniert die an sie wartenden E-Mails.
ap-person-reactivate = Reaktivieren
ap-person-remove-confirm = { $name } endgültig entfernen: Teams, Einladungen und Anmeldekonto verschwinden, wartende E-Mails werden storniert. Anonyme Antworten bleiben.
ap-person-remove = Entfernen
ap-person-done-saved = Gespeichert.
ap-person-done-added = Hinzugefügt. Die Person wird ab dem nächsten Puls des Teams eingeladen, für das sie antwortet.
ap-person-done-deactivated = Deaktiviert: Ihre Einladungen zu offenen Pulsen wurden zurückgezogen und die an sie wartenden E-Mails storniert.
ap-person-done-reactivated = Wieder aktiv: Der nächste Puls des Teams, für das die Person antwortet, lädt sie ein.

## Eine Personendatei importieren
ap-import-title = Personen importieren · Admin
ap-import-crumb = Import
ap-import-heading = Eine Personendatei importieren
ap-import-col-before = Teams jetzt
ap-import-col-after = Teams danach
ap-import-region = { $title }: die Personen
ap-import-section = { $title } ({ $count })
ap-import-done = Importiert: { $added } hinzugefügt, { $changed } geändert, { $moved } verschoben
ap-import-done-deactivated = , { $absent } deaktiviert (ihre offenen Einladungen zurückgezogen, ihre wartenden E-Mails storniert).
ap-import-done-kept = ; { $absent } nicht in der Datei, unverändert behalten.
ap-import-back = Zurück zu den Personen
ap-import-would = Das würde <strong>{ $file }</strong> bewirken. Nichts wird gespeichert, bevor Sie bestätigen.
ap-import-added = Hinzugefügt
ap-import-changed = Geändert (Name, Rolle oder wieder aktiv)
ap-import-moved = Zwischen Teams verschoben
ap-import-absent = Nicht in der Datei (würden gehen)
ap-import-unchanged = { $count ->
        [one] 1 Person steht so in der Datei, wie sie jetzt ist.
       *[other] { $count } Personen stehen so in der Datei, wie sie jetzt sind.
    }
ap-import-absent-legend = { $count ->
        [one] Die 1 Person, die nicht in der Datei steht
       *[other] Die { $count } Personen, die nicht in der Datei stehen
    }
ap-import-absent-deactivate = deaktivieren (sie sind gegangen: keine Einladungen mehr, wartende E-Mails storniert)
ap-import-absent-keep = so behalten, wie sie sind (die Datei führt nur einige Teams auf)
ap-import-button = Importieren
ap-import-another = Eine andere Datei wählen
ap-import-nothing = Nichts wurde importiert.
ap-import-problems = { $count ->
        [one] Die Datei hat 1 Problem; beheben Sie es und laden Sie sie erneut hoch:
       *[other] Die Datei hat { $count } Probleme; beheben Sie alle und laden Sie sie erneut hoch:
    }
ap-import-problem = Zeile { $line }, { $field }: { $message }
ap-import-intro = Eine CSV-Datei mit den Spalten <code>email,name,team,role</code> und optional <code>home</code> (<code>yes</code> in der Zeile des Teams, für das eine Person antwortet). Die Rolle ist <code>member</code> oder <code>lead</code>; eine Person in mehreren Teams hat für jedes eine Zeile. Für die Personen, die sie aufführt, nennt die Datei alle ihre Teams: Ein Team, das sie nicht nennt, verlässt die Person.
ap-import-file = Personendatei (.csv)
ap-import-preview = Vorschau
ap-import-the-file = die Datei
ap-import-unreadable = Die Datei konnte nicht gelesen werden ({ $reason }). Nichts wurde importiert; wählen Sie eine .csv-Datei und versuchen Sie es erneut.

## Teams
ap-teams-title = Teams · Admin
ap-teams = Teams
ap-teams-table = Tabelle: { $caption }
ap-teams-col-team = Team
ap-teams-col-members = Mitglieder
ap-teams-col-answering = Antwortende
ap-teams-col-threshold = Schwelle
ap-teams-col-cadence = Rhythmus
ap-teams-under = , unter { $parent }
ap-teams-with-below = ({ $group } mit den Teams darunter)
ap-teams-never-reached = nie erreicht
ap-teams-archived-on = archiviert am { $date }
ap-teams-launched-on = gestartet am { $date }
ap-teams-not-launched = nicht gestartet
ap-teams-lede = Jedes Team mit den Teams darunter. „Antwortende“ zählt die Personen, deren Heimatteam es ist: eine Stimme je Person.
    Die Ergebnisse eines Teams werden nur gezeigt, wenn seine Gruppe (es und die Teams darunter) seine Schwelle erreicht.
ap-teams-none = Noch keine Teams: Legen Sie unten das erste an.
ap-teams-create = Ein Team anlegen
ap-team-field-slug = Kürzel
ap-team-field-parent = Übergeordnetes Team
ap-team-field-threshold = Schwelle
ap-team-field-comment-threshold = Kommentarschwelle
ap-team-field-timezone = Zeitzone
ap-team-field-cadence = Rhythmus
ap-team-field-days-open = Tage offen
ap-teams-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, z. B. <code>design</code>: die Adresse des Teams (/teams/design). Es lässt sich später nicht ändern.
ap-team-no-parent = Keines (ein Team ganz oben)
ap-teams-threshold-hint = 3 bis 10: die wenigsten Antworten, die ein Monat braucht, bevor etwas davon gezeigt wird.
ap-teams-create-button = Das Team anlegen
ap-teams-archived = Archivierte Teams
ap-teams-archived-hint = Für sie öffnet sich kein Puls; ihre Seiten und ihr Verlauf bleiben.
ap-team-archived-mark = { $path } (archiviert)

## Rhythmen
ap-cadence-monthly = monatlich
ap-cadence-quarterly = vierteljährlich
ap-cadence-weeks = alle { $weeks } Wochen
ap-cadence-manual = von Hand
ap-cadence-monthly-long = Jeden Monat, an seinem ersten Arbeitstag
ap-cadence-quarterly-long = Jedes Quartal, am ersten Arbeitstag im Januar, April, Juli und Oktober
ap-cadence-weeks-long = Alle { $weeks } Wochen, am Wochentag des ersten Pulses
ap-cadence-manual-long = Nur wenn von Hand geöffnet

## Die Einstellungen eines Teams
ap-team-title = { $team } · Teameinstellungen
ap-team-crumb-teams = Teams
ap-team-crumb-settings = Einstellungen
ap-team-saved = Gespeichert.
ap-team-archived-notice = Archiviert am { $date }: Für das Team öffnet sich kein Puls. Seine Seite und sein Verlauf bleiben lesbar.
ap-team-name-hint = Eine Umbenennung behält das Kürzel <code>{ $slug }</code>, sodass seine Adressen (/teams/{ $slug }) und die Links in E-Mails gleich bleiben.
ap-team-parent-hint = Ein Team mit veröffentlichten Ergebnissen kann nicht verschoben werden: Berichte gruppieren vergangene Monate nach dem heutigen Baum, und eine Verschiebung ließe jeden seine Antworten aus den alten und neuen Zahlen herausrechnen.
ap-team-threshold-hint = 3 bis 10: die wenigsten Antworten, die ein Monat braucht, bevor etwas davon gezeigt wird. Bereits offene Pulse behalten ihre.
ap-team-comment-threshold-hint = Die wenigsten Antworten, bevor Kommentare gezeigt werden: von der Schwelle bis 10.
ap-team-thresholds-readonly = Schwelle: <strong>{ $min }</strong> · Kommentarschwelle: <strong>{ $comment }</strong>. Nur Admins ändern die Schwellen.
ap-team-timezone-hint = Ein Name wie Europe/Berlin oder America/New_York: Pulse öffnen und schließen an den Arbeitstagen des Teams in dieser Zeitzone.
ap-team-cadence-hint = Nach dem Start öffnet der Planer die Pulse des Teams in diesem Rhythmus, um 09:00 in seiner Zeitzone; von Hand: Pulse öffnen sich nur von Hand.
    Ein Team hat höchstens einen Puls im Monat, damit die Ergebnisse über Teams hinweg vergleichbar und anonym bleiben.
ap-team-launched-on = Gestartet am { $date }.
ap-team-not-launched = Noch nicht gestartet: Nichts wird verschickt, bis ein Admin oder Lead das Team unter <a href="/admin/pulses">Pulse</a> startet.
ap-team-days-open-hint = 1 bis 21 Tage, kürzer als die Zeit zwischen zwei Pulsen. Erinnerungen gehen zur Halbzeit und am letzten Tag raus.
ap-team-publish = An Mitglieder veröffentlichen: Sie dürfen die Teamseite lesen und bekommen die Übersichts-E-Mail
ap-team-ask-helped = In seinen Pulsen „Haben die Änderungen seit letztem Monat geholfen?“ fragen
ap-team-back = Zurück zum Team
ap-team-survey = Umfrage
ap-team-survey-link = Die Fragen der Pulse von { $team }
ap-team-survey-rest = : seine Fragensets, seine eigenen Fragen, ihr Wortlaut und der Wechsel.
ap-team-unarchive-heading = Aus dem Archiv holen
ap-team-archive-heading = Archivieren
ap-team-unarchive-text = Zurück aus dem Archiv bekommt ein gestartetes Team wieder seine monatlichen Pulse.
ap-team-unarchive = { $team } aus dem Archiv holen
ap-team-archive-text = Ein archiviertes Team bekommt keine Pulse mehr. Nichts wird gelöscht: Seine Seite, sein Verlauf und seine Personen bleiben. Ein Team mit einem offenen Puls muss ihn zuerst schließen.
ap-team-archive = { $team } archivieren

## API-Tokens
ap-tokens-title = API-Tokens · Admin
ap-tokens = API-Tokens
ap-tokens-intro = Mit einem Token kann ein Skript Teamberichte aus <code>/api/v1</code> lesen, als die Person, für die es handelt, gesendet als <code>Authorization: Bearer TOKEN</code>.
ap-tokens-new = Token { $number } „{ $name }“ für { $email }
ap-tokens-copy-now = Kopieren Sie es jetzt: Es wird nur einmal gezeigt.
ap-tokens-copy-why = Candor behält nur einen Fingerabdruck davon und kann es nicht noch einmal zeigen; geht es verloren, widerrufen Sie es und erstellen Sie ein neues.
ap-tokens-revoked = Widerrufen. Das Token funktioniert ab sofort nicht mehr.
ap-tokens-caption = API-Tokens, die neuesten zuerst
ap-tokens-col-acts-for = Handelt für
ap-tokens-col-scope = Umfang
ap-tokens-col-made-utc = Erstellt (UTC)
ap-tokens-col-made = Erstellt
ap-tokens-col-state = Status
ap-tokens-revoked-on = widerrufen { $date }
ap-tokens-active = aktiv
ap-tokens-revoke-label = Token { $number } { $name } widerrufen
ap-tokens-revoke = Widerrufen
ap-tokens-none = Noch keine API-Tokens.
ap-tokens-make = Ein Token erstellen
ap-tokens-none-made = Es wurde kein Token erstellt.
ap-tokens-name = Name (wofür es ist)
ap-tokens-acts-for = Handelt für (die Adresse eines Kontos)
ap-tokens-scope-read = { $scope } (Teamberichte lesen)
ap-tokens-make-button = Das Token erstellen

## Ablehnungen dieser Seiten
ap-refused-email-empty = E-Mail-Adresse: ist leer
ap-refused-email-long = E-Mail-Adresse: ist länger als 254 Zeichen
ap-refused-email = E-Mail-Adresse: „{ $email }“ ist keine gültige E-Mail-Adresse
ap-refused-role = Rolle: „{ $role }“ ist keine Rolle: verwenden Sie member, lead oder admin
ap-refused-language = Sprache: „{ $code }“ ist keine Sprache, die Candor spricht; verwenden Sie en, de, fr, es oder ar
ap-refused-team = Team: Wählen Sie eines der Teams
ap-refused-confirm = Setzen Sie das Häkchen, um zu bestätigen, dass Sie diese Person endgültig entfernen wollen.
ap-refused-active = Das Formular muss active=true oder active=false senden.
ap-refused-absent = Wählen Sie, ob die Personen, die in der Datei fehlen, bleiben oder gehen.
ap-refused-not-utf8 = Datei: ist kein UTF-8-Text: Speichern Sie sie als „CSV UTF-8“ und laden Sie sie erneut hoch
ap-refused-threshold = Schwelle: „{ $typed }“ ist keine Zahl von 3 bis 10
ap-refused-comment-threshold = Kommentarschwelle: „{ $typed }“ ist keine Zahl von 3 bis 10
ap-refused-days-open = Tage offen: „{ $typed }“ ist keine Zahl von Tagen von 1 bis 21
ap-refused-no-parent = Übergeordnetes Team: Es gibt kein Team „{ $slug }“
ap-refused-slug-taken = Kürzel: Ein Team „{ $slug }“ gibt es schon; wählen Sie ein anderes Kürzel.
ap-refused-no-team-here = Unter dieser Adresse gibt es kein Team.
ap-refused-thresholds-admins = Nur Admins können die Schwellen eines Teams ändern: Sie entscheiden, was gezeigt werden kann. Nichts wurde gespeichert.
ap-refused-lead-move = Leads können ein Team nur unter ein anderes Team verschieben, das sie leiten; bitten Sie für andere Verschiebungen einen Admin. Nichts wurde gespeichert.
ap-refused-token-name = Name: Geben Sie dem Token einen Namen von 1 bis { $max } Zeichen auf einer Zeile, z. B. dashboards
ap-refused-token-scope = Umfang: „{ $scope }“ ist kein Umfang; der Umfang ist { $allowed }
ap-refused-token-account = E-Mail-Adresse: Für { $email } gibt es kein Konto: Konten entstehen bei der ersten Anmeldung
ap-refused-no-token-here = Unter dieser Adresse gibt es kein API-Token.
