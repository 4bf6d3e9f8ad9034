//! The JSON API under `/api/v1`, described by `/api/v1/openapi.json`. Errors are JSON too.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde_json::json;

use super::pages::State;
use super::viewer::MaybeSignedIn;
use crate::auth::access::{self, Viewer};
use crate::auth::api_tokens;
use crate::db;
use crate::error::AppError;
use crate::report;

const OPENAPI: &str = include_str!("../../static/openapi.json");

/// An [`AppError`] answered as `{"error": "..."}` with the same status.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.0.status()
    }

    fn error_response(&self) -> HttpResponse {
        super::errors::response_for(&self.0).json(json!({ "error": self.0.public_message() }))
    }
}

/// The caller of an API request: a bearer token (`Authorization: Bearer …`, scope
/// `reports:read`) or a signed-in browser session; anything else is 401.
async fn api_viewer(state: &State, req: &HttpRequest, session: MaybeSignedIn) -> Result<Viewer, AppError> {
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    let Some(token) = bearer else {
        return session.0.ok_or_else(|| {
            AppError::Unauthorized("Sign in, or send an API token: Authorization: Bearer TOKEN".into())
        });
    };
    db::run(&state.pool, move |c| {
        let user = api_tokens::user_for(c, &token, api_tokens::READ_REPORTS)?.ok_or_else(|| {
            AppError::Unauthorized("This API token is not known, was revoked, or lacks the scope.".into())
        })?;
        access::find_viewer(c, user)?
            .ok_or_else(|| AppError::Unauthorized("The token's account is gone.".into()))
    })
    .await
}

/// `GET /api/v1/teams/{slug}/report`: the same JSON as `candor report --format json`.
pub async fn team_report(
    state: State,
    req: HttpRequest,
    session: MaybeSignedIn,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let slug = slug.into_inner();
    let viewer = api_viewer(&state, &req, session).await?;
    let report = db::run(&state.pool, move |c| {
        let (team, _) = super::guard::readable_team(c, &viewer, &slug)?;
        report::team_report_of(c, team.id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(report))
}

/// `GET /api/v1/openapi.json`.
pub async fn openapi() -> HttpResponse {
    HttpResponse::Ok().content_type("application/json").body(OPENAPI)
}

/// Unknown API addresses answer JSON, not the HTML 404 page.
pub async fn not_found() -> HttpResponse {
    HttpResponse::NotFound().json(json!({ "error": "no such API endpoint; see /api/v1/openapi.json" }))
}
