//! TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, one step of clock skew either way), checked against the
//! application clock. Replays are refused by recording the accepted step (see `service`).

use totp_rs::{Algorithm, Builder, Secret, Totp};

fn builder(secret: Secret) -> Builder {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(twinbridge_domain::account::TOTP_STEP_SECONDS)
        .with_secret(secret)
}

/// The time step at which `code` is valid for the base32 `secret` at `unix_time`, if any.
pub fn matching_step(secret_base32: &str, code: &str, unix_time: u64) -> Option<u64> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    // Not RFC-length-checked: secrets enrolled here have 160 bits, but the published demo secret has 80.
    let totp: Totp = builder(secret).build_noncompliant();
    totp.check(&code, unix_time)
}

/// The code for `secret_base32` at `unix_time` (tests and the demo).
pub fn code_at(secret_base32: &str, unix_time: u64) -> Option<String> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    Some(builder(secret).build_noncompliant().generate(unix_time).to_string())
}

/// A new random secret (160 bits) as base32.
pub fn new_secret() -> String {
    Secret::generate().to_base32()
}

/// The `otpauth://` URL and a QR code (PNG, base64) for enrolling `secret_base32` in an authenticator app
/// under `label` (the staff member's sign-in e-mail, shown only in their own app).
pub fn enrolment(secret_base32: &str, label: &str) -> Option<(String, String)> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    let totp =
        builder(secret).with_issuer(Some("Twinbridge")).with_account_name(label.replace(':', "")).build_noncompliant();
    let url = totp.to_url().ok()?;
    let qr = totp.to_qr_base64().ok()?;
    Some((url, qr))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_their_step_and_neighbours_only() {
        let secret = "JBSWY3DPEHPK3PXP";
        let t = 1_780_000_000;
        let code = code_at(secret, t).expect("code");
        assert_eq!(code.len(), 6);
        assert_eq!(matching_step(secret, &code, t), Some(t / 30));
        assert_eq!(matching_step(secret, &code, t + 30), Some(t / 30), "one step of skew");
        assert_eq!(matching_step(secret, &code, t + 120), None);
        assert_eq!(matching_step(secret, "000000x", t), None);
        assert_eq!(matching_step("not base32!", &code, t), None);
    }
}
