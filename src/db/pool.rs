//! The connection pool: an r2d2 manager that opens the backend the URL names, with the
//! SQLite pragmas of docs/design.md ("The data model") on every new connection.

use std::time::Duration;

use diesel::Connection;
use diesel::connection::SimpleConnection;
use diesel::r2d2::R2D2Connection;

use super::{DatabaseUrl, DbConnection};

/// A pool of [`DbConnection`]s.
pub type DbPool = diesel::r2d2::Pool<ConnectionManager>;
/// A connection checked out of the pool.
pub type PooledConnection = diesel::r2d2::PooledConnection<ConnectionManager>;

/// How long SQLite waits for another writer before giving up with "database is locked", unless
/// the settings say otherwise.
pub const SQLITE_BUSY_TIMEOUT_MS: u32 = 5_000;

/// A connection could not be opened; the message names the backend, the place and the cause.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConnectError(String);

/// Opens connections for the pool, choosing the backend from the URL's scheme.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    url: DatabaseUrl,
    busy_timeout_ms: u32,
}

impl ConnectionManager {
    /// A manager for this URL.
    pub fn new(url: DatabaseUrl) -> Self {
        Self { url, busy_timeout_ms: SQLITE_BUSY_TIMEOUT_MS }
    }

    /// The same, with SQLite waiting `ms` for a busy database.
    pub fn with_busy_timeout(self, ms: u32) -> Self {
        Self { busy_timeout_ms: ms, ..self }
    }

    fn connect_sqlite(&self, path: &std::path::Path) -> Result<DbConnection, ConnectError> {
        let fail = |cause: String| {
            ConnectError(format!("cannot open SQLite database at {}: {cause}", path.display()))
        };
        if path.is_dir() {
            return Err(fail("that path is a folder, not a database file".into()));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && !dir.is_dir()
        {
            return Err(fail(format!("the folder {} does not exist", dir.display())));
        }
        let text = path.to_str().ok_or_else(|| fail("the path is not valid UTF-8".into()))?;
        let mut conn = diesel::SqliteConnection::establish(text).map_err(|e| fail(e.to_string()))?;
        conn.batch_execute(&format!(
            "PRAGMA busy_timeout = {};
             PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA secure_delete = ON;
             PRAGMA cache_size = -16384;",
            self.busy_timeout_ms
        ))
        .map_err(|e| fail(format!("setting pragmas failed: {e}")))?;
        Ok(DbConnection::Sqlite(conn))
    }

    fn connect_postgres(&self, raw: &str) -> Result<DbConnection, ConnectError> {
        diesel::PgConnection::establish(raw).map(DbConnection::Postgresql).map_err(|e| {
            ConnectError(format!(
                "cannot connect to PostgreSQL at {}: {}",
                self.url.location(),
                e.to_string().trim()
            ))
        })
    }
}

impl diesel::r2d2::ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = ConnectError;

    fn connect(&self) -> Result<DbConnection, ConnectError> {
        match &self.url {
            DatabaseUrl::Sqlite(path) => self.connect_sqlite(path),
            DatabaseUrl::Postgres(raw) => self.connect_postgres(raw),
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), ConnectError> {
        conn.ping().map_err(|e| ConnectError(format!("connection lost: {e}")))
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        conn.is_broken()
    }
}

/// Sizes and waits of the pool.
#[derive(Debug, Clone)]
pub struct PoolOptions {
    /// Most connections open at once.
    pub max_size: u32,
    /// How long a caller waits for a free connection before the request fails with 503.
    pub checkout_timeout: Duration,
    /// Idle connections kept open. Short-lived commands use 0: a connection being opened in
    /// the background while the process exits can crash libpq's clean-up.
    pub min_idle: u32,
    /// How long SQLite waits for another writer, in milliseconds.
    pub sqlite_busy_timeout_ms: u32,
}

impl Default for PoolOptions {
    fn default() -> Self {
        Self {
            max_size: 10,
            checkout_timeout: Duration::from_secs(10),
            min_idle: 1,
            sqlite_busy_timeout_ms: SQLITE_BUSY_TIMEOUT_MS,
        }
    }
}

/// Opens one connection first (so a bad URL fails at once with its real cause), then the pool.
pub fn build_pool(url: &DatabaseUrl, options: &PoolOptions) -> Result<DbPool, ConnectError> {
    let manager = ConnectionManager::new(url.clone()).with_busy_timeout(options.sqlite_busy_timeout_ms);
    let first = diesel::r2d2::ManageConnection::connect(&manager)?;
    drop(first);
    diesel::r2d2::Pool::builder()
        // A PostgreSQL connection can die under us (a restart): check it before each use. A
        // SQLite connection is a file handle; the check would cost a statement per request.
        .test_on_check_out(matches!(url, DatabaseUrl::Postgres(_)))
        .max_size(options.max_size)
        .min_idle(Some(options.min_idle))
        .connection_timeout(options.checkout_timeout)
        .build(manager)
        .map_err(|e| ConnectError(format!("cannot open the {} pool: {e}", url.backend())))
}
