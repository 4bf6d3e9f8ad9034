//! Request spans that never carry a token: they record the route pattern (`/p/{token}`),
//! never the path or query; at debug level each request ends with one line in its span.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use tracing::Span;
use tracing_actix_web::RootSpanBuilder;

/// Builds the root span of each request from its method and route pattern only.
pub struct RedactedSpans;

impl RootSpanBuilder for RedactedSpans {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let route = request.match_pattern().unwrap_or_else(|| "(unmatched)".into());
        tracing::info_span!(
            "http",
            method = %request.method(),
            route = %route,
            status = tracing::field::Empty,
        )
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
