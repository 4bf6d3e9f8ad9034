//! `/admin`: for admins only — the outbox (failed emails stay visible here) and the audit log.

use actix_web::HttpResponse;

use super::pages::{State, render};
use super::viewer::SignedIn;
use crate::auth::access::require_admin;
use crate::db;
use crate::domain::audit;
use crate::error::AppError;
use crate::mail::outbox;

/// The admin overview.
pub async fn overview(state: State, viewer: SignedIn) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let (depth, mail, log) =
        db::run(&state.pool, |c| Ok((outbox::depth(c)?, outbox::list(c, 50)?, audit::recent(c, 100)?)))
            .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("depth", &depth);
    ctx.insert("mail", &mail);
    let log: Vec<_> = log
        .into_iter()
        .map(|e| {
            serde_json::json!({ "at": e.at.format("%Y-%m-%d %H:%M").to_string(), "actor": e.actor,
                "action": e.action, "subject": e.subject, "detail": e.detail })
        })
        .collect();
    ctx.insert("log", &log);
    render(&state, "admin.html", &ctx)
}
