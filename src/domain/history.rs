//! `candor responses import`: history from a previous tool, one anonymous response per row
//! (`period`, optionally `team`, and any question keys; an empty cell is "not answered").
//! Creates closed pulses; all or nothing, every problem reported with its line.
//!
//! A month published for a team is frozen (see [`super::publication`]), so a second import
//! cannot add a sibling's history under a parent whose month was shown already. History of
//! several teams therefore goes in one file with a `team` column, imported as one.

use std::collections::BTreeMap;
use std::io::Read;

use chrono::Duration;
use diesel::prelude::*;
use rand::seq::SliceRandom;

use super::period::Period;
use super::problems::{Problems, line_of};
use super::pulse_state::PulseState;
use super::responses::{MAX_COMMENT_CHARS, Submission, insert_response};
use super::survey::{self, Question};
use super::teams::Team;
use super::{publication, pulses};
use crate::db::DbConnection;
use crate::db::schema::pulses as pulses_table;
use crate::error::AppError;

/// A parsed history file: responses by period.
pub type History = BTreeMap<Period, Vec<Submission>>;

/// A parsed history file with a `team` column: each team's history, by slug.
pub type TeamHistories = BTreeMap<String, History>;

/// What an import created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistorySummary {
    /// Closed pulses created, one per period.
    pub pulses: usize,
    /// Responses stored.
    pub responses: usize,
}

/// Reads and validates the whole file (of one team, without a `team` column) against the
/// default survey's questions.
pub fn parse_history<R: Read>(input: R, questions: &[Question], file: &str) -> Result<History, AppError> {
    let mut by_team = parse_histories(input, questions, file, Some(""))?;
    match by_team.remove("") {
        Some(history) if by_team.is_empty() => Ok(history),
        _ => {
            Err(AppError::BadRequest(format!("{file}: the file names its teams; import it for all of them")))
        }
    }
}

/// Reads and validates the whole file against the default survey's questions. Rows name
/// their team in a `team` column, or all belong to `team` when the file has none.
pub fn parse_histories<R: Read>(
    input: R,
    questions: &[Question],
    file: &str,
    team: Option<&str>,
) -> Result<TeamHistories, AppError> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| AppError::BadRequest(format!("{file}: cannot read the header line: {e}")))?
        .clone();
    let columns = header_columns(&headers, questions, file)?;
    if columns.team.is_none() && team.is_none() {
        return Err(AppError::BadRequest(format!(
            "{file}: which team? Give --team SLUG, or a 'team' column naming each row's team"
        )));
    }
    let mut problems = Problems::default();
    let mut histories = TeamHistories::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(line_of(e.position()), "row", e.to_string());
                continue;
            }
        };
        let line = line_of(record.position());
        let row_team = row_team(line, &record, columns.team, team, &mut problems);
        if let Some((period, submission)) = parse_row(line, &record, &columns, &mut problems)
            && let Some(row_team) = row_team
        {
            histories.entry(row_team).or_default().entry(period).or_default().push(submission);
        }
    }
    problems.into_result(file)?;
    if histories.is_empty() {
        return Err(AppError::BadRequest(format!("{file}: no responses in the file")));
    }
    Ok(histories)
}

/// The row's team: its `team` cell (a slug), else the file's team.
fn row_team(
    line: u64,
    record: &csv::StringRecord,
    column: Option<usize>,
    team: Option<&str>,
    problems: &mut Problems,
) -> Option<String> {
    let Some(column) = column else { return team.map(str::to_string) };
    match super::Slug::parse(record.get(column).unwrap_or("")) {
        Ok(slug) => Some(slug.to_string()),
        Err(m) => {
            problems.push(line, "team", m);
            None
        }
    }
}

/// The `period` and `team` columns and the question of every other column.
struct Columns<'q> {
    period: usize,
    team: Option<usize>,
    questions: Vec<(usize, &'q Question)>,
}

fn header_columns<'q>(
    headers: &csv::StringRecord,
    questions: &'q [Question],
    file: &str,
) -> Result<Columns<'q>, AppError> {
    let mut problems = Problems::default();
    let mut period = None;
    let mut team = None;
    let mut found = Vec::new();
    for (i, name) in headers.iter().enumerate() {
        let name = name.trim();
        let repeated = headers.iter().take(i).any(|earlier| earlier.trim().eq_ignore_ascii_case(name));
        if repeated {
            problems.push(1, "header", format!("the column '{name}' appears twice"));
        } else if name.eq_ignore_ascii_case("period") {
            period = Some(i);
        } else if name.eq_ignore_ascii_case("team") {
            team = Some(i);
        } else if let Some(q) = questions.iter().find(|q| q.key == name) {
            found.push((i, q));
        } else {
            let keys: Vec<&str> = questions.iter().map(|q| q.key.as_str()).collect();
            problems.push(
                1,
                "header",
                format!("unknown column '{name}'; the columns are period, team and {}", keys.join(", ")),
            );
        }
    }
    if period.is_none() {
        problems.push(1, "header", "no 'period' column (YYYY-MM)");
    }
    problems.into_result(file)?;
    Ok(Columns { period: period.unwrap_or(0), team, questions: found })
}

