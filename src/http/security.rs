//! Security headers on every response, and the request body limits with their 413 page.
//!
//! Pages have no scripts and no inline styles (one stylesheet, inline SVG), so the content
//! policy allows none. Survey and sign-in pages carry one-time tokens in their address: they are
//! never stored by a cache, and no page sends a `Referer`, so a token cannot leak to a link's target.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, ResponseError, web};
use futures_util::StreamExt;

use super::state::AppState;
use crate::error::AppError;

/// The most a request body may hold, in bytes (the longest valid survey is about 25 KiB).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The most a people file upload (and its confirmation, which carries the file) may hold:
/// about 15,000 people.
pub const MAX_UPLOAD_BYTES: usize = 1024 * 1024;

/// The body limit of a path: the people import takes files, everything else forms.
pub fn body_limit(path: &str) -> usize {
    if path.starts_with("/admin/people/import") { MAX_UPLOAD_BYTES } else { MAX_BODY_BYTES }
}

/// An oversized body up to this size is read to its end (and dropped) before the 413 is sent,
/// so the client, still sending, gets the page rather than a reset connection. Beyond it, the
/// 413 is sent at once and the connection closed.
const DRAIN_BYTES: u64 = 1024 * 1024;

/// The content security policy of every response.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Headers every response carries.
const ALWAYS: [(&str, &str); 6] = [
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=()"),
    ("cross-origin-opener-policy", "same-origin"),
];

/// Paths whose address holds a token (survey links, sign-in links): never cached.
const TOKEN_PATHS: [&str; 2] = ["/p/", "/login"];

/// Middleware (`middleware::from_fn`): adds the security headers to every response. Handlers'
/// errors are responses by then; only an inner middleware's own failure (a session store that
/// cannot be read) passes through without them, as actix's plain 500.
pub async fn headers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let carries_token = TOKEN_PATHS.iter().any(|p| req.path().starts_with(p));
    let https =
        req.app_data::<web::Data<AppState>>().is_some_and(|s| s.settings.base_url.starts_with("https://"));
    let mut response = next.call(req).await?;
    add_headers(response.headers_mut(), carries_token, https);
    Ok(response)
}

/// Middleware (`middleware::from_fn`): a body that declares more than [`body_limit`] is
/// refused with 413 before anything else reads the request (bodies sent without a length are
/// stopped by the extractors' limits instead).
pub async fn limit_body(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let limit = body_limit(req.path()) as u64;
    let Some(length) = declared.filter(|n| *n > limit) else {
        return Ok(next.call(req).await?.map_into_left_body());
    };
    if length <= DRAIN_BYTES {
        let mut payload = req.take_payload();
        while let Some(Ok(_)) = payload.next().await {}
    }
    let response = if req.path().starts_with("/api/") {
        super::api::ApiError(too_large()).error_response()
    } else {
        too_large().error_response()
    };
    Ok(req.into_response(response).map_into_right_body())
}

fn add_headers(headers: &mut HeaderMap, carries_token: bool, https: bool) {
    for (name, value) in ALWAYS {
        headers.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    }
    // Pages with a token are never stored; other answers are not stored unless they say so
    // (the stylesheet does): reports are private to the people allowed to see them.
    if carries_token || !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
}

/// The 413 error for a body over [`MAX_BODY_BYTES`].
pub fn too_large() -> AppError {
    AppError::PayloadTooLarge(format!(
        "The form is too large to be read (the limit is {} KiB). Nothing was saved; please go back, \
         shorten what you wrote and try again.",
        MAX_BODY_BYTES / 1024
    ))
}

/// Raw bodies (`Bytes`, `String`): at most [`MAX_BODY_BYTES`].
pub fn payload_config() -> web::PayloadConfig {
    web::PayloadConfig::new(MAX_BODY_BYTES)
}

/// JSON bodies: at most [`MAX_BODY_BYTES`]; errors as JSON, 413 when too large.
pub fn json_config() -> web::JsonConfig {
    use actix_web::error::JsonPayloadError;
    web::JsonConfig::default().limit(MAX_BODY_BYTES).error_handler(|err, _req| {
        let error = match err {
            JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => too_large(),
            other => AppError::BadRequest(format!("The JSON body could not be read: {other}")),
        };
        super::api::ApiError(error).into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_pages_are_never_stored_and_hsts_only_over_https() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
        add_headers(&mut headers, true, false);
        assert_eq!(headers.get(header::CACHE_CONTROL).map(|v| v.as_bytes()), Some(&b"no-store"[..]));
        assert!(!headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
        let mut cached = HeaderMap::new();
        cached.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
        add_headers(&mut cached, false, true);
        assert_eq!(
            cached.get(header::CACHE_CONTROL).map(|v| v.as_bytes()),
            Some(&b"public, max-age=3600"[..])
        );
        assert!(cached.contains_key(header::STRICT_TRANSPORT_SECURITY));
    }

    #[test]
    fn the_policy_allows_no_script_and_no_inline_style() {
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe"));
        assert!(!CONTENT_SECURITY_POLICY.contains("script-src"), "default-src 'none' covers scripts");
    }
}
