# La page où un admin choisit et modifie l'enquête d'une équipe (/admin/teams/{slug}/survey).
# Chaque identifiant ici doit exister dans chaque langue (tests/i18n.rs).

survey-admin-title = { $team } · Enquête
survey-admin-crumb-admin = Admin
survey-admin-crumb-teams = Équipes
survey-admin-crumb-settings = Réglages
survey-admin-crumb-survey = Enquête
survey-admin-heading = { $team } : enquête
survey-admin-summary = { $count ->
        [one] Une question, environ { $minutes } min.
       *[other] { $count } questions, environ { $minutes } min.
    }
survey-admin-keeps = Un pouls garde l'enquête avec laquelle il s'est ouvert : ce que vous changez ici est demandé à partir du prochain pouls qui s'ouvre.
survey-admin-open = Un pouls est ouvert jusqu'au { $until } : il continue de poser ce avec quoi il s'est ouvert.
survey-admin-preview = Voir l'enquête telle que les membres de l'équipe la reçoivent
survey-admin-nothing-saved = Rien n'a été enregistré.
survey-admin-see-form = Aller au formulaire
survey-admin-skip-sets = Séries de questions
survey-admin-skip-add = Ajouter une question
survey-admin-skip-rotation = Alternance

## Fait
survey-admin-done-use = Les questions de « { $subject } » ont été ajoutées.
survey-admin-done-drop = « { $subject } » n'est plus posée ; ses réponses restent dans les rapports.
survey-admin-done-add = La question { $subject } a été ajoutée.
survey-admin-done-edit = La question { $subject } a une nouvelle formulation : une nouvelle version.
survey-admin-done-retire = La question { $subject } n'est plus posée ; ses réponses restent dans les rapports.
survey-admin-done-rotation = L'alternance a été enregistrée.

## Les questions
survey-admin-questions = Les questions posées
survey-admin-dimension = Dimension : { $dimension }
survey-admin-version = version { $version }
survey-admin-from-set = série { $set }
survey-admin-own = propre
survey-admin-optional = facultative
survey-admin-in-language = écrite en { $language }
survey-admin-library-languages = dans toutes les langues (bibliothèque)
survey-admin-translated = aussi en : { $languages }
survey-admin-not-translated = pas de traduction
survey-admin-options = Options
survey-admin-edit-summary = Changer la formulation de { $key }
survey-admin-edit-version = Enregistrer un nouveau texte, une traduction ou des options crée la version { $next } de { $key } : les rapports marquent le mois où la formulation a changé et y recommencent sa tendance.
survey-admin-edit-save = Enregistrer la version { $next }
survey-admin-retire = Retirer { $key }
survey-admin-retire-hint = Une question retirée n'est plus posée ; ses réponses restent dans les rapports.

## Types
survey-admin-kind = Type
survey-admin-kind-likert5 = D'accord ou pas, de 1 à 5
survey-admin-kind-three = Feu tricolore : rouge, orange, vert
survey-admin-kind-enps = Recommandation, de 0 à 10 (eNPS)
survey-admin-kind-choice = Une option parmi plusieurs
survey-admin-kind-comment = Un commentaire en mots

## Langues
survey-admin-lang-en = anglais
survey-admin-lang-de = allemand
survey-admin-lang-fr = français
survey-admin-lang-es = espagnol
survey-admin-lang-ar = arabe
survey-admin-text-en = Texte en anglais
survey-admin-text-optional = Texte en { $language } (facultatif)
survey-admin-text = Texte en { $language }
survey-admin-translations-hint = Là où une langue n'a pas de texte, ses lecteurs voient la question dans sa propre langue, marquée « pas encore traduite ».

## Séries
survey-admin-sets = Séries de questions
survey-admin-sets-intro = Des séries toutes prêtes de la bibliothèque. Utiliser une série ajoute ses questions que l'enquête ne pose pas encore ; l'abandonner cesse de les poser (leurs réponses restent dans les rapports).
survey-admin-set-asked = { $total ->
        [one] Posées : { $asked } de sa question.
       *[other] Posées : { $asked } de ses { $total } questions.
    }
survey-admin-set-rotated = Posée un pouls sur deux.
survey-admin-use = Utiliser { $set }
survey-admin-drop = Abandonner { $set }

## Alternance
survey-admin-rotation = Alternance
survey-admin-rotation-intro = Pour garder les pouls courts, une des séries de l'enquête peut n'être posée qu'un pouls sur deux : le premier pouls de l'équipe la pose, le deuxième la laisse de côté, et ainsi de suite. Chaque pouls garde ce qu'il a posé.
survey-admin-rotation-label = Série posée un pouls sur deux
survey-admin-rotation-none = Aucune : toutes les séries à chaque pouls
survey-admin-rotation-save = Enregistrer l'alternance

## Ajouter une question
survey-admin-add = Ajouter une question propre à l'équipe
survey-admin-key = Clé
survey-admin-key-hint = De 1 à 40 lettres minuscules, chiffres et _, en commençant par une lettre. Elle reste quand la formulation change et ne peut pas être une clé de la bibliothèque.
survey-admin-dimension-label = Dimension
survey-admin-dimension-hint = Ce qu'elle mesure : une dimension de l'enquête (trust, workload, …) ou une nouvelle. Les questions d'une dimension ont un seul type ; une question à choix a sa dimension pour elle seule ; une question eNPS va dans enps. Une enquête a une seule question de commentaire.
survey-admin-options-label = Options, une par ligne
survey-admin-options-hint = Seulement pour une question à choix : de 2 à 12 options, dans l'ordre où elles s'affichent.
survey-admin-options-in = Options en { $language }, une par ligne, dans le même ordre
survey-admin-options-others = Options dans d'autres langues (facultatif)
survey-admin-may-skip = On peut la laisser sans réponse
survey-admin-add-save = Ajouter la question
