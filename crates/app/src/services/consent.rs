//! Consent use cases: a participant reads and changes their contact level and the details they would
//! share. Every change is a new version and an audit event.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use twinbridge_domain::ParticipantId;
use twinbridge_domain::access::Relation;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::consent::{Consent, ConsentLevel, ShareField};
use twinbridge_store::repo;

use crate::auth::CurrentUser;
use crate::services::letters::LetterError;
use crate::services::pairings::{self, VisiblePairing};
use crate::state::AppState;

/// A consent as the API shows and takes it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ConsentBody {
    /// `no_contact`, `updates_only`, `anonymous_letters`, `share_details` or `meet`.
    pub level: String,
    /// Details to share (from `share_details` up).
    #[serde(default)]
    pub share: Vec<String>,
}

/// A consent as given: a level and the details to share.
fn parse(body: &ConsentBody) -> Result<Consent, LetterError> {
    let level: ConsentLevel =
        body.level.parse().map_err(|e: twinbridge_domain::ParseError| LetterError::BadInput(e.to_string()))?;
    let share = body
        .share
        .iter()
        .map(|s| s.parse::<ShareField>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| LetterError::BadInput(e.to_string()))?;
    Ok(Consent::new(level, share))
}

/// The caller's participation in a pairing they see (participants only).
fn me_in(user: &CurrentUser, visible: &VisiblePairing) -> Result<ParticipantId, LetterError> {
    let Relation::Participant(_) = visible.relation else {
        return Err(LetterError::Forbidden("Only donors, patients and their families give consent here."));
    };
    let person = user.account.person.ok_or(LetterError::NotFound)?;
    visible.participants.iter().find(|p| p.person == person).map(|p| p.id).ok_or(LetterError::NotFound)
}

/// The caller's current consent in a pairing.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn current(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
) -> Result<Option<ConsentBody>, LetterError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    let consents = repo::consents::current(state.store.read(), visible.pairing.id).await?;
    current_in(user, &visible, &consents)
}

/// [`current`] in a pairing already read with its current `consents` (the pairing page).
pub fn current_in(
    user: &CurrentUser,
    visible: &VisiblePairing,
    consents: &BTreeMap<ParticipantId, Consent>,
) -> Result<Option<ConsentBody>, LetterError> {
    let me = me_in(user, visible)?;
    Ok(consents.get(&me).map(|c| ConsentBody {
        level: c.level().as_str().to_owned(),
        share: c.share().iter().map(|f| f.as_str().to_owned()).collect(),
    }))
}

/// Records a new consent of the caller.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn change(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    body: &ConsentBody,
) -> Result<ConsentBody, LetterError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    let (pairing, me) = (visible.pairing.id, me_in(user, &visible)?);
    let consent = parse(body)?;
    let level = consent.level();
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
                repo::audit::append(&*tx, &state.keys, event, now).await?;
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

/// A consent a participant gave on a signed paper form, as their coordinator records it.
#[derive(Debug)]
pub struct PaperConsent {
    /// The participant's id in the pairing.
    pub participant: String,
    /// The consent on the form.
    pub consent: ConsentBody,
    /// The day the form was signed.
    pub signed_on: Option<chrono::NaiveDate>,
    /// The scan or photo of the signed form (JPEG or PNG).
    pub form: Vec<u8>,
}

/// The participant a coordinator of their own side acts for.
async fn own_sides_participant(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    participant: &str,
) -> Result<(twinbridge_domain::Pairing, twinbridge_domain::Participant), LetterError> {
    use crate::services::pairings::OwnSidesParticipant;
    match crate::services::pairings::own_sides_participant(state, user, pairing_id, participant).await? {
        OwnSidesParticipant::Found(pairing, participant) => Ok((*pairing, participant)),
        OwnSidesParticipant::NotStaff => {
            Err(LetterError::Forbidden("A coordinator of the participant's side records a signed form."))
        }
        OwnSidesParticipant::Missing => Err(LetterError::NotFound),
    }
}

