//! `candor followup add|list|done`: leads answering a closed pulse in the open.

use chrono::{NaiveDate, Utc};
use clap::Subcommand;

use super::open;
use crate::config::Settings;
use crate::db;
use crate::domain::followups::{self, NewAction};
use crate::domain::period::Period;
use crate::domain::teams;
use crate::error::AppError;

/// `candor followup …`
#[derive(Debug, Subcommand)]
pub enum FollowupCommand {
    /// Answer a closed pulse: what we heard, what we change.
    #[command(
        after_help = "Example:\n  candor followup add --team platform --period 2026-10 \\\n    --note \"We heard that focus time is scarce.\" \\\n    --action \"No meetings on Wednesday mornings;Ana;2026-11-15\""
    )]
    Add {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The month of the closed pulse, YYYY-MM.
        #[arg(long)]
        period: String,
        /// The note, as text.
        #[arg(long, required_unless_present = "file", conflicts_with = "file")]
        note: Option<String>,
        /// The note, from a file.
        #[arg(long)]
        file: Option<std::path::PathBuf>,
        /// An action: "TEXT;OWNER;YYYY-MM-DD" (the date may be left out); repeat for more.
        #[arg(long = "action")]
        actions: Vec<String>,
        /// Who writes it (default: $USER).
        #[arg(long)]
        author: Option<String>,
    },
    /// The team's follow-ups and their actions.
    List {
        /// The team's slug.
        #[arg(long)]
        team: String,
    },
    /// Mark an action done.
    Done {
        /// The action's id (from `candor followup list`).
        id: i64,
        /// The day it was done (default: today), YYYY-MM-DD.
        #[arg(long)]
        on: Option<String>,
    },
}

/// Runs a follow-up command.
pub fn run(settings: &Settings, command: FollowupCommand) -> Result<(), AppError> {
    match command {
        FollowupCommand::Add { team, period, note, file, actions, author } => {
            let body = match (note, file) {
                (Some(text), _) => text,
                (None, Some(path)) => std::fs::read_to_string(&path)
                    .map_err(|e| AppError::BadRequest(format!("cannot read {}: {e}", path.display())))?,
                (None, None) => {
                    return Err(AppError::invalid("--note", "give --note TEXT or --file NOTE.md"));
                }
            };
            let actions: Vec<NewAction> = actions
                .iter()
                .map(|a| NewAction::parse(a).map_err(|m| AppError::invalid("--action", m)))
                .collect::<Result<_, _>>()?;
            let period = Period::parse(&period).map_err(|m| AppError::invalid("--period", m))?;
            add(settings, &team, period, &author.unwrap_or_else(default_author), &body, &actions)
        }
        FollowupCommand::List { team } => list(settings, &team),
        FollowupCommand::Done { id, on } => done(settings, id, on),
    }
}

/// `$USER`, or "cli".
pub fn default_author() -> String {
    std::env::var("USER").ok().filter(|u| !u.is_empty()).unwrap_or_else(|| "cli".into())
}

fn add(
    settings: &Settings,
    slug: &str,
    period: Period,
    author: &str,
    body: &str,
    actions: &[NewAction],
) -> Result<(), AppError> {
    let pool = open(settings)?;
    let id = db::write(&mut *pool.get()?, |c| {
        let team = teams::find_team(c, slug)?;
        followups::add_followup(c, &team, period, author, body, actions, Utc::now().naive_utc())
    })?;
    println!("follow-up {id} added to {slug} {period} with {} action(s)", actions.len());
    Ok(())
}

fn list(settings: &Settings, slug: &str) -> Result<(), AppError> {
    let pool = open(settings)?;
    let mut conn = pool.get()?;
    let team = teams::find_team(&mut conn, slug)?;
    let all = followups::followups_of_team(&mut conn, team.id)?;
    if all.is_empty() {
        println!(
            "no follow-ups for {slug} yet: `candor followup add --team {slug} --period YYYY-MM --note TEXT`"
        );
    }
    let today = Utc::now().date_naive();
    for f in all {
        println!(
            "{} (follow-up {}, by {}): {}",
            f.period,
            f.id,
            f.author,
            f.body.lines().next().unwrap_or("")
        );
        for a in f.actions {
            let state = match (a.done_on, a.overdue(today)) {
                (Some(d), _) => format!("done {d}"),
                (None, true) => "OVERDUE".into(),
                (None, false) => "open".into(),
            };
            let due = a.due_on.map(|d| format!(", due {d}")).unwrap_or_default();
            println!("  [{}] {} — {}{} ({state})", a.id, a.text, a.owner, due);
        }
    }
    Ok(())
}

fn done(settings: &Settings, id: i64, on: Option<String>) -> Result<(), AppError> {
    let on = match on {
        Some(raw) => NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
            .map_err(|_| AppError::invalid("--on", format!("'{raw}' is not a date: use YYYY-MM-DD")))?,
        None => Utc::now().date_naive(),
    };
    let pool = open(settings)?;
    let action = db::write(&mut *pool.get()?, |c| followups::mark_done(c, id, on))?;
    println!("action {} done on {on}: {}", action.id, action.text);
    Ok(())
}
