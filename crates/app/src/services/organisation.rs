//! An organisation's own settings, which only its administrators change: its own contact rules (pairings
//! use them at once, and every change is kept with who made it) and whether its staff review letters on
//! its side (ADR 0008). Each change is written with its audit event in one transaction.

use std::collections::HashMap;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::registration::AgeRange;

use chrono::{DateTime, Utc};
use twinbridge_domain::access::{Action, may};
use twinbridge_domain::rules::{Dimension, OwnPolicy, RuleFileError};
use twinbridge_domain::{AccountId, Organisation, OrganisationId, PersonName};
use twinbridge_store::{StoreError, repo};

use crate::auth::CurrentUser;
use crate::services::policy::rule_book;
use crate::state::AppState;

/// Why an organisation's settings were not read or changed.
#[derive(Debug, thiserror::Error)]
pub enum OrganisationError {
    /// The organisation does not exist, or the caller does not administer it (the two look the same).
    #[error("not found")]
    NotFound,
    /// The proposed own policy could not be read from what was entered.
    #[error("the own policy is not readable")]
    Unreadable,
    /// The proposed own policy is more permissive than the law of the organisation's country in these
    /// dimensions; the law would overrule it, so it is refused rather than saved misleadingly.
    #[error("the own policy is more permissive than the law")]
    LooserThanLaw(Vec<Dimension>),
    /// The shipped rule data is invalid (a test and the start-up check prevent that).
    #[error("rule data: {0}")]
    Rules(&'static RuleFileError),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Entered values that do not make an own policy (a number out of range, an unknown choice, a policy
/// without a web address for its source).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnreadablePolicy;

impl From<UnreadablePolicy> for OrganisationError {
    fn from(_: UnreadablePolicy) -> Self {
        Self::Unreadable
    }
}

/// An own policy an administrator wants to set, and where the organisation publishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOwnPolicy {
    /// What it says.
    pub policy: OwnPolicy,
    /// The address of the organisation's policy document (empty only for an empty policy).
    pub source: String,
}

/// One change of an organisation's own policy.
#[derive(Debug, Clone)]
pub struct PolicyChange {
    /// When it was made.
    pub at: DateTime<Utc>,
    /// Who made it.
    pub by: AccountId,
    /// The name they show colleagues, if they have one.
    pub by_name: Option<PersonName>,
    /// The policy it set.
    pub policy: OwnPolicy,
}

/// What an administrator sees of one organisation they administer.
#[derive(Debug, Clone)]
pub struct OrganisationSettings {
    /// The organisation, with the rule entry it follows and its letter-review setting.
    pub organisation: Organisation,
    /// Its own policy now (empty when never set).
    pub policy: OwnPolicy,
    /// Where that policy is published, once one was set.
    pub source: Option<String>,
    /// Every change, newest first.
    pub history: Vec<PolicyChange>,
    /// Working days an item may wait for its staff before they are reminded (`None`: the default).
    pub waiting_target: Option<u32>,
    /// The ages at which a donor registry registers potential donors (`None` for other kinds).
    pub age_range: Option<AgeRange>,
    /// Months identities are kept after their cases are closed (`None`: until erased on request).
    pub retention_months: Option<u32>,
}

/// The organisation named by `organisation` if `user` administers it; otherwise `NotFound`.
fn administered(user: &CurrentUser, organisation: &str) -> Result<OrganisationId, OrganisationError> {
    let id = organisation.parse::<OrganisationId>().map_err(|_| OrganisationError::NotFound)?;
    if may(&user.actor(), Action::SetOrganisationPolicy(id)) { Ok(id) } else { Err(OrganisationError::NotFound) }
}

/// The settings of every organisation `user` administers; `NotFound` for a user who administers none.
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id))]
pub async fn settings(state: &AppState, user: &CurrentUser) -> Result<Vec<OrganisationSettings>, OrganisationError> {
    let targets = repo::organisations::targets(state.store.read()).await?;
    let retention = repo::organisations::retention_periods(state.store.read()).await?;
    let orgs = user.organisations_allowing(Action::SetOrganisationPolicy);
    if orgs.is_empty() {
        return Err(OrganisationError::NotFound);
    }
    let conn = state.store.read();
    // Most changes are made by the same few administrators: look each one up once.
    let mut names: HashMap<AccountId, Option<PersonName>> = HashMap::new();
    let mut all = Vec::new();
    for org in orgs {
        let Some(organisation) = repo::organisations::get(conn, org).await? else { continue };
        let current = repo::organisation_policies::get(conn, org).await?;
        let mut history = Vec::new();
        for change in repo::organisation_policies::history(conn, org).await? {
            let by_name = match names.get(&change.by) {
                Some(name) => name.clone(),
                None => {
                    let name = repo::accounts::get(conn, &state.keys, change.by).await?.and_then(|a| a.display_name);
                    names.insert(change.by, name.clone());
                    name
                }
            };
            history.push(PolicyChange { at: change.at, by: change.by, by_name, policy: change.policy });
        }
        let (policy, source) = match current {
            Some(current) => (current.policy, Some(current.source)),
            None => (OwnPolicy::default(), None),
        };
        let waiting_target = targets.get(&organisation.id).copied();
        let age_range = if organisation.kind == twinbridge_domain::OrganisationKind::DonorRegistry {
            Some(repo::organisations::age_range(conn, organisation.id).await?)
        } else {
            None
        };
        let retention_months = retention.get(&organisation.id).copied();
        all.push(OrganisationSettings {
            organisation,
            policy,
            source,
            history,
            waiting_target,
            age_range,
            retention_months,
        });
    }
    Ok(all)
}

