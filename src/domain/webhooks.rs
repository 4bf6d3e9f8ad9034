//! Webhook endpoints and the events they receive (docs/design.md, "Webhooks").
//!
//! An admin registers an endpoint (a name, an https or http URL, the events it wants) and is
//! shown its signing secret once. Each event is queued, for every endpoint that wants it, as
//! an outbox row **in the transaction of the event** ([`queue_event`]): a pulse that closes,
//! a summary that is queued or an agreement version that is saved cannot commit without its
//! deliveries, and a rolled-back change sends none. From there the outbox's worker posts them
//! and retries them like email (leases, backoff, `failed` after the last attempt), and the
//! admin's outbox page lists them with their errors.
//!
//! What a payload may carry: names of teams, pulses and agreements and the counts a published
//! page shows, never an answer, a comment, a person's address or a token. A pulse's payload
//! says how many were invited, not how many answered: whether a round is shown at all is the
//! report's decision under the anonymity rule, and a webhook must not tell more than the page.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::RngCore;
use serde::Serialize;
use serde_json::json;

use crate::db::DbConnection;
use crate::db::schema::webhooks;
use crate::error::{AppError, Said};
use crate::i18n::refused;
use crate::mail::outbox::{self, NewDelivery};

/// The events an endpoint can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Event {
    /// A pulse closed (on time or early).
    PulseClosed,
    /// A pulse's results summary was queued to its readers.
    SummarySent,
    /// An agreement was added or got a new version.
    AgreementChanged,
}

/// Every event, in the order pages and `--help` list them.
pub const EVENTS: [Event; 3] = [Event::PulseClosed, Event::SummarySent, Event::AgreementChanged];

impl Event {
    /// The name in payloads, headers and `--events`: `pulse.closed`, `summary.sent`,
    /// `agreement.changed`.
    pub fn name(self) -> &'static str {
        match self {
            Event::PulseClosed => "pulse.closed",
            Event::SummarySent => "summary.sent",
            Event::AgreementChanged => "agreement.changed",
        }
    }

    /// The event named `name`, if it is one.
    pub fn parse(name: &str) -> Option<Event> {
        EVENTS.into_iter().find(|e| e.name() == name.trim())
    }
}

/// A registered endpoint, as lists show it (never with its secret).
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct Webhook {
    /// Row id.
    pub id: i64,
    /// A name the admin chose, unique.
    pub name: String,
    /// Where deliveries are POSTed.
    pub url: String,
    /// The events it receives, comma-separated names.
    pub events: String,
    /// When it was registered.
    pub created_at: NaiveDateTime,
}

/// What registering an endpoint needs.
#[derive(Debug, Clone)]
pub struct NewWebhook {
    /// Its name (letters, digits, `-` and `_`; at most 60).
    pub name: String,
    /// An `http://` or `https://` URL.
    pub url: String,
    /// The events it wants; empty means all.
    pub events: Vec<String>,
}

/// Registers an endpoint and returns it with its signing secret (shown once, stored for
/// signing). Audited. The caller's transaction.
pub fn register(
    conn: &mut DbConnection,
    new: &NewWebhook,
    actor: &str,
    now: NaiveDateTime,
) -> Result<(Webhook, String), AppError> {
    let name = checked_name(&new.name)?;
    let url = checked_url(&new.url)?;
    let events = checked_events(&new.events)?;
    if active().filter(webhooks::name.eq(&name)).count().get_result::<i64>(conn)? > 0 {
        return Err(refused("name", Said::new("refused-webhook-taken").text("name", &name)));
    }
    let secret = new_secret();
    diesel::insert_into(webhooks::table)
        .values((
            webhooks::name.eq(&name),
            webhooks::url.eq(url.as_str()),
            webhooks::secret.eq(&secret),
            webhooks::events.eq(&events),
            webhooks::created_at.eq(now),
        ))
        .execute(conn)?;
    let hook = find(conn, &name)?;
    super::audit::record(conn, actor, "webhook.add", &name, &format!("{} for {events}", hook.url), now)?;
    Ok((hook, secret))
}

/// Removes endpoint `name`: it receives nothing more, its queued deliveries are cancelled (in
/// this transaction), and its rows stay for the outbox's history. Audited.
pub fn remove(
    conn: &mut DbConnection,
    name: &str,
    actor: &str,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let hook = find(conn, name)?;
    diesel::update(webhooks::table.find(hook.id)).set(webhooks::removed_at.eq(now)).execute(conn)?;
    let cancelled = outbox::cancel_deliveries_to(conn, hook.id, "the webhook was removed")?;
    super::audit::record(
        conn,
        actor,
        "webhook.remove",
        name,
        &format!("{cancelled} queued deliveries cancelled"),
        now,
    )?;
    Ok(cancelled)
}

/// The active endpoints, by name.
pub fn list(conn: &mut DbConnection) -> Result<Vec<Webhook>, AppError> {
    Ok(active().order(webhooks::name.asc()).select(columns()).load(conn)?)
}

/// The active endpoint `name`; the error says how to list them.
pub fn find(conn: &mut DbConnection, name: &str) -> Result<Webhook, AppError> {
    active().filter(webhooks::name.eq(name.trim())).select(columns()).first(conn).optional()?.ok_or_else(
        || AppError::NotFound(format!("no webhook '{}': `candor webhook list` shows them", name.trim())),
    )
}

type Columns = (webhooks::id, webhooks::name, webhooks::url, webhooks::events, webhooks::created_at);

