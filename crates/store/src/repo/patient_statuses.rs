//! The patient status history of a pairing (append-only).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_domain::{PairingId, PatientStatusEntry, PatientStatusId};

use crate::StoreError;
use crate::entities::patient_statuses::{ActiveModel, Column, Entity};

/// Appends a status entry.
pub async fn insert(conn: &impl ConnectionTrait, entry: &PatientStatusEntry) -> Result<(), StoreError> {
    let row = ActiveModel {
        id: Set(entry.id.as_uuid()),
        pairing_id: Set(entry.pairing.as_uuid()),
        status: Set(entry.status.as_str().to_owned()),
        on_date: Set(entry.on),
        recorded_at: Set(entry.recorded_at),
    };
    Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// The history of a pairing, oldest first.
pub async fn of_pairing(
    conn: &impl ConnectionTrait,
    pairing: PairingId,
) -> Result<Vec<PatientStatusEntry>, StoreError> {
    Entity::find()
        .filter(Column::PairingId.eq(pairing.as_uuid()))
        .order_by_asc(Column::OnDate)
        .order_by_asc(Column::RecordedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            Ok(PatientStatusEntry {
                id: PatientStatusId::from_uuid(m.id),
                pairing,
                status: m.status.parse().map_err(|e| StoreError::corrupt("patient_statuses", m.id, e))?,
                on: m.on_date,
                recorded_at: m.recorded_at,
            })
        })
        .collect()
}

/// The histories of several pairings, oldest first (for lists: one query for a page).
pub async fn of_pairings(
    conn: &impl ConnectionTrait,
    pairings: &[PairingId],
) -> Result<Vec<PatientStatusEntry>, StoreError> {
    if pairings.is_empty() {
        return Ok(Vec::new());
    }
    Entity::find()
        .filter(Column::PairingId.is_in(pairings.iter().map(|p| p.as_uuid())))
        .order_by_asc(Column::OnDate)
        .order_by_asc(Column::RecordedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            Ok(PatientStatusEntry {
                id: PatientStatusId::from_uuid(m.id),
                pairing: PairingId::from_uuid(m.pairing_id),
                status: m.status.parse().map_err(|e| StoreError::corrupt("patient_statuses", m.id, e))?,
                on: m.on_date,
                recorded_at: m.recorded_at,
            })
        })
        .collect()
}
