//! Signing in: a magic link by email (256 random bits, single use, 10 minutes, only its hash
//! stored), or an optional password. Accounts exist for admins, and are made on first request
//! for anyone who is an active member of a team.

use chrono::{Duration, NaiveDateTime, Timelike};
use diesel::prelude::*;
use sha2::{Digest, Sha256};
use tera::Context;

use super::password;
use crate::db::schema::{audit_log, login_tokens, memberships, people, users};
use crate::db::{self, DbConnection, LockMode};
use crate::domain::{Email, audit, tokens};
use crate::error::AppError;
use crate::mail::Composer;
use crate::mail::outbox::{self, NewMail};

/// How long a sign-in link works.
pub const LINK_MINUTES: i64 = 10;

/// How long a used or expired link is kept after it expired, so that clicking it again says
/// "used already" or "expired" rather than "not known".
pub const SPENT_LINK_DAYS: i64 = 1;

pub(super) fn user_id(conn: &mut DbConnection, email: &Email) -> Result<Option<i64>, AppError> {
    Ok(users::table.filter(users::email.eq(email.as_str())).select(users::id).first(conn).optional()?)
}

pub(super) fn is_member(conn: &mut DbConnection, email: &Email) -> Result<bool, AppError> {
    let n: i64 = memberships::table
        .inner_join(people::table)
        .filter(people::email.eq(email.as_str()).and(people::active.eq(true)))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub(super) fn insert_user(
    conn: &mut DbConnection,
    email: &Email,
    is_admin: bool,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    diesel::insert_into(users::table)
        .values((users::email.eq(email.as_str()), users::is_admin.eq(is_admin), users::created_at.eq(now)))
        .execute(conn)?;
    user_id(conn, email)?.ok_or_else(|| AppError::broken("user vanished after insert"))
}

/// Queues a sign-in link for `email` when it may sign in; returns whether one was queued. The
/// caller answers the same either way, so the form tells nobody who has an account.
pub fn request_link(
    conn: &mut DbConnection,
    composer: &Composer,
    email: &Email,
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    let id = match user_id(conn, email)? {
        Some(id) => id,
        None if is_member(conn, email)? => insert_user(conn, email, false, now)?,
        None => return Ok(false),
    };
    let token = tokens::new_token()?;
    diesel::insert_into(login_tokens::table)
        .values((
            login_tokens::token_hash.eq(&token.hash),
            login_tokens::user_id.eq(id),
            login_tokens::expires_at.eq(now + Duration::minutes(LINK_MINUTES)),
        ))
        .execute(conn)?;
    let lang = super::access::language_of(conn, email.as_str())?;
    let mut ctx = Context::new();
    ctx.insert("link", &format!("{}/login/{}", composer.base_url(), token.token));
    ctx.insert("minutes", &LINK_MINUTES);
    ctx.insert("lang", lang.code());
    ctx.insert("dir", lang.dir());
    let content = composer.compose("login", &ctx)?;
    let key = format!("login:{}", &token.hash[..32]);
    outbox::enqueue(
        conn,
        &NewMail { idempotency_key: key, to: email.as_str(), content, holds_secret: true },
        now,
    )?;
    Ok(true)
}

fn link_state(conn: &mut DbConnection, token: &str) -> Result<Option<(bool, NaiveDateTime)>, AppError> {
    if !tokens::looks_like_token(token) {
        return Ok(None);
    }
    Ok(login_tokens::table
        .find(tokens::hash_token(token))
        .select((login_tokens::used, login_tokens::expires_at))
        .first(conn)
        .optional()?)
}

/// Checks a link without using it (the page asks for a click, since mail scanners follow links).
pub fn check_link(conn: &mut DbConnection, token: &str, now: NaiveDateTime) -> Result<(), AppError> {
    match link_state(conn, token)? {
        None => Err(AppError::NotFound("This sign-in link is not known. Ask for a new one.".into())),
        Some((true, _)) => {
            Err(AppError::Gone("This sign-in link was used already. Ask for a new one.".into()))
        }
        Some((false, expires)) if expires <= now => Err(AppError::Gone(format!(
            "This sign-in link expired; links work for {LINK_MINUTES} minutes. Ask for a new one."
        ))),
        Some(_) => Ok(()),
    }
}

/// Uses a link: exactly once, before it expires. Returns the user's id. Call inside
/// [`crate::db::write`].
pub fn consume_link(conn: &mut DbConnection, token: &str, now: NaiveDateTime) -> Result<i64, AppError> {
    check_link(conn, token, now)?;
    let hash = tokens::hash_token(token);
    let used = diesel::update(
        login_tokens::table
            .find(&hash)
            .filter(login_tokens::used.eq(false))
            .filter(login_tokens::expires_at.gt(now)),
    )
    .set(login_tokens::used.eq(true))
    .execute(conn)?;
    if used != 1 {
        return Err(AppError::Gone("This sign-in link was used already. Ask for a new one.".into()));
    }
    Ok(login_tokens::table.find(hash).select(login_tokens::user_id).first(conn)?)
}

/// Deletes the links that expired more than [`SPENT_LINK_DAYS`] ago, used or not (a used link
/// is expired ten minutes after it was made); returns how many.
pub fn purge_spent_links(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, AppError> {
    let before = now - Duration::days(SPENT_LINK_DAYS);
    Ok(diesel::delete(login_tokens::table.filter(login_tokens::expires_at.lt(before))).execute(conn)?)
}

/// Signs in with a password; the same message for an unknown address and a wrong password,
/// and the same work: an address without a password (or without an account) is checked
/// against a dummy hash with the same argon2 parameters.
pub fn password_login(conn: &mut DbConnection, email: &Email, given: &str) -> Result<i64, AppError> {
    let found: Option<(i64, Option<String>)> = users::table
        .filter(users::email.eq(email.as_str()))
        .select((users::id, users::password_hash))
        .first(conn)
        .optional()?;
    let (id, stored) = found.map_or((None, None), |(id, stored)| (Some(id), stored));
    // Verified whatever was found, so every failure costs what a wrong password costs.
    let matches = password::verify_or_dummy(given, stored.as_deref());
    match id {
        Some(id) if matches => Ok(id),
        _ => Err(AppError::invalid("password", "That address and password do not match.")),
    }
}

/// The audit action of failed password sign-ins.
pub const SIGN_IN_FAILED: &str = "sign-in.failed";

/// The class of the PostgreSQL advisory locks that count failed sign-ins, one per address
/// ("CANS" in ASCII; the scheduler's are "CAND", the answers' "CANP").
const FAILED_SIGN_IN_LOCK_CLASS: i32 = 0x4341_4e53;

/// How many of the newest audit rows are searched for this minute's count: a bound on the work
/// of one attempt (the log has no index on its time). Beyond that many rows in one minute, an
/// address gets a second row for the minute, never a row per attempt.
const RECENT_ROWS: i64 = 10_000;

/// "12 attempts" for 12.
fn attempts_detail(n: i64) -> String {
    if n == 1 { "1 attempt".into() } else { format!("{n} attempts") }
}

/// Counts a failed password sign-in for `email` in the audit log: one row per address and
/// minute (its time the minute's first attempt, its detail "N attempts"), so that guessing at
/// an address, or at made-up ones, adds a row per address and minute, never one per attempt.
/// Returns the minute's count so far. Call inside [`crate::db::write`].
pub fn record_failed_sign_in(
    conn: &mut DbConnection,
    email: &Email,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    let digest = Sha256::digest(email.as_str().as_bytes());
    let key = i32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]);
    db::advisory_xact_lock(conn, FAILED_SIGN_IN_LOCK_CLASS, key, LockMode::Exclusive)?;
    let minute = now.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(now);
    let newest: Option<i64> = audit_log::table.select(diesel::dsl::max(audit_log::id)).get_result(conn)?;
    let this_minute: Option<(i64, String)> = audit_log::table
        .filter(audit_log::id.gt(newest.unwrap_or(0) - RECENT_ROWS))
        .filter(audit_log::actor.eq(email.as_str()).and(audit_log::action.eq(SIGN_IN_FAILED)))
        .filter(audit_log::at.ge(minute).and(audit_log::at.lt(minute + Duration::minutes(1))))
        .order(audit_log::id.desc())
        .select((audit_log::id, audit_log::detail))
        .first(conn)
        .optional()?;
    let Some((id, detail)) = this_minute else {
        audit::record(conn, email.as_str(), SIGN_IN_FAILED, "password", &attempts_detail(1), now)?;
        return Ok(1);
    };
    let so_far: i64 = detail.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(1);
    diesel::update(audit_log::table.find(id))
        .set(audit_log::detail.eq(attempts_detail(so_far + 1)))
        .execute(conn)?;
    Ok(so_far + 1)
}

