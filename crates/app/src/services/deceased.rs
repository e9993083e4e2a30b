//! When the patient has died (product §5, "sad news"): nothing more is passed to the patient's side, what
//! was under way stops, and the donor hears it from their own coordinator, in words written for it — never
//! from an automatic e-mail or an error message. Called inside the transaction that records the status.

use chrono::{DateTime, Utc};
use serde_json::json;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::meeting::MeetingStatus;
use twinbridge_domain::rules::Side;
use twinbridge_domain::{Pairing, PairingId, PatientStatus, patient_status};
use twinbridge_store::repo;
use twinbridge_store::{ConnectionTrait, StoreError};

use crate::services::notify;
use crate::state::AppState;

/// Whether the patient of a pairing is recorded as deceased.
pub async fn patient_died(conn: &impl ConnectionTrait, pairing: PairingId) -> Result<bool, StoreError> {
    let history = repo::patient_statuses::of_pairing(conn, pairing).await?;
    Ok(patient_status::current(&history).is_some_and(|e| e.status == PatientStatus::Deceased))
}

/// What changes when the patient's death is recorded: a pending release stops, open meetings are called off
/// (without news to the donor), and the donor side's coordinators are told that something waits for them.
pub(crate) async fn on_patient_died(
    state: &AppState,
    tx: &impl ConnectionTrait,
    pairing: &Pairing,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    crate::services::release::stop_quietly(tx, &state.keys, pairing, "patient-deceased", now).await?;
    let mut cancelled = 0;
    for mut meeting in repo::meetings::of_pairing(tx, &state.keys, pairing.id).await? {
        let from = meeting.status;
        if from.is_open() {
            meeting.status = MeetingStatus::Cancelled;
            if repo::meetings::update(tx, &state.keys, &meeting, from, now).await? {
                cancelled += 1;
            }
        }
    }
    let mut event = crate::services::audit::event(
        AuditAction::MeetingChanged,
        None,
        Some(pairing.donor_organisation),
        Some(format!("pairing:{}", pairing.id)),
    );
    if cancelled > 0 {
        event.details = json!({ "step": "cancelled_after_patient_died", "meetings": cancelled });
        repo::audit::append(tx, &state.keys, event, now).await?;
    }
    for message in notify::coordinators(state, tx, pairing, Side::Donor).await? {
        repo::outbox::enqueue(tx, &state.keys, &message, now).await?;
    }
    Ok(())
}
