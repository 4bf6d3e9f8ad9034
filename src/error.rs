//! One error type for the whole application, with the HTTP status of each kind. A leaf: it
//! knows no page and imports nothing of the app (the response is made in `http::errors`).

use std::fmt;

use actix_web::http::StatusCode;

/// Every way a request or command can fail. The status code of each is decided in
/// [`AppError::status`] and nowhere else.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Input that does not fit: names the field and what is wrong with it (422).
    #[error("{field}: {message}")]
    Invalid {
        /// The field (or `line N, field`) at fault.
        field: String,
        /// What is wrong, in plain words (English: logs, the command line, the API).
        message: String,
        /// The same refusal as a message id, to be said in a page's language; `None` where
        /// the message has no translation (yet).
        said: Option<Said>,
    },
    /// A request that makes no sense as a whole (400).
    #[error("{0}")]
    BadRequest(String),
    /// Nothing by that name (404).
    #[error("{0}")]
    NotFound(String),
    /// The thing exists already or was used already (409).
    #[error("{0}")]
    Conflict(String),
    /// The thing existed but is over (410), e.g. a closed pulse.
    #[error("{0}")]
    Gone(String),
    /// Not allowed for this user (403).
    #[error("{0}")]
    Forbidden(String),
    /// Needs a signed-in user: a redirect to the sign-in page, back to this path afterwards.
    #[error("sign in to see {0}")]
    SignIn(String),
    /// The API needs a valid bearer token or session (401).
    #[error("{0}")]
    Unauthorized(String),
    /// Too many requests from one address (429).
    #[error("{0}")]
    TooManyRequests(String),
    /// A request body over the size limit (413).
    #[error("{0}")]
    PayloadTooLarge(String),
    /// The database is busy or unreachable for now (503, with Retry-After).
    #[error("the database is not available right now ({0}); try again in a moment")]
    Unavailable(String),
    /// Configuration or start-up problem (CLI only; 500 if it ever reaches HTTP).
    #[error("{0}")]
    Startup(String),
    /// A bug or an outside failure; the cause chain is logged, never shown.
    #[error("unexpected error: {0:#}")]
    Unexpected(#[from] anyhow::Error),
}

impl AppError {
    /// A failure we did not cause and cannot fix here: `context` says what was being done,
    /// `cause` what failed (logged in full, never shown).
    pub fn unexpected(context: impl fmt::Display, cause: impl fmt::Display) -> Self {
        AppError::Unexpected(anyhow::anyhow!("{context}: {cause}"))
    }

    /// A broken invariant (a row gone that was just written, a state that cannot be): a bug.
    pub fn broken(what: impl fmt::Display) -> Self {
        AppError::Unexpected(anyhow::anyhow!("{what}"))
    }

    /// Shorthand for [`AppError::Invalid`].
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        AppError::Invalid { field: field.into(), message: message.into(), said: None }
    }

    /// The HTTP status of this error.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Gone(_) => StatusCode::GONE,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::SignIn(_) => StatusCode::SEE_OTHER,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Startup(_) | AppError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What a user may read: the message for their own mistakes, a plain sentence otherwise.
    pub fn public_message(&self) -> String {
        match self {
            AppError::Startup(_) | AppError::Unexpected(_) => {
                "Something went wrong on our side. It has been logged; please try again later.".into()
            }
            AppError::Unavailable(_) => {
                "Candor is busy right now. Nothing was saved; please try again in a moment.".into()
            }
            other => other.to_string(),
        }
    }
}

/// A refusal as a message of `locales/` (an id and its arguments), so that a page can say it in
/// its reader's language; `i18n::refused` makes the error, `i18n::say` reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    /// The message id, e.g. `refused-team-name`.
    pub id: &'static str,
    /// The message's arguments.
    pub args: Vec<(&'static str, SaidArg)>,
}

/// One argument of a [`Said`] message.
#[derive(Debug, Clone, PartialEq)]
pub enum SaidArg {
    /// Words, quoted as they are.
    Text(String),
    /// A whole number, written in the reader's digits (and choosing the plural).
    Number(i64),
}

impl Said {
    /// The message `id` without arguments yet.
    pub fn new(id: &'static str) -> Self {
        Said { id, args: Vec::new() }
    }

    /// Adds a text argument.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, SaidArg::Text(value.into())));
        self
    }

    /// Adds a whole-number argument (any integer type; one beyond `i64` reads as `i64::MAX`).
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Self {
        self.args.push((name, SaidArg::Number(value.try_into().unwrap_or(i64::MAX))));
        self
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match e {
            Error::NotFound => AppError::NotFound("not found".into()),
            // The connection went away mid-transaction (a PostgreSQL restart): the pool drops
            // the connection; the next try gets a fresh one.
            Error::BrokenTransactionManager => {
                AppError::Unavailable("the database connection broke during a transaction".into())
            }
            Error::RollbackErrorOnCommit { commit_error, .. } => AppError::from(*commit_error),
            Error::DatabaseError(DatabaseErrorKind::SerializationFailure, info) => {
                AppError::Unavailable(info.message().to_string())
            }
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                info,
            ) => AppError::Unavailable(info.message().to_string()),
            Error::DatabaseError(_, ref info) if is_locked(info.message()) || is_gone(info.message()) => {
                AppError::Unavailable(info.message().to_string())
            }
            other => AppError::Unexpected(anyhow::Error::new(other)),
        }
    }
}

fn is_locked(message: &str) -> bool {
    message.contains("database is locked") || message.contains("database is busy")
}

/// PostgreSQL going away under a connection (a restart, a failover): a moment's wait helps.
fn is_gone(message: &str) -> bool {
    [
        "terminating connection",
        "server closed the connection",
        "the database system is",
        "connection to server",
        "no connection to the server",
        "could not receive data",
        "SSL SYSCALL",
    ]
    .iter()
    .any(|m| message.contains(m))
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(e.to_string())
    }
}
