//! Who has answered a pulse, kept so that no row written when someone answers points at them
//! (DESIGN §1).
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

use crate::db::DbConnection;
use crate::db::schema::{invitation_tokens, invitations};
use crate::error::AppError;

/// True for invitations that still hold a link: their person has not answered.
#[diesel::dsl::auto_type]
pub fn waiting() -> _ {
    exists(invitation_tokens::table.filter(invitation_tokens::invitation_id.eq(invitations::id)))
}

/// Invitations of `pulse_id` that were answered (their links are spent).
pub fn answered_count(conn: &mut DbConnection, pulse_id: i64) -> Result<i64, AppError> {
    Ok(invitations::table
        .filter(invitations::pulse_id.eq(pulse_id))
        .filter(not(waiting()))
        .count()
        .get_result(conn)?)
}

/// Spends every link of `invitation_id` (the person has answered); returns how many there
/// were, 0 when they were spent already. Call in the transaction that stores the answer.
pub fn spend_links(conn: &mut DbConnection, invitation_id: i64) -> Result<usize, AppError> {
    Ok(diesel::delete(invitation_tokens::table.filter(invitation_tokens::invitation_id.eq(invitation_id)))
        .execute(conn)?)
}

/// Sets `responded` on every answered invitation of the closing pulses, all in one statement,
/// so the flag carries the moment of closing and no order. Call in the closing transaction.
pub fn record_at_close(conn: &mut DbConnection, pulse_ids: &[i64]) -> Result<usize, AppError> {
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
