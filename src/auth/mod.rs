//! Accounts and access: sign-in by magic link, password or single sign-on (OpenID Connect), database sessions (made at sign-in,
//! purged when expired), roles, CSRF tokens and API tokens.

pub mod access;
pub mod api_tokens;
pub mod csrf;
pub mod login;
pub mod oidc;
pub mod password;
pub mod session_store;

pub use access::{TeamAccess, Viewer};

/// What [`purge_expired`] deleted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    /// Expired sessions.
    pub sessions: usize,
    /// Sign-in links spent or expired long enough ago.
    pub links: usize,
    /// Single sign-ons that never came back from the provider.
    pub single_sign_ons: usize,
}

/// Deletes expired sessions and spent sign-in links (a scheduler part).
pub fn purge_expired(
    conn: &mut crate::db::DbConnection,
    now: chrono::NaiveDateTime,
) -> Result<Purged, crate::error::AppError> {
    Ok(Purged {
        sessions: session_store::purge_expired(conn, now)?,
        links: login::purge_spent_links(conn, now)?,
        single_sign_ons: oidc::purge_expired(conn, now)?,
    })
}
