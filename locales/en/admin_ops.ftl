# The admin pages that run and watch Candor: pulses (/admin/pulses, a pulse's delivery, the
# launch and open-now pages, the invitation preview), the outbox, the audit log and webhooks.
# Every id here must exist in every locale (tests/i18n.rs).

## Shared
ao-crumb-admin = Admin
ao-crumb-pulses = Pulses
ao-not-now = Not now
ao-show = Show
ao-pages = Pages
ao-previous-page = Previous page
ao-next-page = Next page
# A day and time on the pulse pages, followed by the time and the team's zone.
ao-format-when = %a %-d %b %Y
ao-when = { $day } { $time } ({ $zone })
ao-people = { $count ->
        [one] { $count } person
       *[other] { $count } people
    }

## Email states and kinds (the machine values stay in the addresses)
ao-state-queued = queued
ao-state-sending = sending
ao-state-sent = sent
ao-state-failed = failed
ao-state-cancelled = cancelled
ao-state-retrying = will be tried again
ao-kind-invite = Invitation
ao-kind-remind-half = Halfway reminder
ao-kind-remind-last = Last-day reminder
ao-kind-summary = Results summary
ao-kind-review = Review reminder
ao-kind-login = Sign-in link
ao-kind-test = Test invitation
ao-kind-webhook = Webhook delivery
ao-kind-other = Other

## Cadences
ao-cadence-monthly = every month, on its first working day
ao-cadence-quarterly = every quarter, on the first working day of January, April, July and October
ao-cadence-weeks = every { $weeks } weeks, on the weekday of the first pulse
ao-cadence-manual = only when opened by hand

## The pulses list
ao-pulses-title = Pulses
ao-pulses-lede = Nothing goes out by itself: a team's pulses start when you launch its cadence, or open one now. Each step first says what goes to how many people, and when.
ao-pulses-launch-all = Launch all { $count } teams waiting…
ao-pulses-archived = Archived: no pulse opens for it.
ao-pulses-open-until = Open until { $closes }
ao-pulses-delivery-link = Delivery, and close early
ao-pulses-manual = Pulses open only by hand (cadence manual).
ao-pulses-launched = Launched: pulses open { $cadence }.
ao-pulses-not-launched = Not launched: no pulse opens for { $team } until you launch it ({ $cadence }).
ao-pulses-launch = Launch its pulses…
ao-pulses-open-now = Open a pulse now…
ao-pulses-would-invite = (it would invite { $people })
ao-pulses-preview-invitation = Preview the invitation, or send yourself a test
ao-pulses-preview-survey = Preview the survey
ao-pulses-closed = Closed:
ao-pulses-no-teams = No teams yet.
ao-pulses-add-team = Add one
ao-pulses-done-launched = Launched. The scheduler opens each month's pulse on the first working day.
ao-pulses-next = The { $month } pulse opens { $when }, invites { $people } and closes { $closes }.
ao-pulses-next-round = at the scheduler's next round (within a minute)

## Launch one team, launch all
ao-launch-title = Launch pulses · { $team }
ao-launch-crumb = Launch
ao-launch-heading = Launch pulses for { $team }?
ao-launch-already = They are launched already; launching again changes nothing.
ao-launch-manual-sentence = { $team } opens pulses only by hand (its cadence is manual): change the cadence in its settings, or open one now.
ao-launch-after = After that, each pulse opens on this cadence and stays open for the team's days open, with a reminder halfway and on the last day to those who have not answered. Results appear only for months with enough answers. The cadence and days open are in the
ao-launch-settings-link = team's settings
ao-launch-nobody = Nobody answers for { $team } yet: add people on
ao-launch-nobody-end = {" "}first, or the pulse asks no one.
ao-people-link = People
ao-launch-back = Back to pulses
ao-launch-button = Launch its pulses
ao-launch-all-title = Launch every team's pulses
ao-launch-all-crumb = Launch all
ao-launch-all-heading = { $count ->
        [one] Launch pulses for { $count } team?
       *[other] Launch pulses for { $count } teams?
    }
