# Die Teamseite, ihre Diagramme und Berichtssätze und die Zahlen der Ergebnis-E-Mail.

## Formats
format-month-name = %B
format-month-short = %b

## The team page
team-lede = Ergebnisse der abgeschlossenen Pulse des Teams. Ein Monat wird nur gezeigt, wenn mindestens { $min_group } Personen geantwortet haben und sich daraus keine kleinere Gruppe herausrechnen lässt.
team-archived = Dieses Team ist archiviert: Für es öffnen keine Pulse mehr. Seine Ergebnisse bleiben hier.
team-open-until = Ein Puls ist offen bis { $until }.
team-open-results = Die Ergebnisse erscheinen, wenn er schließt, für Monate mit genug Antworten.
team-failing = { $count ->
        [one] 1 Einladung erreicht ihre Empfänger nicht
       *[other] { $count } Einladungen erreichen ihre Empfänger nicht
    }
team-failing-see = sieh nach, wer, warum, und versuch es erneut
team-failing-leads = die Leads des Teams sehen, wer, und können es erneut versuchen
team-settings = Teameinstellungen
team-at-a-glance = Auf einen Blick
team-verdicts-how = So wird entschieden: Weniger als die Hälfte positiv, ein Rückgang über das Rauschen hinaus (q < 0,05) oder ein fallender Trend braucht Aufmerksamkeit; ein Anstieg über das Rauschen hinaus oder ein steigender Trend ist eine Verbesserung. Die Zahlen und Tests stehen weiter unten.
team-in-short = Kurz gesagt
team-of-points = von { $points }
team-rise = deutlicher Anstieg
team-fall = deutlicher Rückgang
team-interval = 95-%-Intervall { $range }
team-wording-changed = Die Fragen oder ihr Wortlaut haben sich im { $month } geändert: Der Trend beginnt dort neu, und dieser Monat wird nicht mit dem vorherigen verglichen.
team-answers-in = Antworten im { $month }
team-favourable-three = Als positiv zählt, wer 3 (grün) gibt; die Balken zählen Antworten.
team-favourable-five = Als positiv zählt, wer 4 oder mehr gibt; die Balken zählen Antworten.
team-distribution-caption = { $label }: Antworten im { $month }, nach Antwort
team-col-answer = Antwort
team-col-share = Anteil
team-col-answers = Antworten
team-col-option = Option
team-col-month = Monat
team-col-answered = Geantwortet
team-col-rate = Quote
team-no-month-yet = Noch kein Monat mit genug Antworten, um etwas zu zeigen.
team-choice-shares = eine Auswahlfrage: Anteile, kein Mittelwert
team-choice-changed = Die Frage oder ihre Optionen haben sich im { $month } geändert.
team-choice-caption = { $label }: Antworten im { $month }, nach Option, mit 95-%-Intervallen
team-participation = Beteiligung
team-no-closed-pulse = Noch kein abgeschlossener Puls.
team-participation-caption = Personen, die geantwortet haben, nach Monat
team-invited = { $count } eingeladen
team-responded-of = { $responded } von { $invited }
team-enps-heading = Würde das Team empfehlen (eNPS)
team-enps-in = im { $month }
team-enps-se = , Standardfehler { $se }
team-enps-how = Anteil mit 9 oder 10 minus Anteil mit 0 bis 6, von −100 bis +100; gezeigt ab 10 Antworten.
team-comments-from = Kommentare aus dem { $month }
team-comments-how = Kommentare werden nur für einen Monat gezeigt, in dem genug Personen geantwortet haben (nie weniger als { $min_group }), in zufälliger Reihenfolge und nie neben jemandes Werten.

## Figures
figure-favourable = { $percent } positiv
figure-n = n = { $n }
figure-range = { $low } bis { $high }
figure-interval = 95-%-Intervall { $low } bis { $high }
figure-too-few = zu wenige Antworten, um etwas zu zeigen
figure-no-pulse = kein Puls
three-red = Rot
three-amber = Gelb
three-green = Grün

