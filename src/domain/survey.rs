//! Surveys and their questions (the default survey is created by a migration).

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::db::schema::{questions, surveys};
use crate::error::AppError;
use crate::i18n::Lang;

/// The key (and dimension) of the optional question "Did the changes since last month help?".
pub const CHANGES_HELPED: &str = "helped";

/// The dimension of the eNPS question (0 to 10).
pub const ENPS: &str = "enps";

/// The dimensions of the default set scored 1 to 5, in display order.
pub const DIMENSIONS: [&str; 3] = ["trust", "clarity", "workload"];

/// How a dimension is named in sentences: the library's name, or a team's own key with its
/// first letter in capitals and `_`/`-` as spaces.
pub fn dimension_label(key: &str) -> std::borrow::Cow<'static, str> {
    if let Some(name) = super::library::dimension_name(key) {
        return name.into();
    }
    let spaced = key.replace(['_', '-'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_uppercase(), chars.as_str()).into(),
        None => String::new().into(),
    }
}

/// A dimension's name in `lang`: a library dimension's translated name (message
/// `dimension-<key>`); a team's own dimension is data and keeps its own name.
pub fn dimension_label_in(lang: Lang, key: &str) -> std::borrow::Cow<'static, str> {
    if super::library::dimension_name(key).is_some() {
        return crate::i18n::t(lang, &format!("dimension-{key}"), &[]).into();
    }
    dimension_label(key)
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// 1 (strongly disagree) to 5 (strongly agree).
    Likert5,
    /// 1 (red) to 3 (green), a traffic light.
    Three,
    /// 0 to 10.
    Enps,
    /// One of the question's options, numbered from 1; reported as shares, never as a mean.
    Choice,
    /// Free text.
    Comment,
}

impl Kind {
    /// The kind stored as `raw`; `None` for anything else.
    pub fn parse(raw: &str) -> Option<Kind> {
        Some(match raw {
            "likert5" => Kind::Likert5,
            "three" => Kind::Three,
            "enps" => Kind::Enps,
            "choice" => Kind::Choice,
            "comment" => Kind::Comment,
            _ => return None,
        })
    }

    /// How it is stored and typed.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Likert5 => "likert5",
            Kind::Three => "three",
            Kind::Enps => "enps",
            Kind::Choice => "choice",
            Kind::Comment => "comment",
        }
    }

    /// Whether answers are scores with a mean (likert5, three, enps).
    pub fn is_scale(self) -> bool {
        matches!(self, Kind::Likert5 | Kind::Three | Kind::Enps)
    }
}

/// Texts by language code (`{"de": "…"}`), as stored in `questions.translations` and in each
/// option of `questions.options`.
pub type Texts = std::collections::BTreeMap<String, String>;

/// One question of a survey.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    /// Row id.
    pub id: i64,
    /// Stable key, e.g. `trust_1`.
    pub key: String,
    /// The dimension it scores (`trust`, …, a team's own, `enps` or `comment`).
    pub dimension: String,
    /// The wording, in `text_lang`.
    pub text: String,
    /// How it is answered.
    pub kind: Kind,
    /// Whether an answer is needed.
    pub required: bool,
    /// Wording version: 1, and one more at each change of its text.
    pub version: i32,
    /// The library set it came from; `None` for a team's own question.
    pub set_key: Option<String>,
    /// The language `text` is written in.
    pub text_lang: Lang,
    /// Its text in other languages (a team's own questions; the library's are in Fluent).
    pub translations: Texts,
    /// A choice question's options, each in `text_lang` and other languages.
    pub options: Vec<Texts>,
    /// Its place in the survey, from 1.
    pub position: i32,
}

impl Question {
    /// The allowed answers, for answered kinds: 1–5, 1–3, 0–10, or 1 to the number of options.
    pub fn range(&self) -> Option<std::ops::RangeInclusive<i32>> {
        match self.kind {
            Kind::Likert5 => Some(1..=5),
            Kind::Three => Some(1..=3),
            Kind::Enps => Some(0..=10),
            Kind::Choice => Some(1..=i32::try_from(self.options.len()).unwrap_or(i32::MAX)),
            Kind::Comment => None,
        }
    }

    /// The library's unchanged wording of this question, when it is one.
    fn library_wording(&self) -> Option<&'static super::library::LibraryQuestion> {
        self.set_key.as_ref()?;
        super::library::question(&self.key).map(|(_, q)| q).filter(|q| q.text == self.text)
    }
}

/// The id of the survey with this key.
pub fn survey_id(conn: &mut DbConnection, key: &str) -> Result<i64, AppError> {
    surveys::table
        .filter(surveys::key.eq(key))
        .select(surveys::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("no survey '{key}'; run `candor migrate`")))
}

/// The questions a pulse of `survey_id` asks, in order: the active ones, without "did the
/// changes help?" unless the pulse asks it.
pub fn questions_asked(
    conn: &mut DbConnection,
    survey_id: i64,
    asks_helped: bool,
) -> Result<Vec<Question>, AppError> {
    Ok(load_questions(conn, survey_id)?
        .into_iter()
        .filter(|q| q.key != CHANGES_HELPED || asks_helped)
        .collect())
}

