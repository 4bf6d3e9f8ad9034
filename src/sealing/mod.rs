//! Sealed answers: the cryptography that keeps an open pulse's answers unreadable in the
//! database files, and lets them be shredded at close (docs/anonymity.md, "Sealed while
//! open"). Pure: no database, no HTTP.
//!
//! While a pulse is open every response is stored as one ciphertext, XChaCha20-Poly1305 under
//! the pulse's own random key, over a padded frame of fixed length ([`payload`]), bound to its
//! pulse by the associated data. The pulse key is stored only wrapped (encrypted) by the
//! [`MasterKey`], which is kept outside the database. When the pulse closes its responses are
//! opened, written as plaintext in random order, and the wrapped pulse key is deleted: from
//! then on every copy of those ciphertexts — WAL frames, dead rows, backups — is noise.

pub mod master_key;
pub mod payload;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::TryRngCore;
use rand::rngs::OsRng;
use thiserror::Error;
use zeroize::{Zeroize, ZeroizeOnDrop};

pub use master_key::{KeySource, MasterKey};
pub use payload::{PADDED_LEN, Plain};

/// Bytes of a key.
pub const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 24;
const TAG_BYTES: usize = 16;

/// Length of every sealed response: nonce, padded frame, tag.
pub const SEALED_LEN: usize = NONCE_BYTES + PADDED_LEN + TAG_BYTES;

const RESPONSE_CONTEXT: &[u8] = b"candor sealed response v1";
const PULSE_KEY_CONTEXT: &[u8] = b"candor pulse key v1";

/// Why something could not be sealed or opened.
#[derive(Debug, Error)]
pub enum SealError {
    /// The operating system's random source failed.
    #[error("the OS random source failed: {0}")]
    Random(String),
    /// A ciphertext that this key did not seal for this pulse (or that was altered).
    #[error("a sealed value does not open with this key (another answer key, or altered data)")]
    WrongKey,
    /// The frame inside could not be made or read.
    #[error(transparent)]
    Payload(#[from] payload::PayloadError),
}

/// Fills `bytes` from the operating system's random source.
fn random(bytes: &mut [u8]) -> Result<(), SealError> {
    OsRng.try_fill_bytes(bytes).map_err(|e| SealError::Random(e.to_string()))
}

/// A 256-bit key, wiped from memory when dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
struct Key([u8; KEY_BYTES]);

impl Key {
    fn random() -> Result<Self, SealError> {
        let mut bytes = [0u8; KEY_BYTES];
        random(&mut bytes)?;
        Ok(Self(bytes))
    }

    /// `nonce || ciphertext` of `plain`, bound to `context` and `pulse_id`.
    fn seal(&self, context: &[u8], pulse_id: i64, plain: &[u8]) -> Result<Vec<u8>, SealError> {
        let mut nonce = [0u8; NONCE_BYTES];
        random(&mut nonce)?;
        let aad = associated_data(context, pulse_id);
        let cipher = XChaCha20Poly1305::new((&self.0).into());
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad: &aad })
            .map_err(|_| SealError::WrongKey)?;
        Ok([nonce.as_slice(), &sealed].concat())
    }

    /// The plaintext of a value made by [`Key::seal`] with the same context and pulse.
    fn open(&self, context: &[u8], pulse_id: i64, sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        let (nonce, body) = sealed.split_at_checked(NONCE_BYTES).ok_or(SealError::WrongKey)?;
        let aad = associated_data(context, pulse_id);
        let cipher = XChaCha20Poly1305::new((&self.0).into());
        cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad: &aad })
            .map_err(|_| SealError::WrongKey)
    }
}

fn associated_data(context: &[u8], pulse_id: i64) -> Vec<u8> {
    [context, &pulse_id.to_be_bytes()].concat()
}

/// One pulse's key: random, used only while the pulse is open, destroyed when it closes.
#[derive(Clone)]
pub struct PulseKey(Key);

