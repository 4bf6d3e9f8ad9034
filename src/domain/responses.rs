//! Answering a pulse: finding the ballot behind a token, validating a submission, and storing
//! it so that nothing links it to the person (docs/anonymity.md).

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use uuid::Uuid;

use super::pulses::Pulse;
use super::survey::{self, Question};
use super::tokens;
use super::{participation, sealed};
use crate::db::DbConnection;
use crate::db::schema::{answers, comments, invitation_tokens, invitations, pulses, responses, teams};
use crate::error::AppError;
use crate::sealing::{MasterKey, Plain, PulseKey};

/// Longest comment accepted, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;

// The longest accepted comment fits a sealed frame (4 bytes a character at most in UTF-8).
const _: () = assert!(MAX_COMMENT_CHARS * 4 <= crate::sealing::payload::MAX_COMMENT_BYTES);

/// What a valid token opens: the pulse, its team's name and the questions.
#[derive(Debug, Clone)]
pub struct Ballot {
    /// The pulse answered.
    pub pulse: Pulse,
    /// The team's display name.
    pub team_name: String,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

fn answered_already() -> AppError {
    AppError::Conflict(
        "This pulse has been answered already with your link. Thank you — each person answers once.".into(),
    )
}

/// Finds what `token` opens, or says plainly why it cannot be answered: unknown (404),
/// answered already (409) or closed (410).
pub fn find_ballot(conn: &mut DbConnection, token: &str, now: NaiveDateTime) -> Result<Ballot, AppError> {
    let unknown = || {
        AppError::NotFound(
            "This survey link is not known. Please use the latest link from your email.".into(),
        )
    };
    if !tokens::looks_like_token(token) {
        return Err(unknown());
    }
    let found = invitation_tokens::table
        .inner_join(invitations::table.inner_join(pulses::table.inner_join(teams::table)))
        .filter(invitation_tokens::token_hash.eq(tokens::hash_token(token)))
        .select((Pulse::as_select(), teams::name))
        // `load`, not `first`: diesel re-prepares `first()` on this join every time (82 µs a
        // lookup on SQLite, against 6.5 µs from its statement cache). The key is unique.
        .load::<(Pulse, String)>(conn)?
        .into_iter()
        .next();
    // Answering deletes the links (see `participation`): a link of ours that is gone was used.
    let Some((pulse, team_name)) = found else {
        return Err(if tokens::carries_our_check(token) { answered_already() } else { unknown() });
    };
    if !pulse.accepts_answers(now) {
        return Err(AppError::Gone(format!(
            "The {} pulse for {team_name} closed on {}. Results are on the team page.",
            pulse.period,
            pulse.closes_at.format("%-d %B %Y")
        )));
    }
    let questions = survey::load_questions(conn, pulse.survey_id)?
        .into_iter()
        .filter(|q| q.key != survey::CHANGES_HELPED || pulse.asks_helped)
        .collect();
    Ok(Ballot { pulse, team_name, questions })
}

/// A validated submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// (question id, value) for every answered scored question.
    pub answers: Vec<(i64, i32)>,
    /// The comment, if one was written.
    pub comment: Option<String>,
}

/// Field key to message, for showing each error beside its field.
pub type FieldErrors = BTreeMap<String, String>;

/// Checks every field: unknown or repeated fields, values out of range, missing required
/// answers and oversized comments are all reported together.
pub fn parse_submission(
    questions: &[Question],
    form: &[(String, String)],
) -> Result<Submission, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut seen = HashSet::new();
    for (key, _) in form {
        if !questions.iter().any(|q| &q.key == key) {
            errors.insert(
                "form".into(),
                format!("The form had a field this survey does not ask ('{}').", truncate(key, 40)),
            );
        } else if !seen.insert(key.as_str()) {
            errors.insert(key.clone(), "This question was answered twice; choose one answer.".into());
        }
    }
    let value_of =
        |key: &str| form.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim()).filter(|v| !v.is_empty());
    let mut submission = Submission { answers: Vec::new(), comment: None };
    for q in questions {
        let raw = value_of(&q.key);
        match (q.kind.range(), raw) {
            (_, None) if q.required => {
                errors.insert(q.key.clone(), "Please choose an answer.".into());
            }
            (_, None) => {}
            (Some(range), Some(v)) => match v.parse::<i32>() {
                Ok(n) if range.contains(&n) => submission.answers.push((q.id, n)),
                _ => {
                    errors.insert(
                        q.key.clone(),
                        format!("Choose one of the answers ({} to {}).", range.start(), range.end()),
                    );
                }
            },
            (None, Some(text)) if text.chars().count() > MAX_COMMENT_CHARS => {
                errors.insert(
                    q.key.clone(),
                    format!(
                        "Please keep the comment under {MAX_COMMENT_CHARS} characters (it has {}).",
                        text.chars().count()
                    ),
                );
            }
            (None, Some(text)) if text.contains('\0') => {
                // PostgreSQL text cannot hold NUL; no keyboard types it.
                errors
                    .insert(q.key.clone(), "The comment contains a NUL character; please remove it.".into());
            }
            (None, Some(text)) => submission.comment = Some(text.to_string()),
        }
    }
    if errors.is_empty() { Ok(submission) } else { Err(errors) }
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// Stores a submission: looks up what the token opens, then [`store_if_open`]. Call inside
/// [`crate::db::write`].
pub fn store_submission(
    conn: &mut DbConnection,
    master: &MasterKey,
    token: &str,
    submission: &Submission,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let ballot = find_ballot(conn, token, now)?;
    participation::lock_for_answers(conn, &[ballot.pulse.id])?;
    let open = ballot.pulse.accepts_answers(now);
    let key = sealed::pulse_key(conn, master, ballot.pulse.id)?;
    let target = Target { pulse_id: ballot.pulse.id, open, key: key.as_ref() };
    store_if_open(conn, token, &target, submission, now)?
}

