//! Reports: read a team's subtree, apply the anonymity rules, compute the statistics, and
//! render one view model as JSON, CSV, text, pages and email.

mod build;
mod changes;
pub mod data;
pub mod format;
pub mod model;
pub mod summary;
pub mod svg;
mod trends;
pub mod verdicts;
pub mod words;

use rand::seq::SliceRandom;

use crate::db::DbConnection;
use crate::error::AppError;
pub use model::TeamReport;

/// The report of the team `slug` over all its closed rounds.
pub fn team_report(conn: &mut DbConnection, slug: &str) -> Result<TeamReport, AppError> {
    let all = data::load_teams(conn)?;
    let root =
        all.iter().find(|t| t.slug == slug).cloned().ok_or_else(|| {
            AppError::NotFound(format!("no team '{slug}': `candor team list` shows the teams"))
        })?;
    report_of(conn, &all, root)
}

/// The report of the team `team_id` (found by the caller), as [`team_report`].
pub fn team_report_of(
    conn: &mut DbConnection,
    team_id: crate::domain::TeamId,
) -> Result<TeamReport, AppError> {
    let all = data::load_teams(conn)?;
    let root = all
        .iter()
        .find(|t| t.id == team_id.0)
        .cloned()
        .ok_or_else(|| AppError::NotFound(format!("no team with id {team_id}")))?;
    report_of(conn, &all, root)
}

/// The report of `root`, one of `all` the teams.
fn report_of(
    conn: &mut DbConnection,
    all: &[data::TeamNode],
    root: data::TeamNode,
) -> Result<TeamReport, AppError> {
    let data = data::load_subtree(conn, data::subtree(all, root.id))?;
    let index = build::QuestionIndex::new(&data.questions);
    let respondents = build::respondents_by_pulse(&data.answers, &index);
    let counts = build::dimension_counts(&respondents, &index);
    let computed = build::compute(&data, &respondents, &counts, &index, root.id);
    let mut report = assemble(&root, &computed);
    report.comments = latest_comments(conn, &computed, root.id)?;
    Ok(report)
}

/// Comments of the latest round whose comments may be shown (the comment threshold, with
/// subtraction closed across the subtree), shuffled.
fn latest_comments(
    conn: &mut DbConnection,
    computed: &build::Computed<'_>,
    root: i64,
) -> Result<Option<model::CommentBlock>, AppError> {
    let latest = computed
        .periods
        .iter()
        .zip(&computed.rounds)
        .zip(&computed.comments_shown)
        .rev()
        .find_map(|((p, round), shown)| shown.then_some((p, round)));
    let Some((period, round)) = latest else { return Ok(None) };
    let mut comments = data::load_comments(conn, &round.pulse_ids(&computed.tree, root))?;
    if comments.is_empty() {
        return Ok(None);
    }
    comments.shuffle(&mut rand::rng());
    Ok(Some(model::CommentBlock { period: period.period.clone(), comments }))
}

/// Puts the report together (trends, reliability, sentences); comments are added by the caller.
fn assemble(team: &data::TeamNode, computed: &build::Computed<'_>) -> TeamReport {
    let trends = trends::trends(&computed.periods, computed.index.reported());
    let reliability = trends::reliability(computed, team.id);
    let mut report = TeamReport {
        team: team.slug.clone(),
        name: team.name.clone(),
        min_group: team.min_group,
        dimension_order: computed
            .index
            .reported()
            .iter()
            .map(|key| model::DimensionInfo {
                key: key.clone(),
                label: model::dimension_label(key).into_owned(),
                kind: computed.index.kind(key).unwrap_or(model::Kind::Likert5),
            })
            .collect(),
        periods: computed.periods.clone(),
        trends,
        reliability,
        comments: None,
        summary: Vec::new(),
        verdicts: Vec::new(),
    };
    report.summary = words::summary(&report);
    report.verdicts = verdicts::verdicts(&report);
    report
}
