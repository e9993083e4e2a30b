#![doc = include_str!("../README.md")]

mod data_key;
pub mod secrets;

pub use data_key::DataKey;

use std::collections::BTreeMap;
use std::fmt;

use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop};

const FORMAT_V1: u8 = 1;
const NONCE_LEN: usize = 24;
const HEADER_LEN: usize = 1 + 4 + NONCE_LEN;

/// What went wrong. Never carries key material or plaintext.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    /// The key file could not be read.
    #[error("key ring: {0}")]
    BadKeyRing(&'static str),
    /// The ciphertext names a key that is not in the ring.
    #[error("ciphertext was written with key {0}, which is not in the key ring")]
    UnknownKey(u32),
    /// The ciphertext is damaged, was moved to another place, or the key is wrong.
    #[error("ciphertext does not decrypt (damaged, moved or wrong key)")]
    Undecryptable,
}

/// Where a field lives: the associated data that binds a ciphertext to it.
#[derive(Debug, Clone, Copy)]
pub struct FieldPlace<'a> {
    /// Table name, e.g. `persons`.
    pub table: &'a str,
    /// Column name, e.g. `legal_name`.
    pub column: &'a str,
    /// The row's id (bytes of its UUID).
    pub row: &'a [u8],
}

impl FieldPlace<'_> {
    fn associated_data(&self, key_id: u32) -> Vec<u8> {
        let mut aad = Vec::with_capacity(self.table.len() + self.column.len() + self.row.len() + 8);
        aad.extend_from_slice(self.table.as_bytes());
        aad.push(b'.');
        aad.extend_from_slice(self.column.as_bytes());
        aad.push(b'|');
        aad.extend_from_slice(self.row);
        aad.push(b'|');
        aad.extend_from_slice(&key_id.to_be_bytes());
        aad
    }
}

#[derive(Zeroize, ZeroizeOnDrop)]
struct DerivedKeys {
    master: [u8; 32],
    encryption: [u8; 32],
    index: [u8; 32],
    audit: [u8; 32],
}

impl DerivedKeys {
    fn derive(master: [u8; 32]) -> Self {
        let hk = Hkdf::<Sha256>::new(Some(b"twinbridge key ring v1"), &master);
        let mut encryption = [0u8; 32];
        let mut index = [0u8; 32];
        let mut audit = [0u8; 32];
        // 32 bytes is far below HKDF-SHA256's 8160-byte limit, so expand cannot fail.
        let _ = hk.expand(b"field encryption", &mut encryption);
        let _ = hk.expand(b"blind index", &mut index);
        let _ = hk.expand(b"audit chain", &mut audit);
        Self { master, encryption, index, audit }
    }
}

/// Versioned keys; the newest encrypts, all decrypt.
pub struct KeyRing {
    keys: BTreeMap<u32, DerivedKeys>,
}

impl fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyRing").field("key_ids", &self.keys.keys().collect::<Vec<_>>()).finish()
    }
}

impl KeyRing {
    /// A ring with one new random key (id 1).
    pub fn generate() -> Self {
        let mut ring = Self { keys: BTreeMap::new() };
        ring.add_random_key();
        ring
    }

    /// Adds a new random key, which becomes the one new data is written with; returns its id.
    pub fn add_random_key(&mut self) -> u32 {
        let id = self.current_id().map_or(1, |id| id + 1);
        let mut master = [0u8; 32];
        rand::fill(&mut master);
        self.keys.insert(id, DerivedKeys::derive(master));
        master.zeroize();
        id
    }

    /// The id of the key new data is written with.
    pub fn current_id(&self) -> Option<u32> {
        self.keys.keys().next_back().copied()
    }