impl PulseKey {
    /// A fresh random key.
    pub fn generate() -> Result<Self, SealError> {
        Key::random().map(Self)
    }

    /// The response, padded to a fixed length and sealed for `pulse_id`: always
    /// [`SEALED_LEN`] bytes.
    pub fn seal(&self, pulse_id: i64, plain: &Plain) -> Result<Vec<u8>, SealError> {
        let mut frame = payload::encode(plain)?;
        let sealed = self.0.seal(RESPONSE_CONTEXT, pulse_id, &frame);
        frame.zeroize();
        sealed
    }

    /// A response sealed by [`PulseKey::seal`] for `pulse_id`.
    pub fn open(&self, pulse_id: i64, sealed: &[u8]) -> Result<Plain, SealError> {
        let mut frame = self.0.open(RESPONSE_CONTEXT, pulse_id, sealed)?;
        let plain = payload::decode(&frame);
        frame.zeroize();
        Ok(plain?)
    }
}

impl MasterKey {
    /// `pulse_key` encrypted under this key for `pulse_id`, to be stored.
    pub fn wrap(&self, pulse_id: i64, pulse_key: &PulseKey) -> Result<Vec<u8>, SealError> {
        self.key().seal(PULSE_KEY_CONTEXT, pulse_id, &pulse_key.0.0)
    }

    /// The pulse key stored wrapped for `pulse_id`.
    pub fn unwrap_key(&self, pulse_id: i64, wrapped: &[u8]) -> Result<PulseKey, SealError> {
        let mut bytes = self.key().open(PULSE_KEY_CONTEXT, pulse_id, wrapped)?;
        let key: Result<[u8; KEY_BYTES], _> = bytes.as_slice().try_into();
        bytes.zeroize();
        key.map(|k| PulseKey(Key(k))).map_err(|_| SealError::WrongKey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn master() -> MasterKey {
        MasterKey::from_base64(&base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [7u8; 32]))
            .unwrap()
    }

    #[test]
    fn a_response_opens_with_its_pulse_key_only_and_for_its_pulse_only() {
        let key = PulseKey::generate().unwrap();
        let plain = Plain { answers: vec![(3, 5), (4, 1)], comment: Some("secret marker".into()) };
        let sealed = key.seal(12, &plain).unwrap();
        assert_eq!(key.open(12, &sealed).unwrap(), plain);
        assert!(matches!(key.open(13, &sealed), Err(SealError::WrongKey)), "bound to its pulse");
        let other = PulseKey::generate().unwrap();
        assert!(matches!(other.open(12, &sealed), Err(SealError::WrongKey)));
        let needle = b"secret marker";
        assert!(!sealed.windows(needle.len()).any(|w| w == needle), "no plaintext in the ciphertext");
    }

    #[test]
    fn every_sealed_response_has_the_same_length() {
        let key = PulseKey::generate().unwrap();
        let short = key.seal(1, &Plain { answers: vec![], comment: None }).unwrap();
        let long = key.seal(1, &Plain { answers: vec![(1, 2); 9], comment: Some("x".repeat(2000)) }).unwrap();
        assert_eq!((short.len(), long.len()), (SEALED_LEN, SEALED_LEN));
    }

    #[test]
    fn a_wrapped_pulse_key_unwraps_with_its_master_key_for_its_pulse() {
        let key = PulseKey::generate().unwrap();
        let wrapped = master().wrap(5, &key).unwrap();
        let sealed = key.seal(5, &Plain { answers: vec![(1, 3)], comment: None }).unwrap();
        let unwrapped = master().unwrap_key(5, &wrapped).unwrap();
        assert_eq!(unwrapped.open(5, &sealed).unwrap().answers, vec![(1, 3)]);
        assert!(master().unwrap_key(6, &wrapped).is_err(), "bound to its pulse");
        let other = MasterKey::generate().unwrap();
        assert!(other.unwrap_key(5, &wrapped).is_err(), "another master key opens nothing");
    }
}
