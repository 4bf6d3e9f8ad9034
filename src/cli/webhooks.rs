//! `candor webhook add|list|remove`: the endpoints that receive signed event POSTs
//! (docs/design.md, "Webhooks").

use chrono::Utc;
use clap::Subcommand;

use super::open;
use crate::config::Settings;
use crate::db;
use crate::domain::audit::cli_actor;
use crate::domain::webhooks::{self, NewWebhook};
use crate::error::AppError;

/// `candor webhook …`
#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Register an endpoint; its signing secret is printed once.
    #[command(
        after_help = "Events: pulse.closed, summary.sent, agreement.changed (all when --events is left out).\n\nExample:\n  candor webhook add --name chat --url https://hooks.example.org/candor --events pulse.closed,summary.sent"
    )]
    Add {
        /// A name for it (letters, digits, '-', '_').
        #[arg(long)]
        name: String,
        /// Where the POSTs go (http:// or https://).
        #[arg(long)]
        url: String,
        /// The events it receives, comma-separated.
        #[arg(long, value_delimiter = ',')]
        events: Vec<String>,
    },
    /// List the endpoints and their events.
    List,
    /// Remove an endpoint; its queued deliveries are cancelled.
    Remove {
        /// Its name.
        name: String,
    },
}

/// Runs `candor webhook …`.
pub fn run(settings: &Settings, command: WebhookCommand) -> Result<(), AppError> {
    let pool = open(settings)?;
    let now = Utc::now().naive_utc();
    let mut conn = pool.get()?;
    match command {
        WebhookCommand::Add { name, url, events } => {
            let new = NewWebhook { name, url, events };
            let (hook, secret) = db::write(&mut conn, |c| webhooks::register(c, &new, &cli_actor(), now))?;
            eprintln!(
                "webhook '{}' posts {} to {}; its signing secret is shown once — keep it with the receiver",
                hook.name, hook.events, hook.url
            );
            println!("{secret}");
        }
        WebhookCommand::List => {
            let hooks = webhooks::list(&mut conn)?;
            if hooks.is_empty() {
                println!("no webhooks: `candor webhook add --name NAME --url URL` adds one");
            }
            for hook in hooks {
                println!("{}\t{}\t{}", hook.name, hook.url, hook.events);
            }
        }
        WebhookCommand::Remove { name } => {
            let cancelled = db::write(&mut conn, |c| webhooks::remove(c, &name, &cli_actor(), now))?;
            println!("webhook '{}' removed; {cancelled} queued deliveries cancelled", name.trim());
        }
    }
    Ok(())
}
