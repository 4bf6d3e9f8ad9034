//! `/admin`: for admins only — the way to the admin pages, and the outbox's emails per state
//! (each a link to those emails; failed emails stay visible there).

use actix_web::HttpResponse;
use serde::Serialize;

use super::pages::{State, render};
use super::viewer::SignedIn;
use crate::auth::access::require_admin;
use crate::db;
use crate::error::AppError;
use crate::mail::delivery::STATES;
use crate::mail::outbox;

/// How many emails are in one state, and where they are listed.
#[derive(Debug, Serialize)]
struct StateCount {
    state: String,
    count: i64,
    url: String,
}

/// The states in the order of [`STATES`], then any other stored state.
fn by_state(mut depth: Vec<(String, i64)>) -> Vec<StateCount> {
    depth.sort_by_key(|(state, _)| STATES.iter().position(|s| s == state).unwrap_or(STATES.len()));
    depth
        .into_iter()
        .map(|(state, count)| {
            let query =
                url::form_urlencoded::Serializer::new(String::new()).append_pair("state", &state).finish();
            StateCount { url: format!("/admin/outbox?{query}"), state, count }
        })
        .collect()
}

/// The admin overview.
pub async fn overview(state: State, viewer: SignedIn) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let depth = db::run(&state.pool, outbox::depth).await?;
    let mut ctx = tera::Context::new();
    ctx.insert("depth", &by_state(depth));
    render(&state, "admin.html", &ctx)
}
