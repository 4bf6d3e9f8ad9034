# L'espace de travail des responsables et des admins : menu, connexion, accueil, pages d'erreur.

## Menu
nav-main = Menu principal
nav-home = Accueil
nav-admin = Administration
nav-signed-in-as = Connecté·e en tant que { $email }
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter

## Sign-in
login-title = Connexion
login-lede = Les responsables et les admins se connectent pour lire les rapports et y répondre. Répondre à un pouls ne demande aucun compte : utilisez le lien de votre e-mail.
login-email = E-mail professionnel
login-send-link = M'envoyer un lien de connexion
login-with-password = Se connecter plutôt avec un mot de passe
login-password = Mot de passe
login-button = Se connecter
login-mismatch = Cette adresse et ce mot de passe ne correspondent pas.
login-confirm-heading = Se connecter à Candor
login-sent-title = Consultez vos e-mails
login-sent-body = Si cette adresse peut se connecter à Candor, un lien de connexion est en route. Il fonctionne une fois, pendant { $minutes } minutes.
login-sent-other = Utiliser une autre adresse

## Home
home-title = Accueil
home-about = Candor mène chaque mois des pouls d'équipe anonymes et publie les résultats à côté des accords de travail de l'équipe.
home-sign-in-to = Connectez-vous pour voir les équipes que vous dirigez ou dont vous faites partie.
home-no-account = Répondre à un pouls ne demande aucun compte : utilisez le lien de votre e-mail.
home-your-teams = Vos équipes
home-first-steps = Rien n'est encore configuré. Les premières étapes :
home-step-teams = Ajoutez vos équipes, chacune avec celle dont elle fait partie :
home-step-people = Importez vos collaborateurs depuis un fichier CSV (vous voyez qui est ajouté avant que rien ne soit enregistré) :
home-step-pulses = Lancez les pouls de chaque équipe quand vous êtes prêt·e (rien n'est envoyé avant) :
home-no-team = Vous ne faites encore partie d'aucune équipe qui partage ses résultats avec vous. Quand les responsables de votre équipe les publieront, ils apparaîtront ici.
home-waiting = { $count ->
        [one] 1 équipe attend son lancement : elle ne reçoit aucun pouls tant que vous n'avez pas lancé son rythme dans
       *[other] { $count } équipes attendent leur lancement : elles ne reçoivent aucun pouls tant que vous n'avez pas lancé leur rythme dans
    }
home-part-of = Fait partie de { $team }
home-open-until = Un pouls est ouvert jusqu'au
home-new = Nouveau :
home-new-results = les résultats de { $month } sont publiés.
home-latest = Derniers résultats : { $month }.
home-no-results = Pas encore de résultats.
home-overdue = { $count ->
        [one] 1 action en retard.
       *[other] { $count } actions en retard.
    }
home-review-due = Revue à faire :
home-next = Ensuite :
home-next-answer = Répondre aux résultats de { $month } : ce que vous avez entendu et ce que vous changez
home-next-review = Revoir « { $title } » : est-ce toujours valable ?
home-next-overdue = { $count ->
        [one] Rattraper 1 action en retard
       *[other] Rattraper { $count } actions en retard
    }
home-next-pulse = Répondez au pouls de ce mois avec le lien de votre e-mail (cela prend une minute)
home-next-read = Lisez les résultats de { $month } et ce que les responsables y ont répondu

## Admin menu names (also used on the home page)
admin-teams = Équipes
admin-people = Personnes
admin-pulses = Pouls

## Error pages
error-title-400 = Cette requête n'a pas pu être lue
error-title-401 = Veuillez vous connecter
error-title-403 = Vous n'avez pas accès à ceci
error-title-404 = Il n'y a rien à cette adresse
error-title-405 = Cette adresse ne fait pas cela
error-title-409 = C'est déjà fait, ou impossible pour le moment
error-title-410 = Ce n'est plus disponible
error-title-413 = C'est trop volumineux
error-title-422 = Certaines réponses sont à revoir
error-title-429 = Trop de tentatives
error-title-503 = Candor est occupé : réessayez dans un instant
error-title-500 = Un problème est survenu de notre côté
error-title-other = Cela n'a pas fonctionné
error-no-page = Il n'y a pas de page à cette adresse.
error-method = Cette adresse n'accepte pas ce type de requête. Revenez en arrière et utilisez les boutons de la page.
error-unexpected = Un problème est survenu de notre côté. Il a été consigné ; veuillez réessayer plus tard.
error-busy = Candor est occupé pour le moment. Rien n'a été enregistré ; veuillez réessayer dans un instant.
