//! `CANDOR_DATABASE_URL`: which backend, and where. Parsed by our own code, never guessed.

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// A parsed database URL: `sqlite://PATH` or `postgres://…` (also `postgresql://…`).
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// An SQLite file at this path (relative to the working directory, or absolute).
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL, passed to libpq as it is.
    Postgres(String),
}

/// Why a database URL was refused.
#[derive(Debug, thiserror::Error)]
#[error("CANDOR_DATABASE_URL {0}")]
pub struct DatabaseUrlError(String);

impl FromStr for DatabaseUrl {
    type Err = DatabaseUrlError;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let raw = raw.trim();
        if let Some(path) = raw.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(DatabaseUrlError(
                    "'sqlite://' names no file: use sqlite://candor.db or sqlite:///var/lib/candor/candor.db"
                        .into(),
                ));
            }
            return Ok(DatabaseUrl::Sqlite(PathBuf::from(path)));
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            url::Url::parse(raw)
                .map_err(|e| DatabaseUrlError(format!("is not a valid PostgreSQL URL ({e})")))?;
            return Ok(DatabaseUrl::Postgres(raw.to_string()));
        }
        Err(DatabaseUrlError(format!(
            "'{}' has no known scheme: use sqlite://PATH or postgres://USER@HOST:PORT/DB",
            redact(raw)
        )))
    }
}

impl DatabaseUrl {
    /// The backend this URL selects.
    pub fn backend(&self) -> super::Backend {
        match self {
            DatabaseUrl::Sqlite(_) => super::Backend::Sqlite,
            DatabaseUrl::Postgres(_) => super::Backend::Postgres,
        }
    }

    /// `host:port` of a PostgreSQL URL, or the file of an SQLite one, for error messages.
    pub fn location(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(path) => path.display().to_string(),
            DatabaseUrl::Postgres(raw) => match url::Url::parse(raw) {
                Ok(u) => format!(
                    "{}:{}",
                    u.host_str().filter(|h| !h.is_empty()).unwrap_or("localhost"),
                    u.port().unwrap_or(5432)
                ),
                Err(_) => "an unparsable address".into(),
            },
        }
    }
}

/// The URL with any password replaced by `***`, safe to log or print.
pub fn redact(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            // set_password only fails for URLs that cannot carry one, which this one does.
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => raw.to_string(),
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseUrl::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            DatabaseUrl::Postgres(raw) => f.write_str(&redact(raw)),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths_relative_and_absolute() {
        let rel: DatabaseUrl = "sqlite://candor.db".parse().unwrap();
        assert_eq!(rel, DatabaseUrl::Sqlite("candor.db".into()));
        let abs: DatabaseUrl = "sqlite:///var/lib/candor.db".parse().unwrap();
        assert_eq!(abs, DatabaseUrl::Sqlite("/var/lib/candor.db".into()));
    }

    #[test]
    fn postgres_location_and_redaction() {
        let pg: DatabaseUrl = "postgres://u:secret@db.example:6543/x".parse().unwrap();
        assert_eq!(pg.location(), "db.example:6543");
        assert!(!pg.to_string().contains("secret"));
    }

    #[test]
    fn unknown_scheme_is_refused_with_the_fix() {
        let err = "mysql://x".parse::<DatabaseUrl>().unwrap_err().to_string();
        assert!(err.contains("sqlite://PATH"), "{err}");
        assert!("sqlite://".parse::<DatabaseUrl>().is_err());
    }
}
