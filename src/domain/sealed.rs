//! Sealed answers in the database (docs/anonymity.md, "Sealed while open"; the cryptography
//! is in [`crate::sealing`]).
//!
//! Opening a pulse makes its random key and stores it wrapped by the master key
//! ([`create_pulse_key`], in the opening transaction). Each answer is stored as one sealed row
//! of fixed length ([`store_sealed`], in the submission's transaction), so the rows written
//! when someone answers — which the WAL, dead rows and backups keep — hold nothing readable
//! without the master key. Closing opens them ([`take_unsealed`], in the closing transaction;
//! the caller writes them as plaintext in random order) and deletes the sealed rows and the
//! wrapped key, so that no copy of them can ever be read again. After that transaction
//! commits, [`scrub_after_close`] empties SQLite's WAL (deleted content is zeroed:
//! `secure_delete`) or VACUUMs PostgreSQL's tables.

use chrono::Utc;
use diesel::prelude::*;
use uuid::Uuid;

use super::ids::PulseId;
use crate::db::DbConnection;
use crate::db::schema::{answer_key, pulse_keys, sealed_responses};
use crate::error::AppError;
use crate::sealing::{KeySource, MasterKey, Plain, PulseKey, SealError};

fn sealing_failed(e: SealError) -> AppError {
    AppError::unexpected("sealed answers", e)
}

/// Makes `pulse_id`'s key and stores it wrapped. Refuses when this instance's master key is not
/// the one the database knows (instances sharing a database must share the key). Call in the
/// transaction that opens the pulse.
pub fn create_pulse_key(
    conn: &mut DbConnection,
    master: &MasterKey,
    pulse_id: PulseId,
) -> Result<(), AppError> {
    let known: Option<String> = answer_key::table.select(answer_key::fingerprint).first(conn).optional()?;
    if known.as_deref() != Some(master.fingerprint().as_str()) {
        return Err(AppError::Unavailable(
            "this instance's answer key is not the database's: every instance must use the same key \
             (docs/anonymity.md); restart it with the key the others use"
                .into(),
        ));
    }
    let key = PulseKey::generate().map_err(sealing_failed)?;
    let wrapped = master.wrap(pulse_id.0, &key).map_err(sealing_failed)?;
    diesel::insert_into(pulse_keys::table)
        .values((pulse_keys::pulse_id.eq(pulse_id), pulse_keys::wrapped.eq(wrapped)))
        .execute(conn)?;
    Ok(())
}

/// The key of `pulse_id`, or `None` for a pulse that keeps plaintext (opened before sealing
/// existed, or closed: its key is destroyed).
pub fn pulse_key(
    conn: &mut DbConnection,
    master: &MasterKey,
    pulse_id: PulseId,
) -> Result<Option<PulseKey>, AppError> {
    let wrapped: Option<Vec<u8>> =
        pulse_keys::table.find(pulse_id).select(pulse_keys::wrapped).load(conn)?.into_iter().next();
    wrapped.map(|w| master.unwrap_key(pulse_id.0, &w).map_err(sealing_failed)).transpose()
}