ao-launch-all-total = Their first pulses invite { $people } in all (each person answers for one team).
ao-launch-all-after = After that, each team's pulses open on its cadence (set in its settings).
ao-launch-all-button = Launch them all
ao-launch-all-none = Every team is launched already.

## Open a pulse now
ao-open-title = Open a pulse · { $team }
ao-open-crumb = Open now
ao-open-heading = Open a pulse for { $team } now?
ao-open-nothing = Nothing was opened.
ao-open-sentence = A pulse about { $month } opens now and invites { $people } (each person answers for one team, and nobody is asked twice in a month).
ao-open-within = The invitations go out within a minute of opening. You can close the pulse early from its delivery page.
ao-open-nobody = Nobody would be invited: add people on
ao-open-nobody-end = {" "}first.
ao-open-days = Days open
ao-open-days-hint = 1 to 60 days; it closes that many days from now.
ao-open-button = Open the pulse and send the invitations
ao-refused-days = Days open must be a whole number from 1 to 60.
ao-refused-not-lead = Only admins and team leads run pulses.
ao-refused-no-team = There is no team at this address.

## A pulse's delivery
ao-pulse-title = { $team } { $month } · Delivery
ao-pulse-heading = { $team }: the { $month } pulse
ao-pulse-open-until = Open until { $closes }.
ao-pulse-closed-on = Closed on { $closes }.
ao-pulse-its-emails = These are its emails; how many people answered is never shown while a pulse is open.
ao-pulse-delivery = Delivery
ao-pulse-table-label = Emails by kind and state
ao-pulse-caption = Emails of this pulse, by kind and state
ao-pulse-email = Email
ao-pulse-all = All
ao-pulse-no-emails = This pulse has no emails.
ao-pulse-not-delivered = Not delivered
ao-pulse-after-tries = { $state } after { $count ->
        [one] { $count } try
       *[other] { $count } tries
    }
ao-pulse-retry = Retry the { $count } failed
ao-pulse-cancel = Cancel the { $count } queued
ao-pulse-close-early = Close early
ao-pulse-close-explain = Closing now stops answers, publishes the month where enough people answered and queues the summary emails. It cannot be undone.
ao-pulse-close-button = Close this pulse now
ao-pulse-done-opened = Opened: its invitations are queued and go out within a minute.
ao-pulse-done-retried = The failed emails are queued again and will be tried within a minute.
ao-pulse-done-cancelled = The queued emails are cancelled: they stay listed here and are not sent.
ao-pulse-done-closed = Closed. Results appear on the team page where enough people answered; the summary emails are queued.

## The invitation preview
ao-invitation-title = Invitation preview · { $team }
ao-invitation-crumb = Invitation
ao-invitation-heading = The invitation { $team }'s people get
ao-invitation-each = Each person gets it with their own name and a one-time link. Here the links open the
ao-invitation-survey-link = survey's preview
ao-invitation-in = In:
ao-invitation-own-language = (each person gets it in their own language)
ao-invitation-subject = Subject
ao-invitation-text = Text
ao-invitation-test = Send yourself a test
ao-invitation-test-explain = The same email, marked "[Test]", goes to { $me }. It opens the preview: no pulse, invitation or answer is stored.
ao-invitation-test-button = Send me a test invitation
ao-invitation-done-sent = A test invitation to you is queued. Its links open the survey's preview; nothing is stored.

## The outbox
ao-outbox-title = Outbox · Admin
ao-outbox-heading = Outbox
ao-outbox-intro = Every email Candor queued, newest first. Bodies are not shown: sign-in links and invitations held one-time links.
ao-outbox-filter = Filter the emails
ao-outbox-state = State
ao-outbox-any-state = Any state
ao-outbox-kind = Kind
ao-outbox-any-kind = Any kind
ao-outbox-team = Team
ao-outbox-any-team = Any team
ao-outbox-pulse = Pulse number
ao-outbox-count = Page { $page } of { $pages } · { $total ->
        [one] { $total } email
       *[other] { $total } emails
    }
