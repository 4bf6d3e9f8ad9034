//! Changing a team from the admin pages: rename, move under another parent (only while it
//! holds no published answers: docs/anonymity.md, "Teams with results stay where they are"),
//! its settings, archive and unarchive, and the warning for a group that can never reach its
//! threshold. Functions here run inside the caller's transaction.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::Slug;
use super::home_team::answering_counts;
use super::ids::{PulseId, TeamId};
use super::pulse_state::PulseState;
use super::team_tree::{self, Parents, ThresholdGap};
use super::teams::{self, Team, TeamSettings};
use crate::db::DbConnection;
use crate::db::schema::{pulses, responses, teams as teams_table};
use crate::error::{AppError, Said};
use crate::i18n::refused;

/// What the settings page changes; `None` leaves a value as it is.
#[derive(Debug, Clone, Default)]
pub struct TeamEdit {
    /// The display name (the slug and the addresses stay).
    pub name: Option<String>,
    /// The new parent: `Some(None)` makes the team a root.
    pub parent: Option<Option<Slug>>,
    /// Thresholds, time zone, cadence, publishing.
    pub settings: TeamSettings,
}

/// Every team's parent.
pub fn parents(conn: &mut DbConnection) -> Result<Parents, AppError> {
    Ok(teams_table::table
        .select((teams_table::id, teams_table::parent_id))
        .load::<(TeamId, Option<TeamId>)>(conn)?
        .into_iter()
        .collect())
}

/// Refuses to put `team` under `new_parent` (`None`: no parent) when that would make a circle
/// (422), or when the team or a team below it has an open pulse or a closed one with answers
/// (409): reports group past months by today's tree, so the move would change what the old
/// and the new parent showed, and the difference would be the moved team's answers.
pub fn refuse_move(conn: &mut DbConnection, team: &Team, new_parent: Option<&Team>) -> Result<(), AppError> {
    if new_parent.map(|p| p.id) == team.parent_id {
        return Ok(());
    }
    let tree = parents(conn)?;
    if let Some(parent) = new_parent.filter(|p| team_tree::would_cycle(&tree, team.id, p.id)) {
        let why = if parent.id == team.id {
            Said::new("refused-team-parent-itself").text("team", &team.name)
        } else {
            Said::new("refused-team-parent-below").text("parent", &parent.name).text("team", &team.name)
        };
        return Err(refused("parent", why));
    }
    let below: Vec<TeamId> = team_tree::subtree(&tree, team.id).into_iter().collect();
    let in_subtree: Vec<(PulseId, String, String)> = pulses::table
        .filter(pulses::team_id.eq_any(&below))
        .select((pulses::id, pulses::state, pulses::period))
        .load(conn)?;
    if let Some((_, _, period)) = in_subtree.iter().find(|(_, state, _)| state == PulseState::Open.as_str()) {
        return Err(AppError::Conflict(format!(
            "{} cannot move while its pulse of {period} (or one of a team below it) is open: \
             close it first.",
            team.name
        )));
    }
    let ids: Vec<PulseId> = in_subtree.iter().map(|(id, ..)| *id).collect();
    let answered: Vec<String> = responses::table
        .inner_join(pulses::table)
        .filter(responses::pulse_id.eq_any(&ids))
        .select(pulses::period)
        .distinct()
        .order(pulses::period.asc())
        .load(conn)?;
    if let Some(first) = answered.first() {
        return Err(AppError::Conflict(format!(
            "{} cannot move: it has published results (from {first}). Reports group past months by \
             today's tree, so moving it would change what its old and new parent teams showed for \
             those months, and the difference would reveal its answers (docs/anonymity.md). Add a \
             new team under the new parent instead.",
            team.name
        )));
    }
    Ok(())
}

/// The parent named by `slug` (a 422 on the parent field when there is none).
fn parent_team(conn: &mut DbConnection, slug: &Slug) -> Result<Team, AppError> {
    teams::find_team(conn, slug.as_str()).map_err(|e| match e {
        AppError::NotFound(_) => {
            refused("parent", Said::new("refused-team-parent-unknown").text("slug", slug.as_str()))
        }
        other => other,
    })
}