## Charts
chart-title = { $label }: Mittelwert pro Monat von 1 bis { $points }, mit 95-%-Intervall
chart-month-interval = { $month }: Mittelwert { $mean } (95-%-Intervall { $low } bis { $high }), n = { $n }
chart-month-mean = { $month }: Mittelwert { $mean }, n = { $n }
chart-month-hidden = { $month }: zu wenige Antworten, um etwas zu zeigen
chart-month-no-pulse = { $month }: kein Puls
chart-no-pulse-yet = Noch kein abgeschlossener Puls.
chart-caption = Mittelwert pro Monat auf einer Skala von 1 bis 5; das schattierte Band ist sein 95-%-Intervall. Graue Spalten sind Monate mit zu wenigen Antworten oder ohne Puls.
chart-table-caption = { $label } nach Monat
chart-col-mean = Mittelwert
chart-col-interval = 95-%-Intervall
chart-col-respondents = Antwortende

## Verdicts
verdict-needs-attention = Braucht Aufmerksamkeit
verdict-steady = Stabil
verdict-improving = Wird besser
verdict-too-few = Zu wenige Antworten
why-too-few = Im { $month } gab es zu wenige Antworten, um { $label } zu zeigen.
why-low = Nur { $percent } bewerten { $label } positiv (4 oder mehr von 5), weniger als die Hälfte.
why-fell = { $label } ist seit { $since } um { $delta } Punkte gefallen, mehr als Rauschen.
why-falling = { $label } fällt seit den letzten { $months } gezeigten Monaten.
why-rose = { $label } ist seit { $since } um { $delta } Punkte gestiegen, mehr als Rauschen.
why-rising = { $label } steigt seit den letzten { $months } gezeigten Monaten.
why-steady = { $percent } positiv und keine Veränderung, die sich vom Rauschen unterscheiden ließe.

## Report sentences
summary-no-pulse = Noch kein abgeschlossener Puls: Die Ergebnisse erscheinen hier, wenn der erste schließt.
summary-suppressed = Zu wenige Antworten im { $month }, um Ergebnisse zu zeigen: Eine Gruppe braucht mindestens { $min_group } Antwortende, und keine darf sich durch Abziehen einer Gruppe von einer anderen ergeben.
summary-trend-rising = { $label } steigt seit den letzten { $months } gezeigten Monaten ({ $slope } Punkte pro Monat, Mann-Kendall { $p }).
summary-trend-falling = { $label } fällt seit den letzten { $months } gezeigten Monaten ({ $slope } Punkte pro Monat, Mann-Kendall { $p }).
summary-level = { $label } liegt bei { $mean } von { $points }, { $favorable } positiv (n = { $n })
summary-wording-changed = { $level }; der Wortlaut hat sich diesen Monat geändert, daher kein Vergleich mit dem Vormonat.
summary-nothing-before = { $level }; kein gezeigter Monat direkt davor zum Vergleich.
summary-level-and-change = { $level }. { $change }
change-rose = { $label } ist seit { $since } um { $delta } Punkte gestiegen, { $q }.
change-fell = { $label } ist seit { $since } um { $delta } Punkte gefallen, { $q }.
change-too-few = Zu wenige Antworten, um eine Veränderung seit { $since } zu erkennen.
change-none-q = Keine erkennbare Veränderung seit { $since } ({ $delta } Punkte, { $q }){ $noise }
change-none = Keine erkennbare Veränderung seit { $since } ({ $delta } Punkte){ $noise }
change-noise-floor = : Bei { $before } und { $n } Antworten lässt sich eine Veränderung unter { $mdc } Punkten nicht vom Rauschen unterscheiden.

## The results summary email's figures
summary-answered-of = { $responded } von { $invited } eingeladenen Personen haben geantwortet.
summary-answered = { $responded } Personen haben geantwortet.
summary-enps-with-se = { $score } (Standardfehler { $se })
summary-action-done = { $action }, erledigt am { $on }
summary-action-overdue = { $action }, überfällig seit { $on }
summary-action-due = { $action }, fällig am { $on }

