# Die Übersicht der Verwaltung (/admin); die anderen Verwaltungsseiten stehen in admin_people.ftl und admin_ops.ftl.

admin-teams-what = Teams anlegen und ihre Namen, übergeordneten Teams, Schwellen und Einstellungen ändern oder sie archivieren.
admin-pulses-what = Teams starten, einen Puls öffnen, die Einladung ansehen und die Zustellung jedes Pulses verfolgen.
admin-people-what = Personen hinzufügen, verschieben, deaktivieren oder entfernen oder eine Personendatei importieren.
admin-outbox = Postausgang
admin-outbox-what = jede E-Mail, nach Status, Art, Team und Puls, mit dem, was schiefging.
admin-tokens = API-Tokens
admin-tokens-what = Tokens für Skripte, die Berichte lesen, erstellen und widerrufen.
admin-audit = Protokoll
admin-audit-what = wer was wann geändert hat.
admin-no-email = Noch keine E-Mail.
admin-webhooks = Webhooks
admin-webhooks-what = signierte POST-Anfragen an andere Systeme, wenn ein Puls schließt, eine Übersicht verschickt wird oder sich eine Vereinbarung ändert, mit ihren Zustellungen.
