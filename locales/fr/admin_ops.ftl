# Les pages d'administration qui font tourner et surveillent Candor : les pouls (/admin/pulses,
# l'envoi d'un pouls, les pages de lancement et d'ouverture immédiate, l'aperçu de l'invitation),
# la boîte d'envoi, le journal d'audit et les webhooks.
# Chaque identifiant ici doit exister dans chaque langue (tests/i18n.rs).

## Commun
ao-crumb-admin = Admin
ao-crumb-pulses = Pouls
ao-not-now = Pas maintenant
ao-show = Afficher
ao-pages = Pages
ao-previous-page = Page précédente
ao-next-page = Page suivante
ao-format-when = %a %-d %b %Y
ao-when = { $day } à { $time } ({ $zone })
ao-people = { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }

## États et types d'e-mails
ao-state-queued = en attente
ao-state-sending = en cours d'envoi
ao-state-sent = envoyé
ao-state-failed = échoué
ao-state-cancelled = annulé
ao-state-retrying = sera réessayé
ao-kind-invite = Invitation
ao-kind-remind-half = Rappel à mi-parcours
ao-kind-remind-last = Rappel du dernier jour
ao-kind-summary = Résumé des résultats
ao-kind-review = Rappel de revue
ao-kind-login = Lien de connexion
ao-kind-test = Invitation de test
ao-kind-webhook = Envoi de webhook
ao-kind-other = Autre

## Rythmes
ao-cadence-monthly = chaque mois, le premier jour ouvré
ao-cadence-quarterly = chaque trimestre, le premier jour ouvré de janvier, avril, juillet et octobre
ao-cadence-weeks = toutes les { $weeks } semaines, le jour de la semaine du premier pouls
ao-cadence-manual = seulement quand on l'ouvre à la main

## La liste des pouls
ao-pulses-title = Pouls
ao-pulses-lede = Rien ne part tout seul : les pouls d'une équipe commencent quand vous lancez son rythme, ou en ouvrez un maintenant. Chaque étape dit d'abord ce qui part, à combien de personnes, et quand.
ao-pulses-launch-all = Lancer les { $count } équipes en attente…
ao-pulses-archived = Archivée : aucun pouls ne s'ouvre pour elle.
ao-pulses-open-until = Ouvert jusqu'au { $closes }
ao-pulses-delivery-link = Envoi, et clôture anticipée
ao-pulses-manual = Les pouls ne s'ouvrent qu'à la main (rythme manuel).
ao-pulses-launched = Lancée : les pouls s'ouvrent { $cadence }.
ao-pulses-not-launched = Pas lancée : aucun pouls ne s'ouvre pour { $team } tant que vous ne la lancez pas ({ $cadence }).
ao-pulses-launch = Lancer ses pouls…
ao-pulses-open-now = Ouvrir un pouls maintenant…
ao-pulses-would-invite = (il inviterait { $people })
ao-pulses-preview-invitation = Prévisualiser l'invitation, ou vous envoyer un test
ao-pulses-preview-survey = Prévisualiser le questionnaire
ao-pulses-closed = Clôturés :
ao-pulses-no-teams = Aucune équipe pour l'instant.
ao-pulses-add-team = En ajouter une
ao-pulses-done-launched = Lancée. Le planificateur ouvre le pouls de chaque mois le premier jour ouvré.
ao-pulses-next = Le pouls de { $month } s'ouvre { $when }, invite { $people } et se clôture le { $closes }.
ao-pulses-next-round = au prochain passage du planificateur (dans la minute)

## Lancer une équipe, tout lancer
ao-launch-title = Lancer les pouls · { $team }
ao-launch-crumb = Lancement
ao-launch-heading = Lancer les pouls de { $team } ?
ao-launch-already = Ils sont déjà lancés ; relancer ne change rien.
ao-launch-manual-sentence = { $team } n'ouvre des pouls qu'à la main (son rythme est manuel) : changez le rythme dans ses réglages, ou ouvrez-en un maintenant.
ao-launch-after = Ensuite, chaque pouls s'ouvre selon ce rythme et reste ouvert le nombre de jours réglé pour l'équipe, avec un rappel à mi-parcours et le dernier jour à celles et ceux qui n'ont pas répondu. Les résultats n'apparaissent que pour les mois avec assez de réponses. Le rythme et les jours d'ouverture se trouvent dans les
ao-launch-settings-link = réglages de l'équipe
ao-launch-nobody = Personne ne répond encore pour { $team } : ajoutez d'abord des personnes dans
ao-launch-nobody-end = , sinon le pouls n'interroge personne.
ao-people-link = Personnes
ao-launch-back = Retour aux pouls
ao-launch-button = Lancer ses pouls
ao-launch-all-title = Lancer les pouls de toutes les équipes
ao-launch-all-crumb = Tout lancer
ao-launch-all-heading = { $count ->
        [one] Lancer les pouls de { $count } équipe ?
       *[other] Lancer les pouls de { $count } équipes ?
    }
