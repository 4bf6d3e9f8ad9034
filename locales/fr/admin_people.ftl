# Les pages d'administration des personnes, des équipes et des jetons d'API (/admin/people,
# /admin/people/{id}, /admin/people/import, /admin/teams, /admin/teams/{slug}, /admin/tokens).
# Chaque identifiant ici doit exister dans chaque langue (tests/i18n.rs).

ap-crumb-admin = Admin
ap-nothing-saved = Rien n'a été enregistré.
ap-save = Enregistrer
ap-field-name = Nom
ap-field-address = Adresse
ap-field-role = Rôle
ap-field-language = Langue
ap-field-team = Équipe
ap-role-member = membre
ap-role-lead = responsable
ap-role-none = pas dans cette équipe
ap-pages = Pages
ap-prev-page = Page précédente
ap-next-page = Page suivante

## La liste des personnes
ap-people-title = Personnes · Admin
ap-people = Personnes
ap-people-removed = Retirée. Ses e-mails en attente ont été annulés ; les réponses anonymes restent intactes.
ap-people-import-link = Importer un fichier de personnes (CSV)
ap-people-search-label = Nom ou adresse
ap-people-all-teams = Toutes les équipes
ap-people-search = Rechercher
ap-people-count = { $total ->
        [one] { $matching } sur 1 personne
       *[other] { $matching } sur { $total } personnes
    }
ap-people-page = page { $page } sur { $pages }
ap-people-caption = Les personnes, leurs équipes et l'équipe pour laquelle chacune répond
ap-people-col-teams = Équipes
ap-people-col-answers-for = Répond pour
ap-people-col-state = État
ap-state-active = active
ap-state-inactive = inactive
ap-people-none = Personne ne correspond.
ap-people-add = Ajouter une personne
ap-people-add-team-first = Ajoutez d'abord une équipe.
ap-people-add-team = Équipe (celle pour laquelle elle répond)
ap-people-add-language = Langue (de ses invitations et de son questionnaire)
ap-people-add-button = Ajouter

## Une personne
ap-person-title = { $name } · Personnes
ap-person-inactive = Inactive : n'est pas invitée aux pouls et ne peut lire aucune équipe une fois connectée.
ap-person-email-hint = Son compte de connexion passe aussi à la nouvelle adresse.
ap-person-language-hint = Ses invitations, ses rappels et son questionnaire parlent cette langue.
ap-person-teams = Équipes
ap-person-teams-hint = Une personne répond aux pouls pour une seule équipe (« répond pour ») ; être responsable ailleurs donne un accès, pas une seconde voix. Pour déplacer quelqu'un, mettez l'ancienne équipe sur « pas dans cette équipe » et ajoutez la nouvelle.
ap-person-answers-for = répond pour elle
ap-person-add-team = Ajouter à une équipe
ap-person-add-as = comme
ap-person-leaving = Départ
ap-person-deactivate = Désactiver
ap-person-deactivate-hint = Garde la personne et ses équipes ; retire ses invitations aux pouls ouverts et annule les e-mails en attente pour elle.
ap-person-reactivate = Réactiver
ap-person-remove-confirm = Retirer { $name } définitivement : ses équipes, ses invitations et son compte de connexion disparaissent, les e-mails en attente sont annulés. Les réponses anonymes restent.
ap-person-remove = Retirer
ap-person-done-saved = Enregistré.
ap-person-done-added = Ajoutée. Elle est invitée à partir du prochain pouls de l'équipe pour laquelle elle répond.
ap-person-done-deactivated = Désactivée : ses invitations aux pouls ouverts ont été retirées et les e-mails en attente pour elle annulés.
ap-person-done-reactivated = De nouveau active : le prochain pouls de l'équipe pour laquelle elle répond l'invite.

