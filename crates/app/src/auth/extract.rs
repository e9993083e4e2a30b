//! Extractors: [`CurrentUser`] for handlers that need a signed-in user, [`MaybeUser`] for pages anyone
//! may see. A bearer token (API) or the session cookie (browser) identifies the user.

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use tower_sessions::Session;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::service_token::required_scope;
use twinbridge_domain::{AccountKind, OrganisationId, StaffRole};
use twinbridge_store::repo::accounts::{self, Account};
use twinbridge_store::repo::{self, service_tokens};

use super::{ABSOLUTE_TIMEOUT, IDLE_TIMEOUT, LAST_SEEN_GRANULARITY, Level, PENDING_TIMEOUT, keys};
use crate::error::Problem;
use crate::state::AppState;

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// The account.
    pub account: Account,
    /// Staff roles per organisation (empty for participants).
    pub roles: Vec<(OrganisationId, StaffRole)>,
    /// Whether the user came with an API token rather than a browser session.
    pub via_token: bool,
    /// When a registry system calls with a service token: which token, and its scopes.
    pub service: Option<ServiceAccess>,
}

/// A service token in use.
#[derive(Debug, Clone)]
pub struct ServiceAccess {
    /// The token's id.
    pub token: uuid::Uuid,
    /// Its name, as its administrator gave it.
    pub name: String,
    /// What it may do.
    pub scopes: twinbridge_domain::service_token::Scopes,
}

impl CurrentUser {
    /// Whether this is a staff account.
    pub fn is_staff(&self) -> bool {
        matches!(self.account.kind, AccountKind::Staff | AccountKind::Service)
    }

    /// Whether the user holds `role` anywhere.
    pub fn has_role(&self, role: StaffRole) -> bool {
        self.roles.iter().any(|(_, r)| *r == role)
    }

    /// The organisations where the user is a coordinator: the only staff role that stands to pairings
    /// (`access::relation_to`), so the organisations whose pairings, letters and questions they work on.
    pub fn coordinated_organisations(&self) -> Vec<OrganisationId> {
        self.roles.iter().filter(|(_, role)| *role == StaffRole::Coordinator).map(|(o, _)| *o).collect()
    }

    /// The organisations of the user's roles where the authorization rules allow `action`.
    pub fn organisations_allowing(
        &self,
        action: fn(OrganisationId) -> twinbridge_domain::access::Action,
    ) -> Vec<OrganisationId> {
        let actor = self.actor();
        let mut orgs: Vec<OrganisationId> =
            self.roles.iter().map(|(o, _)| *o).filter(|o| twinbridge_domain::access::may(&actor, action(*o))).collect();
        orgs.dedup();
        orgs
    }

    /// The user as the authorization rules see them.
    pub fn actor(&self) -> twinbridge_domain::access::Actor {
        twinbridge_domain::access::Actor { person: self.account.person, roles: self.roles.clone() }
    }
}

/// Why there is no signed-in user: not signed in (or the session ended) — pages redirect to sign-in, the
/// API answers 401 — or the database could not tell (503): a storage error is never read as "nobody".
#[derive(Debug)]
pub enum Unauthenticated {
    /// No valid token or session.
    NotSignedIn {
        /// Whether the request is for the API.
        api: bool,
    },
    /// The database did not answer.
    Unavailable(Box<Problem>),
}

