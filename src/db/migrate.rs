//! Embedded migrations, one set per backend with the same names.

use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::DbConnection;

/// Migrations for SQLite.
pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
/// Migrations for PostgreSQL.
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Errors from the migration harness (boxed by diesel_migrations).
pub type MigrationError = Box<dyn std::error::Error + Send + Sync>;

/// Applies every pending migration; returns the names of those applied.
pub fn run_pending(conn: &mut DbConnection) -> Result<Vec<String>, MigrationError> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS)?,
        DbConnection::Postgresql(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS)?,
    };
    Ok(applied.into_iter().map(|v| v.to_string()).collect())
}

/// Applies the next pending migration, if any; returns its name.
pub fn run_next(conn: &mut DbConnection) -> Result<Option<String>, MigrationError> {
    let applied = match conn {
        DbConnection::Sqlite(c) => match c.pending_migrations(SQLITE_MIGRATIONS)?.first() {
            Some(next) => Some(c.run_migration(&**next)?.to_string()),
            None => None,
        },
        DbConnection::Postgresql(c) => match c.pending_migrations(POSTGRES_MIGRATIONS)?.first() {
            Some(next) => Some(c.run_migration(&**next)?.to_string()),
            None => None,
        },
    };
    Ok(applied)
}

/// Reverts the last applied migration; returns its name.
pub fn revert_last(conn: &mut DbConnection) -> Result<String, MigrationError> {
    let name = match conn {
        DbConnection::Sqlite(c) => c.revert_last_migration(SQLITE_MIGRATIONS)?,
        DbConnection::Postgresql(c) => c.revert_last_migration(POSTGRES_MIGRATIONS)?,
    };
    Ok(name.to_string())
}
