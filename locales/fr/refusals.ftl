# Refus : ce que dit le domaine quand il refuse une valeur, en phrases complètes qu'une page peut montrer.
# Chaque identifiant ici doit exister dans chaque langue (tests/i18n.rs).

## Équipes
refused-team-threshold = Le seuil doit être un nombre de { $min } à { $max }.
refused-team-name = Le nom d'une équipe doit tenir sur une ligne de 1 à { $max } caractères.
refused-team-timezone = « { $zone } » n'est pas un fuseau horaire : utilisez un nom comme Europe/Berlin.
refused-team-comment-threshold = Le seuil des commentaires, { $value }, n'est pas compris entre le seuil ({ $min }) et { $max }.
refused-team-parent-itself = Une équipe ne peut pas se trouver sous elle-même : choisissez une équipe parente autre que { $team }.
refused-team-parent-below = { $parent } se trouve sous { $team }, donc { $team } ne peut pas se placer sous elle.
refused-team-parent-unknown = Il n'y a pas d'équipe « { $slug } » sous laquelle se placer : choisissez l'équipe parente parmi les équipes.

## Rythme et pouls
refused-cadence-weeks = Toutes les { $weeks } semaines n'est pas possible : choisissez de { $min } à { $max } semaines (une équipe a au plus un pouls par mois).
refused-cadence-unknown = « { $cadence } » n'est pas un rythme : utilisez monthly, quarterly, weeks:N (N de { $min } à { $max }) ou manual.
refused-days-open = Un pouls reste ouvert de { $min } à { $max } jours, pas { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
refused-days-open-gap = { $days } jours d'ouverture ne sont pas plus courts que les { $weeks } semaines entre deux pouls : choisissez moins de jours.
refused-pulse-closes-past = Le pouls doit se clôturer dans le futur.
refused-launch-manual = { $team } n'ouvre ses pouls qu'à la main (rythme manual) : ouvrez-en un maintenant.

## Réponses aux pouls
refused-followup-note-empty = La note est vide : une réponse a besoin d'une note de 1 à { $max } caractères.
refused-followup-note-long = La note est trop longue : elle compte { $count } caractères, et une note doit en avoir de 1 à { $max }.
refused-followup-note-nul = La note ne peut pas contenir de caractère NUL.
refused-followup-action-unknown = L'action { $action } ne fait pas partie de cette réponse.

## Accords
refused-agreement-empty = Le texte est vide : un accord a besoin d'un peu de texte.
refused-agreement-long = Le texte dépasse { $max } octets.
refused-agreement-nul = Le texte contient un caractère NUL ; est-ce bien un fichier texte ?
refused-agreement-title = Le titre doit tenir sur une ligne de 1 à { $max } caractères.
refused-agreement-author = Le nom de l'auteur doit tenir sur une ligne de 1 à { $max } caractères.
refused-agreement-note = « Ce qui a changé et pourquoi » doit tenir sur une ligne de 1 à { $max } caractères.
refused-agreement-title-slug = Candor ne peut pas tirer de « { $title } » un nom court pour l'adresse de l'accord : le titre a besoin de lettres ou de chiffres.
refused-agreement-title-new = Le titre « { $title } » désigne la page qui ajoute des accords : choisissez un titre plus long.
refused-agreement-unchanged = Le texte est le même que celui de la version { $version } : rien à enregistrer (`candor agreement reviewed --team { $team } { $agreement }` enregistre une revue sans changement).
refused-link-address = Le lien de la ligne { $line }, « { $address } », n'est pas une adresse web : commencez-le par https://.
refused-link-address-long = Le lien de la ligne { $line } dépasse { $max } caractères.
refused-link-title = Le titre du lien de la ligne { $line } doit tenir sur une ligne d'au plus { $max } caractères.
refused-links-too-many = Gardez au plus { $max } liens ; il y en a { $count }.

## L'enquête d'une équipe
refused-survey-set-not-asked = L'enquête ne pose pas l'ensemble « { $set } » : ajoutez-le d'abord.
refused-survey-set-unknown = Il n'y a pas d'ensemble « { $set } » : la bibliothèque contient { $known }.
refused-survey-too-many = Une enquête pose au plus { $max } questions.
refused-question-key = La clé « { $key } » ne convient pas : utilisez de 1 à { $max } lettres minuscules, chiffres et _, en commençant par une lettre.
refused-question-dimension = La dimension « { $key } » ne convient pas : utilisez de 1 à { $max } lettres minuscules, chiffres et _, en commençant par une lettre.
refused-question-key-taken = La clé « { $key } » est déjà prise ; choisissez une autre clé.
refused-question-second-comment = L'enquête a déjà sa question de commentaire : modifiez plutôt son texte.
refused-question-dimension-reserved = La dimension « { $dimension } » est réservée : choisissez un autre nom.
refused-question-enps = Une question eNPS va dans la dimension { $enps }, et elle seule.
refused-question-dimension-kind = La dimension « { $dimension } » contient des questions de type { $kind } : les questions d'une dimension ont un seul type, et une question à choix a sa dimension pour elle seule.
refused-question-text = Le texte d'une question doit avoir de 1 à { $max } caractères.
refused-question-changes-helped = La question « Les changements ont-ils aidé ? » ne se retire pas ici : elle se désactive dans les réglages de l'équipe.
refused-option-text = Chaque option a besoin d'un texte en { $language ->
        [en] anglais
        [de] allemand
        [fr] français
        [es] espagnol
        [ar] arabe
       *[other] { $language }
    }.