## The library's dimensions
dimension-trust = Vertrauen
dimension-clarity = Klarheit
dimension-workload = Ausgewogene Arbeitslast
dimension-helped = Änderungen haben geholfen
dimension-enps = eNPS
dimension-value = Wert liefern
dimension-release = Einfach zu releasen
dimension-fun = Spaß
dimension-codebase = Zustand der Codebasis
dimension-learning = Lernen
dimension-mission = Mission
dimension-players = Figuren oder Spieler
dimension-speed = Tempo
dimension-process = Passender Prozess
dimension-support = Unterstützung
dimension-teamwork = Teamarbeit
dimension-decisions = Entscheidungsrechte
dimension-collaboration = Zusammenarbeit
dimension-safety = Psychologische Sicherheit

## The team page's agreements and follow-ups
agreements-heading = Vereinbarungen
agreements-none = Noch keine Arbeitsvereinbarungen.
agreements-leads-write = Die Leads des Teams schreiben sie hier.
agreements-versions = { $count ->
        [one] 1 Version
       *[other] { $count } Versionen
    }
agreements-next-review = nächste Überprüfung
agreements-due = fällig
agreements-new = Neue Vereinbarung
followups-heading = Was wir gehört haben, was wir ändern
followups-none = Die Leads haben hier noch auf keinen Puls geantwortet.
followups-by = von { $author }
followups-edit = Bearbeiten
followups-edit-which = die Antwort auf { $month }
followups-done-on = Erledigt am { $on }
followups-overdue = Überfällig
followups-open = Offen
followups-due = fällig am { $on }
followups-undo = Doch nicht erledigt
followups-mark-done = Als erledigt markieren
followups-answer = Auf einen Puls antworten
followups-pulse = Puls
followups-note = Was wir gehört haben und was wir ändern
followups-action-optional = Maßnahme { $number } (optional)
followups-what = Was
followups-who = Wer (jemand aus dem Team oder ein beliebiger Name)
followups-by-date = Bis (JJJJ-MM-TT)
followups-publish = Antwort veröffentlichen
followups-title-edit = Antwort bearbeiten
followups-title-new = Eine Antwort
followups-heading-edit = Die Antwort auf { $month } bearbeiten
followups-nothing-saved = Nichts wurde gespeichert.
followups-save = Speichern
followups-cancel = Abbrechen
followups-delete = Diese Antwort und ihre Maßnahmen löschen
followups-action-n = Maßnahme { $number }
followups-new-action = Neue Maßnahme (optional)
followups-remove = diese Maßnahme entfernen

## The agreement page
agreement-earlier = Du liest Version { $number }, einen früheren Text.
agreement-read-current = Die aktuelle Version lesen ({ $number })
agreement-changed-since = sehen, was sich seitdem geändert hat
agreement-version = Version { $number }
agreement-current = (aktuell)
agreement-saved = gespeichert am
agreement-relates = gehört zu { $dimensions }
agreement-every = Überprüft alle { $days } Tage
agreement-no-cadence = Kein Überprüfungsrhythmus
agreement-last-reviewed = zuletzt überprüft am { $last }
agreement-reviewed-edited = { $date } von { $author }, mit einer neuen Version
agreement-reviewed-unchanged = { $date } von { $author }, ohne Änderung
agreement-review-recorded = Überprüfung festgehalten: Sie gilt noch.
agreement-review-recorded-next = Überprüfung festgehalten: Sie gilt noch, und die nächste Überprüfung ist am { $next }.
agreement-review-today = Heute wurde schon eine Überprüfung festgehalten ({ $last }), daher hat sich nichts geändert. Pro Tag wird eine Überprüfung gespeichert; eine neue Version zählt als eine.
agreement-edit = Text oder Einstellungen bearbeiten
agreement-still-holds = Gilt noch: Überprüfung festhalten
agreement-text-label = Die Vereinbarung, Version { $number }
agreement-trends = Pulsergebnisse daneben
agreement-no-trends = Diese Vereinbarung ist nicht mit Vertrauen, Klarheit oder Arbeitslast verknüpft, daher stehen keine Ergebnisse daneben.
agreement-markers-hint = Gestrichelte Linien markieren die Tage, an denen neue Versionen gespeichert wurden (v1, v2, …), damit du siehst, ob auf eine Änderung ein besserer Puls folgte.
agreement-its-work = Ihre Arbeit
agreement-versions = Versionen
agreement-changed-from = was sich seit v{ $number } geändert hat
agreement-compare = Version
agreement-with = vergleichen mit Version
agreement-show-changes = Änderungen zeigen
agreement-marker = Version { $number } gespeichert am { $date }: { $note }
diff-title = Änderungen an { $title }
diff-from = Von
diff-to = bis
diff-counts = { $added ->
        [one] 1 Zeile hinzugefügt
       *[other] { $added } Zeilen hinzugefügt
    }, { $removed } entfernt.
