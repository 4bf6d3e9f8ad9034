//! The command line: clap definitions and one function per command.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

mod accounts;
mod agreements;
mod backup;
mod followups;
mod org;
mod outbox;
mod pulses;
mod surveys;
mod webhooks;

use crate::config::Settings;
use crate::db::{self, DbPool, PoolOptions};
use crate::domain::pulses::PulseTools;
use crate::error::AppError;
use crate::sealing::MasterKey;
use crate::startup::Application;
use crate::{demo, telemetry};

const EXAMPLES: &str = "Examples:
  candor serve --demo                        demo data on http://127.0.0.1:8080 (see the README to sign in)
  candor admin create ana@example.org        the first admin
  candor team add product --name Product
  candor team add platform --name Platform --parent product
  candor people import people.csv            columns: email,name,team,role
  candor pulse open --team platform          prints the pulse id; invitations go out by themselves
  candor report --team platform --format csv
  candor agreement add --team platform --title \"Review SLA\" --file sla.md --relates workload";

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
    /// Copy the SQLite database to FILE while Candor runs (atomic; on PostgreSQL: use pg_dump).
    /// Keep the answer key apart from the copy.
    #[command(
        after_help = "Examples:\n  candor backup /var/backups/candor/candor-$(date +%F).db\n  candor backup latest.db --force\n\nRestore: stop candor, copy the file over the database (removing any -wal and -shm files\nbeside it), start candor with the same answer key."
    )]
    Backup {
        /// The backup file to write; its folder must exist.
        file: PathBuf,
        /// Replace FILE when it exists.
        #[arg(long)]
        force: bool,
    },
    /// Load demo teams and people (idempotent).
    Demo,
    /// Add, list, change and archive teams.
    #[command(subcommand)]
    Team(TeamCommand),
    /// Import people.
    #[command(subcommand)]
    People(PeopleCommand),
    /// Import anonymous responses from a previous tool.
    #[command(subcommand)]
    Responses(ResponsesCommand),
    /// Make admins.
    #[command(subcommand)]
    Admin(accounts::AdminCommand),
    /// API tokens for /api/v1.
    #[command(subcommand)]
    Token(accounts::TokenCommand),
    /// The audit log: thresholds, roles, people, agreements, sign-ins.
    Audit {
        /// How many of the newest entries.
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Leads' follow-ups to closed pulses: notes and actions.
    #[command(subcommand)]
    Followup(followups::FollowupCommand),
    /// Open and close pulses.
    #[command(subcommand)]
    Pulse(pulses::PulseCommand),
    /// Deliver or list queued email.
    #[command(subcommand)]
    Outbox(outbox::OutboxCommand),
    /// A team's survey: show it, add or drop a library set (`candor survey sets` lists them).
    #[command(subcommand)]
    Survey(surveys::SurveyCommand),
    /// A team's own questions: add, reword (a new version), retire.
    #[command(subcommand)]
    Question(Box<surveys::QuestionCommand>),
    /// Webhooks: signed POSTs on pulse closed, summary sent, agreement changed.
    #[command(subcommand)]
    Webhook(webhooks::WebhookCommand),
    /// Working agreements: add, edit, list, history, show, diff, reviewed.
    #[command(subcommand)]
    Agreement(agreements::AgreementCommand),
    /// A team's report over its closed pulses.
    #[command(
        after_help = "Examples:\n  candor report --team platform\n  candor report --team platform --format csv > platform.csv"
    )]
    Report {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
}

/// `candor responses …`
#[derive(Debug, Subcommand)]
pub enum ResponsesCommand {
    /// Import history: one anonymous response per row, columns `period` (YYYY-MM), `team`
    /// (or --team for the whole file) and any question keys; an empty cell is "not answered".
    /// Creates closed pulses; all or nothing. A month already published for a team (or a team
    /// above it) is refused, so import every team's history for a month in one file.
    #[command(
        after_help = "Example file:\n  period,trust_1,trust_2,clarity_1,clarity_2,workload_1,workload_2,enps,comment\n  2026-01,4,4,3,4,2,3,8,\n  2026-01,5,4,4,4,3,3,,More pairing please\n\nSeveral teams in one file: add a column team (platform, web, …) and leave out --team."
    )]
    Import {
        /// The CSV file.
        file: PathBuf,
        /// The team the responses belong to (unless the file has a `team` column).
        #[arg(long)]
        team: Option<String>,
    },
}

