//! Sessions kept in the database (so sign-out and account removal end them everywhere, and
//! several instances share them). The cookie carries a random key; only its SHA-256 is stored.
//! A row is made at sign-in only (anonymous visitors' sessions stay empty, and an empty session
//! is never saved); the scheduler deletes expired ones ([`purge_expired`]).

use std::cell::Cell;
use std::collections::HashMap;

use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError};
use actix_web::body::MessageBody;
use actix_web::cookie::time::Duration;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use rand::distr::{Alphanumeric, SampleString};

use crate::db::schema::sessions;
use crate::db::{self, DbPool};
use crate::domain::tokens::hash_token;
use crate::error::AppError;

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

/// A session is renewed (its expiry written again) at most this often: most signed-in pages
/// then write nothing, and keep working while another writer holds the database.
const RENEW_AFTER_MINUTES: i64 = 5;

tokio::task_local! {
    /// Set when a store call of this request failed because the database was unavailable
    /// (busy, locked, out of connections); read by [`busy_store_as_503`].
    static STORE_UNAVAILABLE: Cell<bool>;
}

async fn run<T: Send + 'static>(
    pool: &DbPool,
    job: impl FnOnce(&mut crate::db::DbConnection) -> Result<T, AppError> + Send + 'static,
) -> Result<T, anyhow::Error> {
    db::run(pool, job).await.map_err(|e| {
        if matches!(e, AppError::Unavailable(_)) {
            // Outside `busy_store_as_503` (a test driving the store) there is nothing to tell.
            let _ = STORE_UNAVAILABLE.try_with(|flag| flag.set(true));
        }
        tracing::warn!(error = %e, "the session store failed");
        anyhow::anyhow!("session store: {e}")
    })
}

/// Wraps the session middleware, which answers any store failure with an empty 500: when the
/// store failed because the database is unavailable, the answer is the same 503 with
/// `Retry-After` and a readable page as every other page gives then.
pub async fn busy_store_as_503(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    STORE_UNAVAILABLE
        .scope(Cell::new(false), async move {
            let result = next.call(req).await;
            match result {
                Err(_) if STORE_UNAVAILABLE.with(Cell::get) => {
                    Err(AppError::Unavailable("the session store could not reach the database".into()).into())
                }
                other => other,
            }
        })
        .await
}

/// Writes the session's new expiry, unless it was renewed less than [`RENEW_AFTER_MINUTES`]
/// ago.
fn renew(conn: &mut crate::db::DbConnection, id: String, expires: NaiveDateTime) -> Result<(), AppError> {
    let current: Option<NaiveDateTime> =
        sessions::table.find(&id).select(sessions::expires_at).first(conn).optional()?;
    if current.is_some_and(|at| at > expires - chrono::Duration::minutes(RENEW_AFTER_MINUTES)) {
        return Ok(());
    }
    diesel::update(sessions::table.find(id)).set(sessions::expires_at.eq(expires)).execute(conn)?;
    Ok(())
}

/// Deletes the sessions that expired by `now`; returns how many.
pub fn purge_expired(conn: &mut crate::db::DbConnection, now: NaiveDateTime) -> Result<usize, AppError> {
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

    /// Best effort: a renewal that fails (logged by `run`) leaves the session valid until its
    /// current expiry, so the page is served all the same.
    async fn update_ttl(&self, key: &SessionKey, ttl: &Duration) -> Result<(), anyhow::Error> {
        let (id, expires) = (hash_token(key.as_ref()), expiry(ttl));
        let _ = run(&self.pool, move |c| renew(c, id, expires)).await;
        Ok(())
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
