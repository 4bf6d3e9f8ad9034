//! What a report reads: the team tree, closed rounds with their counts, and the answers of the
//! rounds in one team's subtree. Response ids are used only to group answers in memory.

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{answers, comments, pulses, questions, responses, teams};
use crate::domain::pulse_state::PulseState;
use crate::error::AppError;

/// A team in the tree.
#[derive(Debug, Clone, Queryable)]
pub struct TeamNode {
    /// Row id.
    pub id: i64,
    /// URL name.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Parent team.
    pub parent_id: Option<i64>,
    /// Current threshold.
    pub min_group: i32,
}

/// A closed round.
#[derive(Debug, Clone, Queryable)]
pub struct ClosedPulse {
    /// Row id.
    pub id: i64,
    /// The team asked.
    pub team_id: i64,
    /// `YYYY-MM`.
    pub period: String,
    /// Threshold locked at opening.
    pub min_group: i32,
    /// Comment threshold locked at opening.
    pub comment_min: i32,
    /// History imported from another tool (no invitations).
    pub imported: bool,
    /// How many were invited, as kept at close (none for imported history).
    pub invited: Option<i32>,
    /// The survey it asked.
    pub survey_id: i64,
}

/// One answer, with what it belongs to.
#[derive(Debug, Clone, Queryable)]
pub struct AnswerRow {
    /// The round.
    pub pulse_id: i64,
    /// Groups answers of one respondent; never shown.
    pub response_id: String,
    /// The question.
    pub question_id: i64,
    /// The answer.
    pub value: i32,
}

/// A question's dimension, key, kind and wording, by id (one row per survey it is in).
#[derive(Debug, Clone, Queryable)]
pub struct QuestionInfo {
    /// Row id.
    pub id: i64,
    /// `trust`, `clarity`, `workload`, `enps`, …
    pub dimension: String,
    /// Question key.
    pub key: String,
    /// How it is answered (`likert5`, `three`, `enps`, `choice`, `comment`).
    pub kind: String,
    /// Wording version of the key.
    pub version: i32,
    /// The survey the row belongs to.
    pub survey_id: i64,
    /// A choice question's options (JSON, as stored).
    pub options: String,
    /// Its place in the survey.
    pub position: i32,
}

/// Everything one team's report needs.
#[derive(Debug, Default)]
pub struct SubtreeData {
    /// The team and every team below it.
    pub teams: Vec<TeamNode>,
    /// Their closed rounds.
    pub pulses: Vec<ClosedPulse>,
    /// Respondents per round.
    pub responded: HashMap<i64, i64>,
    /// Every answer of those rounds.
    pub answers: Vec<AnswerRow>,
    /// Every question, ordered by key.
    pub questions: Vec<QuestionInfo>,
}

/// All teams.
pub fn load_teams(conn: &mut DbConnection) -> Result<Vec<TeamNode>, AppError> {
    Ok(teams::table
        .select((teams::id, teams::slug, teams::name, teams::parent_id, teams::min_group))
        .order(teams::id)
        .load(conn)?)
}

/// The team with `root` and all teams below it.
pub fn subtree(all: &[TeamNode], root: i64) -> Vec<TeamNode> {
    let mut ids = HashSet::from([root]);
    let mut grew = true;
    while grew {
        grew = false;
        for t in all {
            if t.parent_id.is_some_and(|p| ids.contains(&p)) && ids.insert(t.id) {
                grew = true;
            }
        }
    }
    all.iter().filter(|t| ids.contains(&t.id)).cloned().collect()
}

/// Loads the closed rounds, counts and answers of `teams`.
pub fn load_subtree(conn: &mut DbConnection, teams: Vec<TeamNode>) -> Result<SubtreeData, AppError> {
    let team_ids: Vec<i64> = teams.iter().map(|t| t.id).collect();
    let pulses: Vec<ClosedPulse> = pulses::table
        .filter(pulses::team_id.eq_any(&team_ids).and(pulses::state.eq(PulseState::Closed.as_str())))
        .select((
            pulses::id,
            pulses::team_id,
            pulses::period,
            pulses::min_group,
            pulses::comment_min,
            pulses::imported,
            pulses::invited,
            pulses::survey_id,
        ))
        .order(pulses::id.asc())
        .load(conn)?;
    // A month is reported only once every pulse of it in the subtree has closed; otherwise a
    // parent's figures, recomputed when a child closes later, would reveal the child by difference.
    let still_open: HashSet<String> = pulses::table
        .filter(pulses::team_id.eq_any(&team_ids).and(pulses::state.eq(PulseState::Open.as_str())))
        .select(pulses::period)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    let pulses: Vec<ClosedPulse> = pulses.into_iter().filter(|p| !still_open.contains(&p.period)).collect();
    let ids: Vec<i64> = pulses.iter().map(|p| p.id).collect();
    let responded = responses_by_pulse(conn, &ids)?;
    let answers = answers::table
        .inner_join(responses::table)
        .filter(responses::pulse_id.eq_any(&ids))
        .select((responses::pulse_id, answers::response_id, answers::question_id, answers::value))
        .load(conn)?;
    let surveys: HashSet<i64> = pulses.iter().map(|p| p.survey_id).collect();
    let questions = questions::table
        .filter(questions::survey_id.eq_any(surveys.into_iter().collect::<Vec<_>>()))
        .select((
            questions::id,
            questions::dimension,
            questions::key,
            questions::kind,
            questions::version,
            questions::survey_id,
            questions::options,
            questions::position,
        ))
        .order((questions::key, questions::survey_id))
        .load(conn)?;
    Ok(SubtreeData { teams, pulses, responded, answers, questions })
}

fn responses_by_pulse(conn: &mut DbConnection, ids: &[i64]) -> Result<HashMap<i64, i64>, AppError> {
    let rows: Vec<(i64, i64)> = responses::table
        .filter(responses::pulse_id.eq_any(ids))
        .group_by(responses::pulse_id)
        .select((responses::pulse_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// The comments of some rounds.
pub fn load_comments(conn: &mut DbConnection, pulse_ids: &[i64]) -> Result<Vec<String>, AppError> {
    Ok(comments::table.filter(comments::pulse_id.eq_any(pulse_ids)).select(comments::body).load(conn)?)
}
