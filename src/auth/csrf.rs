//! CSRF tokens: one random token per visitor, in a hidden field of every form, checked on
//! every POST. A signed-in user's token lives in their session, so it ends with it. An
//! anonymous visitor's token lives in a private cookie (encrypted and authenticated with the
//! session key), so nothing is stored for a visitor who never signs in: a session row is made
//! at sign-in only.

use std::future::{Ready, ready};

use actix_session::{Session, SessionExt};
use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, CookieJar, Key, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use rand::distr::{Alphanumeric, SampleString};

use super::session_store::USER_ID;
use crate::error::AppError;

/// The session key of a signed-in user's token.
const KEY: &str = "csrf";

/// How long an anonymous visitor's cookie lasts; it is sent again with every form shown.
const COOKIE_HOURS: i64 = 8;

/// Where anonymous visitors' tokens are kept: the cookie's name and the key that seals it.
/// Given to the app as `app_data`.
#[derive(Clone)]
pub struct CsrfCookie {
    key: Key,
    name: &'static str,
    secure: bool,
}

impl CsrfCookie {
    /// The cookie sealed with `key`; `https` makes it `__Host-candor-csrf` and `Secure`.
    pub fn new(key: Key, https: bool) -> Self {
        let name = if https { "__Host-candor-csrf" } else { "candor-csrf" };
        Self { key, name, secure: https }
    }

    fn read(&self, req: &HttpRequest) -> Option<String> {
        let sealed = req.cookie(self.name)?;
        let mut jar = CookieJar::new();
        jar.add_original(sealed.into_owned());
        jar.private(&self.key).get(self.name).map(|c| c.value().to_string())
    }

    fn base(&self, value: String) -> Cookie<'static> {
        let mut cookie = Cookie::new(self.name, value);
        cookie.set_path("/");
        cookie.set_http_only(true);
        cookie.set_secure(self.secure);
        cookie.set_same_site(SameSite::Lax);
        cookie
    }

    fn sealed(&self, token: &str) -> Option<Cookie<'static>> {
        let mut jar = CookieJar::new();
        let mut cookie = self.base(token.to_string());
        cookie.set_max_age(actix_web::cookie::time::Duration::hours(COOKIE_HOURS));
        jar.private_mut(&self.key).add(cookie);
        jar.get(self.name).cloned()
    }
}

/// What the response must do with the anonymous cookie ([`cookies`] does it).
#[derive(Clone)]
enum Pending {
    /// Send this token (sealed).
    Set(String),
    /// Remove the cookie.
    Forget,
}

/// Extractor: the visitor's CSRF token, from their session when signed in, else from the
/// private cookie.
pub struct Csrf {
    req: HttpRequest,
    session: Session,
}

impl FromRequest for Csrf {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Csrf { req: req.clone(), session: req.get_session() }))
    }
}

fn fresh() -> String {
    Alphanumeric.sample_string(&mut rand::rng(), 43)
}

impl Csrf {
    fn signed_in(&self) -> bool {
        matches!(self.session.get::<i64>(USER_ID), Ok(Some(_)))
    }

    fn config(&self) -> Result<&CsrfCookie, AppError> {
        self.req.app_data::<CsrfCookie>().ok_or_else(|| AppError::broken("the CSRF cookie is not configured"))
    }

    fn pending_token(&self) -> Option<String> {
        match self.req.extensions().get::<Pending>() {
            Some(Pending::Set(token)) => Some(token.clone()),
            _ => None,
        }
    }

    /// The visitor's token for a form, made on first use.
    pub fn token(&self) -> Result<String, AppError> {
        if self.signed_in() {
            return session_token(&self.session);
        }
        let token = match self.pending_token() {
            Some(token) => token,
            None => self.config()?.read(&self.req).unwrap_or_else(fresh),
        };
        // Sent again with every form shown, so the cookie outlives the page by its whole age.
        self.req.extensions_mut().insert(Pending::Set(token.clone()));
        Ok(token)
    }

    /// 403 unless `submitted` is the visitor's token (compared in constant time).
    pub fn check(&self, submitted: &str) -> Result<(), AppError> {
        let expected = if self.signed_in() {
            self.session.get::<String>(KEY).ok().flatten()
        } else {
            self.config()?.read(&self.req)
        };
        if same(&expected.unwrap_or_default(), submitted) {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "This form has expired or did not come from Candor. Go back, reload the page and try again."
                    .into(),
            ))
        }
    }

    /// At sign-in and sign-out: drops the anonymous token (when the visitor sent one), so a
    /// token known before is worth nothing after, and the session's own token is used.
    pub fn forget_anonymous(&self) -> Result<(), AppError> {
        if self.req.cookie(self.config()?.name).is_some() {
            self.req.extensions_mut().insert(Pending::Forget);
        } else {
            self.req.extensions_mut().remove::<Pending>();
        }
        self.session.remove(KEY);
        Ok(())
    }
}

fn session_token(session: &Session) -> Result<String, AppError> {
    if let Ok(Some(existing)) = session.get::<String>(KEY) {
        return Ok(existing);
    }
    let token = fresh();
    session.insert(KEY, &token).map_err(|e| AppError::unexpected("storing the CSRF token", e))?;
    Ok(token)
}

fn same(expected: &str, submitted: &str) -> bool {
    expected.len() == submitted.len()
        && !expected.is_empty()
        && expected.bytes().zip(submitted.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// Middleware (`middleware::from_fn`, on the routes with sessions): sends the anonymous
/// visitor's sealed cookie when a form was shown, or removes it at sign-in and sign-out.
pub async fn cookies(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let mut response = next.call(req).await?;
    let pending = response.request().extensions_mut().remove::<Pending>();
    let config = response.request().app_data::<CsrfCookie>().cloned();
    let cookie = match (pending, config) {
        (Some(Pending::Set(token)), Some(config)) => config.sealed(&token),
        (Some(Pending::Forget), Some(config)) => {
            let mut gone = config.base(String::new());
            gone.make_removal();
            Some(gone)
        }
        _ => None,
    };
    if let Some(cookie) = cookie {
        response.response_mut().add_cookie(&cookie).map_err(actix_web::error::ErrorInternalServerError)?;
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_cookie_reads_back_and_a_forged_one_does_not() {
        let config = CsrfCookie::new(Key::generate(), false);
        let sealed = config.sealed("the-token").unwrap();
        assert_ne!(sealed.value(), "the-token", "the value is encrypted");
        let req = actix_web::test::TestRequest::default().cookie(sealed).to_http_request();
        assert_eq!(config.read(&req).as_deref(), Some("the-token"));
        let forged = actix_web::test::TestRequest::default()
            .cookie(Cookie::new("candor-csrf", "the-token"))
            .to_http_request();
        assert_eq!(config.read(&forged), None, "a cookie not sealed with the key is ignored");
        let other = CsrfCookie::new(Key::generate(), false);
        let req =
            actix_web::test::TestRequest::default().cookie(config.sealed("t").unwrap()).to_http_request();
        assert_eq!(other.read(&req), None, "another instance's key does not open it");
    }
}
