//! `/admin/audit` (admins): the audit log, newest first, 100 a page, filtered by an exact actor
//! and an exact action with a plain GET form.

use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;

use super::pages::{State, render};
use super::paging::{self, Paging};
use super::viewer::SignedIn;
use crate::auth::access::require_admin;
use crate::db::{self, DbConnection};
use crate::domain::audit::{self, AuditEntry, AuditFilter};
use crate::error::AppError;
use crate::i18n::{self, Lang};

/// Entries shown per page.
const PER_PAGE: i64 = 100;

/// The filters as typed in the address (`?actor=&action=&page=`); empty is "any".
#[derive(Debug, Clone, Default, Serialize)]
struct Typed {
    actor: String,
    action: String,
    page: String,
}

impl Typed {
    /// Reads the query string; a key given twice keeps its last value, unknown keys are ignored.
    fn of_query(query: &str) -> Self {
        let mut typed = Typed::default();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim().to_string();
            match key.as_ref() {
                "actor" => typed.actor = value,
                "action" => typed.action = value,
                "page" => typed.page = value,
                _ => {}
            }
        }
        typed
    }

    fn filter(&self) -> AuditFilter {
        let some = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
        AuditFilter { actor: some(&self.actor), action: some(&self.action) }
    }
}

/// One entry as a row of the page.
#[derive(Debug, Serialize)]
struct Line {
    at: String,
    actor: String,
    action: String,
    subject: String,
    detail: String,
}

impl Line {
    fn of(lang: Lang, e: AuditEntry) -> Self {
        let at = i18n::localize_digits(lang, &e.at.format("%Y-%m-%d %H:%M").to_string());
        Line { at, actor: e.actor, action: e.action, subject: e.subject, detail: e.detail }
    }
}

/// Everything the page shows.
#[derive(Debug, Serialize)]
struct AuditPage {
    typed: Typed,
    paging: Paging,
    log: Vec<Line>,
}

fn load(conn: &mut DbConnection, lang: Lang, typed: Typed) -> Result<AuditPage, AppError> {
    let asked = paging::requested(&typed.page)?;
    let filter = typed.filter();
    let total = audit::count(conn, &filter)?;
    let kept = [("actor", typed.actor.as_str()), ("action", typed.action.as_str())];
    let paging = Paging::new(asked, total, PER_PAGE, "/admin/audit", &kept);
    let log = audit::page(conn, &filter, paging.offset(PER_PAGE), PER_PAGE)?;
    Ok(AuditPage { typed, paging, log: log.into_iter().map(|e| Line::of(lang, e)).collect() })
}

/// `GET /admin/audit`: the entries the filters let through, a page at a time.
pub async fn list(state: State, viewer: SignedIn, req: HttpRequest) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let typed = Typed::of_query(req.query_string());
    let lang = super::page_lang::current();
    let page = db::run(&state.pool, move |c| load(c, lang, typed)).await?;
    let mut context = tera::Context::new();
    context.insert("page", &page);
    render(&state, "admin_audit.html", &context)
}
