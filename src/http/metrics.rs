//! `/metrics` in Prometheus text, for the operator (the collectors are in `crate::metrics`).
//!
//! Routes are counted by their pattern (`/p/{token}`), never by their path, so no token reaches
//! a metric. The endpoint answers loopback clients, or anyone with `metrics_token`: it shows how
//! many submissions arrive over time — what the operator could count in the database anyway
//! (the links spent while a pulse is open) — and is not meant for leads (DESIGN §1, no live counts).

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse};

use super::pages::State;
use crate::db;
use crate::error::AppError;
use crate::metrics::database_figures;
use crate::startup::AppState;

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

/// Whether this request may read the metrics: the token when one is set, else a loopback
/// peer that did not come through a proxy.
fn allowed(state: &AppState, req: &HttpRequest) -> bool {
    if let Some(expected) = &state.settings.metrics_token {
        let given = req
            .headers()
            .get(actix_web::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or("");
        return crate::domain::tokens::hash_token(given) == crate::domain::tokens::hash_token(expected);
    }
    let proxied = req.headers().contains_key("forwarded") || req.headers().contains_key("x-forwarded-for");
    !proxied && req.peer_addr().is_some_and(|peer| peer.ip().is_loopback())
}

/// GET `/metrics`.
pub async fn metrics(state: State, req: HttpRequest) -> Result<HttpResponse, AppError> {
    if !allowed(&state, &req) {
        return Err(AppError::Forbidden(
            "Metrics are for the operator: read them from this host, or set CANDOR_METRICS_TOKEN and send it \
             as a bearer token."
                .into(),
        ));
    }
    let figures = db::run(&state.pool, database_figures).await?;
    state.metrics.refresh(&figures);
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.metrics.text()?))
}
