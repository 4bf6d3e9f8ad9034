//! `/admin/outbox` (admins): every email Candor queued, newest first, 50 a page, filtered by
//! state, kind, team and pulse with a plain GET form. Rows show what was sent to whom and what
//! went wrong, never a body (bodies held one-time links).

use actix_web::{HttpRequest, HttpResponse};
use diesel::prelude::*;
use serde::Serialize;

use super::admin_pulses::view::{kind_words, state_words};
use super::pages::{State, render};
use super::paging::{self, Paging};
use super::viewer::SignedIn;
use crate::auth::access::require_admin;
use crate::db::{self, DbConnection};
use crate::domain::teams;
use crate::error::{AppError, Said};
use crate::i18n::{self, Lang};
use crate::mail::about::{KINDS, MailKind};
use crate::mail::delivery::STATES;
use crate::mail::search::{self, OutboxFilter, OutboxRow};

/// Emails shown per page.
const PER_PAGE: i64 = 50;

/// The filters as typed in the address (`?state=&kind=&team=&pulse=&page=`); empty is "any".
#[derive(Debug, Clone, Default, Serialize)]
struct Typed {
    state: String,
    kind: String,
    team: String,
    pulse: String,
    page: String,
}

impl Typed {
    /// Reads the query string; a key given twice keeps its last value, unknown keys are ignored.
    fn of_query(query: &str) -> Self {
        let mut typed = Typed::default();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim().to_string();
            match key.as_ref() {
                "state" => typed.state = value,
                "kind" => typed.kind = value,
                "team" => typed.team = value,
                "pulse" => typed.pulse = value,
                "page" => typed.page = value,
                _ => {}
            }
        }
        typed
    }

    /// The filter these ask for; a value that is none of the choices is a mistake naming its field.
    fn filter(&self, conn: &mut DbConnection) -> Result<OutboxFilter, AppError> {
        let state = match self.state.as_str() {
            "" => None,
            typed => Some(
                STATES
                    .iter()
                    .copied()
                    .find(|s| *s == typed)
                    .ok_or_else(|| refusal("state", "ao-refused-state", typed, &STATES.join(", ")))?,
            ),
        };
        let kind = match self.kind.as_str() {
            "" => None,
            typed => Some(MailKind::parse(typed).ok_or_else(|| {
                let kinds: Vec<&str> = KINDS.iter().map(|k| k.as_str()).collect();
                refusal("kind", "ao-refused-kind", typed, &kinds.join(", "))
            })?),
        };
        let team_id = match self.team.as_str() {
            "" => None,
            slug => Some(
                teams::find_team(conn, slug)
                    .map_err(|e| match e {
                        AppError::NotFound(_) => refusal("team", "ao-refused-team", slug, ""),
                        other => other,
                    })?
                    .id
                    .0,
            ),
        };
        let pulse_id = match self.pulse.as_str() {
            "" => None,
            typed => Some(typed.parse::<i64>().map_err(|_| refusal("pulse", "ao-refused-pulse", typed, ""))?),
        };
        Ok(OutboxFilter { state, kind, team_id, pulse_id })
    }

    /// The filters to keep in the pager's links.
    fn kept(&self) -> [(&'static str, &str); 4] {
        [("state", &self.state), ("kind", &self.kind), ("team", &self.team), ("pulse", &self.pulse)]
    }
}

/// A filter's value that is none of its choices: the message `id` names the field, quotes what
/// was typed and lists the `choices`.
fn refusal(field: &str, id: &'static str, typed: &str, choices: &str) -> AppError {
    i18n::refused(field, Said::new(id).text("typed", typed).text("choices", choices))
}

/// A time of the table (UTC) in the digits of `lang`.
fn when(lang: Lang, at: chrono::NaiveDateTime) -> String {
    i18n::localize_digits(lang, &at.format("%Y-%m-%d %H:%M").to_string())
}

/// One email as a row of the page: times and kind in words.
#[derive(Debug, Serialize)]
struct Line {
    id: i64,
    state: String,
    attempts: i32,
    kind: String,
    recipient: String,
    subject: String,
    last_error: String,
    created: String,
    sent: String,
}

impl Line {
    fn of(lang: Lang, row: OutboxRow) -> Self {
        Line {
            id: row.id,
            state: state_words(lang, &row.state),
            attempts: row.attempts,
            kind: kind_words(lang, &row.kind),
            recipient: row.recipient,
            subject: row.subject,
            last_error: row.last_error.unwrap_or_default(),
            created: when(lang, row.created_at),
            sent: row.sent_at.map(|t| when(lang, t)).unwrap_or_default(),
        }
    }
}

/// A choice of a filter's menu: (value, words).
type Choice = (String, String);

/// Everything the page shows.
#[derive(Debug, Serialize)]
struct OutboxPage {
    typed: Typed,
    states: Vec<Choice>,
    kinds: Vec<Choice>,
    teams: Vec<Choice>,
    paging: Paging,
    mail: Vec<Line>,
}

/// Every team as (slug, name), by name.
fn team_choices(conn: &mut DbConnection) -> Result<Vec<Choice>, AppError> {
    use crate::db::schema::teams;
    let mut all: Vec<Choice> = teams::table.select((teams::slug, teams::name)).load(conn)?;
    all.sort_by_key(|(slug, name)| (name.to_lowercase(), slug.clone()));
    Ok(all)
}

fn load(conn: &mut DbConnection, lang: Lang, typed: Typed) -> Result<OutboxPage, AppError> {
    let filter = typed.filter(conn)?;
    let asked = paging::requested(&typed.page)?;
    let total = search::count(conn, &filter)?;
    let paging = Paging::new(asked, total, PER_PAGE, "/admin/outbox", &typed.kept());
    let mail = search::page(conn, &filter, paging.offset(PER_PAGE), PER_PAGE)?;
    let teams = team_choices(conn)?;
    Ok(OutboxPage {
        typed,
        states: STATES.iter().map(|s| (s.to_string(), state_words(lang, s))).collect(),
        kinds: KINDS.iter().map(|k| (k.as_str().to_string(), kind_words(lang, k.as_str()))).collect(),
        teams,
        paging,
        mail: mail.into_iter().map(|row| Line::of(lang, row)).collect(),
    })
}

/// `GET /admin/outbox`: the emails that the filters let through, a page at a time.
pub async fn list(state: State, viewer: SignedIn, req: HttpRequest) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let typed = Typed::of_query(req.query_string());
    let lang = super::page_lang::current();
    let page = db::run(&state.pool, move |c| load(c, lang, typed)).await?;
    let mut context = tera::Context::new();
    context.insert("page", &page);
    render(&state, "admin_outbox.html", &context)
}
