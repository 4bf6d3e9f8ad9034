//! What the survey page shows, as ready-to-print values: the questions by dimension, the
//! library's sets, the rotation, the add form, and the edit form of each own question.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::Serialize;

use super::typed::{AddTyped, EditTyped, field_of};
use crate::domain::library;
use crate::domain::survey::{self, Question};
use crate::domain::teams::Team;
use crate::error::AppError;
use crate::http::errors::in_page_words;
use crate::i18n::{self, Lang};

/// Everything the page reads, in one database job.
pub(super) struct Loaded {
    /// The team.
    pub team: Team,
    /// What its next pulse asks.
    pub questions: Vec<Question>,
    /// When its open pulse closes, if one is open.
    pub open_until: Option<NaiveDateTime>,
}

/// Which form was sent, as typed, so a refusal shows it again.
#[derive(Debug, Clone)]
pub(super) enum Sent {
    /// Nothing (the page as it is).
    Nothing,
    /// A set's use or drop button.
    Set,
    /// The rotation's select.
    Rotation(String),
    /// The add form.
    Add(AddTyped),
    /// The edit form of a question: its key and the posted pairs.
    Edit(String, Vec<(String, String)>),
    /// The retire button of a question.
    Retire(String),
}

/// A refused form's message and the field it is about.
#[derive(Debug, Clone, Serialize)]
pub(super) struct FieldError {
    field: &'static str,
    message: String,
}

/// What the page says happened after a change (`?done=add&subject=oncall`).
#[derive(Debug)]
pub(super) struct Notice {
    kind: &'static str,
    subject: String,
}

impl Notice {
    /// The notice of a redirect's query; `None` for anything the page did not send.
    pub fn parse(done: &str, subject: &str) -> Option<Notice> {
        let kind = ["use", "drop", "add", "edit", "retire", "rotation"].into_iter().find(|k| *k == done)?;
        let is_key = subject.len() <= 40
            && subject.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        let known = match kind {
            "use" | "drop" => library::set(subject).is_some(),
            _ => is_key,
        };
        known.then(|| Notice { kind, subject: subject.to_string() })
    }

    /// The sentence in `lang`: a set by its name, a question by its key.
    fn words(&self, lang: Lang) -> String {
        let subject = match self.kind {
            "use" | "drop" => set_name(lang, &self.subject),
            _ => self.subject.clone(),
        };
        i18n::t(lang, &format!("survey-admin-done-{}", self.kind), &[("subject", subject.into())])
    }
}

/// A library set's name in `lang`.
fn set_name(lang: Lang, key: &str) -> String {
    i18n::t(lang, &format!("set-{key}"), &[])
}

/// Names by code (languages, kinds, sets) in the page's language, for the template.
type Names = BTreeMap<&'static str, String>;

fn names(lang: Lang) -> (Names, Names, Names) {
    let languages = Lang::ALL
        .into_iter()
        .map(|l| (l.code(), i18n::t(lang, &format!("survey-admin-lang-{}", l.code()), &[])))
        .collect();
    let kinds =
        KINDS.into_iter().map(|k| (k, i18n::t(lang, &format!("survey-admin-kind-{k}"), &[]))).collect();
    let sets = library::SETS.iter().map(|s| (s.key, set_name(lang, s.key))).collect();
    (languages, kinds, sets)
}

/// The kinds the add form offers, in its order.
const KINDS: [&str; 5] = ["likert5", "three", "enps", "choice", "comment"];

/// One question as listed.
#[derive(Debug, Serialize)]
struct QuestionView {
    key: String,
    kind: &'static str,
    version: i32,
    next_version: i32,
    set: Option<String>,
    text: String,
    text_lang: &'static str,
    /// Marked "(not yet translated)": the page's language has no text of its own.
    fallback: bool,
    /// An unchanged library question: every language comes from the library.
    library: bool,
    /// The other languages it has a text in, by name.
    translated_names: String,
    options: Vec<String>,
    required: bool,
    /// The edit form (own questions only).
    edit: Option<EditTyped>,
    error: Option<FieldError>,
}

/// A dimension and its questions, in the order asked.
#[derive(Debug, Serialize)]
struct DimensionView {
    label: String,
    questions: Vec<QuestionView>,
}

/// One set of the library.
#[derive(Debug, Serialize)]
struct SetView {
    key: &'static str,
    about: String,
    asked: usize,
    total: usize,
    rotated: bool,
}

/// One option of the rotation select.
#[derive(Debug, Serialize)]
struct RotationChoice {
    key: String,
    selected: bool,
}

