//! `candor outbox flush|list`.

use chrono::Utc;
use clap::Subcommand;

use super::open;
use crate::config::Settings;
use crate::error::AppError;
use crate::mail::deliver::Pacer;
use crate::mail::{DeliveryReport, Mailer, deliver_due, outbox};
use crate::startup::delivery_policy;

/// `candor outbox …`
#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// Deliver every email that is due now, then stop.
    Flush,
    /// List the newest emails and their state.
    List {
        /// How many.
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
}

/// Runs an outbox command.
pub async fn run(settings: &Settings, command: OutboxCommand) -> Result<(), AppError> {
    match command {
        OutboxCommand::Flush => flush(settings).await,
        OutboxCommand::List { limit } => list(settings, limit),
    }
}

async fn flush(settings: &Settings) -> Result<(), AppError> {
    let pool = open(settings)?;
    let mailer = Mailer::new(&crate::startup::mail_options(settings))?;
    let policy = delivery_policy(settings);
    let pacer = Pacer::new(policy.rate_per_second);
    let due = outbox::depth(&mut *pool.get()?)?
        .into_iter()
        .filter(|(s, _)| s == "queued")
        .map(|(_, n)| n)
        .sum::<i64>();
    let bar = crate::cli_progress::bar(due.max(0) as u64, "sending");
    let mut total = DeliveryReport::default();
    let started = Utc::now().naive_utc();
    loop {
        let step = deliver_due(&pool, &mailer, &policy, &pacer, started).await?;
        if step.claimed == 0 {
            break;
        }
        bar.inc(step.claimed as u64);
        total.sent += step.sent;
        total.retried += step.retried;
        total.failed += step.failed;
    }
    bar.finish_and_clear();
    println!("sent {}, to retry later {}, failed {}", total.sent, total.retried, total.failed);
    Ok(())
}

fn list(settings: &Settings, limit: i64) -> Result<(), AppError> {
    let pool = open(settings)?;
    let rows = outbox::list(&mut *pool.get()?, limit)?;
    if rows.is_empty() {
        println!("the outbox is empty");
    }
    for r in rows {
        println!(
            "{:>6}  {:7}  {:>2} tries  {:32}  {}{}",
            r.id,
            r.state,
            r.attempts,
            r.recipient,
            r.subject,
            r.last_error.map(|e| format!("  [{e}]")).unwrap_or_default()
        );
    }
    Ok(())
}
