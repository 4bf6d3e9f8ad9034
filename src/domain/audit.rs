//! The audit log: who changed thresholds, roles, people and agreements, and who signed in.
//! It records actions and their subjects, never an answer, a comment or a token.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::audit_log;
use crate::db::{DbConnection, MultiBackend};
use crate::error::AppError;

/// One line of the log.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct AuditEntry {
    /// Row id.
    pub id: i64,
    /// When (UTC).
    pub at: NaiveDateTime,
    /// Who: an email, `cli:$USER`, or `system`.
    pub actor: String,
    /// What, e.g. `team.set`, `people.remove`, `sign-in`.
    pub action: String,
    /// On what, e.g. a team slug or an address.
    pub subject: String,
    /// Details, e.g. `min_group 5 -> 7`.
    pub detail: String,
}

/// Records an action in the caller's transaction.
pub fn record(
    conn: &mut DbConnection,
    actor: &str,
    action: &str,
    subject: &str,
    detail: &str,
    at: NaiveDateTime,
) -> Result<(), AppError> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(at),
            audit_log::actor.eq(actor),
            audit_log::action.eq(action),
            audit_log::subject.eq(subject),
            audit_log::detail.eq(detail),
        ))
        .execute(conn)?;
    Ok(())
}

/// The newest `limit` entries, newest first.
pub fn recent(conn: &mut DbConnection, limit: i64) -> Result<Vec<AuditEntry>, AppError> {
    page(conn, &AuditFilter::default(), 0, limit)
}

/// Which entries to list: an exact actor and an exact action; `None` is "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Who, exactly as recorded.
    pub actor: Option<String>,
    /// What, exactly as recorded (e.g. `token.create`).
    pub action: Option<String>,
}

fn filtered(filter: &AuditFilter) -> audit_log::BoxedQuery<'static, MultiBackend> {
    let mut query = audit_log::table.into_boxed();
    if let Some(actor) = &filter.actor {
        query = query.filter(audit_log::actor.eq(actor.clone()));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_log::action.eq(action.clone()));
    }
    query
}

/// How many entries `filter` lets through.
pub fn count(conn: &mut DbConnection, filter: &AuditFilter) -> Result<i64, AppError> {
    Ok(filtered(filter).count().get_result(conn)?)
}

/// Up to `limit` entries that `filter` lets through, newest first, after skipping `offset`.
pub fn page(
    conn: &mut DbConnection,
    filter: &AuditFilter,
    offset: i64,
    limit: i64,
) -> Result<Vec<AuditEntry>, AppError> {
    Ok(filtered(filter)
        .order(audit_log::id.desc())
        .offset(offset)
        .limit(limit)
        .select((
            audit_log::id,
            audit_log::at,
            audit_log::actor,
            audit_log::action,
            audit_log::subject,
            audit_log::detail,
        ))
        .load(conn)?)
}

/// The actor name of a command-line user.
pub fn cli_actor() -> String {
    format!(
        "cli:{}",
        std::env::var("USER").ok().filter(|u| !u.is_empty()).unwrap_or_else(|| "unknown".into())
    )
}
