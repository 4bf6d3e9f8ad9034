//! `/metrics` in Prometheus text, for the operator (the collectors are in `crate::metrics`).
//!
//! Routes are counted by their pattern (`/p/{token}`), never by their path, so no token reaches
//! a metric. The metrics show how many submissions arrive over time — what the operator could
//! count in the database anyway (the links spent while a pulse is open) — and are not for leads
//! or anyone else (no live counts). So they are served on a listener of their own
//! (`metrics_bind`, loopback by default), and on the public listener only to a bearer of
//! `metrics_token`: never because the peer is loopback, since behind a reverse proxy that adds
//! no `X-Forwarded-For` every visitor is.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse};

use super::pages::State;
use super::state::AppState;
use crate::db;
use crate::error::AppError;
use crate::metrics::database_figures;

/// Middleware (`middleware::from_fn`, outermost): counts every request by route pattern.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let route = req.match_pattern().unwrap_or_else(|| "unmatched".into());
    let method: &'static str = match req.method().as_str() {
        "GET" => "GET",
        "POST" => "POST",
        "HEAD" => "HEAD",
        "PUT" => "PUT",
        "PATCH" => "PATCH",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        _ => "other",
    };
    let metrics = req.app_data::<State>().map(|state| state.metrics.clone());
    let started = Instant::now();
    let response = next.call(req).await;
    if let Some(metrics) = metrics {
        let status = match &response {
            Ok(r) => r.status().as_u16(),
            Err(e) => e.as_response_error().status_code().as_u16(),
        };
        metrics.request_done(&route, method, status, started.elapsed().as_secs_f64());
    }
    response
}

/// Whether this request on the public listener carries the bearer `metrics_token`.
fn bearer_given(state: &AppState, req: &HttpRequest) -> bool {
    let Some(expected) = &state.settings.metrics_token else { return false };
    let given = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    crate::domain::tokens::hash_token(given) == crate::domain::tokens::hash_token(expected)
}

/// GET `/metrics` on the public listener: only with the bearer `metrics_token`.
pub async fn public(state: State, req: HttpRequest) -> Result<HttpResponse, AppError> {
    if !bearer_given(&state, &req) {
        return Err(AppError::Forbidden(
            "Metrics are for the operator: read them on the metrics address (CANDOR_METRICS_BIND, \
             127.0.0.1:9464 unless set), or set CANDOR_METRICS_TOKEN and send it here as a bearer token."
                .into(),
        ));
    }
    text(&state).await
}

/// GET `/metrics` on the metrics listener: to whoever reaches it.
pub async fn operator(state: State) -> Result<HttpResponse, AppError> {
    text(&state).await
}

async fn text(state: &State) -> Result<HttpResponse, AppError> {
    let figures = db::run(&state.pool, database_figures).await?;
    state.metrics.refresh(&figures);
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.metrics.text()?))
}
