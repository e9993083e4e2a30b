//! The identity key ring file: found at the configured path (`TWINBRIDGE_KEY_FILE`, `key_file`, or beside
//! the SQLite database), created with mode 0600 on the first start of an empty database.
//!
//! A database remembers a check value encrypted with its key ring, so starting with the wrong or a lost key
//! file fails at once with a clear message instead of later, on the first identity read.

use std::io::Write;
use std::path::Path;

use twinbridge_crypto::{FieldPlace, KeyRing};

/// A key file problem.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// The file exists but cannot be read or parsed.
    #[error("key file {path}: {why}")]
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        why: String,
    },
    /// The file could not be created.
    #[error("cannot create the key file {path}: {why}")]
    NotCreated {
        /// The file.
        path: String,
        /// Why.
        why: String,
    },
}

/// Reads the key ring at `path`, or `None` when there is no file.
pub fn load(path: &Path) -> Result<Option<KeyRing>, KeyFileError> {
    let unreadable = |why: String| KeyFileError::Unreadable { path: path.display().to_string(), why };
    match std::fs::read_to_string(path) {
        Ok(text) => KeyRing::from_text(&text).map(Some).map_err(|e| unreadable(e.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(unreadable(e.to_string())),
    }
}

/// Creates a new key ring file at `path` (mode 0600, never overwriting an existing file).
pub fn create(path: &Path) -> Result<KeyRing, KeyFileError> {
    let not_created = |why: String| KeyFileError::NotCreated { path: path.display().to_string(), why };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| not_created(e.to_string()))?;
    }
    let ring = KeyRing::generate();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| not_created(e.to_string()))?;
    file.write_all(ring.to_text().as_bytes()).and_then(|()| file.sync_all()).map_err(|e| not_created(e.to_string()))?;
    Ok(ring)
}

/// Replaces the key file with `ring` atomically (a new file beside it, synced, then renamed over it), so
/// that a crash leaves either the old or the new ring, never a broken file.
pub fn replace(path: &Path, ring: &KeyRing) -> Result<(), KeyFileError> {
    let not_written = |why: String| KeyFileError::NotCreated { path: path.display().to_string(), why };
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".new");
    let temporary = std::path::PathBuf::from(temporary);
    let _ = std::fs::remove_file(&temporary);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&temporary).map_err(|e| not_written(e.to_string()))?;
    file.write_all(ring.to_text().as_bytes()).and_then(|()| file.sync_all()).map_err(|e| not_written(e.to_string()))?;
    std::fs::rename(&temporary, path).map_err(|e| not_written(e.to_string()))
}

const CHECK_PLACE: FieldPlace<'static> =
    FieldPlace { table: "instance_settings", column: "key_ring_check", row: b"check" };
const CHECK_TEXT: &[u8] = b"twinbridge key ring check";

/// The check value a database stores to recognise its key ring.
pub fn check_value(ring: &KeyRing) -> String {
    hex::encode(ring.encrypt(CHECK_PLACE, CHECK_TEXT))
}

/// Whether `stored` (from [`check_value`]) was made with a key of `ring`.
pub fn matches_check(ring: &KeyRing, stored: &str) -> bool {
    hex::decode(stored)
        .ok()
        .is_some_and(|bytes| ring.decrypt(CHECK_PLACE, &bytes).is_ok_and(|plain| plain == CHECK_TEXT))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_a_private_file_once_and_reads_it_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("nested/twinbridge.keys");
        assert!(load(&path).expect("no file is fine").is_none());
        let ring = create(&path).expect("created");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("exists").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(create(&path).is_err(), "an existing key file must never be overwritten");
        let loaded = load(&path).expect("readable").expect("present");
        let check = check_value(&ring);
        assert!(matches_check(&loaded, &check));
        assert!(!matches_check(&KeyRing::generate(), &check));
        assert!(!matches_check(&loaded, "zz"));
    }
}
