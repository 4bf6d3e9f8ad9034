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
    // Only signed-in pages have a menu to add; the survey renders its context as it is.
    let with_menu = super::menu::current().map(|menu| {
        let mut with_menu = context.clone();
        with_menu.insert("menu", &menu);
        with_menu
    });
    let context = with_menu.as_ref().unwrap_or(context);
    // A page that does not choose a language is in English.
    let in_english = (!context.contains_key("lang")).then(|| {
        let mut in_english = context.clone();
        in_english.insert("lang", crate::i18n::Lang::En.code());
        in_english.insert("dir", crate::i18n::Lang::En.dir());
        in_english
    });
    let body = state
        .templates
        .render(template, in_english.as_ref().unwrap_or(context))
        .map_err(|e| AppError::unexpected(format!("rendering {template}"), format!("{e:?}")))?;
    Ok(HttpResponse::build(status).content_type(ContentType::html()).body(body))
}

/// What an error status means, in the words of the people who meet it.
pub fn plain_title(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "That request could not be read",
        401 => "Please sign in",
        403 => "You do not have access to this",
        404 => "Nothing is at this address",
        405 => "This address does not do that",
        409 => "That was done already, or cannot be done now",
        410 => "This is no longer available",
        413 => "That is too large",
        422 => "Some answers need another look",
        429 => "Too many attempts",
        503 => "Candor is busy: try again in a moment",
        500..=599 => "Something went wrong on our side",
        _ => "That did not work",
    }
}

/// A self-contained error page with the site's menu (it must not depend on templates or
/// state: a broken template or an unreachable database still gets a readable page).
pub fn error_page(status: StatusCode, message: &str) -> String {
    let title = plain_title(status);
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Candor</title><link rel=\"stylesheet\" href=\"/static/candor.css\"></head>\
         <body><a class=\"skip\" href=\"#main\">Skip to content</a>\
         <header class=\"top\"><a class=\"brand\" href=\"/\">Candor</a>\
         <nav aria-label=\"Main\">{}</nav></header>\
         <main id=\"main\" class=\"page\"><h1>{title}</h1><p>{}</p>\
         <p><a href=\"/\">Back to Candor</a></p></main></body></html>",
        super::menu::html(super::menu::current().as_ref()),
        tera::escape_html(message)
    )
}

/// The 405 of a resource asked with a method it does not take: actix's own is an empty body.
pub async fn method_not_allowed(req: actix_web::HttpRequest) -> HttpResponse {
    let message = "This address does not take that kind of request. Go back and use the page's buttons.";
    if req.path().starts_with("/api/") {
        return HttpResponse::MethodNotAllowed().json(serde_json::json!({ "error": message }));
    }
    HttpResponse::MethodNotAllowed()
        .content_type(ContentType::html())
        .body(error_page(StatusCode::METHOD_NOT_ALLOWED, message))
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

/// A 303 to `url`: where a form that worked sends the browser.
pub fn see_other(url: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((actix_web::http::header::LOCATION, url.to_string())).finish()
}

/// Shorthand for handlers: the shared state.
pub type State = web::Data<AppState>;