/// `/admin/teams/{slug}/survey`.
#[derive(Debug, Serialize)]
pub(super) struct SurveyPage {
    slug: String,
    name: String,
    csrf: String,
    count: usize,
    minutes: u32,
    open_until: Option<String>,
    dimensions: Vec<DimensionView>,
    sets: Vec<SetView>,
    rotation: Vec<RotationChoice>,
    rotation_error: Option<FieldError>,
    sets_error: Option<FieldError>,
    add: AddTyped,
    add_error: Option<FieldError>,
    kinds: [&'static str; 5],
    /// Names of the languages, kinds and sets, by code.
    language_names: Names,
    kind_names: Names,
    set_names: Names,
    /// The refusal, shown at the top, and the anchor of the form it is about.
    error: Option<String>,
    error_anchor: &'static str,
    notice: Option<String>,
}

impl SurveyPage {
    /// The page for `loaded` in `lang`, with `sent` as typed and refused by `error` if any.
    pub fn new(
        loaded: &Loaded,
        lang: Lang,
        csrf: String,
        sent: Sent,
        error: Option<&AppError>,
        notice: Option<Notice>,
    ) -> Self {
        let refusal = error.map(|e| FieldError { field: field_of(e), message: in_page_words(e) });
        let on = |wanted: bool| refusal.clone().filter(|_| wanted);
        let team = &loaded.team;
        let (language_names, kind_names, set_names) = names(lang);
        let typed_rotation = match &sent {
            Sent::Rotation(set) => Some(set.clone()),
            _ => None,
        };
        SurveyPage {
            slug: team.slug.clone(),
            name: team.name.clone(),
            csrf,
            count: loaded.questions.len(),
            minutes: survey::minutes_to_answer(&loaded.questions),
            open_until: loaded.open_until.map(|at| {
                let day = at.and_utc().with_timezone(&team.zone()).date_naive();
                i18n::format_date(lang, "format-date-day", day)
            }),
            dimensions: dimensions(&loaded.questions, lang, &sent, refusal.as_ref()),
            sets: sets(&loaded.questions, team, lang),
            rotation: rotation(&loaded.questions, typed_rotation.or(team.rotate_set.clone())),
            rotation_error: on(matches!(sent, Sent::Rotation(_))),
            sets_error: on(matches!(sent, Sent::Set)),
            add_error: on(matches!(sent, Sent::Add(_))),
            error_anchor: match sent {
                Sent::Set => "sets",
                Sent::Rotation(_) => "rotation",
                Sent::Add(_) => "add",
                _ => "questions",
            },
            add: match sent {
                Sent::Add(typed) => typed,
                _ => AddTyped::default(),
            },
            kinds: KINDS,
            language_names,
            kind_names,
            set_names,
            error: refusal.map(|r| r.message),
            notice: notice.map(|n| n.words(lang)),
        }
    }
}

/// Whether `q` is a library question worded as the library words it.
fn is_library_wording(q: &Question) -> bool {
    q.set_key.is_some() && library::question(&q.key).is_some_and(|(_, l)| l.text == q.text)
}

fn question_view(q: &Question, lang: Lang, sent: &Sent, refusal: Option<&FieldError>) -> QuestionView {
    let wording = survey::wording(q, lang);
    let (typed, refused) = match sent {
        Sent::Edit(key, pairs) if *key == q.key => (Some(EditTyped::from_pairs(pairs, q)), refusal.cloned()),
        Sent::Retire(key) if *key == q.key => (None, refusal.cloned()),
        _ => (None, None),
    };
    let own = q.set_key.is_none();
    QuestionView {
        key: q.key.clone(),
        kind: q.kind.as_str(),
        version: q.version,
        next_version: q.version + 1,
        set: q.set_key.clone(),
        text: wording.text,
        text_lang: wording.lang.code(),
        fallback: wording.fallback,
        library: is_library_wording(q),
        translated_names: Lang::ALL
            .into_iter()
            .filter(|l| q.translations.get(l.code()).is_some_and(|t| !t.trim().is_empty()))
            .map(|l| i18n::t(lang, &format!("survey-admin-lang-{}", l.code()), &[]))
            .collect::<Vec<_>>()
            .join(", "),
        options: (1..=q.options.len())
            .filter_map(|v| survey::option_wording(q, i32::try_from(v).ok()?, lang))
            .map(|w| w.text)
            .collect(),
        required: q.required,
        edit: own.then(|| typed.unwrap_or_else(|| EditTyped::of(q))),
        error: refused,
    }
}

fn dimensions(
    questions: &[Question],
    lang: Lang,
    sent: &Sent,
    refusal: Option<&FieldError>,
) -> Vec<DimensionView> {
    let mut out: Vec<(String, DimensionView)> = Vec::new();
    for q in questions {
        let view = question_view(q, lang, sent, refusal);
        match out.iter_mut().find(|(d, _)| *d == q.dimension) {
            Some((_, dimension)) => dimension.questions.push(view),
            None => out.push((
                q.dimension.clone(),
                DimensionView {
                    label: survey::dimension_label_in(lang, &q.dimension).into_owned(),
                    questions: vec![view],
                },
            )),
        }
    }
    out.into_iter().map(|(_, d)| d).collect()
}

fn sets(questions: &[Question], team: &Team, lang: Lang) -> Vec<SetView> {
    library::SETS
        .iter()
        .map(|set| SetView {
            key: set.key,
            about: i18n::t(lang, &format!("set-{}-about", set.key), &[]),
            asked: set.questions.iter().filter(|l| questions.iter().any(|q| q.key == l.key)).count(),
            total: set.questions.len(),
            rotated: team.rotate_set.as_deref() == Some(set.key),
        })
        .collect()
}

/// The sets the survey asks (and the one chosen, even if it asks it no longer).
fn rotation(questions: &[Question], chosen: Option<String>) -> Vec<RotationChoice> {
    let chosen = chosen.filter(|c| !c.is_empty());
    library::SETS
        .iter()
        .map(|s| s.key)
        .filter(|key| {
            questions.iter().any(|q| q.set_key.as_deref() == Some(key)) || chosen.as_deref() == Some(key)
        })
        .map(|key| RotationChoice { key: key.to_string(), selected: chosen.as_deref() == Some(key) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_names_only_what_the_page_could_have_done() {
        let said = |done, subject| Notice::parse(done, subject).map(|n| n.words(Lang::En));
        assert_eq!(said("add", "oncall").as_deref(), Some("Question oncall was added."));
        assert_eq!(
            said("use", "squad-health").as_deref(),
            Some("The questions of \u{201c}Squad health check\u{201d} were added.")
        );
        assert_eq!(said("use", "nope"), None, "no such set");
        assert_eq!(said("add", "<b>Call us</b>"), None, "not a key: nothing of it is shown");
        assert_eq!(said("hacked", "oncall"), None);
    }
}
