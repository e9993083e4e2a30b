//! Per-person data keys, for crypto-shredding.
//!
//! Each person's identity fields are sealed with a key of their own, and only that key is sealed with the
//! key ring (it is "wrapped"). Erasing the person destroys the wrapped key: every copy of their fields —
//! old row versions, free pages, the write-ahead log — becomes unreadable at once, even to someone who
//! holds the key ring.
//!
//! Stored field format: `0x02 | nonce (24) | ciphertext + tag (16)`; the version byte differs from the key
//! ring's `0x01`, so a reader can tell which key a field needs.

use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::{CryptoError, FieldPlace, KeyRing};

const FORMAT_DATA_KEY: u8 = 2;
const NONCE_LEN: usize = 24;
const HEADER_LEN: usize = 1 + NONCE_LEN;
const KEY_LEN: usize = 32;

/// A 256-bit key that seals one person's fields. Never stored unwrapped.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; KEY_LEN]);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    /// A new random key.
    pub fn generate() -> Self {
        let mut key = [0u8; KEY_LEN];
        rand::fill(&mut key);
        Self(key)
    }

    /// Whether `stored` was sealed with a data key (rather than with the key ring directly).
    pub fn sealed(stored: &[u8]) -> bool {
        stored.first() == Some(&FORMAT_DATA_KEY)
    }

    /// Encrypts `plaintext` for `place`.
    pub fn encrypt(&self, place: FieldPlace<'_>, plaintext: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(&self.0.into());
        let nonce = XNonce::generate();
        let aad = place.associated_data(0);
        let Ok(sealed) = cipher.encrypt(&nonce, Payload { msg: plaintext, aad: &aad }) else {
            unreachable!("XChaCha20-Poly1305 encryption only fails for messages over 256 GiB");
        };
        let mut out = Vec::with_capacity(HEADER_LEN + sealed.len());
        out.push(FORMAT_DATA_KEY);
        out.extend_from_slice(nonce.as_slice());
        out.extend_from_slice(&sealed);
        out
    }

    /// Decrypts a value written by [`DataKey::encrypt`] for the same `place`.
    pub fn decrypt(&self, place: FieldPlace<'_>, stored: &[u8]) -> Result<Vec<u8>, CryptoError> {
        if stored.len() < HEADER_LEN + 16 || !Self::sealed(stored) {
            return Err(CryptoError::Undecryptable);
        }
        let nonce = XNonce::try_from(&stored[1..HEADER_LEN]).map_err(|_| CryptoError::Undecryptable)?;
        let cipher = XChaCha20Poly1305::new(&self.0.into());
        let aad = place.associated_data(0);
        cipher
            .decrypt(&nonce, Payload { msg: &stored[HEADER_LEN..], aad: &aad })
            .map_err(|_| CryptoError::Undecryptable)
    }

    /// This key sealed with the newest key of `ring`, bound to `place` (where the wrapped key is kept).
    pub fn wrap(&self, ring: &KeyRing, place: FieldPlace<'_>) -> Vec<u8> {
        ring.encrypt(place, &self.0)
    }

    /// The key that [`DataKey::wrap`] sealed for `place`.
    pub fn unwrap(ring: &KeyRing, place: FieldPlace<'_>, wrapped: &[u8]) -> Result<Self, CryptoError> {
        let mut plain = ring.decrypt(place, wrapped)?;
        let result = <[u8; KEY_LEN]>::try_from(plain.as_slice()).map(Self).map_err(|_| CryptoError::Undecryptable);
        plain.zeroize();
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROW: [u8; 2] = [7, 7];

    fn place(column: &str) -> FieldPlace<'_> {
        FieldPlace { table: "persons", column, row: &ROW }
    }

    #[test]
    fn a_field_sealed_with_a_data_key_reads_back_only_with_that_key_and_place() {
        let key = DataKey::generate();
        let sealed = key.encrypt(place("legal_name"), b"Aarav Mehta");
        assert!(DataKey::sealed(&sealed));
        assert!(!sealed.windows(5).any(|w| w == b"Aarav"));
        assert_eq!(key.decrypt(place("legal_name"), &sealed), Ok(b"Aarav Mehta".to_vec()));
        assert_eq!(key.decrypt(place("town"), &sealed), Err(CryptoError::Undecryptable));
        assert_eq!(DataKey::generate().decrypt(place("legal_name"), &sealed), Err(CryptoError::Undecryptable));
        // The key ring alone cannot open it, and a ring-sealed value is not taken for a data-key one.
        let ring = KeyRing::generate();
        assert!(ring.decrypt(place("legal_name"), &sealed).is_err());
        assert!(!DataKey::sealed(&ring.encrypt(place("legal_name"), b"x")));
    }

    #[test]
    fn a_wrapped_key_unwraps_with_its_ring_and_place_only() {
        let ring = KeyRing::generate();
        let key = DataKey::generate();
        let key_place = FieldPlace { table: "person_keys", column: "data_key", row: &ROW };
        let wrapped = key.wrap(&ring, key_place);
        let unwrapped = DataKey::unwrap(&ring, key_place, &wrapped).expect("unwraps");
        let sealed = key.encrypt(place("email"), b"donor@twinbridge.test");
        assert_eq!(unwrapped.decrypt(place("email"), &sealed), Ok(b"donor@twinbridge.test".to_vec()));
        let elsewhere = FieldPlace { table: "person_keys", column: "data_key", row: &[1] };
        assert!(DataKey::unwrap(&ring, elsewhere, &wrapped).is_err());
        assert!(DataKey::unwrap(&KeyRing::generate(), key_place, &wrapped).is_err());
        assert_eq!(format!("{key:?}"), "DataKey(..)");
    }
}