    /// Parses the key file: one line `key <id> <64 hex digits>` per key; `#` starts a comment.
    pub fn from_text(text: &str) -> Result<Self, CryptoError> {
        let mut keys = BTreeMap::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let mut parts = line.split_whitespace();
            let (Some("key"), Some(id), Some(hex_key), None) = (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                return Err(CryptoError::BadKeyRing("expected lines of the form `key <id> <64 hex digits>`"));
            };
            let id: u32 = id.parse().map_err(|_| CryptoError::BadKeyRing("key id must be a positive number"))?;
            let mut master = [0u8; 32];
            hex::decode_to_slice(hex_key, &mut master)
                .map_err(|_| CryptoError::BadKeyRing("a key must be 64 hexadecimal digits"))?;
            if id == 0 || keys.insert(id, DerivedKeys::derive(master)).is_some() {
                return Err(CryptoError::BadKeyRing("key ids must be positive and unique"));
            }
            master.zeroize();
        }
        if keys.is_empty() {
            return Err(CryptoError::BadKeyRing("no key found"));
        }
        Ok(Self { keys })
    }

    /// The key file's text (secret: write it with mode 0600 and keep it out of database backups).
    pub fn to_text(&self) -> String {
        let mut out =
            String::from("# Twinbridge identity key ring. Secret: without it the identity vault cannot be read.\n");
        for (id, keys) in &self.keys {
            out.push_str(&format!("key {id} {}\n", hex::encode(keys.master)));
        }
        out
    }

    /// Encrypts `plaintext` for `place` with the newest key.
    pub fn encrypt(&self, place: FieldPlace<'_>, plaintext: &[u8]) -> Vec<u8> {
        let Some((&key_id, keys)) = self.keys.iter().next_back() else {
            unreachable!("a KeyRing always holds at least one key");
        };
        let cipher = XChaCha20Poly1305::new(&keys.encryption.into());
        let nonce = XNonce::generate();
        let aad = place.associated_data(key_id);
        let Ok(sealed) = cipher.encrypt(&nonce, Payload { msg: plaintext, aad: &aad }) else {
            unreachable!("XChaCha20-Poly1305 encryption only fails for messages over 256 GiB");
        };
        let mut out = Vec::with_capacity(HEADER_LEN + sealed.len());
        out.push(FORMAT_V1);
        out.extend_from_slice(&key_id.to_be_bytes());
        out.extend_from_slice(nonce.as_slice());
        out.extend_from_slice(&sealed);
        out
    }

    /// Decrypts a value written by [`KeyRing::encrypt`] for the same `place`.
    pub fn decrypt(&self, place: FieldPlace<'_>, stored: &[u8]) -> Result<Vec<u8>, CryptoError> {
        if stored.len() < HEADER_LEN + 16 || stored[0] != FORMAT_V1 {
            return Err(CryptoError::Undecryptable);
        }
        let key_id = u32::from_be_bytes([stored[1], stored[2], stored[3], stored[4]]);
        let keys = self.keys.get(&key_id).ok_or(CryptoError::UnknownKey(key_id))?;
        let nonce = XNonce::try_from(&stored[5..HEADER_LEN]).map_err(|_| CryptoError::Undecryptable)?;
        let cipher = XChaCha20Poly1305::new(&keys.encryption.into());
        let aad = place.associated_data(key_id);
        cipher
            .decrypt(&nonce, Payload { msg: &stored[HEADER_LEN..], aad: &aad })
            .map_err(|_| CryptoError::Undecryptable)
    }

    /// The key id a stored value was written with (to find values that still need re-encryption).
    pub fn key_id_of(stored: &[u8]) -> Option<u32> {
        (stored.len() >= HEADER_LEN && stored[0] == FORMAT_V1)
            .then(|| u32::from_be_bytes([stored[1], stored[2], stored[3], stored[4]]))
    }

    /// The audit chain's MAC of `data` (HMAC-SHA256 with a key of its own, derived from the newest key),
    /// with the id of the key: an attacker who can write the database but has no key ring cannot
    /// recompute the chain after changing an event.
    pub fn audit_mac(&self, data: &[u8]) -> (u32, [u8; 32]) {
        let Some((&id, keys)) = self.keys.iter().next_back() else {
            unreachable!("a KeyRing always holds at least one key");
        };
        (id, mac(&keys.audit, data))
    }

    /// The audit chain's MAC of `data` with the key `key_id` (to check events written before a rotation).
    pub fn audit_mac_with(&self, key_id: u32, data: &[u8]) -> Result<[u8; 32], CryptoError> {
        let keys = self.keys.get(&key_id).ok_or(CryptoError::UnknownKey(key_id))?;
        Ok(mac(&keys.audit, data))
    }

    /// The blind index of `normalised_value` for `purpose` (e.g. `"email"`), with the newest key.
    /// Callers normalise first (lower-case e-mail), so equal values give equal indexes.
    pub fn blind_index(&self, purpose: &str, normalised_value: &str) -> [u8; 16] {
        let Some(keys) = self.keys.values().next_back() else {
            unreachable!("a KeyRing always holds at least one key");
        };
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&keys.index) else {
            unreachable!("HMAC accepts keys of any length");
        };
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(normalised_value.as_bytes());
        let full = mac.finalize().into_bytes();
        let mut out = [0u8; 16];
        out.copy_from_slice(&full[..16]);
        out
    }
}

