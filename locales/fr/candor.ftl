# Les pages de Candor pour les équipes : le questionnaire, ses erreurs, ses refus.

## Formats
format-date-day = %A %-d %B
format-date-full = %-d %B %Y
format-month = %B %Y

## Page chrome
page-skip = Aller au contenu
page-footer = Candor garde les réponses anonymes par construction : aucune réponse n'est enregistrée avec un nom, un lien ou une heure.
language-switch = Langue

## The survey
survey-title = Pouls de { $team }
survey-preview-strong = Aperçu.
survey-preview = Voici le questionnaire tel que les membres de { $team } le verront. Rien de ce que vous choisissez ici ne peut être envoyé ni enregistré.
survey-heading = { $team } : comment s'est passé { $period } ?
survey-lede = Ce mois-ci, vous répondez pour { $team } (chaque personne répond pour une seule équipe, quel que soit le nombre d'équipes dont elle fait partie). { $minutes ->
        [one] Environ une minute.
       *[other] Environ { $minutes } minutes.
    } Vos réponses sont enregistrées sans votre nom, sans ce lien et sans heure, et les résultats ne sont montrés que pour des groupes d'au moins { $min_group } personnes, après la clôture du pouls le { $closes_on }.
survey-errors-strong = Rien n'a encore été enregistré.
survey-errors = { $count ->
        [one] Veuillez vérifier la réponse signalée ci-dessous.
       *[other] Veuillez vérifier les { $count } réponses signalées ci-dessous.
    }
survey-optional = (facultatif)
survey-comment-hint = Votre style d'écriture peut vous identifier. Omettez les détails que vous seul·e connaissez, et gardez à l'esprit que vos responsables lisent les commentaires mot pour mot (mélangés, et seulement si au moins { $min_group } personnes ont répondu).
survey-enps-hint = 0 = pas du tout probable, 10 = extrêmement probable
survey-send = Envoyer mes réponses
survey-send-once = Vous ne pouvez envoyer qu'une fois. Rien n'est enregistré avant que vous n'appuyiez sur le bouton.
survey-switch-hint = Changer de langue garde vos réponses ; rien n'est envoyé.

## The scale of five
likert-1 = Pas du tout d'accord
likert-2 = Pas d'accord
likert-3 = Ni l'un ni l'autre
likert-4 = D'accord
likert-5 = Tout à fait d'accord

## The built-in questions
question-trust_1 = Je peux soulever un problème dans cette équipe sans m'inquiéter de la façon dont il sera reçu.
question-trust_2 = Les membres de cette équipe font ce qu'ils disent qu'ils feront.
question-clarity_1 = Je sais ce que l'on attend de moi ce mois-ci.
question-clarity_2 = On sait clairement qui décide quoi entre le Produit et l'Ingénierie.
question-workload_1 = Ma charge de travail du mois dernier était gérable.
question-workload_2 = J'ai eu assez de temps pour travailler concentré·e, sans interruptions constantes.
question-enps = Quelle est la probabilité que vous recommandiez cette équipe à un ami comme lieu de travail ?
question-comment = Y a-t-il autre chose que vous voulez faire entendre à vos responsables ?
question-helped = Les changements faits par nos responsables depuis le dernier pouls ont aidé.

## Field errors
error-unknown-field = Le formulaire contenait un champ que ce questionnaire ne demande pas (« { $field } »).
error-answered-twice = Cette question a reçu deux réponses ; choisissez-en une seule.
error-choose-answer = Veuillez choisir une réponse.
error-out-of-range = Choisissez l'une des réponses (de { $low } à { $high }).
error-comment-too-long = Veuillez garder le commentaire sous { $max } caractères (il en a { $count }).
error-comment-nul = Le commentaire contient un caractère NUL ; veuillez le retirer.

## Thank you
thanks-title = Merci
thanks-stored = Vos réponses pour { $team } sont bien arrivées. Elles sont enregistrées sans votre nom, sans votre lien et sans heure : personne — ni vos responsables, ni un administrateur — ne peut savoir quelles réponses sont les vôtres.
thanks-results = Les résultats sont publiés sur la page de l'équipe après la clôture du pouls le { $closes_on }, et seulement pour des groupes d'au moins { $min_group } personnes. Vos responsables y répondent ouvertement, avec ce qu'ils vont changer.
thanks-close = Vous pouvez fermer cette page.

## What a survey link can refuse
refusal-title-404 = Il n'y a rien à cette adresse
refusal-title-409 = C'est déjà fait, ou impossible pour le moment
refusal-title-410 = Ce n'est plus disponible
refusal-unknown = Ce lien de questionnaire est inconnu. Veuillez utiliser le lien le plus récent de votre e-mail.
refusal-answered = Ce pouls a déjà reçu une réponse avec votre lien. Merci — chaque personne répond une fois.
refusal-closed = Le pouls { $period } de { $team } s'est clôturé le { $closed_on }. Les résultats sont sur la page de l'équipe.
refusal-back = Retour à Candor
