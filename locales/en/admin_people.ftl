# The admin pages of people, teams and API tokens (/admin/people, /admin/people/{id},
# /admin/people/import, /admin/teams, /admin/teams/{slug}, /admin/tokens).
# Every id here must exist in every locale (tests/i18n.rs).

ap-crumb-admin = Admin
ap-nothing-saved = Nothing was saved.
ap-save = Save
ap-field-name = Name
ap-field-address = Address
ap-field-role = Role
ap-field-language = Language
ap-field-team = Team
ap-role-member = member
ap-role-lead = lead
ap-role-none = not in this team
ap-pages = Pages
ap-prev-page = Previous page
ap-next-page = Next page

## The people list
ap-people-title = People · Admin
ap-people = People
ap-people-removed = Removed. Their queued emails were cancelled; anonymous answers are untouched.
ap-people-import-link = Import a people file (CSV)
ap-people-search-label = Name or address
ap-people-all-teams = All teams
ap-people-search = Search
ap-people-count = { $total ->
        [one] { $matching } of 1 person
       *[other] { $matching } of { $total } people
    }
ap-people-page = page { $page } of { $pages }
ap-people-caption = People, their teams and the team each answers for
ap-people-col-teams = Teams
ap-people-col-answers-for = Answers for
ap-people-col-state = State
ap-state-active = active
ap-state-inactive = inactive
ap-people-none = Nobody matches.
ap-people-add = Add a person
ap-people-add-team-first = Add a team first.
ap-people-add-team = Team (the one they answer for)
ap-people-add-language = Language (of their invitations and survey)
ap-people-add-button = Add

## One person
ap-person-title = { $name } · People
ap-person-inactive = Inactive: not invited to pulses, and cannot read teams when signed in.
ap-person-email-hint = Their sign-in account moves to the new address too.
ap-person-language-hint = Their invitations, reminders and survey speak it.
ap-person-teams = Teams
ap-person-teams-hint = A person answers pulses for one team only (“answers for”); being a lead elsewhere gives access, not a second vote. To move someone, set the old team to “not in this team” and add the new one.
ap-person-answers-for = answers for it
ap-person-add-team = Add to a team
ap-person-add-as = as
ap-person-leaving = Leaving
ap-person-deactivate = Deactivate
ap-person-deactivate-hint = Keeps them and their teams; withdraws their invitations to open pulses and cancels the emails queued to them.
ap-person-reactivate = Reactivate
ap-person-remove-confirm = Remove { $name } for good: their teams, invitations and sign-in account go, queued emails are cancelled. Anonymous answers stay.
ap-person-remove = Remove
ap-person-done-saved = Saved.
ap-person-done-added = Added. They are invited from the next pulse of the team they answer for.
ap-person-done-deactivated = Deactivated: their invitations to open pulses were withdrawn and the emails queued to them cancelled.
ap-person-done-reactivated = Active again: the next pulse of the team they answer for invites them.

## Importing a people file
ap-import-title = Import people · Admin
ap-import-crumb = Import
ap-import-heading = Import a people file
ap-import-col-before = Teams now
ap-import-col-after = Teams after
ap-import-region = { $title }: the people
ap-import-section = { $title } ({ $count })
ap-import-done = Imported: { $added } added, { $changed } changed, { $moved } moved
ap-import-done-deactivated = , { $absent } deactivated (their open invitations withdrawn, their queued emails cancelled).
ap-import-done-kept = ; { $absent } not in the file kept as they are.
ap-import-back = Back to people
ap-import-would = This is what <strong>{ $file }</strong> would do. Nothing is stored until you confirm.
ap-import-added = Added
ap-import-changed = Changed (name, role, or active again)
ap-import-moved = Moved between teams
ap-import-absent = Not in the file (would leave)
ap-import-unchanged = { $count ->
        [one] 1 person is in the file as they are now.
       *[other] { $count } people are in the file as they are now.
    }
ap-import-absent-legend = { $count ->
        [one] The 1 person not in the file
       *[other] The { $count } people not in the file
    }
