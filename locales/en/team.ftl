# The team page, its charts and report sentences, and the results summary email's figures.
# Every id here must exist in every locale (tests/i18n.rs).

## Formats
format-month-name = %B
format-month-short = %b

## The team page
team-lede = Results of the team's closed pulses. A month is shown only when at least { $min_group } people answered and no smaller group can be worked out from it.
team-archived = This team is archived: no more pulses open for it. Its results stay here.
team-open-until = A pulse is open until { $until }.
team-open-results = Results appear after it closes, for months with enough answers.
team-failing = { $count ->
        [one] 1 invitation is failing to reach people
       *[other] { $count } invitations are failing to reach people
    }
team-failing-see = see who, why, and retry
team-failing-leads = the team's leads can see who and retry
team-settings = Team settings
team-at-a-glance = At a glance
team-verdicts-how = How these are decided: under half favourable, a fall beyond noise (q < 0.05) or a falling trend needs attention; a rise beyond noise or a rising trend is improving; the numbers and tests are below.
team-in-short = In short
team-of-points = of { $points }
team-rise = significant rise
team-fall = significant fall
team-interval = 95% interval { $range }
team-wording-changed = The questions or their wording changed in { $month }: the trend starts again there, and this month is not compared with the one before.
team-answers-in = Answers in { $month }
team-favourable-three = Favourable counts people whose score is 3 (green); the bars count answers.
team-favourable-five = Favourable counts people whose score is 4 or more; the bars count answers.
team-distribution-caption = { $label }: answers given in { $month }, by answer
team-col-answer = Answer
team-col-share = Share
team-col-answers = Answers
team-col-option = Option
team-col-month = Month
team-col-answered = Answered
team-col-rate = Rate
team-no-month-yet = No month with enough answers to show yet.
team-choice-shares = a single choice: shares, no mean
team-choice-changed = The question or its options changed in { $month }.
team-choice-caption = { $label }: answers given in { $month }, by option, with 95% intervals
team-participation = Participation
team-no-closed-pulse = No closed pulse yet.
team-participation-caption = People who answered, by month
team-invited = { $count } invited
team-responded-of = { $responded } of { $invited }
team-enps-heading = Would recommend the team (eNPS)
team-enps-in = in { $month }
team-enps-se = , standard error { $se }
team-enps-how = Share answering 9 or 10 minus share answering 0 to 6, from −100 to +100; shown with at least 10 answers.
team-comments-from = Comments from { $month }
team-comments-how = Comments are shown only for a month in which enough people answered (never fewer than { $min_group }), in a random order and never next to anyone's scores.

## Figures
figure-favourable = { $percent } favourable
figure-n = n = { $n }
figure-range = { $low } to { $high }
figure-interval = 95% interval { $low } to { $high }
figure-too-few = too few answers to show
figure-no-pulse = no pulse
three-red = Red
three-amber = Amber
three-green = Green

## Charts
chart-title = { $label }: monthly mean from 1 to { $points }, with its 95% interval
chart-month-interval = { $month }: mean { $mean } (95% interval { $low } to { $high }), n = { $n }
chart-month-mean = { $month }: mean { $mean }, n = { $n }
chart-month-hidden = { $month }: too few answers to show
chart-month-no-pulse = { $month }: no pulse
chart-no-pulse-yet = No closed pulse yet.
chart-caption = Monthly mean on a scale from 1 to 5; the shaded band is its 95% interval. Grey columns are months with too few answers to show, or without a pulse.
chart-table-caption = { $label } by month
chart-col-mean = Mean
chart-col-interval = 95% interval
chart-col-respondents = Respondents

## Verdicts
verdict-needs-attention = Needs attention
verdict-steady = Steady
verdict-improving = Improving
verdict-too-few = Too few answers
why-too-few = { $month } had too few answers to show { $label }.
why-low = Only { $percent } scored { $label } favourably (4 or more of 5), under half.
why-fell = { $label } fell { $delta } points since { $since }, more than noise.
why-falling = { $label } has been falling over the last { $months } shown months.
why-rose = { $label } rose { $delta } points since { $since }, more than noise.
why-rising = { $label } has been rising over the last { $months } shown months.
why-steady = { $percent } favourable and no change anyone could tell from noise.

## Report sentences
summary-no-pulse = No closed pulse yet: results appear here when the first one closes.
summary-suppressed = Too few answers in { $month } to show results: a group needs at least { $min_group } respondents, and none may be revealed by subtracting one group from another.
summary-trend-rising = { $label } has been rising over the last { $months } shown months ({ $slope } points a month, Mann–Kendall { $p }).
summary-trend-falling = { $label } has been falling over the last { $months } shown months ({ $slope } points a month, Mann–Kendall { $p }).
summary-level = { $label } is { $mean } of { $points }, { $favorable } favourable (n = { $n })
summary-wording-changed = { $level }; its wording changed this month, so it is not compared with the month before.
summary-nothing-before = { $level }; no shown month right before to compare with.
summary-level-and-change = { $level }. { $change }
change-rose = { $label } rose { $delta } points since { $since }, { $q }.
change-fell = { $label } fell { $delta } points since { $since }, { $q }.
change-too-few = Too few answers to tell a change since { $since }.
change-none-q = No detectable change since { $since } ({ $delta } points, { $q }){ $noise }
change-none = No detectable change since { $since } ({ $delta } points){ $noise }
change-noise-floor = : with { $before } and { $n } answers, a change under { $mdc } points cannot be told from noise.

## The results summary email's figures
summary-answered-of = { $responded } of { $invited } invited people answered.
summary-answered = { $responded } people answered.
summary-enps-with-se = { $score } (standard error { $se })
summary-action-done = { $action }, done { $on }
summary-action-overdue = { $action }, overdue since { $on }
summary-action-due = { $action }, due { $on }

