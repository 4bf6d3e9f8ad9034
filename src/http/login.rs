//! Sign-in pages: ask for a link (`POST /login`), confirm it with a click (`GET` shows a button,
//! `POST /login/{token}` signs in; mail scanners follow links, so a GET never signs anyone in),
//! an optional password form, and sign-out. Single sign-on has its own door (`sso`); links and
//! passwords each answer 403 when the settings turn them off.

use actix_session::Session;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

use super::pages::{State, render};
use crate::auth::csrf::Csrf;
use crate::auth::login;
use crate::auth::session_store::USER_ID;
use crate::db;
use crate::domain::Email;
use crate::domain::audit;
use crate::error::AppError;

/// The sign-in form's fields.
#[derive(Debug, Deserialize)]
pub struct LinkForm {
    email: String,
    csrf: String,
    #[serde(default)]
    next: String,
}

/// The password form's fields.
#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    email: String,
    password: String,
    csrf: String,
    #[serde(default)]
    next: String,
}

/// A form with only its CSRF token.
#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    csrf: String,
    #[serde(default)]
    next: String,
}

/// `?next=/teams/x`: where to go after signing in.
#[derive(Debug, Deserialize, Default)]
pub struct Next {
    #[serde(default)]
    next: String,
}

/// Where to go after signing in: `next` resolved against this instance's base URL, kept only
/// when it stays on the same origin, and then only its path and query (so the `Location`
/// header is always a path of this site). Anything else is `/`: control characters (which
/// URL parsers drop, turning `/\t/evil` into `//evil`, and which no header may hold),
/// backslashes, other hosts, schemes or ports, and paths that resolve to `//…`.
pub(super) fn safe_next(base_url: &str, next: &str) -> String {
    let home = String::from("/");
    if !next.starts_with('/') || next.contains('\\') || next.chars().any(char::is_control) {
        return home;
    }
    let Ok(base) = url::Url::parse(base_url) else { return home };
    let Ok(resolved) = base.join(next) else { return home };
    if resolved.origin() != base.origin() || resolved.path().starts_with("//") {
        return home;
    }
    match resolved.query() {
        Some(query) => format!("{}?{query}", resolved.path()),
        None => resolved.path().to_string(),
    }
}

fn page(
    state: &State,
    csrf: &Csrf,
    template: &str,
    next: &str,
    error: Option<String>,
) -> Result<HttpResponse, AppError> {
    let mut ctx = tera::Context::new();
    ctx.insert("csrf", &csrf.token()?);
    let next = safe_next(&state.settings.base_url, next);
    let encoded: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
    ctx.insert("sso_href", &format!("/login/oidc?next={encoded}"));
    ctx.insert("next", &next);
    ctx.insert("error", &error);
    let settings = &state.settings;
    ctx.insert("sso_name", &state.sso.as_ref().map(|_| settings.oidc_name.clone()));
    ctx.insert("links_on", &settings.sign_in_links);
    ctx.insert("passwords_on", &settings.sign_in_passwords);
    render(state, template, &ctx)
}

/// A sign-in way the operator turned off (`sign_in_links`, `sign_in_passwords`): 403.
fn turned_off(id: &str) -> AppError {
    AppError::Forbidden(crate::i18n::t(super::page_lang::current(), id, &[]))
}

/// `GET /login`: single sign-on first when it is set up, then the ways the settings keep.
pub async fn form(state: State, csrf: Csrf, next: web::Query<Next>) -> Result<HttpResponse, AppError> {
    page(&state, &csrf, "login.html", &next.next, None)
}

/// `POST /login`: queue a link; the answer is the same whether or not the address has an account.
pub async fn request(state: State, csrf: Csrf, form: web::Form<LinkForm>) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    if !state.settings.sign_in_links {
        return Err(turned_off("login-links-off"));
    }
    let email = match Email::parse(&form.email) {
        Ok(e) => e,
        Err(m) => return page(&state, &csrf, "login.html", &form.next, Some(format!("The address {m}."))),
    };
    let composer = state.composer.clone();
    let now = Utc::now().naive_utc();
    db::run(&state.pool, move |c| db::write(c, |c| login::request_link(c, &composer, &email, now))).await?;
    page(&state, &csrf, "login_sent.html", &form.next, None)
}

