//! Setting up an instance: the operator adds organisations and invites each one's first administrator
//! (`twinbridge org add`, `org list`, `staff invite`). From there, administrators invite their own staff.
//! Every step is audited with no actor (the operator works on the machine, not through an account).

use serde::Serialize;
use serde_json::json;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::{CountryCode, Organisation, OrganisationId, OrganisationKind, OrganisationName, StaffRole};
use twinbridge_store::repo::audit::NewEvent;
use twinbridge_store::{StoreError, repo};

use crate::auth::service::{self, AuthError, Invitation};
use crate::services::policy::rule_book;
use crate::state::AppState;

/// Why an operator's step was refused.
#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    /// Bad input, naming the option.
    #[error("{field}: {why}")]
    Invalid {
        /// The option (`--country`, …).
        field: &'static str,
        /// Why.
        why: String,
    },
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn invalid(field: &'static str, why: impl ToString) -> InstanceError {
    InstanceError::Invalid { field, why: why.to_string() }
}

/// An organisation as the operator sees it.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationEntry {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// `donor_registry`, `transplant_centre` or `patient_registry`.
    pub kind: &'static str,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Not on Twinbridge (added by a pairing; its part is carried by the other side).
    pub offline: bool,
    /// The rule entry it follows, if any.
    pub follows: Option<String>,
}

impl OrganisationEntry {
    fn of(o: &Organisation) -> Self {
        Self {
            id: o.id.to_string(),
            name: o.name.as_str().to_owned(),
            kind: o.kind.as_str(),
            country: o.country.as_str().to_owned(),
            offline: o.offline,
            follows: o.policy_entry.clone(),
        }
    }
}

/// Adds an organisation. `follows` names the rule-data entry whose policy it follows (as `policy list`
/// prints it); it must exist. A name already taken (in any letter case) is refused.
pub async fn add_organisation(
    state: &AppState,
    name: &str,
    kind: &str,
    country: &str,
    follows: Option<&str>,
) -> Result<OrganisationEntry, InstanceError> {
    let name = OrganisationName::parse(name).map_err(|e| invalid("--name", e))?;
    let kind: OrganisationKind = kind.parse().map_err(|e| invalid("--kind", e))?;
    let country = CountryCode::parse(country).map_err(|e| invalid("--country", e))?;
    let follows = match follows {
        Some(entry) => {
            let book = rule_book().map_err(|e| invalid("--follows", e))?;
            let rule = book.get(entry.trim()).ok_or_else(|| {
                invalid("--follows", format!("{entry:?} is not a rule entry; `twinbridge policy list` shows them"))
            })?;
            Some(rule.id().as_str().to_owned())
        }
        None => None,
    };
    let organisation = Organisation {
        id: OrganisationId::random(),
        name,
        kind,
        country,
        policy_entry: follows,
        reviews_letters: true,
        offline: false,
    };
    let now = state.clock.now();
    let event = NewEvent {
        organisation: Some(organisation.id),
        subject: Some(format!("organisation:{}", organisation.id)),
        details: json!({ "kind": kind.as_str(), "country": country.as_str() }),
        ..NewEvent::new(AuditAction::OrganisationAdded)
    };
    state
        .store
        .write_tx(|tx| {
            let (organisation, event) = (&organisation, event.clone());
            async move {
                repo::organisations::insert(&*tx, organisation, now).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await
        .map_err(|e| match e {
            StoreError::Duplicate(_) => invalid("--name", "an organisation of this name exists already"),
            other => InstanceError::Store(other),
        })?;
    Ok(OrganisationEntry::of(&organisation))
}

/// Every organisation, by name.
pub async fn organisations(state: &AppState) -> Result<Vec<OrganisationEntry>, InstanceError> {
    Ok(repo::organisations::list(state.store.read()).await?.iter().map(OrganisationEntry::of).collect())
}

/// Invites a staff member of an organisation on Twinbridge (the first administrator, typically).
pub async fn invite_staff(
    state: &AppState,
    organisation: &str,
    email: &str,
    role: &str,
) -> Result<Invitation, InstanceError> {
    let id: OrganisationId = organisation.parse().map_err(|e| invalid("--org", e))?;
    let org = repo::organisations::get(state.store.read(), id)
        .await?
        .ok_or_else(|| invalid("--org", "no such organisation; `twinbridge org list` shows them"))?;
    if org.offline {
        return Err(invalid(
            "--org",
            "this organisation is not on Twinbridge (it was added as the offline side of a pairing)",
        ));
    }
    let role: StaffRole = role.parse().map_err(|e| invalid("--role", e))?;
    service::invite_staff(state, None, org.id, email, None, &[role], "en").await.map_err(|e| match e {
        AuthError::Store(e) => InstanceError::Store(e),
        AuthError::BadInput(why) if why == "duplicate-email" => {
            invalid("--email", "an account with this e-mail address exists already")
        }
        other => invalid("--email", other),
    })
}
