//! `candor pulse open|schedule|close`.

use chrono::{Duration, Utc};
use clap::Subcommand;

use super::open_with_key;
use crate::config::Settings;
use crate::db;
use crate::domain::PulseId;
use crate::domain::period::Period;
use crate::domain::{audit, launch, pulses, teams};
use crate::error::AppError;
use crate::mail::Composer;
use crate::summaries;

/// `candor pulse …`
#[derive(Debug, Subcommand)]
pub enum PulseCommand {
    /// Open a team's pulse now and queue one invitation per active person who answers for the
    /// team (their home team) and has none for the month yet; prints the pulse id.
    #[command(after_help = "Example:\n  candor pulse open --team platform --closes-in 5")]
    Open {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The month it is about (default: this month in the team's time zone).
        #[arg(long)]
        period: Option<String>,
        /// Days until it closes.
        #[arg(long, default_value_t = 7)]
        closes_in: i64,
    },
    /// Launch a team's pulses on its cadence: until then the scheduler opens nothing for it.
    /// Says when the next pulse opens and how many people it invites.
    #[command(after_help = "Example:\n  candor pulse schedule --team platform")]
    Schedule {
        /// The team's slug.
        #[arg(long)]
        team: String,
    },
    /// Close a pulse now, by id or by team.
    #[command(after_help = "Examples:\n  candor pulse close 12\n  candor pulse close --team platform")]
    Close {
        /// The pulse id.
        #[arg(required_unless_present = "team", conflicts_with = "team")]
        id: Option<i64>,
        /// The team whose open pulse to close.
        #[arg(long)]
        team: Option<String>,
    },
}

/// Runs a pulse command.
pub fn run(settings: &Settings, command: PulseCommand) -> Result<(), AppError> {
    match command {
        PulseCommand::Open { team, period, closes_in } => open_pulse(settings, &team, period, closes_in),
        PulseCommand::Schedule { team } => schedule(settings, &team),
        PulseCommand::Close { id, team } => close_pulse(settings, id, team),
    }
}

fn open_pulse(
    settings: &Settings,
    slug: &str,
    period: Option<String>,
    closes_in: i64,
) -> Result<(), AppError> {
    if !(1..=60).contains(&closes_in) {
        return Err(AppError::invalid("--closes-in", "must be 1 to 60 days"));
    }
    let period =
        period.map(|p| Period::parse(&p).map_err(|m| AppError::invalid("--period", m))).transpose()?;
    let composer = Composer::new(&settings.base_url)?;
    let (pool, master) = open_with_key(settings)?;
    let tools = pulses::PulseTools { composer: &composer, master: &master };
    let (pulse, invited, elsewhere) = db::write(&mut *pool.get()?, |c| {
        let team = teams::find_team(c, slug)?;
        let today = Utc::now().with_timezone(&team.zone()).date_naive();
        let period = period.unwrap_or_else(|| Period::of(today));
        let closes_at = (Utc::now() + Duration::days(closes_in)).naive_utc();
        let (pulse, invited) = pulses::open_pulse(c, &tools, &team, period, closes_at)?;
        Ok::<_, AppError>((pulse, invited, pulses::members_answering_elsewhere(c, team.id)?))
    })?;
    println!("{}", pulse.id);
    eprintln!(
        "opened pulse {} for {slug} ({}), closing {} UTC: {invited} invitations queued; `candor outbox flush` sends them now",
        pulse.id,
        pulse.period,
        pulse.closes_at.format("%Y-%m-%d %H:%M")
    );
    if elsewhere > 0 {
        eprintln!(
            "{elsewhere} members of {slug} answer for another team (one voice per person): `candor people list --team {slug}`"
        );
    }
    Ok(())
}

fn schedule(settings: &Settings, slug: &str) -> Result<(), AppError> {
    let pool = super::open(settings)?;
    let now = Utc::now();
    let (team, next) = db::write(&mut *pool.get()?, |c| {
        let team = teams::find_team(c, slug)?;
        let next = launch::launch(c, &team, now)?;
        audit::record(c, &audit::cli_actor(), "pulse.schedule", slug, &next.audit_detail(), now.naive_utc())?;
        Ok::<_, AppError>((team, next))
    })?;
    let zone = team.zone();
    let when = if next.opens_at <= now {
        "now (within a minute, at the scheduler's next round)".to_string()
    } else {
        next.opens_at.with_timezone(&zone).format("%a %-d %b %Y %H:%M").to_string() + &format!(" ({zone})")
    };
    println!("launched pulses for {slug}: {}", team.cadence().words());
    println!(
        "the {} pulse opens {when}, invites {} people and closes {}",
        next.period,
        next.invitees,
        next.closes_at.with_timezone(&zone).format("%a %-d %b %Y %H:%M")
    );
    Ok(())
}

fn close_pulse(settings: &Settings, id: Option<i64>, team: Option<String>) -> Result<(), AppError> {
    let composer = Composer::new(&settings.base_url)?;
    let (pool, master) = open_with_key(settings)?;
    let mut conn = pool.get()?;
    let (closed, summaries) = db::write(&mut conn, |c| {
        let id = match (id, &team) {
            (Some(id), _) => PulseId(id),
            (None, Some(slug)) => pulses::open_pulse_of_team(c, slug)?.id,
            (None, None) => return Err(AppError::invalid("ID", "give a pulse id or --team SLUG")),
        };
        let closed = pulses::close_pulse(c, &master, id)?;
        let summaries = summaries::queue_summaries(c, &composer, &[closed.id], Utc::now().naive_utc())?;
        Ok((closed, summaries))
    })?;
    crate::domain::sealed::scrub_after_close(&mut conn)?;
    println!("closed pulse {} ({})", closed.id, closed.period);
    eprintln!("{summaries} summary emails queued; `candor outbox flush` sends them now");
    Ok(())
}
