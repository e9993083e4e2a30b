//! Who is asking: sign-in (password + TOTP for staff, e-mail links or password for participants),
//! sessions, API tokens, and the extractors handlers use to require a signed-in user.
//!
//! Rules kept here:
//! - a browser session is rotated on every sign-in and privilege change, expires after
//!   [`IDLE_TIMEOUT`] without use and [`ABSOLUTE_TIMEOUT`] after sign-in (measured with the application
//!   clock), and dies with the account's auth version (password change, disabling, "sign out everywhere");
//! - staff are signed in only after a TOTP code (a half-signed-in state lasts [`PENDING_TIMEOUT`]);
//! - failures are counted per e-mail address whether or not an account exists, and every refusal looks
//!   the same, so responses do not reveal which addresses have accounts.

pub(crate) mod extract;
pub mod service;
pub mod totp;

pub use extract::{CurrentUser, MaybeUser, Unauthenticated};
/// An account as services hand it to pages (the store's type, named here so that handlers need not
/// reach into the store).
pub use twinbridge_store::repo::accounts::Account;

use chrono::TimeDelta;

/// A session unused for this long ends.
pub const IDLE_TIMEOUT: TimeDelta = TimeDelta::minutes(30);
/// How stale a session's "last seen" time may get before a request writes it anew. Writing it on every
/// request made every page view a database write; refreshed at most this often, a session ends between
/// `IDLE_TIMEOUT - LAST_SEEN_GRANULARITY` and `IDLE_TIMEOUT` after its last use — never later.
pub const LAST_SEEN_GRANULARITY: TimeDelta = TimeDelta::minutes(1);
/// A session ends this long after sign-in, used or not.
pub const ABSOLUTE_TIMEOUT: TimeDelta = TimeDelta::hours(12);
/// Time to enter the TOTP code after the password.
pub const PENDING_TIMEOUT: TimeDelta = TimeDelta::minutes(5);
/// How long an e-mailed sign-in link works.
pub const SIGN_IN_LINK_TTL: TimeDelta = TimeDelta::minutes(15);
/// How long a staff invitation works.
pub const INVITATION_TTL: TimeDelta = TimeDelta::days(7);
/// How long an API token works.
pub const API_TOKEN_TTL: TimeDelta = TimeDelta::hours(12);

/// Keys of the session data.
pub(crate) mod keys {
    /// The account id (also copied into its own column by the session store).
    pub const ACCOUNT: &str = twinbridge_store::repo::sessions::ACCOUNT_KEY;
    /// The account's auth version when the session was made.
    pub const AUTH_VERSION: &str = "auth_version";
    /// `full`, `totp` (password given, TOTP code awaited) or `enrol` (must enrol TOTP first).
    pub const LEVEL: &str = "level";
    /// When the user signed in (unix seconds, application clock).
    pub const SIGNED_IN_AT: &str = "signed_in_at";
    /// When the session was last used (unix seconds, application clock).
    pub const LAST_SEEN: &str = "last_seen";
}

/// How far a session has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Fully signed in.
    Full,
    /// Password accepted; the TOTP code is still needed.
    AwaitingTotp,
    /// A new staff member who set a password and must enrol an authenticator before anything else.
    MustEnrolTotp,
}

impl Level {
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::AwaitingTotp => "totp",
            Self::MustEnrolTotp => "enrol",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Self> {
        [Self::Full, Self::AwaitingTotp, Self::MustEnrolTotp].into_iter().find(|l| l.as_str() == s)
    }
}