/// A storage error while identifying the caller.
fn unavailable(err: &(dyn std::error::Error + 'static)) -> Problem {
    Problem::internal(err)
}

impl IntoResponse for Unauthenticated {
    fn into_response(self) -> Response {
        let api = match self {
            Self::NotSignedIn { api } => api,
            Self::Unavailable(problem) => return (*problem).into_response(),
        };
        if api {
            let mut response =
                Problem::new(StatusCode::UNAUTHORIZED, "unauthenticated", "Sign in first (POST /api/v1/session).")
                    .into_response();
            response.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
            response
        } else {
            Redirect::to("/sign-in").into_response()
        }
    }
}

fn timestamp(session_value: Option<i64>) -> Option<DateTime<Utc>> {
    session_value.and_then(|s| DateTime::from_timestamp(s, 0))
}

/// What a browser session says, checked against the clock and the account's auth version.
pub(crate) struct SessionState {
    pub account: Account,
    pub level: Level,
}

/// Reads and checks the session; ends it when it timed out or the account moved on. `Err` when the
/// session or account could not be read (the database did not answer).
pub(crate) async fn session_state(state: &AppState, session: &Session) -> Result<Option<SessionState>, Problem> {
    // The session store reports its storage errors as text, so they cannot be told apart: a session that
    // cannot be read is treated as a database that does not answer.
    let fail = |e: tower_sessions::session::Error| {
        tracing::warn!(error = %e, "the session could not be read");
        Problem::unavailable()
    };
    let Some(account_id) = session.get::<String>(keys::ACCOUNT).await.map_err(fail)?.and_then(|a| a.parse().ok())
    else {
        return Ok(None);
    };
    let level = session.get::<String>(keys::LEVEL).await.map_err(fail)?.and_then(|l| Level::parse(&l));
    let version = session.get::<i32>(keys::AUTH_VERSION).await.map_err(fail)?;
    let signed_in = timestamp(session.get::<i64>(keys::SIGNED_IN_AT).await.map_err(fail)?);
    let last_seen = timestamp(session.get::<i64>(keys::LAST_SEEN).await.map_err(fail)?);
    let (Some(level), Some(version), Some(signed_in), Some(last_seen)) = (level, version, signed_in, last_seen) else {
        return Ok(None);
    };
    let now = state.clock.now();
    let limit = if level == Level::Full { ABSOLUTE_TIMEOUT } else { PENDING_TIMEOUT };
    let account = accounts::get(state.store.read(), &state.keys, account_id).await.map_err(|e| unavailable(&e))?;
    let valid = now - signed_in <= limit
        && now - last_seen <= IDLE_TIMEOUT
        && account.as_ref().is_some_and(|a| !a.disabled && a.auth_version == version);
    if !valid {
        let _ = session.flush().await;
        return Ok(None);
    }
    if level == Level::Full && now - last_seen >= LAST_SEEN_GRANULARITY {
        let _ = session.insert(keys::LAST_SEEN, now.timestamp()).await;
    }
    Ok(account.map(|account| SessionState { account, level }))
}

/// Starts (or moves on) the signed-in state of a session, with a fresh session id.
pub(crate) async fn begin_session(
    state: &AppState,
    session: &Session,
    account: &Account,
    level: Level,
) -> Result<(), Problem> {
    let now = state.clock.now().timestamp();
    let fail = |e: tower_sessions::session::Error| Problem::internal(&e);
    session.cycle_id().await.map_err(fail)?;
    session.insert(keys::ACCOUNT, account.id.to_string()).await.map_err(fail)?;
    session.insert(keys::AUTH_VERSION, account.auth_version).await.map_err(fail)?;
    session.insert(keys::LEVEL, level.as_str()).await.map_err(fail)?;
    session.insert(keys::SIGNED_IN_AT, now).await.map_err(fail)?;
    session.insert(keys::LAST_SEEN, now).await.map_err(fail)?;
    Ok(())
}

/// The user of a bearer token: `None` when the request has no bearer token, `Some(None)` when its token
/// is not (or no longer) valid.
async fn from_token(state: &AppState, parts: &Parts) -> Result<Option<Option<CurrentUser>>, Problem> {
    let Some(value) = parts.headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) else { return Ok(None) };
    let Some(token) = value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer ")) else {
        return Ok(None);
    };
    let hash = twinbridge_crypto::secrets::hash_token(token);
    let conn = state.store.read();
    let account =
        match accounts::by_api_token(conn, &state.keys, &hash, state.clock.now()).await.map_err(|e| unavailable(&e))? {
            Some(account) => Some(account),
            None => return from_service_token(state, parts, &hash).await,
        };
    let Some(account) = account.filter(|a| !a.disabled) else { return Ok(Some(None)) };
    let roles = roles_of(state, &account).await?;
    Ok(Some(Some(CurrentUser { account, roles, via_token: true, service: None })))
}

