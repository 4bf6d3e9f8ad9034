//! Single sign-on's two addresses (docs/design.md, "Single sign-on"): `GET /login/oidc` sends
//! the browser to the company's identity provider, `GET /login/oidc/callback` is where it comes
//! back with a code. Nobody is signed in unless the `state` matches this browser's cookie and an
//! unused sign-in, and the ID token passes every check; an address Candor does not know gets a
//! page that says whom to ask, and no account (unless `oidc_create_accounts`).

use actix_session::Session;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

use super::login::{safe_next, start_session};
use super::pages::State;
use crate::auth::csrf::Csrf;
use crate::auth::oidc::{self, Pending, provider::Identity};
use crate::db;
use crate::domain::{Email, audit};
use crate::error::AppError;
use crate::i18n::{self, Lang};

/// The cookie that holds a sign-in's `state` while the browser is at the provider.
pub const STATE_COOKIE: &str = "candor_oidc";

/// `?next=/teams/x`: where to go once signed in.
#[derive(Debug, Deserialize)]
pub struct Departure {
    #[serde(default)]
    next: String,
}

/// What the provider sends back: a code and the `state`, or an error.
#[derive(Debug, Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

fn no_such_page() -> AppError {
    AppError::NotFound("There is no page at this address.".into())
}

fn state_cookie(state: &State, value: String) -> Cookie<'static> {
    Cookie::build(STATE_COOKIE, value)
        .path("/login/oidc")
        .http_only(true)
        .secure(state.settings.base_url.starts_with("https://"))
        // Lax: the provider sends the browser back with a top-level GET from its own site.
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::minutes(oidc::PENDING_MINUTES))
        .finish()
}

/// `GET /login/oidc`: a fresh sign-in at the provider (404 when single sign-on is not set up).
pub async fn depart(state: State, query: web::Query<Departure>) -> Result<HttpResponse, AppError> {
    let provider = state.sso.clone().ok_or_else(no_such_page)?;
    let departure = provider.depart().await?;
    let pending = Pending {
        pkce_verifier: departure.pkce_verifier,
        nonce: departure.nonce,
        next: safe_next(&state.settings.base_url, &query.next),
    };
    let kept = departure.state.clone();
    db::run(&state.pool, move |c| {
        db::write(c, |c| oidc::remember(c, &kept, &pending, Utc::now().naive_utc()))
    })
    .await?;
    Ok(HttpResponse::SeeOther()
        .cookie(state_cookie(&state, departure.state))
        .insert_header((header::LOCATION, departure.url))
        .finish())
}

/// `GET /login/oidc/callback`: the provider's answer, checked, and a session for its person.
pub async fn arrive(
    state: State,
    session: Session,
    csrf: Csrf,
    request: HttpRequest,
    query: web::Query<Callback>,
) -> Result<HttpResponse, AppError> {
    let lang = super::page_lang::current();
    let provider = state.sso.clone().ok_or_else(no_such_page)?;
    let callback = query.into_inner();
    if let Some(error) = callback.error {
        let reason = callback.error_description.unwrap_or(error);
        return Err(AppError::Forbidden(i18n::t(lang, "sso-provider-refused", &[("reason", reason.into())])));
    }
    let (Some(code), Some(returned)) = (callback.code, callback.state) else {
        return Err(AppError::BadRequest(i18n::t(lang, "sso-incomplete", &[])));
    };
    if request.cookie(STATE_COOKIE).map(|c| c.value().to_string()).as_deref() != Some(returned.as_str()) {
        return Err(AppError::BadRequest(i18n::t(lang, "sso-other-browser", &[])));
    }
    let now = Utc::now().naive_utc();
    let pending = db::run(&state.pool, move |c| db::write(c, |c| oidc::take(c, &returned, now)))
        .await
        .map_err(|e| match e {
            AppError::Gone(_) => AppError::Gone(i18n::t(lang, "sso-used", &[])),
            other => other,
        })?;
    let identity =
        provider.arrive(&code, &pending.pkce_verifier, &pending.nonce).await.map_err(|e| match e {
            AppError::Forbidden(why) => {
                AppError::Forbidden(i18n::t(lang, "sso-refused", &[("reason", why.into())]))
            }
            other => other,
        })?;
    let email = verified_email(&identity, lang)?;
    let user = sign_in(&state, email.clone(), identity.groups, now).await?;
    let user = user.ok_or_else(|| {
        AppError::Forbidden(i18n::t(lang, "sso-unknown", &[("email", email.as_str().to_string().into())]))
    })?;
    let mut response = start_session(&state, &session, &csrf, user, &pending.next)?;
    response
        .add_removal_cookie(&state_cookie(&state, String::new()))
        .map_err(|e| AppError::unexpected("single sign-on: clearing the state cookie", e))?;
    Ok(response)
}

/// The token's address, when the provider vouches for it.
fn verified_email(identity: &Identity, lang: Lang) -> Result<Email, AppError> {
    let email = identity.email.as_deref().and_then(|e| Email::parse(e).ok());
    let email = email.ok_or_else(|| AppError::Forbidden(i18n::t(lang, "sso-no-email", &[])))?;
    if identity.email_verified == Some(false) {
        let address = email.as_str().to_string();
        return Err(AppError::Forbidden(i18n::t(lang, "sso-unverified", &[("email", address.into())])));
    }
    Ok(email)
}

/// The account of `email` (made when the rules allow), admin as the groups say, the sign-in
/// audited; `None` for an address Candor does not know.
async fn sign_in(
    state: &State,
    email: Email,
    groups: Option<Vec<String>>,
    now: chrono::NaiveDateTime,
) -> Result<Option<i64>, AppError> {
    let create = state.settings.oidc_create_accounts;
    let admin = groups.map(|groups| groups.iter().any(|g| *g == state.settings.oidc_admin_group));
    db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let Some(user) = oidc::account_for(c, &email, create, now)? else { return Ok(None) };
            if let Some(admin) = admin {
                oidc::follow_groups(c, user, &email, admin, now)?;
            }
            audit::record(c, email.as_str(), "sign-in", "single sign-on", "", now)?;
            Ok(Some(user))
        })
    })
    .await
}
