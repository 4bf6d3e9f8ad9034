//! Surveys and their questions (the default survey is created by a migration).

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::db::schema::{questions, surveys};
use crate::error::AppError;

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