ap-import-absent-deactivate = deactivate them (they left: no more invitations, queued emails cancelled)
ap-import-absent-keep = keep them as they are (the file lists only some teams)
ap-import-button = Import
ap-import-another = Choose another file
ap-import-nothing = Nothing was imported.
ap-import-problems = { $count ->
        [one] The file has 1 problem; fix it and upload it again:
       *[other] The file has { $count } problems; fix them all and upload it again:
    }
ap-import-problem = line { $line }, { $field }: { $message }
ap-import-intro = A CSV file with the columns <code>email,name,team,role</code> and optionally <code>home</code> (<code>yes</code> on the row of the team a person answers for). Role is <code>member</code> or <code>lead</code>; a person in several teams has a row for each. For the people it lists, the file says all their teams: a team it does not list is one they leave.
ap-import-file = People file (.csv)
ap-import-preview = Preview
ap-import-the-file = the file
ap-import-unreadable = The file could not be read ({ $reason }). Nothing was imported; choose a .csv file and try again.

## Teams
ap-teams-title = Teams · Admin
ap-teams = Teams
ap-teams-table = Table: { $caption }
ap-teams-col-team = Team
ap-teams-col-members = Members
ap-teams-col-answering = Answering
ap-teams-col-threshold = Threshold
ap-teams-col-cadence = Cadence
ap-teams-under = , under { $parent }
ap-teams-with-below = ({ $group } with the teams below)
ap-teams-never-reached = never reached
ap-teams-archived-on = archived { $date }
ap-teams-launched-on = launched { $date }
ap-teams-not-launched = not launched
ap-teams-lede = Each team with the teams below it. “Answering” counts the people whose home team it is: one voice each.
    A team's results are shown only when its group (it and the teams below it) reaches its threshold.
ap-teams-none = No teams yet: create the first one below.
ap-teams-create = Create a team
ap-team-field-slug = Slug
ap-team-field-parent = Parent
ap-team-field-threshold = Threshold
ap-team-field-comment-threshold = Comment threshold
ap-team-field-timezone = Time zone
ap-team-field-cadence = Cadence
ap-team-field-days-open = Days open
ap-teams-slug-hint = Lower-case letters, digits and hyphens, e.g. <code>design</code>: the team's address (/teams/design). It cannot change later.
ap-team-no-parent = None (a team at the top)
ap-teams-threshold-hint = 3 to 10: the fewest answers a month needs before anything of it is shown.
ap-teams-create-button = Create the team
ap-teams-archived = Archived teams
ap-teams-archived-hint = No pulse opens for them; their pages and history stay.
ap-team-archived-mark = { $path } (archived)

## Cadences
ap-cadence-monthly = monthly
ap-cadence-quarterly = quarterly
ap-cadence-weeks = every { $weeks } weeks
ap-cadence-manual = manual
ap-cadence-monthly-long = Every month, on its first working day
ap-cadence-quarterly-long = Every quarter, on the first working day of January, April, July and October
ap-cadence-weeks-long = Every { $weeks } weeks, on the weekday of the first pulse
ap-cadence-manual-long = Only when opened by hand

## One team's settings
ap-team-title = { $team } · Team settings
ap-team-crumb-teams = Teams
ap-team-crumb-settings = Settings
ap-team-saved = Saved.
ap-team-archived-notice = Archived on { $date }: no pulse opens for it. Its page and history stay readable.
ap-team-name-hint = Renaming keeps the slug <code>{ $slug }</code>, so its addresses (/teams/{ $slug }) and links in emails stay the same.
ap-team-parent-hint = A team with published results cannot move: reports group past months by today's tree, and a move would let anyone work out its answers from the old and new figures.
ap-team-threshold-hint = 3 to 10: the fewest answers a month needs before anything of it is shown. Pulses already open keep theirs.
ap-team-comment-threshold-hint = The fewest answers before comments are shown: from the threshold to 10.
ap-team-thresholds-readonly = Threshold: <strong>{ $min }</strong> · comment threshold: <strong>{ $comment }</strong>. Only admins change the thresholds.
ap-team-timezone-hint = A name like Europe/Berlin or America/New_York: pulses open and close on the team's working days in it.
ap-team-cadence-hint = Once launched, the scheduler opens the team's pulses on this cadence, at 09:00 in its time zone; manual: pulses open only by hand.
    A team has at most one pulse a month, so results stay comparable and anonymous across teams.