ao-launch-all-total = Leurs premiers pouls invitent { $people } en tout (chaque personne répond pour une seule équipe).
ao-launch-all-after = Ensuite, les pouls de chaque équipe s'ouvrent selon son rythme (défini dans ses réglages).
ao-launch-all-button = Tout lancer
ao-launch-all-none = Toutes les équipes sont déjà lancées.

## Ouvrir un pouls maintenant
ao-open-title = Ouvrir un pouls · { $team }
ao-open-crumb = Ouvrir maintenant
ao-open-heading = Ouvrir un pouls pour { $team } maintenant ?
ao-open-nothing = Rien n'a été ouvert.
ao-open-sentence = Un pouls sur { $month } s'ouvre maintenant et invite { $people } (chaque personne répond pour une seule équipe, et personne n'est interrogé deux fois dans un mois).
ao-open-within = Les invitations partent dans la minute qui suit l'ouverture. Vous pouvez clôturer le pouls plus tôt depuis sa page d'envoi.
ao-open-nobody = Personne ne serait invité : ajoutez d'abord des personnes dans
ao-open-nobody-end = .
ao-open-days = Jours d'ouverture
ao-open-days-hint = De 1 à 60 jours ; il se clôture dans autant de jours à partir de maintenant.
ao-open-button = Ouvrir le pouls et envoyer les invitations
ao-refused-days = Les jours d'ouverture doivent être un nombre entier de 1 à 60.
ao-refused-not-lead = Seuls les admins et les responsables d'équipe gèrent les pouls.
ao-refused-no-team = Il n'y a pas d'équipe à cette adresse.

## L'envoi d'un pouls
ao-pulse-title = { $team } { $month } · Envoi
ao-pulse-heading = { $team } : le pouls de { $month }
ao-pulse-open-until = Ouvert jusqu'au { $closes }.
ao-pulse-closed-on = Clôturé le { $closes }.
ao-pulse-its-emails = Voici ses e-mails ; le nombre de personnes qui ont répondu n'est jamais affiché tant qu'un pouls est ouvert.
ao-pulse-delivery = Envoi
ao-pulse-table-label = E-mails par type et par état
ao-pulse-caption = E-mails de ce pouls, par type et par état
ao-pulse-email = E-mail
ao-pulse-all = Tous
ao-pulse-no-emails = Ce pouls n'a aucun e-mail.
ao-pulse-not-delivered = Non remis
ao-pulse-after-tries = { $state } après { $count ->
        [one] { $count } essai
       *[other] { $count } essais
    }
ao-pulse-retry = Réessayer les { $count } échoués
ao-pulse-cancel = Annuler les { $count } en attente
ao-pulse-close-early = Clôturer plus tôt
ao-pulse-close-explain = Clôturer maintenant arrête les réponses, publie le mois là où assez de personnes ont répondu et met en attente les e-mails de résumé. C'est irréversible.
ao-pulse-close-button = Clôturer ce pouls maintenant
ao-pulse-done-opened = Ouvert : ses invitations sont en attente et partent dans la minute.
ao-pulse-done-retried = Les e-mails échoués sont de nouveau en attente et seront réessayés dans la minute.
ao-pulse-done-cancelled = Les e-mails en attente sont annulés : ils restent listés ici et ne sont pas envoyés.
ao-pulse-done-closed = Clôturé. Les résultats apparaissent sur la page de l'équipe là où assez de personnes ont répondu ; les e-mails de résumé sont en attente.

## L'aperçu de l'invitation
ao-invitation-title = Aperçu de l'invitation · { $team }
ao-invitation-crumb = Invitation
ao-invitation-heading = L'invitation que reçoivent les personnes de { $team }
ao-invitation-each = Chaque personne la reçoit avec son propre nom et un lien à usage unique. Ici, les liens ouvrent
ao-invitation-survey-link = l'aperçu du questionnaire
ao-invitation-in = En :
ao-invitation-own-language = (chaque personne la reçoit dans sa propre langue)
ao-invitation-subject = Objet
ao-invitation-text = Texte
ao-invitation-test = Vous envoyer un test
ao-invitation-test-explain = Le même e-mail, marqué « [Test] », part à { $me }. Il ouvre l'aperçu : aucun pouls, aucune invitation ni aucune réponse n'est enregistré.
ao-invitation-test-button = M'envoyer une invitation de test
ao-invitation-done-sent = Une invitation de test à votre adresse est en attente. Ses liens ouvrent l'aperçu du questionnaire ; rien n'est enregistré.

