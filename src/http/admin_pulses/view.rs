//! What the pulse pages show, in words: times in the team's own zone, and sentences that say
//! what goes out to how many people and when.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

use crate::domain::launch::NextPulse;
use crate::domain::pulse_board::TeamPulses;
use crate::domain::pulses::Pulse;
use crate::domain::teams::Team;

/// `at` (UTC) in `team`'s time zone, as "Tue 8 Dec 2026 17:00 (Europe/Berlin)".
pub fn local(team: &Team, at: NaiveDateTime) -> String {
    let zone = team.zone();
    format!("{} ({zone})", at.and_utc().with_timezone(&zone).format("%a %-d %b %Y %H:%M"))
}

/// "12 people" / "1 person".
pub fn people(n: usize) -> String {
    if n == 1 { "1 person".into() } else { format!("{n} people") }
}

/// One pulse as a line of the page.
#[derive(Debug, Serialize)]
pub struct PulseLine {
    /// Its id (the address of its delivery page).
    pub id: i64,
    /// `YYYY-MM`.
    pub period: String,
    /// When it closes or closed, in the team's zone.
    pub closes: String,
}

impl PulseLine {
    /// The line of `pulse` of `team`.
    pub fn of(team: &Team, pulse: &Pulse) -> Self {
        Self { id: pulse.id.0, period: pulse.period.clone(), closes: local(team, pulse.closes_at) }
    }
}

/// What a launched cadence does next, in one sentence.
pub fn next_sentence(team: &Team, next: &NextPulse, now: DateTime<Utc>) -> String {
    let when = if next.opens_at <= now {
        "at the scheduler's next round (within a minute)".to_string()
    } else {
        local(team, next.opens_at.naive_utc())
    };
    format!(
        "The {} pulse opens {when}, invites {} and closes {}.",
        next.period,
        people(next.invitees),
        local(team, next.closes_at.naive_utc())
    )
}

/// One team's row of `/admin/pulses`.
#[derive(Debug, Serialize)]
pub struct TeamRow {
    /// Slug (the addresses of its actions).
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Whether its monthly cadence is launched.
    pub launched: bool,
    /// Archived teams get no pulses.
    pub archived: bool,
    /// Its open pulse.
    pub open: Option<PulseLine>,
    /// What opens next (launched teams).
    pub next: Option<String>,
    /// Its newest closed pulses.
    pub closed: Vec<PulseLine>,
    /// Who a pulse opened now would invite, in words.
    pub invitees_now: String,
    /// Nobody would be invited now.
    pub nobody_now: bool,
}

impl TeamRow {
    /// The row of one team's pulses at `now`.
    pub fn of(board: &TeamPulses, now: DateTime<Utc>) -> Self {
        let team = &board.team;
        Self {
            slug: team.slug.clone(),
            name: team.name.clone(),
            launched: team.launched_at.is_some(),
            archived: team.archived_at.is_some(),
            open: board.open.as_ref().map(|p| PulseLine::of(team, p)),
            next: board.next.as_ref().map(|n| next_sentence(team, n, now)),
            closed: board.closed.iter().map(|p| PulseLine::of(team, p)).collect(),
            invitees_now: people(board.invitees_now),
            nobody_now: board.invitees_now == 0,
        }
    }
}