ap-team-launched-on = Launched on { $date }.
ap-team-not-launched = Not launched yet: nothing is sent until an admin or lead launches it on <a href="/admin/pulses">Pulses</a>.
ap-team-days-open-hint = 1 to 21 days, shorter than the time between two pulses. Reminders go halfway and on the last day.
ap-team-publish = Publish to members: they may read the team page and get the summary email
ap-team-ask-helped = Ask “Did the changes since last month help?” in its pulses
ap-team-back = Back to the team
ap-team-survey = Survey
ap-team-survey-link = The questions { $team }’s pulses ask
ap-team-survey-rest = : its question sets, its own questions, their wording and the rotation.
ap-team-unarchive-heading = Take out of the archive
ap-team-archive-heading = Archive
ap-team-unarchive-text = Back from the archive, a launched team gets its monthly pulses again.
ap-team-unarchive = Unarchive { $team }
ap-team-archive-text = An archived team gets no more pulses. Nothing is deleted: its page, its history and its people stay. A team with an open pulse must close it first.
ap-team-archive = Archive { $team }

## API tokens
ap-tokens-title = API tokens · Admin
ap-tokens = API tokens
ap-tokens-intro = A token lets a script read team reports from <code>/api/v1</code> as the person it acts for, sent as <code>Authorization: Bearer TOKEN</code>.
ap-tokens-new = Token { $number } “{ $name }” for { $email }
ap-tokens-copy-now = Copy it now: it is shown once.
ap-tokens-copy-why = Candor keeps only a fingerprint of it and cannot show it again; if it is lost, revoke it and make another.
ap-tokens-revoked = Revoked. The token stops working at once.
ap-tokens-caption = API tokens, newest first
ap-tokens-col-acts-for = Acts for
ap-tokens-col-scope = Scope
ap-tokens-col-made-utc = Made (UTC)
ap-tokens-col-made = Made
ap-tokens-col-state = State
ap-tokens-revoked-on = revoked { $date }
ap-tokens-active = active
ap-tokens-revoke-label = Revoke token { $number } { $name }
ap-tokens-revoke = Revoke
ap-tokens-none = No API tokens yet.
ap-tokens-make = Make a token
ap-tokens-none-made = No token was made.
ap-tokens-name = Name (what it is for)
ap-tokens-acts-for = Acts for (the address of an account)
ap-tokens-scope-read = { $scope } (read team reports)
ap-tokens-make-button = Make the token

## Refusals made by these pages
ap-refused-email-empty = email: is empty
ap-refused-email-long = email: is longer than 254 characters
ap-refused-email = email: '{ $email }' is not a valid email address
ap-refused-role = role: '{ $role }' is not a role: use member, lead or admin
ap-refused-language = language: '{ $code }' is not a language Candor speaks; use en, de, fr, es or ar
ap-refused-team = team: choose one of the teams
ap-refused-confirm = Tick the box to say you mean to remove this person for good.
ap-refused-active = The form must say active=true or active=false.
ap-refused-absent = Choose whether the people missing from the file stay or leave.
ap-refused-not-utf8 = file: is not UTF-8 text: save it as “CSV UTF-8” and upload it again
ap-refused-threshold = Threshold: '{ $typed }' is not a number from 3 to 10
ap-refused-comment-threshold = Comment threshold: '{ $typed }' is not a number from 3 to 10
ap-refused-days-open = Days open: '{ $typed }' is not a number of days from 1 to 21
ap-refused-no-parent = Parent: there is no team '{ $slug }'
ap-refused-slug-taken = Slug: a team '{ $slug }' exists already; choose another slug.
ap-refused-no-team-here = There is no team at this address.
ap-refused-thresholds-admins = Only admins can change a team's thresholds: they decide what can be shown. Nothing was saved.
ap-refused-lead-move = Leads can move a team only under another team they lead; ask an admin for other moves. Nothing was saved.
ap-refused-token-name = Name: give the token a name of 1 to { $max } characters on one line, e.g. dashboards
ap-refused-token-scope = Scope: '{ $scope }' is not a scope; the scope is { $allowed }
ap-refused-token-account = Email: there is no account for { $email }: accounts are made at first sign-in
ap-refused-no-token-here = There is no API token at this address.
