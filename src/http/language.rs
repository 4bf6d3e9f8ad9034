//! `GET /language?to=de&back=/teams/x`: the language switcher. Sets the `candor_lang`
//! cookie and sends the browser back to the page it came from, on this site only: a `back`
//! that could lead elsewhere (`https://evil.example`, `//evil.example`, `/\evil.example`)
//! goes home instead.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::page_lang::COOKIE;
use crate::error::AppError;
use crate::i18n::Lang;

/// The switcher's query.
#[derive(Debug, Deserialize)]
pub struct Switch {
    to: Option<String>,
    back: Option<String>,
}

/// `back` when it is a path on this site (`/…`, not `//…` nor `/\…`, no control
/// characters); `None` for anything that could send the browser to another site.
pub fn same_site_path(back: &str) -> Option<&str> {
    let on_this_site = back.starts_with('/')
        && !back.starts_with("//")
        && !back.starts_with("/\\")
        && !back.chars().any(|c| c.is_control() || c == '\\');
    on_this_site.then_some(back)
}

/// Sets the language cookie and goes back; an unknown language is a 422 naming the field.
pub async fn switch(req: HttpRequest, query: web::Query<Switch>) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let Some(lang) = query.to.as_deref().and_then(Lang::parse) else {
        return Err(AppError::invalid("to", "Choose one of the languages the page lists."));
    };
    let back = query.back.as_deref().and_then(same_site_path).unwrap_or("/");
    let mut cookie = Cookie::new(COOKIE, lang.code());
    cookie.set_path("/");
    cookie.set_same_site(SameSite::Lax);
    cookie.set_http_only(true);
    cookie.set_secure(req.connection_info().scheme() == "https");
    cookie.set_max_age(Duration::days(365));
    Ok(HttpResponse::SeeOther().cookie(cookie).insert_header((LOCATION, back.to_string())).finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_gone_back_to() {
        assert_eq!(same_site_path("/teams/x?from=1"), Some("/teams/x?from=1"));
        assert_eq!(same_site_path("/"), Some("/"));
        for elsewhere in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "evil.example",
            "",
            "/x\r\nSet-Cookie: a",
        ] {
            assert_eq!(same_site_path(elsewhere), None, "{elsewhere:?}");
        }
    }
}