fn parse_row(
    line: u64,
    record: &csv::StringRecord,
    columns: &Columns<'_>,
    problems: &mut Problems,
) -> Option<(Period, Submission)> {
    let period = Period::parse(record.get(columns.period).unwrap_or(""))
        .map_err(|m| problems.push(line, "period", m))
        .ok();
    let mut submission = Submission { answers: Vec::new(), comment: None };
    let before = problems.0.len();
    for (i, q) in &columns.questions {
        let cell = record.get(*i).unwrap_or("").trim();
        if cell.is_empty() {
            continue;
        }
        match q.range() {
            Some(range) => match cell.parse::<i32>() {
                Ok(v) if range.contains(&v) => submission.answers.push((q.id, v)),
                _ => problems.push(
                    line,
                    &q.key,
                    format!("'{cell}' is not an answer from {} to {}", range.start(), range.end()),
                ),
            },
            None if cell.chars().count() > MAX_COMMENT_CHARS => {
                problems.push(line, &q.key, format!("longer than {MAX_COMMENT_CHARS} characters"))
            }
            None if cell.contains('\0') => problems.push(line, &q.key, "contains a NUL character"),
            None => submission.comment = Some(cell.to_string()),
        }
    }
    if problems.0.len() == before && submission.answers.is_empty() && submission.comment.is_none() {
        problems.push(line, "row", "no answers in this row");
    }
    (problems.0.len() == before).then_some((period?, submission))
}

/// Stores each team's history as closed, imported pulses, each period's responses in a
/// shuffled order. Refuses the whole file when a team has a pulse for one of its periods, or
/// when one of its months is published at or above the team already (checked before anything
/// is written, so the teams of one file do not freeze each other). Call inside
/// [`crate::db::write`].
pub fn import_histories(
    conn: &mut DbConnection,
    histories: Vec<(Team, History)>,
    file: &str,
) -> Result<HistorySummary, AppError> {
    let mut problems = Problems::default();
    for (team, history) in &histories {
        for period in history.keys() {
            check_period_is_free(conn, team, *period, &mut problems)?;
        }
    }
    problems.into_result(file)?;
    let survey_id = survey::survey_id(conn, "default")?;
    let mut summary = HistorySummary { pulses: 0, responses: 0 };
    for (team, history) in histories {
        for (period, rows) in history {
            summary.responses += rows.len();
            store_period(conn, &team, survey_id, period, rows)?;
            summary.pulses += 1;
        }
    }
    Ok(summary)
}

/// Records a problem when `team` has a pulse for `period` already, or when the month is
/// published at or above it.
fn check_period_is_free(
    conn: &mut DbConnection,
    team: &Team,
    period: Period,
    problems: &mut Problems,
) -> Result<(), AppError> {
    if let Some(existing) = pulses::find_pulse(conn, team.id, period)? {
        problems.push(
            1,
            "period",
            format!("team '{}' has a pulse for {period} already (id {})", team.slug, existing.id),
        );
    } else if let Err(refusal) = publication::refuse_if_published(conn, team.id, &team.slug, period) {
        match refusal {
            AppError::Conflict(why) => problems.push(1, "period", why),
            other => return Err(other),
        }
    }
    Ok(())
}

/// One closed, imported pulse of `team` for `period` with `rows` in a shuffled order.
fn store_period(
    conn: &mut DbConnection,
    team: &Team,
    survey_id: i64,
    period: Period,
    mut rows: Vec<Submission>,
) -> Result<(), AppError> {
    let opens = period.first_day().and_hms_opt(0, 0, 0).unwrap_or_default();
    diesel::insert_into(pulses_table::table)
        .values((
            pulses_table::team_id.eq(team.id),
            pulses_table::survey_id.eq(survey_id),
            pulses_table::period.eq(period.to_string()),
            pulses_table::opens_at.eq(opens),
            pulses_table::closes_at.eq(opens + Duration::days(7)),
            pulses_table::state.eq(PulseState::Closed.as_str()),
            pulses_table::min_group.eq(team.min_group),
            pulses_table::comment_min.eq(team.comment_min.max(team.min_group)),
            pulses_table::imported.eq(true),
            pulses_table::summary_sent.eq(true),
        ))
        .execute(conn)?;
    let pulse = pulses::find_pulse(conn, team.id, period)?
        .ok_or_else(|| AppError::broken("imported pulse vanished"))?;
    rows.shuffle(&mut rand::rng());
    for submission in &rows {
        insert_response(conn, pulse.id, submission)?;
    }
    Ok(())
}
