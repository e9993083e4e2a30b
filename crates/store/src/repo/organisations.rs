//! Organisations.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};
use twinbridge_domain::registration::AgeRange;
use twinbridge_domain::{CountryCode, Organisation, OrganisationId, OrganisationName};

use crate::StoreError;
use crate::entities::organisations::{ActiveModel, Column, Entity, Model};

fn to_domain(m: Model) -> Result<Organisation, StoreError> {
    let bad = |why: twinbridge_domain::ParseError| StoreError::corrupt("organisations", m.id, why);
    Ok(Organisation {
        id: OrganisationId::from_uuid(m.id),
        name: OrganisationName::parse(&m.name).map_err(bad)?,
        kind: m.kind.parse().map_err(bad)?,
        country: CountryCode::parse(&m.country).map_err(bad)?,
        policy_entry: m.policy_entry.clone(),
        reviews_letters: m.reviews_letters,
        offline: m.offline,
    })
}

/// Stores a new organisation.
pub async fn insert(conn: &impl ConnectionTrait, org: &Organisation, now: DateTime<Utc>) -> Result<(), StoreError> {
    let row = ActiveModel {
        id: Set(org.id.as_uuid()),
        name: Set(org.name.as_str().to_owned()),
        kind: Set(org.kind.as_str().to_owned()),
        country: Set(org.country.as_str().to_owned()),
        policy_entry: Set(org.policy_entry.clone()),
        created_at: Set(now),
        reviews_letters: Set(org.reviews_letters),
        offline: Set(org.offline),
        target_working_days: Set(None),
        registration_min_age: Set(None),
        registration_max_age: Set(None),
        retention_months: Set(None),
    };
    Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("organisation name"))?;
    Ok(())
}

/// One organisation.
pub async fn get(conn: &impl ConnectionTrait, id: OrganisationId) -> Result<Option<Organisation>, StoreError> {
    Entity::find_by_id(id.as_uuid()).one(conn).await?.map(to_domain).transpose()
}

/// The organisations among `ids` that exist, in one query.
pub async fn get_many(
    conn: &impl ConnectionTrait,
    ids: &[OrganisationId],
) -> Result<HashMap<OrganisationId, Organisation>, StoreError> {
    Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(OrganisationId::as_uuid)))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| to_domain(m).map(|o| (o.id, o)))
        .collect()
}

/// All organisations, by name.
pub async fn list(conn: &impl ConnectionTrait) -> Result<Vec<Organisation>, StoreError> {
    Entity::find()
        .order_by_asc(Column::Name)
        .order_by_asc(Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// How many organisations exist.
pub async fn count(conn: &impl ConnectionTrait) -> Result<u64, StoreError> {
    Ok(Entity::find().count(conn).await?)
}

/// Sets whether the organisation's staff review letters on its side.
pub async fn set_reviews_letters(
    conn: &impl ConnectionTrait,
    id: OrganisationId,
    reviews_letters: bool,
) -> Result<(), StoreError> {
    let row = ActiveModel { id: Set(id.as_uuid()), reviews_letters: Set(reviews_letters), ..Default::default() };
    Entity::update(row).exec(conn).await?;
    Ok(())
}

/// The number of working days items may wait for each organisation's staff before they are reminded,
/// where the organisation set one.
pub async fn targets(conn: &impl ConnectionTrait) -> Result<HashMap<OrganisationId, u32>, StoreError> {
    Ok(Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|m| Some((OrganisationId::from_uuid(m.id), u32::try_from(m.target_working_days?).ok()?)))
        .collect())
}

/// Sets the organisation's target for waiting items in working days (`None`: the default).
pub async fn set_target_working_days(
    conn: &impl ConnectionTrait,
    id: OrganisationId,
    days: Option<u32>,
) -> Result<(), StoreError> {
    let days = days.map(|d| i32::try_from(d).unwrap_or(i32::MAX));
    let row = ActiveModel { id: Set(id.as_uuid()), target_working_days: Set(days), ..Default::default() };
    Entity::update(row).exec(conn).await?;
    Ok(())
}

/// The ages at which the organisation accepts potential donors (the default where it set none).
pub async fn age_range(conn: &impl ConnectionTrait, id: OrganisationId) -> Result<AgeRange, StoreError> {
    let Some(m) = Entity::find_by_id(id.as_uuid()).one(conn).await? else { return Ok(AgeRange::default()) };
    let age = |v: Option<i16>| v.and_then(|v| u8::try_from(v).ok());
    Ok(match (age(m.registration_min_age), age(m.registration_max_age)) {
        (Some(min), Some(max)) => AgeRange::new(min, max).unwrap_or_default(),
        _ => AgeRange::default(),
    })
}

/// Sets the ages at which the organisation accepts potential donors.
pub async fn set_age_range(conn: &impl ConnectionTrait, id: OrganisationId, range: AgeRange) -> Result<(), StoreError> {
    let row = ActiveModel {
        id: Set(id.as_uuid()),
        registration_min_age: Set(Some(i16::from(range.min))),
        registration_max_age: Set(Some(i16::from(range.max))),
        ..Default::default()
    };
    Entity::update(row).exec(conn).await?;
    Ok(())
}

/// The months each organisation keeps identities after their cases are closed, where it set a period.
pub async fn retention_periods(conn: &impl ConnectionTrait) -> Result<HashMap<OrganisationId, u32>, StoreError> {
    Ok(Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|m| Some((OrganisationId::from_uuid(m.id), u32::try_from(m.retention_months?).ok()?)))
        .collect())
}

/// Sets how many months the organisation keeps identities after their cases are closed (`None`: until
/// erased on request).
pub async fn set_retention_months(
    conn: &impl ConnectionTrait,
    id: OrganisationId,
    months: Option<u32>,
) -> Result<(), StoreError> {
    let months = months.map(|m| i32::try_from(m).unwrap_or(i32::MAX));
    let row = ActiveModel { id: Set(id.as_uuid()), retention_months: Set(months), ..Default::default() };
    Entity::update(row).exec(conn).await?;
    Ok(())
}
