//! Rendering helpers shared by handlers: templates to responses, error and 404 pages, CSS.

use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;
use actix_web::{HttpResponse, web};

use super::state::AppState;
use crate::error::AppError;

const STYLESHEET: &str = include_str!("../../static/candor.css");

/// Renders `template` with `context` as a 200 HTML page.
pub fn render(state: &AppState, template: &str, context: &tera::Context) -> Result<HttpResponse, AppError> {
    render_with_status(state, template, context, StatusCode::OK)
}

/// Renders `template` with `context` as an HTML page with `status`.
pub fn render_with_status(
    state: &AppState,
    template: &str,
    context: &tera::Context,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let body = state
        .templates
        .render(template, context)
        .map_err(|e| AppError::unexpected(format!("rendering {template}"), format!("{e:?}")))?;
    Ok(HttpResponse::build(status).content_type(ContentType::html()).body(body))
}

/// A small self-contained page for errors (it must not depend on templates or state).
pub fn error_page(status: StatusCode, message: &str) -> String {
    let title = status.canonical_reason().unwrap_or("Error");
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Candor</title><link rel=\"stylesheet\" href=\"/static/candor.css\"></head>\
         <body><main class=\"page\"><h1>{title}</h1><p>{}</p><p><a href=\"/\">Candor home</a></p></main></body></html>",
        tera::escape_html(message)
    )
}

/// The 404 page for any unknown address.
pub async fn not_found() -> HttpResponse {
    HttpResponse::NotFound()
        .content_type(ContentType::html())
        .body(error_page(StatusCode::NOT_FOUND, "There is no page at this address."))
}

/// The stylesheet, served from the binary.
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .content_type("text/css; charset=utf-8")
        .body(STYLESHEET)
}

/// Shorthand for handlers: the shared state.
pub type State = web::Data<AppState>;
