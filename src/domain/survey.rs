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

/// The dimensions scored 1 to 5, in display order.
pub const DIMENSIONS: [&str; 3] = ["trust", "clarity", "workload"];

/// How a dimension is named in sentences.
pub fn dimension_label(key: &str) -> &str {
    match key {
        "trust" => "Trust",
        "clarity" => "Clarity",
        "workload" => "Workload balance",
        "helped" => "Changes helped",
        other => other,
    }
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// 1 (strongly disagree) to 5 (strongly agree).
    Likert5,
    /// 0 to 10.
    Enps,
    /// Free text.
    Comment,
}

impl Kind {
    fn parse(raw: &str) -> Kind {
        match raw {
            "enps" => Kind::Enps,
            "comment" => Kind::Comment,
            _ => Kind::Likert5,
        }
    }

    /// The allowed scores, for scored kinds.
    pub fn range(self) -> Option<std::ops::RangeInclusive<i32>> {
        match self {
            Kind::Likert5 => Some(1..=5),
            Kind::Enps => Some(0..=10),
            Kind::Comment => None,
        }
    }
}

/// One question of a survey.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    /// Row id.
    pub id: i64,
    /// Stable key, e.g. `trust_1`.
    pub key: String,
    /// `trust`, `clarity`, `workload`, `enps` or `comment`.
    pub dimension: String,
    /// The wording shown.
    pub text: String,
    /// How it is answered.
    pub kind: Kind,
    /// Whether an answer is needed.
    pub required: bool,
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
        ))
        .load::<(i64, String, String, String, String, bool)>(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, key, dimension, text, kind, required)| Question {
            id,
            key,
            dimension,
            text,
            kind: Kind::parse(&kind),
            required,
        })
        .collect())
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

/// What `question` says in `lang`: a built-in question's message (`question-trust_1`), or the
/// text stored with it (also the English wording, and the text of any question of one's own).
pub fn question_text(question: &Question, lang: Lang) -> String {
    let id = format!("question-{}", question.key);
    if lang == Lang::En || !BUILT_IN_KEYS.contains(&question.key.as_str()) {
        return question.text.clone();
    }
    crate::i18n::t(lang, &id, &[])
}

/// The keys of the questions the migrations create, each with a message `question-<key>`.
pub const BUILT_IN_KEYS: [&str; 9] = [
    "trust_1",
    "trust_2",
    "clarity_1",
    "clarity_2",
    "workload_1",
    "workload_2",
    "enps",
    "comment",
    CHANGES_HELPED,
];

/// The label of answer `value` (1 to 5) of the five-point scale in `lang`.
pub fn likert_label(lang: Lang, value: i32) -> String {
    crate::i18n::t(lang, &format!("likert-{value}"), &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(key: &str, kind: Kind) -> Question {
        Question { id: 1, key: key.into(), dimension: key.into(), text: String::new(), kind, required: true }
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