/// The service account of a live service token, if the request is one its scopes cover (else 403). Each
/// use is audited with the token's name.
async fn from_service_token(
    state: &AppState,
    parts: &Parts,
    hash: &[u8],
) -> Result<Option<Option<CurrentUser>>, Problem> {
    let conn = state.store.read();
    let Some(token) = service_tokens::find_live(conn, hash).await.map_err(|e| unavailable(&e))? else {
        return Ok(Some(None));
    };
    let account = accounts::get(conn, &state.keys, token.account).await.map_err(|e| unavailable(&e))?;
    let Some(account) = account.filter(|a| !a.disabled && a.kind == AccountKind::Service) else {
        return Ok(Some(None));
    };
    let (method, path) = (parts.method.as_str(), parts.uri.path());
    let allowed = required_scope(method, path).is_some_and(|scope| token.scopes.allows(scope));
    let now = state.clock.now();
    let mut event = crate::services::audit::event(
        AuditAction::ServiceTokenUsed,
        Some(&account),
        Some(token.organisation),
        Some(format!("service_token:{}", token.id)),
    );
    event.details = serde_json::json!({ "name": token.name, "method": method, "path": path, "allowed": allowed });
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                repo::service_tokens::touch(&*tx, token.id, now).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await
        .map_err(|e: twinbridge_store::StoreError| unavailable(&e))?;
    if !allowed {
        return Err(Problem::new(
            StatusCode::FORBIDDEN,
            "scope",
            "This service token's scopes do not cover this request (and participants' routes are never open to it).",
        ));
    }
    let roles = accounts::roles(conn, account.id).await.map_err(|e| unavailable(&e))?;
    let service = ServiceAccess { token: token.id, name: token.name, scopes: token.scopes };
    Ok(Some(Some(CurrentUser { account, roles, via_token: true, service: Some(service) })))
}

/// The staff roles of an account. Roles are given only to staff and service accounts (invitations, service
/// tokens), so a participant's request, the most frequent kind, needs no query for them.
async fn roles_of(state: &AppState, account: &Account) -> Result<Vec<(OrganisationId, StaffRole)>, Problem> {
    if account.kind == AccountKind::Participant {
        return Ok(Vec::new());
    }
    accounts::roles(state.store.read(), account.id).await.map_err(|e| unavailable(&e))
}

/// The caller as identified by the first extractor that asked (a page asks for the user and, for its
/// frame, the page context): kept in the request so the token or session, the account and its roles are
/// read once per request, and a service token's use is audited once.
#[derive(Clone)]
struct Identified(Option<CurrentUser>);

async fn current_user(parts: &mut Parts, state: &AppState) -> Result<Option<CurrentUser>, Problem> {
    if let Some(Identified(user)) = parts.extensions.get::<Identified>() {
        return Ok(user.clone());
    }
    let user = identify(parts, state).await?;
    parts.extensions.insert(Identified(user.clone()));
    Ok(user)
}

async fn identify(parts: &mut Parts, state: &AppState) -> Result<Option<CurrentUser>, Problem> {
    if let Some(by_token) = from_token(state, parts).await? {
        return Ok(by_token);
    }
    let Ok(session) = Session::from_request_parts(parts, state).await else { return Ok(None) };
    let Some(checked) = session_state(state, &session).await? else { return Ok(None) };
    if checked.level != Level::Full {
        return Ok(None);
    }
    let roles = roles_of(state, &checked.account).await?;
    Ok(Some(CurrentUser { account: checked.account, roles, via_token: false, service: None }))
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = Unauthenticated;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let api = parts.uri.path().starts_with("/api/");
        match current_user(parts, state).await {
            Ok(Some(user)) => Ok(user),
            Ok(None) => Err(Unauthenticated::NotSignedIn { api }),
            Err(problem) => Err(Unauthenticated::Unavailable(Box::new(problem))),
        }
    }
}

impl OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>, Self::Rejection> {
        current_user(parts, state).await
    }
}

/// The signed-in user, if any.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<CurrentUser>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        current_user(parts, state).await.map(Self)
    }
}
