# Single Sign-on mit dem Identitätsanbieter des Unternehmens und die Anmeldewege, die der Betrieb abschalten kann.
# Jede ID hier muss es in jeder Sprache geben (tests/i18n.rs).

login-sso = Mit { $name } anmelden
login-or = Oder mit Candors eigener Anmeldung:
login-links-off = Anmeldelinks sind hier abgeschaltet: Nutzen Sie das Single Sign-on Ihres Unternehmens.
login-passwords-off = Passwörter sind hier abgeschaltet: Nutzen Sie das Single Sign-on Ihres Unternehmens.
sso-provider-refused = Der Identitätsanbieter hat Sie nicht angemeldet: { $reason }. Beginnen Sie auf der Anmeldeseite neu.
sso-incomplete = Der Antwort des Identitätsanbieters fehlen Code oder State. Beginnen Sie auf der Anmeldeseite neu.
sso-other-browser = Diese Anmeldung hat nicht in diesem Browser begonnen (oder ihr Cookie ging verloren). Beginnen Sie auf der Anmeldeseite neu.
sso-used = Diese Anmeldung wurde schon abgeschlossen oder ist älter als 10 Minuten. Beginnen Sie auf der Anmeldeseite neu.
sso-refused = Die Antwort des Identitätsanbieters hat Candors Prüfungen nicht bestanden ({ $reason }). Niemand wurde angemeldet; beginnen Sie neu und sagen Sie Ihrem Admin Bescheid, wenn es wieder passiert.
sso-no-email = Der Identitätsanbieter hat Ihre E-Mail-Adresse nicht genannt, die Candor braucht, um Sie zu finden. Bitten Sie Ihren Admin, Candor den E-Mail-Claim freizugeben.
sso-unverified = Der Identitätsanbieter hat die Adresse { $email } nicht bestätigt. Bestätigen Sie sie dort und melden Sie sich dann neu an.
sso-unknown = Sie haben sich als { $email } angemeldet, aber Candor kennt niemanden mit dieser Adresse. Bitten Sie Ihr People-Team, Sie hinzuzufügen, oder melden Sie sich mit der Adresse an, die es kennt.
