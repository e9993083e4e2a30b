//! Passwords and bearer secrets (session tokens, e-mail links, recovery codes, API tokens).
//!
//! Passwords are hashed with Argon2id (19 MiB, 2 passes, 1 lane: the OWASP minimum, about 50 ms here),
//! never encrypted. Bearer secrets are 32 random bytes shown once as hex; only their SHA-256 is stored,
//! so a database dump does not let anyone sign in. (A fast hash is right for them: they have 256 bits of
//! entropy, unlike passwords.)

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use sha2::{Digest, Sha256};

fn argon2() -> Argon2<'static> {
    // The parameters are constants inside the documented ranges, so `Params::new` cannot fail.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string of `password` (salted, `$argon2id$…`).
pub fn hash_password(password: &str) -> String {
    match argon2().hash_password(password.as_bytes()) {
        Ok(hash) => hash.to_string(),
        // Only fails for inputs beyond Argon2's limits (4 GiB passwords); such a password never matches.
        Err(_) => String::new(),
    }
}

/// Whether `password` matches `phc` (any Argon2 parameters recorded in it).
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A new bearer secret: the text to hand out once, and the hash to store.
pub fn new_token() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    let text = hex::encode(bytes);
    let hash = hash_token(&text);
    (text, hash)
}

/// SHA-256 of `bytes` (for hash chains).
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// The stored form of a bearer secret.
pub fn hash_token(text: &str) -> Vec<u8> {
    Sha256::digest(text.trim().as_bytes()).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_themselves_and_are_salted() {
        let a = hash_password("twinbridge-demo");
        assert!(a.starts_with("$argon2id$"));
        assert!(verify_password("twinbridge-demo", &a));
        assert!(!verify_password("twinbridge-dem0", &a));
        assert!(!verify_password("twinbridge-demo", "not a hash"));
        assert_ne!(a, hash_password("twinbridge-demo"));
    }

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (text, hash) = new_token();
        assert_eq!(text.len(), 64);
        assert_eq!(hash_token(&text), hash);
        assert_ne!(new_token().0, text);
        assert!(!hash.windows(8).any(|w| text.as_bytes().windows(8).any(|t| t == w)));
    }
}
