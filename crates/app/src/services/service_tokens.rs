//! Service tokens for registry systems: an administrator creates one for their organisation with scopes,
//! sees it once, lists and revokes them. Each token has a service account of its own (coordinator rights
//! in the organisation, no password, no e-mail), so that everything it does goes through the same
//! authorization and audit as a coordinator's work, narrowed to its scopes (`auth::extract`).

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use twinbridge_domain::access::Action;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::service_token::Scopes;
use twinbridge_domain::{AccountId, AccountKind, Email, OrganisationId, PersonName, StaffRole};
use twinbridge_store::repo::service_tokens::ServiceToken;
use twinbridge_store::{StoreError, repo};

use crate::auth::CurrentUser;
use crate::state::AppState;

/// Why a token was not created, listed or revoked.
#[derive(Debug, thiserror::Error)]
pub enum ServiceTokenError {
    /// The caller administers no organisation, or the token is not theirs (the two look the same).
    #[error("not found")]
    NotFound,
    /// Bad input, naming the field.
    #[error("{field}: {why}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// What is wrong.
        why: String,
    },
    /// A token of this name exists in the organisation.
    #[error("a token of this name exists; choose another name or revoke the old one")]
    NameTaken,
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A token as its administrator sees it (never the secret, which is shown once).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TokenLine {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its scopes.
    pub scopes: Vec<&'static str>,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it was last used.
    pub last_used_at: Option<DateTime<Utc>>,
    /// When it was revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<&ServiceToken> for TokenLine {
    fn from(t: &ServiceToken) -> Self {
        Self {
            id: t.id.to_string(),
            name: t.name.clone(),
            scopes: t.scopes.iter().map(|s| s.as_str()).collect(),
            created_at: t.created_at,
            last_used_at: t.last_used_at,
            revoked_at: t.revoked_at,
        }
    }
}

/// The organisation whose tokens the caller manages: the first they administer.
fn managed(user: &CurrentUser) -> Result<OrganisationId, ServiceTokenError> {
    if user.service.is_some() {
        return Err(ServiceTokenError::NotFound);
    }
    user.organisations_allowing(Action::ManageStaff).first().copied().ok_or(ServiceTokenError::NotFound)
}

/// Creates a token; returns it with its secret, which is shown this once.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    name: &str,
    scopes: &[String],
) -> Result<(TokenLine, String), ServiceTokenError> {
    let organisation = managed(user)?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(ServiceTokenError::Invalid {
            field: "name",
            why: "a name of one line, at most 100 characters".into(),
        });
    }
    // Shown as the actor in the audit trail where the name reads as one.
    let display = PersonName::parse(name).ok();
    let scopes = Scopes::parse(scopes.iter().map(String::as_str))
        .map_err(|e| ServiceTokenError::Invalid { field: "scopes", why: e.to_string() })?;
    let now = state.clock.now();
    let id = uuid::Uuid::new_v4();
    let account = AccountId::random();
    let email = Email::parse(&format!("service-{}@service-tokens.invalid", id.simple()))
        .map_err(|e| ServiceTokenError::Invalid { field: "name", why: e.to_string() })?;
    let (secret, hash) = twinbridge_crypto::secrets::new_token();
    let token = ServiceToken {
        id,
        organisation,
        account,
        name: name.to_owned(),
        scopes,
        created_at: now,
        revoked_at: None,
        last_used_at: None,
    };
    let mut event = crate::services::audit::event(
        AuditAction::ServiceTokenCreated,
        Some(&user.account),
        Some(organisation),
        Some(format!("service_token:{id}")),
    );
    event.details = json!({ "name": token.name, "scopes": token.scopes.to_text() });
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let (token, hash, email, display, event) = (&token, hash.clone(), &email, display.as_ref(), event.clone());
            async move {
                let new = repo::accounts::NewAccount {
                    id: account,
                    kind: AccountKind::Service,
                    person: None,
                    email,
                    display_name: display,
                    password_hash: None,
                    totp_secret: None,
                    language: None,
                };
                repo::accounts::insert(&*tx, keys, &new, now).await?;
                repo::accounts::add_role(&*tx, account, organisation, StaffRole::Coordinator, now).await?;
                repo::service_tokens::insert(&*tx, token, hash, user.account.id).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await
        .map_err(|e| match e {
            StoreError::Duplicate(_) => ServiceTokenError::NameTaken,
            other => ServiceTokenError::Store(other),
        })?;
    Ok((TokenLine::from(&token), secret))
}

/// The tokens of the caller's organisation, newest first.
pub async fn list(state: &AppState, user: &CurrentUser) -> Result<Vec<TokenLine>, ServiceTokenError> {
    let organisation = managed(user)?;
    Ok(repo::service_tokens::of_organisation(state.store.read(), organisation)
        .await?
        .iter()
        .map(TokenLine::from)
        .collect())
}

/// Revokes a token of the caller's organisation: it stops working at once, and its account is disabled.
/// Revoking twice (or at the same moment) revokes once.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn revoke(state: &AppState, user: &CurrentUser, id: &str) -> Result<(), ServiceTokenError> {
    let organisation = managed(user)?;
    let id: uuid::Uuid = id.parse().map_err(|_| ServiceTokenError::NotFound)?;
    let token =
        repo::service_tokens::get(state.store.read(), organisation, id).await?.ok_or(ServiceTokenError::NotFound)?;
    let now = state.clock.now();
    let mut event = crate::services::audit::event(
        AuditAction::ServiceTokenRevoked,
        Some(&user.account),
        Some(organisation),
        Some(format!("service_token:{id}")),
    );
    event.details = json!({ "name": token.name });
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                if repo::service_tokens::revoke(&*tx, id, now).await? {
                    let account = repo::accounts::get(&*tx, &state.keys, token.account).await?;
                    if let Some(account) = account {
                        repo::accounts::set_disabled(&*tx, account.id, true, account.auth_version + 1).await?;
                    }
                    repo::audit::append(&*tx, &state.keys, event, now).await?;
                }
                Ok::<_, StoreError>(())
            }
        })
        .await?;
    Ok(())
}