fn mac(key: &[u8; 32], data: &[u8]) -> [u8; 32] {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        unreachable!("HMAC accepts keys of any length");
    };
    mac.update(data);
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_mac_needs_the_ring_and_survives_rotation() {
        let mut ring = KeyRing::generate();
        let (id, first) = ring.audit_mac(b"event 1");
        assert_eq!(id, 1);
        assert_ne!(first, KeyRing::generate().audit_mac(b"event 1").1, "another ring, another MAC");
        assert_ne!(first, ring.audit_mac(b"event 2").1);
        ring.add_random_key();
        let (id, second) = ring.audit_mac(b"event 1");
        assert_eq!(id, 2);
        assert_ne!(first, second);
        assert_eq!(ring.audit_mac_with(1, b"event 1"), Ok(first));
        assert_eq!(ring.audit_mac_with(9, b"event 1"), Err(CryptoError::UnknownKey(9)));
    }

    const ROW: [u8; 4] = [1, 2, 3, 4];

    fn place(column: &str) -> FieldPlace<'_> {
        FieldPlace { table: "persons", column, row: &ROW }
    }

    #[test]
    fn round_trips_and_hides_the_plaintext() {
        let ring = KeyRing::generate();
        let sealed = ring.encrypt(place("legal_name"), "Aarav Mehta".as_bytes());
        assert!(!sealed.windows(5).any(|w| w == b"Aarav"));
        assert_eq!(ring.decrypt(place("legal_name"), &sealed), Ok(b"Aarav Mehta".to_vec()));
        // Random nonces: the same value encrypts differently each time.
        assert_ne!(sealed, ring.encrypt(place("legal_name"), "Aarav Mehta".as_bytes()));
    }

    #[test]
    fn a_ciphertext_moved_to_another_column_or_row_or_tampered_does_not_decrypt() {
        let ring = KeyRing::generate();
        let sealed = ring.encrypt(place("legal_name"), b"Lena Vogel");
        assert_eq!(ring.decrypt(place("town"), &sealed), Err(CryptoError::Undecryptable));
        let other_row = FieldPlace { table: "persons", column: "legal_name", row: &[9, 9] };
        assert_eq!(ring.decrypt(other_row, &sealed), Err(CryptoError::Undecryptable));
        let mut tampered = sealed.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(ring.decrypt(place("legal_name"), &tampered), Err(CryptoError::Undecryptable));
        assert_eq!(ring.decrypt(place("legal_name"), &[1, 2]), Err(CryptoError::Undecryptable));
    }

    #[test]
    fn rotation_keeps_old_data_readable_and_writes_with_the_new_key() {
        let mut ring = KeyRing::generate();
        let old = ring.encrypt(place("email"), b"donor@twinbridge.test");
        assert_eq!(ring.add_random_key(), 2);
        let new = ring.encrypt(place("email"), b"donor@twinbridge.test");
        assert_eq!((KeyRing::key_id_of(&old), KeyRing::key_id_of(&new)), (Some(1), Some(2)));
        assert!(ring.decrypt(place("email"), &old).is_ok());
        let reloaded = KeyRing::from_text(&ring.to_text()).expect("own text parses");
        assert_eq!(reloaded.decrypt(place("email"), &new), Ok(b"donor@twinbridge.test".to_vec()));
        let only_first = KeyRing::from_text(
            ring.to_text().lines().filter(|l| !l.starts_with("key 2")).collect::<Vec<_>>().join("\n").as_str(),
        )
        .expect("parses");
        assert_eq!(only_first.decrypt(place("email"), &new), Err(CryptoError::UnknownKey(2)));
    }

    #[test]
    fn blind_index_is_stable_per_ring_and_separates_purposes() {
        let ring = KeyRing::generate();
        let a = ring.blind_index("email", "donor@twinbridge.test");
        assert_eq!(a, ring.blind_index("email", "donor@twinbridge.test"));
        assert_ne!(a, ring.blind_index("phone", "donor@twinbridge.test"));
        assert_ne!(a, KeyRing::generate().blind_index("email", "donor@twinbridge.test"));
    }

    #[test]
    fn bad_key_files_are_refused_and_debug_shows_no_key() {
        for bad in [
            "",
            "# only a comment",
            "key 1 abc",
            "key x 00",
            "key 0 0000000000000000000000000000000000000000000000000000000000000000",
        ] {
            assert!(KeyRing::from_text(bad).is_err(), "{bad:?}");
        }
        let ring = KeyRing::generate();
        let text = ring.to_text();
        let hex_key = text.lines().last().and_then(|l| l.split_whitespace().nth(2)).expect("a key line");
        assert!(!format!("{ring:?}").contains(hex_key));
    }
}