## Importer un fichier de personnes
ap-import-title = Importer des personnes · Admin
ap-import-crumb = Import
ap-import-heading = Importer un fichier de personnes
ap-import-col-before = Équipes maintenant
ap-import-col-after = Équipes ensuite
ap-import-region = { $title } : les personnes
ap-import-section = { $title } ({ $count })
ap-import-done = Importé : { $added } ajoutées, { $changed } modifiées, { $moved } déplacées
ap-import-done-deactivated = , { $absent } désactivées (leurs invitations ouvertes retirées, leurs e-mails en attente annulés).
ap-import-done-kept = ; { $absent } absentes du fichier gardées telles quelles.
ap-import-back = Retour aux personnes
ap-import-would = Voici ce que ferait <strong>{ $file }</strong>. Rien n'est enregistré avant votre confirmation.
ap-import-added = Ajoutées
ap-import-changed = Modifiées (nom, rôle, ou de nouveau actives)
ap-import-moved = Déplacées entre équipes
ap-import-absent = Absentes du fichier (partiraient)
ap-import-unchanged = { $count ->
        [one] 1 personne figure dans le fichier telle qu'elle est aujourd'hui.
       *[other] { $count } personnes figurent dans le fichier telles qu'elles sont aujourd'hui.
    }
ap-import-absent-legend = { $count ->
        [one] La personne absente du fichier
       *[other] Les { $count } personnes absentes du fichier
    }
