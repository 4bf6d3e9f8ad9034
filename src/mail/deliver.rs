//! The delivery step: claim due rows, send them (paced, a few at a time), record each
//! outcome right after its send. The mail worker loops it; `candor outbox flush` and tests
//! call it directly.

use std::time::Duration;

use chrono::NaiveDateTime;
use futures_util::StreamExt;
use rand::Rng;

use super::Mailer;
use super::outbox::{self, OutboxMail};
use super::transport::SendError;
use crate::db::{self, DbPool};
use crate::error::AppError;
use crate::shutdown::Shutdown;

/// How hard and how fast to try.
#[derive(Debug, Clone)]
pub struct DeliveryPolicy {
    /// Rows claimed per step.
    pub batch: i64,
    /// Sends in flight at once.
    pub concurrency: usize,
    /// Attempts before a row is `failed` for good.
    pub max_attempts: i32,
    /// Wait after the first failure; doubles each time (with ±20% jitter).
    pub first_retry: Duration,
    /// Longest wait between attempts.
    pub max_retry: Duration,
    /// How long a claim holds before another worker may take the row.
    pub lease: Duration,
    /// Most sends started per second.
    pub rate_per_second: f64,
}

impl Default for DeliveryPolicy {
    fn default() -> Self {
        Self {
            batch: 100,
            concurrency: 16,
            max_attempts: 8,
            first_retry: Duration::from_secs(30),
            max_retry: Duration::from_secs(3600),
            lease: Duration::from_secs(120),
            rate_per_second: 20.0,
        }
    }
}

impl DeliveryPolicy {
    /// Rows to claim at once: at most what the rate sends in half a lease, so a claim never
    /// outlives its lease while its rows wait their turn (another instance would take them
    /// and send them twice).
    pub fn claim_size(&self) -> i64 {
        let in_half_a_lease = (self.rate_per_second * self.lease.as_secs_f64() / 2.0).floor();
        self.batch.min(in_half_a_lease as i64).max(1)
    }

    /// The wait before attempt `attempts + 1`, after `attempts` failures.
    pub fn backoff(&self, attempts: i32) -> Duration {
        let exponent = attempts.saturating_sub(1).clamp(0, 20) as u32;
        let base = self.first_retry.saturating_mul(2u32.saturating_pow(exponent)).min(self.max_retry);
        base.mul_f64(rand::rng().random_range(0.8..1.2))
    }
}

/// What one step did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DeliveryReport {
    /// Rows claimed.
    pub claimed: usize,
    /// Delivered to the SMTP server (or written to a file).
    pub sent: usize,
    /// Failed for now; queued again with a later time.
    pub retried: usize,
    /// Failed for good.
    pub failed: usize,
    /// Claimed but not sent because the process is stopping; queued again at once.
    pub released: usize,
    /// Claimed but not sent because the lease ran out before its turn and another instance
    /// took the row (it sends it instead).
    pub lost: usize,
}

/// Paces sends to a rate shared by every step of one process.
pub struct Pacer(tokio::sync::Mutex<tokio::time::Interval>);

impl Pacer {
    /// At most `per_second` starts a second.
    pub fn new(per_second: f64) -> Self {
        let period = Duration::from_secs_f64(1.0 / per_second.max(0.001));
        let mut interval = tokio::time::interval(period);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        Self(tokio::sync::Mutex::new(interval))
    }

    async fn wait(&self) {
        self.0.lock().await.tick().await;
    }
}

#[derive(Clone, Copy)]
enum Outcome {
    Sent,
    Retried,
    Failed,
    Released,
    Lost,
}

/// Sends every row due at `now` (up to one batch) and records the outcomes.
pub async fn deliver_due(
    pool: &DbPool,
    mailer: &Mailer,
    policy: &DeliveryPolicy,
    pacer: &Pacer,
    now: NaiveDateTime,
) -> Result<DeliveryReport, AppError> {
    deliver_due_until(pool, mailer, policy, pacer, now, &Shutdown::new()).await
}