/// Sets the own policy of `organisation`, which `user` must administer, and records the change.
/// `proposal` is what was entered, as the caller read it: an unreadable one is refused only once the
/// caller is known to administer the organisation, so that everyone else gets the same `NotFound`.
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id, organisation = tracing::field::Empty))]
pub async fn save_policy(
    state: &AppState,
    user: &CurrentUser,
    organisation: &str,
    proposal: Result<NewOwnPolicy, UnreadablePolicy>,
) -> Result<(), OrganisationError> {
    let org = administered(user, organisation)?;
    tracing::Span::current().record("organisation", tracing::field::display(org));
    let NewOwnPolicy { policy, source } = proposal?;
    let found = repo::organisations::get(state.store.read(), org).await?.ok_or(OrganisationError::NotFound)?;
    let looser = rule_book().map_err(OrganisationError::Rules)?.check_own_policy(found.country, &policy);
    if !looser.is_empty() {
        return Err(OrganisationError::LooserThanLaw(looser));
    }
    let (by, now) = (user.account.id, state.clock.now());
    let mut event = crate::services::audit::event(
        AuditAction::OrganisationPolicyChanged,
        Some(&user.account),
        Some(org),
        Some(format!("organisation:{org}")),
    );
    // An own policy holds choices and numbers only; it always serializes.
    event.details = serde_json::to_value(&policy).unwrap_or_default();
    state
        .store
        .write_tx(|tx| {
            let (policy, source, event) = (&policy, &source, event.clone());
            async move {
                repo::organisation_policies::set(&*tx, org, policy, source, by, now).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}

/// An administrator sets whether their organisation's staff review letters on its side. Turning it off
/// leaves that side's review to the machine screen (the other side, or the writer's side when neither
/// reviews, still reads every letter). Audited.
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id, organisation = tracing::field::Empty))]
pub async fn set_letter_review(
    state: &AppState,
    user: &CurrentUser,
    organisation: &str,
    reviews_letters: bool,
) -> Result<(), OrganisationError> {
    let id = administered(user, organisation)?;
    tracing::Span::current().record("organisation", tracing::field::display(id));
    let now = state.clock.now();
    let mut event = crate::services::audit::event(
        AuditAction::OrganisationLetterReviewChanged,
        Some(&user.account),
        Some(id),
        Some(format!("organisation:{id}")),
    );
    event.details = serde_json::json!({ "reviews_letters": reviews_letters });
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                repo::organisations::set_reviews_letters(&*tx, id, reviews_letters).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}

/// The longest target an administrator may set, in working days (three months).
pub const MAX_WAITING_TARGET: u32 = 60;

