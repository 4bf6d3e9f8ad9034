# La page d'équipe, ses graphiques et les phrases du rapport, et les chiffres de l'e-mail de résultats.

## Formats
format-month-name = %B
format-month-short = %b

## The team page
team-lede = Résultats des pouls clôturés de l'équipe. Un mois n'est affiché que si au moins { $min_group } personnes ont répondu et qu'aucun groupe plus petit ne peut en être déduit.
team-archived = Cette équipe est archivée : plus aucun pouls ne s'ouvre pour elle. Ses résultats restent ici.
team-open-until = Un pouls est ouvert jusqu'au { $until }.
team-open-results = Les résultats apparaissent après sa clôture, pour les mois ayant assez de réponses.
team-failing = { $count ->
        [one] 1 invitation n'arrive pas à ses destinataires
       *[other] { $count } invitations n'arrivent pas à leurs destinataires
    }
team-failing-see = voir qui, pourquoi, et réessayer
team-failing-leads = les responsables de l'équipe peuvent voir qui et réessayer
team-settings = Réglages de l'équipe
team-at-a-glance = En un coup d'œil
team-verdicts-how = Comment c'est décidé : moins de la moitié d'avis favorables, une baisse au-delà du bruit (q < 0,05) ou une tendance à la baisse demandent de l'attention ; une hausse au-delà du bruit ou une tendance à la hausse est une amélioration. Les chiffres et les tests sont plus bas.
team-in-short = En bref
team-of-points = sur { $points }
team-rise = hausse significative
team-fall = baisse significative
team-interval = intervalle à 95 % : { $range }
team-wording-changed = Les questions ou leur formulation ont changé en { $month } : la tendance repart de là, et ce mois n'est pas comparé au précédent.
team-answers-in = Réponses de { $month }
team-favourable-three = Sont favorables les personnes dont le score est 3 (vert) ; les barres comptent les réponses.
team-favourable-five = Sont favorables les personnes dont le score est 4 ou plus ; les barres comptent les réponses.
team-distribution-caption = { $label } : réponses données en { $month }, par réponse
team-col-answer = Réponse
team-col-share = Part
team-col-answers = Réponses
team-col-option = Option
team-col-month = Mois
team-col-answered = Ont répondu
team-col-rate = Taux
team-no-month-yet = Aucun mois n'a encore assez de réponses pour être affiché.
team-choice-shares = un choix unique : des parts, pas de moyenne
team-choice-changed = La question ou ses options ont changé en { $month }.
team-choice-caption = { $label } : réponses données en { $month }, par option, avec intervalles à 95 %
team-participation = Participation
team-no-closed-pulse = Aucun pouls clôturé pour l'instant.
team-participation-caption = Personnes ayant répondu, par mois
team-invited = { $count ->
        [one] { $count } invitée
       *[other] { $count } invitées
    }
team-responded-of = { $responded } sur { $invited }
team-enps-heading = Recommanderait l'équipe (eNPS)
team-enps-in = en { $month }
team-enps-se = , erreur type { $se }
team-enps-how = Part des réponses 9 ou 10 moins part des réponses 0 à 6, de −100 à +100 ; affiché à partir de 10 réponses.
team-comments-from = Commentaires de { $month }
team-comments-how = Les commentaires ne sont affichés que pour un mois où assez de personnes ont répondu (jamais moins de { $min_group }), dans un ordre aléatoire et jamais à côté des scores de quiconque.

## Figures
figure-favourable = { $percent } favorables
figure-n = n = { $n }
figure-range = de { $low } à { $high }
figure-interval = intervalle à 95 % de { $low } à { $high }
figure-too-few = trop peu de réponses pour être affiché
figure-no-pulse = pas de pouls
three-red = Rouge
three-amber = Orange
three-green = Vert

## Charts
chart-title = { $label } : moyenne mensuelle de 1 à { $points }, avec son intervalle à 95 %
chart-month-interval = { $month } : moyenne { $mean } (intervalle à 95 % de { $low } à { $high }), n = { $n }
chart-month-mean = { $month } : moyenne { $mean }, n = { $n }
chart-month-hidden = { $month } : trop peu de réponses pour être affiché
chart-month-no-pulse = { $month } : pas de pouls
chart-no-pulse-yet = Aucun pouls clôturé pour l'instant.
chart-caption = Moyenne mensuelle sur une échelle de 1 à 5 ; la bande ombrée est son intervalle à 95 %. Les colonnes grises sont les mois avec trop peu de réponses, ou sans pouls.
chart-table-caption = { $label } par mois
chart-col-mean = Moyenne
chart-col-interval = Intervalle à 95 %
chart-col-respondents = Répondants

