//! The staff of the organisations an administrator manages (inviting, disabling and enabling are sign-in
//! matters and live in `auth::service`).

use twinbridge_domain::access::Action;
use twinbridge_domain::{OrganisationId, StaffRole};
use twinbridge_store::{StoreError, repo};

use crate::auth::{Account, CurrentUser};
use crate::state::AppState;

/// One organisation's staff.
#[derive(Debug, Clone)]
pub struct OrganisationStaff {
    /// The organisation.
    pub id: OrganisationId,
    /// Its name.
    pub name: String,
    /// Its staff accounts with their roles there.
    pub members: Vec<(Account, Vec<StaffRole>)>,
}

/// The staff of every organisation the caller manages; empty for anyone who manages none.
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id))]
pub async fn of_managed_organisations(
    state: &AppState,
    user: &CurrentUser,
) -> Result<Vec<OrganisationStaff>, StoreError> {
    let mut out = Vec::new();
    for id in user.organisations_allowing(Action::ManageStaff) {
        let name = repo::organisations::get(state.store.read(), id)
            .await?
            .map(|o| o.name.as_str().to_owned())
            .unwrap_or_default();
        let members = repo::accounts::staff_of(state.store.read(), &state.keys, id).await?;
        out.push(OrganisationStaff { id, name, members });
    }
    Ok(out)
}
