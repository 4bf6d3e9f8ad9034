//! The outbox table: queue in the producer's transaction, claim due rows with a lease,
//! record each outcome.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::Composed;
use crate::db::DbConnection;
use crate::db::schema::{outbox, webhooks};
use crate::error::AppError;

/// What replaces a body that held a one-time link, once it was sent.
pub const PURGED: &str = "(removed after sending: this message held a one-time link)";

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMail<'a> {
    /// Unique per logical email (e.g. `invite:{pulse}:{person}`): queuing twice is a no-op.
    pub idempotency_key: String,
    /// Recipient address.
    pub to: &'a str,
    /// Rendered content.
    pub content: Composed,
    /// Blank the bodies once sent (they hold a token).
    pub holds_secret: bool,
}

/// A claimed row, to be sent.
#[derive(Debug, Clone, Queryable, Serialize)]
pub struct OutboxMail {
    /// Row id; also makes the Message-ID.
    pub id: i64,
    /// Recipient address.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text part.
    pub body_text: String,
    /// HTML part.
    pub body_html: String,
    /// Sends tried so far.
    pub attempts: i32,
    /// Whether to blank the bodies once sent.
    pub purge_after_send: bool,
    /// `webhook` for a webhook delivery (the recipient is its URL, the subject its event, the
    /// text its JSON body); an email's kind otherwise.
    pub kind: String,
    /// A webhook delivery's signing secret, read with the claim; never serialized.
    #[serde(skip)]
    pub webhook_secret: Option<String>,
}

/// Queues `mail` unless a row with its key exists; returns whether it was queued.
/// Call inside the transaction that makes the change the email is about.
pub fn enqueue(conn: &mut DbConnection, mail: &NewMail<'_>, now: NaiveDateTime) -> Result<bool, AppError> {
    let (kind, pulse) = super::about::about(&mail.idempotency_key);
    let row = Row {
        key: &mail.idempotency_key,
        kind,
        pulse,
        webhook: None,
        recipient: mail.to,
        subject: &mail.content.subject,
        text: &mail.content.text,
        html: &mail.content.html,
        purge: mail.holds_secret,
    };
    insert(conn, &row, now)
}

/// A webhook delivery to queue: one event for one endpoint.
#[derive(Debug, Clone)]
pub struct NewDelivery<'a> {
    /// Unique per event and endpoint (`webhook:{endpoint}:{event}:{subject}`).
    pub idempotency_key: String,
    /// The endpoint's id.
    pub webhook_id: i64,
    /// Where the POST goes.
    pub url: &'a str,
    /// The event's name, e.g. `pulse.closed` (kept as the row's subject).
    pub event: &'a str,
    /// The JSON body.
    pub body: &'a str,
}

/// Queues a webhook delivery as an outbox row of kind `webhook`, unless its key exists;
/// returns whether it was queued. Call inside the transaction of the event.
pub fn enqueue_delivery(
    conn: &mut DbConnection,
    delivery: &NewDelivery<'_>,
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    let row = Row {
        key: &delivery.idempotency_key,
        kind: WEBHOOK,
        pulse: None,
        webhook: Some(delivery.webhook_id),
        recipient: delivery.url,
        subject: delivery.event,
        text: delivery.body,
        html: "",
        purge: false,
    };
    insert(conn, &row, now)
}

/// The outbox kind of webhook deliveries.
pub const WEBHOOK: &str = "webhook";

struct Row<'a> {
    key: &'a str,
    kind: &'a str,
    pulse: Option<i64>,
    webhook: Option<i64>,
    recipient: &'a str,
    subject: &'a str,
    text: &'a str,
    html: &'a str,
    purge: bool,
}

fn insert(conn: &mut DbConnection, row: &Row<'_>, now: NaiveDateTime) -> Result<bool, AppError> {
    // ON CONFLICT is spelled the same on both backends, but diesel's MultiConnection cannot
    // express it, so the statement runs on the inner connection.
    let insert = diesel::insert_into(outbox::table)
        .values((
            outbox::kind.eq(row.kind),
            outbox::pulse_id.eq(row.pulse),
            outbox::webhook_id.eq(row.webhook),
            outbox::idempotency_key.eq(row.key),
            outbox::recipient.eq(row.recipient),
            outbox::subject.eq(row.subject),
            outbox::body_text.eq(row.text),
            outbox::body_html.eq(row.html),
            outbox::state.eq("queued"),
            outbox::purge_after_send.eq(row.purge),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
        ))
        .on_conflict(outbox::idempotency_key)
        .do_nothing();
    let inserted = crate::on_inner!(conn, |c| insert.execute(c)?);
    Ok(inserted == 1)
}

