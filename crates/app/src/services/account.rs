//! A signed-in person's own settings: language, e-mail address for notifications, which e-mails they
//! get, read receipts.

use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::notice::{MailChoices, MailKind};
use twinbridge_domain::{AccountId, AccountKind, Email};
use twinbridge_store::{StoreError, repo};

use crate::auth::{Account, CurrentUser};
use crate::state::AppState;

/// Why a setting was not changed.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// The setting is not for this kind of account.
    #[error("{0}")]
    Forbidden(&'static str),
    /// The input is not one of the choices; says which.
    #[error("{0}")]
    BadInput(String),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The account as stored now (after a change that moved it on, such as a new password).
#[tracing::instrument(level = "debug", skip_all, fields(account = %id))]
pub async fn current(state: &AppState, id: AccountId) -> Result<Option<Account>, StoreError> {
    repo::accounts::get(state.store.read(), &state.keys, id).await
}

/// Remembers the language the person reads the portal in (`None`: the browser's).
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id))]
pub async fn set_language(state: &AppState, user: &CurrentUser, code: Option<&'static str>) -> Result<(), StoreError> {
    let id = user.account.id;
    state.store.write_tx(|tx| async move { repo::accounts::set_language(&*tx, id, code).await }).await
}

/// Sends notifications to `email` instead of the sign-in address (`None`: back to the sign-in address).
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id))]
pub async fn set_notification_email(
    state: &AppState,
    user: &CurrentUser,
    email: Option<&Email>,
) -> Result<(), StoreError> {
    let (id, keys) = (user.account.id, &state.keys);
    state.store.write_tx(|tx| async move { repo::accounts::set_notification_email(&*tx, keys, id, email).await }).await
}

/// Whether writers may see that this participant read their letters; audited like other privacy choices.
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id))]
pub async fn set_read_receipts(state: &AppState, user: &CurrentUser, share: bool) -> Result<(), AccountError> {
    if user.account.kind != AccountKind::Participant {
        return Err(AccountError::Forbidden("only donors, patients and proxies receive letters"));
    }
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::ReadReceiptsChanged,
        Some(&user.account),
        organisation,
        Some(format!("account:{}", user.account.id)),
    );
    event.details = serde_json::json!({ "share": share });
    let (id, now) = (user.account.id, state.clock.now());
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                repo::accounts::set_share_read_receipts(&*tx, id, share).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}

/// Which e-mails the person gets and, for staff, how often the digest comes; audited (it decides
/// what reaches them).
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id))]
pub async fn set_mail_choices(state: &AppState, user: &CurrentUser, choices: MailChoices) -> Result<(), AccountError> {
    let offered: &[MailKind] = if user.is_staff() { &MailKind::STAFF_CHOICES } else { &MailKind::PARTICIPANT_CHOICES };
    if let Some(kind) = choices.off.iter().find(|k| !offered.contains(k)) {
        return Err(AccountError::BadInput(format!("{} is not a choice for this account", kind.as_str())));
    }
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::MailChoicesChanged,
        Some(&user.account),
        organisation,
        Some(format!("account:{}", user.account.id)),
    );
    event.details = serde_json::json!({ "off": choices.off_stored(), "digest": choices.digest.as_str() });
    let (id, now, choices) = (user.account.id, state.clock.now(), &choices);
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                repo::accounts::set_mail_choices(&*tx, id, choices).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}