/// A question row as stored.
type QuestionRow =
    (i64, String, String, String, String, bool, i32, Option<String>, String, String, String, i32);

/// The active questions of a survey, in order.
pub fn load_questions(conn: &mut DbConnection, survey_id: i64) -> Result<Vec<Question>, AppError> {
    let rows = questions::table
        .filter(questions::survey_id.eq(survey_id).and(questions::active.eq(true)))
        .order(questions::position.asc())
        .select((
            questions::id,
            questions::key,
            questions::dimension,
            questions::text,
            questions::kind,
            questions::required,
            questions::version,
            questions::set_key,
            questions::text_lang,
            questions::translations,
            questions::options,
            questions::position,
        ))
        .load::<QuestionRow>(conn)?;
    Ok(rows.into_iter().map(question_of_row).collect())
}

fn question_of_row(row: QuestionRow) -> Question {
    let (
        id,
        key,
        dimension,
        text,
        kind,
        required,
        version,
        set_key,
        text_lang,
        translations,
        options,
        position,
    ) = row;
    Question {
        id,
        key,
        dimension,
        text,
        // The CHECK constraint allows only the kinds `Kind::parse` knows.
        kind: Kind::parse(&kind).unwrap_or(Kind::Likert5),
        required,
        version,
        set_key,
        text_lang: Lang::parse(&text_lang).unwrap_or_default(),
        translations: serde_json::from_str(&translations).unwrap_or_default(),
        options: serde_json::from_str(&options).unwrap_or_default(),
        position,
    }
}

/// Seconds a choice question takes to answer, for the time an invitation announces.
const SECONDS_PER_CHOICE: u32 = 6;
/// Seconds a comment takes (most people write a line or skip it).
const SECONDS_PER_COMMENT: u32 = 30;

/// Whole minutes `questions` take: 6 seconds a choice question, 30 a comment, rounded up,
/// at least one.
pub fn minutes_to_answer(questions: &[Question]) -> u32 {
    let seconds: u32 = questions
        .iter()
        .map(|q| if q.kind == Kind::Comment { SECONDS_PER_COMMENT } else { SECONDS_PER_CHOICE })
        .sum();
    seconds.div_ceil(60).max(1)
}

/// A text as shown in a language, and whether it had to fall back to another one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Wording {
    /// The text.
    pub text: String,
    /// The language it is in.
    pub lang: Lang,
    /// True when the language asked for has no text and this is the question's own language.
    pub fallback: bool,
}

fn in_language(own: &str, own_lang: Lang, translations: &Texts, lang: Lang) -> Wording {
    if lang == own_lang {
        return Wording { text: own.to_string(), lang, fallback: false };
    }
    match translations.get(lang.code()) {
        Some(text) if !text.trim().is_empty() => Wording { text: text.clone(), lang, fallback: false },
        _ => Wording { text: own.to_string(), lang: own_lang, fallback: true },
    }
}

/// What `question` says in `lang`: an unchanged library question's message (`question-<key>`),
/// else its text in `lang`, else (marked as a fallback) its text in its own language.
pub fn wording(question: &Question, lang: Lang) -> Wording {
    if question.library_wording().is_some() {
        let text = if lang == Lang::En {
            question.text.clone()
        } else {
            crate::i18n::t(lang, &format!("question-{}", question.key), &[])
        };
        return Wording { text, lang, fallback: false };
    }
    in_language(&question.text, question.text_lang, &question.translations, lang)
}

/// The text of [`wording`] alone.
pub fn question_text(question: &Question, lang: Lang) -> String {
    wording(question, lang).text
}

/// The label of option `value` (from 1) of a choice question in `lang`.
pub fn option_wording(question: &Question, value: i32, lang: Lang) -> Option<Wording> {
    let option = question.options.get(usize::try_from(value - 1).ok()?)?;
    let own = option.get(question.text_lang.code()).cloned().unwrap_or_default();
    Some(in_language(&own, question.text_lang, option, lang))
}

/// The label of answer `value` (1 to 3) of the traffic-light scale in `lang`.
pub fn three_label(lang: Lang, value: i32) -> String {
    crate::i18n::t(lang, &format!("three-{value}"), &[])
}

/// The label of answer `value` (1 to 5) of the five-point scale in `lang`.
pub fn likert_label(lang: Lang, value: i32) -> String {
    crate::i18n::t(lang, &format!("likert-{value}"), &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(key: &str, kind: Kind) -> Question {
        Question {
            id: 1,
            key: key.into(),
            dimension: key.into(),
            text: String::new(),
            kind,
            required: true,
            version: 1,
            set_key: None,
            text_lang: Lang::En,
            translations: Texts::new(),
            options: Vec::new(),
            position: 1,
        }
    }

    #[test]
    fn minutes_count_six_seconds_a_choice_and_thirty_a_comment() {
        let mut qs: Vec<Question> = (0..7).map(|_| question("trust_1", Kind::Likert5)).collect();
        qs.push(question("comment", Kind::Comment));
        assert_eq!(minutes_to_answer(&qs), 2, "7 × 6 s + 30 s = 72 s");
        assert_eq!(minutes_to_answer(&qs[..5]), 1);
        assert_eq!(minutes_to_answer(&[]), 1);
    }
}