/// `GET /login/{token}`: a button to finish signing in.
pub async fn confirm(state: State, csrf: Csrf, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let check = token.clone();
    db::run(&state.pool, move |c| login::check_link(c, &check, Utc::now().naive_utc())).await?;
    let mut ctx = tera::Context::new();
    ctx.insert("csrf", &csrf.token()?);
    ctx.insert("token", &token);
    render(&state, "login_confirm.html", &ctx)
}

/// `POST /login/{token}`: use the link, start a fresh session.
pub async fn finish(
    state: State,
    session: Session,
    csrf: Csrf,
    token: web::Path<String>,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    if !state.settings.sign_in_links {
        return Err(turned_off("login-links-off"));
    }
    let token = token.into_inner();
    let user = db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let user = login::consume_link(c, &token, Utc::now().naive_utc())?;
            audit::record(c, &format!("user:{user}"), "sign-in", "magic link", "", Utc::now().naive_utc())?;
            Ok(user)
        })
    })
    .await?;
    start_session(&state, &session, &csrf, user, &form.next)
}

/// `POST /login/password`.
pub async fn with_password(
    state: State,
    session: Session,
    csrf: Csrf,
    form: web::Form<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    if !state.settings.sign_in_passwords {
        return Err(turned_off("login-passwords-off"));
    }
    let Ok(email) = Email::parse(&form.email) else {
        let lang = super::page_lang::current();
        let mismatch = Some(crate::i18n::t(lang, "login-mismatch", &[]));
        return page(&state, &csrf, "login.html", &form.next, mismatch);
    };
    let password = form.password.clone();
    let signed = db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let now = Utc::now().naive_utc();
            let result = login::password_login(c, &email, &password);
            match result {
                Ok(_) => audit::record(c, email.as_str(), "sign-in", "password", "", now)?,
                Err(_) => {
                    login::record_failed_sign_in(c, &email, now)?;
                }
            }
            Ok(result)
        })
    })
    .await?;
    match signed {
        Ok(user) => start_session(&state, &session, &csrf, user, &form.next),
        Err(AppError::Invalid { field, .. }) if field == "password" => {
            let lang = super::page_lang::current();
            page(&state, &csrf, "login.html", &form.next, Some(crate::i18n::t(lang, "login-mismatch", &[])))
        }
        Err(AppError::Invalid { message, .. }) => {
            page(&state, &csrf, "login.html", &form.next, Some(message))
        }
        Err(other) => Err(other),
    }
}

/// The session's first row: made here, at sign-in, and nowhere before.
pub(super) fn start_session(
    state: &State,
    session: &Session,
    csrf: &Csrf,
    user: i64,
    next: &str,
) -> Result<HttpResponse, AppError> {
    // A new session id at sign-in, so a session fixed before it is worth nothing after; the
    // anonymous form token goes too, and the session gets its own on its first form.
    session.renew();
    csrf.forget_anonymous()?;
    session.insert(USER_ID, user).map_err(|e| AppError::unexpected("starting a session", e))?;
    tracing::info!(user, "signed in");
    let to = safe_next(&state.settings.base_url, next);
    Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, to)).finish())
}

/// `GET /logout`: a button (signing out changes state, so it is a POST with a CSRF token).
pub async fn logout_form(state: State, csrf: Csrf) -> Result<HttpResponse, AppError> {
    let mut ctx = tera::Context::new();
    ctx.insert("csrf", &csrf.token()?);
    render(&state, "logout.html", &ctx)
}

/// `POST /logout`.
pub async fn logout(
    session: Session,
    csrf: Csrf,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    session.purge();
    csrf.forget_anonymous()?;
    Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, "/login")).finish())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_this_site() {
        let base = "https://candor.example";
        assert_eq!(safe_next(base, "/teams/a"), "/teams/a");
        assert_eq!(safe_next(base, "/teams/a?period=2026-11#top"), "/teams/a?period=2026-11");
        assert_eq!(safe_next(base, "/teams/../admin"), "/admin");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil",
            "",
            "teams",
            "/\t/evil.example",
            "/..//evil.example",
            "/admin\r\nSet-Cookie: a=b",
            "/admin\u{0}",
            "/admin\u{7f}",
            "/admin\u{85}",
        ] {
            assert_eq!(safe_next(base, bad), "/", "{bad:?}");
        }
        // Percent-encoded slashes and tabs stay inside the path.
        assert_eq!(safe_next(base, "/%2F%2Fevil.example"), "/%2F%2Fevil.example");
        assert_eq!(safe_next(base, "/%09/evil.example"), "/%09/evil.example");
    }
}
