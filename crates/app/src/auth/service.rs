//! Sign-in use cases, shared by the pages and the API. Each write happens in one transaction with the
//! e-mail it causes (outbox).

use chrono::{DateTime, Utc};
use serde_json::json;
use twinbridge_crypto::secrets;
use twinbridge_domain::account::{self, locked_until};
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::{AccountId, AccountKind, Email, OrganisationId, PersonName, StaffRole};
use twinbridge_store::repo::accounts::{self, Account, NewAccount};
use twinbridge_store::repo::audit::NewEvent;
use twinbridge_store::repo::{outbox, sessions, throttle, tokens};
use twinbridge_store::{StoreError, TxError};

use super::{API_TOKEN_TTL, INVITATION_TTL, SIGN_IN_LINK_TTL, totp};
use crate::mail::MailKind;
use crate::state::AppState;

/// The audit helpers of the service and the chain's append, under one name.
mod audit {
    pub(super) use crate::services::audit::{event, home_organisation, record};
    pub(super) use twinbridge_store::repo::audit::append;
}

/// Why a sign-in step was refused. Deliberately coarse: the user is told the same thing whether the
/// address is unknown, the password wrong, the code wrong or the address locked.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    /// Wrong credentials, unknown address, disabled account or locked address.
    #[error("sign-in refused")]
    Refused,
    /// A link or code that is unknown, used or expired.
    #[error("the link or code is no longer valid")]
    InvalidToken,
    /// The password was right but the authenticator code was used already (each code signs in once).
    #[error("this authenticator code was used already; wait for the next one")]
    CodeAlreadyUsed,
    /// Input that does not parse (e.g. not an e-mail address).
    #[error("{0}")]
    BadInput(String),
    /// The caller may not do this.
    #[error("not allowed")]
    Forbidden,
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl TxError for AuthError {
    fn store_error(&self) -> Option<&StoreError> {
        match self {
            Self::Store(e) => Some(e),
            _ => None,
        }
    }
}

/// The result of the password step.
#[derive(Debug)]
pub enum PasswordOutcome {
    /// Signed in.
    SignedIn(Account),
    /// Staff: the password was right; a TOTP code is needed next.
    NeedsTotp(Account),
    /// Staff invited but without an authenticator yet: must enrol before anything else.
    MustEnrolTotp(Account),
}

fn unix(now: DateTime<Utc>) -> u64 {
    u64::try_from(now.timestamp()).unwrap_or(0)
}

/// A password hash that never matches, verified against when there is no account, so that unknown
/// addresses take as long as known ones.
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| secrets::hash_password("no account has this password"))
}

async fn verify_password(password: String, hash: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || match hash {
        Some(hash) => secrets::verify_password(&password, &hash),
        None => {
            let _ = secrets::verify_password(&password, dummy_hash());
            false
        }
    })
    .await
    .unwrap_or(false)
}

/// Records a failed attempt for the address (and in the audit trail) and locks the address once failures
/// reach the threshold.
async fn record_failure(state: &AppState, index: &[u8], account: Option<&Account>) -> Result<(), AuthError> {
    let now = state.clock.now();
    let organisation = match account {
        Some(a) => audit::home_organisation(state, a).await?,
        None => None,
    };
    let event =
        audit::event(AuditAction::SignInFailed, account, organisation, account.map(|a| format!("account:{}", a.id)));
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                let (failures, _) = throttle::get(&*tx, index).await?;
                let failures = failures.saturating_add(1);
                throttle::put(&*tx, index, failures, locked_until(failures, now), now).await?;
                audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}

/// Records the sign-in and, with `clear` (the address index of a sign-in that proved the password),
/// clears the failure count.
async fn signed_in(state: &AppState, clear: Option<&[u8]>, account: &Account, method: &str) -> Result<(), AuthError> {
    let now = state.clock.now();
    let mut event =
        audit::event(AuditAction::SignIn, Some(account), audit::home_organisation(state, account).await?, None);
    event.details = json!({ "method": method });
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                if let Some(index) = clear {
                    throttle::put(&*tx, index, 0, None, now).await?;
                }
                audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}

