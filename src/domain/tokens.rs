//! One-time tokens: 256 random bits from the OS, base64url in links, only the SHA-256 stored.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::TryRngCore;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};

use crate::error::AppError;

/// A fresh token for a link, and the hash to store.
pub struct NewToken {
    /// Goes into the link; never stored, never logged.
    pub token: String,
    /// Hex SHA-256 of `token`; the only thing stored.
    pub hash: String,
}

/// Draws 32 bytes from the operating system.
pub fn new_token() -> Result<NewToken, AppError> {
    let mut bytes = [0u8; 32];
    OsRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("the OS random source failed: {e}")))?;
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash_token(&token);
    Ok(NewToken { token, hash })
}

/// The stored form of a token: lower-case hex SHA-256.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// True when `raw` has the shape of one of our tokens (43 base64url characters), so that
/// anything else is a 404 without touching the database.
pub fn looks_like_token(raw: &str) -> bool {
    raw.len() == 43 && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_distinct_well_formed_and_hashed() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_ne!(a.token, b.token);
        assert!(looks_like_token(&a.token));
        assert_eq!(a.hash, hash_token(&a.token));
        assert_eq!(a.hash.len(), 64);
        assert!(!looks_like_token("short"));
    }
}
