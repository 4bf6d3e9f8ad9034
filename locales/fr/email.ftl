# Les e-mails reçus par les équipes : l'invitation, les rappels, le résumé des résultats.

email-hi = Bonjour { $name },
email-signature = - Candor, pour { $team }
email-open = Ouvrir le pouls
email-anonymous = Vos réponses sont anonymes : elles sont enregistrées sans votre nom, sans ce lien et sans heure, et les résultats ne sont montrés que pour des groupes d'au moins { $min_group } personnes, après la clôture du pouls.

## Invitation
invite-subject = { $team } : { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    } pour le pouls d'équipe du mois
invite-title = Pouls d'équipe de { $team }
invite-intro = Comment va { $team } ce mois-ci ? { $count ->
        [one] Une question courte
       *[other] { $count } questions courtes
    }, { $minutes ->
        [one] environ une minute
       *[other] environ { $minutes } minutes
    }, sur n'importe quel appareil.
invite-answer-here = Répondez ici (le lien est le vôtre et ne fonctionne qu'une fois) :
invite-first-question = Ou commencez par la première question - « { $question } » :
invite-quick-note = Choisir une réponse ouvre le formulaire avec cette réponse cochée ; rien n'est envoyé avant que vous n'appuyiez sur Envoyer.
invite-link-once = Le lien est le vôtre et ne fonctionne qu'une fois. Le pouls se clôture le { $closes_on }.
invite-closes = Le pouls se clôture le { $closes_on }.

## Reminders
reminder-subject-half = Rappel : pouls d'équipe de { $team }
reminder-subject-last = Dernier jour : pouls d'équipe de { $team }
reminder-last-day = Le pouls de { $team } se clôture le { $closes_on } : c'est aujourd'hui le dernier jour pour répondre.
reminder-halfway = Le pouls de { $team } est ouvert jusqu'au { $closes_on }. Si vous avez une minute, vos réponses aident.
reminder-anonymous = { $minutes ->
        [one] Cela prend environ une minute, et vos réponses sont anonymes.
       *[other] Cela prend environ { $minutes } minutes, et vos réponses sont anonymes.
    }
reminder-answer-here = Répondez ici (un nouveau lien ; celui de votre premier e-mail fonctionne aussi, une fois) :
reminder-at-most = Vous recevez au plus deux rappels, jamais le week-end, et aucun une fois que vous avez répondu.

## Results summary
summary-subject = { $team } : résultats du pouls de { $month }
summary-title = { $team } : résultats de { $month }
summary-closed = Le pouls de { $team } pour { $month } est clôturé.
summary-no-figures = Aucun chiffre n'est montré pour ce mois, pour garder les réponses de chacun anonymes.
summary-of-five = { $mean } sur 5
summary-too-few = Trop peu de réponses pour afficher un résultat.
summary-in-short = En bref
summary-changes = Ce que nous avions dit vouloir changer
summary-done = fait
summary-open = en cours
summary-see-team = Voir la page de l'équipe
summary-team-page = Tendances, réponses par mois et commentaires sont sur la page de l'équipe :
summary-because-lead = Vous recevez ceci parce que vous dirigez { $team }.
summary-because-member = Vous recevez ceci parce que { $team } partage ses résultats avec ses membres.
summary-threshold = Les résultats ne sont jamais montrés que pour des groupes d'au moins { $min_group } personnes.
