//! Organisations' own contact policies and who changed them.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_domain::rules::OwnPolicy;
use twinbridge_domain::{AccountId, OrganisationId};

use crate::StoreError;
use crate::entities::{organisation_policies as current, organisation_policy_changes as changes};

/// An organisation's own policy as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPolicy {
    /// What it says.
    pub policy: OwnPolicy,
    /// Where it is written down (the organisation's policy document).
    pub source: String,
    /// Who set it.
    pub by: AccountId,
    /// When.
    pub at: DateTime<Utc>,
}

fn parse(org: uuid::Uuid, json: &str) -> Result<OwnPolicy, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::corrupt("organisation_policies", org, e))
}

fn stored(m: current::Model) -> Result<StoredPolicy, StoreError> {
    Ok(StoredPolicy {
        policy: parse(m.organisation_id, &m.policy)?,
        source: m.source,
        by: AccountId::from_uuid(m.updated_by),
        at: m.updated_at,
    })
}

/// The current own policy of an organisation.
pub async fn get(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Option<StoredPolicy>, StoreError> {
    current::Entity::find_by_id(organisation.as_uuid()).one(conn).await?.map(stored).transpose()
}

/// The current own policies of those of `organisations` that set one, in one query.
pub async fn get_many(
    conn: &impl ConnectionTrait,
    organisations: &[OrganisationId],
) -> Result<std::collections::HashMap<OrganisationId, StoredPolicy>, StoreError> {
    current::Entity::find()
        .filter(current::Column::OrganisationId.is_in(organisations.iter().map(OrganisationId::as_uuid)))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| Ok((OrganisationId::from_uuid(m.organisation_id), stored(m)?)))
        .collect()
}

/// Sets the policy and records the change.
pub async fn set(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
    policy: &OwnPolicy,
    source: &str,
    by: AccountId,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let json =
        serde_json::to_string(policy).map_err(|e| StoreError::corrupt("organisation_policies", organisation, e))?;
    let row = current::ActiveModel {
        organisation_id: Set(organisation.as_uuid()),
        policy: Set(json.clone()),
        source: Set(source.to_owned()),
        updated_by: Set(by.as_uuid()),
        updated_at: Set(now),
    };
    current::Entity::insert(row)
        .on_conflict(
            OnConflict::column(current::Column::OrganisationId)
                .update_columns([
                    current::Column::Policy,
                    current::Column::Source,
                    current::Column::UpdatedBy,
                    current::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(conn)
        .await?;
    let change = changes::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        organisation_id: Set(organisation.as_uuid()),
        policy: Set(json),
        source: Set(source.to_owned()),
        changed_by: Set(by.as_uuid()),
        changed_at: Set(now),
    };
    changes::Entity::insert(change).exec_without_returning(conn).await?;
    Ok(())
}

/// Every change, newest first.
pub async fn history(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<StoredPolicy>, StoreError> {
    changes::Entity::find()
        .filter(changes::Column::OrganisationId.eq(organisation.as_uuid()))
        .order_by_desc(changes::Column::ChangedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            Ok(StoredPolicy {
                policy: parse(m.organisation_id, &m.policy)?,
                source: m.source,
                by: AccountId::from_uuid(m.changed_by),
                at: m.changed_at,
            })
        })
        .collect()
}
