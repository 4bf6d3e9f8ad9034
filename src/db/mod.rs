//! The database layer: one pool over SQLite or PostgreSQL, one door from async code
//! ([`run`]), write transactions ([`write`]), migrations and the schema.

mod connection;
pub mod migrate;
mod pool;
pub mod schema;
mod url;

use std::fmt;

use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::{Connection, RunQueryDsl};

pub use connection::{DbConnection, MultiBackend};
pub use pool::{ConnectError, ConnectionManager, DbPool, PoolOptions, PooledConnection, build_pool};
pub use url::{DatabaseUrl, DatabaseUrlError, redact};

use crate::error::AppError;

/// The two supported backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite (bundled).
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        })
    }
}

/// The one door from async code to the database: checks out a connection and runs `job`
/// on the blocking thread pool.
pub async fn run<T, F>(pool: &DbPool, job: F) -> Result<T, AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().map_err(AppError::from)?;
        job(&mut conn)
    })
    .await
    .map_err(|e| AppError::unexpected("database task failed", e))?
}

/// Runs `job` in a write transaction: `BEGIN IMMEDIATE` on SQLite (so the write lock is
/// taken up front and `busy_timeout` applies), an ordinary transaction on PostgreSQL.
/// Commits when `job` returns `Ok`, rolls back otherwise.
pub fn write<T, E, F>(conn: &mut DbConnection, job: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    let DbConnection::Sqlite(inner) = conn else {
        return conn.transaction(job);
    };
    AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
    type Manager = <DbConnection as Connection>::TransactionManager;
    match job(conn) {
        Ok(value) => {
            Manager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(job_error) => match Manager::rollback_transaction(conn) {
            Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(job_error),
            Err(rollback_error) => Err(rollback_error.into()),
        },
    }
}

/// How a transaction-scoped advisory lock is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockMode {
    /// Alongside other shared holders; waits for an exclusive one.
    Shared,
    /// Alone.
    Exclusive,
}

/// Takes the PostgreSQL advisory lock `(class, key)` until the transaction ends, waiting for
/// it; it leaves no trace in any row. Does nothing on SQLite, where a write transaction
/// (`BEGIN IMMEDIATE`) already excludes every other writer. Call inside [`write`].
pub fn advisory_xact_lock(
    conn: &mut DbConnection,
    class: i32,
    key: i32,
    mode: LockMode,
) -> Result<(), AppError> {
    if let DbConnection::Postgresql(pg) = conn {
        let sql = match mode {
            LockMode::Shared => "SELECT pg_advisory_xact_lock_shared($1, $2)",
            LockMode::Exclusive => "SELECT pg_advisory_xact_lock($1, $2)",
        };
        diesel::sql_query(sql)
            .bind::<diesel::sql_types::Integer, _>(class)
            .bind::<diesel::sql_types::Integer, _>(key)
            .execute(pg)?;
    }
    Ok(())
}

/// Opens the pool for `url` and applies pending migrations.
pub fn connect_and_migrate(url: &DatabaseUrl, options: &PoolOptions) -> Result<DbPool, AppError> {
    let pool = build_pool(url, options).map_err(|e| AppError::Startup(e.to_string()))?;
    let mut conn = pool.get()?;
    migrate::run_pending(&mut conn)
        .map_err(|e| AppError::Startup(format!("migrations failed on {}: {e}", url.backend())))?;
    Ok(pool)
}

/// Runs `$body` with `$c` bound to the inner connection of either backend, for statements
/// diesel's `MultiConnection` cannot express (ON CONFLICT, batch inserts, FOR UPDATE).
#[macro_export]
macro_rules! on_inner {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Postgresql($c) => $body,
            $crate::db::DbConnection::Sqlite($c) => $body,
        }
    };
}
