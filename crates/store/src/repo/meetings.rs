//! Meetings. A meeting changes state only by a conditional update on the state it was read in, so that an
//! answer and a cancellation at the same moment cannot both win.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::meeting::{Arrangements, Meeting, MeetingStatus};
use twinbridge_domain::rules::Side;
use twinbridge_domain::{MeetingId, PairingId};

use crate::StoreError;
use crate::entities::meetings::{ActiveModel, Column, Entity, Model};
use crate::repo::letters::side_name;

const TABLE: &str = "meetings";

fn seal(keys: &KeyRing, column: &str, row: uuid::Uuid, text: &str) -> Vec<u8> {
    keys.encrypt(FieldPlace { table: TABLE, column, row: row.as_bytes() }, text.as_bytes())
}

fn open(keys: &KeyRing, column: &str, row: uuid::Uuid, stored: &[u8]) -> Result<String, StoreError> {
    let bytes = keys.decrypt(FieldPlace { table: TABLE, column, row: row.as_bytes() }, stored)?;
    String::from_utf8(bytes).map_err(|_| StoreError::corrupt(TABLE, row, "text not UTF-8"))
}

fn to_domain(keys: &KeyRing, m: Model) -> Result<Meeting, StoreError> {
    let proposed_by = match m.proposed_by.as_str() {
        "donor" => Side::Donor,
        "patient" => Side::Patient,
        _ => return Err(StoreError::corrupt(TABLE, m.id, "unknown side")),
    };
    let staff_attending: Vec<String> =
        serde_json::from_str(&m.staff_attending).map_err(|e| StoreError::corrupt(TABLE, m.id, e))?;
    Ok(Meeting {
        id: MeetingId::from_uuid(m.id),
        pairing: PairingId::from_uuid(m.pairing_id),
        proposed_by,
        note: open(keys, "note", m.id, &m.note)?,
        status: m.status.parse().map_err(|e| StoreError::corrupt(TABLE, m.id, e))?,
        arrangements: Arrangements {
            date: m.meeting_date,
            place: m.place.as_deref().map(|p| open(keys, "place", m.id, p)).transpose()?,
            staff_attending,
            donor_media_consent: m.donor_media_consent,
            patient_media_consent: m.patient_media_consent,
        },
        created_at: m.created_at,
    })
}

fn staff_json(meeting: &Meeting) -> Result<String, StoreError> {
    serde_json::to_string(&meeting.arrangements.staff_attending).map_err(|e| StoreError::corrupt(TABLE, meeting.id, e))
}

/// Stores a new proposal. A pairing with an open meeting already gives [`StoreError::Duplicate`].
pub async fn insert(conn: &impl ConnectionTrait, keys: &KeyRing, meeting: &Meeting) -> Result<(), StoreError> {
    let id = meeting.id.as_uuid();
    let row = ActiveModel {
        id: Set(id),
        pairing_id: Set(meeting.pairing.as_uuid()),
        proposed_by: Set(side_name(meeting.proposed_by).to_owned()),
        note: Set(seal(keys, "note", id, &meeting.note)),
        status: Set(meeting.status.as_str().to_owned()),
        meeting_date: Set(meeting.arrangements.date),
        place: Set(meeting.arrangements.place.as_deref().map(|p| seal(keys, "place", id, p))),
        staff_attending: Set(staff_json(meeting)?),
        donor_media_consent: Set(meeting.arrangements.donor_media_consent),
        patient_media_consent: Set(meeting.arrangements.patient_media_consent),
        created_at: Set(meeting.created_at),
        updated_at: Set(meeting.created_at),
    };
    Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("open meeting"))?;
    Ok(())
}

/// One meeting.
pub async fn get(conn: &impl ConnectionTrait, keys: &KeyRing, id: MeetingId) -> Result<Option<Meeting>, StoreError> {
    Entity::find_by_id(id.as_uuid()).one(conn).await?.map(|m| to_domain(keys, m)).transpose()
}

/// The meetings of a pairing, newest first.
pub async fn of_pairing(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    pairing: PairingId,
) -> Result<Vec<Meeting>, StoreError> {
    Entity::find()
        .filter(Column::PairingId.eq(pairing.as_uuid()))
        .order_by_desc(Column::CreatedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| to_domain(keys, m))
        .collect()
}

/// Saves a meeting's status and arrangements, but only if it is still in `from`. Returns whether this call
/// made the change.
pub async fn update(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    meeting: &Meeting,
    from: MeetingStatus,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let id = meeting.id.as_uuid();
    let a = &meeting.arrangements;
    let done = Entity::update_many()
        .col_expr(Column::Status, Expr::value(meeting.status.as_str()))
        .col_expr(Column::MeetingDate, Expr::value(a.date))
        .col_expr(Column::Place, Expr::value(a.place.as_deref().map(|p| seal(keys, "place", id, p))))
        .col_expr(Column::StaffAttending, Expr::value(staff_json(meeting)?))
        .col_expr(Column::DonorMediaConsent, Expr::value(a.donor_media_consent))
        .col_expr(Column::PatientMediaConsent, Expr::value(a.patient_media_consent))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(from.as_str()))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}