## Verdicts
verdict-needs-attention = Demande de l'attention
verdict-steady = Stable
verdict-improving = En progrès
verdict-too-few = Trop peu de réponses
why-too-few = { $month } a eu trop peu de réponses pour afficher { $label }.
why-low = Seuls { $percent } jugent { $label } favorablement (4 ou plus sur 5), moins de la moitié.
why-fell = { $label } a baissé de { $delta } points depuis { $since }, plus que le bruit.
why-falling = { $label } baisse depuis les { $months } derniers mois affichés.
why-rose = { $label } a augmenté de { $delta } points depuis { $since }, plus que le bruit.
why-rising = { $label } augmente depuis les { $months } derniers mois affichés.
why-steady = { $percent } favorables et aucun changement qu'on puisse distinguer du bruit.

## Report sentences
summary-no-pulse = Aucun pouls clôturé pour l'instant : les résultats apparaîtront ici à la clôture du premier.
summary-suppressed = Trop peu de réponses en { $month } pour afficher des résultats : un groupe doit compter au moins { $min_group } répondants, et aucun ne doit pouvoir être révélé en soustrayant un groupe d'un autre.
summary-trend-rising = { $label } augmente depuis les { $months } derniers mois affichés ({ $slope } point par mois, Mann-Kendall { $p }).
summary-trend-falling = { $label } baisse depuis les { $months } derniers mois affichés ({ $slope } point par mois, Mann-Kendall { $p }).
summary-level = { $label } : { $mean } sur { $points }, { $favorable } favorables (n = { $n })
summary-wording-changed = { $level } ; sa formulation a changé ce mois-ci, il n'est donc pas comparé au mois précédent.
summary-nothing-before = { $level } ; aucun mois affiché juste avant pour comparer.
summary-level-and-change = { $level }. { $change }
change-rose = { $label } a augmenté de { $delta } points depuis { $since }, { $q }.
change-fell = { $label } a baissé de { $delta } points depuis { $since }, { $q }.
change-too-few = Trop peu de réponses pour déceler un changement depuis { $since }.
change-none-q = Aucun changement décelable depuis { $since } ({ $delta } point, { $q }){ $noise }
change-none = Aucun changement décelable depuis { $since } ({ $delta } point){ $noise }
change-noise-floor = : avec { $before } et { $n } réponses, un changement de moins de { $mdc } point ne se distingue pas du bruit.

## The results summary email's figures
summary-answered-of = { $responded } personnes invitées sur { $invited } ont répondu.
summary-answered = { $responded ->
        [one] { $responded } personne a répondu.
       *[other] { $responded } personnes ont répondu.
    }
summary-enps-with-se = { $score } (erreur type { $se })
summary-action-done = { $action }, faite le { $on }
summary-action-overdue = { $action }, en retard depuis le { $on }
summary-action-due = { $action }, prévue pour le { $on }

## The library's dimensions
dimension-trust = Confiance
dimension-clarity = Clarté
dimension-workload = Charge de travail équilibrée
dimension-helped = Les changements ont aidé
dimension-enps = eNPS
dimension-value = Apporter de la valeur
dimension-release = Facilité de mise en production
dimension-fun = Plaisir
dimension-codebase = Santé du code
dimension-learning = Apprentissage
dimension-mission = Mission
dimension-players = Pions ou acteurs
dimension-speed = Rapidité
dimension-process = Processus adapté
dimension-support = Soutien
dimension-teamwork = Travail d'équipe
dimension-decisions = Droits de décision
dimension-collaboration = Collaboration
dimension-safety = Sécurité psychologique

## The team page's agreements and follow-ups
agreements-heading = Accords
agreements-none = Pas encore d'accord de travail.
agreements-leads-write = Les responsables de l'équipe les rédigent ici.
agreements-versions = { $count ->
        [one] 1 version
       *[other] { $count } versions
    }
agreements-next-review = prochaine revue
agreements-due = à faire
agreements-new = Nouvel accord
followups-heading = Ce que nous avons entendu, ce que nous changeons
followups-none = Les responsables n'ont encore répondu à aucun pouls ici.
followups-by = par { $author }
followups-edit = Modifier
followups-edit-which = la réponse de { $month }
followups-done-on = Fait le { $on }
followups-overdue = En retard
followups-open = Ouvert
followups-due = pour le { $on }
followups-undo = Annuler « fait »
followups-mark-done = Marquer comme fait
followups-answer = Répondre à un pouls
followups-pulse = Pouls
followups-note = Ce que nous avons entendu, et ce que nous changeons
followups-action-optional = Action { $number } (facultative)
followups-what = Quoi
followups-who = Qui (un membre de l'équipe, ou n'importe quel nom)
followups-by-date = Pour le (AAAA-MM-JJ)
followups-publish = Publier la réponse
followups-title-edit = Modifier la réponse
followups-title-new = Une réponse
followups-heading-edit = Modifier la réponse de { $month }
followups-nothing-saved = Rien n'a été enregistré.
followups-save = Enregistrer
followups-cancel = Annuler
followups-delete = Supprimer cette réponse et ses actions
followups-action-n = Action { $number }
followups-new-action = Nouvelle action (facultative)
followups-remove = retirer cette action