## La boîte d'envoi
ao-outbox-title = Boîte d'envoi · Admin
ao-outbox-heading = Boîte d'envoi
ao-outbox-intro = Chaque e-mail mis en attente par Candor, du plus récent au plus ancien. Les contenus ne sont pas affichés : les liens de connexion et les invitations contenaient des liens à usage unique.
ao-outbox-filter = Filtrer les e-mails
ao-outbox-state = État
ao-outbox-any-state = Tous les états
ao-outbox-kind = Type
ao-outbox-any-kind = Tous les types
ao-outbox-team = Équipe
ao-outbox-any-team = Toutes les équipes
ao-outbox-pulse = Numéro du pouls
ao-outbox-count = Page { $page } sur { $pages } · { $total ->
        [one] { $total } e-mail
       *[other] { $total } e-mails
    }
ao-outbox-emails = E-mails
ao-outbox-caption = E-mails, du plus récent au plus ancien
ao-outbox-to = À
ao-outbox-subject = Objet
ao-outbox-last-error = Dernière erreur
ao-outbox-queued-utc = Mis en attente (UTC)
ao-outbox-sent-utc = Envoyé (UTC)
ao-outbox-queued = Mis en attente
ao-outbox-sent = Envoyé
ao-outbox-tries = ({ $count } essais)
ao-outbox-none = Aucun e-mail ne correspond.
ao-refused-state = État : « { $typed } » n'est pas un état ; choisissez { $choices }
ao-refused-kind = Type : « { $typed } » n'est pas un type d'e-mail ; choisissez { $choices }
ao-refused-team = Équipe : il n'y a pas d'équipe « { $typed } »
ao-refused-pulse = Pouls : « { $typed } » n'est pas un numéro de pouls
ao-refused-page = Page : « { $typed } » n'est pas un numéro de page ; les pages se comptent à partir de 1

## Le journal d'audit
ao-audit-title = Journal d'audit · Admin
ao-audit-heading = Journal d'audit
ao-audit-intro = Qui a changé quoi, du plus récent au plus ancien. Il nomme les actions et ce sur quoi elles portaient, jamais une réponse, un commentaire ou un jeton.
ao-audit-filter = Filtrer le journal
ao-audit-who-exactly = Qui (exactement)
ao-audit-what-exactly = Quoi (exactement)
ao-audit-count = Page { $page } sur { $pages } · { $total ->
        [one] { $total } entrée
       *[other] { $total } entrées
    }
ao-audit-caption = Qui a changé quoi, du plus récent au plus ancien
ao-audit-when-utc = Quand (UTC)
ao-audit-when = Quand
ao-audit-who = Qui
ao-audit-what = Quoi
ao-audit-on = Sur
ao-audit-detail = Détail
ao-audit-none = Aucune entrée ne correspond.

## Webhooks
ao-webhooks-title = Webhooks · Admin
ao-webhooks-heading = Webhooks
ao-webhooks-intro = Un webhook est un POST signé que Candor envoie à un autre système quand un pouls se clôture, qu'un résumé des résultats part ou qu'un accord change. Les envois attendent dans la boîte d'envoi comme les e-mails et sont réessayés jusqu'à ce que le point d'accès réponde 2xx. Chacun porte { $signature }, le HMAC-SHA256 de { $signed } avec le secret du point d'accès, et { $delivery }, le même à chaque nouvel essai.
ao-webhooks-registered = Webhook « { $name } » enregistré
ao-webhooks-copy = Copiez son secret de signature maintenant : il n'est affiché qu'une fois.
ao-webhooks-copy-why = Donnez-le au destinataire, qui vérifie avec lui la signature de chaque envoi.
ao-webhooks-removed = Retiré. Ses envois en attente sont annulés.
ao-webhooks-endpoints = Points d'accès des webhooks
ao-webhooks-caption = Points d'accès des webhooks, par nom
ao-webhooks-name = Nom
ao-webhooks-address = Adresse
ao-webhooks-events = Événements
ao-webhooks-since-utc = Depuis (UTC)
ao-webhooks-since = Depuis
ao-webhooks-remove = Retirer
ao-webhooks-remove-label = Retirer le webhook { $name }
ao-webhooks-none = Aucun webhook pour l'instant.
ao-webhooks-deliveries = Derniers envois
ao-webhooks-deliveries-label = Envois de webhooks
ao-webhooks-deliveries-caption = Les derniers envois de webhooks, du plus récent au plus ancien
ao-webhooks-event = Événement
ao-webhooks-state = État
ao-webhooks-tries = Essais
ao-webhooks-last-error = Dernière erreur
ao-webhooks-all-deliveries = Tous les envois dans la boîte d'envoi
ao-webhooks-nothing-delivered = Rien n'a encore été envoyé.
ao-webhooks-register = Enregistrer un point d'accès
ao-webhooks-nothing-registered = Rien n'a été enregistré.
ao-webhooks-name-label = Nom (lettres, chiffres, - et _)
ao-webhooks-url-label = Adresse (http:// ou https://)
ao-webhooks-register-button = Enregistrer
ao-refused-events = Cochez au moins un événement.
