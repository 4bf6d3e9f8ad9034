//! The scheduler: one loop that opens each team's monthly pulse, queues reminders, closes
//! pulses whose time is up and queues their summaries, reminds leads of agreement reviews, and
//! deletes expired sessions and sign-in links.
//! Each step is idempotent, so a restart or a second instance is safe.

use std::time::Duration;

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::db::schema::teams;
use crate::db::{self, DbConnection, DbPool, LockMode};
use crate::domain::PulseId;
use crate::domain::agreements;
use crate::domain::period::Period;
use crate::domain::pulses::PulseTools;
use crate::domain::reminders;
use crate::domain::teams::Team;
use crate::domain::{publication, pulses};
use crate::error::AppError;
use crate::mail::Composer;
use crate::metrics::Metrics;
use crate::sealing::MasterKey;
use crate::shutdown::Shutdown;
use crate::summaries;

/// Opens the pulse of every launched team (not archived, not manual) whose scheduled opening
/// has come (within its days open), that has none yet for that opening's month and whose month
/// is not published already at or above it; returns (team, pulse id, invited).
pub fn open_due_pulses(
    conn: &mut DbConnection,
    tools: &PulseTools<'_>,
    now: DateTime<Utc>,
) -> Result<Vec<(String, PulseId, usize)>, AppError> {
    // Nothing goes out before an admin launches the team (docs/design.md, "Launch"), nor for
    // an archived team.
    let launched: Vec<Team> = teams::table
        .filter(teams::launched_at.is_not_null())
        .filter(teams::archived_at.is_null())
        .select(Team::as_select())
        .load(conn)?;
    let mut opened = Vec::new();
    for team in launched {
        let Some(anchor) = team.launched_at.map(|at| at.and_utc()) else { continue };
        let zone = team.zone();
        let Some(opens) = team.cadence().opening_at_or_before(anchor, zone, now) else { continue };
        let closes = opens + team.open_for();
        let period = Period::of(opens.with_timezone(&zone).date_naive());
        if now >= closes || pulses::find_pulse(conn, team.id, period)?.is_some() {
            continue;
        }
        if let Some(published) = publication::published_by(conn, team.id, period)? {
            // A late pulse would change a published month (docs/anonymity.md): the team's
            // first pulse is the next one.
            tracing::info!(team = %team.slug, %period, published = %published, "not opening a late pulse");
            continue;
        }
        let (pulse, invited) = pulses::open_pulse(conn, tools, &team, period, closes.naive_utc())?;
        if invited == 0 {
            // Nobody to ask: keep the month marked as done rather than retrying every minute.
            pulses::close_pulse(conn, tools.master, pulse.id)?;
        }
        tracing::info!(team = %team.slug, pulse = %pulse.id, invited, "opened scheduled pulse");
        opened.push((team.slug, pulse.id, invited));
    }
    Ok(opened)
}

/// What one scheduler step did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TickReport {
    /// Pulses opened.
    pub opened: usize,
    /// Reminders queued.
    pub reminded: usize,
    /// Pulses closed.
    pub closed: usize,
    /// Agreement review reminders queued.
    pub reviews: usize,
}

/// The parts of a scheduler step; each is also the key of its PostgreSQL advisory lock.
#[derive(Debug, Clone, Copy)]
enum Part {
    Open = 1,
    Remind = 2,
    Close = 3,
    Reviews = 4,
    Purge = 5,
}

/// The class of the scheduler parts' PostgreSQL advisory locks ("CAND" in ASCII, unlikely to
/// meet another application's); the second key is the part.
const SCHEDULER_LOCK_CLASS: i32 = 0x4341_4e44;

/// Runs one part in a write transaction that holds the part's lock, so instances sharing a
/// PostgreSQL database take turns: a second instance waits, then finds the work done (each
/// part is idempotent). On SQLite `BEGIN IMMEDIATE` already admits one writer at a time.
async fn one_at_a_time<T, F>(pool: &DbPool, part: Part, job: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
{
    db::run(pool, move |conn| {
        db::write(conn, |conn| {
            db::advisory_xact_lock(conn, SCHEDULER_LOCK_CLASS, part as i32, LockMode::Exclusive)?;
            job(conn)
        })
    })
    .await
}

/// What the scheduler's steps need besides the database.
#[derive(Clone)]
pub struct Tools {
    /// Renders the emails.
    pub composer: Composer,
    /// Wraps and unwraps the pulse keys (sealed answers).
    pub answer_key: MasterKey,
}

impl Tools {
    /// What opening a pulse needs, borrowed from these tools.
    pub fn pulse_tools(&self) -> PulseTools<'_> {
        PulseTools { composer: &self.composer, master: &self.answer_key }
    }
}

/// One scheduler step at `now`, each part in its own transaction.
pub async fn tick(pool: &DbPool, tools: &Tools, now: DateTime<Utc>) -> Result<TickReport, AppError> {
    let t = tools.clone();
    let opened =
        one_at_a_time(pool, Part::Open, move |conn| open_due_pulses(conn, &t.pulse_tools(), now)).await?;
    let c = tools.composer.clone();
    let reminded =
        one_at_a_time(pool, Part::Remind, move |conn| reminders::queue_due_reminders(conn, &c, now)).await?;
    let t = tools.clone();
    let closed = one_at_a_time(pool, Part::Close, move |conn| close_and_summarise(conn, &t, now)).await?;
    if !closed.is_empty() {
        db::run(pool, crate::domain::sealed::scrub_after_close).await?;
    }
    let c = tools.composer.clone();
    let reviews = one_at_a_time(pool, Part::Reviews, move |conn| {
        agreements::reviews::queue_due_review_reminders(conn, &c, now.date_naive())
    })
    .await?;
    let purged =
        one_at_a_time(pool, Part::Purge, move |conn| crate::auth::purge_expired(conn, now.naive_utc()))
            .await?;
    if purged != crate::auth::Purged::default() {
        tracing::info!(sessions = purged.sessions, links = purged.links, "purged expired sessions and links");
    }
    Ok(TickReport { opened: opened.len(), reminded, closed: closed.len(), reviews })
}

/// Closes the pulses whose time is up and, in the same transaction, queues their summaries.
fn close_and_summarise(
    conn: &mut DbConnection,
    tools: &Tools,
    now: DateTime<Utc>,
) -> Result<Vec<pulses::Pulse>, AppError> {
    let closed = pulses::close_due_pulses(conn, &tools.answer_key, now.naive_utc())?;
    let ids: Vec<PulseId> = closed.iter().map(|p| p.id).collect();
    summaries::queue_summaries(conn, &tools.composer, &ids, now.naive_utc())?;
    Ok(closed)
}

/// Runs [`tick`] every `every` until `shutdown` (a step under way finishes first), counting
/// the rounds in `metrics`.
pub async fn run_scheduler(
    pool: DbPool,
    tools: Tools,
    every: Duration,
    shutdown: Shutdown,
    metrics: Metrics,
) {
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = interval.tick() => {}
            _ = shutdown.stopping() => break,
        }
        if let Err(e) = tick(&pool, &tools, Utc::now()).await {
            tracing::error!(error = %e, "scheduler step failed");
        }
        metrics.scheduler_round_done();
    }
    tracing::info!("scheduler stopped");
}
