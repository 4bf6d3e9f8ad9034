//! The master key that wraps every pulse key: 32 random bytes kept outside the database, in
//! `CANDOR_ANSWER_KEY` (base64) or in a key file (default `candor-answer.key` in the working
//! folder) that Candor creates with mode 0600 on first start. Whoever has the database but
//! not this key cannot read an open pulse's answers. Back it up apart from the database: while
//! a pulse is open, its answers cannot be read without it (docs/anonymity.md).

use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::{KEY_BYTES, Key, SealError};

/// Where the master key comes from.
#[derive(Debug, Clone)]
pub struct KeySource {
    /// The key itself, base64 (`CANDOR_ANSWER_KEY`); wins over the file.
    pub inline: Option<String>,
    /// The key file (`CANDOR_ANSWER_KEY_FILE`).
    pub file: PathBuf,
}

impl KeySource {
    /// Where the key was read from, for messages ("the key file /etc/candor/answer.key").
    pub fn describe(&self) -> String {
        match self.inline {
            Some(_) => "CANDOR_ANSWER_KEY".into(),
            None => {
                let shown = std::path::absolute(&self.file).unwrap_or_else(|_| self.file.clone());
                format!("the key file {}", shown.display())
            }
        }
    }
}

/// Why the master key could not be had.
#[derive(Debug, Error)]
pub enum MasterKeyError {
    /// Not base64 of 32 bytes.
    #[error("{source_name} does not hold an answer key (base64 of 32 bytes): {why}")]
    Malformed {
        /// Where it was read.
        source_name: String,
        /// What is wrong.
        why: String,
    },
    /// The file could not be read or written.
    #[error("{path}: {why}")]
    File {
        /// The key file.
        path: String,
        /// The I/O error.
        why: String,
    },
    /// No random bytes.
    #[error(transparent)]
    Random(#[from] SealError),
}

/// The master key (wiped from memory when dropped).
#[derive(Clone)]
pub struct MasterKey(Key);

impl MasterKey {
    /// A fresh random key.
    pub fn generate() -> Result<Self, MasterKeyError> {
        Ok(Self(Key::random()?))
    }

    /// The key in base64 (`CANDOR_ANSWER_KEY`, the key file's content).
    pub fn from_base64(raw: &str) -> Result<Self, MasterKeyError> {
        let malformed = |why: String| MasterKeyError::Malformed { source_name: "the answer key".into(), why };
        let bytes = STANDARD.decode(raw.trim()).map_err(|e| malformed(e.to_string()))?;
        let key: [u8; KEY_BYTES] =
            bytes.as_slice().try_into().map_err(|_| malformed(format!("{} bytes, not 32", bytes.len())))?;
        Ok(Self(Key(key)))
    }

    /// A short public name of the key, stored in the database so that a start with another key
    /// is caught (a one-way hash: it tells nothing about the key).
    pub fn fingerprint(&self) -> String {
        let digest =
            Sha256::new().chain_update(b"candor answer key fingerprint v1").chain_update(self.0.0).finalize();
        hex::encode(&digest[..12])
    }

    pub(super) fn key(&self) -> &Key {
        &self.0
    }

    /// The key from `source`: `Ok(None)` when there is no inline key and no key file yet.
    pub fn load(source: &KeySource) -> Result<Option<Self>, MasterKeyError> {
        let named = |e: MasterKeyError| match e {
            MasterKeyError::Malformed { why, .. } => {
                MasterKeyError::Malformed { source_name: source.describe(), why }
            }
            other => other,
        };
        if let Some(inline) = &source.inline {
            return Self::from_base64(inline).map(Some).map_err(named);
        }
        match std::fs::read_to_string(&source.file) {
            Ok(text) => {
                warn_if_readable_by_others(&source.file);
                Self::from_base64(&text).map(Some).map_err(named)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(file_error(&source.file, e)),
        }
    }

    /// Creates the key file of `source` with a fresh key, readable by this user only (0600),
    /// written completely before it appears, and synced to disk. If another process created it
    /// meanwhile, its key is returned instead.
    pub fn create_file(source: &KeySource) -> Result<Self, MasterKeyError> {
        let key = Self::generate()?;
        let path = &source.file;
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let temp = folder.join(format!(".candor-answer-key-{}", uuid::Uuid::new_v4().simple()));
        write_private(&temp, &STANDARD.encode(key.0.0)).map_err(|e| file_error(&temp, e))?;
        let linked = std::fs::hard_link(&temp, path);
        let _ = std::fs::remove_file(&temp);
        match linked {
            Ok(()) => {
                sync_folder(folder).map_err(|e| file_error(folder, e))?;
                tracing::info!(file = %path.display(), "created the answer key file; back it up apart from the database");
                Ok(key)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Self::load(source)?.ok_or_else(|| file_error(path, std::io::ErrorKind::NotFound.into()))
            }
            Err(e) => Err(file_error(path, e)),
        }
    }
}

fn file_error(path: &Path, e: std::io::Error) -> MasterKeyError {
    MasterKeyError::File { path: path.display().to_string(), why: e.to_string() }
}

fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(content.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()
}

fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(folder)?.sync_all()?;
    Ok(())
}

fn warn_if_readable_by_others(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            tracing::warn!(file = %path.display(), "the answer key file is readable by others: chmod 600 it");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_file_is_created_once_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let source = KeySource { inline: None, file: dir.path().join("answer.key") };
        assert!(MasterKey::load(&source).unwrap().is_none());
        let created = MasterKey::create_file(&source).unwrap();
        let again = MasterKey::create_file(&source).unwrap();
        assert_eq!(again.fingerprint(), created.fingerprint(), "a second start keeps the first key");
        assert_eq!(MasterKey::load(&source).unwrap().unwrap().fingerprint(), created.fingerprint());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&source.file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
    }

    #[test]
    fn a_malformed_key_names_where_it_came_from() {
        let source = KeySource { inline: Some("bm90IDMyIGJ5dGVz".into()), file: PathBuf::from("unused") };
        let err = MasterKey::load(&source).err().unwrap().to_string();
        assert!(err.contains("CANDOR_ANSWER_KEY") && err.contains("not 32"), "{err}");
    }
}
