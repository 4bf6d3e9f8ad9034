//! API tokens for `/api/v1`: hashed, scoped, revocable; they act for the user who made them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{api_tokens, users};
use crate::domain::{Email, tokens};
use crate::error::AppError;

/// Reading team reports through `/api/v1`.
pub const READ_REPORTS: &str = "reports:read";

/// Provisioning through `/scim/v2` (`candor token create --scim`).
pub const SCIM: &str = "scim:provision";

/// The account SCIM tokens belong to: it has no password and its `.invalid` address gets no
/// mail, so nobody signs in as it.
pub const SCIM_ACCOUNT: &str = "provisioning@scim.invalid";

/// Makes a SCIM token named `name`; returns (id, token). The token is shown once.
pub fn create_scim(
    conn: &mut DbConnection,
    name: &str,
    now: NaiveDateTime,
) -> Result<(i64, String), AppError> {
    let exists = users::table.filter(users::email.eq(SCIM_ACCOUNT)).count().get_result::<i64>(conn)? > 0;
    if !exists {
        diesel::insert_into(users::table)
            .values((users::email.eq(SCIM_ACCOUNT), users::is_admin.eq(false), users::created_at.eq(now)))
            .execute(conn)?;
    }
    let account = Email::parse(SCIM_ACCOUNT).map_err(|m| AppError::broken(format!("SCIM account: {m}")))?;
    insert(conn, &account, name, SCIM, now)
}

/// The name of a working SCIM token (for the audit log's actor), if `token` is one.
pub fn scim_token_name(conn: &mut DbConnection, token: &str) -> Result<Option<String>, AppError> {
    Ok(working(conn, token, SCIM)?.map(|(_, name)| name))
}

/// Makes a token for the user `email`; returns (id, token). The token is shown once.
pub fn create(
    conn: &mut DbConnection,
    email: &Email,
    name: &str,
    scope: &str,
    now: NaiveDateTime,
) -> Result<(i64, String), AppError> {
    if scope != READ_REPORTS {
        return Err(AppError::invalid(
            "--scope",
            format!("'{scope}' is not a scope; the scope is {READ_REPORTS} (`--scim` makes a SCIM token)"),
        ));
    }
    insert(conn, email, name, scope, now)
}

fn insert(
    conn: &mut DbConnection,
    email: &Email,
    name: &str,
    scope: &str,
    now: NaiveDateTime,
) -> Result<(i64, String), AppError> {
    let user: i64 = users::table
        .filter(users::email.eq(email.as_str()))
        .select(users::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "no account for {email}: it is made at first sign-in, or by `candor admin create`"
            ))
        })?;
    let token = tokens::new_token()?;
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::user_id.eq(user),
            api_tokens::name.eq(name),
            api_tokens::token_hash.eq(&token.hash),
            api_tokens::scope.eq(scope),
            api_tokens::created_at.eq(now),
        ))
        .execute(conn)?;
    let id = api_tokens::table
        .filter(api_tokens::token_hash.eq(&token.hash))
        .select(api_tokens::id)
        .first(conn)?;
    Ok((id, token.token))
}

/// Revokes token `id`.
pub fn revoke(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> Result<(), AppError> {
    let n = diesel::update(api_tokens::table.find(id).filter(api_tokens::revoked_at.is_null()))
        .set(api_tokens::revoked_at.eq(now))
        .execute(conn)?;
    if n == 1 { Ok(()) } else { Err(AppError::NotFound(format!("no active API token {id}"))) }
}

/// One API token as the admin's list shows it: never the token (only its hash is stored).
#[derive(Debug, Clone, serde::Serialize)]
pub struct TokenLine {
    /// Row id.
    pub id: i64,
    /// What it is for, as its maker named it.
    pub name: String,
    /// The address of the user it acts for.
    pub email: String,
    /// What it may do, e.g. [`READ_REPORTS`].
    pub scope: String,
    /// When it was made.
    pub created_at: NaiveDateTime,
    /// When it was revoked; `None` while it works.
    pub revoked_at: Option<NaiveDateTime>,
}

/// Every API token, newest first, with the address of the user it acts for.
pub fn list(conn: &mut DbConnection) -> Result<Vec<TokenLine>, AppError> {
    let tokens: Vec<(i64, i64, String, String, NaiveDateTime, Option<NaiveDateTime>)> = api_tokens::table
        .order(api_tokens::id.desc())
        .select((
            api_tokens::id,
            api_tokens::user_id,
            api_tokens::name,
            api_tokens::scope,
            api_tokens::created_at,
            api_tokens::revoked_at,
        ))
        .load(conn)?;
    let ids: Vec<i64> = tokens.iter().map(|t| t.1).collect();
    let emails: std::collections::HashMap<i64, String> = users::table
        .filter(users::id.eq_any(&ids))
        .select((users::id, users::email))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect();
    Ok(tokens
        .into_iter()
        .map(|(id, user, name, scope, created_at, revoked_at)| TokenLine {
            id,
            name,
            email: emails.get(&user).cloned().unwrap_or_default(),
            scope,
            created_at,
            revoked_at,
        })
        .collect())
}

/// The user a bearer token acts for, when it is known, not revoked and has `scope`.
pub fn user_for(conn: &mut DbConnection, token: &str, scope: &str) -> Result<Option<i64>, AppError> {
    Ok(working(conn, token, scope)?.map(|(user, _)| user))
}

/// (user, name) of `token` when it is known, not revoked and has `scope`.
fn working(conn: &mut DbConnection, token: &str, scope: &str) -> Result<Option<(i64, String)>, AppError> {
    if !tokens::looks_like_token(token) {
        return Ok(None);
    }
    Ok(api_tokens::table
        .filter(api_tokens::token_hash.eq(tokens::hash_token(token)))
        .filter(api_tokens::revoked_at.is_null())
        .filter(api_tokens::scope.eq(scope))
        .select((api_tokens::user_id, api_tokens::name))
        .first(conn)
        .optional()?)
}
