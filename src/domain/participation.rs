//! Who has answered a pulse, kept so that no row written when someone answers points at them
//! (docs/anonymity.md, "What the database holds").
//!
//! Answering deletes the invitation's links (`invitation_tokens`) in the transaction that
//! stores the anonymous response; nothing about the person is written then. Had the answer
//! flipped a flag on the invitation instead, that row would carry the moment of the answer:
//! on PostgreSQL its `xmin` equals the response's (`SELECT … JOIN … ON i.xmin = r.xmin`
//! names every respondent), and its place in the table follows the order of answers, as the
//! responses' does. So while a pulse is open, "answered" means "no link left"; when it closes,
//! `invitations.responded` is set for all who answered at once, in one statement.

use diesel::dsl::{exists, not};
use diesel::prelude::*;

use super::ids::{InvitationId, PulseId};
use crate::db::schema::{invitation_tokens, invitations};
use crate::db::{self, DbConnection, LockMode};
use crate::error::AppError;

/// True for invitations that still hold a link: their person has not answered.
#[diesel::dsl::auto_type]
pub fn waiting() -> _ {
    exists(invitation_tokens::table.filter(invitation_tokens::invitation_id.eq(invitations::id)))
}

/// Invitations of `pulse_id` that were answered (their links are spent).
pub fn answered_count(conn: &mut DbConnection, pulse_id: PulseId) -> Result<i64, AppError> {
    Ok(invitations::table
        .filter(invitations::pulse_id.eq(pulse_id))
        .filter(not(waiting()))
        .count()
        .get_result(conn)?)
}

/// Spends every link of `invitation_id` (the person has answered); returns how many there
/// were, 0 when they were spent already. Call in the transaction that stores the answer.
pub fn spend_links(conn: &mut DbConnection, invitation_id: InvitationId) -> Result<usize, AppError> {
    Ok(diesel::delete(invitation_tokens::table.filter(invitation_tokens::invitation_id.eq(invitation_id)))
        .execute(conn)?)
}

/// Sets `responded` on every answered invitation of the closing pulses, all in one statement,
/// so the flag carries the moment of closing and no order. Call in the closing transaction.
pub fn record_at_close(conn: &mut DbConnection, pulse_ids: &[PulseId]) -> Result<usize, AppError> {
    if pulse_ids.is_empty() {
        return Ok(0);
    }
    Ok(diesel::update(
        invitations::table
            .filter(invitations::pulse_id.eq_any(pulse_ids))
            .filter(invitations::responded.eq(false))
            .filter(not(waiting())),
    )
    .set(invitations::responded.eq(true))
    .execute(conn)?)
}

/// The class of the PostgreSQL advisory locks between storing a pulse's answers and handing
/// out its links or closing it ("CANP" in ASCII; the second key is the pulse).
const PULSE_LOCK_CLASS: i32 = 0x4341_4e50;

/// Taken, shared, for each of `pulse_ids` by every transaction that stores answers, before it
/// reads a link. On PostgreSQL a reminder that read "no answer yet" could otherwise add a fresh
/// link to an invitation whose links an answer was deleting, and make it look unanswered again
/// (a second answer); and a pulse could close between an answer's check and its insert. A row
/// lock on the invitation would do too, but would stamp the row with the answer's transaction
/// (`xmax`), which is what spending the links avoids; an advisory lock leaves no trace in any
/// row. Answers to other pulses go on. On SQLite one writer at a time (`BEGIN IMMEDIATE`) does
/// this already.
pub fn lock_for_answers(conn: &mut DbConnection, pulse_ids: &[PulseId]) -> Result<(), AppError> {
    lock_pulses(conn, pulse_ids, LockMode::Shared)
}

/// Taken, exclusive, for each of `pulse_ids` by the transactions that hand out links to open
/// invitations (reminders) or close pulses, before they read which invitations wait: they then
/// see every answer committed, and no answer to those pulses is stored until they commit. See
/// [`lock_for_answers`].
pub fn lock_against_answers(conn: &mut DbConnection, pulse_ids: &[PulseId]) -> Result<(), AppError> {
    lock_pulses(conn, pulse_ids, LockMode::Exclusive)
}

/// Takes the locks in ascending pulse order, as every caller does, so no two transactions
/// can wait for each other.
fn lock_pulses(conn: &mut DbConnection, pulse_ids: &[PulseId], mode: LockMode) -> Result<(), AppError> {
    let mut keys: Vec<i32> = pulse_ids.iter().map(|&id| (id.0 & 0x7fff_ffff) as i32).collect();
    keys.sort_unstable();
    keys.dedup();
    for key in keys {
        db::advisory_xact_lock(conn, PULSE_LOCK_CLASS, key, mode)?;
    }
    Ok(())
}
