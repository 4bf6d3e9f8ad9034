# The emails staff receive: the invitation, the reminders, the results summary.

email-hi = Hi { $name },
email-signature = - Candor, for { $team }
email-open = Open the pulse
email-anonymous = Your answers are anonymous: they are stored without your name, this link or a time, and results are shown only for groups of at least { $min_group } people, after the pulse closes.

## Invitation
invite-subject = { $team }: { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } for this month's team pulse
invite-title = { $team } team pulse
invite-intro = How is { $team } doing this month? { $count ->
        [one] One short question
       *[other] { $count } short questions
    }, { $minutes ->
        [one] about a minute
       *[other] about { $minutes } minutes
    }, on any device.
invite-answer-here = Answer here (the link is yours and works once):
invite-first-question = Or start with the first question - "{ $question }":
invite-quick-note = Choosing an answer opens the form with it filled in; nothing is sent until you press Send.
invite-link-once = The link is yours and works once. The pulse closes on { $closes_on }.
invite-closes = The pulse closes on { $closes_on }.

## Reminders
reminder-subject-half = Reminder: { $team } team pulse
reminder-subject-last = Last day: { $team } team pulse
reminder-last-day = The { $team } pulse closes on { $closes_on }: today is the last day to answer.
reminder-halfway = The { $team } pulse is open until { $closes_on }. If you have a minute, your answers help.
reminder-anonymous = { $minutes ->
        [one] It takes about a minute, and your answers are anonymous.
       *[other] It takes about { $minutes } minutes, and your answers are anonymous.
    }
reminder-answer-here = Answer here (a fresh link; the one in your first email works too, once):
reminder-at-most = You get at most two reminders, never at weekends, and none once you have answered.

## Results summary
summary-subject = { $team }: results of the { $month } pulse
summary-title = { $team }: { $month } results
summary-closed = The { $team } pulse for { $month } has closed.
summary-no-figures = No figures are shown for this month, to keep everyone's answers anonymous.
summary-of-five = { $mean } of 5
summary-too-few = Too few answers to show.
summary-in-short = In short
summary-changes = What we said we would change
summary-done = done
summary-open = open
summary-see-team = See the team page
summary-team-page = Trends, answers by month and comments are on the team page:
summary-because-lead = You receive this because you lead { $team }.
summary-because-member = You receive this because { $team } shares its results with its members.
summary-threshold = Results are only ever shown for groups of at least { $min_group } people.
