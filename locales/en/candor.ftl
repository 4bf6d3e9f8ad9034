# Candor's staff-facing pages: the survey, its errors, its refusals.
# Every id here must exist in every locale (tests/i18n.rs). Dates: strftime patterns
# filled with chrono's month and day names.

## Formats
format-date-day = %A %-d %B
format-date-full = %-d %B %Y
format-month = %B %Y

## Page chrome
page-skip = Skip to content
page-footer = Candor keeps answers anonymous by design: no answer is stored with a name, a link or a time.
language-switch = Language

## The survey
survey-title = { $team } pulse
survey-preview-strong = Preview.
survey-preview = This is the survey as { $team }'s people will see it. Nothing you choose here can be sent or stored.
survey-heading = { $team }: how was { $period }?
survey-lede = You answer for { $team } this month (each person answers for one team, however many they belong to). { $minutes ->
        [one] About a minute.
       *[other] About { $minutes } minutes.
    } Your answers are stored without your name, this link or a time, and results are shown only for groups of at least { $min_group } people, after the pulse closes on { $closes_on }.
survey-errors-strong = Nothing was saved yet.
survey-errors = { $count ->
        [one] Please check the answer marked below.
       *[other] Please check { $count } answers marked below.
    }
survey-optional = (optional)
survey-comment-hint = Writing style can identify you. Leave out details only you would know, and keep in mind that your leads read comments word for word (shuffled, and only when at least { $min_group } people answered).
survey-enps-hint = 0 = not at all likely, 10 = extremely likely
survey-send = Send my answers
survey-send-once = You can send this once. Nothing is stored until you press the button.
survey-switch-hint = Changing the language keeps your answers; nothing is sent.

## The scale of five
likert-1 = Strongly disagree
likert-2 = Disagree
likert-3 = Neither
likert-4 = Agree
likert-5 = Strongly agree

## The built-in questions (the English text is also in the questions table)
question-trust_1 = I can raise a problem in this team without worrying about how it will be received.
question-trust_2 = People in this team do what they say they will do.
question-clarity_1 = I know what is expected of me this month.
question-clarity_2 = It is clear who decides what between Product and Engineering.
question-workload_1 = My workload over the past month was manageable.
question-workload_2 = I had enough time for focused work without constant interruptions.
question-enps = How likely is it that you would recommend this team to a friend as a place to work?
question-comment = Is there anything else you want your leads to hear?
question-helped = The changes our leads made since the last pulse helped.

## Field errors
error-unknown-field = The form had a field this survey does not ask ('{ $field }').
error-answered-twice = This question was answered twice; choose one answer.
error-choose-answer = Please choose an answer.
error-out-of-range = Choose one of the answers ({ $low } to { $high }).
error-comment-too-long = Please keep the comment under { $max } characters (it has { $count }).
error-comment-nul = The comment contains a NUL character; please remove it.

## Thank you
thanks-title = Thank you
thanks-stored = Your answers for { $team } are in. They are stored without your name, your link or a time, so nobody — not your leads, not an administrator — can tell which answers are yours.
thanks-results = Results are published on the team page after the pulse closes on { $closes_on }, and only for groups of at least { $min_group } people. Your leads reply to them openly, with what they will change.
thanks-close = You can close this page.

## What a survey link can refuse
refusal-title-404 = Nothing is at this address
refusal-title-409 = That was done already, or cannot be done now
refusal-title-410 = This is no longer available
refusal-unknown = This survey link is not known. Please use the latest link from your email.
refusal-answered = This pulse has been answered already with your link. Thank you — each person answers once.
refusal-closed = The { $period } pulse for { $team } closed on { $closed_on }. Results are on the team page.
refusal-back = Back to Candor
