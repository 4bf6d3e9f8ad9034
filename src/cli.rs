//! The command line: clap definitions and one function per command.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::Settings;
use crate::db::{self, DbPool, PoolOptions};
use crate::domain::{Slug, people, teams};
use crate::error::AppError;
use crate::startup::Application;
use crate::{demo, telemetry};

const EXAMPLES: &str = "Examples:
  candor serve --demo                      run with demo teams on http://127.0.0.1:8080
  candor team add product --name Product
  candor team add platform --name Platform --parent product
  candor people import people.csv          columns: email,name,team,role";

/// Candor: monthly anonymous team health pulses.
#[derive(Debug, Parser)]
#[command(name = "candor", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// Settings file (default: ./candor.toml when present). CANDOR_* variables win over it.
    #[arg(long, global = true, env = "CANDOR_CONFIG")]
    pub config: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Migrate, then serve HTTP (with the scheduler and mail worker).
    Serve {
        /// Load demo teams and people first (idempotent).
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Load demo teams and people (idempotent).
    Demo,
    /// Add or list teams.
    #[command(subcommand)]
    Team(TeamCommand),
    /// Import people.
    #[command(subcommand)]
    People(PeopleCommand),
}

/// `candor team …`
#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Add a team.
    #[command(
        after_help = "Example:\n  candor team add platform --name \"Platform\" --parent engineering"
    )]
    Add {
        /// Short lower-case name used in URLs, e.g. `platform`.
        slug: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// The team this one sits under.
        #[arg(long)]
        parent: Option<String>,
        /// Anonymity threshold (3 to 10; default from CANDOR_MIN_GROUP).
        #[arg(long)]
        min_group: Option<i32>,
    },
    /// List the teams.
    List,
}

/// `candor people …`
#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// Import people from a CSV file with columns email,name,team,role (all or nothing).
    #[command(
        after_help = "Example file:\n  email,name,team,role\n  ana@example.org,Ana Lima,platform,lead\n  bo@example.org,Bo Chen,platform,member"
    )]
    Import {
        /// The CSV file.
        file: PathBuf,
    },
}

/// Runs one command to the end.
pub async fn run(cli: Cli) -> Result<(), AppError> {
    let settings = Settings::load(cli.config.as_deref())?;
    match cli.command {
        Command::Serve { demo } => serve(settings, demo).await,
        Command::Migrate => migrate(&settings),
        Command::Demo => {
            let pool = open(&settings)?;
            println!("{}", demo::seed(&mut *pool.get()?, settings.min_group)?);
            Ok(())
        }
        Command::Team(TeamCommand::Add {
            slug,
            name,
            parent,
            min_group,
        }) => team_add(&settings, slug, name, parent, min_group),
        Command::Team(TeamCommand::List) => team_list(&settings),
        Command::People(PeopleCommand::Import { file }) => people_import(&settings, &file),
    }
}

fn open(settings: &Settings) -> Result<DbPool, AppError> {
    let options = PoolOptions {
        max_size: 2,
        min_idle: 0,
        ..PoolOptions::default()
    };
    db::connect_and_migrate(&settings.database()?, &options)
}

async fn serve(settings: Settings, with_demo: bool) -> Result<(), AppError> {
    telemetry::init(&settings.log_format);
    if with_demo {
        let pool = open(&settings)?;
        let summary = demo::seed(&mut *pool.get()?, settings.min_group)?;
        tracing::info!("{summary}");
    }
    let app = Application::build(settings).await?;
    let bind = app.state().settings.bind.clone();
    let shown = bind
        .rsplit_once(':')
        .map(|(host, _)| format!("{host}:{}", app.port()))
        .unwrap_or(bind);
    tracing::info!("Candor is listening on http://{shown}");
    app.run_until_stopped()
        .await
        .map_err(|e| AppError::Startup(format!("the server stopped: {e}")))
}

fn migrate(settings: &Settings) -> Result<(), AppError> {
    let url = settings.database()?;
    let pool = db::build_pool(
        &url,
        &PoolOptions {
            max_size: 1,
            min_idle: 0,
            ..PoolOptions::default()
        },
    )
    .map_err(|e| AppError::Startup(e.to_string()))?;
    let applied = db::migrate::run_pending(&mut *pool.get()?)
        .map_err(|e| AppError::Startup(format!("migrations failed on {}: {e}", url.backend())))?;
    if applied.is_empty() {
        println!("{url}: up to date");
    }
    for name in applied {
        println!("applied {name}");
    }
    Ok(())
}

fn team_add(
    settings: &Settings,
    slug: String,
    name: String,
    parent: Option<String>,
    min_group: Option<i32>,
) -> Result<(), AppError> {
    let new = teams::NewTeam {
        slug: Slug::parse(&slug).map_err(|m| AppError::invalid("SLUG", m))?,
        name,
        parent: parent
            .map(|p| Slug::parse(&p).map_err(|m| AppError::invalid("--parent", m)))
            .transpose()?,
        min_group: min_group.unwrap_or(settings.min_group),
    };
    let pool = open(settings)?;
    let team = db::write(&mut *pool.get()?, |c| teams::add_team(c, &new))?;
    println!("added team {} ({})", team.slug, team.name);
    Ok(())
}

fn team_list(settings: &Settings) -> Result<(), AppError> {
    let pool = open(settings)?;
    let all = teams::list_teams(&mut *pool.get()?)?;
    if all.is_empty() {
        println!("no teams yet: add one with `candor team add SLUG --name NAME`");
        return Ok(());
    }
    let width = all.iter().map(|t| t.slug.len()).max().unwrap_or(4).max(4);
    println!("{:width$}  {:>7}  {:16}  NAME", "SLUG", "MEMBERS", "PARENT");
    for t in all {
        println!(
            "{:width$}  {:>7}  {:16}  {}",
            t.slug,
            t.members,
            t.parent.as_deref().unwrap_or("-"),
            t.name
        );
    }
    Ok(())
}

fn people_import(settings: &Settings, file: &std::path::Path) -> Result<(), AppError> {
    let shown = file.display().to_string();
    let input = std::fs::File::open(file)
        .map_err(|e| AppError::BadRequest(format!("cannot read {shown}: {e}")))?;
    let rows = people::parse_people_csv(std::io::BufReader::new(input), &shown)?;
    let pool = open(settings)?;
    let bar = crate::cli_progress::bar(rows.len() as u64, "importing people");
    let summary = db::write(&mut *pool.get()?, |c| {
        people::import_people(c, &rows, &shown, || bar.inc(1))
    })?;
    bar.finish_and_clear();
    println!(
        "{shown}: {} rows; people: {} added, {} updated; memberships: {} added, {} changed",
        summary.rows,
        summary.people_added,
        summary.people_updated,
        summary.memberships_added,
        summary.memberships_updated
    );
    Ok(())
}
