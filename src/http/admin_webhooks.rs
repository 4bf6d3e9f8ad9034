//! `/admin/webhooks` (admins): the endpoints that receive signed event POSTs, a form that
//! registers one (its signing secret shown once, on the page that answers the form), a remove
//! button, and the newest deliveries with their errors (the outbox's rows of kind `webhook`).
//! Registering and removing are audited, never with the secret.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};

use super::admin_pulses::view::state_words;
use super::pages::{State, render_with_status, see_other};
use super::viewer::SignedIn;
use crate::auth::access::require_admin;
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::webhooks::{self, EVENTS, Event, NewWebhook, Webhook};
use crate::error::{AppError, Said};
use crate::http::errors::in_page_words;
use crate::i18n::{self, Lang};
use crate::mail::about::MailKind;
use crate::mail::search::{self, OutboxFilter, OutboxRow};

/// How many of the newest deliveries the page lists.
const RECENT: i64 = 20;

/// The register form, as typed. Each event is a checkbox named `events`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct AddForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    url: String,
    #[serde(default)]
    events: Vec<String>,
}

/// An endpoint just registered, with the secret shown this once.
#[derive(Debug, Serialize)]
struct Registered {
    name: String,
    secret: String,
}

/// An endpoint as the list shows it.
#[derive(Debug, Serialize)]
struct Line {
    name: String,
    url: String,
    events: String,
    since: String,
}

impl Line {
    fn of(lang: Lang, hook: Webhook) -> Self {
        let events = hook.events.replace(',', ", ");
        let since = i18n::localize_digits(lang, &hook.created_at.format("%Y-%m-%d %H:%M").to_string());
        Line { name: hook.name, url: hook.url, events, since }
    }
}

/// A delivery as the list shows it: its state in words.
#[derive(Debug, Serialize)]
struct Delivered {
    id: i64,
    subject: String,
    recipient: String,
    state: String,
    attempts: i32,
    last_error: Option<String>,
}

impl Delivered {
    fn of(lang: Lang, row: OutboxRow) -> Self {
        Delivered {
            id: row.id,
            state: state_words(lang, &row.state),
            subject: row.subject,
            recipient: row.recipient,
            attempts: row.attempts,
            last_error: row.last_error,
        }
    }
}

/// Everything the page shows.
#[derive(Debug, Serialize)]
struct WebhooksPage {
    hooks: Vec<Line>,
    events: Vec<&'static str>,
    deliveries: Vec<Delivered>,
    form: AddForm,
    error: Option<String>,
    registered: Option<Registered>,
    removed: bool,
}

impl WebhooksPage {
    fn new(conn: &mut DbConnection, lang: Lang, form: AddForm) -> Result<Self, AppError> {
        let filter = OutboxFilter { kind: Some(MailKind::Webhook), ..OutboxFilter::default() };
        let deliveries = search::page(conn, &filter, 0, RECENT)?;
        Ok(WebhooksPage {
            hooks: webhooks::list(conn)?.into_iter().map(|h| Line::of(lang, h)).collect(),
            events: EVENTS.map(Event::name).to_vec(),
            deliveries: deliveries.into_iter().map(|d| Delivered::of(lang, d)).collect(),
            form,
            error: None,
            registered: None,
            removed: false,
        })
    }
}

fn show(state: &State, page: &WebhooksPage, status: StatusCode) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    context.insert("page", page);
    render_with_status(state, "admin_webhooks.html", &context, status)
}

fn fresh_form(csrf: &Csrf) -> Result<AddForm, AppError> {
    Ok(AddForm {
        csrf: csrf.token()?,
        events: EVENTS.map(|e| e.name().to_string()).to_vec(),
        ..AddForm::default()
    })
}

/// `GET /admin/webhooks`: the endpoints, the newest deliveries and the register form.
pub async fn list(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let (form, lang) = (fresh_form(&csrf)?, super::page_lang::current());
    let mut page = db::run(&state.pool, move |c| WebhooksPage::new(c, lang, form)).await?;
    page.removed = req.query_string() == "removed";
    show(&state, &page, StatusCode::OK)
}

/// `POST /admin/webhooks`: registers the endpoint and shows its secret once; a refused form
/// comes back as typed (422). The body is read as a query string so that the repeated
/// `events` checkboxes arrive as a list.
pub async fn add(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let typed = parse_form(&body);
    csrf.check(&typed.csrf)?;
    require_admin(&viewer.0)?;
    let actor = viewer.0.email;
    let (fresh, lang) = (fresh_form(&csrf)?, super::page_lang::current());
    let new = NewWebhook { name: typed.name.clone(), url: typed.url.clone(), events: typed.events.clone() };
    let now = Utc::now().naive_utc();
    let made = if new.events.is_empty() {
        Err(i18n::refused("events", Said::new("ao-refused-events")))
    } else {
        db::run(&state.pool, move |c| Ok(db::write(c, |c| webhooks::register(c, &new, &actor, now)))).await?
    };
    match made {
        Ok((hook, secret)) => {
            let mut page = db::run(&state.pool, move |c| WebhooksPage::new(c, lang, fresh)).await?;
            page.registered = Some(Registered { name: hook.name, secret });
            show(&state, &page, StatusCode::OK)
        }
        Err(e) if matches!(e, AppError::Invalid { .. }) => {
            let (status, message) = (e.status(), in_page_words(&e));
            let typed = AddForm { csrf: fresh.csrf, ..typed };
            let mut page = db::run(&state.pool, move |c| WebhooksPage::new(c, lang, typed)).await?;
            page.error = Some(message);
            show(&state, &page, status)
        }
        Err(e) => Err(e),
    }
}

/// The form's fields from an urlencoded body; unknown fields are ignored, repeated `events`
/// are collected, and a body that is not urlencoded reads as an empty form (refused by its
/// CSRF check).
fn parse_form(body: &[u8]) -> AddForm {
    let mut form = AddForm::default();
    for (key, value) in url::form_urlencoded::parse(body) {
        match key.as_ref() {
            "csrf" => form.csrf = value.into_owned(),
            "name" => form.name = value.into_owned(),
            "url" => form.url = value.into_owned(),
            "events" => form.events.push(value.into_owned()),
            _ => {}
        }
    }
    form
}

/// The remove button's form.
#[derive(Debug, Deserialize)]
pub struct RemoveForm {
    csrf: String,
}

/// `POST /admin/webhooks/{name}/remove`: the endpoint receives nothing more; its queued
/// deliveries are cancelled; audited.
pub async fn remove(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    name: web::Path<String>,
    form: web::Form<RemoveForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    require_admin(&viewer.0)?;
    let (actor, name) = (viewer.0.email, name.into_inner());
    let now = Utc::now().naive_utc();
    db::run(&state.pool, move |c| db::write(c, |c| webhooks::remove(c, &name, &actor, now))).await?;
    Ok(see_other("/admin/webhooks?removed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_event_boxes_are_all_read() {
        let form = parse_form(
            b"csrf=x&name=chat&url=https%3A%2F%2Fh.example%2Fin&events=pulse.closed&events=summary.sent",
        );
        assert_eq!(form.name, "chat");
        assert_eq!(form.url, "https://h.example/in");
        assert_eq!(form.events, ["pulse.closed", "summary.sent"]);
        assert_eq!(parse_form(b"\xff\xfe").csrf, "");
    }
}
