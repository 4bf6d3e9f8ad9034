# La vue d'ensemble de l'administration (/admin) ; les autres pages d'administration sont dans admin_people.ftl et admin_ops.ftl.

admin-teams-what = créer des équipes, changer leur nom, leur équipe parente, leur seuil et leurs réglages, ou les archiver.
admin-pulses-what = lancer des équipes, ouvrir un pouls, prévisualiser l'invitation et suivre l'envoi de chaque pouls.
admin-people-what = ajouter, déplacer, désactiver ou retirer des personnes, ou importer un fichier de personnes.
admin-outbox = Boîte d'envoi
admin-outbox-what = chaque e-mail, par état, type, équipe et pouls, avec ce qui n'a pas fonctionné.
admin-tokens = Jetons d'API
admin-tokens-what = créer et révoquer des jetons pour les scripts qui lisent les rapports.
admin-audit = Journal d'audit
admin-audit-what = qui a changé quoi, et quand.
admin-no-email = Aucun e-mail pour l'instant.
admin-webhooks = Webhooks
admin-webhooks-what = des POST signés vers d'autres systèmes quand un pouls se clôture, qu'un résumé part ou qu'un accord change, avec leurs envois.
