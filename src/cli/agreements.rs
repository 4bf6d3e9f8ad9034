//! `candor agreement add|edit|list|history|show|diff|reviewed`: working agreements are
//! written from the command line (the pages only read them, until sign-in arrives).

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use clap::Subcommand;

use super::open;
use crate::config::Settings;
use crate::db::{self, DbConnection};
use crate::domain::agreements::reviews::{self, Reviewed};
use crate::domain::agreements::{self, Agreement, Edit, NewAgreement, Relates, ReviewEvery, Version, diff};
use crate::domain::audit;
use crate::domain::teams::{self, Team};
use crate::error::AppError;

/// `candor agreement …`
#[derive(Debug, Subcommand)]
pub enum AgreementCommand {
    /// Add an agreement to a team from a markdown file; its slug is made from the title.
    #[command(
        after_help = "Example:\n  candor agreement add --team platform --title \"Review SLA\" --file review-sla.md --relates trust,clarity --review-every 90\n  (prints the slug, here `review-sla`, used by the other commands)"
    )]
    Add {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The title, e.g. "Review SLA".
        #[arg(long)]
        title: String,
        /// The text, markdown (`-` reads standard input).
        #[arg(long)]
        file: PathBuf,
        /// Dimensions whose results are shown next to it: trust, clarity, workload.
        #[arg(long, default_value = "")]
        relates: String,
        /// Review it every this many days (1 to 730).
        #[arg(long)]
        review_every: Option<i64>,
        /// Who adds it (default: $USER, else "cli").
        #[arg(long)]
        author: Option<String>,
    },
    /// Save a new version of an agreement from a markdown file, with a note saying why.
    #[command(
        after_help = "Example:\n  candor agreement show --team platform review-sla > review-sla.md\n  (edit review-sla.md)\n  candor agreement edit --team platform review-sla --file review-sla.md --note \"One-day SLA for small PRs\""
    )]
    Edit {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The agreement's slug.
        agreement: String,
        /// The new text, markdown (`-` reads standard input).
        #[arg(long)]
        file: PathBuf,
        /// Why it changed, one line.
        #[arg(long)]
        note: String,
        /// Who changes it (default: $USER, else "cli").
        #[arg(long)]
        author: Option<String>,
    },
    /// List a team's agreements.
    #[command(after_help = "Example:\n  candor agreement list --team platform")]
    List {
        /// The team's slug.
        #[arg(long)]
        team: String,
    },
    /// List the versions of an agreement: number, date, author, note.
    #[command(after_help = "Example:\n  candor agreement history --team platform review-sla")]
    History {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The agreement's slug.
        agreement: String,
    },
    /// Print the text of an agreement (the current version, or --version N).
    #[command(
        after_help = "Examples:\n  candor agreement show --team platform review-sla\n  candor agreement show --team platform review-sla --version 1"
    )]
    Show {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The agreement's slug.
        agreement: String,
        /// Which version (default: the current one).
        #[arg(long)]
        version: Option<i32>,
    },
    /// Show what changed between two versions, line by line (+ added, - removed).
    #[command(after_help = "Example:\n  candor agreement diff --team platform review-sla 1 3")]
    Diff {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The agreement's slug.
        agreement: String,
        /// The older version.
        from: i32,
        /// The newer version.
        to: i32,
    },
    /// Record a review that kept the agreement as it is; moves the next review by its cadence.
    #[command(after_help = "Example:\n  candor agreement reviewed --team platform review-sla")]
    Reviewed {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The agreement's slug.
        agreement: String,
        /// Who reviewed it (default: $USER, else "cli").
        #[arg(long)]
        author: Option<String>,
    },
}