/// Applies `edit` to `team` after checking every part; returns the team as saved and what
/// changed, one "field old -> new" per change (for the audit log).
pub fn edit_team(
    conn: &mut DbConnection,
    team: &Team,
    edit: &TeamEdit,
) -> Result<(Team, Vec<String>), AppError> {
    let name = edit.name.as_deref().map(teams::clean_name).transpose()?;
    let parent = match &edit.parent {
        Some(Some(slug)) => Some(Some(parent_team(conn, slug)?)),
        Some(None) => Some(None),
        None => None,
    };
    if let Some(new_parent) = &parent {
        refuse_move(conn, team, new_parent.as_ref())?;
    }
    teams::update_team(conn, &team.slug, &edit.settings)?;
    let parent_id = parent.as_ref().map_or(team.parent_id, |p| p.as_ref().map(|p| p.id));
    diesel::update(teams_table::table.find(team.id))
        .set((
            teams_table::name.eq(name.unwrap_or_else(|| team.name.clone())),
            teams_table::parent_id.eq(parent_id),
        ))
        .execute(conn)?;
    let after = teams::find_team(conn, &team.slug)?;
    let changes = changes(conn, team, &after)?;
    Ok((after, changes))
}

/// What differs between two versions of a team, one "field old -> new" each.
pub fn changes(conn: &mut DbConnection, before: &Team, after: &Team) -> Result<Vec<String>, AppError> {
    let mut out = Vec::new();
    let mut note = |field: &str, old: String, new: String| {
        if old != new {
            out.push(format!("{field} {old} -> {new}"));
        }
    };
    note("name", format!("'{}'", before.name), format!("'{}'", after.name));
    note("min_group", before.min_group.to_string(), after.min_group.to_string());
    note("comment_min", before.comment_min.to_string(), after.comment_min.to_string());
    note("timezone", before.timezone.clone(), after.timezone.clone());
    note("cadence", before.cadence.clone(), after.cadence.clone());
    note("publish_to_members", before.publish_to_members.to_string(), after.publish_to_members.to_string());
    note("ask_changes_helped", before.ask_changes_helped.to_string(), after.ask_changes_helped.to_string());
    if before.parent_id != after.parent_id {
        let old = slug_or_none(conn, before.parent_id)?;
        let new = slug_or_none(conn, after.parent_id)?;
        out.push(format!("parent {old} -> {new}"));
    }
    Ok(out)
}

fn slug_or_none(conn: &mut DbConnection, id: Option<TeamId>) -> Result<String, AppError> {
    match id {
        None => Ok("none".to_string()),
        Some(id) => Ok(teams_table::table.find(id).select(teams_table::slug).first(conn)?),
    }
}

/// Archives `team` at `now`: the scheduler opens no pulse for it; its pages, history and
/// people stay. Refused (409) while it has an open pulse. Returns whether it changed (an
/// archived team stays archived since its first date).
pub fn archive(conn: &mut DbConnection, team: &Team, now: DateTime<Utc>) -> Result<bool, AppError> {
    let open: Option<(PulseId, String)> = pulses::table
        .filter(pulses::team_id.eq(team.id).and(pulses::state.eq(PulseState::Open.as_str())))
        .select((pulses::id, pulses::period))
        .first(conn)
        .optional()?;
    if let Some((id, period)) = open {
        return Err(AppError::Conflict(format!(
            "{} has an open pulse ({period}, id {id}): close it first (`candor pulse close {id}`, or \
             wait until it closes), then archive the team.",
            team.name
        )));
    }
    let changed = diesel::update(teams_table::table.find(team.id).filter(teams_table::archived_at.is_null()))
        .set(teams_table::archived_at.eq(now.naive_utc()))
        .execute(conn)?;
    Ok(changed > 0)
}

/// Takes `team` out of the archive: the scheduler opens its pulses again if it was launched.
/// Returns whether it changed.
pub fn unarchive(conn: &mut DbConnection, team: &Team) -> Result<bool, AppError> {
    let changed =
        diesel::update(teams_table::table.find(team.id).filter(teams_table::archived_at.is_not_null()))
            .set(teams_table::archived_at.eq(None::<chrono::NaiveDateTime>))
            .execute(conn)?;
    Ok(changed > 0)
}

/// The warning for `team` when the people who answer for its group (it and the teams below
/// it, as the report counts) are fewer than its threshold.
pub fn threshold_gap(conn: &mut DbConnection, team: &Team) -> Result<Option<ThresholdGap>, AppError> {
    let tree = parents(conn)?;
    let answering = answering_counts(conn)?;
    let size = team_tree::group_size(&tree, &answering, team.id);
    let with_below = tree.values().any(|p| *p == Some(team.id));
    let parent = match team.parent_id {
        Some(id) => Some(teams_table::table.find(id).select(teams_table::name).first::<String>(conn)?),
        None => None,
    };
    Ok(ThresholdGap::of(&team.name, size, team.min_group, with_below, parent.as_deref()))
}
