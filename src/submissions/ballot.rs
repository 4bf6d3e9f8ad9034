//! What a survey link opens. The link is looked up here once per request; what follows
//! (the form, the writer) carries the invitation id found, never the token again.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Outcome;
use crate::db::DbConnection;
use crate::db::schema::{invitation_tokens, invitations, people, pulses, teams};
use crate::domain::InvitationId;
use crate::domain::pulses::Pulse;
use crate::domain::survey::Question;
use crate::domain::tokens;
use crate::error::AppError;
use crate::i18n::{self, Lang, LangChoice};

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
    /// The invited person's language (`people.language`).
    pub language: Lang,
}

/// Why a survey link cannot be answered; [`Refusal::error`] says it in a language.
#[derive(Debug, Clone)]
pub enum Refusal {
    /// Not a link of ours (404).
    Unknown,
    /// Its invitation has answered (409).
    AnsweredAlready,
    /// Its pulse is closed (410).
    Closed {
        /// The pulse's month, `2026-03`.
        period: String,
        /// The team's display name.
        team_name: String,
        /// When it closed.
        closed_at: NaiveDateTime,
        /// The invited person's language.
        language: Lang,
    },
}

impl Refusal {
    /// The language to refuse in: the choice made on the request, the person's when known.
    pub fn language(&self, choice: &LangChoice) -> Lang {
        match self {
            Refusal::Closed { language, .. } => choice.pick(Some(*language)),
            _ => choice.pick(None),
        }
    }

    /// The refusal as an error, its message in `lang`.
    pub fn error(&self, lang: Lang) -> AppError {
        match self {
            Refusal::Unknown => AppError::NotFound(i18n::t(lang, "refusal-unknown", &[])),
            Refusal::AnsweredAlready => AppError::Conflict(i18n::t(lang, "refusal-answered", &[])),
            Refusal::Closed { period, team_name, closed_at, .. } => {
                let closed_on = i18n::format_date(lang, "format-date-full", closed_at.date());
                AppError::Gone(i18n::t(
                    lang,
                    "refusal-closed",
                    &[
                        ("period", period.clone().into()),
                        ("team", team_name.clone().into()),
                        ("closed_on", closed_on.into()),
                    ],
                ))
            }
        }
    }
}

impl Ballot {
    /// Why this ballot's answer was not stored, for an outcome other than
    /// [`Outcome::Stored`]; `None` when it was stored.
    pub fn refused(&self, outcome: Outcome) -> Option<Refusal> {
        match outcome {
            Outcome::Stored => None,
            Outcome::AnsweredAlready => Some(Refusal::AnsweredAlready),
            Outcome::Closed => Some(self.closed()),
        }
    }

    /// [`Ballot::refused`] as an error in the person's language.
    pub fn refusal(&self, outcome: Outcome) -> Option<AppError> {
        self.refused(outcome).map(|r| r.error(self.language))
    }

    fn closed(&self) -> Refusal {
        Refusal::Closed {
            period: self.pulse.period.clone(),
            team_name: self.team_name.clone(),
            closed_at: self.pulse.closes_at,
            language: self.language,
        }
    }
}

/// The refusal of a link whose invitation has answered (409), in English.
pub fn answered_already() -> AppError {
    Refusal::AnsweredAlready.error(Lang::En)
}

/// Finds what `token` opens, or says plainly why it cannot be answered: unknown (404),
/// answered already (409) or closed (410), in the person's language when known.
pub fn find_ballot(conn: &mut DbConnection, token: &str, now: NaiveDateTime) -> Result<Ballot, AppError> {
    open_ballot(conn, token, now)?.map_err(|refusal| refusal.error(refusal.language(&LangChoice::default())))
}

/// What `token` opens, or the [`Refusal`] to show; `Err` only for a database failure.
pub fn open_ballot(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> Result<Result<Ballot, Refusal>, AppError> {
    if !tokens::looks_like_token(token) {
        return Ok(Err(Refusal::Unknown));
    }
    let found = invitation_tokens::table
        .inner_join(
            invitations::table.inner_join(pulses::table.inner_join(teams::table)).inner_join(people::table),
        )
        .filter(invitation_tokens::token_hash.eq(tokens::hash_token(token)))
        .select((invitation_tokens::invitation_id, Pulse::as_select(), teams::name, people::language))
        // `load`, not `first`: diesel re-prepares `first()` on this join every time (82 µs a
        // lookup on SQLite, against 6.5 µs from its statement cache). The key is unique.
        .load::<(InvitationId, Pulse, String, String)>(conn)?
        .into_iter()
        .next();
    // Answering deletes the links (see `participation`): a link of ours that is gone was used.
    let Some((invitation_id, pulse, team_name, language)) = found else {
        return Ok(Err(if tokens::carries_our_check(token) {
            Refusal::AnsweredAlready
        } else {
            Refusal::Unknown
        }));
    };
    let language = Lang::parse(&language).unwrap_or_default();
    let ballot = Ballot { invitation_id, pulse, team_name, questions: Vec::new(), language };
    if !ballot.pulse.accepts_answers(now) {
        return Ok(Err(ballot.closed()));
    }
    let questions = crate::domain::pulses::questions_of(conn, &ballot.pulse)?;
    Ok(Ok(Ballot { questions, ..ballot }))
}