/// Runs an agreement command.
pub fn run(settings: &Settings, command: AgreementCommand) -> Result<(), AppError> {
    match command {
        AgreementCommand::Add { team, title, file, relates, review_every, author } => {
            let relates = Relates::parse(&relates).map_err(|m| AppError::invalid("--relates", m))?;
            let review_every = review_every
                .map(|d| ReviewEvery::parse(d).map_err(|m| AppError::invalid("--review-every", m)))
                .transpose()?;
            let new = NewAgreement {
                title,
                body: read_body(&file)?,
                relates,
                review_every,
                author: author_or_user(author),
            };
            add(settings, &team, &new)
        }
        AgreementCommand::Edit { team, agreement, file, note, author } => {
            let edit = Edit { body: read_body(&file)?, note, author: author_or_user(author) };
            edit_one(settings, &team, &agreement, &edit)
        }
        AgreementCommand::List { team } => list(settings, &team),
        AgreementCommand::History { team, agreement } => history(settings, &team, &agreement),
        AgreementCommand::Show { team, agreement, version } => show(settings, &team, &agreement, version),
        AgreementCommand::Diff { team, agreement, from, to } => {
            diff_versions(settings, &team, &agreement, from, to)
        }
        AgreementCommand::Reviewed { team, agreement, author } => {
            reviewed(settings, &team, &agreement, &author_or_user(author))
        }
    }
}

/// `--author`, else `$USER`, else "cli".
fn author_or_user(author: Option<String>) -> String {
    author
        .or_else(|| std::env::var("USER").ok())
        .filter(|a| !a.trim().is_empty())
        .unwrap_or_else(|| "cli".into())
}

/// The file's text (`-` is standard input); the error names the file.
fn read_body(file: &Path) -> Result<String, AppError> {
    let mut text = String::new();
    let read = if file == Path::new("-") {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(file).map(|t| text = t)
    };
    read.map_err(|e| AppError::invalid("--file", format!("cannot read {}: {e}", file.display())))?;
    Ok(text)
}

/// Runs `job` on the team and agreement named, in one connection.
fn with_agreement<T>(
    settings: &Settings,
    team: &str,
    slug: &str,
    job: impl FnOnce(&mut DbConnection, &Team, &Agreement) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let pool = open(settings)?;
    let conn = &mut *pool.get()?;
    let team = teams::find_team(conn, team)?;
    let agreement = agreements::find_agreement(conn, &team, slug)?;
    job(conn, &team, &agreement)
}

fn next_review(on: Option<NaiveDate>) -> String {
    on.map(|d| format!("next review on {d}")).unwrap_or_else(|| "no review cadence".into())
}

fn add(settings: &Settings, team: &str, new: &NewAgreement) -> Result<(), AppError> {
    let pool = open(settings)?;
    let (team, agreement) = db::write(&mut *pool.get()?, |c| {
        let team = teams::find_team(c, team)?;
        let (agreement, _) = agreements::add_agreement(c, &team, new, Utc::now())?;
        let subject = format!("{}/{}", team.slug, agreement.slug);
        audit::record(
            c,
            &audit::cli_actor(),
            "agreement.add",
            &subject,
            "version 1",
            Utc::now().naive_utc(),
        )?;
        Ok::<_, AppError>((team, agreement))
    })?;
    println!("{}", agreement.slug);
    eprintln!(
        "added '{}' to {} as version 1; {}; `candor agreement show --team {} {}` prints it",
        agreement.title,
        team.slug,
        next_review(agreement.next_review_on),
        team.slug,
        agreement.slug
    );
    Ok(())
}

fn edit_one(settings: &Settings, team: &str, slug: &str, edit: &Edit) -> Result<(), AppError> {
    let pool = open(settings)?;
    let (before, version, next) = db::write(&mut *pool.get()?, |c| {
        let team = teams::find_team(c, team)?;
        let agreement = agreements::find_agreement(c, &team, slug)?;
        let before = agreements::current_version(c, &agreement)?;
        let version = agreements::edit_agreement(c, &team, &agreement, edit, Utc::now())?;
        let subject = format!("{}/{}", team.slug, agreement.slug);
        let detail = format!("version {}", version.number);
        audit::record(c, &audit::cli_actor(), "agreement.edit", &subject, &detail, Utc::now().naive_utc())?;
        let next = agreements::find_agreement(c, &team, slug)?.next_review_on;
        Ok::<_, AppError>((before, version, next))
    })?;
    let changes = diff::diff_bodies(&before.body, &version.body, "", "");
    let lines = |n: usize| if n == 1 { "1 line".to_string() } else { format!("{n} lines") };
    println!(
        "saved version {} of {slug} ({} added, {} removed); {}",
        version.number,
        lines(changes.added),
        lines(changes.removed),
        next_review(next)
    );
    Ok(())
}

