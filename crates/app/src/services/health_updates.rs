//! Health updates (docs/adr/0013-meetings-and-health-updates.md): the patient side's coordinator tells the
//! donor how the patient is (a status and a text in plain words), on the usual schedule after the
//! transplant. An update travels as a letter of kind `health_update` from the patient side: the writing
//! coordinator's own text counts as their side's approval, the screen and the donor side's coordinator
//! review it like any letter, and it reaches the donor only while the rules allow updates, the patient
//! allows them and the donor wants them (both at `updates_only` or above).

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;
use twinbridge_domain::access::Relation;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::consent::ConsentLevel;
use twinbridge_domain::letter::{Decision, HealthReport, LetterStatus};
use twinbridge_domain::rules::{HealthUpdates, Side};
use twinbridge_domain::{LetterId, PairingId, Participant, PatientStatus, ReviewId};
use twinbridge_store::repo::letters::{Letter, Review};
use twinbridge_store::repo::{self};
use twinbridge_store::{ConnectionTrait, StoreError};

use crate::auth::CurrentUser;
use crate::services::letters::{self, LetterError, LetterView, letter_text, view};
use crate::services::notify;
use crate::services::pairings::{self, VisiblePairing};
use crate::services::policy;
use crate::state::AppState;

/// A health update as the patient side's coordinator writes it.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewHealthUpdate {
    /// `well`, `in_treatment`, `relapsed`, `deceased` or `unknown`.
    pub status: String,
    /// What to tell the donor, in plain words.
    pub text: String,
    /// The day it reports on.
    pub on: NaiveDate,
    /// The language of the text (default: the coordinator's).
    pub language: Option<String>,
    /// Spans of the text to remove before it leaves the patient's side. Left out, the screen's findings
    /// (seeded with the patient's side's identifiers) are removed; `[]` removes nothing.
    #[serde(default)]
    pub redactions: Option<Vec<crate::services::letters::Redaction>>,
}

/// Whether both participants' choices let updates reach the donor now: the main participant of each side
/// at `updates_only` or above (a side without a recorded choice has not said no).
pub async fn wanted(
    conn: &impl ConnectionTrait,
    pairing: PairingId,
    participants: &[Participant],
) -> Result<bool, StoreError> {
    let consents = repo::consents::current(conn, pairing).await?;
    Ok(participants.iter().all(|p| consents.get(&p.id).is_none_or(|c| c.level() >= ConsentLevel::UpdatesOnly)))
}

/// At delivery, inside the review's transaction: refused while the donor or the patient does not want
/// updates (the update stays with the donor side's coordinator, who is told why).
pub(crate) async fn refuse_unless_wanted(
    conn: &impl ConnectionTrait,
    pairing: PairingId,
    participants: &[Participant],
) -> Result<(), LetterError> {
    if wanted(conn, pairing, participants).await? {
        Ok(())
    } else {
        Err(LetterError::NotAllowed {
            code: "consent",
            detail: "The donor or the patient does not wish health updates to be passed on now; this update \
                     cannot be delivered."
                .into(),
        })
    }
}

