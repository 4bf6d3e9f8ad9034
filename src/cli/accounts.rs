//! `candor admin …`, `candor token …`, `candor people remove`, `candor audit list`.

use std::io::Read;

use chrono::Utc;
use clap::Subcommand;

use super::open;
use crate::auth::{api_tokens, login};
use crate::config::Settings;
use crate::db;
use crate::domain::audit::{self, cli_actor};
use crate::domain::{Email, people};
use crate::error::AppError;

/// `candor admin …`
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Make an admin (the first one, or more); they sign in by email link or password.
    #[command(
        after_help = "Examples:\n  candor admin create ana@example.org\n  printf '%s' \"$PASSWORD\" | candor admin create ana@example.org --password-stdin"
    )]
    Create {
        /// Their address.
        email: String,
        /// Read a password (8 to 128 characters) from standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

/// `candor token …`
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Make an API token acting for a user, or a SCIM provisioning token; it is printed once.
    #[command(
        after_help = "Examples:\n  candor token create --email ana@example.org --name dashboards\n  candor token create --scim --name okta"
    )]
    Create {
        /// The user it acts for (their access applies).
        #[arg(long, required_unless_present = "scim", conflicts_with = "scim")]
        email: Option<String>,
        /// A token for `/scim/v2` (the identity provider's provisioning) instead.
        #[arg(long)]
        scim: bool,
        /// What it is for.
        #[arg(long)]
        name: String,
        /// Its scope.
        #[arg(long, default_value = api_tokens::READ_REPORTS)]
        scope: String,
    },
    /// Revoke a token by id.
    Revoke {
        /// The token's id (printed when it was made).
        id: i64,
    },
}

fn email(raw: &str) -> Result<Email, AppError> {
    Email::parse(raw).map_err(|m| AppError::invalid("EMAIL", m))
}

/// `candor admin create`.
pub fn admin(settings: &Settings, command: AdminCommand) -> Result<(), AppError> {
    let AdminCommand::Create { email: raw, password_stdin } = command;
    let address = email(&raw)?;
    let password = if password_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| AppError::BadRequest(format!("cannot read the password: {e}")))?;
        Some(text.trim_end_matches(['\n', '\r']).to_string())
    } else {
        None
    };
    let pool = open(settings)?;
    let now = Utc::now().naive_utc();
    db::write(&mut *pool.get()?, |c| {
        login::create_admin(c, &address, password.as_deref(), now)?;
        audit::record(c, &cli_actor(), "role.admin", address.as_str(), "made an admin", now)
    })?;
    println!("{address} is an admin; they sign in at /login");
    Ok(())
}

/// `candor token create|revoke`.
pub fn token(settings: &Settings, command: TokenCommand) -> Result<(), AppError> {
    let pool = open(settings)?;
    let now = Utc::now().naive_utc();
    match command {
        TokenCommand::Create { scim: true, name, .. } => {
            let (id, token) = db::write(&mut *pool.get()?, |c| {
                let made = api_tokens::create_scim(c, &name, now)?;
                audit::record(
                    c,
                    &cli_actor(),
                    "token.create",
                    api_tokens::SCIM_ACCOUNT,
                    &format!("token {} '{name}' {}", made.0, api_tokens::SCIM),
                    now,
                )?;
                Ok::<_, AppError>(made)
            })?;
            eprintln!(
                "SCIM token {id} '{name}'; it is shown once — give it to the identity provider with the base URL {}/scim/v2",
                settings.base_url.trim_end_matches('/')
            );
            println!("{token}");
        }
        TokenCommand::Create { email: raw, name, scope, .. } => {
            let address = email(raw.as_deref().unwrap_or_default())?;
            let (id, token) = db::write(&mut *pool.get()?, |c| {
                let made = api_tokens::create(c, &address, &name, &scope, now)?;
                audit::record(
                    c,
                    &cli_actor(),
                    "token.create",
                    address.as_str(),
                    &format!("token {} '{name}' {scope}", made.0),
                    now,
                )?;
                Ok::<_, AppError>(made)
            })?;
            eprintln!(
                "token {id} for {address} ({scope}); it is shown once — send it as `Authorization: Bearer TOKEN`"
            );
            println!("{token}");
        }
        TokenCommand::Revoke { id } => {
            db::write(&mut *pool.get()?, |c| {
                api_tokens::revoke(c, id, now)?;
                audit::record(c, &cli_actor(), "token.revoke", &id.to_string(), "", now)
            })?;
            println!("token {id} revoked");
        }
    }
    Ok(())
}

/// `candor people remove EMAIL`.
pub fn remove_person(settings: &Settings, raw: &str) -> Result<(), AppError> {
    let address = email(raw)?;
    let pool = open(settings)?;
    let now = Utc::now().naive_utc();
    let removed = db::write(&mut *pool.get()?, |c| {
        let removed = people::remove_person(c, &address)?;
        let detail = format!(
            "{} memberships, {} invitations, {} queued emails cancelled, account {}",
            removed.memberships, removed.invitations, removed.emails_cancelled, removed.account
        );
        audit::record(c, &cli_actor(), "people.remove", address.as_str(), &detail, now)?;
        Ok::<_, AppError>(removed)
    })?;
    println!(
        "removed {address}: {} memberships, {} invitations, {} queued emails cancelled{}; anonymous answers are untouched",
        removed.memberships,
        removed.invitations,
        removed.emails_cancelled,
        if removed.account { ", and their account" } else { "" }
    );
    Ok(())
}

/// `candor audit list`.
pub fn audit_list(settings: &Settings, limit: i64) -> Result<(), AppError> {
    let pool = open(settings)?;
    for e in audit::recent(&mut *pool.get()?, limit)? {
        println!(
            "{}  {:24}  {:16}  {:28}  {}",
            e.at.format("%Y-%m-%d %H:%M:%S"),
            e.actor,
            e.action,
            e.subject,
            e.detail
        );
    }
    Ok(())
}
