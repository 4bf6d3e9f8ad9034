//! What an answer is: the form checked against the questions, and the plaintext rows of a
//! response for pulses that are not sealed. Storing answers while a pulse is open is
//! [`crate::submissions`]'s work (docs/anonymity.md).

use std::collections::{BTreeMap, HashSet};

use diesel::prelude::*;
use fluent_bundle::FluentValue;
use uuid::Uuid;

use super::ids::PulseId;
use super::survey::Question;
use crate::db::DbConnection;
use crate::db::schema::{answers, comments, responses};
use crate::error::AppError;
use crate::i18n::{self, Arg, Lang};

/// Longest comment accepted, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;

// The longest accepted comment fits a sealed frame (4 bytes a character at most in UTF-8).
const _: () = assert!(MAX_COMMENT_CHARS * 4 <= crate::sealing::payload::MAX_COMMENT_BYTES);

/// A validated submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// (question id, value) for every answered scored question.
    pub answers: Vec<(i64, i32)>,
    /// The comment, if one was written.
    pub comment: Option<String>,
}

/// What is wrong with one field: a message id of `locales/` and its arguments, so the page
/// says it in its own language ([`FieldError::message`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// The message id, e.g. `error-choose-answer`.
    pub id: &'static str,
    /// The message's arguments.
    pub args: Vec<Arg<'static>>,
}

impl FieldError {
    fn new(id: &'static str) -> Self {
        FieldError { id, args: Vec::new() }
    }

    fn with(mut self, name: &'static str, value: impl Into<FluentValue<'static>>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The error in `lang`'s words.
    pub fn message(&self, lang: Lang) -> String {
        i18n::t(lang, self.id, &self.args)
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Field key to what is wrong with it, for showing each error beside its field.
pub type FieldErrors = BTreeMap<String, FieldError>;

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
                FieldError::new("error-unknown-field").with("field", truncate(key, 40)),
            );
        } else if !seen.insert(key.as_str()) {
            errors.insert(key.clone(), FieldError::new("error-answered-twice"));
        }
    }
    let value_of =
        |key: &str| form.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim()).filter(|v| !v.is_empty());
    let mut submission = Submission { answers: Vec::new(), comment: None };
    for q in questions {
        let raw = value_of(&q.key);
        match (q.range(), raw) {
            (_, None) if q.required => {
                errors.insert(q.key.clone(), FieldError::new("error-choose-answer"));
            }
            (_, None) => {}
            (Some(range), Some(v)) => match v.parse::<i32>() {
                Ok(n) if range.contains(&n) => submission.answers.push((q.id, n)),
                _ => {
                    let error = FieldError::new("error-out-of-range")
                        .with("low", *range.start())
                        .with("high", *range.end());
                    errors.insert(q.key.clone(), error);
                }
            },
            (None, Some(text)) if text.chars().count() > MAX_COMMENT_CHARS => {
                let error = FieldError::new("error-comment-too-long")
                    .with("max", MAX_COMMENT_CHARS)
                    .with("count", text.chars().count());
                errors.insert(q.key.clone(), error);
            }
            (None, Some(text)) if text.contains('\0') => {
                // PostgreSQL text cannot hold NUL; no keyboard types it.
                errors.insert(q.key.clone(), FieldError::new("error-comment-nul"));
            }
            (None, Some(text)) => submission.comment = Some(text.to_string()),
        }
    }
    if errors.is_empty() { Ok(submission) } else { Err(errors) }
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// Inserts one anonymous response in plaintext (random id, the pulse only), its answers and
/// its comment (random id of its own): for closed pulses only (imported history), and for
/// pulses opened before sealing. Call inside [`crate::db::write`].
pub fn insert_response(
    conn: &mut DbConnection,
    pulse_id: PulseId,
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
