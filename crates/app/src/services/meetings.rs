//! Meetings (docs/adr/0013-meetings-and-health-updates.md): after release, a participant proposes, the
//! other side answers, either side cancels, and the coordinators record the arrangements. The decisions
//! are `twinbridge_domain::meeting`'s; each step is checked and stored in one write transaction with a
//! conditional update, its audit event and the news for the other people involved.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;
use twinbridge_domain::access::Relation;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::meeting::{self, Arrangements, Meeting, MeetingRefusal, MeetingStatus};
use twinbridge_domain::rules::Side;
use twinbridge_domain::text::clean_line;
use twinbridge_domain::{MeetingId, Pairing, Participant};
use twinbridge_store::repo::{self, outbox::OutgoingMessage};
use twinbridge_store::{ConnectionTrait, StoreError, TxError};

use crate::auth::CurrentUser;
use crate::services::identity::{self, Purpose};
use crate::services::notify;
use crate::services::pairings::{self, VisiblePairing};
use crate::state::AppState;

/// Longest note with a proposal, in characters.
pub const MAX_NOTE: usize = 2_000;

/// Why a meeting step was refused.
#[derive(Debug, thiserror::Error)]
pub enum MeetingError {
    /// The pairing or meeting does not exist for the caller.
    #[error("not found")]
    NotFound,
    /// The caller may see it but not take this step.
    #[error("{0}")]
    Forbidden(&'static str),
    /// The step does not fit (not released, no consent, wrong state).
    #[error(transparent)]
    Refused(#[from] MeetingRefusal),
    /// Another step changed the meeting at the same moment.
    #[error("someone else changed this meeting at the same moment; reload it")]
    Moved,
    /// Bad input, naming the field.
    #[error("{field}: {why}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// Why.
        why: String,
    },
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl TxError for MeetingError {
    fn store_error(&self) -> Option<&StoreError> {
        match self {
            Self::Store(e) => Some(e),
            _ => None,
        }
    }
}

/// A meeting as shown.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MeetingView {
    /// Its id.
    pub id: String,
    /// `proposed`, `accepted`, `declined` or `cancelled`.
    pub status: &'static str,
    /// The side that proposed it.
    pub proposed_by: &'static str,
    /// The proposer's note: for the other side, with what the screen found of the proposer's side removed.
    pub note: String,
    /// For the proposer's side: what the screen removed from the note before the other side sees it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note_removed: Vec<String>,
    /// The day, once arranged.
    pub date: Option<NaiveDate>,
    /// The place, once arranged.
    pub place: Option<String>,
    /// Who of the organisations attends.
    pub staff_attending: Vec<String>,
    /// Each person's consent to media coverage.
    pub media_consent: MediaConsent,
    /// When it was proposed.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The caller may answer it (the other side's participant, while proposed).
    #[serde(skip)]
    pub may_answer: bool,
    /// The caller may cancel it.
    #[serde(skip)]
    pub may_cancel: bool,
    /// The caller may record the arrangements (a coordinator, once accepted).
    #[serde(skip)]
    pub may_arrange: bool,
}

/// Media consent per person.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MediaConsent {
    /// The donor agrees to photos, film or press.
    #[serde(default)]
    pub donor: bool,
    /// The patient agrees.
    #[serde(default)]
    pub patient: bool,
}

fn view_of(meeting: &Meeting, relation: Relation) -> MeetingView {
    let participant = matches!(relation, Relation::Participant(_));
    let a = &meeting.arrangements;
    MeetingView {
        id: meeting.id.to_string(),
        status: meeting.status.as_str(),
        proposed_by: repo::letters::side_name(meeting.proposed_by),
        note: meeting.note.clone(),
        note_removed: Vec::new(),
        date: a.date,
        place: a.place.clone(),
        staff_attending: a.staff_attending.clone(),
        media_consent: MediaConsent { donor: a.donor_media_consent, patient: a.patient_media_consent },
        created_at: meeting.created_at,
        may_answer: participant && meeting::answer(meeting, relation.side(), true).is_ok(),
        may_cancel: participant && meeting::cancel(meeting).is_ok(),
        may_arrange: !participant && meeting::arrange(meeting).is_ok(),
    }
}

/// A meeting as `user` sees it. A proposal's note crosses to the other side with no review step, after a
/// release that let each person choose what the other learns: the screen, seeded with the proposer's side's
/// identifiers (a system read, audited), removes what it finds before the other side reads it, and the
/// proposer's side sees what went (docs/adr/0022).
async fn shown(
    state: &AppState,
    user: &CurrentUser,
    meeting: &Meeting,
    visible: &VisiblePairing,
) -> Result<MeetingView, MeetingError> {
    let mut view = view_of(meeting, visible.relation);
    if meeting.note.is_empty() {
        return Ok(view);
    }
    let people: Vec<_> = visible
        .participants
        .iter()
        .filter(|p| p.role.is_donor_side() == (meeting.proposed_by == Side::Donor))
        .map(|p| p.person)
        .collect();
    let known = identity::known_for(state, None, &people, Purpose::MeetingNoteScreen).await?;
    let found = twinbridge_screening::Screener::shared().screen(&meeting.note, None, &known);
    if visible.relation.side() == meeting.proposed_by {
        view.note_removed = found.into_iter().map(|f| f.text).collect();
    } else {
        let language = user.account.language.as_deref().unwrap_or("en");
        view.note = twinbridge_screening::redact(&meeting.note, &found, language);
    }
    Ok(view)
}