## The agreement page
agreement-earlier = Vous lisez la version { $number }, un texte antérieur.
agreement-read-current = Lire la version actuelle ({ $number })
agreement-changed-since = voir ce qui a changé depuis
agreement-version = Version { $number }
agreement-current = (actuelle)
agreement-saved = enregistrée le
agreement-relates = concerne { $dimensions }
agreement-every = Revu tous les { $days } jours
agreement-no-cadence = Pas de rythme de revue
agreement-last-reviewed = dernière revue le { $last }
agreement-reviewed-edited = { $date } par { $author }, avec une nouvelle version
agreement-reviewed-unchanged = { $date } par { $author }, sans changement
agreement-review-recorded = Revue enregistrée : il tient toujours.
agreement-review-recorded-next = Revue enregistrée : il tient toujours, et la prochaine revue a lieu le { $next }.
agreement-review-today = Une revue a déjà été enregistrée aujourd'hui ({ $last }), rien n'a donc changé. Une revue est conservée par jour ; enregistrer une nouvelle version compte comme une revue.
agreement-edit = Modifier le texte ou ses réglages
agreement-still-holds = Toujours valable : enregistrer la revue
agreement-text-label = L'accord, version { $number }
agreement-trends = Les résultats du pouls à côté
agreement-no-trends = Cet accord n'est lié ni à la confiance, ni à la clarté, ni à la charge de travail ; aucun résultat n'est donc affiché à côté.
agreement-markers-hint = Les lignes pointillées marquent les jours où de nouvelles versions ont été enregistrées (v1, v2, …), pour voir si un changement a été suivi d'un meilleur pouls.
agreement-its-work = Son travail
agreement-versions = Versions
agreement-changed-from = ce qui a changé depuis la v{ $number }
agreement-compare = Comparer la version
agreement-with = avec la version
agreement-show-changes = Afficher les changements
agreement-marker = Version { $number } enregistrée le { $date } : { $note }
diff-title = Modifications de { $title }
diff-from = De la
diff-to = à la
diff-counts = { $added ->
        [one] 1 ligne ajoutée
       *[other] { $added } lignes ajoutées
    }, { $removed ->
        [one] 1 retirée
       *[other] { $removed } retirées
    }.
diff-why = Pourquoi cela a changé
diff-added = ajouté
diff-removed = retiré
diff-back = Retour à l'accord

## The agreement form
form-edit-title = Modifier { $title }
form-edit-heading = Modifier « { $title } »
form-new-heading = Un nouvel accord de travail
form-meanwhile-title = Quelqu'un a enregistré la version { $number } pendant que vous modifiiez
form-meanwhile-saved = { $author } l'a enregistrée le { $date } : « { $note } ». Votre texte n'a pas été enregistré et rien n'a été écrasé. Ci-dessous :
form-meanwhile-theirs = lignes présentes dans la version { $number } et pas dans votre texte
form-meanwhile-yours = lignes à vous
form-meanwhile-merge = Votre texte est toujours dans le formulaire : fusionnez ce que vous voulez garder et enregistrez à nouveau.
form-editing-version = Vous modifiez la version { $base }. Enregistrer un texte modifié crée la version { $next } ; les versions précédentes restent lisibles.
form-title = Titre
form-title-hint = Par exemple « Délai de revue » ou « Qui décide quoi entre Produit et Ingénierie ».
form-body = Texte (markdown)
form-body-hint = # pour un titre, - pour une liste, **gras**. « Aperçu » l'affiche comme la page le fera, sans enregistrer.
form-note = Ce qui a changé et pourquoi
form-note-hint = Une ligne, conservée avec la nouvelle version (nécessaire quand le texte change).
form-relates = Résultats du pouls affichés à côté
form-every = Revoir tous les (jours)
form-every-hint = De 1 à 730, par exemple 90 pour chaque trimestre ; laissez vide pour aucun rythme de revue. Les responsables reçoivent un e-mail quand une revue est à faire.
form-links = Liens vers son travail
form-links-hint = Tickets, spécifications, documents : un par ligne, l'adresse puis un titre, par exemple
form-add = Ajouter l'accord
form-preview = Aperçu
form-preview-title = Aperçu (non enregistré)

## L'avertissement sur le seuil (une équipe dont le groupe est plus petit que son seuil)
threshold-gap-who = { $count ->
        [0] Personne ne répond
        [one] { $count } personne répond
       *[other] { $count } personnes répondent
    } pour { $team }{ $below ->
        [yes] {" "}et les équipes en dessous,
       *[no] {""}
    } et son seuil est de { $min }
threshold-gap-under-parent = { $who } : ses résultats ne pourront jamais être montrés seuls. Ses réponses comptent toujours dans les résultats de { $parent }.
threshold-gap-root = { $who } : ses résultats ne pourront jamais être montrés ; ajoutez des personnes ou baissez le seuil.