type Due = diesel::dsl::Filter<
    outbox::table,
    diesel::dsl::Or<
        diesel::dsl::And<
            diesel::dsl::Eq<outbox::state, &'static str>,
            diesel::dsl::LtEq<outbox::next_attempt_at, NaiveDateTime>,
        >,
        diesel::dsl::And<
            diesel::dsl::Eq<outbox::state, &'static str>,
            diesel::dsl::LtEq<outbox::lease_until, NaiveDateTime>,
        >,
    >,
>;

fn due(now: NaiveDateTime) -> Due {
    outbox::table.filter(
        outbox::state
            .eq("queued")
            .and(outbox::next_attempt_at.le(now))
            .or(outbox::state.eq("sending").and(outbox::lease_until.le(now))),
    )
}

/// Claims up to `limit` due rows (queued and due, or sending with an expired lease) for
/// `lease`; on PostgreSQL rows locked by another instance are skipped. Call in a write
/// transaction.
pub fn claim_due(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    limit: i64,
    lease: Duration,
) -> Result<Vec<OutboxMail>, AppError> {
    let ids: Vec<i64> = match conn {
        DbConnection::Postgresql(pg) => due(now)
            .order(outbox::id.asc())
            .limit(limit)
            .select(outbox::id)
            .for_update()
            .skip_locked()
            .load(pg)?,
        DbConnection::Sqlite(lite) => {
            due(now).order(outbox::id.asc()).limit(limit).select(outbox::id).load(lite)?
        }
    };
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
        .set((outbox::state.eq("sending"), outbox::lease_until.eq(lease_end(now, lease))))
        .execute(conn)?;
    Ok(outbox::table
        .left_join(webhooks::table)
        .filter(outbox::id.eq_any(&ids))
        .order(outbox::id.asc())
        .select((
            outbox::id,
            outbox::recipient,
            outbox::subject,
            outbox::body_text,
            outbox::body_html,
            outbox::attempts,
            outbox::purge_after_send,
            outbox::kind,
            webhooks::secret.nullable(),
        ))
        .load(conn)?)
}