/// Makes `email` an admin (creating the account), optionally with a password.
pub fn create_admin(
    conn: &mut DbConnection,
    email: &Email,
    password: Option<&str>,
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    let hash = password.map(password::hash_password).transpose()?;
    let id = match user_id(conn, email)? {
        Some(id) => id,
        None => insert_user(conn, email, true, now)?,
    };
    diesel::update(users::table.find(id)).set(users::is_admin.eq(true)).execute(conn)?;
    if let Some(hash) = hash {
        diesel::update(users::table.find(id)).set(users::password_hash.eq(hash)).execute(conn)?;
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::password::verifications_so_far;
    use crate::db::{self, PoolOptions};

    /// Argon2 verifications that one failed password sign-in for `email` ran.
    fn verifications(conn: &mut DbConnection, email: &str) -> usize {
        let before = verifications_so_far();
        let email = Email::parse(email).unwrap();
        assert!(password_login(conn, &email, "not the password").is_err());
        verifications_so_far() - before
    }

    #[test]
    fn every_failed_sign_in_runs_argon2_once() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("candor.db").display()).parse().unwrap();
        let pool =
            db::connect_and_migrate(&url, &PoolOptions { max_size: 1, ..PoolOptions::default() }).unwrap();
        let conn = &mut *pool.get().unwrap();
        let now = chrono::Utc::now().naive_utc();
        create_admin(conn, &Email::parse("with@candor.test").unwrap(), Some("a long passphrase"), now)
            .unwrap();
        create_admin(conn, &Email::parse("without@candor.test").unwrap(), None, now).unwrap();
        assert_eq!(verifications(conn, "with@candor.test"), 1, "a wrong password");
        assert_eq!(verifications(conn, "without@candor.test"), 1, "an account without a password");
        assert_eq!(verifications(conn, "nobody@candor.test"), 1, "an unknown address");
        let right = password_login(conn, &Email::parse("with@candor.test").unwrap(), "a long passphrase");
        assert!(right.is_ok());
    }
}
