# The workspace for leads and admins: menu, sign-in, home page, error pages.
# Every id here must exist in every locale (tests/i18n.rs).

## Menu
nav-main = Main
nav-home = Home
nav-admin = Admin
nav-signed-in-as = Signed in as { $email }
nav-sign-in = Sign in
nav-sign-out = Sign out

## Sign-in
login-title = Sign in
login-lede = Leads and admins sign in to read reports and answer them. Answering a pulse needs no account: use the link in your email.
login-email = Work email
login-send-link = Email me a sign-in link
login-with-password = Sign in with a password instead
login-password = Password
login-button = Sign in
login-mismatch = That address and password do not match.
login-confirm-heading = Sign in to Candor
login-sent-title = Check your email
login-sent-body = If that address can sign in to Candor, a sign-in link is on its way. It works once, for { $minutes } minutes.
login-sent-other = Use another address

## Home
home-title = Home
home-about = Candor runs monthly anonymous team pulses and publishes the results next to the team's working agreements.
home-sign-in-to = Sign in to see the teams you lead or belong to.
home-no-account = Answering a pulse needs no account: use the link in your email.
home-your-teams = Your teams
home-first-steps = Nothing is set up yet. The first steps:
home-step-teams = Add your teams, with the one each belongs to:
home-step-people = Import your people from a CSV file (you see who is added before anything is stored):
home-step-pulses = Launch each team's pulses when you are ready (nothing is sent before):
home-no-team = You are not in a team that shares its results with you yet. When your team's leads publish them, they appear here.
home-waiting = { $count ->
        [one] 1 team is waiting for launch: no pulse is sent to it until you launch its cadence on
       *[other] { $count } teams are waiting for launch: no pulse is sent to them until you launch their cadence on
    }
home-part-of = Part of { $team }
home-open-until = A pulse is open until
home-new = New:
home-new-results = the { $month } results are out.
home-latest = Latest results: { $month }.
home-no-results = No results yet.
home-overdue = { $count ->
        [one] 1 action overdue.
       *[other] { $count } actions overdue.
    }
home-review-due = Review due:
home-next = Next:
home-next-answer = Answer the { $month } results: what you heard and what you change
home-next-review = Review “{ $title }”: does it still hold?
home-next-overdue = { $count ->
        [one] Catch up on 1 overdue action
       *[other] Catch up on { $count } overdue actions
    }
home-next-pulse = Answer this month's pulse with the link in your email (it takes a minute)
home-next-read = Read the { $month } results and what the leads answered

## Admin menu names (also used on the home page)
admin-teams = Teams
admin-people = People
admin-pulses = Pulses

## Error pages
error-title-400 = That request could not be read
error-title-401 = Please sign in
error-title-403 = You do not have access to this
error-title-404 = Nothing is at this address
error-title-405 = This address does not do that
error-title-409 = That was done already, or cannot be done now
error-title-410 = This is no longer available
error-title-413 = That is too large
error-title-422 = Some answers need another look
error-title-429 = Too many attempts
error-title-503 = Candor is busy: try again in a moment
error-title-500 = Something went wrong on our side
error-title-other = That did not work
error-no-page = There is no page at this address.
error-method = This address does not take that kind of request. Go back and use the page's buttons.
error-unexpected = Something went wrong on our side. It has been logged; please try again later.
error-busy = Candor is busy right now. Nothing was saved; please try again in a moment.
