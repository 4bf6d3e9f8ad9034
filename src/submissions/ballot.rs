//! What a survey link opens. The link is looked up here once per request; what follows
//! (the form, the writer) carries the invitation id found, never the token again.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Outcome;
use crate::db::DbConnection;
use crate::db::schema::{invitation_tokens, invitations, pulses, teams};
use crate::domain::InvitationId;
use crate::domain::pulses::Pulse;
use crate::domain::survey::{self, Question};
use crate::domain::tokens;
use crate::error::AppError;

/// What a valid link opens: its invitation, the pulse, the team's name and the questions.
#[derive(Debug, Clone)]
pub struct Ballot {
    /// The invitation the link belongs to. It names the person: it stays in memory, is never
    /// logged, and is used only to spend the invitation's links when the answer is stored.
    pub invitation_id: InvitationId,
    /// The pulse answered.
    pub pulse: Pulse,
    /// The team's display name.
    pub team_name: String,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

impl Ballot {
    /// Why this ballot's answer was not stored, for an outcome other than
    /// [`Outcome::Stored`]; `None` when it was stored.
    pub fn refusal(&self, outcome: Outcome) -> Option<AppError> {
        match outcome {
            Outcome::Stored => None,
            Outcome::AnsweredAlready => Some(answered_already()),
            Outcome::Closed => Some(closed(&self.pulse, &self.team_name)),
        }
    }
}

/// The refusal of a link whose invitation has answered (409).
pub fn answered_already() -> AppError {
    AppError::Conflict(
        "This pulse has been answered already with your link. Thank you — each person answers once.".into(),
    )
}

fn closed(pulse: &Pulse, team_name: &str) -> AppError {
    AppError::Gone(format!(
        "The {} pulse for {team_name} closed on {}. Results are on the team page.",
        pulse.period,
        pulse.closes_at.format("%-d %B %Y")
    ))
}

fn unknown() -> AppError {
    AppError::NotFound("This survey link is not known. Please use the latest link from your email.".into())
}

/// Finds what `token` opens, or says plainly why it cannot be answered: unknown (404),
/// answered already (409) or closed (410).
pub fn find_ballot(conn: &mut DbConnection, token: &str, now: NaiveDateTime) -> Result<Ballot, AppError> {
    if !tokens::looks_like_token(token) {
        return Err(unknown());
    }
    let found = invitation_tokens::table
        .inner_join(invitations::table.inner_join(pulses::table.inner_join(teams::table)))
        .filter(invitation_tokens::token_hash.eq(tokens::hash_token(token)))
        .select((invitation_tokens::invitation_id, Pulse::as_select(), teams::name))
        // `load`, not `first`: diesel re-prepares `first()` on this join every time (82 µs a
        // lookup on SQLite, against 6.5 µs from its statement cache). The key is unique.
        .load::<(InvitationId, Pulse, String)>(conn)?
        .into_iter()
        .next();
    // Answering deletes the links (see `participation`): a link of ours that is gone was used.
    let Some((invitation_id, pulse, team_name)) = found else {
        return Err(if tokens::carries_our_check(token) { answered_already() } else { unknown() });
    };
    if !pulse.accepts_answers(now) {
        return Err(closed(&pulse, &team_name));
    }
    let questions = survey::questions_asked(conn, pulse.survey_id, pulse.asks_helped)?;
    Ok(Ballot { invitation_id, pulse, team_name, questions })
}
