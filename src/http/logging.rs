//! Request spans that never carry a token: they record the route pattern (`/p/{token}`),
//! never the path or query, and the client's address (as `CANDOR_TRUSTED_PROXIES` lets the
//! forwarding headers tell it, `forwarded.rs`) except on the survey, where an address and a
//! time would say who answered when (docs/anonymity.md). At debug level each request ends
//! with one line in its span.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::web;
use tracing::Span;
use tracing_actix_web::RootSpanBuilder;

use super::state::AppState;

/// Builds the root span of each request from its method and route pattern only.
pub struct RedactedSpans;

impl RootSpanBuilder for RedactedSpans {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let route = request.match_pattern().unwrap_or_else(|| "(unmatched)".into());
        let span = tracing::info_span!(
            "http",
            method = %request.method(),
            route = %route,
            client = tracing::field::Empty,
            status = tracing::field::Empty,
        );
        if !is_survey(&route)
            && let Some(client) = client_address(request)
        {
            span.record("client", tracing::field::display(client));
        }
        span
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        let status = match outcome {
            Ok(response) => response.status().as_u16(),
            Err(error) => error.as_response_error().status_code().as_u16(),
        };
        span.record("status", status);
        // One debug line per request, inside its span: the route pattern and the status, never
        // the path (which may hold a token) or the body.
        span.in_scope(|| tracing::debug!(status, "request done"));
    }
}

/// Whether the route is the survey's (`/p/{token}`), whose requests are logged without a client.
fn is_survey(route: &str) -> bool {
    route == "/p/{token}" || route.starts_with("/p/")
}

/// The client's address: the peer, or what the trusted proxies say it is.
fn client_address(request: &ServiceRequest) -> Option<std::net::IpAddr> {
    let peer = request.peer_addr().map(|a| a.ip());
    match request.app_data::<web::Data<AppState>>() {
        Some(state) => state.settings.trusted_proxies.client_address(peer, request.headers()),
        None => peer,
    }
}
