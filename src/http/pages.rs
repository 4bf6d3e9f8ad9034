//! Rendering helpers shared by handlers: templates to responses, error and 404 pages, CSS.

use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;
use actix_web::{HttpResponse, web};

use super::state::AppState;
use crate::error::AppError;
use crate::i18n::Lang;

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
    // A page that does not choose its language (the survey does) speaks the request's.
    let in_page_lang = (!context.contains_key("lang")).then(|| {
        let lang = super::page_lang::current();
        let mut in_page_lang = context.clone();
        in_page_lang.insert("lang", lang.code());
        in_page_lang.insert("dir", lang.dir());
        in_page_lang.insert("language_switcher", &super::page_lang::switcher_html());
        in_page_lang
    });
    let body = state
        .templates
        .render(template, in_page_lang.as_ref().unwrap_or(context))
        .map_err(|e| AppError::unexpected(format!("rendering {template}"), format!("{e:?}")))?;
    Ok(HttpResponse::build(status).content_type(ContentType::html()).body(body))
}

/// What an error status means, in the words of the people who meet it, in `lang`.
pub fn plain_title(lang: Lang, status: StatusCode) -> String {
    let id = match status.as_u16() {
        400 => "error-title-400",
        401 => "error-title-401",
        403 => "error-title-403",
        404 => "error-title-404",
        405 => "error-title-405",
        409 => "error-title-409",
        410 => "error-title-410",
        413 => "error-title-413",
        422 => "error-title-422",
        429 => "error-title-429",
        503 => "error-title-503",
        500..=599 => "error-title-500",
        _ => "error-title-other",
    };
    crate::i18n::t(lang, id, &[])
}

/// A self-contained error page with the site's menu and language switcher, in the request's
/// language (it must not depend on templates or state: a broken template or an unreachable
/// database still gets a readable page).
pub fn error_page(status: StatusCode, message: &str) -> String {
    let lang = super::page_lang::current();
    let title = tera::escape_html(&plain_title(lang, status));
    format!(
        "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Candor</title><link rel=\"stylesheet\" href=\"/static/candor.css\"></head>\
         <body><a class=\"skip\" href=\"#main\">{skip}</a>\
         <header class=\"top\"><a class=\"brand\" href=\"/\">Candor</a>\
         <nav aria-label=\"{main}\">{menu}</nav>{switcher}</header>\
         <main id=\"main\" class=\"page\"><h1>{title}</h1><p>{message}</p>\
         <p><a href=\"/\">{back}</a></p></main></body></html>",
        code = lang.code(),
        dir = lang.dir(),
        skip = tera::escape_html(&crate::i18n::t(lang, "page-skip", &[])),
        main = tera::escape_html(&crate::i18n::t(lang, "nav-main", &[])),
        menu = super::menu::html(lang, super::menu::current().as_ref()),
        switcher = super::page_lang::switcher_html(),
        message = tera::escape_html(message),
        back = tera::escape_html(&crate::i18n::t(lang, "refusal-back", &[])),
    )
}

/// The 405 of a resource asked with a method it does not take: actix's own is an empty body.
pub async fn method_not_allowed(req: actix_web::HttpRequest) -> HttpResponse {
    if req.path().starts_with("/api/") {
        let message = "This address does not take that kind of request. Go back and use the page's buttons.";
        return HttpResponse::MethodNotAllowed().json(serde_json::json!({ "error": message }));
    }
    let lang = super::page_lang::current();
    let message = crate::i18n::t(lang, "error-method", &[]);
    HttpResponse::MethodNotAllowed()
        .content_type(ContentType::html())
        .body(error_page(StatusCode::METHOD_NOT_ALLOWED, &message))
}

/// The 404 page for any unknown address.
pub async fn not_found() -> HttpResponse {
    HttpResponse::NotFound()
        .content_type(ContentType::html())
        .body(error_page(StatusCode::NOT_FOUND, &no_page()))
}

/// "There is no page at this address." in the request's language.
pub fn no_page() -> String {
    let lang = super::page_lang::current();
    crate::i18n::t(lang, "error-no-page", &[])
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