## The library's dimensions
dimension-trust = Trust
dimension-clarity = Clarity
dimension-workload = Workload balance
dimension-helped = Changes helped
dimension-enps = eNPS
dimension-value = Delivering value
dimension-release = Easy to release
dimension-fun = Fun
dimension-codebase = Health of the codebase
dimension-learning = Learning
dimension-mission = Mission
dimension-players = Pawns or players
dimension-speed = Speed
dimension-process = Suitable process
dimension-support = Support
dimension-teamwork = Teamwork
dimension-decisions = Decision rights
dimension-collaboration = Collaboration
dimension-safety = Psychological safety

## The team page's agreements and follow-ups
agreements-heading = Agreements
agreements-none = No working agreements yet.
agreements-leads-write = The team's leads write them here.
agreements-versions = { $count ->
        [one] 1 version
       *[other] { $count } versions
    }
agreements-next-review = next review
agreements-due = due
agreements-new = New agreement
followups-heading = What we heard, what we change
followups-none = The leads have not answered a pulse here yet.
followups-by = by { $author }
followups-edit = Edit
followups-edit-which = the { $month } follow-up
followups-done-on = Done { $on }
followups-overdue = Overdue
followups-open = Open
followups-due = due { $on }
followups-undo = Undo done
followups-mark-done = Mark done
followups-answer = Answer a pulse
followups-pulse = Pulse
followups-note = What we heard, and what we change
followups-action-optional = Action { $number } (optional)
followups-what = What
followups-who = Who (one of the team, or any name)
followups-by-date = By (YYYY-MM-DD)
followups-publish = Publish the follow-up
followups-title-edit = Edit the follow-up
followups-title-new = A follow-up
followups-heading-edit = Edit the { $month } follow-up
followups-nothing-saved = Nothing was saved.
followups-save = Save
followups-cancel = Cancel
followups-delete = Delete this follow-up and its actions
followups-action-n = Action { $number }
followups-new-action = New action (optional)
followups-remove = remove this action

## The agreement page
agreement-earlier = You are reading version { $number }, an earlier text.
agreement-read-current = Read the current version ({ $number })
agreement-changed-since = see what changed since
agreement-version = Version { $number }
agreement-current = (current)
agreement-saved = saved
agreement-relates = relates to { $dimensions }
agreement-every = Reviewed every { $days } days
agreement-no-cadence = No review cadence
agreement-last-reviewed = last reviewed { $last }
agreement-reviewed-edited = { $date } by { $author }, with a new version
agreement-reviewed-unchanged = { $date } by { $author }, with no change
agreement-review-recorded = Review recorded: it still holds.
agreement-review-recorded-next = Review recorded: it still holds, and the next review is on { $next }.
agreement-review-today = A review was recorded today already ({ $last }), so nothing changed. One review is kept per day; saving a new version counts as one.
agreement-edit = Edit the text or its settings
agreement-still-holds = Still holds: record the review
agreement-text-label = The agreement, version { $number }
agreement-trends = Pulse results next to it
agreement-no-trends = This agreement is not linked to trust, clarity or workload, so no results are shown next to it.
agreement-markers-hint = Dashed lines mark the days new versions were saved (v1, v2, …), so you can see whether a change was followed by a better pulse.
agreement-its-work = Its work
agreement-versions = Versions
agreement-changed-from = what changed from v{ $number }
agreement-compare = Compare version
agreement-with = with version
agreement-show-changes = Show changes
agreement-marker = Version { $number } saved { $date }: { $note }
diff-title = Changes to { $title }
diff-from = From
diff-to = to
diff-counts = { $added ->
        [one] 1 line added
       *[other] { $added } lines added
    }, { $removed } removed.
diff-why = Why it changed
diff-added = added
diff-removed = removed
diff-back = Back to the agreement

## The agreement form
form-edit-title = Edit { $title }
form-edit-heading = Edit “{ $title }”
form-new-heading = A new working agreement
form-meanwhile-title = Someone saved version { $number } while you were editing
form-meanwhile-saved = { $author } saved it on { $date }: “{ $note }”. Your text was not saved and nothing was overwritten. Below:
form-meanwhile-theirs = lines are in version { $number } and not in your text
form-meanwhile-yours = lines are yours
form-meanwhile-merge = Your text is still in the form: merge what you want to keep and save again.
form-editing-version = You are editing version { $base }. Saving a changed text makes version { $next }; the earlier versions stay readable.
form-title = Title
form-title-hint = For example “Review SLA” or “Who decides what between Product and Engineering”.
form-body = Text (markdown)
form-body-hint = # for a heading, - for a list, **bold**. “Preview” shows it as the page will, without saving.
form-note = What changed and why
form-note-hint = One line, kept with the new version (needed when the text changes).
form-relates = Pulse results shown next to it
form-every = Review every (days)
form-every-hint = 1 to 730, e.g. 90 for each quarter; leave it empty for no review cadence. The leads get an email when a review is due.
form-links = Links to its work
form-links-hint = Tickets, specs, docs: one per line, the address then a title, e.g.
form-add = Add the agreement
form-preview = Preview
form-preview-title = Preview (not saved)

## The threshold warning (a team whose group is smaller than its threshold)
threshold-gap-who = { $count ->
        [0] Nobody answers
        [one] { $count } person answers
       *[other] { $count } people answer
    } for { $team }{ $below ->
        [yes] {" "}and the teams below it,
       *[no] {""}
    } and its threshold is { $min }
threshold-gap-under-parent = { $who }: its results can never be shown on their own. Its answers still count in { $parent }'s results.
threshold-gap-root = { $who }: its results can never be shown; add people or lower the threshold.
