//! A pulse's delivery, as its admin sees it (`/admin/pulses/{id}`): how many of its emails are
//! queued, sent, failed or cancelled, per kind; which failed and why; retry the failed and
//! cancel the queued. Counts of emails and their recipients only: nothing here reads whether
//! anyone answered (docs/design.md, "Anonymity").

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::about::{KINDS, MailKind};
use super::outbox;
use crate::db::DbConnection;
use crate::db::schema::outbox as table;
use crate::error::AppError;

/// The states an email can be in, in the order the page shows them.
pub const STATES: [&str; 5] = ["queued", "sending", "sent", "failed", "cancelled"];

/// One kind of email of a pulse, counted by state (in the order of [`STATES`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KindCounts {
    /// The kind, in words.
    pub label: &'static str,
    /// Emails per state, in the order of [`STATES`].
    pub counts: [i64; 5],
}

/// An email of the pulse that failed or is waiting to be tried again.
#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Trouble {
    /// Outbox row id.
    pub id: i64,
    /// `failed`, or `queued` when it will be tried again.
    pub state: String,
    /// The kind as stored.
    pub kind: String,
    /// The recipient.
    pub recipient: String,
    /// Sends tried.
    pub attempts: i32,
    /// What the SMTP server or the connection said.
    pub last_error: Option<String>,
}

/// Everything the delivery page shows.
#[derive(Debug, Clone, Serialize)]
pub struct Delivery {
    /// Per kind that the pulse has emails of.
    pub kinds: Vec<KindCounts>,
    /// Totals per state, in the order of [`STATES`].
    pub totals: [i64; 5],
    /// Failed emails and those waiting to be tried again, oldest first.
    pub troubles: Vec<Trouble>,
}

impl Delivery {
    /// Emails failed for good.
    pub fn failed(&self) -> i64 {
        self.totals[3]
    }

    /// Emails still waiting to be sent.
    pub fn queued(&self) -> i64 {
        self.totals[0]
    }
}

/// Most troubled emails listed on the page (the counts cover them all).
const TROUBLES_SHOWN: i64 = 200;

/// The delivery of pulse `pulse_id`.
pub fn of_pulse(conn: &mut DbConnection, pulse_id: i64) -> Result<Delivery, AppError> {
    let rows: Vec<(String, String, i64)> = table::table
        .filter(table::pulse_id.eq(pulse_id))
        .group_by((table::kind, table::state))
        .select((table::kind, table::state, diesel::dsl::count_star()))
        .load(conn)?;
    let mut totals = [0; 5];
    let mut kinds = Vec::new();
    for kind in KINDS {
        let mut counts = [0; 5];
        for (_, state, n) in rows.iter().filter(|(k, ..)| k == kind.as_str()) {
            if let Some(i) = STATES.iter().position(|s| s == state) {
                counts[i] += n;
                totals[i] += n;
            }
        }
        if counts.iter().any(|n| *n > 0) {
            kinds.push(KindCounts { label: kind.label(), counts });
        }
    }
    let troubles = table::table
        .filter(table::pulse_id.eq(pulse_id))
        .filter(table::state.eq("failed").or(table::state.eq("queued").and(table::attempts.gt(0))))
        .order(table::id.asc())
        .limit(TROUBLES_SHOWN)
        .select((table::id, table::state, table::kind, table::recipient, table::attempts, table::last_error))
        .load(conn)?;
    Ok(Delivery { kinds, totals, troubles })
}

/// Queues the pulse's failed emails again, due at `now` with a fresh count of tries. Returns
/// how many. Call inside [`crate::db::write`] with the audit record.
pub fn retry_failed(conn: &mut DbConnection, pulse_id: i64, now: NaiveDateTime) -> Result<usize, AppError> {
    Ok(diesel::update(table::table.filter(table::pulse_id.eq(pulse_id)).filter(table::state.eq("failed")))
        .set((table::state.eq("queued"), table::attempts.eq(0), table::next_attempt_at.eq(now)))
        .execute(conn)?)
}

/// Cancels the pulse's emails that are still queued (a message being sent this moment is not
/// stopped). Returns how many. Call inside [`crate::db::write`] with the audit record.
pub fn cancel_queued(conn: &mut DbConnection, pulse_id: i64, reason: &str) -> Result<usize, AppError> {
    let ids: Vec<i64> = table::table
        .filter(table::pulse_id.eq(pulse_id).and(table::state.eq("queued")))
        .select(table::id)
        .load(conn)?;
    outbox::cancel(conn, &ids, reason)
}

/// How many invitations and reminders of the open pulses `pulse_ids` failed for good or are
/// waiting after a failed try: what the team page calls "invitations failing".
pub fn failing_invitations(conn: &mut DbConnection, pulse_ids: &[i64]) -> Result<i64, AppError> {
    let invitation_kinds =
        [MailKind::Invite, MailKind::RemindHalf, MailKind::RemindLast].map(|k| k.as_str().to_string());
    Ok(table::table
        .filter(table::pulse_id.eq_any(pulse_ids))
        .filter(table::kind.eq_any(invitation_kinds))
        .filter(table::state.eq("failed").or(table::state.eq("queued").and(table::attempts.gt(0))))
        .count()
        .get_result(conn)?)
}
