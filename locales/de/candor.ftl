# Candors Seiten für Mitarbeitende: die Umfrage, ihre Fehler, ihre Absagen.

## Formats
format-date-day = %A, %-d. %B
format-date-full = %-d. %B %Y
format-month = %B %Y

## Page chrome
page-skip = Zum Inhalt springen
page-footer = Candor hält Antworten von Grund auf anonym: Keine Antwort wird mit einem Namen, einem Link oder einer Uhrzeit gespeichert.
language-switch = Sprache

## The survey
survey-title = Puls von { $team }
survey-preview-strong = Vorschau.
survey-preview = So sehen die Leute von { $team } die Umfrage. Nichts, was du hier auswählst, kann gesendet oder gespeichert werden.
survey-heading = { $team }: Wie lief es im { $period }?
survey-lede = Du antwortest diesen Monat für { $team } (jede Person antwortet für ein Team, egal in wie vielen sie ist). { $minutes ->
        [one] Etwa eine Minute.
       *[other] Etwa { $minutes } Minuten.
    } Deine Antworten werden ohne deinen Namen, diesen Link und ohne Uhrzeit gespeichert, und Ergebnisse werden nur für Gruppen von mindestens { $min_group } Personen gezeigt, nachdem der Puls am { $closes_on } schließt.
survey-errors-strong = Noch wurde nichts gespeichert.
survey-errors = { $count ->
        [one] Bitte prüfe die unten markierte Antwort.
       *[other] Bitte prüfe die { $count } unten markierten Antworten.
    }
survey-optional = (optional)
survey-comment-hint = Dein Schreibstil kann dich verraten. Lass Details weg, die nur du kennen kannst, und denk daran, dass deine Leads Kommentare wörtlich lesen (gemischt, und nur, wenn mindestens { $min_group } Personen geantwortet haben).
survey-enps-hint = 0 = überhaupt nicht wahrscheinlich, 10 = äußerst wahrscheinlich
survey-send = Meine Antworten senden
survey-send-once = Du kannst einmal senden. Gespeichert wird erst, wenn du den Knopf drückst.
survey-switch-hint = Beim Wechsel der Sprache bleiben deine Antworten erhalten; nichts wird gesendet.

## The scale of five
likert-1 = Stimme überhaupt nicht zu
likert-2 = Stimme nicht zu
likert-3 = Weder noch
likert-4 = Stimme zu
likert-5 = Stimme voll zu

## The built-in questions
question-trust_1 = Ich kann in diesem Team ein Problem ansprechen, ohne mir Sorgen zu machen, wie es aufgenommen wird.
question-trust_2 = Die Leute in diesem Team tun, was sie sagen.
question-clarity_1 = Ich weiß, was diesen Monat von mir erwartet wird.
question-clarity_2 = Es ist klar, wer zwischen Produkt und Entwicklung was entscheidet.
question-workload_1 = Meine Arbeitslast im letzten Monat war zu bewältigen.
question-workload_2 = Ich hatte genug Zeit für konzentriertes Arbeiten ohne ständige Unterbrechungen.
question-enps = Wie wahrscheinlich ist es, dass du dieses Team einer Freundin oder einem Freund als Arbeitsplatz empfiehlst?
question-comment = Gibt es noch etwas, das deine Leads hören sollen?
question-helped = Die Änderungen, die unsere Leads seit dem letzten Puls gemacht haben, haben geholfen.

## Field errors
error-unknown-field = Das Formular hatte ein Feld, das diese Umfrage nicht abfragt („{ $field }“).
error-answered-twice = Diese Frage wurde zweimal beantwortet; wähle eine Antwort.
error-choose-answer = Bitte wähle eine Antwort.
error-out-of-range = Wähle eine der Antworten ({ $low } bis { $high }).
error-comment-too-long = Bitte halte den Kommentar unter { $max } Zeichen (er hat { $count }).
error-comment-nul = Der Kommentar enthält ein NUL-Zeichen; bitte entferne es.

## Thank you
thanks-title = Danke
thanks-stored = Deine Antworten für { $team } sind da. Sie werden ohne deinen Namen, deinen Link und ohne Uhrzeit gespeichert, sodass niemand – weder deine Leads noch eine Administratorin oder ein Administrator – erkennen kann, welche Antworten von dir sind.
thanks-results = Die Ergebnisse erscheinen auf der Teamseite, nachdem der Puls am { $closes_on } schließt, und nur für Gruppen von mindestens { $min_group } Personen. Deine Leads antworten offen darauf, mit dem, was sie ändern werden.
thanks-close = Du kannst diese Seite schließen.

## What a survey link can refuse
refusal-title-404 = Unter dieser Adresse gibt es nichts
refusal-title-409 = Das ist schon erledigt oder geht gerade nicht
refusal-title-410 = Das ist nicht mehr verfügbar
refusal-unknown = Dieser Umfragelink ist nicht bekannt. Bitte nimm den neuesten Link aus deiner E-Mail.
refusal-answered = Mit deinem Link wurde dieser Puls schon beantwortet. Danke – jede Person antwortet einmal.
refusal-closed = Der Puls { $period } für { $team } wurde am { $closed_on } geschlossen. Die Ergebnisse stehen auf der Teamseite.
refusal-back = Zurück zu Candor
