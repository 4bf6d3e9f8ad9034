# La bibliothèque de questions (src/domain/library.rs) : les ensembles prêts et leurs questions.
set-default = Pouls de l’équipe
set-squad-health = Bilan de santé de l’équipe
set-decision-rights = Droits de décision et collaboration
set-psychological-safety = Sécurité psychologique
set-default-about = Confiance, clarté et équilibre de la charge (deux questions chacun), eNPS et un commentaire.
set-squad-health-about = Onze aspects de la santé d'une équipe, chacun noté rouge, orange ou vert.
set-decision-rights-about = Qui décide, délai des relectures et escalade entre Product et Engineering.
set-psychological-safety-about = Si les erreurs, les questions et les avis différents sont sans risque dans l'équipe.

three-1 = Rouge : pas bien
three-2 = Orange : quelques problèmes
three-3 = Vert : bien

survey-not-translated = (pas encore traduit)

question-squad_value = Ce que nous livrons compte pour les personnes qui l’utilisent.
question-squad_release = Mettre notre travail en production est simple et sûr.
question-squad_fun = Nous aimons travailler ensemble.
question-squad_codebase = Notre code est en bon état et facile à modifier.
question-squad_learning = Nous apprenons sans cesse des choses qui nous intéressent.
question-squad_mission = Nous savons pourquoi cette équipe existe, et cela nous motive.
question-squad_players = Nous décidons quoi construire et comment, au lieu de seulement exécuter des ordres.
question-squad_speed = Nous avançons vite, sans longues attentes auprès des autres.
question-squad_process = Notre façon de travailler nous convient.
question-squad_support = Nous obtenons de l’aide quand nous en demandons.
question-squad_teamwork = Nous travaillons comme une seule équipe, pas comme des individus côte à côte.
question-decisions_1 = Je sais qui a le dernier mot sur le périmètre et les priorités.
question-decisions_2 = Quand Produit et Ingénierie ne sont pas d’accord, c’est réglé vite et ouvertement.
question-collaboration_1 = Les relectures de mon travail reviennent dans le délai convenu.
question-collaboration_2 = Produit et Ingénierie s’impliquent mutuellement assez tôt.
question-safety_1 = Une erreur commise dans cette équipe n’est pas reprochée à la personne qui l’a faite.
question-safety_2 = Je peux demander de l’aide ici sans me sentir jugé·e.
question-safety_3 = Un avis différent est bienvenu ici, même quand il remet un plan en question.
