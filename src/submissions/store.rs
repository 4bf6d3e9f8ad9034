//! The one writer of answers. Every answer, whether it comes through the group commit, the
//! demo or a test, is stored by [`store_all`], so the rules below hold for each of them.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Ballot;
use crate::db::schema::pulses;
use crate::db::{self, DbConnection};
use crate::domain::pulses::Pulse;
use crate::domain::responses::{self, Submission};
use crate::domain::{InvitationId, PulseId};
use crate::domain::{participation, sealed};
use crate::error::AppError;
use crate::sealing::{MasterKey, Plain, PulseKey};

/// A validated submission on its way to the database. No `Debug`: it holds the answers and the
/// invitation they came from, and must never reach a log line.
#[derive(Clone)]
pub struct Pending {
    /// The invitation whose links the answer spends (from [`Ballot::invitation_id`]).
    pub invitation_id: InvitationId,
    /// The pulse answered.
    pub pulse_id: PulseId,
    /// The answers and the comment.
    pub submission: Submission,
    /// When it was sent: the pulse must still take answers at this time.
    pub now: NaiveDateTime,
}

impl Pending {
    /// The submission `submission` for what `ballot` opens, sent at `now`.
    pub fn new(ballot: &Ballot, submission: Submission, now: NaiveDateTime) -> Self {
        Self { invitation_id: ballot.invitation_id, pulse_id: ballot.pulse.id, submission, now }
    }
}

/// What became of one submission. Only `Stored` wrote anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The invitation's links are spent and the answer is stored (sealed while the pulse is open).
    Stored,
    /// The invitation had no link left: it was answered meanwhile (another tab, a double click).
    AnsweredAlready,
    /// The pulse no longer takes answers: it closed, or was removed, before this transaction.
    Closed,
}

/// Stores a batch in one write transaction of its own ([`db::write`]) and says what became of
/// each submission, in order. A database failure rolls the whole batch back and is returned,
/// so no link is ever left spent without its answer.
pub fn store_batch(
    conn: &mut DbConnection,
    master: &MasterKey,
    batch: &[Pending],
) -> Result<Vec<Outcome>, AppError> {
    db::write(conn, |conn| store_all(conn, master, batch))
}

/// Stores every submission of `batch` in the caller's write transaction. Each pulse is locked
/// against closing and read once; then for each submission: refused as [`Outcome::Closed`] if
/// its pulse no longer takes answers, else its invitation's links are spent (deleted, so
/// nothing written now points at the person; see [`participation`]) and, if there were any,
/// the answer is stored sealed under the pulse's key ([`sealed`]) under a random id with the
/// pulse only. A refused submission writes nothing, so it needs no savepoint.
pub fn store_all(
    conn: &mut DbConnection,
    master: &MasterKey,
    batch: &[Pending],
) -> Result<Vec<Outcome>, AppError> {
    let pulse_ids: Vec<PulseId> = batch.iter().map(|p| p.pulse_id).collect();
    participation::lock_for_answers(conn, &pulse_ids)?;
    let mut targets: HashMap<PulseId, Target> = HashMap::new();
    let mut outcomes = Vec::with_capacity(batch.len());
    for pending in batch {
        let target = match targets.entry(pending.pulse_id) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(Target::read(conn, master, pending.pulse_id)?)
            }
        };
        outcomes.push(store_one(conn, target, pending)?);
    }
    Ok(outcomes)
}

/// A pulse as this transaction sees it, and its key (`None` for a pulse from before sealing).
struct Target {
    pulse: Option<Pulse>,
    key: Option<PulseKey>,
}

impl Target {
    fn read(conn: &mut DbConnection, master: &MasterKey, pulse_id: PulseId) -> Result<Self, AppError> {
        let pulse = pulses::table.find(pulse_id).select(Pulse::as_select()).load(conn)?.into_iter().next();
        Ok(Self { pulse, key: sealed::pulse_key(conn, master, pulse_id)? })
    }
}

fn store_one(conn: &mut DbConnection, target: &Target, pending: &Pending) -> Result<Outcome, AppError> {
    if !target.pulse.as_ref().is_some_and(|p| p.accepts_answers(pending.now)) {
        return Ok(Outcome::Closed);
    }
    if participation::spend_links(conn, pending.invitation_id)? == 0 {
        return Ok(Outcome::AnsweredAlready);
    }
    let Pending { pulse_id, submission, .. } = pending;
    match &target.key {
        Some(key) => {
            let plain = Plain { answers: submission.answers.clone(), comment: submission.comment.clone() };
            sealed::store_sealed(conn, key, *pulse_id, &plain)?
        }
        None => responses::insert_response(conn, *pulse_id, submission)?,
    }
    Ok(Outcome::Stored)
}