/// The meetings of a pairing the caller sees (participants and coordinators of both sides).
pub async fn list(state: &AppState, user: &CurrentUser, pairing_id: &str) -> Result<Vec<MeetingView>, MeetingError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(MeetingError::NotFound)?;
    list_of(state, user, &visible).await
}

/// [`list`] of a pairing already read (the pairing page).
pub async fn list_of(
    state: &AppState,
    user: &CurrentUser,
    visible: &VisiblePairing,
) -> Result<Vec<MeetingView>, MeetingError> {
    let meetings = repo::meetings::of_pairing(state.store.read(), &state.keys, visible.pairing.id).await?;
    let mut out = Vec::with_capacity(meetings.len());
    for meeting in &meetings {
        out.push(shown(state, user, meeting, visible).await?);
    }
    Ok(out)
}

async fn enqueue(
    conn: &impl ConnectionTrait,
    state: &AppState,
    messages: Vec<OutgoingMessage>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    for message in &messages {
        repo::outbox::enqueue(conn, &state.keys, message, now).await?;
    }
    Ok(())
}

async fn audit(
    state: &AppState,
    conn: &impl ConnectionTrait,
    user: &CurrentUser,
    meeting: &Meeting,
    step: &'static str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::MeetingChanged,
        Some(&user.account),
        organisation,
        Some(format!("pairing:{}", meeting.pairing)),
    );
    event.details = json!({ "meeting": meeting.id.to_string(), "step": step, "status": meeting.status.as_str() });
    repo::audit::append(conn, &state.keys, event, now).await
}

/// A participant proposes a meeting, with a note for the other side.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn propose(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    note: &str,
) -> Result<MeetingView, MeetingError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(MeetingError::NotFound)?;
    let Relation::Participant(_) = visible.relation else {
        return Err(MeetingError::Forbidden("Only the donor, the patient or the patient's representative proposes."));
    };
    let note = note.trim();
    if note.chars().count() > MAX_NOTE {
        return Err(MeetingError::Invalid { field: "note", why: format!("at most {MAX_NOTE} characters") });
    }
    let side = visible.relation.side();
    let now = state.clock.now();
    let meeting = Meeting {
        id: MeetingId::random(),
        pairing: visible.pairing.id,
        proposed_by: side,
        note: note.to_owned(),
        status: MeetingStatus::Proposed,
        arrangements: Arrangements::default(),
        created_at: now,
    };
    let VisiblePairing { pairing, participants, .. } = &visible;
    state
        .store
        .write_tx(|tx| {
            let meeting = &meeting;
            async move {
                let release = repo::release_requests::live_of_pairing(&*tx, pairing.id).await?.map(|r| r.status);
                let consents = repo::consents::current(&*tx, pairing.id).await?;
                let level = |side: Side| {
                    twinbridge_domain::participant::speaking_for(participants, side)
                        .and_then(|p| consents.get(&p.id))
                        .map(|c| c.level())
                };
                let other = if side == Side::Donor { Side::Patient } else { Side::Donor };
                let open =
                    repo::meetings::of_pairing(&*tx, &state.keys, pairing.id).await?.iter().any(|m| m.status.is_open());
                meeting::may_propose(release, level(side), level(other), open)?;
                repo::meetings::insert(&*tx, &state.keys, meeting).await.map_err(|e| match e {
                    StoreError::Duplicate(_) => MeetingError::Refused(MeetingRefusal::AlreadyOpen),
                    other => other.into(),
                })?;
                audit(state, &*tx, user, meeting, "proposed", now).await?;
                let news = notify::participants(state, &*tx, pairing, &notify::of_side(participants, other)).await?;
                enqueue(&*tx, state, news, now).await?;
                Ok::<_, MeetingError>(())
            }
        })
        .await?;
    shown(state, user, &meeting, &visible).await
}

/// What a participant does with a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Say yes to the other side's proposal.
    Accept,
    /// Say no.
    Decline,
    /// Call it off.
    Cancel,
}