/// Records an action of `account` on `subject` in the audit trail.
async fn audited(
    state: &AppState,
    action: AuditAction,
    account: &Account,
    subject: Option<String>,
) -> Result<(), AuthError> {
    let event = audit::event(action, Some(account), audit::home_organisation(state, account).await?, subject);
    audit::record(state, event).await?;
    Ok(())
}

async fn is_locked(state: &AppState, index: &[u8]) -> Result<bool, AuthError> {
    let (_, until) = throttle::get(state.store.read(), index).await?;
    Ok(until.is_some_and(|until| until > state.clock.now()))
}

/// Checks a TOTP code (or a recovery code) for a staff account and burns it.
/// How a second factor was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SecondFactor {
    Accepted,
    Wrong,
    /// A right code whose time step already signed in: told apart, after the password, so that the person
    /// knows to wait for the next code.
    AlreadyUsed,
}

async fn check_second_factor(state: &AppState, account: &Account, code: &str) -> Result<SecondFactor, AuthError> {
    let code = code.trim();
    let Some(secret) = &account.totp_secret else { return Ok(SecondFactor::Wrong) };
    let taken = |ok: bool| if ok { SecondFactor::Accepted } else { SecondFactor::Wrong };
    let id = account.id;
    if code.len() > 8 {
        // A recovery code: single use, stored hashed.
        let hash = secrets::hash_token(&normalise_recovery_code(code));
        let now = state.clock.now();
        let used = state.store.write_tx(|tx| {
            let hash = &hash;
            async move { tokens::use_recovery_code(&*tx, id, hash, now).await }
        });
        return Ok(taken(used.await?));
    }
    let Some(step) = totp::matching_step(secret, code, unix(state.clock.now())) else { return Ok(SecondFactor::Wrong) };
    if !account::totp_step_unused(account.totp_last_step, step) {
        return Ok(SecondFactor::AlreadyUsed);
    }
    let claimed = state.store.write_tx(|tx| async move { accounts::claim_totp_step(&*tx, id, step).await }).await?;
    // Claimed by a simultaneous sign-in with the same code: used already.
    Ok(if claimed { SecondFactor::Accepted } else { SecondFactor::AlreadyUsed })
}

/// The refusal for a second factor that was not accepted.
fn refusal(outcome: SecondFactor) -> AuthError {
    if outcome == SecondFactor::AlreadyUsed { AuthError::CodeAlreadyUsed } else { AuthError::Refused }
}