diff-why = Warum es sich geändert hat
diff-added = hinzugefügt
diff-removed = entfernt
diff-back = Zurück zur Vereinbarung

## The agreement form
form-edit-title = { $title } bearbeiten
form-edit-heading = „{ $title }“ bearbeiten
form-new-heading = Eine neue Arbeitsvereinbarung
form-meanwhile-title = Jemand hat Version { $number } gespeichert, während du bearbeitet hast
form-meanwhile-saved = { $author } hat sie am { $date } gespeichert: „{ $note }“. Dein Text wurde nicht gespeichert und nichts wurde überschrieben. Unten:
form-meanwhile-theirs = Zeilen stehen in Version { $number } und nicht in deinem Text
form-meanwhile-yours = Zeilen sind deine
form-meanwhile-merge = Dein Text steht noch im Formular: Führe zusammen, was du behalten willst, und speichere erneut.
form-editing-version = Du bearbeitest Version { $base }. Ein geänderter Text wird als Version { $next } gespeichert; die früheren Versionen bleiben lesbar.
form-title = Titel
form-title-hint = Zum Beispiel „Review-SLA“ oder „Wer entscheidet was zwischen Product und Engineering“.
form-body = Text (Markdown)
form-body-hint = # für eine Überschrift, - für eine Liste, **fett**. „Vorschau“ zeigt ihn so, wie die Seite es tun wird, ohne zu speichern.
form-note = Was sich geändert hat und warum
form-note-hint = Eine Zeile, die mit der neuen Version gespeichert wird (nötig, wenn sich der Text ändert).
form-relates = Pulsergebnisse daneben
form-every = Überprüfen alle (Tage)
form-every-hint = 1 bis 730, z. B. 90 für jedes Quartal; leer lassen für keinen Überprüfungsrhythmus. Die Leads bekommen eine E-Mail, wenn eine Überprüfung fällig ist.
form-links = Links zu ihrer Arbeit
form-links-hint = Tickets, Spezifikationen, Dokumente: eines pro Zeile, die Adresse, dann ein Titel, z. B.
form-add = Vereinbarung hinzufügen
form-preview = Vorschau
form-preview-title = Vorschau (nicht gespeichert)

## Die Warnung zur Schwelle (ein Team, dessen Gruppe kleiner als seine Schwelle ist)
threshold-gap-who = { $count ->
        [0] Niemand antwortet
        [one] { $count } Person antwortet
       *[other] { $count } Personen antworten
    } für { $team }{ $below ->
        [yes] {" "}und die Teams darunter,
       *[no] {""}
    } und die Schwelle liegt bei { $min }
threshold-gap-under-parent = { $who }: Die Ergebnisse können nie für sich allein gezeigt werden. Die Antworten zählen weiter in den Ergebnissen von { $parent }.
threshold-gap-root = { $who }: Die Ergebnisse können nie gezeigt werden; fügen Sie Personen hinzu oder senken Sie die Schwelle.