/// How `candor report` prints.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ReportFormat {
    /// The same JSON as `GET /api/v1/teams/{slug}/report`.
    Json,
    /// One row per month and dimension.
    Csv,
    /// A readable summary.
    Text,
}

/// `candor team …`
#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Add a team.
    #[command(after_help = "Example:\n  candor team add platform --name \"Platform\" --parent engineering")]
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
    /// Change a team's settings (only those given).
    #[command(
        after_help = "Example:\n  candor team set platform --timezone Europe/Berlin --publish-to-members true"
    )]
    Set {
        /// The team's slug.
        slug: String,
        /// Anonymity threshold for pulses opened from now on (3 to 10).
        #[arg(long)]
        min_group: Option<i32>,
        /// Let members read the team page and receive the summary.
        #[arg(long)]
        publish_to_members: Option<bool>,
        /// Ask "Did the changes since last month help?" in its pulses.
        #[arg(long)]
        ask_changes_helped: Option<bool>,
        /// IANA time zone for scheduling, e.g. Europe/Berlin.
        #[arg(long)]
        timezone: Option<String>,
        /// monthly (first working day), quarterly, weeks:N (every N weeks, 5 to 26) or manual.
        #[arg(long)]
        cadence: Option<String>,
        /// Days its pulses stay open (1 to 21, shorter than the cadence).
        #[arg(long)]
        days_open: Option<i64>,
    },
    /// Archive a team: no more pulses open for it; its pages, history and people stay.
    /// Refused while it has an open pulse.
    #[command(after_help = "Example:\n  candor team archive design")]
    Archive {
        /// The team's slug.
        slug: String,
    },
    /// Take a team out of the archive: a launched team gets its monthly pulses again.
    Unarchive {
        /// The team's slug.
        slug: String,
    },
}

/// `candor people …`
#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// Import people from a CSV file with columns email,name,team,role and optionally home
    /// (all or nothing). Each person answers pulses for one team only: the row with home=yes,
    /// else the team they answer for already, else their first team as a member.
    #[command(
        after_help = "Example file:\n  email,name,team,role,home\n  ana@example.org,Ana Lima,platform,lead,yes\n  ana@example.org,Ana Lima,leadership,member,\n  bo@example.org,Bo Chen,platform,member,"
    )]
    Import {
        /// The CSV file.
        file: PathBuf,
    },
    /// Everyone with their teams, roles and the one team they answer for.
    #[command(after_help = "Example:\n  candor people list --team platform")]
    List {
        /// Only the members of this team.
        #[arg(long)]
        team: Option<String>,
    },
    /// Delete a person, their memberships, invitations and account; anonymous answers stay.
    Remove {
        /// Their address.
        email: String,
    },
}

/// Runs one command to the end.
pub async fn run(cli: Cli) -> Result<(), AppError> {
    let settings = Settings::load(cli.config.as_deref())?;
    match cli.command {
        Command::Serve { demo } => serve(settings, demo).await,
        Command::Migrate => migrate(&settings),
        Command::Backup { file, force } => backup::run(&settings, &file, force),
        Command::Demo => {
            println!("{}", seed_demo(&settings)?);
            Ok(())
        }
        Command::Team(TeamCommand::Add { slug, name, parent, min_group }) => {
            org::team_add(&settings, slug, name, parent, min_group)
        }
        Command::Team(TeamCommand::List) => org::team_list(&settings),
        Command::Team(TeamCommand::Set {
            slug,
            min_group,
            publish_to_members,
            ask_changes_helped,
            timezone,
            cadence,
            days_open,
        }) => {
            let changes = crate::domain::teams::TeamSettings {
                comment_min: None,
                min_group,
                publish_to_members,
                ask_changes_helped,
                timezone,
                cadence,
                days_open,
            };
            org::team_set(&settings, &slug, &changes)
        }
        Command::Team(TeamCommand::Archive { slug }) => org::team_archive(&settings, &slug, true),
        Command::Team(TeamCommand::Unarchive { slug }) => org::team_archive(&settings, &slug, false),
        Command::People(PeopleCommand::Import { file }) => org::people_import(&settings, &file),
        Command::People(PeopleCommand::List { team }) => org::people_list(&settings, team.as_deref()),
        Command::Responses(ResponsesCommand::Import { file, team }) => {
            org::responses_import(&settings, &file, team.as_deref())
        }
        Command::Followup(cmd) => followups::run(&settings, cmd),
        Command::Admin(cmd) => accounts::admin(&settings, cmd),
        Command::Token(cmd) => accounts::token(&settings, cmd),
        Command::Audit { limit } => accounts::audit_list(&settings, limit),
        Command::People(PeopleCommand::Remove { email }) => accounts::remove_person(&settings, &email),
        Command::Pulse(cmd) => pulses::run(&settings, cmd),
        Command::Outbox(cmd) => outbox::run(&settings, cmd).await,
        Command::Agreement(cmd) => agreements::run(&settings, cmd),
        Command::Survey(cmd) => surveys::run_survey(&settings, cmd),
        Command::Question(cmd) => surveys::run_question(&settings, *cmd),
        Command::Webhook(cmd) => webhooks::run(&settings, cmd),
        Command::Report { team, format } => report(&settings, &team, format),
    }
}