ap-import-absent-deactivate = les désactiver (elles sont parties : plus d'invitations, e-mails en attente annulés)
ap-import-absent-keep = les garder telles quelles (le fichier ne liste que certaines équipes)
ap-import-button = Importer
ap-import-another = Choisir un autre fichier
ap-import-nothing = Rien n'a été importé.
ap-import-problems = { $count ->
        [one] Le fichier a 1 problème ; corrigez-le et téléversez-le de nouveau :
       *[other] Le fichier a { $count } problèmes ; corrigez-les tous et téléversez-le de nouveau :
    }
ap-import-problem = ligne { $line }, { $field } : { $message }
ap-import-intro = Un fichier CSV avec les colonnes <code>email,name,team,role</code> et, en option, <code>home</code> (<code>yes</code> sur la ligne de l'équipe pour laquelle une personne répond). Le rôle est <code>member</code> ou <code>lead</code> ; une personne dans plusieurs équipes a une ligne pour chacune. Pour les personnes qu'il liste, le fichier donne toutes leurs équipes : une équipe qu'il ne liste pas est une équipe qu'elles quittent.
ap-import-file = Fichier de personnes (.csv)
ap-import-preview = Aperçu
ap-import-the-file = le fichier
ap-import-unreadable = Le fichier n'a pas pu être lu ({ $reason }). Rien n'a été importé ; choisissez un fichier .csv et réessayez.

## Équipes
ap-teams-title = Équipes · Admin
ap-teams = Équipes
ap-teams-table = Tableau : { $caption }
ap-teams-col-team = Équipe
ap-teams-col-members = Membres
ap-teams-col-answering = Répondants
ap-teams-col-threshold = Seuil
ap-teams-col-cadence = Rythme
ap-teams-under = , sous { $parent }
ap-teams-with-below = ({ $group } avec les équipes en dessous)
ap-teams-never-reached = jamais atteint
ap-teams-archived-on = archivée le { $date }
ap-teams-launched-on = lancée le { $date }
ap-teams-not-launched = pas lancée
ap-teams-lede = Chaque équipe avec les équipes en dessous. « Répondants » compte les personnes dont c'est l'équipe d'attache : une voix chacune.
    Les résultats d'une équipe ne s'affichent que lorsque son groupe (elle et les équipes en dessous) atteint son seuil.
ap-teams-none = Pas encore d'équipe : créez la première ci-dessous.
ap-teams-create = Créer une équipe
ap-team-field-slug = Identifiant
ap-team-field-parent = Équipe parente
ap-team-field-threshold = Seuil
ap-team-field-comment-threshold = Seuil des commentaires
ap-team-field-timezone = Fuseau horaire
ap-team-field-cadence = Rythme
ap-team-field-days-open = Jours d'ouverture
ap-teams-slug-hint = Lettres minuscules, chiffres et traits d'union, par exemple <code>design</code> : l'adresse de l'équipe (/teams/design). Il ne pourra plus changer.
ap-team-no-parent = Aucune (une équipe au sommet)
ap-teams-threshold-hint = De 3 à 10 : le minimum de réponses dont un mois a besoin avant que quoi que ce soit en soit affiché.
ap-teams-create-button = Créer l'équipe
ap-teams-archived = Équipes archivées
ap-teams-archived-hint = Aucun pouls ne s'ouvre pour elles ; leurs pages et leur historique restent.
ap-team-archived-mark = { $path } (archivée)

## Rythmes
ap-cadence-monthly = mensuel
ap-cadence-quarterly = trimestriel
ap-cadence-weeks = toutes les { $weeks } semaines
ap-cadence-manual = manuel
ap-cadence-monthly-long = Chaque mois, le premier jour ouvré
ap-cadence-quarterly-long = Chaque trimestre, le premier jour ouvré de janvier, avril, juillet et octobre
ap-cadence-weeks-long = Toutes les { $weeks } semaines, le jour de la semaine du premier pouls
ap-cadence-manual-long = Seulement à l'ouverture manuelle

## Les réglages d'une équipe
ap-team-title = { $team } · Réglages de l'équipe
ap-team-crumb-teams = Équipes
ap-team-crumb-settings = Réglages
ap-team-saved = Enregistré.
ap-team-archived-notice = Archivée le { $date } : aucun pouls ne s'ouvre pour elle. Sa page et son historique restent lisibles.
ap-team-name-hint = Renommer garde l'identifiant <code>{ $slug }</code> : ses adresses (/teams/{ $slug }) et les liens des e-mails restent les mêmes.
ap-team-parent-hint = Une équipe qui a des résultats publiés ne peut pas être déplacée : les rapports regroupent les mois passés selon l'arbre d'aujourd'hui, et un déplacement permettrait à chacun de déduire ses réponses des anciens et des nouveaux chiffres.
ap-team-threshold-hint = De 3 à 10 : le minimum de réponses dont un mois a besoin avant que quoi que ce soit en soit affiché. Les pouls déjà ouverts gardent le leur.
ap-team-comment-threshold-hint = Le minimum de réponses avant que les commentaires s'affichent : du seuil à 10.
ap-team-thresholds-readonly = Seuil : <strong>{ $min }</strong> · seuil des commentaires : <strong>{ $comment }</strong>. Seuls les admins changent les seuils.
ap-team-timezone-hint = Un nom comme Europe/Berlin ou America/New_York : les pouls s'ouvrent et se ferment les jours ouvrés de l'équipe dans ce fuseau.
ap-team-cadence-hint = Une fois l'équipe lancée, le planificateur ouvre ses pouls à ce rythme, à 09:00 dans son fuseau horaire ; manuel : les pouls ne s'ouvrent qu'à la main.
    Une équipe a au plus un pouls par mois, pour que les résultats restent comparables et anonymes d'une équipe à l'autre.
ap-team-launched-on = Lancée le { $date }.
ap-team-not-launched = Pas encore lancée : rien n'est envoyé tant qu'un admin ou un responsable ne la lance pas sur <a href="/admin/pulses">Pouls</a>.
ap-team-days-open-hint = De 1 à 21 jours, moins que le temps entre deux pouls. Les rappels partent à mi-parcours et le dernier jour.
ap-team-publish = Publier aux membres : ils peuvent lire la page de l'équipe et reçoivent l'e-mail de résumé
ap-team-ask-helped = Demander « Les changements depuis le mois dernier ont-ils aidé ? » dans ses pouls
ap-team-back = Retour à l'équipe
ap-team-survey = Questionnaire
ap-team-survey-link = Les questions que posent les pouls de { $team }
ap-team-survey-rest = : ses ensembles de questions, ses propres questions, leur formulation et la rotation.
ap-team-unarchive-heading = Sortir de l'archive
ap-team-archive-heading = Archiver
ap-team-unarchive-text = Sortie de l'archive, une équipe lancée retrouve ses pouls mensuels.
ap-team-unarchive = Désarchiver { $team }
ap-team-archive-text = Une équipe archivée ne reçoit plus de pouls. Rien n'est supprimé : sa page, son historique et ses personnes restent. Une équipe qui a un pouls ouvert doit d'abord le fermer.
ap-team-archive = Archiver { $team }

## Jetons d'API
ap-tokens-title = Jetons d'API · Admin
ap-tokens = Jetons d'API
ap-tokens-intro = Un jeton permet à un script de lire les rapports d'équipe depuis <code>/api/v1</code> au nom de la personne pour laquelle il agit, envoyé comme <code>Authorization: Bearer TOKEN</code>.
ap-tokens-new = Jeton { $number } « { $name } » pour { $email }
ap-tokens-copy-now = Copiez-le maintenant : il n'est affiché qu'une fois.
ap-tokens-copy-why = Candor n'en garde qu'une empreinte et ne peut pas le montrer de nouveau ; s'il est perdu, révoquez-le et créez-en un autre.
ap-tokens-revoked = Révoqué. Le jeton cesse de fonctionner immédiatement.
ap-tokens-caption = Jetons d'API, les plus récents d'abord
ap-tokens-col-acts-for = Agit pour
ap-tokens-col-scope = Portée
ap-tokens-col-made-utc = Créé (UTC)
ap-tokens-col-made = Créé
ap-tokens-col-state = État
ap-tokens-revoked-on = révoqué le { $date }
ap-tokens-active = actif
ap-tokens-revoke-label = Révoquer le jeton { $number } { $name }
ap-tokens-revoke = Révoquer
ap-tokens-none = Pas encore de jeton d'API.
ap-tokens-make = Créer un jeton
ap-tokens-none-made = Aucun jeton n'a été créé.
ap-tokens-name = Nom (à quoi il sert)
ap-tokens-acts-for = Agit pour (l'adresse d'un compte)
ap-tokens-scope-read = { $scope } (lire les rapports d'équipe)
ap-tokens-make-button = Créer le jeton

## Refus faits par ces pages
ap-refused-email-empty = adresse e-mail : est vide
ap-refused-email-long = adresse e-mail : dépasse 254 caractères
ap-refused-email = adresse e-mail : « { $email } » n'est pas une adresse e-mail valide
ap-refused-role = rôle : « { $role } » n'est pas un rôle : utilisez member, lead ou admin
ap-refused-language = langue : « { $code } » n'est pas une langue que parle Candor ; utilisez en, de, fr, es ou ar
ap-refused-team = équipe : choisissez l'une des équipes
ap-refused-confirm = Cochez la case pour confirmer que vous voulez retirer cette personne définitivement.
ap-refused-active = Le formulaire doit envoyer active=true ou active=false.
ap-refused-absent = Choisissez si les personnes absentes du fichier restent ou partent.
ap-refused-not-utf8 = fichier : n'est pas du texte UTF-8 : enregistrez-le en « CSV UTF-8 » et téléversez-le de nouveau
ap-refused-threshold = Seuil : « { $typed } » n'est pas un nombre de 3 à 10
ap-refused-comment-threshold = Seuil des commentaires : « { $typed } » n'est pas un nombre de 3 à 10
ap-refused-days-open = Jours d'ouverture : « { $typed } » n'est pas un nombre de jours de 1 à 21
ap-refused-no-parent = Équipe parente : il n'y a pas d'équipe « { $slug } »
ap-refused-slug-taken = Identifiant : une équipe « { $slug } » existe déjà ; choisissez un autre identifiant.
ap-refused-no-team-here = Il n'y a pas d'équipe à cette adresse.
ap-refused-thresholds-admins = Seuls les admins peuvent changer les seuils d'une équipe : ils décident de ce qui peut être affiché. Rien n'a été enregistré.
ap-refused-lead-move = Un responsable ne peut déplacer une équipe que sous une autre équipe qu'il dirige ; demandez à un admin pour les autres déplacements. Rien n'a été enregistré.
ap-refused-token-name = Nom : donnez au jeton un nom de 1 à { $max } caractères sur une ligne, par exemple dashboards
ap-refused-token-scope = Portée : « { $scope } » n'est pas une portée ; la portée est { $allowed }
ap-refused-token-account = Adresse e-mail : il n'y a pas de compte pour { $email } : les comptes sont créés à la première connexion
ap-refused-no-token-here = Il n'y a pas de jeton d'API à cette adresse.