fn normalise_recovery_code(code: &str) -> String {
    code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// The password step of sign-in (with the TOTP code too, when the form sends both).
pub async fn sign_in_with_password(
    state: &AppState,
    email: &str,
    password: &str,
    totp_code: Option<&str>,
) -> Result<PasswordOutcome, AuthError> {
    let Ok(email) = Email::parse(email) else { return Err(AuthError::Refused) };
    let index = accounts::email_index(&state.keys, &email);
    if is_locked(state, &index).await? {
        // Do the same work as a real check so that a locked address is not told apart by timing.
        let _ = verify_password(password.to_owned(), None).await;
        return Err(AuthError::Refused);
    }
    let known = accounts::find_by_email(state.store.read(), &state.keys, &email).await?;
    let account = known.clone().filter(|a| !a.disabled);
    let hash = account.as_ref().and_then(|a| a.password_hash.clone());
    let password_ok = verify_password(password.to_owned(), hash).await;
    let Some(account) = account.filter(|_| password_ok) else {
        record_failure(state, &index, known.as_ref()).await?;
        return Err(AuthError::Refused);
    };
    if account.kind == AccountKind::Staff {
        if account.totp_secret.is_none() {
            return Ok(PasswordOutcome::MustEnrolTotp(account));
        }
        match totp_code.map(str::trim).filter(|c| !c.is_empty()) {
            None => return Ok(PasswordOutcome::NeedsTotp(account)),
            Some(code) => {
                let outcome = check_second_factor(state, &account, code).await?;
                if outcome != SecondFactor::Accepted {
                    record_failure(state, &index, Some(&account)).await?;
                    return Err(refusal(outcome));
                }
            }
        }
    }
    signed_in(state, Some(&index), &account, "password").await?;
    Ok(PasswordOutcome::SignedIn(account))
}

/// The TOTP step of a staff sign-in whose password was accepted.
pub async fn complete_totp(state: &AppState, account_id: AccountId, code: &str) -> Result<Account, AuthError> {
    let account = accounts::get(state.store.read(), &state.keys, account_id).await?.filter(|a| !a.disabled);
    let Some(account) = account else { return Err(AuthError::Refused) };
    let index = accounts::email_index(&state.keys, &account.email);
    if is_locked(state, &index).await? {
        return Err(AuthError::Refused);
    }
    let outcome = check_second_factor(state, &account, code).await?;
    if outcome != SecondFactor::Accepted {
        record_failure(state, &index, Some(&account)).await?;
        return Err(refusal(outcome));
    }
    signed_in(state, Some(&index), &account, "password_totp").await?;
    Ok(account)
}

/// The outbox kind of a request for a sign-in link: the address as typed, not yet looked up.
pub const SIGN_IN_REQUEST: &str = "sign-in-request";

/// Asks for a sign-in link for `email`. The answer must not tell whether the address has an account, in
/// its content or in its time: so the request does the same work for every address (one outbox row with
/// the address, sealed) and the mail worker looks the account up later ([`sign_in_link_message`]).
pub async fn request_sign_in_link(state: &AppState, email: &str, language: &str) -> Result<(), AuthError> {
    let Ok(email) = Email::parse(email) else { return Ok(()) };
    let now = state.clock.now();
    let request = outbox::OutgoingMessage {
        id: uuid::Uuid::new_v4(),
        kind: SIGN_IN_REQUEST.into(),
        recipient: email,
        language: language.to_owned(),
        payload: json!({}),
        attempts: 0,
        person: None,
    };
    state
        .store
        .write_tx(|tx| {
            let request = &request;
            async move { outbox::enqueue(&*tx, &state.keys, request, now).await }
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(())
}

/// The e-mail that answers a queued [`SIGN_IN_REQUEST`] (same outbox id): a fresh sign-in link, which
/// replaces the account's earlier ones. `None` when the address has no enabled participant account — then
/// nothing is sent. The link lives only in this value, on its way to the mail server.
pub async fn sign_in_link_message(
    state: &AppState,
    request: &outbox::OutgoingMessage,
) -> Result<Option<outbox::OutgoingMessage>, StoreError> {
    let account = accounts::find_by_email(state.store.read(), &state.keys, &request.recipient).await?;
    let Some(account) = account.filter(|a| !a.disabled && a.kind == AccountKind::Participant) else { return Ok(None) };
    let (token, hash) = secrets::new_token();
    let now = state.clock.now();
    let id = account.id;
    state
        .store
        .write_tx(|tx| {
            let hash = &hash;
            async move { tokens::insert_one_time(&*tx, hash.clone(), id, "sign-in", now + SIGN_IN_LINK_TTL, now).await }
        })
        .await?;
    let organisation = audit::home_organisation(state, &account).await?;
    audit::record(state, audit::event(AuditAction::SignInLinkSent, Some(&account), organisation, None)).await?;
    Ok(Some(outbox::OutgoingMessage {
        id: request.id,
        kind: MailKind::SignInLink.as_str().into(),
        recipient: account.notification_email.clone().unwrap_or_else(|| account.email.clone()),
        language: account.language.clone().unwrap_or_else(|| request.language.clone()),
        payload: json!({
            "link": link(state, &format!("/sign-in/link/{token}")),
            "minutes": SIGN_IN_LINK_TTL.num_minutes(),
        }),
        attempts: request.attempts,
        person: None,
    }))
}

fn link(state: &AppState, path: &str) -> String {
    let base = state.config.public_url.as_str().trim_end_matches('/');
    format!("{base}{path}")
}

/// Whether a sign-in link (or invitation) can still be used, without using it.
pub async fn token_usable(state: &AppState, token: &str, purpose: &str) -> Result<bool, AuthError> {
    let hash = secrets::hash_token(token);
    Ok(tokens::peek_one_time(state.store.read(), &hash, purpose, state.clock.now()).await?.is_some())
}

/// Uses a sign-in link: the participant is signed in.
///
/// A link does not get round a lock-out: while the address is locked after failed passwords, the link is
/// refused and stays unused (it may still work once the lock ends, within its 15 minutes). And signing in
/// with a link leaves the failure count as it is: a link proves the mailbox, not the password, so someone
/// guessing the password gains no fresh attempts when the owner signs in by e-mail. Only a right password
/// clears the count.
pub async fn consume_sign_in_link(state: &AppState, token: &str) -> Result<Account, AuthError> {
    let hash = secrets::hash_token(token);
    let now = state.clock.now();
    let account_id =
        tokens::peek_one_time(state.store.read(), &hash, "sign-in", now).await?.ok_or(AuthError::InvalidToken)?;
    let account = accounts::get(state.store.read(), &state.keys, account_id)
        .await?
        .filter(|a| !a.disabled)
        .ok_or(AuthError::InvalidToken)?;
    if is_locked(state, &accounts::email_index(&state.keys, &account.email)).await? {
        return Err(AuthError::Refused);
    }
    let used = state
        .store
        .write_tx(|tx| {
            let hash = &hash;
            async move { tokens::consume_one_time(&*tx, hash, "sign-in", now).await }
        })
        .await?;
    if used != Some(account_id) {
        return Err(AuthError::InvalidToken);
    }
    signed_in(state, None, &account, "email_link").await?;
    Ok(account)
}

/// Issues an API token for a signed-in account.
pub async fn issue_api_token(state: &AppState, account: AccountId) -> Result<(String, DateTime<Utc>), AuthError> {
    let (token, hash) = secrets::new_token();
    let now = state.clock.now();
    let expires = now + API_TOKEN_TTL;
    state
        .store
        .write_tx(|tx| {
            let hash = &hash;
            async move { tokens::insert_api_token(&*tx, hash.clone(), account, expires, now).await }
        })
        .await?;
    Ok((token, expires))
}

/// Records that `account` signed out of the portal (the session itself ends in the page handler).
pub async fn record_sign_out(state: &AppState, account: &Account) -> Result<(), AuthError> {
    let organisation = audit::home_organisation(state, account).await?;
    let event = audit::event(AuditAction::SignOut, Some(account), organisation, None);
    audit::record(state, event).await?;
    Ok(())
}

/// Revokes an API token (signing out of the API); an unknown token changes nothing.
pub async fn revoke_api_token(state: &AppState, token: &str) -> Result<(), AuthError> {
    let hash = twinbridge_crypto::secrets::hash_token(token);
    state
        .store
        .write_tx(|tx| {
            let hash = &hash;
            async move { tokens::delete_api_token(&*tx, hash).await }
        })
        .await?;
    Ok(())
}

/// Ends every session and API token of an account.
pub async fn sign_out_everywhere(state: &AppState, account: &Account) -> Result<(), AuthError> {
    let (id, version) = (account.id, account.auth_version.saturating_add(1));
    state
        .store
        .write_tx(|tx| async move {
            accounts::set_auth_version(&*tx, id, version).await?;
            sessions::delete_all_of(&*tx, id).await?;
            tokens::delete_api_tokens_of(&*tx, id).await
        })
        .await?;
    audited(state, AuditAction::SignedOutEverywhere, account, None).await
}

/// Minimum password length (long passphrases beat complexity rules).
pub const MIN_PASSWORD_CHARS: usize = 10;

fn check_new_password(password: &str) -> Result<(), AuthError> {
    let length = password.chars().count();
    if !(MIN_PASSWORD_CHARS..=200).contains(&length) {
        return Err(AuthError::BadInput(format!("password-length:{MIN_PASSWORD_CHARS}")));
    }
    Ok(())
}

/// Sets a new password (participants may add one; staff change theirs). A current password, if the
/// account has one, must be given. Other sessions end.
pub async fn change_password(state: &AppState, account: &Account, current: &str, new: &str) -> Result<i32, AuthError> {
    if account.password_hash.is_some() && !verify_password(current.to_owned(), account.password_hash.clone()).await {
        return Err(AuthError::Refused);
    }
    check_new_password(new)?;
    let new = new.to_owned();
    let hash =
        tokio::task::spawn_blocking(move || secrets::hash_password(&new)).await.map_err(|_| AuthError::Refused)?;
    let (id, version) = (account.id, account.auth_version.saturating_add(1));
    state
        .store
        .write_tx(|tx| {
            let hash = &hash;
            async move {
                accounts::set_password(&*tx, id, hash.clone(), version).await?;
                sessions::delete_all_of(&*tx, id).await?;
                tokens::delete_api_tokens_of(&*tx, id).await
            }
        })
        .await?;
    audited(state, AuditAction::PasswordChanged, account, None).await?;
    Ok(version)
}

/// Enrols a TOTP secret after checking a code made with it; returns fresh recovery codes (shown once).
pub async fn enrol_totp(
    state: &AppState,
    account: &Account,
    secret: &str,
    code: &str,
) -> Result<Vec<String>, AuthError> {
    let Some(step) = totp::matching_step(secret, code, unix(state.clock.now())) else { return Err(AuthError::Refused) };
    let codes: Vec<String> = (0..10).map(|_| secrets::new_token().0[..12].to_owned()).collect();
    let hashes: Vec<Vec<u8>> = codes.iter().map(|c| secrets::hash_token(&normalise_recovery_code(c))).collect();
    let id = account.id;
    state
        .store
        .write_tx(|tx| {
            let hashes = &hashes;
            async move {
                accounts::set_totp_secret(&*tx, &state.keys, id, secret).await?;
                accounts::claim_totp_step(&*tx, id, step).await?;
                tokens::replace_recovery_codes(&*tx, id, hashes.clone()).await
            }
        })
        .await?;
    audited(state, AuditAction::TotpEnrolled, account, None).await?;
    Ok(codes.into_iter().map(|c| format!("{}-{}-{}", &c[..4], &c[4..8], &c[8..])).collect())
}

/// A staff invitation: the new account and the link that sets it up (also sent by e-mail).
#[derive(Debug)]
pub struct Invitation {
    /// The invited account.
    pub account: AccountId,
    /// The invitation link (valid for the invitation period, once).
    pub link: String,
}

/// An administrator (or the operator, `invited_by` = `None`, for an organisation's first administrator)
/// invites a staff member to an organisation.
pub async fn invite_staff(
    state: &AppState,
    invited_by: Option<AccountId>,
    organisation: OrganisationId,
    email: &str,
    name: Option<&str>,
    roles: &[StaffRole],
    language: &str,
) -> Result<Invitation, AuthError> {
    let email = Email::parse(email).map_err(|e| AuthError::BadInput(e.to_string()))?;
    let name = name
        .filter(|n| !n.trim().is_empty())
        .map(PersonName::parse)
        .transpose()
        .map_err(|e| AuthError::BadInput(e.to_string()))?;
    if roles.is_empty() {
        return Err(AuthError::BadInput("choose at least one role".into()));
    }
    let id = AccountId::random();
    let (token, hash) = secrets::new_token();
    let now = state.clock.now();
    let message = outbox::OutgoingMessage {
        id: uuid::Uuid::new_v4(),
        kind: MailKind::Invitation.as_str().into(),
        recipient: email.clone(),
        language: language.to_owned(),
        payload: json!({ "link": link(state, &format!("/invitation/{token}")), "days": INVITATION_TTL.num_days() }),
        attempts: 0,
        person: None,
    };
    let invitation_link = link(state, &format!("/invitation/{token}"));
    state
        .store
        .write_tx(|tx| {
            let (email, name, hash, message) = (&email, &name, &hash, &message);
            async move {
                let new = NewAccount {
                    id,
                    kind: AccountKind::Staff,
                    person: None,
                    email,
                    display_name: name.as_ref(),
                    password_hash: None,
                    totp_secret: None,
                    language: Some(language),
                };
                accounts::insert(&*tx, &state.keys, &new, now).await?;
                for role in roles {
                    accounts::add_role(&*tx, id, organisation, *role, now).await?;
                }
                tokens::insert_one_time(&*tx, hash.clone(), id, "invitation", now + INVITATION_TTL, now).await?;
                outbox::enqueue(&*tx, &state.keys, message, now).await?;
                let event = NewEvent {
                    actor: invited_by,
                    action: AuditAction::StaffInvited,
                    organisation: Some(organisation),
                    subject: Some(format!("account:{id}")),
                    details: json!({ "roles": roles.iter().map(|r| r.as_str()).collect::<Vec<_>>() }),
                };
                audit::append(&*tx, &state.keys, event, now).await?;
                Ok::<_, AuthError>(())
            }
        })
        .await
        .map_err(|e| match e {
            AuthError::Store(StoreError::Duplicate(_)) => AuthError::BadInput("duplicate-email".into()),
            other => other,
        })?;
    state.mail_wakeup.notify_one();
    Ok(Invitation { account: id, link: invitation_link })
}

/// An invited staff member sets their password with the invitation link.
pub async fn accept_invitation(state: &AppState, token: &str, password: &str) -> Result<Account, AuthError> {
    check_new_password(password)?;
    let hash = secrets::hash_token(token);
    let now = state.clock.now();
    let password = password.to_owned();
    let phc =
        tokio::task::spawn_blocking(move || secrets::hash_password(&password)).await.map_err(|_| AuthError::Refused)?;
    let account_id = state
        .store
        .write_tx(|tx| {
            let (hash, phc) = (&hash, &phc);
            async move {
                let Some(id) = tokens::consume_one_time(&*tx, hash, "invitation", now).await? else { return Ok(None) };
                accounts::set_password(&*tx, id, phc.clone(), 1).await?;
                let event = NewEvent { actor: Some(id), ..NewEvent::new(AuditAction::InvitationAccepted) };
                audit::append(&*tx, &state.keys, event, now).await?;
                Ok::<_, AuthError>(Some(id))
            }
        })
        .await?
        .ok_or(AuthError::InvalidToken)?;
    accounts::get(state.store.read(), &state.keys, account_id).await?.ok_or(AuthError::InvalidToken)
}

/// Disables or re-enables a staff member of one of the administrator's organisations.
pub async fn set_staff_disabled(
    state: &AppState,
    admin: AccountId,
    admin_orgs: &[OrganisationId],
    target: AccountId,
    disabled: bool,
) -> Result<(), AuthError> {
    let roles = accounts::roles(state.store.read(), target).await?;
    if !roles.iter().any(|(org, _)| admin_orgs.contains(org)) {
        return Err(AuthError::Forbidden);
    }
    let account = accounts::get(state.store.read(), &state.keys, target).await?.ok_or(AuthError::Forbidden)?;
    let version = account.auth_version.saturating_add(1);
    let organisation = roles.iter().map(|(org, _)| *org).find(|org| admin_orgs.contains(org));
    let event = NewEvent {
        actor: Some(admin),
        action: if disabled { AuditAction::StaffDisabled } else { AuditAction::StaffEnabled },
        organisation,
        subject: Some(format!("account:{target}")),
        details: serde_json::Value::Null,
    };
    let now = state.clock.now();
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                accounts::set_disabled(&*tx, target, disabled, version).await?;
                sessions::delete_all_of(&*tx, target).await?;
                tokens::delete_api_tokens_of(&*tx, target).await?;
                audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}
