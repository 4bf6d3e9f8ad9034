# Der Arbeitsbereich für Leads und Admins: Menü, Anmeldung, Startseite, Fehlerseiten.

## Menu
nav-main = Hauptmenü
nav-home = Start
nav-admin = Verwaltung
nav-signed-in-as = Angemeldet als { $email }
nav-sign-in = Anmelden
nav-sign-out = Abmelden

## Sign-in
login-title = Anmelden
login-lede = Leads und Admins melden sich an, um Berichte zu lesen und darauf zu antworten. Zum Beantworten eines Pulses brauchst du kein Konto: Nutze den Link aus deiner E-Mail.
login-email = Geschäftliche E-Mail-Adresse
login-send-link = Anmeldelink per E-Mail schicken
login-with-password = Stattdessen mit Passwort anmelden
login-password = Passwort
login-button = Anmelden
login-mismatch = Adresse und Passwort passen nicht zusammen.
login-confirm-heading = Bei Candor anmelden
login-sent-title = Schau in dein Postfach
login-sent-body = Wenn sich diese Adresse bei Candor anmelden kann, ist ein Anmeldelink unterwegs. Er funktioniert einmal, { $minutes } Minuten lang.
login-sent-other = Eine andere Adresse verwenden

## Home
home-title = Start
home-about = Candor führt monatliche anonyme Team-Pulse durch und veröffentlicht die Ergebnisse neben den Arbeitsvereinbarungen des Teams.
home-sign-in-to = Melde dich an, um die Teams zu sehen, die du leitest oder zu denen du gehörst.
home-no-account = Zum Beantworten eines Pulses brauchst du kein Konto: Nutze den Link aus deiner E-Mail.
home-your-teams = Deine Teams
home-first-steps = Noch ist nichts eingerichtet. Die ersten Schritte:
home-step-teams = Lege deine Teams an, jeweils mit dem Team, zu dem es gehört:
home-step-people = Importiere deine Leute aus einer CSV-Datei (du siehst, wer hinzukommt, bevor etwas gespeichert wird):
home-step-pulses = Starte die Pulse jedes Teams, wenn du so weit bist (vorher wird nichts verschickt):
home-no-team = Du bist noch in keinem Team, das seine Ergebnisse mit dir teilt. Sobald die Leads deines Teams sie veröffentlichen, erscheinen sie hier.
home-waiting = { $count ->
        [one] 1 Team wartet auf den Start: Es bekommt keinen Puls, bis du seinen Rhythmus startest unter
       *[other] { $count } Teams warten auf den Start: Sie bekommen keinen Puls, bis du ihren Rhythmus startest unter
    }
home-part-of = Teil von { $team }
home-open-until = Ein Puls ist offen bis
home-new = Neu:
home-new-results = Die Ergebnisse von { $month } sind da.
home-latest = Neueste Ergebnisse: { $month }.
home-no-results = Noch keine Ergebnisse.
home-overdue = { $count ->
        [one] 1 Maßnahme überfällig.
       *[other] { $count } Maßnahmen überfällig.
    }
home-review-due = Überprüfung fällig:
home-next = Als Nächstes:
home-next-answer = Auf die Ergebnisse von { $month } antworten: was ihr gehört habt und was ihr ändert
home-next-review = „{ $title }“ überprüfen: Gilt das noch?
home-next-overdue = { $count ->
        [one] 1 überfällige Maßnahme nachholen
       *[other] { $count } überfällige Maßnahmen nachholen
    }
home-next-pulse = Beantworte den Puls dieses Monats mit dem Link aus deiner E-Mail (dauert eine Minute)
home-next-read = Lies die Ergebnisse von { $month } und was die Leads darauf antworten

## Admin menu names (also used on the home page)
admin-teams = Teams
admin-people = Personen
admin-pulses = Pulse

## Error pages
error-title-400 = Diese Anfrage konnte nicht gelesen werden
error-title-401 = Bitte melde dich an
error-title-403 = Darauf hast du keinen Zugriff
error-title-404 = Unter dieser Adresse gibt es nichts
error-title-405 = Diese Adresse kann das nicht
error-title-409 = Das ist schon erledigt oder geht gerade nicht
error-title-410 = Das ist nicht mehr verfügbar
error-title-413 = Das ist zu groß
error-title-422 = Einige Angaben brauchen einen zweiten Blick
error-title-429 = Zu viele Versuche
error-title-503 = Candor ist ausgelastet: Versuch es gleich noch einmal
error-title-500 = Bei uns ist etwas schiefgegangen
error-title-other = Das hat nicht geklappt
error-no-page = Unter dieser Adresse gibt es keine Seite.
error-method = Diese Adresse nimmt diese Art von Anfrage nicht an. Geh zurück und nutze die Knöpfe der Seite.
error-unexpected = Bei uns ist etwas schiefgegangen. Es wurde protokolliert; bitte versuch es später noch einmal.
error-busy = Candor ist gerade ausgelastet. Nichts wurde gespeichert; bitte versuch es gleich noch einmal.
