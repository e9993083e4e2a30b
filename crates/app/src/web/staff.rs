//! Administrators manage the staff of their own organisations: the list, invitations, disabling and
//! enabling accounts.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinbridge_domain::{AccountId, OrganisationId, StaffRole};

use super::account::{Done, internal, notice};
use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::auth::service::{self, AuthError};
use crate::services::staff::{self, OrganisationStaff};
use crate::state::AppState;
use twinbridge_domain::access::Action;

pub(super) struct StaffMember {
    id: AccountId,
    name: String,
    email: String,
    roles: String,
    disabled: bool,
    is_self: bool,
}

pub(super) struct StaffOrganisation {
    id: OrganisationId,
    name: String,
    members: Vec<StaffMember>,
}

#[derive(Template, WebTemplate)]
#[template(path = "staff.html")]
pub(super) struct StaffPage {
    ctx: PageCtx,
    notice: Option<&'static str>,
    organisations: Vec<StaffOrganisation>,
}

/// `GET /staff`: administrators see and manage the staff of their own organisations only.
pub(super) async fn staff_page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(done): Query<Done>,
) -> Response {
    let managed = match staff::of_managed_organisations(&state, &user).await {
        Ok(managed) => managed,
        Err(e) => return internal(ctx, &e),
    };
    if managed.is_empty() {
        return super::pages::not_found_page(ctx);
    }
    let mut organisations = Vec::new();
    for OrganisationStaff { id: org, name, members } in managed {
        let members = members
            .into_iter()
            .map(|(account, roles)| StaffMember {
                id: account.id,
                name: account.display_name.as_ref().map(|n| n.as_str().to_owned()).unwrap_or_default(),
                email: account.email.as_str().to_owned(),
                roles: roles.iter().map(|r| ctx.t(&format!("role-{}", r.as_str()))).collect::<Vec<_>>().join(", "),
                disabled: account.disabled,
                is_self: account.id == user.account.id,
            })
            .collect();
        organisations.push(StaffOrganisation { id: org, name, members });
    }
    StaffPage { ctx, notice: notice(done.done.as_deref()), organisations }.into_response()
}

#[derive(Deserialize)]
pub(super) struct InviteForm {
    organisation: String,
    name: String,
    email: String,
    coordinator: Option<String>,
    administrator: Option<String>,
    auditor: Option<String>,
}

/// `POST /staff/invite`.
pub(super) async fn invite(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<InviteForm>,
) -> Response {
    let Ok(org) = form.organisation.parse::<OrganisationId>() else { return super::pages::not_found_page(ctx) };
    if !user.organisations_allowing(Action::ManageStaff).contains(&org) {
        return super::pages::not_found_page(ctx);
    }
    let roles: Vec<StaffRole> = [
        (form.coordinator.is_some(), StaffRole::Coordinator),
        (form.administrator.is_some(), StaffRole::Administrator),
        (form.auditor.is_some(), StaffRole::Auditor),
    ]
    .into_iter()
    .filter_map(|(chosen, role)| chosen.then_some(role))
    .collect();
    match service::invite_staff(
        &state,
        Some(user.account.id),
        org,
        &form.email,
        Some(&form.name),
        &roles,
        ctx.lang.code(),
    )
    .await
    {
        Ok(_) => Redirect::to("/staff?done=invited").into_response(),
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => Redirect::to("/staff?done=invite-refused").into_response(),
    }
}

async fn set_disabled(state: &AppState, user: &CurrentUser, ctx: PageCtx, target: &str, disabled: bool) -> Response {
    let Ok(target) = target.parse::<AccountId>() else { return super::pages::not_found_page(ctx) };
    if target == user.account.id {
        return super::pages::not_found_page(ctx);
    }
    match service::set_staff_disabled(
        state,
        user.account.id,
        &user.organisations_allowing(Action::ManageStaff),
        target,
        disabled,
    )
    .await
    {
        Ok(()) => Redirect::to("/staff?done=saved").into_response(),
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => super::pages::not_found_page(ctx),
    }
}

/// `POST /staff/{id}/disable`.
pub(super) async fn disable(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    set_disabled(&state, &user, ctx, &id, true).await
}

/// `POST /staff/{id}/enable`.
pub(super) async fn enable(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    set_disabled(&state, &user, ctx, &id, false).await
}