/// Sets how many working days items may wait for the organisation's staff before its coordinators are
/// reminded (`None`: back to the default of five); audited.
#[tracing::instrument(level = "debug", skip_all, fields(organisation))]
pub async fn set_waiting_target(
    state: &AppState,
    user: &CurrentUser,
    organisation: &str,
    days: Option<u32>,
) -> Result<(), OrganisationError> {
    let id = administered(user, organisation)?;
    tracing::Span::current().record("organisation", tracing::field::display(id));
    if days.is_some_and(|d| !(1..=MAX_WAITING_TARGET).contains(&d)) {
        return Err(OrganisationError::Unreadable);
    }
    let now = state.clock.now();
    let mut event = crate::services::audit::event(
        AuditAction::WaitingTargetChanged,
        Some(&user.account),
        Some(id),
        Some(format!("organisation:{id}")),
    );
    event.details = serde_json::json!({ "working_days": days });
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                repo::organisations::set_target_working_days(&*tx, id, days).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}

/// Sets how many months the organisation keeps identities after their cases are closed (`None`: until
/// erased on request); audited. The retention job erases those whose period has passed.
#[tracing::instrument(level = "debug", skip_all, fields(organisation))]
pub async fn set_retention(
    state: &AppState,
    user: &CurrentUser,
    organisation: &str,
    months: Option<u32>,
) -> Result<(), OrganisationError> {
    let id = administered(user, organisation)?;
    tracing::Span::current().record("organisation", tracing::field::display(id));
    if months.is_some_and(|m| !(1..=twinbridge_domain::retention::MAX_RETENTION_MONTHS).contains(&m)) {
        return Err(OrganisationError::Unreadable);
    }
    let now = state.clock.now();
    let mut event = crate::services::audit::event(
        AuditAction::RetentionChanged,
        Some(&user.account),
        Some(id),
        Some(format!("organisation:{id}")),
    );
    event.details = serde_json::json!({ "months": months });
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                repo::organisations::set_retention_months(&*tx, id, months).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}

/// Sets the ages at which a donor registry registers potential donors; audited.
#[tracing::instrument(level = "debug", skip_all, fields(organisation))]
pub async fn set_age_range(
    state: &AppState,
    user: &CurrentUser,
    organisation: &str,
    range: AgeRange,
) -> Result<(), OrganisationError> {
    let id = administered(user, organisation)?;
    tracing::Span::current().record("organisation", tracing::field::display(id));
    let found = repo::organisations::get(state.store.read(), id).await?.ok_or(OrganisationError::NotFound)?;
    if found.kind != twinbridge_domain::OrganisationKind::DonorRegistry {
        return Err(OrganisationError::NotFound);
    }
    let now = state.clock.now();
    let mut event = crate::services::audit::event(
        AuditAction::RegistrationAgesChanged,
        Some(&user.account),
        Some(id),
        Some(format!("organisation:{id}")),
    );
    event.details = serde_json::json!({ "min": range.min, "max": range.max });
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                repo::organisations::set_age_range(&*tx, id, range).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok(())
}

/// An organisation as staff see it in the list.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct OrganisationLine {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: &'static str,
    /// Its country (ISO code).
    pub country: String,
    /// Whether its staff review letters by hand on its side.
    pub reviews_letters: bool,
}

/// Every organisation, for staff; participants never get the list (they must not learn the other side's
/// organisation), and are answered as for something that does not exist.
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id))]
pub async fn list(state: &AppState, user: &CurrentUser) -> Result<Vec<OrganisationLine>, OrganisationError> {
    if !twinbridge_domain::access::may(&user.actor(), Action::ListOrganisations) {
        return Err(OrganisationError::NotFound);
    }
    Ok(repo::organisations::list(state.store.read())
        .await?
        .into_iter()
        .map(|o| OrganisationLine {
            id: o.id.to_string(),
            name: o.name.as_str().to_owned(),
            kind: o.kind.as_str(),
            country: o.country.as_str().to_owned(),
            reviews_letters: o.reviews_letters,
        })
        .collect())
}