refused-option-count = Une question à choix a de { $min } à { $max } options, pas { $count }.
refused-option-not-choice = Seule une question à choix a des options.

## Webhooks
refused-webhook-taken = Un webhook « { $name } » existe déjà : choisissez un autre nom.
refused-webhook-name = Le nom d'un webhook doit compter de 1 à { $max } lettres, chiffres, « - » ou « _ ».
refused-webhook-url = « { $url } » n'est pas une URL : donnez une adresse http:// ou https:// avec un hôte.
refused-webhook-url-scheme = « { $url } » n'est pas une adresse web : donnez une adresse http:// ou https:// avec un hôte.
refused-webhook-url-user = Retirez l'utilisateur et le mot de passe de l'adresse : les envois sont signés.
refused-webhook-event = Il n'y a pas d'événement « { $event } » : les événements sont { $known }.

## Personnes
refused-person-name-empty = Le nom est vide : une personne a besoin d'un nom.
refused-person-name-long = Le nom dépasse { $max } caractères.
refused-person-name-nul = Le nom contient un caractère NUL.
refused-person-no-team = Une personne a besoin d'au moins une équipe ; pour retirer quelqu'un de la liste, supprimez-le.
refused-person-home-not-member = Une personne ne répond que pour l'une de ses équipes.
refused-home-not-member = Une personne ne répond que pour une équipe dont elle fait partie.

## Les formulaires des pages et les contrôles d'accès (src/http)
refused-period = « { $period } » n'est pas un mois : utilisez AAAA-MM, par exemple 2026-03.
refused-slug = « { $slug } » n'est pas un identifiant : utilisez des lettres minuscules, des chiffres et des traits d'union simples, par exemple « platform-team ».
refused-slug-long = « { $slug } » dépasse { $max } caractères.
refused-action-shape = « { $action } » n'est pas une action : utilisez « TEXTE;RESPONSABLE;AAAA-MM-JJ » (la date peut être omise).
refused-action-nul = Une action ne peut pas contenir de caractère NUL.
refused-action-text = Le texte d'une action doit compter de 1 à { $max } caractères.
refused-action-owner = Une action a besoin d'un responsable (1 à { $max } caractères).
refused-action-due = « { $date } » n'est pas une date : utilisez AAAA-MM-JJ.
refused-action-row-shape = L'action { $row } est illisible : donnez-lui un texte, un responsable et, si vous voulez, une échéance.
refused-action-row-nul = L'action { $row } ne peut pas contenir de caractère NUL.
refused-action-row-text = Le texte de l'action { $row } doit compter de 1 à { $max } caractères.
refused-action-row-owner = L'action { $row } a besoin d'un responsable (1 à { $max } caractères).
refused-action-row-due = L'échéance de l'action { $row }, « { $date } », n'est pas une date : utilisez AAAA-MM-JJ.
refused-relates = « { $dimension } » n'est pas une dimension : utilisez l'une de { $known }, séparées par des virgules.
refused-review-every = { $days } n'est pas un rythme de revue : utilisez 1 à { $max } jours, par exemple 90 pour chaque trimestre.
refused-review-every-number = « { $typed } » n'est pas un nombre de jours.
refused-agreement-nothing-changed = Le texte est le même que dans la version { $version } et aucun réglage n'a changé : il n'y a rien à enregistrer. S'il est toujours valable, appuyez sur « Toujours valable » sur la page de l'accord.
refused-option-lines = Donnez une option en { $language ->
        [en] anglais
        [de] allemand
        [fr] français
        [es] espagnol
        [ar] arabe
       *[other] { $language }
    } pour chaque option ({ $count } en tout), dans le même ordre.
refused-question-kind = Choisissez l'un des types proposés.
refused-no-team = Il n'y a pas d'équipe à cette adresse.
refused-only-leads = Seuls les responsables de « { $team } » et les admins peuvent faire cela.
