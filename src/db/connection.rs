//! The one connection type: SQLite or PostgreSQL behind a diesel `MultiConnection`.

/// A connection to whichever backend `CANDOR_DATABASE_URL` names.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    /// PostgreSQL, for several instances and large organisations.
    Postgresql(diesel::PgConnection),
    /// SQLite, the embedded default.
    Sqlite(diesel::SqliteConnection),
}

impl DbConnection {
    /// Which backend this connection talks to.
    pub fn backend(&self) -> crate::db::Backend {
        match self {
            DbConnection::Postgresql(_) => crate::db::Backend::Postgres,
            DbConnection::Sqlite(_) => crate::db::Backend::Sqlite,
        }
    }
}