/// Stores one response of `pulse_id` sealed under its key, with a random id. Call in the
/// submission's transaction, after its links were spent.
pub fn store_sealed(
    conn: &mut DbConnection,
    key: &PulseKey,
    pulse_id: PulseId,
    plain: &Plain,
) -> Result<(), AppError> {
    let sealed = key.seal(pulse_id.0, plain).map_err(sealing_failed)?;
    diesel::insert_into(sealed_responses::table)
        .values((
            sealed_responses::id.eq(Uuid::new_v4().to_string()),
            sealed_responses::pulse_id.eq(pulse_id),
            sealed_responses::sealed.eq(sealed),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sealed responses opened at a time: bounds the memory of a close to a few megabytes of
/// ciphertext, whatever the pulse's size (the plaintext kept is small).
const OPEN_CHUNK: usize = 1000;

/// Opens every sealed response of `pulse_id`, then deletes them and the pulse's key: returns
/// the responses, for the caller to write as plaintext in random order. Call in the closing
/// transaction.
pub fn take_unsealed(
    conn: &mut DbConnection,
    master: &MasterKey,
    pulse_id: PulseId,
) -> Result<Vec<Plain>, AppError> {
    let ids: Vec<String> = sealed_responses::table
        .filter(sealed_responses::pulse_id.eq(pulse_id))
        .select(sealed_responses::id)
        .load(conn)?;
    let key = pulse_key(conn, master, pulse_id)?;
    let mut opened = Vec::with_capacity(ids.len());
    match (key, ids.is_empty()) {
        (Some(key), _) => {
            for chunk in ids.chunks(OPEN_CHUNK) {
                let sealed: Vec<Vec<u8>> = sealed_responses::table
                    .filter(sealed_responses::id.eq_any(chunk))
                    .select(sealed_responses::sealed)
                    .load(conn)?;
                for s in &sealed {
                    opened.push(key.open(pulse_id.0, s).map_err(sealing_failed)?);
                }
            }
        }
        (None, true) => {}
        (None, false) => {
            return Err(AppError::broken(format!("pulse {pulse_id} has sealed answers but no key")));
        }
    }
    diesel::delete(sealed_responses::table.filter(sealed_responses::pulse_id.eq(pulse_id))).execute(conn)?;
    diesel::delete(pulse_keys::table.find(pulse_id)).execute(conn)?;
    Ok(opened)
}

/// The master key for this database, at start-up: the one `source` holds, or a new key file
/// when there is none yet. Refuses to start (naming the file) when the key is missing or is not
/// the one the database's open pulses were sealed with, since their answers could never be read;
/// with no sealed answers, a new key replaces the old. Runs its own write transaction.
pub fn adopt_master_key(conn: &mut DbConnection, source: &KeySource) -> Result<MasterKey, AppError> {
    let startup = |e: crate::sealing::master_key::MasterKeyError| AppError::Startup(e.to_string());
    let loaded = MasterKey::load(source).map_err(startup)?;
    crate::db::write(conn, |conn| {
        let known: Option<String> =
            answer_key::table.select(answer_key::fingerprint).first(conn).optional()?;
        let sealed_pulses: i64 = pulse_keys::table.count().get_result(conn)?;
        let key = match loaded {
            Some(key) => key,
            None if sealed_pulses > 0 => return Err(missing_key(source, sealed_pulses, known.as_deref())),
            None => MasterKey::create_file(source).map_err(startup)?,
        };
        let fingerprint = key.fingerprint();
        if known.as_deref() == Some(fingerprint.as_str()) {
            return Ok(key);
        }
        if sealed_pulses > 0 {
            return Err(AppError::Startup(format!(
                "{} is not the answer key that {sealed_pulses} open pulse(s) of this database were sealed with \
                 (database: {}, this key: {fingerprint}): start Candor with that key (docs/anonymity.md)",
                source.describe(),
                known.as_deref().unwrap_or("none"),
            )));
        }
        if known.is_some() {
            tracing::warn!(%fingerprint, "a new answer key replaces the old one; no open pulse held answers sealed with it");
        }
        diesel::delete(answer_key::table).execute(conn)?;
        diesel::insert_into(answer_key::table)
            .values((
                answer_key::fingerprint.eq(&fingerprint),
                answer_key::created_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        Ok(key)
    })
}

fn missing_key(source: &KeySource, sealed_pulses: i64, known: Option<&str>) -> AppError {
    AppError::Startup(format!(
        "{} is missing, but {sealed_pulses} open pulse(s) hold answers sealed with the key it held \
         (fingerprint {}). Restore it from your backup (docs/anonymity.md, \"Backing up the answer key\"); \
         Candor does not start with a new key, which could never read those answers.",
        source.describe(),
        known.unwrap_or("unknown"),
    ))
}

/// After a closing transaction committed: removes what remains of the sealed rows and spent
/// links from the database files. SQLite zeroes deleted content (`secure_delete`) and a
/// `TRUNCATE` checkpoint then empties the WAL, whose older frames held the ciphertexts and the
/// wrapped key; PostgreSQL VACUUMs the tables touched. Returns false when SQLite could not
/// finish the checkpoint (readers held it back); the next close, or a restart, tries again.
/// Call outside any transaction.
pub fn scrub_after_close(conn: &mut DbConnection) -> Result<bool, AppError> {
    #[derive(QueryableByName)]
    struct Checkpoint {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        busy: i32,
    }
    match conn {
        DbConnection::Sqlite(c) => {
            let rows: Vec<Checkpoint> = diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)").load(c)?;
            let done = rows.first().is_some_and(|r| r.busy == 0);
            if !done {
                tracing::warn!(
                    "the WAL could not be emptied after closing a pulse (readers); trying again later"
                );
            }
            Ok(done)
        }
        DbConnection::Postgresql(c) => {
            diesel::sql_query(
                "VACUUM invitation_tokens, sealed_responses, pulse_keys, invitations, responses, answers, comments",
            )
            .execute(c)?;
            Ok(true)
        }
    }
}
