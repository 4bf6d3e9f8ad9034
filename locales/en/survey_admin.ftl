# The page where an admin chooses and edits a team's survey (/admin/teams/{slug}/survey).
# Every id here must exist in every locale (tests/i18n.rs).

survey-admin-title = { $team } · Survey
survey-admin-crumb-admin = Admin
survey-admin-crumb-teams = Teams
survey-admin-crumb-settings = Settings
survey-admin-crumb-survey = Survey
survey-admin-heading = { $team }: survey
survey-admin-summary = { $count ->
        [one] One question, about { $minutes } min.
       *[other] { $count } questions, about { $minutes } min.
    }
survey-admin-keeps = A pulse keeps the survey it opened with: what you change here is asked from the next pulse that opens.
survey-admin-open = A pulse is open until { $until }: it keeps asking what it opened with.
survey-admin-preview = See the survey as the team's people get it
survey-admin-nothing-saved = Nothing was saved.
survey-admin-see-form = Go to the form
survey-admin-skip-sets = Question sets
survey-admin-skip-add = Add a question
survey-admin-skip-rotation = Rotation

## Done
survey-admin-done-use = The questions of “{ $subject }” were added.
survey-admin-done-drop = “{ $subject }” is no longer asked; its answers stay in the reports.
survey-admin-done-add = Question { $subject } was added.
survey-admin-done-edit = Question { $subject } has a new wording: a new version.
survey-admin-done-retire = Question { $subject } is no longer asked; its answers stay in the reports.
survey-admin-done-rotation = The rotation was saved.

## The questions
survey-admin-questions = The questions asked
survey-admin-dimension = Dimension: { $dimension }
survey-admin-version = version { $version }
survey-admin-from-set = set { $set }
survey-admin-own = own
survey-admin-optional = optional
survey-admin-in-language = written in { $language }
survey-admin-library-languages = in every language (library)
survey-admin-translated = also in: { $languages }
survey-admin-not-translated = no translations
survey-admin-options = Options
survey-admin-edit-summary = Change the wording of { $key }
survey-admin-edit-version = Saving a new text, translation or options makes version { $next } of { $key }: the reports mark the month the wording changed and start its trend again there.
survey-admin-edit-save = Save version { $next }
survey-admin-retire = Retire { $key }
survey-admin-retire-hint = Retiring stops asking it; its answers stay in the reports.

## Kinds
survey-admin-kind = Kind
survey-admin-kind-likert5 = Agree or disagree, 1 to 5
survey-admin-kind-three = Traffic light: red, amber, green
survey-admin-kind-enps = Recommend, 0 to 10 (eNPS)
survey-admin-kind-choice = One of several options
survey-admin-kind-comment = A comment in words

## Languages
survey-admin-lang-en = English
survey-admin-lang-de = German
survey-admin-lang-fr = French
survey-admin-lang-es = Spanish
survey-admin-lang-ar = Arabic
survey-admin-text-en = Text in English
survey-admin-text-optional = Text in { $language } (optional)
survey-admin-text = Text in { $language }
survey-admin-translations-hint = Where a language has no text, its people read the question in its own language, marked “not yet translated”.

## Sets
survey-admin-sets = Question sets
survey-admin-sets-intro = Ready-made sets of the library. Using a set adds its questions the survey does not ask yet; dropping it stops asking them (their answers stay in the reports).
survey-admin-set-asked = { $total ->
        [one] Asked: { $asked } of its one question.
       *[other] Asked: { $asked } of its { $total } questions.
    }
survey-admin-set-rotated = Asked every other pulse.
survey-admin-use = Use { $set }
survey-admin-drop = Drop { $set }

## Rotation
survey-admin-rotation = Rotation
survey-admin-rotation-intro = To keep pulses short, one of the survey's sets can be asked every other pulse only: the team's first pulse asks it, the second leaves it out, and so on. Each pulse keeps what it asked.
survey-admin-rotation-label = Set asked every other pulse
survey-admin-rotation-none = None: every set at every pulse
survey-admin-rotation-save = Save the rotation

## Adding a question
survey-admin-add = Add a question of the team's own
survey-admin-key = Key
survey-admin-key-hint = 1 to 40 lower-case letters, digits and _, starting with a letter. It stays when the wording changes, and cannot be a key of the library.
survey-admin-dimension-label = Dimension
survey-admin-dimension-hint = What it scores: one the survey has (trust, workload, …) or a new one. A dimension's questions share one kind; a choice question has its dimension to itself; an eNPS question goes in enps. A survey has one comment question.
survey-admin-options-label = Options, one per line
survey-admin-options-hint = Only for a choice question: 2 to 12 options, in the order they are shown.
survey-admin-options-in = Options in { $language }, one per line, in the same order
survey-admin-options-others = Options in other languages (optional)
survey-admin-may-skip = People may leave it unanswered
survey-admin-add-save = Add the question
