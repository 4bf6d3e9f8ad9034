//! Nothing goes out before launch (docs/design.md, "Launch"). A new installation sends no
//! invitation by itself: the scheduler opens pulses only for the teams whose cadence an admin
//! launched, and launching says first what will go to how many people, and when.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::cadence::{OPEN_DAYS, scheduled_open};
use super::period::Period;
use super::teams::Team;
use super::{publication, pulses};
use crate::db::DbConnection;
use crate::db::schema::teams;
use crate::error::AppError;

/// What a launched cadence does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextPulse {
    /// The month asked about.
    pub period: Period,
    /// When it opens (UTC); at or before now means at the scheduler's next tick.
    pub opens_at: DateTime<Utc>,
    /// When it closes (UTC).
    pub closes_at: DateTime<Utc>,
    /// People it would invite if it opened now (those who answer for the team and have no
    /// invitation for the month yet).
    pub invitees: usize,
}

/// The pulse the scheduler opens next for `team` once launched: this month's while its window
/// is open and the team has none and the month is not published at or above it, else next
/// month's.
pub fn next_pulse(conn: &mut DbConnection, team: &Team, now: DateTime<Utc>) -> Result<NextPulse, AppError> {
    let zone = team.zone();
    let this_month = Period::of(now.with_timezone(&zone).date_naive());
    let closes = scheduled_open(this_month, zone) + chrono::Duration::days(OPEN_DAYS);
    let this_month_free = now < closes
        && pulses::find_pulse(conn, team.id, this_month)?.is_none()
        && publication::published_by(conn, team.id, this_month)?.is_none();
    let period = if this_month_free { this_month } else { this_month.next() };
    let opens_at = scheduled_open(period, zone);
    Ok(NextPulse {
        period,
        opens_at,
        closes_at: opens_at + chrono::Duration::days(OPEN_DAYS),
        invitees: pulses::invitee_count(conn, team.id, period)?,
    })
}

/// Whether `team` waits for a launch: monthly, not archived, not launched yet.
pub fn waits_for_launch(team: &Team) -> bool {
    team.launched_at.is_none() && team.archived_at.is_none() && team.cadence == "monthly"
}

/// Launches the team's monthly cadence at `now` (a second launch keeps the first date) and
/// returns what happens next. Call inside [`crate::db::write`].
pub fn launch(conn: &mut DbConnection, team: &Team, now: DateTime<Utc>) -> Result<NextPulse, AppError> {
    team.refuse_if_archived()?;
    if team.cadence != "monthly" {
        return Err(AppError::invalid(
            "cadence",
            format!("team '{}' has cadence '{}'; only monthly pulses are scheduled", team.slug, team.cadence),
        ));
    }
    let at: NaiveDateTime = now.naive_utc();
    diesel::update(teams::table.find(team.id).filter(teams::launched_at.is_null()))
        .set(teams::launched_at.eq(at))
        .execute(conn)?;
    next_pulse(conn, team, now)
}

/// Marks every team launched (the demo, whose pulses run from the start).
pub fn launch_all(conn: &mut DbConnection, now: DateTime<Utc>) -> Result<usize, AppError> {
    Ok(diesel::update(teams::table.filter(teams::launched_at.is_null()))
        .set(teams::launched_at.eq(now.naive_utc()))
        .execute(conn)?)
}