/// Whether the caller may record updates for this pairing (a coordinator of the patient's side): checked
/// by forms before they read their input.
pub async fn may_record(state: &AppState, user: &CurrentUser, pairing_id: &str) -> Result<(), LetterError> {
    let (_, relation) = pairings::visible_pairing(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    if relation == Relation::PatientSideStaff {
        Ok(())
    } else {
        Err(LetterError::Forbidden("Only a coordinator of the patient's side records health updates."))
    }
}

/// The patient side's coordinator records an update; it goes to the donor side's review at once.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn record(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    new: NewHealthUpdate,
) -> Result<Letter, LetterError> {
    may_record(state, user, pairing_id).await?;
    let VisiblePairing { pairing, participants, .. } =
        pairings::visible(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    let status: PatientStatus =
        new.status.parse().map_err(|e: twinbridge_domain::ParseError| LetterError::BadInput(format!("status: {e}")))?;
    let on = twinbridge_domain::date::in_past(new.on, state.clock.today(), "date")
        .map_err(|e| LetterError::BadInput(format!("on: {e}")))?;
    let body = letter_text(&new.text)?;
    let language = match new.language.as_deref().or(user.account.language.as_deref()) {
        Some(code) => twinbridge_domain::Language::parse(code)
            .map_err(|e| LetterError::BadInput(format!("language: {e}")))?
            .as_str()
            .to_owned(),
        None => "en".into(),
    };
    let donor_offline =
        repo::organisations::get(state.store.read(), pairing.donor_organisation).await?.is_some_and(|o| o.offline);
    let now = state.clock.now();
    let letter = Letter {
        id: LetterId::random(),
        pairing: pairing.id,
        writer: None,
        writer_side: Side::Patient,
        language,
        in_reply_to: None,
        // An offline donor registry gets it on paper from the patient side, who is its only reviewer.
        status: if donor_offline { LetterStatus::ReadyToSend } else { LetterStatus::InReview(Side::Donor) },
        body: body.clone(),
        created_at: now,
        submitted_at: Some(now),
        delivered_at: None,
        read_at: None,
        entered_by: Some(user.account.id),
        received_on: None,
        sent_at: None,
        health: Some(HealthReport { status, on }),
    };
    // The writing coordinator's text is their side's approval, with what the screen finds of the patient's
    // side removed (unless the coordinator chose the redactions): no one else of that side reads it first.
    let redactions = match new.redactions {
        Some(chosen) => chosen,
        None => {
            let known = letters::known_for_side(state, Some(user), &participants, Side::Patient).await?;
            let forbidden = letters::forbidden_in_letters(state, pairing.id).await?;
            letters::suggested_redactions(&state.metrics, &body, &letter.language, &known, &forbidden)
        }
    };
    let (_, donor_language) = letters::readers(state, &letter, &participants).await?;
    let approved = letters::apply_redactions(&body, &redactions, &donor_language)?;
    let own_review = Review {
        id: ReviewId::random(),
        letter: letter.id,
        side: Side::Patient,
        reviewer: Some(user.account.id),
        decision: Decision::Approve,
        redactions: serde_json::to_string(&redactions).unwrap_or_else(|_| "[]".into()),
        note: None,
        approved_text: Some(approved),
        passed_attachments: Vec::new(),
        created_at: now,
    };
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::LetterEntered,
        Some(&user.account),
        organisation,
        Some(format!("letter:{}", letter.id)),
    );
    event.details = json!({
        "health_update": true,
        "status": status.as_str(),
        "on": on.to_string(),
        "redactions": redactions.len(),
    });
    let (today, keys) = (state.clock.today(), &state.keys);
    state
        .store
        .write_tx(|tx| {
            let (letter, own_review, event, pairing) = (&letter, &own_review, event.clone(), &pairing);
            async move {
                let explanation = policy::explain(&*tx, pairing, today).await?;
                match explanation.health_updates {
                    HealthUpdates::Allowed => {}
                    HealthUpdates::None => {
                        return Err(LetterError::NotAllowed {
                            code: "not-allowed-by-rules",
                            detail:
                                "The contact rules of this pairing do not let the donor be told how the patient is."
                                    .into(),
                        });
                    }
                    HealthUpdates::Unknown => {
                        return Err(LetterError::NotAllowed {
                            code: "rules-unknown",
                            detail: "The contact rules of this pairing do not say whether the donor may be told how \
                                     the patient is, so nothing is passed on."
                                .into(),
                        });
                    }
                }
                repo::letters::insert(&*tx, keys, letter).await?;
                repo::letters::add_review(&*tx, keys, own_review).await?;
                crate::services::webhooks::letter_waiting(state, &*tx, pairing, letter).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                if letter.status == LetterStatus::InReview(Side::Donor) {
                    for message in notify::coordinators(state, &*tx, pairing, Side::Donor).await? {
                        repo::outbox::enqueue(&*tx, keys, &message, now).await?;
                    }
                }
                Ok::<_, LetterError>(())
            }
        })
        .await?;
    Ok(letter)
}

/// A pairing's health updates as the caller may see them: the patient side's coordinators all of them;
/// the donor side's those that reached their review; the donor those delivered, while updates are wanted.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn list(state: &AppState, user: &CurrentUser, pairing_id: &str) -> Result<Vec<LetterView>, LetterError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    list_of(state, user, &visible).await
}

/// [`list`] of a pairing already read (the pairing page).
pub async fn list_of(
    state: &AppState,
    user: &CurrentUser,
    visible: &VisiblePairing,
) -> Result<Vec<LetterView>, LetterError> {
    let mut out = Vec::new();
    for letter in repo::letters::health_updates_of_pairing(state.store.read(), &state.keys, visible.pairing.id).await? {
        match view(state, user, &letter.id.to_string()).await {
            Ok(seen) => out.push(seen),
            Err(LetterError::NotFound) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(out)
}
