# Die Fragenbibliothek (src/domain/library.rs): die fertigen Sets und ihre Fragen.
set-default = Team-Puls
set-squad-health = Squad-Health-Check
set-decision-rights = Entscheidungsrechte und Zusammenarbeit
set-psychological-safety = Psychologische Sicherheit
set-default-about = Vertrauen, Klarheit und Arbeitslast (je zwei Fragen), eNPS und ein Kommentar.
set-squad-health-about = Elf Bereiche der Gesundheit eines Teams, jeder mit Rot, Gelb oder Grün beantwortet.
set-decision-rights-about = Wer entscheidet, wie schnell Reviews zurückkommen und wie Product und Engineering eskalieren.
set-psychological-safety-about = Ob Fehler, Fragen und andere Sichtweisen im Team sicher sind.

three-1 = Rot: nicht gut
three-2 = Gelb: einige Probleme
three-3 = Grün: gut

survey-not-translated = (noch nicht übersetzt)

question-squad_value = Was wir liefern, ist für die Menschen wichtig, die es nutzen.
question-squad_release = Unsere Arbeit zu veröffentlichen ist einfach und sicher.
question-squad_fun = Wir arbeiten gern zusammen.
question-squad_codebase = Unser Code ist in gutem Zustand und leicht zu ändern.
question-squad_learning = Wir lernen ständig Dinge, die uns interessieren.
question-squad_mission = Wir wissen, wozu es dieses Team gibt, und das motiviert uns.
question-squad_players = Wir entscheiden, was wir bauen und wie, statt nur Anweisungen auszuführen.
question-squad_speed = Wir erledigen Dinge schnell, ohne lange auf andere zu warten.
question-squad_process = Die Art, wie wir arbeiten, passt zu uns.
question-squad_support = Wir bekommen Hilfe, wenn wir darum bitten.
question-squad_teamwork = Wir arbeiten als ein Team, nicht als Einzelne nebeneinander.
question-decisions_1 = Ich weiß, wer bei Umfang und Prioritäten das letzte Wort hat.
question-decisions_2 = Wenn Produkt und Entwicklung uneins sind, wird das schnell und offen geklärt.
question-collaboration_1 = Reviews meiner Arbeit kommen in der vereinbarten Zeit zurück.
question-collaboration_2 = Produkt und Entwicklung beziehen einander früh genug ein.
question-safety_1 = Ein Fehler in diesem Team wird der Person, die ihn gemacht hat, nicht nachgetragen.
question-safety_2 = Ich kann hier um Hilfe bitten, ohne mich bewertet zu fühlen.
question-safety_3 = Eine andere Sicht ist hier willkommen, auch wenn sie einen Plan infrage stellt.
