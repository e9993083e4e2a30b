//! Consent use cases: a participant reads and changes their contact level and the details they would
//! share. Every change is a new version and an audit event.

use serde::{Deserialize, Serialize};
use twinbridge_domain::access::Relation;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::consent::{Consent, ConsentLevel, ShareField};
use twinbridge_store::repo;

use crate::auth::CurrentUser;
use crate::services::letters::LetterError;
use crate::services::pairings::visible_pairing;
use crate::state::AppState;

/// A consent as the API shows and takes it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConsentBody {
    /// `no_contact`, `updates_only`, `anonymous_letters`, `share_details` or `meet`.
    pub level: String,
    /// Details to share (from `share_details` up).
    #[serde(default)]
    pub share: Vec<String>,
}

/// The caller's participation in the pairing (participants only).
async fn participation(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
) -> Result<(twinbridge_domain::PairingId, twinbridge_domain::ParticipantId), LetterError> {
    let (pairing, relation) = visible_pairing(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    let Relation::Participant(_) = relation else {
        return Err(LetterError::Forbidden("Only donors, patients and their families give consent here."));
    };
    let person = user.account.person.ok_or(LetterError::NotFound)?;
    let me = repo::pairings::participants(state.store.read(), pairing.id)
        .await?
        .into_iter()
        .find(|p| p.person == person)
        .ok_or(LetterError::NotFound)?;
    Ok((pairing.id, me.id))
}

/// The caller's current consent in a pairing.
#[tracing::instrument(skip_all, fields(pairing = %pairing_id))]
pub async fn current(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
) -> Result<Option<ConsentBody>, LetterError> {
    let (pairing, me) = participation(state, user, pairing_id).await?;
    let consents = repo::consents::current(state.store.read(), pairing).await?;
    Ok(consents.get(&me).map(|c| ConsentBody {
        level: c.level().as_str().to_owned(),
        share: c.share().iter().map(|f| f.as_str().to_owned()).collect(),
    }))
}

/// Records a new consent of the caller.
#[tracing::instrument(skip_all, fields(pairing = %pairing_id))]
pub async fn change(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    body: &ConsentBody,
) -> Result<ConsentBody, LetterError> {
    let (pairing, me) = participation(state, user, pairing_id).await?;
    let level: ConsentLevel =
        body.level.parse().map_err(|e: twinbridge_domain::ParseError| LetterError::BadInput(e.to_string()))?;
    let share = body
        .share
        .iter()
        .map(|s| s.parse::<ShareField>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| LetterError::BadInput(e.to_string()))?;
    let consent = Consent::new(level, share);
    let now = state.clock.now();
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::ConsentChanged,
        Some(&user.account),
        organisation,
        Some(format!("pairing:{pairing}")),
    );
    event.details = serde_json::json!({ "level": level.as_str(), "share": consent.share().iter().map(|f| f.as_str()).collect::<Vec<_>>() });
    let by = user.account.id;
    state
        .store
        .write_tx(|tx| {
            let (consent, event) = (&consent, event.clone());
            async move {
                repo::consents::record(&*tx, pairing, me, consent, Some(by), now).await?;
                repo::audit::append(&*tx, event, now).await?;
                if level < ConsentLevel::ShareDetails
                    && let Some(pairing) = repo::pairings::get(&*tx, pairing).await?
                {
                    let participants = repo::pairings::participants(&*tx, pairing.id).await?;
                    crate::services::release::stop_pending(state, &*tx, &pairing, &participants, now).await?;
                }
                Ok::<_, twinbridge_store::StoreError>(())
            }
        })
        .await?;
    Ok(ConsentBody {
        level: level.as_str().to_owned(),
        share: consent.share().iter().map(|f| f.as_str().to_owned()).collect(),
    })
}