/// Where a submission goes: its pulse, whether that pulse takes answers now (read in this
/// transaction), and the pulse's key to seal it with (`None` for a pulse from before sealing).
pub struct Target<'k> {
    /// The pulse answered.
    pub pulse_id: i64,
    /// Open and before its closing time.
    pub open: bool,
    /// The pulse key.
    pub key: Option<&'k PulseKey>,
}

/// The pulse `pulse_id` as it is now in this transaction, if it exists.
pub fn current_pulse(conn: &mut DbConnection, pulse_id: i64) -> Result<Option<Pulse>, AppError> {
    Ok(pulses::table.find(pulse_id).select(Pulse::as_select()).load(conn)?.into_iter().next())
}

/// Stores a submission for the token's invitation in the target pulse (as found by
/// [`find_ballot`]): spends the invitation's links (deletes them, so nothing written now points
/// at the person; see [`participation`]), then stores the response sealed under the pulse's key
/// (see [`sealed`]), under a random id with the pulse only. Call inside [`crate::db::write`].
///
/// `Ok(Err(refusal))`: nothing was written, and the refusal says why (answered already, closed,
/// unknown). `Err(failure)`: the database failed, perhaps after writing began, so the caller
/// must roll the transaction back.
pub fn store_if_open(
    conn: &mut DbConnection,
    token: &str,
    target: &Target<'_>,
    submission: &Submission,
    now: NaiveDateTime,
) -> Result<Result<(), AppError>, AppError> {
    let Target { pulse_id, open: pulse_open, key } = *target;
    let invitation: Option<i64> = invitation_tokens::table
        .inner_join(invitations::table)
        .filter(invitation_tokens::token_hash.eq(tokens::hash_token(token)))
        .filter(invitations::pulse_id.eq(pulse_id))
        .select(invitation_tokens::invitation_id)
        .load::<i64>(conn)?
        .into_iter()
        .next();
    let spent = match invitation {
        Some(id) if pulse_open => participation::spend_links(conn, id)?,
        _ => 0,
    };
    if spent == 0 {
        // Say why: answered meanwhile (409), closed meanwhile (410) or not this pulse's.
        let why = match find_ballot(conn, token, now) {
            Err(refusal) => refusal,
            Ok(_) => answered_already(),
        };
        return Ok(Err(why));
    }
    match key {
        Some(key) => {
            let plain = Plain { answers: submission.answers.clone(), comment: submission.comment.clone() };
            sealed::store_sealed(conn, key, pulse_id, &plain)?
        }
        None => insert_response(conn, pulse_id, submission)?,
    }
    Ok(Ok(()))
}

/// Inserts one anonymous response in plaintext (random id, the pulse only), its answers and
/// its comment (random id of its own): for closed pulses only (imported history), and for
/// pulses opened before sealing. Call inside [`crate::db::write`].
pub fn insert_response(
    conn: &mut DbConnection,
    pulse_id: i64,
    submission: &Submission,
) -> Result<(), AppError> {
    let response_id = Uuid::new_v4().to_string();
    diesel::insert_into(responses::table)
        .values((responses::id.eq(&response_id), responses::pulse_id.eq(pulse_id)))
        .execute(conn)?;
    let rows: Vec<_> = submission
        .answers
        .iter()
        .map(|(question, value)| {
            (
                answers::response_id.eq(&response_id),
                answers::question_id.eq(*question),
                answers::value.eq(*value),
            )
        })
        .collect();
    let insert = diesel::insert_into(answers::table).values(&rows);
    crate::on_inner!(conn, |c| insert.execute(c)?);
    if let Some(text) = &submission.comment {
        diesel::insert_into(comments::table)
            .values((
                comments::id.eq(Uuid::new_v4().to_string()),
                comments::pulse_id.eq(pulse_id),
                comments::body.eq(text),
            ))
            .execute(conn)?;
    }
    Ok(())
}
