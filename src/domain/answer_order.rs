//! Forgetting the order in which a closed pulse was answered (docs/anonymity.md).
//!
//! A pulse opened with sealing keeps its answers sealed until now: they are opened here
//! ([`super::sealed::take_unsealed`]) and written as plaintext for the first time, all in one
//! transaction and in random order. Pulses from before sealing hold plaintext rows, which are
//! rewritten the same way.
//!
//! PostgreSQL lays rows out in the order they were written and stamps each with the
//! transaction that wrote it (`xmin`). While a pulse is open, its responses therefore lie in
//! the order of the answers, and a comment carries the same `xmin` as the scores sent with it.
//! Someone who knows when a person answered (first, last, after the reminder) could use the
//! first; the second ties a comment to its scores. When the pulse closes, its responses, answers
//! and comments are rewritten in one transaction, in random order and under new random ids, so
//! that neither is left. SQLite keeps these tables `WITHOUT ROWID`, ordered by their random
//! keys; the rewrite runs there too, one code path for both.

use std::collections::HashMap;

use diesel::prelude::*;
use rand::seq::SliceRandom;
use uuid::Uuid;

use super::ids::PulseId;
use super::sealed;
use crate::db::DbConnection;
use crate::db::schema::{answers, comments, responses};
use crate::error::AppError;
use crate::sealing::{MasterKey, Plain};

/// Rows per INSERT, well below either backend's limit on bound parameters.
const CHUNK: usize = 2_000;

/// Opens the sealed responses of `pulse_ids` (destroying their keys), and writes them with any
/// plaintext ones as responses (with their answers) and comments in random order under new ids.
/// Call in the closing transaction.
pub fn forget_order(
    conn: &mut DbConnection,
    master: &MasterKey,
    pulse_ids: &[PulseId],
) -> Result<(), AppError> {
    for &pulse_id in pulse_ids {
        let unsealed = sealed::take_unsealed(conn, master, pulse_id)?;
        rewrite_responses(conn, pulse_id, &unsealed)?;
        rewrite_comments(conn, pulse_id, &unsealed)?;
    }
    Ok(())
}

fn rewrite_responses(conn: &mut DbConnection, pulse_id: PulseId, unsealed: &[Plain]) -> Result<(), AppError> {
    let mut responses = load_responses(conn, pulse_id)?;
    responses.extend(unsealed.iter().map(|s| s.answers.clone()));
    if responses.is_empty() {
        return Ok(());
    }
    responses.shuffle(&mut rand::rng());
    // Answers go with their response (ON DELETE CASCADE).
    diesel::delete(responses::table.filter(responses::pulse_id.eq(pulse_id))).execute(conn)?;
    insert_responses(conn, pulse_id, &responses)
}

/// The `(question, value)` answers of each response of the pulse.
fn load_responses(conn: &mut DbConnection, pulse_id: PulseId) -> Result<Vec<Vec<(i64, i32)>>, AppError> {
    let rows: Vec<(String, i64, i32)> = answers::table
        .inner_join(responses::table)
        .filter(responses::pulse_id.eq(pulse_id))
        .select((answers::response_id, answers::question_id, answers::value))
        .load(conn)?;
    let mut by_response: HashMap<String, Vec<(i64, i32)>> = HashMap::new();
    for (response, question, value) in rows {
        by_response.entry(response).or_default().push((question, value));
    }
    // A response without answers (none is written so, but one would be kept) stays a response.
    let ids: Vec<String> =
        responses::table.filter(responses::pulse_id.eq(pulse_id)).select(responses::id).load(conn)?;
    Ok(ids.into_iter().map(|id| by_response.remove(&id).unwrap_or_default()).collect())
}

/// Inserts `responses` in their order under new ids, then all their answers in random order.
fn insert_responses(
    conn: &mut DbConnection,
    pulse_id: PulseId,
    responses: &[Vec<(i64, i32)>],
) -> Result<(), AppError> {
    let new_ids: Vec<String> = responses.iter().map(|_| Uuid::new_v4().to_string()).collect();
    for chunk in new_ids.chunks(CHUNK) {
        let rows: Vec<_> =
            chunk.iter().map(|id| (responses::id.eq(id), responses::pulse_id.eq(pulse_id))).collect();
        let insert = diesel::insert_into(responses::table).values(&rows);
        crate::on_inner!(conn, |c| insert.execute(c)?);
    }
    let mut answer_rows: Vec<(&String, i64, i32)> = new_ids
        .iter()
        .zip(responses)
        .flat_map(|(id, answers)| answers.iter().map(move |(q, v)| (id, *q, *v)))
        .collect();
    answer_rows.shuffle(&mut rand::rng());
    for chunk in answer_rows.chunks(CHUNK) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|(id, q, v)| {
                (answers::response_id.eq(*id), answers::question_id.eq(*q), answers::value.eq(*v))
            })
            .collect();
        let insert = diesel::insert_into(answers::table).values(&rows);
        crate::on_inner!(conn, |c| insert.execute(c)?);
    }
    Ok(())
}

fn rewrite_comments(conn: &mut DbConnection, pulse_id: PulseId, unsealed: &[Plain]) -> Result<(), AppError> {
    let mut bodies: Vec<String> =
        comments::table.filter(comments::pulse_id.eq(pulse_id)).select(comments::body).load(conn)?;
    bodies.extend(unsealed.iter().filter_map(|s| s.comment.clone()));
    if bodies.is_empty() {
        return Ok(());
    }
    bodies.shuffle(&mut rand::rng());
    diesel::delete(comments::table.filter(comments::pulse_id.eq(pulse_id))).execute(conn)?;
    for chunk in bodies.chunks(CHUNK) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|body| {
                (
                    comments::id.eq(Uuid::new_v4().to_string()),
                    comments::pulse_id.eq(pulse_id),
                    comments::body.eq(body),
                )
            })
            .collect();
        let insert = diesel::insert_into(comments::table).values(&rows);
        crate::on_inner!(conn, |c| insert.execute(c)?);
    }
    Ok(())
}