/// The meeting and the caller's relation to its pairing.
async fn visible_meeting(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<(Meeting, VisiblePairing), MeetingError> {
    let id = id.parse::<MeetingId>().map_err(|_| MeetingError::NotFound)?;
    let meeting = repo::meetings::get(state.store.read(), &state.keys, id).await?.ok_or(MeetingError::NotFound)?;
    let visible = pairings::visible(state, user, &meeting.pairing.to_string()).await?.ok_or(MeetingError::NotFound)?;
    Ok((meeting, visible))
}

/// A participant accepts, declines or cancels.
#[tracing::instrument(level = "debug", skip_all, fields(meeting = %id))]
pub async fn step(state: &AppState, user: &CurrentUser, id: &str, step: Step) -> Result<MeetingView, MeetingError> {
    let (found, visible) = visible_meeting(state, user, id).await?;
    let Relation::Participant(_) = visible.relation else {
        return Err(MeetingError::Forbidden("Only the donor, the patient or the patient's representative answers."));
    };
    let side = visible.relation.side();
    let now = state.clock.now();
    let VisiblePairing { pairing, participants, .. } = &visible;
    let meeting = state
        .store
        .write_tx(|tx| async move {
            let mut meeting = repo::meetings::get(&*tx, &state.keys, found.id).await?.ok_or(MeetingError::NotFound)?;
            let from = meeting.status;
            meeting.status = match step {
                Step::Accept => meeting::answer(&meeting, side, true)?,
                Step::Decline => meeting::answer(&meeting, side, false)?,
                Step::Cancel => meeting::cancel(&meeting)?,
            };
            if !repo::meetings::update(&*tx, &state.keys, &meeting, from, now).await? {
                return Err(MeetingError::Moved);
            }
            let name = match step {
                Step::Accept => "accepted",
                Step::Decline => "declined",
                Step::Cancel => "cancelled",
            };
            audit(state, &*tx, user, &meeting, name, now).await?;
            let other = if side == Side::Donor { Side::Patient } else { Side::Donor };
            let mut news = notify::participants(state, &*tx, pairing, &notify::of_side(participants, other)).await?;
            if meeting.status != MeetingStatus::Declined {
                news.extend(arranging_coordinators(state, &*tx, pairing).await?);
            }
            enqueue(&*tx, state, news, now).await?;
            Ok(meeting)
        })
        .await?;
    shown(state, user, &meeting, &visible).await
}

async fn arranging_coordinators(
    state: &AppState,
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
) -> Result<Vec<OutgoingMessage>, StoreError> {
    let mut messages = notify::coordinators(state, conn, pairing, Side::Donor).await?;
    messages.extend(notify::coordinators(state, conn, pairing, Side::Patient).await?);
    Ok(messages)
}

/// The arrangements a coordinator records.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArrangementsInput {
    /// The day.
    pub date: Option<NaiveDate>,
    /// Where.
    pub place: Option<String>,
    /// Who of the organisations attends.
    #[serde(default)]
    pub staff_attending: Vec<String>,
    /// Each person's consent to media coverage.
    #[serde(default)]
    pub media_consent: MediaConsent,
}

/// A coordinator of either side records date, place, who attends and the media consents of an agreed
/// meeting.
#[tracing::instrument(level = "debug", skip_all, fields(meeting = %id))]
pub async fn arrange(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    input: ArrangementsInput,
) -> Result<MeetingView, MeetingError> {
    let (found, visible) = visible_meeting(state, user, id).await?;
    if matches!(visible.relation, Relation::Participant(_)) {
        return Err(MeetingError::Forbidden("The coordinators record where and when a meeting takes place."));
    }
    let place = input
        .place
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| clean_line(p, "place", 300).map_err(|e| MeetingError::Invalid { field: "place", why: e.to_string() }))
        .transpose()?;
    let mut staff = Vec::new();
    for (i, name) in input.staff_attending.iter().enumerate() {
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        let field = if i < 20 { "staff_attending" } else { "staff_attending (at most 20)" };
        staff.push(clean_line(name, "name", 200).map_err(|e| MeetingError::Invalid { field, why: e.to_string() })?);
    }
    if let Some(date) = input.date
        && date < state.clock.today()
    {
        return Err(MeetingError::Invalid { field: "date", why: "a meeting is arranged for today or later".into() });
    }
    let arrangements = Arrangements {
        date: input.date,
        place,
        staff_attending: staff,
        donor_media_consent: input.media_consent.donor,
        patient_media_consent: input.media_consent.patient,
    };
    let now = state.clock.now();
    let VisiblePairing { pairing, participants, .. } = &visible;
    let meeting = state
        .store
        .write_tx(|tx| {
            let arrangements = arrangements.clone();
            async move {
                let mut meeting =
                    repo::meetings::get(&*tx, &state.keys, found.id).await?.ok_or(MeetingError::NotFound)?;
                meeting::arrange(&meeting)?;
                meeting.arrangements = arrangements;
                if !repo::meetings::update(&*tx, &state.keys, &meeting, MeetingStatus::Accepted, now).await? {
                    return Err(MeetingError::Moved);
                }
                audit(state, &*tx, user, &meeting, "arranged", now).await?;
                let everyone: Vec<&Participant> = participants.iter().collect();
                enqueue(&*tx, state, notify::participants(state, &*tx, pairing, &everyone).await?, now).await?;
                Ok(meeting)
            }
        })
        .await?;
    shown(state, user, &meeting, &visible).await
}
