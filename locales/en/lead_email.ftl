# The emails leads and admins receive: the sign-in link, the review reminder, the results summary.
# Every id here must exist in every locale (tests/i18n.rs).

format-date-long = %A %-d %B %Y

## Sign-in link
login-mail-subject = Your Candor sign-in link
login-mail-hello = Hello,
login-mail-use-button = Use this button to sign in to Candor. It works once, for { $minutes } minutes.
login-mail-use-link = Use this link to sign in to Candor. It works once, for { $minutes } minutes:
login-mail-ignore = If you did not ask to sign in, ignore this email; nothing happens without the link.
login-mail-signature = - Candor

## Review reminder
review-subject-due = Review due: { $title } ({ $team })
review-subject-overdue = Review overdue: { $title } ({ $team })
review-title = Review: { $title }
review-due-on = The { $team } working agreement "{ $title }" is due for review on { $due_on }.
review-overdue = (overdue)
review-every = It is reviewed every { $days } days; the current text is version { $version }, from { $version_on }.
review-current = The current text is version { $version }, from { $version_on }.
review-read-button = Read it next to the pulse results
review-read-text = Read it next to the team's pulse results:
review-holds = If it still holds, press "Still holds" on its page:
review-change = If it needs a change, save a new version with a note saying why:
review-its-work = Its work:
review-why = You get this email once for each due date, as a lead of { $team }.
