//! People who leave: removed for good, or deactivated (kept, with their teams, for when they
//! come back). Either way, in the same transaction: their invitations to open pulses go (the
//! links stop working, they are no longer counted as invited) and every email still queued to
//! them is cancelled, so a leaver is not surveyed after leaving. Anonymous answers are never
//! touched: nothing links them to anyone.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{invitations, people, pulses, users};
use crate::domain::Email;
use crate::error::AppError;
use crate::mail::outbox;

/// What removing a person deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// Memberships deleted.
    pub memberships: i64,
    /// Invitations (and their links) deleted; whether they were answered goes with them.
    pub invitations: i64,
    /// Queued emails cancelled.
    pub emails_cancelled: usize,
    /// Whether a sign-in account was deleted too.
    pub account: bool,
}

/// What deactivating a person changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deactivated {
    /// Invitations to open pulses withdrawn.
    pub invitations: usize,
    /// Queued emails cancelled.
    pub emails_cancelled: usize,
}

fn person_id(conn: &mut DbConnection, email: &Email) -> Result<i64, AppError> {
    people::table
        .filter(people::email.eq(email.as_str()))
        .select(people::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("no person {email}")))
}

/// Deletes the person with `email`, their memberships, invitations and account, and cancels
/// the emails queued to them. Call inside [`crate::db::write`].
pub fn remove_person(conn: &mut DbConnection, email: &Email) -> Result<Removed, AppError> {
    use crate::db::schema::memberships;
    let id = person_id(conn, email)?;
    let memberships = memberships::table.filter(memberships::person_id.eq(id)).count().get_result(conn)?;
    let invitations = invitations::table.filter(invitations::person_id.eq(id)).count().get_result(conn)?;
    let emails_cancelled = outbox::cancel_queued_to(conn, email.as_str(), "the person was removed")?;
    diesel::delete(people::table.find(id)).execute(conn)?;
    let account = diesel::delete(users::table.filter(users::email.eq(email.as_str()))).execute(conn)? > 0;
    Ok(Removed { memberships, invitations, emails_cancelled, account })
}

/// Marks the person inactive (they keep their teams, are invited to nothing, and cannot sign
/// in to read teams), withdraws their invitations to open pulses and cancels the emails queued
/// to them. Deactivating someone inactive changes nothing. Call inside [`crate::db::write`].
pub fn deactivate_person(conn: &mut DbConnection, email: &Email) -> Result<Deactivated, AppError> {
    let id = person_id(conn, email)?;
    diesel::update(people::table.find(id)).set(people::active.eq(false)).execute(conn)?;
    let open_pulses = pulses::table.filter(pulses::state.eq("open")).select(pulses::id);
    let withdrawn = diesel::delete(
        invitations::table
            .filter(invitations::person_id.eq(id))
            .filter(invitations::pulse_id.eq_any(open_pulses)),
    )
    .execute(conn)?;
    let emails_cancelled = outbox::cancel_queued_to(conn, email.as_str(), "the person was deactivated")?;
    Ok(Deactivated { invitations: withdrawn, emails_cancelled })
}

/// Marks the person active again; their next pulse invites them as usual. Call inside
/// [`crate::db::write`].
pub fn reactivate_person(conn: &mut DbConnection, email: &Email) -> Result<(), AppError> {
    let id = person_id(conn, email)?;
    diesel::update(people::table.find(id)).set(people::active.eq(true)).execute(conn)?;
    Ok(())
}