fn columns() -> Columns {
    (webhooks::id, webhooks::name, webhooks::url, webhooks::events, webhooks::created_at)
}

fn active() -> diesel::dsl::Filter<webhooks::table, diesel::dsl::IsNull<webhooks::removed_at>> {
    webhooks::table.filter(webhooks::removed_at.is_null())
}

/// Queues `event` about `subject` (unique per event, e.g. the pulse id) with `data` to every
/// endpoint that wants it; returns how many deliveries were queued. Queuing the same event
/// and subject again queues nothing. Call inside the transaction of the event.
pub fn queue_event(
    conn: &mut DbConnection,
    event: Event,
    subject: &str,
    data: serde_json::Value,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let hooks = list(conn)?;
    let mut queued = 0;
    for hook in hooks.iter().filter(|h| wants(h, event)) {
        let key = format!("webhook:{}:{}:{subject}", hook.id, event.name());
        let body = json!({
            "id": key,
            "event": event.name(),
            "occurred_at": now.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "data": data,
        })
        .to_string();
        let delivery = NewDelivery {
            idempotency_key: key,
            webhook_id: hook.id,
            url: &hook.url,
            event: event.name(),
            body: &body,
        };
        if outbox::enqueue_delivery(conn, &delivery, now)? {
            queued += 1;
        }
    }
    Ok(queued)
}

/// Queues `pulse.closed` for each of `pulse_ids` (team, period, when it closed and how many
/// were invited). Every way of closing calls this through
/// [`super::pulses::settle_closed`], in its transaction.
pub fn queue_pulses_closed(
    conn: &mut DbConnection,
    pulse_ids: &[super::PulseId],
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    use crate::db::schema::{pulses, teams};
    if pulse_ids.is_empty() || list(conn)?.is_empty() {
        return Ok(0);
    }
    let closed: Vec<(super::PulseId, String, NaiveDateTime, Option<i32>, String, String)> = pulses::table
        .inner_join(teams::table)
        .filter(pulses::id.eq_any(pulse_ids))
        .order(pulses::id.asc())
        .select((pulses::id, pulses::period, pulses::closes_at, pulses::invited, teams::slug, teams::name))
        .load(conn)?;
    let mut queued = 0;
    for (id, period, closes_at, invited, slug, name) in closed {
        let data = json!({
            "team": { "slug": slug, "name": name },
            "pulse": { "id": id.0, "period": period, "closed_at": closes_at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true), "invited": invited },
            "report": format!("/teams/{slug}"),
        });
        queued += queue_event(conn, Event::PulseClosed, &id.to_string(), data, now)?;
    }
    Ok(queued)
}

fn wants(hook: &Webhook, event: Event) -> bool {
    hook.events.split(',').any(|e| e.trim() == event.name())
}

fn checked_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    let fine = !name.is_empty()
        && name.len() <= 60
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !fine {
        return Err(refused("name", Said::new("refused-webhook-name").number("max", 60)));
    }
    Ok(name.to_string())
}

fn checked_url(url: &str) -> Result<url::Url, AppError> {
    let shown: String = url.trim().chars().take(60).collect();
    let parsed = url::Url::parse(url.trim())
        .map_err(|_| refused("url", Said::new("refused-webhook-url").text("url", shown.as_str())))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(refused("url", Said::new("refused-webhook-url-scheme").text("url", shown)));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(refused("url", Said::new("refused-webhook-url-user")));
    }
    Ok(parsed)
}

fn checked_events(events: &[String]) -> Result<String, AppError> {
    let names: Vec<&str> =
        events.iter().flat_map(|e| e.split(',')).map(str::trim).filter(|e| !e.is_empty()).collect();
    if names.is_empty() {
        return Ok(EVENTS.map(Event::name).join(","));
    }
    let mut chosen = Vec::new();
    for name in names {
        let event = Event::parse(name).ok_or_else(|| {
            let known = EVENTS.map(Event::name).join(", ");
            refused("events", Said::new("refused-webhook-event").text("event", name).text("known", known))
        })?;
        if !chosen.contains(&event) {
            chosen.push(event);
        }
    }
    Ok(chosen.into_iter().map(Event::name).collect::<Vec<_>>().join(","))
}

/// 32 random bytes, hex: the HMAC key.
fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("whsec_{}", hex::encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_read_back_from_their_names_and_unknown_ones_are_refused() {
        for event in EVENTS {
            assert_eq!(Event::parse(event.name()), Some(event));
        }
        assert_eq!(checked_events(&[]).ok().as_deref(), Some("pulse.closed,summary.sent,agreement.changed"));
        let picked = checked_events(&["agreement.changed, pulse.closed".into(), "pulse.closed".into()]);
        assert_eq!(picked.ok().as_deref(), Some("agreement.changed,pulse.closed"));
        assert!(checked_events(&["pulse.opened".into()]).is_err());
    }

    #[test]
    fn only_plain_web_addresses_are_taken() {
        assert!(checked_url("https://hooks.example.com/candor").is_ok());
        assert!(checked_url("http://127.0.0.1:9000/in").is_ok());
        assert!(checked_url("ftp://example.com").is_err());
        assert!(checked_url("https://user:pw@example.com").is_err());
        assert!(checked_url("not a url").is_err());
        assert!(checked_name("ops-alerts_1").is_ok());
        assert!(checked_name("two words").is_err());
        assert!(checked_name("").is_err());
    }
}