/// As [`deliver_due`], but once `shutdown` is given no further send starts: sends under way
/// finish and are recorded, the rest of the batch is released for any instance to take.
pub async fn deliver_due_until(
    pool: &DbPool,
    mailer: &Mailer,
    policy: &DeliveryPolicy,
    pacer: &Pacer,
    now: NaiveDateTime,
    shutdown: &Shutdown,
) -> Result<DeliveryReport, AppError> {
    let (batch, lease) = (policy.claim_size(), chrono_duration(policy.lease));
    let held_until = outbox::lease_end(now, lease);
    let claimed = db::run(pool, move |c| db::write(c, |c| outbox::claim_due(c, now, batch, lease))).await?;
    let mut report = DeliveryReport { claimed: claimed.len(), ..DeliveryReport::default() };
    let outcomes: Vec<Result<Outcome, AppError>> = futures_util::stream::iter(claimed)
        .map(|mail| async move {
            // Waiting for the pacer ends at the stop too, so the rest of the batch is given
            // back at once rather than one pacer tick at a time.
            tokio::select! {
                _ = pacer.wait() => {}
                _ = shutdown.stopping() => {}
            }
            if shutdown.is_stopping() {
                let id = mail.id;
                db::run(pool, move |c| db::write(c, |c| outbox::release(c, id))).await?;
                return Ok(Outcome::Released);
            }
            if !still_ours(pool, mail.id, held_until, lease).await? {
                return Ok(Outcome::Lost);
            }
            let result = mailer.send(&mail).await;
            record(pool, policy, mail, result, now).await
        })
        .buffer_unordered(policy.concurrency.max(1))
        .collect()
        .await;
    for outcome in outcomes {
        match outcome? {
            Outcome::Sent => report.sent += 1,
            Outcome::Retried => report.retried += 1,
            Outcome::Failed => report.failed += 1,
            Outcome::Released => report.released += 1,
            Outcome::Lost => report.lost += 1,
        }
    }
    Ok(report)
}

/// Whether this instance may still send a row it claimed with a lease ending `held_until`.
/// With more than half the lease left, yes at once (no query: the common case). Otherwise the
/// lease is renewed from now, but only if it still ends at `held_until`: a row whose lease ran
/// out while it waited its turn may have been claimed by another instance, which then sends
/// it; sending it here too would deliver it twice.
async fn still_ours(
    pool: &DbPool,
    id: i64,
    held_until: NaiveDateTime,
    lease: chrono::Duration,
) -> Result<bool, AppError> {
    let started = chrono::Utc::now().naive_utc();
    if started + lease / 2 <= held_until {
        return Ok(true);
    }
    db::run(pool, move |c| {
        db::write(c, |c| outbox::renew_lease(c, id, held_until, outbox::lease_end(started, lease)))
    })
    .await
}

async fn record(
    pool: &DbPool,
    policy: &DeliveryPolicy,
    mail: OutboxMail,
    result: Result<(), SendError>,
    now: NaiveDateTime,
) -> Result<Outcome, AppError> {
    let outcome = match &result {
        Ok(()) => Outcome::Sent,
        Err(e) if e.permanent || mail.attempts + 1 >= policy.max_attempts => Outcome::Failed,
        Err(_) => Outcome::Retried,
    };
    if let Err(e) = &result {
        tracing::warn!(outbox_id = mail.id, attempt = mail.attempts + 1, permanent = e.permanent, error = %e.message, "send failed");
    }
    let retry_at = now + chrono_duration(policy.backoff(mail.attempts + 1));
    db::run(pool, move |c| {
        db::write(c, |c| match (outcome, &result) {
            (Outcome::Sent, _) => outbox::mark_sent(c, &mail, now),
            (Outcome::Retried, Err(e)) => outbox::mark_attempt_failed(c, &mail, &e.message, Some(retry_at)),
            (_, Err(e)) => outbox::mark_attempt_failed(c, &mail, &e.message, None),
            (_, Ok(())) => outbox::mark_sent(c, &mail, now),
        })
    })
    .await?;
    Ok(outcome)
}

fn chrono_duration(d: Duration) -> chrono::Duration {
    chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX)
}

/// Loops [`deliver_due_until`] until `shutdown`: at once while there is work, every second when
/// the outbox is empty, and a little longer after a database error.
pub async fn run_mail_worker(pool: DbPool, mailer: Mailer, policy: DeliveryPolicy, shutdown: Shutdown) {
    let pacer = Pacer::new(policy.rate_per_second);
    while !shutdown.is_stopping() {
        let now = chrono::Utc::now().naive_utc();
        let pause = match deliver_due_until(&pool, &mailer, &policy, &pacer, now, &shutdown).await {
            Ok(report) if report.claimed > 0 => continue,
            Ok(_) => Duration::from_secs(1),
            Err(e) => {
                tracing::error!(error = %e, "mail worker step failed");
                Duration::from_secs(5)
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(pause) => {}
            _ = shutdown.stopping() => {}
        }
    }
    tracing::info!("mail worker stopped");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_fits_in_half_a_lease_at_the_sending_rate() {
        let policy = |rate_per_second, lease_secs| DeliveryPolicy {
            rate_per_second,
            lease: Duration::from_secs(lease_secs),
            ..DeliveryPolicy::default()
        };
        assert_eq!(policy(20.0, 120).claim_size(), 100, "the default batch fits easily");
        assert_eq!(policy(0.5, 120).claim_size(), 30, "a slow rate claims fewer");
        assert_eq!(policy(1000.0, 3).claim_size(), 100);
        assert_eq!(policy(0.01, 10).claim_size(), 1, "never nothing");
    }
}
