//! CSRF tokens: one random token per session, in a hidden field of every form, checked on
//! every POST.

use actix_session::Session;
use rand::distr::{Alphanumeric, SampleString};

use crate::error::AppError;

const KEY: &str = "csrf";

/// The session's token, made on first use.
pub fn token(session: &Session) -> Result<String, AppError> {
    if let Ok(Some(existing)) = session.get::<String>(KEY) {
        return Ok(existing);
    }
    let fresh = Alphanumeric.sample_string(&mut rand::rng(), 43);
    session
        .insert(KEY, &fresh)
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("storing the CSRF token: {e}")))?;
    Ok(fresh)
}

/// 403 unless `submitted` is the session's token (compared in constant time).
pub fn check(session: &Session, submitted: &str) -> Result<(), AppError> {
    let expected = session.get::<String>(KEY).ok().flatten().unwrap_or_default();
    let same = expected.len() == submitted.len()
        && !expected.is_empty()
        && expected.bytes().zip(submitted.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
    if same {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "This form has expired or did not come from Candor. Go back, reload the page and try again."
                .into(),
        ))
    }
}
