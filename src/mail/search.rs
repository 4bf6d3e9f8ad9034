//! The admin's outbox search (`/admin/outbox`): emails by state, kind, team and pulse, newest
//! first, a page at a time. It reads the columns a page shows and never an email's body (the
//! bodies of sign-in links and invitations held one-time links).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::about::MailKind;
use crate::db::schema::{outbox, pulses};
use crate::db::{DbConnection, MultiBackend};
use crate::error::AppError;

/// Which emails to list; `None` is "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxFilter {
    /// One of [`super::delivery::STATES`].
    pub state: Option<&'static str>,
    /// The kind of email.
    pub kind: Option<MailKind>,
    /// The emails of this team's pulses.
    pub team_id: Option<i64>,
    /// The emails of this pulse.
    pub pulse_id: Option<i64>,
}

/// One email as the outbox page lists it: no body.
#[derive(Debug, Clone, Queryable, Serialize)]
pub struct OutboxRow {
    /// Row id.
    pub id: i64,
    /// queued, sending, sent, failed or cancelled.
    pub state: String,
    /// Sends tried.
    pub attempts: i32,
    /// The kind as stored (`other` for an email of no known kind).
    pub kind: String,
    /// Recipient address.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// What the SMTP server or the connection said last, if anything.
    pub last_error: Option<String>,
    /// When it was queued.
    pub created_at: NaiveDateTime,
    /// When it was sent, if it was.
    pub sent_at: Option<NaiveDateTime>,
}

type Boxed<'a> = outbox::BoxedQuery<'a, MultiBackend>;

/// The outbox rows that `filter` lets through, as a query to count or page.
fn filtered(filter: &OutboxFilter) -> Boxed<'static> {
    let mut query = outbox::table.into_boxed();
    if let Some(state) = filter.state {
        query = query.filter(outbox::state.eq(state));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(outbox::kind.eq(kind.as_str()));
    }
    if let Some(team) = filter.team_id {
        let of_team = pulses::table.filter(pulses::team_id.eq(team)).select(pulses::id.nullable());
        query = query.filter(outbox::pulse_id.eq_any(of_team));
    }
    if let Some(pulse) = filter.pulse_id {
        query = query.filter(outbox::pulse_id.eq(pulse));
    }
    query
}

/// How many emails `filter` lets through.
pub fn count(conn: &mut DbConnection, filter: &OutboxFilter) -> Result<i64, AppError> {
    Ok(filtered(filter).count().get_result(conn)?)
}

/// Up to `limit` emails that `filter` lets through, newest first, after skipping `offset`.
pub fn page(
    conn: &mut DbConnection,
    filter: &OutboxFilter,
    offset: i64,
    limit: i64,
) -> Result<Vec<OutboxRow>, AppError> {
    Ok(filtered(filter)
        .order(outbox::id.desc())
        .offset(offset)
        .limit(limit)
        .select((
            outbox::id,
            outbox::state,
            outbox::attempts,
            outbox::kind,
            outbox::recipient,
            outbox::subject,
            outbox::last_error,
            outbox::created_at,
            outbox::sent_at,
        ))
        .load(conn)?)
}
