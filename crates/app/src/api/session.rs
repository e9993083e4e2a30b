//! `POST /api/v1/session` (API tokens), `DELETE /api/v1/session`, `GET /api/v1/me`.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Json, http::HeaderMap};
use serde::Deserialize;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::auth::service::{self, AuthError, PasswordOutcome};
use crate::error::{AppError, Problem};
use crate::services::data_export::DataExport;
use crate::services::organisation::OrganisationLine;
use crate::services::waiting::WaitingItem;
use crate::state::AppState;

use super::openapi::{ApiToken, Me, PublicProblems, ReadProblems};

/// E-mail, password and, for staff, the current code of their authenticator app.
#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct Credentials {
    email: String,
    password: String,
    totp: Option<String>,
}

fn refused() -> Response {
    Problem::new(
        StatusCode::UNAUTHORIZED,
        "sign-in-refused",
        "Sign-in refused: wrong e-mail, password or code, or sign-in paused after repeated failures.",
    )
    .into_response()
}

/// Signs in with e-mail, password and (staff) TOTP code; answers a bearer token.
#[utoipa::path(
    post,
    path = "/api/v1/session",
    operation_id = "session_create",
    tag = "session",
    security(()),
    request_body = Credentials,
    responses(
        (status = OK, description = "Signed in: the bearer token.", body = ApiToken),
        (status = UNAUTHORIZED, description = "Sign-in refused, or a staff account without its TOTP code.",
            body = Problem, content_type = "application/problem+json"),
        PublicProblems,
    )
)]
pub(super) async fn create(State(state): State<AppState>, Json(credentials): Json<Credentials>) -> Response {
    let outcome =
        service::sign_in_with_password(&state, &credentials.email, &credentials.password, credentials.totp.as_deref())
            .await;
    match outcome {
        Ok(PasswordOutcome::SignedIn(account)) => match service::issue_api_token(&state, account.id).await {
            Ok((token, expires)) => Json(json!({ "token": token, "expires_at": expires.to_rfc3339() })).into_response(),
            Err(e) => Problem::internal(&e).into_response(),
        },
        Ok(PasswordOutcome::NeedsTotp(_) | PasswordOutcome::MustEnrolTotp(_)) => Problem::new(
            StatusCode::UNAUTHORIZED,
            "totp-required",
            "Staff accounts need the current code of their authenticator app in \"totp\".",
        )
        .into_response(),
        Err(AuthError::Store(e)) => Problem::internal(&e).into_response(),
        Err(AuthError::CodeAlreadyUsed) => Problem::new(
            StatusCode::UNAUTHORIZED,
            "totp-reused",
            "This authenticator code was used already; wait for the next one (it changes every 30 seconds).",
        )
        .into_response(),
        Err(_) => refused(),
    }
}

/// Revokes the bearer token used for this request.
#[utoipa::path(
    delete,
    path = "/api/v1/session",
    operation_id = "session_delete",
    tag = "session",
    responses((status = NO_CONTENT, description = "The bearer token used is revoked."), ReadProblems)
)]
pub(super) async fn delete(State(state): State<AppState>, _user: CurrentUser, headers: HeaderMap) -> Response {
    let token =
        headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    let Some(token) = token else { return StatusCode::NO_CONTENT.into_response() };
    match service::revoke_api_token(&state, token).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => Problem::internal(&e).into_response(),
    }
}

/// Who the caller is: account id, kind and staff roles (ids only).
#[utoipa::path(
    get,
    path = "/api/v1/me",
    operation_id = "session_me",
    tag = "session",
    responses((status = OK, description = "Who the caller is.", body = Me), ReadProblems)
)]
pub(super) async fn me(user: CurrentUser) -> Response {
    let roles: Vec<_> = user
        .roles
        .iter()
        .map(|(org, role)| json!({ "organisation_id": org.to_string(), "role": role.as_str() }))
        .collect();
    Json(json!({ "id": user.account.id.to_string(), "kind": user.account.kind.as_str(), "roles": roles }))
        .into_response()
}

/// `GET /api/v1/me/waiting`: what waits for the caller, oldest first — the home page's list.
#[utoipa::path(
    get,
    path = "/api/v1/me/waiting",
    operation_id = "session_waiting",
    tag = "session",
    responses(
        (status = OK, description = "What waits for the caller, oldest first.", body = Vec<WaitingItem>),
        ReadProblems,
    )
)]
pub(super) async fn waiting(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<WaitingItem>>, AppError> {
    Ok(Json(crate::services::waiting::for_user(&state, &user).await?))
}

/// `GET /api/v1/me/export`: everything held about the caller, as a JSON file to keep
/// (`services::data_export`).
#[utoipa::path(
    get,
    path = "/api/v1/me/export",
    operation_id = "session_export",
    tag = "session",
    responses(
        (status = OK, description = "Everything held about the caller, as a file to keep.", body = DataExport),
        ReadProblems,
    )
)]
pub(super) async fn export(State(state): State<AppState>, user: CurrentUser) -> Result<Response, AppError> {
    let data = crate::services::data_export::of_caller(&state, &user).await?;
    Ok(([(header::CONTENT_DISPOSITION, "attachment; filename=\"twinbridge-my-data.json\"")], Json(data))
        .into_response())
}

/// `GET /api/v1/organisations`: staff see every organisation's name; participants never get the list
/// (they must not learn the other side's organisation).
#[utoipa::path(
    get,
    path = "/api/v1/organisations",
    operation_id = "session_organisations",
    tag = "organisations",
    responses(
        (status = OK, description = "Every organisation (staff only; participants get 403).",
            body = Vec<OrganisationLine>),
        ReadProblems,
    )
)]
pub(super) async fn organisations(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<OrganisationLine>>, AppError> {
    Ok(Json(crate::services::organisation::list(&state, &user).await?))
}
