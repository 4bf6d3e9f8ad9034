//! One-time tokens: 192 random bits from the OS and a 64-bit check, base64url in links, only
//! the SHA-256 stored.
//!
//! A token's row is deleted when its survey is answered (docs/anonymity.md: nothing written at that
//! moment may point at the person), so a used link is no longer in the database. The check
//! lets Candor still tell a used link of its own ("answered already", 409) from a mistyped or
//! made-up one ("not known", 404) without storing anything. It is not a secret: forging one
//! only changes which of the two messages is shown.

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

/// Random bytes in a token.
const RANDOM_BYTES: usize = 24;

/// Check bytes after them.
const CHECK_BYTES: usize = 8;

/// Draws 24 bytes from the operating system and appends their check.
pub fn new_token() -> Result<NewToken, AppError> {
    let mut bytes = [0u8; RANDOM_BYTES + CHECK_BYTES];
    OsRng
        .try_fill_bytes(&mut bytes[..RANDOM_BYTES])
        .map_err(|e| AppError::unexpected("the OS random source failed", e))?;
    let check = check_of(&bytes[..RANDOM_BYTES]);
    bytes[RANDOM_BYTES..].copy_from_slice(&check);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash_token(&token);
    Ok(NewToken { token, hash })
}

/// The stored form of a token: lower-case hex SHA-256.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn check_of(random: &[u8]) -> [u8; CHECK_BYTES] {
    let digest = Sha256::new().chain_update(b"candor token check v1").chain_update(random).finalize();
    let mut check = [0u8; CHECK_BYTES];
    check.copy_from_slice(&digest[..CHECK_BYTES]);
    check
}

/// True when `raw` is a token Candor made (its check matches): a link that is not in the
/// database but passes this was issued and has been used since.
pub fn carries_our_check(raw: &str) -> bool {
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(raw) else { return false };
    bytes.len() == RANDOM_BYTES + CHECK_BYTES && check_of(&bytes[..RANDOM_BYTES]) == bytes[RANDOM_BYTES..]
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

    #[test]
    fn our_tokens_carry_a_check_that_a_changed_or_random_token_lacks() {
        let ours = new_token().unwrap().token;
        assert!(carries_our_check(&ours));
        let mut changed = ours.clone().into_bytes();
        changed[5] = if changed[5] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap();
        assert!(looks_like_token(&changed));
        assert!(!carries_our_check(&changed), "one character changed");
        let random = URL_SAFE_NO_PAD.encode([7u8; 32]);
        assert!(looks_like_token(&random) && !carries_our_check(&random), "random bytes");
        assert!(!carries_our_check("not base64 at all!"));
    }
}
