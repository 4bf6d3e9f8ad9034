# Refusals: what the domain says when it refuses a value, in full sentences a page can show.
# Every id here must exist in every locale (tests/i18n.rs).

## Teams
refused-team-threshold = The threshold must be a number from { $min } to { $max }.
refused-team-name = The name of a team must be one line of 1 to { $max } characters.
refused-team-timezone = '{ $zone }' is not a time zone: use a name like Europe/Berlin.
refused-team-comment-threshold = The comment threshold { $value } is not between the threshold ({ $min }) and { $max }.
refused-team-parent-itself = A team cannot sit under itself: choose a team other than { $team } as its parent.
refused-team-parent-below = { $parent } is below { $team }, so { $team } cannot sit under it.
refused-team-parent-unknown = There is no team '{ $slug }' to sit under: choose the parent among the teams.

## Cadence and pulses
refused-cadence-weeks = Every { $weeks } weeks is not possible: choose from { $min } to { $max } weeks (a team has at most one pulse a month).
refused-cadence-unknown = '{ $cadence }' is not a cadence: use monthly, quarterly, weeks:N (N from { $min } to { $max }) or manual.
refused-days-open = A pulse stays open from { $min } to { $max } days, not { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
refused-days-open-gap = { $days } days open is not shorter than the { $weeks } weeks between pulses: choose fewer days.
refused-pulse-closes-past = The pulse must close in the future.
refused-launch-manual = { $team } opens pulses only by hand (cadence manual): open one now instead.

## Follow-ups
refused-followup-note-empty = The note is empty: a follow-up needs a note of 1 to { $max } characters.
refused-followup-note-long = The note is too long: it has { $count } characters, and a note must be 1 to { $max } characters.
refused-followup-note-nul = The note cannot contain a NUL character.
refused-followup-action-unknown = Action { $action } is not part of this follow-up.

## Agreements
refused-agreement-empty = The text is empty: an agreement needs some text.
refused-agreement-long = The text is longer than { $max } bytes.
refused-agreement-nul = The text contains a NUL character; is it a text file?
refused-agreement-title = The title must be one line of 1 to { $max } characters.
refused-agreement-author = The name of the author must be one line of 1 to { $max } characters.
refused-agreement-note = What changed and why must be one line of 1 to { $max } characters.
refused-agreement-title-slug = Candor cannot make a slug from '{ $title }' for the agreement's address: the title needs some letters or digits.
refused-agreement-title-new = The title '{ $title }' names the page that adds agreements: choose a longer title.
refused-agreement-unchanged = The text is the same as version { $version }: nothing to save (`candor agreement reviewed --team { $team } { $agreement }` records a review without change).
refused-link-address = The link on line { $line }, '{ $address }', is not a web address: start it with https://.
refused-link-address-long = The link on line { $line } is longer than { $max } characters.
refused-link-title = The title of the link on line { $line } must be one line of up to { $max } characters.
refused-links-too-many = Keep at most { $max } links; there are { $count }.

## A team's survey
refused-survey-set-not-asked = The survey does not ask the set '{ $set }': add it first.
refused-survey-set-unknown = There is no set '{ $set }': the library has { $known }.
refused-survey-too-many = A survey asks at most { $max } questions.
refused-question-key = The key '{ $key }' does not fit: use 1 to { $max } lower-case letters, digits and _, starting with a letter.
refused-question-dimension = The dimension '{ $key }' does not fit: use 1 to { $max } lower-case letters, digits and _, starting with a letter.
refused-question-key-taken = The key '{ $key }' is taken; choose another key.
refused-question-second-comment = The survey has its comment question already: edit its text instead.
refused-question-dimension-reserved = The dimension '{ $dimension }' is reserved: choose another name.
refused-question-enps = An eNPS question goes in the dimension { $enps }, and only it.
refused-question-dimension-kind = The dimension '{ $dimension }' holds { $kind } questions: a dimension's questions share one kind, and a choice question has its dimension to itself.
refused-question-text = The text of a question must have 1 to { $max } characters.
refused-question-changes-helped = The question "did the changes help?" is not retired here: it is turned off in the team's settings.
refused-option-text = Every option needs a text in { $language ->
        [en] English
        [de] German
        [fr] French
        [es] Spanish
        [ar] Arabic
       *[other] { $language }
    }.
refused-option-count = A choice question has { $min } to { $max } options, not { $count }.
refused-option-not-choice = Only a choice question has options.

## Webhooks
refused-webhook-taken = A webhook '{ $name }' exists already: choose another name.
refused-webhook-name = The name of a webhook must be 1 to { $max } letters, digits, '-' or '_'.
refused-webhook-url = '{ $url }' is not a URL: give an http:// or https:// address with a host.
refused-webhook-url-scheme = '{ $url }' is not a web address: give an http:// or https:// address with a host.
refused-webhook-url-user = Leave the user and password out of the address: deliveries are signed.
refused-webhook-event = There is no event '{ $event }': the events are { $known }.

## People
refused-person-name-empty = The name is empty: a person needs a name.
refused-person-name-long = The name is longer than { $max } characters.
refused-person-name-nul = The name contains a NUL character.
refused-person-no-team = A person needs at least one team; to take someone off the list, remove them.
refused-person-home-not-member = A person answers only for one of their teams.
refused-home-not-member = A person answers only for a team they belong to.

## The forms of the pages and the access checks (src/http)
refused-period = '{ $period }' is not a month: use YYYY-MM, like 2026-03.
refused-slug = '{ $slug }' is not a slug: use lower-case letters, digits and single hyphens, like 'platform-team'.
refused-slug-long = '{ $slug }' is longer than { $max } characters.
refused-action-shape = '{ $action }' is not an action: use "TEXT;OWNER;YYYY-MM-DD" (the date may be left out).
refused-action-nul = An action cannot contain a NUL character.
refused-action-text = An action's text must be 1 to { $max } characters.
refused-action-owner = An action needs an owner (1 to { $max } characters).
refused-action-due = '{ $date }' is not a date: use YYYY-MM-DD.
refused-action-row-shape = Action { $row } cannot be read: give it a text, an owner and, if you like, a due date.
refused-action-row-nul = Action { $row } cannot contain a NUL character.
refused-action-row-text = The text of action { $row } must be 1 to { $max } characters.
refused-action-row-owner = Action { $row } needs an owner (1 to { $max } characters).
refused-action-row-due = The due date of action { $row }, '{ $date }', is not a date: use YYYY-MM-DD.
refused-relates = '{ $dimension }' is not a dimension: use any of { $known }, separated by commas.
refused-review-every = { $days } is not a review cadence: use 1 to { $max } days, e.g. 90 for every quarter.
refused-review-every-number = '{ $typed }' is not a number of days.
refused-agreement-nothing-changed = The text is the same as version { $version } and no setting changed, so there is nothing to save. If it still holds, press “Still holds” on the agreement's page.
refused-option-lines = Give one option in { $language ->
        [en] English
        [de] German
        [fr] French
        [es] Spanish
        [ar] Arabic
       *[other] { $language }
    } for each option ({ $count } of them), in the same order.
refused-question-kind = Choose one of the kinds offered.
refused-no-team = There is no team at this address.
refused-only-leads = Only the leads of '{ $team }' and admins can do this.
