//! Single sign-on with the company's OpenID Connect provider (docs/design.md, "Single
//! sign-on"). The browser goes to the provider with a fresh `state`, `nonce` and PKCE
//! challenge, and comes back with a code; [`provider`] turns the code into a checked ID token
//! (signature, issuer, audience, expiry, nonce: the `openidconnect` crate's checks), and this
//! module keeps the sign-in in between and finds the account of the token's address.
//!
//! Why a row and a cookie: the row (keyed by the hash of `state`) holds the PKCE verifier and
//! the nonce, which never leave Candor, and is deleted when the person comes back, so a
//! replayed callback finds nothing; the cookie holds `state` itself, so a callback that did not
//! start in this browser (login CSRF: someone else's code in a link) is refused.

pub mod provider;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::login::{insert_user, is_member, user_id};
use crate::db::DbConnection;
use crate::db::schema::{oidc_logins, users};
use crate::domain::{Email, audit, tokens};
use crate::error::AppError;

/// How long a sign-in may stay at the provider before it is worth nothing.
pub const PENDING_MINUTES: i64 = 10;

/// A sign-in on its way through the provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// The PKCE code verifier whose challenge went to the provider.
    pub pkce_verifier: String,
    /// The nonce the ID token must carry.
    pub nonce: String,
    /// Where to go once signed in (a path on this site).
    pub next: String,
}

/// Remembers a sign-in that leaves for the provider with `state`.
pub fn remember(
    conn: &mut DbConnection,
    state: &str,
    pending: &Pending,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    diesel::insert_into(oidc_logins::table)
        .values((
            oidc_logins::state_hash.eq(tokens::hash_token(state)),
            oidc_logins::pkce_verifier.eq(&pending.pkce_verifier),
            oidc_logins::nonce.eq(&pending.nonce),
            oidc_logins::next_path.eq(&pending.next),
            oidc_logins::expires_at.eq(now + Duration::minutes(PENDING_MINUTES)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Takes back the sign-in that left with `state`: once, before it expires. Call inside
/// [`crate::db::write`], so that two callbacks with one `state` cannot both take it.
pub fn take(conn: &mut DbConnection, state: &str, now: NaiveDateTime) -> Result<Pending, AppError> {
    let hash = tokens::hash_token(state);
    let found: Option<(String, String, String)> = oidc_logins::table
        .find(&hash)
        .filter(oidc_logins::expires_at.gt(now))
        .select((oidc_logins::pkce_verifier, oidc_logins::nonce, oidc_logins::next_path))
        .first(conn)
        .optional()?;
    let taken = diesel::delete(oidc_logins::table.find(&hash)).execute(conn)?;
    match found {
        Some((pkce_verifier, nonce, next)) if taken == 1 => Ok(Pending { pkce_verifier, nonce, next }),
        _ => Err(AppError::Gone(
            "This sign-in was finished already or is older than 10 minutes. Start again from the sign-in page."
                .into(),
        )),
    }
}

/// Deletes sign-ins that never came back (a scheduler part); returns how many.
pub fn purge_expired(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, AppError> {
    Ok(diesel::delete(oidc_logins::table.filter(oidc_logins::expires_at.le(now))).execute(conn)?)
}

/// The account of a verified address, as magic links find it: an existing account, else a new
/// one for an active member of a team, else a new one only when `create` (the setting
/// `oidc_create_accounts`); `None` for an address Candor does not know. Call inside
/// [`crate::db::write`].
pub fn account_for(
    conn: &mut DbConnection,
    email: &Email,
    create: bool,
    now: NaiveDateTime,
) -> Result<Option<i64>, AppError> {
    if let Some(id) = user_id(conn, email)? {
        return Ok(Some(id));
    }
    if create || is_member(conn, email)? {
        return Ok(Some(insert_user(conn, email, false, now)?));
    }
    Ok(None)
}

/// Makes the account an admin or not, as the provider's groups say, and audits a change.
/// Call inside [`crate::db::write`].
pub fn follow_groups(
    conn: &mut DbConnection,
    user: i64,
    email: &Email,
    admin: bool,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let changed = diesel::update(users::table.find(user).filter(users::is_admin.ne(admin)))
        .set(users::is_admin.eq(admin))
        .execute(conn)?;
    if changed == 1 {
        let action = if admin { "admin.granted" } else { "admin.revoked" };
        audit::record(conn, "single sign-on", action, email.as_str(), "by the provider's groups", now)?;
    }
    Ok(())
}
