//! Extractors: [`CurrentUser`] for handlers that need a signed-in user, [`MaybeUser`] for pages anyone
//! may see. A bearer token (API) or the session cookie (browser) identifies the user.

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use tower_sessions::Session;
use twinbridge_domain::{AccountKind, OrganisationId, StaffRole};
use twinbridge_store::repo::accounts::{self, Account};
use twinbridge_store::repo::tokens;

use super::{ABSOLUTE_TIMEOUT, IDLE_TIMEOUT, Level, PENDING_TIMEOUT, keys};
use crate::error::Problem;
use crate::startup::AppState;

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// The account.
    pub account: Account,
    /// Staff roles per organisation (empty for participants).
    pub roles: Vec<(OrganisationId, StaffRole)>,
    /// Whether the user came with an API token rather than a browser session.
    pub via_token: bool,
}

impl CurrentUser {
    /// Whether this is a staff account.
    pub fn is_staff(&self) -> bool {
        self.account.kind == AccountKind::Staff
    }

    /// Whether the user holds `role` anywhere.
    pub fn has_role(&self, role: StaffRole) -> bool {
        self.roles.iter().any(|(_, r)| *r == role)
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

/// Not signed in (or the session ended): pages redirect to sign-in, the API answers 401.
#[derive(Debug)]
pub struct Unauthenticated {
    api: bool,
}

impl IntoResponse for Unauthenticated {
    fn into_response(self) -> Response {
        if self.api {
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

/// Reads and checks the session; ends it when it timed out or the account moved on.
pub(crate) async fn session_state(state: &AppState, session: &Session) -> Option<SessionState> {
    let account_id = session.get::<String>(keys::ACCOUNT).await.ok().flatten()?.parse().ok()?;
    let level = Level::parse(&session.get::<String>(keys::LEVEL).await.ok().flatten()?)?;
    let version = session.get::<i32>(keys::AUTH_VERSION).await.ok().flatten()?;
    let signed_in = timestamp(session.get::<i64>(keys::SIGNED_IN_AT).await.ok().flatten())?;
    let last_seen = timestamp(session.get::<i64>(keys::LAST_SEEN).await.ok().flatten())?;
    let now = state.clock.now();
    let limit = if level == Level::Full { ABSOLUTE_TIMEOUT } else { PENDING_TIMEOUT };
    let account = accounts::get(state.store.read(), &state.keys, account_id).await.ok().flatten();
    let valid = now - signed_in <= limit
        && now - last_seen <= IDLE_TIMEOUT
        && account.as_ref().is_some_and(|a| !a.disabled && a.auth_version == version);
    if !valid {
        let _ = session.flush().await;
        return None;
    }
    if level == Level::Full {
        let _ = session.insert(keys::LAST_SEEN, now.timestamp()).await;
    }
    account.map(|account| SessionState { account, level })
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

async fn from_token(state: &AppState, parts: &Parts) -> Option<Option<CurrentUser>> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer "))?;
    let hash = twinbridge_crypto::secrets::hash_token(token);
    let account = match tokens::find_api_token(state.store.read(), &hash, state.clock.now()).await {
        Ok(Some(id)) => accounts::get(state.store.read(), &state.keys, id).await.ok().flatten(),
        _ => None,
    };
    let Some(account) = account.filter(|a| !a.disabled) else { return Some(None) };
    let roles = accounts::roles(state.store.read(), account.id).await.unwrap_or_default();
    Some(Some(CurrentUser { account, roles, via_token: true }))
}

async fn current_user(parts: &mut Parts, state: &AppState) -> Option<CurrentUser> {
    if let Some(by_token) = from_token(state, parts).await {
        return by_token;
    }
    let session = Session::from_request_parts(parts, state).await.ok()?;
    let checked = session_state(state, &session).await?;
    if checked.level != Level::Full {
        return None;
    }
    let roles = accounts::roles(state.store.read(), checked.account.id).await.unwrap_or_default();
    Some(CurrentUser { account: checked.account, roles, via_token: false })
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = Unauthenticated;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let api = parts.uri.path().starts_with("/api/");
        current_user(parts, state).await.ok_or(Unauthenticated { api })
    }
}

impl OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>, Self::Rejection> {
        Ok(current_user(parts, state).await)
    }
}

/// The signed-in user, if any.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<CurrentUser>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self(current_user(parts, state).await))
    }
}
