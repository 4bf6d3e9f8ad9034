//! Nothing goes out before launch (docs/design.md, "Launch"). A new installation sends no
//! invitation by itself: the scheduler opens pulses only for the teams whose cadence an admin
//! launched, and launching says first what will go to how many people, and when.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

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

impl NextPulse {
    /// What the audit log records of a launch: "next: 2027-01 opens 2027-01-01 08:00 UTC".
    pub fn audit_detail(&self) -> String {
        format!("next: {} opens {}", self.period, self.opens_at.format("%Y-%m-%d %H:%M UTC"))
    }
}

/// The pulse the scheduler opens next for `team` once launched: the opening in force now while
/// its window is open and the team has no pulse for its month and the month is not published at
/// or above it, else the next opening. `None` for a manual cadence. An unlaunched team is
/// counted as if launched now (the launch page shows what launching would do).
pub fn next_pulse(
    conn: &mut DbConnection,
    team: &Team,
    now: DateTime<Utc>,
) -> Result<Option<NextPulse>, AppError> {
    let (zone, cadence) = (team.zone(), team.cadence());
    let anchor = team.launched_at.map_or(now, |at| at.and_utc());
    let current = cadence.opening_at_or_before(anchor, zone, now);
    let mut free = None;
    if let Some(opens) = current.filter(|opens| now < *opens + team.open_for()) {
        let period = Period::of(opens.with_timezone(&zone).date_naive());
        if pulses::find_pulse(conn, team.id, period)?.is_none()
            && publication::published_by(conn, team.id, period)?.is_none()
        {
            free = Some(opens);
        }
    }
    let Some(opens_at) = free.or_else(|| cadence.opening_after(anchor, zone, now)) else { return Ok(None) };
    let period = Period::of(opens_at.with_timezone(&zone).date_naive());
    Ok(Some(NextPulse {
        period,
        opens_at,
        closes_at: opens_at + team.open_for(),
        invitees: pulses::invitee_count(conn, team.id, period)?,
    }))
}

/// Launches the team's cadence at `now` (a second launch keeps the first date) and returns
/// what happens next. Call inside [`crate::db::write`].
pub fn launch(conn: &mut DbConnection, team: &Team, now: DateTime<Utc>) -> Result<NextPulse, AppError> {
    team.refuse_if_archived()?;
    let manual = || {
        crate::i18n::refused(
            "cadence",
            crate::error::Said::new("refused-launch-manual").text("team", &team.name),
        )
    };
    if !team.cadence().is_scheduled() {
        return Err(manual());
    }
    let at: NaiveDateTime = now.naive_utc();
    diesel::update(teams::table.find(team.id).filter(teams::launched_at.is_null()))
        .set(teams::launched_at.eq(at))
        .execute(conn)?;
    let launched = super::teams::find_team(conn, &team.slug)?;
    next_pulse(conn, &launched, now)?.ok_or_else(manual)
}

/// Whether `team` waits for a launch: a scheduled cadence, not archived, not launched yet.
pub fn waits_for_launch(team: &Team) -> bool {
    team.launched_at.is_none() && team.archived_at.is_none() && team.cadence().is_scheduled()
}

/// Marks every team launched (the demo, whose pulses run from the start).
pub fn launch_all(conn: &mut DbConnection, now: DateTime<Utc>) -> Result<usize, AppError> {
    Ok(diesel::update(teams::table.filter(teams::launched_at.is_null()))
        .set(teams::launched_at.eq(now.naive_utc()))
        .execute(conn)?)
}