/// Records a delivery; blanks bodies that held a one-time link.
pub fn mark_sent(conn: &mut DbConnection, mail: &OutboxMail, now: NaiveDateTime) -> Result<(), AppError> {
    let row = outbox::table.find(mail.id);
    diesel::update(row)
        .set((
            outbox::state.eq("sent"),
            outbox::attempts.eq(mail.attempts + 1),
            outbox::sent_at.eq(now),
            outbox::lease_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)?;
    if mail.purge_after_send {
        diesel::update(row)
            .set((outbox::body_text.eq(PURGED), outbox::body_html.eq(PURGED)))
            .execute(conn)?;
    }
    Ok(())
}

/// The lease end of a claim made at `now`, to the microsecond: both databases store it exactly,
/// so the claimer can compare it later ([`renew_lease`]).
pub fn lease_end(now: NaiveDateTime, lease: Duration) -> NaiveDateTime {
    use chrono::SubsecRound;
    (now + lease).trunc_subsecs(6)
}

/// Moves a claimed row's lease end from `held_until` to `until`; false (and nothing changed)
/// when the row is no longer `sending` with that lease end, i.e. another instance claimed it
/// after the lease ran out. The lease end is the claim's fencing token.
pub fn renew_lease(
    conn: &mut DbConnection,
    id: i64,
    held_until: NaiveDateTime,
    until: NaiveDateTime,
) -> Result<bool, AppError> {
    let renewed = diesel::update(
        outbox::table.find(id).filter(outbox::state.eq("sending")).filter(outbox::lease_until.eq(held_until)),
    )
    .set(outbox::lease_until.eq(until))
    .execute(conn)?;
    Ok(renewed == 1)
}

/// Gives a claimed row back unsent (this instance is stopping): due again at once, for any
/// instance.
pub fn release(conn: &mut DbConnection, id: i64) -> Result<(), AppError> {
    diesel::update(outbox::table.find(id).filter(outbox::state.eq("sending")))
        .set((outbox::state.eq("queued"), outbox::lease_until.eq(None::<NaiveDateTime>)))
        .execute(conn)?;
    Ok(())
}

/// Records a failed attempt: queued again at `retry_at`, or `failed` for good when `None`.
pub fn mark_attempt_failed(
    conn: &mut DbConnection,
    mail: &OutboxMail,
    error: &str,
    retry_at: Option<NaiveDateTime>,
) -> Result<(), AppError> {
    let row = outbox::table.find(mail.id);
    diesel::update(row)
        .set((
            outbox::state.eq(if retry_at.is_some() { "queued" } else { "failed" }),
            outbox::attempts.eq(mail.attempts + 1),
            outbox::last_error.eq(error),
            outbox::lease_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    if let Some(at) = retry_at {
        diesel::update(row).set(outbox::next_attempt_at.eq(at)).execute(conn)?;
    }
    Ok(())
}

/// One line of `candor outbox list` and the admin page.
#[derive(Debug, Clone, Queryable, Serialize)]
pub struct OutboxEntry {
    /// Row id.
    pub id: i64,
    /// queued, sending, sent, failed or cancelled.
    pub state: String,
    /// Sends tried.
    pub attempts: i32,
    /// Recipient address.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// The last error, if any.
    pub last_error: Option<String>,
    /// When the next try is due.
    pub next_attempt_at: NaiveDateTime,
}

/// The newest `limit` rows, newest first.
pub fn list(conn: &mut DbConnection, limit: i64) -> Result<Vec<OutboxEntry>, AppError> {
    Ok(outbox::table
        .order(outbox::id.desc())
        .limit(limit)
        .select((
            outbox::id,
            outbox::state,
            outbox::attempts,
            outbox::recipient,
            outbox::subject,
            outbox::last_error,
            outbox::next_attempt_at,
        ))
        .load(conn)?)
}

/// Rows per state, for the admin page and metrics.
pub fn depth(conn: &mut DbConnection) -> Result<Vec<(String, i64)>, AppError> {
    Ok(outbox::table
        .group_by(outbox::state)
        .select((outbox::state, diesel::dsl::count_star()))
        .order(outbox::state.asc())
        .load(conn)?)
}

/// Cancels every email still queued to `recipient` (a person who left or was deactivated),
/// keeping the rows as `cancelled` with `reason`; a body that held a one-time link is blanked
/// as if sent. A message being sent this moment (leased) is not stopped. Returns how many were
/// cancelled. Call inside the transaction that removes or deactivates the person.
pub fn cancel_queued_to(conn: &mut DbConnection, recipient: &str, reason: &str) -> Result<usize, AppError> {
    let ids: Vec<i64> = outbox::table
        .filter(outbox::recipient.eq(recipient).and(outbox::state.eq("queued")))
        .filter(outbox::kind.ne(WEBHOOK))
        .select(outbox::id)
        .load(conn)?;
    cancel(conn, &ids, reason)
}

/// Cancels every delivery still queued to webhook endpoint `webhook_id` (it was removed);
/// returns how many were. Call inside the transaction that removes the endpoint.
pub fn cancel_deliveries_to(
    conn: &mut DbConnection,
    webhook_id: i64,
    reason: &str,
) -> Result<usize, AppError> {
    let ids: Vec<i64> = outbox::table
        .filter(outbox::webhook_id.eq(webhook_id).and(outbox::state.eq("queued")))
        .select(outbox::id)
        .load(conn)?;
    cancel(conn, &ids, reason)
}

/// Cancels the rows `ids` that are still queued; returns how many were.
pub fn cancel(conn: &mut DbConnection, ids: &[i64], reason: &str) -> Result<usize, AppError> {
    let queued = || outbox::table.filter(outbox::id.eq_any(ids)).filter(outbox::state.eq("queued"));
    diesel::update(queued().filter(outbox::purge_after_send.eq(true)))
        .set((outbox::body_text.eq(PURGED), outbox::body_html.eq(PURGED)))
        .execute(conn)?;
    let cancelled = diesel::update(queued())
        .set((outbox::state.eq("cancelled"), outbox::last_error.eq(reason)))
        .execute(conn)?;
    Ok(cancelled)
}
