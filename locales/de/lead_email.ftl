# Die E-Mails an Leads und Admins: Anmeldelink, Erinnerung an die Überprüfung, Ergebnisübersicht.

format-date-long = %A, %-d. %B %Y

## Sign-in link
login-mail-subject = Dein Anmeldelink für Candor
login-mail-hello = Hallo,
login-mail-use-button = Mit diesem Knopf meldest du dich bei Candor an. Er funktioniert einmal, { $minutes } Minuten lang.
login-mail-use-link = Mit diesem Link meldest du dich bei Candor an. Er funktioniert einmal, { $minutes } Minuten lang:
login-mail-ignore = Wenn du keine Anmeldung angefordert hast, ignoriere diese E-Mail; ohne den Link passiert nichts.
login-mail-signature = - Candor

## Review reminder
review-subject-due = Überprüfung fällig: { $title } ({ $team })
review-subject-overdue = Überprüfung überfällig: { $title } ({ $team })
review-title = Überprüfung: { $title }
review-due-on = Die Arbeitsvereinbarung „{ $title }“ von { $team } ist am { $due_on } zur Überprüfung fällig.
review-overdue = (überfällig)
review-every = Sie wird alle { $days } Tage überprüft; der aktuelle Text ist Version { $version } vom { $version_on }.
review-current = Der aktuelle Text ist Version { $version } vom { $version_on }.
review-read-button = Neben den Pulsergebnissen lesen
review-read-text = Lies sie neben den Pulsergebnissen des Teams:
review-holds = Wenn sie noch gilt, drück auf ihrer Seite „Gilt noch“:
review-change = Wenn sie eine Änderung braucht, speichere eine neue Version mit einer Notiz, warum:
review-its-work = Ihre Arbeit:
review-why = Du bekommst diese E-Mail einmal pro Fälligkeitsdatum, als Lead von { $team }.
