//! The plaintext inside a sealed response: the answers and the comment in a fixed-length,
//! zero-padded frame, so that every sealed response of every pulse has the same length and a
//! ciphertext's size tells nothing (not whether there is a comment, nor how long it is).
//!
//! Layout (big-endian): version `u8` = 1 · answer count `u16` · per answer question id `i64`
//! and value `i32` · comment length in bytes `u32` (0 = no comment) · the comment in UTF-8 ·
//! zeros up to [`PADDED_LEN`].

use thiserror::Error;

/// Length of every padded plaintext, in bytes.
pub const PADDED_LEN: usize = 9216;

/// Longest comment a frame holds, in bytes (2,000 characters of up to 4 bytes each).
pub const MAX_COMMENT_BYTES: usize = 8000;

/// Most answers a frame holds.
pub const MAX_ANSWERS: usize = 100;

const VERSION: u8 = 1;
const ANSWER_BYTES: usize = 12;
const HEADER_BYTES: usize = 1 + 2 + 4;

// Every frame within the limits fits.
const _: () = assert!(HEADER_BYTES + MAX_ANSWERS * ANSWER_BYTES + MAX_COMMENT_BYTES <= PADDED_LEN);

/// A frame that cannot be made or read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum PayloadError {
    /// More than [`MAX_ANSWERS`] answers or a comment over [`MAX_COMMENT_BYTES`].
    #[error("a response too large to seal ({answers} answers, a comment of {comment_bytes} bytes)")]
    TooLarge {
        /// Answers given.
        answers: usize,
        /// Bytes of the comment.
        comment_bytes: usize,
    },
    /// Not a frame of this version.
    #[error("a sealed response that is not a response frame")]
    Malformed,
}

/// What a respondent sent: (question id, value) pairs and the comment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plain {
    /// (question id, value) for every answered scored question.
    pub answers: Vec<(i64, i32)>,
    /// The comment, if one was written.
    pub comment: Option<String>,
}

/// The padded frame of `plain`.
pub fn encode(plain: &Plain) -> Result<Vec<u8>, PayloadError> {
    let comment = plain.comment.as_deref().unwrap_or("").as_bytes();
    if plain.answers.len() > MAX_ANSWERS || comment.len() > MAX_COMMENT_BYTES {
        return Err(PayloadError::TooLarge { answers: plain.answers.len(), comment_bytes: comment.len() });
    }
    let mut frame = Vec::with_capacity(PADDED_LEN);
    frame.push(VERSION);
    frame.extend_from_slice(&(plain.answers.len() as u16).to_be_bytes());
    for (question, value) in &plain.answers {
        frame.extend_from_slice(&question.to_be_bytes());
        frame.extend_from_slice(&value.to_be_bytes());
    }
    frame.extend_from_slice(&(comment.len() as u32).to_be_bytes());
    frame.extend_from_slice(comment);
    frame.resize(PADDED_LEN, 0);
    Ok(frame)
}

/// Reads a frame made by [`encode`].
pub fn decode(frame: &[u8]) -> Result<Plain, PayloadError> {
    if frame.len() != PADDED_LEN || frame[0] != VERSION {
        return Err(PayloadError::Malformed);
    }
    let mut at = 1;
    let count = usize::from(u16::from_be_bytes(take(frame, &mut at)?));
    if count > MAX_ANSWERS {
        return Err(PayloadError::Malformed);
    }
    let mut answers = Vec::with_capacity(count);
    for _ in 0..count {
        let question = i64::from_be_bytes(take(frame, &mut at)?);
        let value = i32::from_be_bytes(take(frame, &mut at)?);
        answers.push((question, value));
    }
    let length = u32::from_be_bytes(take(frame, &mut at)?) as usize;
    let bytes =
        frame.get(at..at + length).filter(|_| length <= MAX_COMMENT_BYTES).ok_or(PayloadError::Malformed)?;
    let comment = match length {
        0 => None,
        _ => Some(String::from_utf8(bytes.to_vec()).map_err(|_| PayloadError::Malformed)?),
    };
    Ok(Plain { answers, comment })
}

/// The next `N` bytes of `frame` from `at`, moving `at` past them.
fn take<const N: usize>(frame: &[u8], at: &mut usize) -> Result<[u8; N], PayloadError> {
    let bytes = frame.get(*at..*at + N).ok_or(PayloadError::Malformed)?;
    *at += N;
    bytes.try_into().map_err(|_| PayloadError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_frame_has_the_same_length_with_or_without_a_comment() {
        let bare = Plain { answers: vec![(1, 4)], comment: None };
        let long = Plain { answers: vec![(1, 4); MAX_ANSWERS], comment: Some("é".repeat(4000)) };
        assert_eq!(encode(&bare).unwrap().len(), PADDED_LEN);
        assert_eq!(encode(&long).unwrap().len(), PADDED_LEN);
    }

    #[test]
    fn oversized_and_foreign_frames_are_refused() {
        let many = Plain { answers: vec![(1, 1); MAX_ANSWERS + 1], comment: None };
        assert!(matches!(encode(&many), Err(PayloadError::TooLarge { answers: 101, .. })));
        assert_eq!(decode(&[0u8; PADDED_LEN]), Err(PayloadError::Malformed));
        assert_eq!(decode(&[1u8; 10]), Err(PayloadError::Malformed));
    }

    proptest! {
        #[test]
        fn decode_gives_back_what_was_encoded(
            answers in prop::collection::vec((any::<i64>(), any::<i32>()), 0..=MAX_ANSWERS),
            comment in prop::option::of("\\PC{1,2000}"),
        ) {
            let plain = Plain { answers, comment };
            prop_assert_eq!(decode(&encode(&plain).unwrap()).unwrap(), plain);
        }
    }
}
