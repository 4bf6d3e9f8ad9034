//! What `/admin/pulses` shows per team: whether its cadence is launched, its open pulse and
//! until when, what opens next and for how many people, and the pulses that closed. Nothing
//! here counts answers: an open pulse's participation is never shown (docs/anonymity.md).

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::ids::TeamId;
use super::launch::{self, NextPulse};
use super::period::Period;
use super::pulse_state::PulseState;
use super::pulses::{self, Pulse};
use super::teams::Team;
use crate::db::DbConnection;
use crate::db::schema::pulses as table;
use crate::error::AppError;

/// Closed pulses listed per team.
const CLOSED_SHOWN: i64 = 3;

/// One team's pulses.
#[derive(Debug, Clone)]
pub struct TeamPulses {
    /// The team.
    pub team: Team,
    /// Its open pulse, if any.
    pub open: Option<Pulse>,
    /// What the scheduler opens next, once the cadence is launched (monthly, not archived).
    pub next: Option<NextPulse>,
    /// Its newest closed pulses, newest first.
    pub closed: Vec<Pulse>,
    /// People a pulse opened now for this month would invite.
    pub invitees_now: usize,
}

/// The pulses of `teams`, in their order.
pub fn board(
    conn: &mut DbConnection,
    teams: Vec<Team>,
    now: DateTime<Utc>,
) -> Result<Vec<TeamPulses>, AppError> {
    teams.into_iter().map(|team| of_team(conn, team, now)).collect()
}

/// One team's pulses.
pub fn of_team(conn: &mut DbConnection, team: Team, now: DateTime<Utc>) -> Result<TeamPulses, AppError> {
    let open = open_pulse(conn, team.id)?;
    let closed = table::table
        .filter(table::team_id.eq(team.id).and(table::state.eq(PulseState::Closed.as_str())))
        .order(table::period.desc())
        .limit(CLOSED_SHOWN)
        .select(Pulse::as_select())
        .load(conn)?;
    let scheduled = team.launched_at.is_some() && team.archived_at.is_none();
    let next = if scheduled { launch::next_pulse(conn, &team, now)? } else { None };
    let this_month = this_month(&team, now);
    let invitees_now = pulses::invitee_count(conn, team.id, this_month)?;
    Ok(TeamPulses { team, open, next, closed, invitees_now })
}

/// The team's open pulse, if it has one.
pub fn open_pulse(conn: &mut DbConnection, team_id: TeamId) -> Result<Option<Pulse>, AppError> {
    Ok(table::table
        .filter(table::team_id.eq(team_id).and(table::state.eq(PulseState::Open.as_str())))
        .select(Pulse::as_select())
        .first(conn)
        .optional()?)
}

/// The month a pulse opened now would ask about: this month in the team's time zone.
pub fn this_month(team: &Team, now: DateTime<Utc>) -> Period {
    Period::of(now.with_timezone(&team.zone()).date_naive())
}

/// The pulse that opening one now for `team` would make, in memory only (id 0): what the
/// previews of the invitation and the survey show. Nothing is stored.
pub fn as_if_opened_now(conn: &mut DbConnection, team: &Team, now: DateTime<Utc>) -> Result<Pulse, AppError> {
    let opens_at = now.naive_utc();
    Ok(Pulse {
        id: super::PulseId(0),
        team_id: team.id,
        survey_id: super::team_survey::current_survey(conn, team.id.0)?,
        period: this_month(team, now).to_string(),
        opens_at,
        closes_at: opens_at + team.open_for(),
        state: PulseState::Open,
        min_group: team.min_group,
        comment_min: team.comment_min.max(team.min_group),
        asks_helped: team.ask_changes_helped,
        skips_set: super::team_survey::skipped_set(conn, team)?,
    })
}

/// A pulse by id with its team; 404 in plain words for none.
pub fn find_with_team(conn: &mut DbConnection, id: i64) -> Result<(Pulse, Team), AppError> {
    use crate::db::schema::teams;
    table::table
        .inner_join(teams::table)
        .filter(table::id.eq(id))
        .select((Pulse::as_select(), Team::as_select()))
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound("There is no pulse with this number.".into()))
}
