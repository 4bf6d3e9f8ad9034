//! Sessions kept in the database (so sign-out and account removal end them everywhere, and
//! several instances share them). The cookie carries a random key; only its SHA-256 is stored.
//! A row is made at sign-in only (anonymous visitors' sessions stay empty, and an empty session
//! is never saved); the scheduler deletes expired ones ([`purge_expired`]).

use std::collections::HashMap;

use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError};
use actix_web::cookie::time::Duration;
use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use rand::distr::{Alphanumeric, SampleString};

use crate::db::schema::sessions;
use crate::db::{self, DbPool};
use crate::domain::tokens::hash_token;

/// The session key under which the signed-in user's id is kept.
pub const USER_ID: &str = "user_id";

/// A [`SessionStore`] over the `sessions` table.
#[derive(Clone)]
pub struct DbSessionStore {
    pool: DbPool,
}

impl DbSessionStore {
    /// A store on this pool.
    pub fn new(pool: DbPool) -> Self {
        Self { pool }
    }
}

type State = HashMap<String, String>;

fn expiry(ttl: &Duration) -> NaiveDateTime {
    Utc::now().naive_utc() + chrono::Duration::seconds(ttl.whole_seconds())
}

fn user_of(state: &State) -> Option<i64> {
    state.get(USER_ID).and_then(|v| serde_json::from_str::<i64>(v).ok())
}

fn new_key() -> Result<SessionKey, anyhow::Error> {
    SessionKey::try_from(Alphanumeric.sample_string(&mut rand::rng(), 64)).map_err(anyhow::Error::new)
}

async fn run<T: Send + 'static>(
    pool: &DbPool,
    job: impl FnOnce(&mut crate::db::DbConnection) -> Result<T, crate::error::AppError> + Send + 'static,
) -> Result<T, anyhow::Error> {
    db::run(pool, job).await.map_err(|e| anyhow::anyhow!("session store: {e}"))
}

/// Deletes the sessions that expired by `now`; returns how many.
pub fn purge_expired(
    conn: &mut crate::db::DbConnection,
    now: NaiveDateTime,
) -> Result<usize, crate::error::AppError> {
    Ok(diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)?)
}

impl SessionStore for DbSessionStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<State>, LoadError> {
        let id = hash_token(key.as_ref());
        let data: Option<String> = run(&self.pool, move |c| {
            Ok(sessions::table
                .filter(sessions::id_hash.eq(id).and(sessions::expires_at.gt(Utc::now().naive_utc())))
                .select(sessions::data)
                .first(c)
                .optional()?)
        })
        .await
        .map_err(LoadError::Other)?;
        data.map(|d| serde_json::from_str(&d).map_err(|e| LoadError::Deserialization(e.into()))).transpose()
    }

    async fn save(&self, state: State, ttl: &Duration) -> Result<SessionKey, SaveError> {
        let key = new_key().map_err(SaveError::Other)?;
        let data = serde_json::to_string(&state).map_err(|e| SaveError::Serialization(e.into()))?;
        let (id, user, expires) = (hash_token(key.as_ref()), user_of(&state), expiry(ttl));
        run(&self.pool, move |c| {
            diesel::insert_into(sessions::table)
                .values((
                    sessions::id_hash.eq(id),
                    sessions::user_id.eq(user),
                    sessions::data.eq(data),
                    sessions::expires_at.eq(expires),
                ))
                .execute(c)?;
            Ok(())
        })
        .await
        .map_err(SaveError::Other)?;
        Ok(key)
    }

    async fn update(&self, key: SessionKey, state: State, ttl: &Duration) -> Result<SessionKey, UpdateError> {
        let data = serde_json::to_string(&state).map_err(|e| UpdateError::Serialization(e.into()))?;
        let (id, user, expires) = (hash_token(key.as_ref()), user_of(&state), expiry(ttl));
        let updated = run(&self.pool, move |c| {
            Ok(diesel::update(sessions::table.find(id))
                .set((sessions::data.eq(data), sessions::user_id.eq(user), sessions::expires_at.eq(expires)))
                .execute(c)?)
        })
        .await
        .map_err(UpdateError::Other)?;
        if updated == 1 {
            Ok(key)
        } else {
            self.save(state, ttl).await.map_err(|e| UpdateError::Other(anyhow::anyhow!("{e}")))
        }
    }

    async fn update_ttl(&self, key: &SessionKey, ttl: &Duration) -> Result<(), anyhow::Error> {
        let (id, expires) = (hash_token(key.as_ref()), expiry(ttl));
        run(&self.pool, move |c| {
            diesel::update(sessions::table.find(id)).set(sessions::expires_at.eq(expires)).execute(c)?;
            Ok(())
        })
        .await
    }

    async fn delete(&self, key: &SessionKey) -> Result<(), anyhow::Error> {
        let id = hash_token(key.as_ref());
        run(&self.pool, move |c| {
            diesel::delete(sessions::table.find(id)).execute(c)?;
            Ok(())
        })
        .await
    }
}
