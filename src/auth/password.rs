//! Optional passwords: argon2id (m = 19 MiB, t = 2, p = 1), 8 to 128 characters, common ones refused.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::AppError;

const COMMON: &str = include_str!("common-passwords.txt");

fn hasher() -> Result<Argon2<'static>, AppError> {
    let params = Params::new(19 * 1024, 2, 1, None)
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("argon2 parameters: {e}")))?;
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
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("hashing a password: {e}")))
}

/// True when `password` matches the stored PHC string.
pub fn verify_password(password: &str, stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else { return false };
    hasher().map(|h| h.verify_password(password.as_bytes(), &parsed).is_ok()).unwrap_or(false)
}

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
}
