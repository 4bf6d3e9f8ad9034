# L'authentification unique avec le fournisseur d'identité de l'entreprise, et les façons de se connecter que l'exploitation peut couper.
# Chaque identifiant ici doit exister dans chaque langue (tests/i18n.rs).

login-sso = Se connecter avec { $name }
login-or = Ou se connecter avec la connexion propre à Candor :
login-links-off = Les liens de connexion sont désactivés ici : utilisez l'authentification unique de votre entreprise.
login-passwords-off = Les mots de passe sont désactivés ici : utilisez l'authentification unique de votre entreprise.
sso-provider-refused = Le fournisseur d'identité ne vous a pas connecté : { $reason }. Recommencez depuis la page de connexion.
sso-incomplete = Il manque le code ou l'état dans la réponse du fournisseur d'identité. Recommencez depuis la page de connexion.
sso-other-browser = Cette connexion n'a pas commencé dans ce navigateur (ou son cookie s'est perdu). Recommencez depuis la page de connexion.
sso-used = Cette connexion est déjà terminée ou date de plus de 10 minutes. Recommencez depuis la page de connexion.
sso-refused = La réponse du fournisseur d'identité n'a pas passé les contrôles de Candor ({ $reason }). Personne n'a été connecté ; recommencez, et prévenez votre admin si cela se reproduit.
sso-no-email = Le fournisseur d'identité n'a pas donné votre adresse e-mail, dont Candor a besoin pour vous trouver. Demandez à votre admin de transmettre l'attribut e-mail à Candor.
sso-unverified = Le fournisseur d'identité n'a pas vérifié l'adresse { $email }. Vérifiez-la chez lui, puis reconnectez-vous.
sso-unknown = Vous vous êtes connecté en tant que { $email }, mais Candor ne connaît personne avec cette adresse. Demandez à votre équipe RH de vous ajouter, ou connectez-vous avec l'adresse qu'elle connaît.