ao-outbox-emails = Emails
ao-outbox-caption = Emails, newest first
ao-outbox-to = To
ao-outbox-subject = Subject
ao-outbox-last-error = Last error
ao-outbox-queued-utc = Queued (UTC)
ao-outbox-sent-utc = Sent (UTC)
ao-outbox-queued = Queued
ao-outbox-sent = Sent
ao-outbox-tries = ({ $count } tries)
ao-outbox-none = No email matches.
ao-refused-state = State: “{ $typed }” is not a state; choose { $choices }
ao-refused-kind = Kind: “{ $typed }” is not a kind of email; choose { $choices }
ao-refused-team = Team: there is no team “{ $typed }”
ao-refused-pulse = Pulse: “{ $typed }” is not a pulse number
ao-refused-page = Page: “{ $typed }” is not a page number; pages count from 1

## The audit log
ao-audit-title = Audit log · Admin
ao-audit-heading = Audit log
ao-audit-intro = Who changed what, newest first. It names actions and what they were on, never an answer, a comment or a token.
ao-audit-filter = Filter the log
ao-audit-who-exactly = Who (exactly)
ao-audit-what-exactly = What (exactly)
ao-audit-count = Page { $page } of { $pages } · { $total ->
        [one] { $total } entry
       *[other] { $total } entries
    }
ao-audit-caption = Who changed what, newest first
ao-audit-when-utc = When (UTC)
ao-audit-when = When
ao-audit-who = Who
ao-audit-what = What
ao-audit-on = On
ao-audit-detail = Detail
ao-audit-none = No entry matches.

## Webhooks
ao-webhooks-title = Webhooks · Admin
ao-webhooks-heading = Webhooks
ao-webhooks-intro = A webhook is a signed POST that Candor sends to another system when a pulse closes, a results summary goes out, or an agreement changes. Deliveries wait in the outbox like email and are tried again until the endpoint answers 2xx. Each one carries { $signature }, the HMAC-SHA256 of { $signed } under the endpoint's secret, and { $delivery }, the same on every retry.
ao-webhooks-registered = Webhook “{ $name }” registered
ao-webhooks-copy = Copy its signing secret now: it is shown once.
ao-webhooks-copy-why = Give it to the receiver, which checks each delivery's signature with it.
ao-webhooks-removed = Removed. Its queued deliveries are cancelled.
ao-webhooks-endpoints = Webhook endpoints
ao-webhooks-caption = Webhook endpoints, by name
ao-webhooks-name = Name
ao-webhooks-address = Address
ao-webhooks-events = Events
ao-webhooks-since-utc = Since (UTC)
ao-webhooks-since = Since
ao-webhooks-remove = Remove
ao-webhooks-remove-label = Remove webhook { $name }
ao-webhooks-none = No webhooks yet.
ao-webhooks-deliveries = Newest deliveries
ao-webhooks-deliveries-label = Webhook deliveries
ao-webhooks-deliveries-caption = The newest webhook deliveries, newest first
ao-webhooks-event = Event
ao-webhooks-state = State
ao-webhooks-tries = Tries
ao-webhooks-last-error = Last error
ao-webhooks-all-deliveries = Every delivery in the outbox
ao-webhooks-nothing-delivered = Nothing delivered yet.
ao-webhooks-register = Register an endpoint
ao-webhooks-nothing-registered = Nothing was registered.
ao-webhooks-name-label = Name (letters, digits, - and _)
ao-webhooks-url-label = Address (http:// or https://)
ao-webhooks-register-button = Register
ao-refused-events = Tick at least one event.
