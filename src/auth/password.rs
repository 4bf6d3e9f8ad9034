//! Optional passwords: argon2id (m = 19 MiB, t = 2, p = 1), 8 to 128 characters, common ones refused.
//! A sign-in for an address without a password runs the same verification against a dummy
//! hash, so its answer takes as long as a wrong password's and tells nobody which addresses
//! have one.

use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::AppError;

const COMMON: &str = include_str!("common-passwords.txt");

fn hasher() -> Result<Argon2<'static>, AppError> {
    let params =
        Params::new(19 * 1024, 2, 1, None).map_err(|e| AppError::unexpected("argon2 parameters", e))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Checks the rules; the message says what to change.
pub fn check_strength(password: &str) -> Result<(), AppError> {
    let length = password.chars().count();
    if !(8..=128).contains(&length) {
        return Err(AppError::invalid("password", "must be 8 to 128 characters"));
    }
    let lower = password.to_lowercase();
    if COMMON.lines().any(|common| common.trim() == lower) {
        return Err(AppError::invalid("password", "is one of the most common passwords; choose another"));
    }
    Ok(())
}

/// The PHC string to store.
pub fn hash_password(password: &str) -> Result<String, AppError> {
    check_strength(password)?;
    let salt = SaltString::generate(&mut OsRng);
    hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::unexpected("hashing a password", e))
}

/// True when `password` matches the stored PHC string.
pub fn verify_password(password: &str, stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else { return false };
    let Ok(argon2) = hasher() else { return false };
    runs::count();
    argon2.verify_password(password.as_bytes(), &parsed).is_ok()
}

/// A hash of a random password made with [`hasher`]'s parameters, once per process.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let secret = SaltString::generate(&mut OsRng);
        let salt = SaltString::generate(&mut OsRng);
        hasher()
            .and_then(|h| {
                h.hash_password(secret.as_str().as_bytes(), &salt)
                    .map(|h| h.to_string())
                    .map_err(|e| AppError::unexpected("hashing the dummy password", e))
            })
            .unwrap_or_default()
    })
}

/// True when `password` matches `stored`; with no stored hash, verifies against a dummy one
/// (and answers false), so both take the same time.
pub fn verify_or_dummy(password: &str, stored: Option<&str>) -> bool {
    match stored {
        Some(stored) => verify_password(password, stored),
        None => {
            verify_password(password, dummy_hash());
            false
        }
    }
}

/// A seam for tests: how many argon2 verifications this thread ran.
mod runs {
    #[cfg(test)]
    thread_local! {
        static RUNS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// Counts one verification (in tests only).
    pub(super) fn count() {
        #[cfg(test)]
        RUNS.with(|r| r.set(r.get() + 1));
    }

    /// Verifications run on this thread so far.
    #[cfg(test)]
    pub(crate) fn so_far() -> usize {
        RUNS.with(std::cell::Cell::get)
    }
}

#[cfg(test)]
pub(crate) use runs::so_far as verifications_so_far;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_rules_hold() {
        let stored = hash_password("correct horse battery").unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
        assert!(verify_password("correct horse battery", &stored));
        assert!(!verify_password("correct horse batterx", &stored));
        assert!(hash_password("short").is_err());
        assert!(hash_password("Password1").is_err(), "common");
        assert!(hash_password(&"x".repeat(129)).is_err());
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn the_dummy_hash_has_the_parameters_of_real_ones() {
        let real = hash_password("correct horse battery").unwrap();
        let (real, dummy) = (PasswordHash::new(&real).unwrap(), PasswordHash::new(dummy_hash()).unwrap());
        assert_eq!(dummy.algorithm, real.algorithm);
        assert_eq!(dummy.version, real.version);
        assert_eq!(dummy.params, real.params, "m, t and p");
        assert_eq!(dummy.hash.map(|h| h.len()), real.hash.map(|h| h.len()));
    }

    #[test]
    fn no_stored_hash_still_runs_one_verification() {
        let real = hash_password("correct horse battery").unwrap();
        let before = verifications_so_far();
        assert!(!verify_or_dummy("correct horse battery", None));
        assert_eq!(verifications_so_far() - before, 1, "no password: the dummy is verified");
        assert!(!verify_or_dummy("wrong horse battery", Some(&real)));
        assert!(verify_or_dummy("correct horse battery", Some(&real)));
        assert_eq!(verifications_so_far() - before, 3, "one verification per attempt, whatever the case");
    }
}
