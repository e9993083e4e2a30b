//! Donations of a pairing.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_domain::{Donation, DonationId, PairingId};

use crate::StoreError;
use crate::entities::donations::{ActiveModel, Column, Entity, Model};

fn to_domain(m: Model) -> Result<Donation, StoreError> {
    let corrupt = |e| StoreError::corrupt("donations", m.id, e);
    Ok(Donation {
        id: DonationId::from_uuid(m.id),
        pairing: PairingId::from_uuid(m.pairing_id),
        product: m.product.parse().map_err(corrupt)?,
        collected_on: m.collected_on,
        donor_choice: m.donor_choice.as_deref().map(str::parse).transpose().map_err(corrupt)?,
    })
}

/// Stores a donation.
pub async fn insert(conn: &impl ConnectionTrait, donation: &Donation, now: DateTime<Utc>) -> Result<(), StoreError> {
    let row = ActiveModel {
        id: Set(donation.id.as_uuid()),
        pairing_id: Set(donation.pairing.as_uuid()),
        product: Set(donation.product.as_str().to_owned()),
        collected_on: Set(donation.collected_on),
        donor_choice: Set(donation.donor_choice.map(|c| c.as_str().to_owned())),
        created_at: Set(now),
    };
    Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// The donations of a pairing, oldest collection first.
pub async fn of_pairing(conn: &impl ConnectionTrait, pairing: PairingId) -> Result<Vec<Donation>, StoreError> {
    Entity::find()
        .filter(Column::PairingId.eq(pairing.as_uuid()))
        .order_by_asc(Column::CollectedOn)
        .order_by_asc(Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The donations of several pairings, oldest collection first (for lists: one query for a page).
pub async fn of_pairings(conn: &impl ConnectionTrait, pairings: &[PairingId]) -> Result<Vec<Donation>, StoreError> {
    if pairings.is_empty() {
        return Ok(Vec::new());
    }
    Entity::find()
        .filter(Column::PairingId.is_in(pairings.iter().map(|p| p.as_uuid())))
        .order_by_asc(Column::CollectedOn)
        .order_by_asc(Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}