fn report(settings: &Settings, team: &str, format: ReportFormat) -> Result<(), AppError> {
    let pool = open(settings)?;
    let report = crate::report::team_report(&mut *pool.get()?, team)?;
    let text = match format {
        ReportFormat::Json => {
            serde_json::to_string_pretty(&report).map_err(|e| AppError::Unexpected(e.into()))?
        }
        ReportFormat::Csv => {
            crate::report::format::to_csv(&report).map_err(|e| AppError::Unexpected(e.into()))?
        }
        ReportFormat::Text => crate::report::format::to_text(&report),
    };
    println!("{}", text.trim_end());
    Ok(())
}

pub(crate) fn open(settings: &Settings) -> Result<DbPool, AppError> {
    let options = PoolOptions { max_size: 2, min_idle: 0, ..PoolOptions::default() };
    db::connect_and_migrate(&settings.database()?, &options)
}

/// [`open`], with the master key of sealed answers, for commands that open or close pulses.
pub(crate) fn open_with_key(settings: &Settings) -> Result<(DbPool, MasterKey), AppError> {
    let pool = open(settings)?;
    let key = crate::domain::sealed::adopt_master_key(&mut *pool.get()?, &settings.answer_key_source())?;
    Ok((pool, key))
}

fn seed_demo(settings: &Settings) -> Result<demo::DemoSummary, AppError> {
    let (pool, key) = open_with_key(settings)?;
    let composer = crate::mail::Composer::new(&settings.base_url)?;
    let mut conn = pool.get()?;
    let summary =
        demo::seed(&mut conn, settings.min_group, &PulseTools { composer: &composer, master: &key })?;
    crate::domain::sealed::scrub_after_close(&mut conn)?;
    Ok(summary)
}

async fn serve(settings: Settings, with_demo: bool) -> Result<(), AppError> {
    telemetry::init(&settings.log_format);
    if with_demo {
        let summary = seed_demo(&settings)?;
        tracing::info!("{summary}");
    }
    let app = Application::build(settings).await?;
    let bind = app.state().settings.bind.clone();
    let shown = bind.rsplit_once(':').map(|(host, _)| format!("{host}:{}", app.port())).unwrap_or(bind);
    tracing::info!("Candor is listening on http://{shown}");
    if let (Some(port), Some(bind)) = (app.metrics_port(), app.state().settings.metrics_address()) {
        let shown = bind.rsplit_once(':').map(|(host, _)| format!("{host}:{port}")).unwrap_or(bind.into());
        tracing::info!("metrics for the operator on http://{shown}/metrics");
    }
    app.run_until(crate::shutdown::os_signal())
        .await
        .map_err(|e| AppError::Startup(format!("the server stopped: {e}")))
}

fn migrate(settings: &Settings) -> Result<(), AppError> {
    let url = settings.database()?;
    let pool = db::build_pool(&url, &PoolOptions { max_size: 1, min_idle: 0, ..PoolOptions::default() })
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