fn list(settings: &Settings, team: &str) -> Result<(), AppError> {
    let pool = open(settings)?;
    let conn = &mut *pool.get()?;
    let team = teams::find_team(conn, team)?;
    let all = agreements::agreements_of_team(conn, team.id)?;
    if all.is_empty() {
        println!(
            "{} has no agreements yet: add one with `candor agreement add --team {} --title TITLE --file BODY.md`",
            team.slug, team.slug
        );
        return Ok(());
    }
    let today = agreements::team_today(&team, Utc::now());
    let width = all.iter().map(|(a, _)| a.slug.len()).max().unwrap_or(4).max(4);
    println!("{:width$}  {:>8}  {:16}  {:22}  TITLE", "SLUG", "VERSIONS", "RELATES TO", "NEXT REVIEW");
    for (a, versions) in &all {
        let due = if a.review_due(today) { " (due)" } else { "" };
        let next = a.next_review_on.map(|d| format!("{d}{due}")).unwrap_or_else(|| "-".into());
        let relates = a.relates().keys().join(",");
        println!(
            "{:width$}  {versions:>8}  {:16}  {next:22}  {}",
            a.slug,
            if relates.is_empty() { "-" } else { &relates },
            a.title
        );
    }
    Ok(())
}

fn history(settings: &Settings, team: &str, slug: &str) -> Result<(), AppError> {
    let versions = with_agreement(settings, team, slug, |c, _, a| agreements::history(c, a))?;
    let width = versions.iter().map(|v| v.author.chars().count()).max().unwrap_or(6).max(6);
    println!("{:>3}  {:16}  {:width$}  NOTE", "V", "SAVED (UTC)", "AUTHOR");
    for v in &versions {
        println!(
            "{:>3}  {}  {:width$}  {}",
            v.number,
            v.created_at.format("%Y-%m-%d %H:%M"),
            v.author,
            v.note
        );
    }
    Ok(())
}

fn show(settings: &Settings, team: &str, slug: &str, number: Option<i32>) -> Result<(), AppError> {
    let (agreement, version, last) = with_agreement(settings, team, slug, |c, _, a| {
        let last = agreements::current_version(c, a)?;
        let version = match number {
            Some(n) => agreements::version(c, a, n)?,
            None => last.clone(),
        };
        Ok((a.clone(), version, last.number))
    })?;
    eprintln!(
        "{} · version {} of {last} · {} by {} · {}",
        agreement.title,
        version.number,
        version.created_at.format("%Y-%m-%d"),
        version.author,
        version.note
    );
    print!("{}", version.body);
    Ok(())
}

fn diff_versions(settings: &Settings, team: &str, slug: &str, from: i32, to: i32) -> Result<(), AppError> {
    let (old, new): (Version, Version) = with_agreement(settings, team, slug, |c, _, a| {
        Ok((agreements::version(c, a, from)?, agreements::version(c, a, to)?))
    })?;
    let label =
        |v: &Version| format!("{slug} v{} ({}, {})", v.number, v.created_at.format("%Y-%m-%d"), v.author);
    let changes = diff::diff_bodies(&old.body, &new.body, &label(&old), &label(&new));
    if changes.text.is_empty() {
        println!("versions {from} and {to} of {slug} have the same text");
    } else {
        print!("{}", changes.text);
    }
    Ok(())
}

fn reviewed(settings: &Settings, team: &str, slug: &str, author: &str) -> Result<(), AppError> {
    let pool = open(settings)?;
    let outcome = db::write(&mut *pool.get()?, |c| {
        let team = teams::find_team(c, team)?;
        let agreement = agreements::find_agreement(c, &team, slug)?;
        let subject = format!("{}/{}", team.slug, agreement.slug);
        audit::record(
            c,
            &audit::cli_actor(),
            "agreement.review",
            &subject,
            "no change",
            Utc::now().naive_utc(),
        )?;
        reviews::mark_reviewed(c, &team, &agreement, author, Utc::now())
    })?;
    match outcome {
        Reviewed::Recorded(next) => {
            println!("recorded a review of {slug} with no change; {}", next_review(next))
        }
        Reviewed::AlreadyToday(next) => {
            println!("{slug} was reviewed today already; nothing changed; {}", next_review(next))
        }
    }
    Ok(())
}
