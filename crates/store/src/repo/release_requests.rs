//! Identity release requests. A request moves out of `requested` only by a conditional update, so that
//! of two simultaneous final sign-offs (or a sign-off and a consent withdrawal) exactly one decides.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_domain::release::{Attestations, ReleaseRequest, ReleaseStatus};
use twinbridge_domain::rules::Side;
use twinbridge_domain::{AccountId, PairingId, ParticipantId, ReleaseRequestId};

use crate::StoreError;
use crate::entities::release_requests::{ActiveModel, Column, Entity, Model};
use crate::repo::letters::side_name;

const TABLE: &str = "release_requests";

fn to_domain(m: Model) -> Result<ReleaseRequest, StoreError> {
    let side = match m.requester_side.as_str() {
        "donor" => Side::Donor,
        "patient" => Side::Patient,
        _ => return Err(StoreError::corrupt(TABLE, m.id, "unknown side")),
    };
    Ok(ReleaseRequest {
        id: ReleaseRequestId::from_uuid(m.id),
        pairing: PairingId::from_uuid(m.pairing_id),
        requested_by: ParticipantId::from_uuid(m.requested_by),
        requester_side: side,
        status: m.status.parse().map_err(|e| StoreError::corrupt(TABLE, m.id, e))?,
        attestations: Attestations {
            donor_signed: m.donor_signed,
            patient_signed: m.patient_signed,
            donor_counselled: m.donor_counselled,
            patient_counselled: m.patient_counselled,
            patient_well: m.patient_well,
            no_further_donation: m.no_further_donation,
            donor_agreement: m.donor_agreement,
            patient_agreement: m.patient_agreement,
        },
        stop_reason: m.stop_reason,
        created_at: m.created_at,
        ended_at: m.ended_at,
    })
}

/// Stores a new request. A pairing that already has a live one (requested or released) gives
/// [`StoreError::Duplicate`].
pub async fn insert(conn: &impl ConnectionTrait, request: &ReleaseRequest) -> Result<(), StoreError> {
    let a = request.attestations;
    let row = ActiveModel {
        id: Set(request.id.as_uuid()),
        pairing_id: Set(request.pairing.as_uuid()),
        requested_by: Set(request.requested_by.as_uuid()),
        requester_side: Set(side_name(request.requester_side).to_owned()),
        status: Set(request.status.as_str().to_owned()),
        donor_signed: Set(a.donor_signed),
        patient_signed: Set(a.patient_signed),
        donor_counselled: Set(a.donor_counselled),
        patient_counselled: Set(a.patient_counselled),
        patient_well: Set(a.patient_well),
        no_further_donation: Set(a.no_further_donation),
        donor_agreement: Set(a.donor_agreement),
        patient_agreement: Set(a.patient_agreement),
        donor_signed_by: Set(None),
        patient_signed_by: Set(None),
        stop_reason: Set(request.stop_reason.clone()),
        created_at: Set(request.created_at),
        updated_at: Set(request.created_at),
        ended_at: Set(request.ended_at),
    };
    Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("live release request"))?;
    Ok(())
}

/// One request.
pub async fn get(conn: &impl ConnectionTrait, id: ReleaseRequestId) -> Result<Option<ReleaseRequest>, StoreError> {
    Entity::find_by_id(id.as_uuid()).one(conn).await?.map(to_domain).transpose()
}

/// Every request of a pairing, newest first.
pub async fn of_pairing(conn: &impl ConnectionTrait, pairing: PairingId) -> Result<Vec<ReleaseRequest>, StoreError> {
    Entity::find()
        .filter(Column::PairingId.eq(pairing.as_uuid()))
        .order_by_desc(Column::CreatedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The live request of a pairing (requested or released), if any.
pub async fn live_of_pairing(
    conn: &impl ConnectionTrait,
    pairing: PairingId,
) -> Result<Option<ReleaseRequest>, StoreError> {
    Ok(of_pairing(conn, pairing).await?.into_iter().find(ReleaseRequest::is_live))
}

/// The live requests (requested or released) of several pairings (for lists: one query for a page).
pub async fn live_of_pairings(
    conn: &impl ConnectionTrait,
    pairings: &[PairingId],
) -> Result<Vec<ReleaseRequest>, StoreError> {
    if pairings.is_empty() {
        return Ok(Vec::new());
    }
    Entity::find()
        .filter(Column::PairingId.is_in(pairings.iter().map(|p| p.as_uuid())))
        .filter(Column::Status.ne(ReleaseStatus::Stopped.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// Saves a request's new status and attestations, but only while it is still `requested`; `signer` is the
/// coordinator whose sign-off this is (recorded for their side). Returns whether this call made the change.
pub async fn update_open(
    conn: &impl ConnectionTrait,
    request: &ReleaseRequest,
    signer: Option<(Side, AccountId)>,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let a = request.attestations;
    let mut update = Entity::update_many()
        .col_expr(Column::Status, Expr::value(request.status.as_str()))
        .col_expr(Column::DonorSigned, Expr::value(a.donor_signed))
        .col_expr(Column::PatientSigned, Expr::value(a.patient_signed))
        .col_expr(Column::DonorCounselled, Expr::value(a.donor_counselled))
        .col_expr(Column::PatientCounselled, Expr::value(a.patient_counselled))
        .col_expr(Column::PatientWell, Expr::value(a.patient_well))
        .col_expr(Column::NoFurtherDonation, Expr::value(a.no_further_donation))
        .col_expr(Column::DonorAgreement, Expr::value(a.donor_agreement))
        .col_expr(Column::PatientAgreement, Expr::value(a.patient_agreement))
        .col_expr(Column::StopReason, Expr::value(request.stop_reason.clone()))
        .col_expr(Column::EndedAt, Expr::value(request.ended_at))
        .col_expr(Column::UpdatedAt, Expr::value(now));
    match signer {
        Some((Side::Donor, account)) => update = update.col_expr(Column::DonorSignedBy, Expr::value(account.as_uuid())),
        Some((Side::Patient, account)) => {
            update = update.col_expr(Column::PatientSignedBy, Expr::value(account.as_uuid()));
        }
        None => {}
    }
    let done = update
        .filter(Column::Id.eq(request.id.as_uuid()))
        .filter(Column::Status.eq(ReleaseStatus::Requested.as_str()))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Who signed off each side of a request: (donor side, patient side).
pub async fn signers(
    conn: &impl ConnectionTrait,
    id: ReleaseRequestId,
) -> Result<(Option<AccountId>, Option<AccountId>), StoreError> {
    let Some(m) = Entity::find_by_id(id.as_uuid()).one(conn).await? else { return Ok((None, None)) };
    Ok((m.donor_signed_by.map(AccountId::from_uuid), m.patient_signed_by.map(AccountId::from_uuid)))
}