/// A coordinator records a participant's consent from a signed form: the form is cleaned of its metadata
/// (decoded and encoded again), encrypted and kept with the new consent version, which names who recorded
/// it. Lowering the level below `share_details` stops a pending release, as when the participant does it.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn record_from_paper(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    paper: PaperConsent,
) -> Result<ConsentBody, LetterError> {
    let (pairing, participant) = own_sides_participant(state, user, pairing_id, &paper.participant).await?;
    let consent = parse(&paper.consent)?;
    let today = state.clock.today();
    let signed_on = twinbridge_domain::date::in_past(paper.signed_on.unwrap_or(today), today, "date")
        .map_err(|e| LetterError::BadInput(format!("signed_on: {e}")))?;
    let form = signed_form(paper.form)?;
    let level = consent.level();
    let now = state.clock.now();
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::ConsentChanged,
        Some(&user.account),
        organisation,
        Some(format!("pairing:{}", pairing.id)),
    );
    event.details = serde_json::json!({
        "participant": participant.id.to_string(),
        "level": level.as_str(),
        "share": consent.share().iter().map(|f| f.as_str()).collect::<Vec<_>>(),
        "source": "signed_form",
        "signed_on": signed_on.to_string(),
    });
    let by = user.account.id;
    state
        .store
        .write_tx(|tx| {
            let (consent, event, form, pairing, participant) = (&consent, event.clone(), &form, &pairing, &participant);
            async move {
                let id = repo::consents::record(&*tx, pairing.id, participant.id, consent, Some(by), now).await?;
                let new = repo::consent_forms::NewForm {
                    consent: id,
                    pairing: pairing.id,
                    participant: participant.id,
                    content_type: form.0,
                    data: &form.1,
                    signed_on,
                    recorded_by: by,
                };
                repo::consent_forms::insert(&*tx, &state.keys, &new, now).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                if level < ConsentLevel::ShareDetails {
                    let participants = repo::pairings::participants(&*tx, pairing.id).await?;
                    crate::services::release::stop_pending(state, &*tx, pairing, &participants, now).await?;
                }
                Ok::<_, twinbridge_store::StoreError>(())
            }
        })
        .await?;
    Ok(ConsentBody { level: level.as_str().to_owned(), share: paper.consent.share })
}

/// The stored form of an uploaded signed form: a JPEG or PNG scan cleaned like a letter's picture, or a
/// PDF kept as it came. A PDF is not cleaned of what it says about its author: it stays with the
/// participant's own side (the only people who open it, and who know the person anyway), and it is served
/// as a download in a sandbox, never shown in the page.
fn signed_form(upload: Vec<u8>) -> Result<(&'static str, Vec<u8>), LetterError> {
    if upload.starts_with(b"%PDF-") {
        if upload.len() > crate::services::attachments::MAX_UPLOAD_BYTES {
            return Err(LetterError::BadPicture("form: the file is too large".into()));
        }
        // A complete PDF ends with its end-of-file marker (perhaps followed by a line break).
        let tail = &upload[upload.len().saturating_sub(1024)..];
        if !tail.windows(5).any(|w| w == b"%%EOF") {
            return Err(LetterError::BadPicture("form: the PDF is incomplete or damaged".into()));
        }
        return Ok(("application/pdf", upload));
    }
    let picture = crate::services::attachments::clean_picture(&upload)
        .map_err(|e| LetterError::BadPicture(format!("form: {e}")))?;
    Ok((picture.content_type, picture.bytes))
}

/// A signed form, for a coordinator of its participant's side (the read is audited).
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn form_file(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    form: &str,
) -> Result<(String, Vec<u8>), LetterError> {
    let form: uuid::Uuid = form.parse().map_err(|_| LetterError::NotFound)?;
    let visible = crate::services::pairings::visible(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    let Some((participant, content_type, data)) =
        repo::consent_forms::file(state.store.read(), &state.keys, visible.pairing.id, form).await?
    else {
        return Err(LetterError::NotFound);
    };
    // Only staff of the form's participant's side: the same answer as a missing form otherwise.
    own_sides_participant(state, user, pairing_id, &participant.to_string())
        .await
        .map_err(|_| LetterError::NotFound)?;
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::IdentityRead,
        Some(&user.account),
        organisation,
        Some(format!("pairing:{}", visible.pairing.id)),
    );
    event.details = serde_json::json!({ "purpose": "consent_form", "form": form.to_string() });
    crate::services::audit::record(state, event).await?;
    Ok((content_type, data))
}
