# Die E-Mails an Mitarbeitende: Einladung, Erinnerungen, Ergebnisse.

email-hi = Hallo { $name },
email-signature = - Candor, für { $team }
email-open = Zum Puls
email-anonymous = Deine Antworten sind anonym: Sie werden ohne deinen Namen, diesen Link und ohne Uhrzeit gespeichert, und Ergebnisse werden nur für Gruppen von mindestens { $min_group } Personen gezeigt, nachdem der Puls geschlossen ist.

## Invitation
invite-subject = { $team }: { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    } für den Teampuls dieses Monats
invite-title = Teampuls von { $team }
invite-intro = Wie geht es { $team } diesen Monat? { $count ->
        [one] Eine kurze Frage
       *[other] { $count } kurze Fragen
    }, { $minutes ->
        [one] etwa eine Minute
       *[other] etwa { $minutes } Minuten
    }, auf jedem Gerät.
invite-answer-here = Hier antworten (der Link gehört dir und funktioniert einmal):
invite-first-question = Oder fang mit der ersten Frage an – „{ $question }“:
invite-quick-note = Eine Antwort zu wählen öffnet das Formular mit dieser Antwort; gesendet wird erst, wenn du auf Senden drückst.
invite-link-once = Der Link gehört dir und funktioniert einmal. Der Puls schließt am { $closes_on }.
invite-closes = Der Puls schließt am { $closes_on }.

## Reminders
reminder-subject-half = Erinnerung: Teampuls von { $team }
reminder-subject-last = Letzter Tag: Teampuls von { $team }
reminder-last-day = Der Puls von { $team } schließt am { $closes_on }: Heute ist der letzte Tag zum Antworten.
reminder-halfway = Der Puls von { $team } ist bis { $closes_on } offen. Wenn du eine Minute hast: Deine Antworten helfen.
reminder-anonymous = { $minutes ->
        [one] Es dauert etwa eine Minute, und deine Antworten sind anonym.
       *[other] Es dauert etwa { $minutes } Minuten, und deine Antworten sind anonym.
    }
reminder-answer-here = Hier antworten (ein neuer Link; der aus deiner ersten E-Mail funktioniert auch, einmal):
reminder-at-most = Du bekommst höchstens zwei Erinnerungen, nie am Wochenende und keine mehr, sobald du geantwortet hast.

## Results summary
summary-subject = { $team }: Ergebnisse des Pulses { $month }
summary-title = { $team }: Ergebnisse { $month }
summary-closed = Der Puls von { $team } für { $month } ist geschlossen.
summary-no-figures = Für diesen Monat werden keine Zahlen gezeigt, damit alle Antworten anonym bleiben.
summary-of-five = { $mean } von 5
summary-too-few = Zu wenige Antworten, um etwas zu zeigen.
summary-in-short = Kurz gesagt
summary-changes = Was wir ändern wollten
summary-done = erledigt
summary-open = offen
summary-see-team = Zur Teamseite
summary-team-page = Trends, Antworten nach Monat und Kommentare stehen auf der Teamseite:
summary-because-lead = Du bekommst diese E-Mail, weil du { $team } leitest.
summary-because-member = Du bekommst diese E-Mail, weil { $team } seine Ergebnisse mit seinen Mitgliedern teilt.
summary-threshold = Ergebnisse werden immer nur für Gruppen von mindestens { $min_group } Personen gezeigt.
