//! What waits for a person: for a coordinator, what their side has to do (letters and health updates to
//! review, sign-offs, meetings to arrange, a patient to record); for a participant, what is theirs to do
//! (a letter to read, a returned letter to revise, a meeting to answer). The home page lists these, the
//! staff digest counts the new ones and escalations name the overdue ones: one list for all three, so an
//! e-mail never announces what the page does not show.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use twinbridge_domain::access::{self, Relation};
use twinbridge_domain::letter::LetterStatus;
use twinbridge_domain::meeting::MeetingStatus;
use twinbridge_domain::question::QuestionStatus;
use twinbridge_domain::release::ReleaseStatus;
use twinbridge_domain::rules::Side;
use twinbridge_domain::{OrganisationId, Pairing, PairingId, Participant};
use twinbridge_store::{StoreError, repo};

use crate::auth::CurrentUser;
use crate::services::letters::{self, LetterError};
use crate::state::AppState;

/// What kind of thing waits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WaitingKind {
    /// A letter waits for the caller's side's review.
    LetterToReview,
    /// A health update waits for the caller's side's review.
    HealthUpdateToReview,
    /// An identity release waits for the caller's side's sign-off.
    SignOff,
    /// An agreed meeting waits for a date.
    MeetingToArrange,
    /// The patient side has not recorded its patient yet.
    PatientToRecord,
    /// A letter was delivered to the caller and is unread.
    LetterToRead,
    /// The caller's letter came back with reasons.
    LetterReturned,
    /// The other side proposed a meeting.
    MeetingToAnswer,
    /// A question waits for the caller's organisation's answer.
    QuestionToAnswer,
    /// The caller's question was answered.
    QuestionAnswered,
    /// The reader of a letter asked the caller's side for a translation.
    TranslationToAdd,
}

impl WaitingKind {
    /// Every kind, in the order the home page groups them.
    pub const ALL: [Self; 11] = [
        Self::LetterToReview,
        Self::HealthUpdateToReview,
        Self::TranslationToAdd,
        Self::SignOff,
        Self::MeetingToArrange,
        Self::PatientToRecord,
        Self::LetterToRead,
        Self::LetterReturned,
        Self::MeetingToAnswer,
        Self::QuestionToAnswer,
        Self::QuestionAnswered,
    ];

    /// The stable name (API, translation keys).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::LetterToReview => "letter_to_review",
            Self::HealthUpdateToReview => "health_update_to_review",
            Self::SignOff => "sign_off",
            Self::MeetingToArrange => "meeting_to_arrange",
            Self::PatientToRecord => "patient_to_record",
            Self::LetterToRead => "letter_to_read",
            Self::LetterReturned => "letter_returned",
            Self::MeetingToAnswer => "meeting_to_answer",
            Self::QuestionToAnswer => "question_to_answer",
            Self::QuestionAnswered => "question_answered",
            Self::TranslationToAdd => "translation_to_add",
        }
    }
}

/// One thing that waits.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct WaitingItem {
    /// What it is.
    pub kind: WaitingKind,
    /// The pairing's id (none for a general question).
    pub pairing_id: Option<String>,
    /// The pairing's reference (none for a general question).
    pub reference: Option<String>,
    /// Where to act on it (a path on this instance).
    pub path: String,
    /// Since when it waits.
    pub since: DateTime<Utc>,
    /// Names this item at this step (a letter moving to the next stage is a new item), for the marks
    /// of notices already sent.
    #[serde(skip)]
    pub key: String,
    /// The organisation whose staff it waits for (staff items only).
    #[serde(skip)]
    pub organisation: Option<OrganisationId>,
}

/// Why the list could not be made.
#[derive(Debug, thiserror::Error)]
pub enum WaitingError {
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Reading the review queue failed.
    #[error(transparent)]
    Letters(#[from] LetterError),
}

fn item(kind: WaitingKind, pairing: &Pairing, path: String, since: DateTime<Utc>, key: String) -> WaitingItem {
    WaitingItem {
        kind,
        pairing_id: Some(pairing.id.to_string()),
        reference: Some(pairing.reference.to_string()),
        path,
        since,
        key,
        organisation: None,
    }
}

const fn side_name(side: Side) -> &'static str {
    match side {
        Side::Donor => "donor",
        Side::Patient => "patient",
    }
}

/// Everything that waits for the caller, oldest first.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn for_user(state: &AppState, user: &CurrentUser) -> Result<Vec<WaitingItem>, WaitingError> {
    let conn = state.store.read();
    let actor = user.actor();
    // Only coordinators stand to pairings as staff (`access::relation_to`): the candidates are the
    // pairings the caller takes part in or coordinates, found by the database, not every pairing.
    let coordinated: Vec<OrganisationId> = user.coordinated_organisations();
    let all = repo::pairings::involving(conn, user.account.person, &coordinated).await?;
    let ids: Vec<PairingId> = all.iter().map(|p| p.id).collect();
    let mut by_pairing: HashMap<PairingId, Vec<Participant>> = HashMap::new();
    for p in repo::pairings::participants_of_pairings(conn, &ids).await? {
        by_pairing.entry(p.pairing).or_default().push(p);
    }
    let visible: Vec<(Pairing, Relation, Vec<Participant>)> = all
        .into_iter()
        .filter_map(|pairing| {
            let participants = by_pairing.remove(&pairing.id).unwrap_or_default();
            access::relation_to(&actor, &pairing, &participants).map(|r| (pairing, r, participants))
        })
        .collect();
    let ids: Vec<PairingId> = visible.iter().map(|(p, _, _)| p.id).collect();
    let requests = repo::release_requests::live_of_pairings(conn, &ids).await?;
    let mut letters: HashMap<PairingId, Vec<repo::letters::LetterSummary>> = HashMap::new();
    for (pairing, letter) in repo::letters::summaries_of_pairings(conn, &ids).await? {
        letters.entry(pairing).or_default().push(letter);
    }
    let offline: Vec<OrganisationId> =
        repo::organisations::list(conn).await?.into_iter().filter(|o| o.offline).map(|o| o.id).collect();
    let mut items = Vec::new();
    let mut staff_side: HashMap<PairingId, Side> = HashMap::new();
    for (pairing, relation, participants) in &visible {
        let side = relation.side();
        let mine: Vec<&Participant> = participants.iter().filter(|p| Some(p.person) == user.account.person).collect();
        let organisation = crate::services::notify::organisation_of(pairing, side);
        let pages = format!("/pairings/{}", pairing.id);
        if !matches!(relation, Relation::Participant(_)) {
            staff_side.insert(pairing.id, side);
            if side == Side::Patient
                && !participants.iter().any(|p| !p.role.is_donor_side())
                && pairing.patient_organisation.is_some_and(|o| !offline.contains(&o))
            {
                let key = format!("attach:{}", pairing.id);
                let path = format!("{pages}/manage");
                items.push(WaitingItem {
                    organisation,
                    ..item(WaitingKind::PatientToRecord, pairing, path, pairing.created_at, key)
                });
            }
            for request in requests.iter().filter(|r| r.pairing == pairing.id && r.status == ReleaseStatus::Requested) {
                let signed = if side == Side::Donor {
                    request.attestations.donor_signed
                } else {
                    request.attestations.patient_signed
                };
                if !signed {
                    let key = format!("release:{}:{}", request.id, side_name(side));
                    items.push(WaitingItem {
                        organisation,
                        ..item(WaitingKind::SignOff, pairing, format!("{pages}#release"), request.created_at, key)
                    });
                }
            }
        }
        let released = requests.iter().any(|r| r.pairing == pairing.id && r.status == ReleaseStatus::Released);
        if released {
            for meeting in repo::meetings::of_pairing(conn, &state.keys, pairing.id).await? {
                let (kind, waits) = match relation {
                    Relation::Participant(_) => (
                        WaitingKind::MeetingToAnswer,
                        meeting.status == MeetingStatus::Proposed && meeting.proposed_by != side,
                    ),
                    _ => (
                        WaitingKind::MeetingToArrange,
                        meeting.status == MeetingStatus::Accepted && meeting.arrangements.date.is_none(),
                    ),
                };
                if waits {
                    let key = format!("meeting:{}:{}:{}", meeting.id, meeting.status.as_str(), side_name(side));
                    items.push(WaitingItem {
                        organisation: organisation.filter(|_| kind == WaitingKind::MeetingToArrange),
                        ..item(kind, pairing, format!("{pages}#meetings"), meeting.created_at, key)
                    });
                }
            }
        }
        if let Relation::Participant(_) = relation {
            for letter in letters.get(&pairing.id).into_iter().flatten() {
                let path = format!("/letters/{}", letter.id);
                if letter.side != side && letter.status == LetterStatus::Delivered {
                    let key = format!("read:{}", letter.id);
                    items.push(item(WaitingKind::LetterToRead, pairing, path, letter.updated_at, key));
                } else if letter.status == LetterStatus::Returned && mine.iter().any(|p| Some(p.id) == letter.writer) {
                    let key = format!("returned:{}:{}", letter.id, letter.updated_at.timestamp());
                    items.push(item(WaitingKind::LetterReturned, pairing, path, letter.updated_at, key));
                }
            }
        }
    }
    if !staff_side.is_empty() {
        // Translations the readers asked for: letters the other side wrote, in pairings where the caller
        // is staff of the reader's side.
        let asked: Vec<(&Pairing, Side, twinbridge_domain::LetterId)> = visible
            .iter()
            .filter_map(|(pairing, _, _)| staff_side.get(&pairing.id).map(|side| (pairing, *side)))
            .flat_map(|(pairing, side)| {
                letters.get(&pairing.id).into_iter().flatten().filter_map(move |l| {
                    (l.side != side && matches!(l.status, LetterStatus::Delivered | LetterStatus::Read))
                        .then_some((pairing, side, l.id))
                })
            })
            .collect();
        let ids: Vec<twinbridge_domain::LetterId> = asked.iter().map(|(_, _, id)| *id).collect();
        for request in repo::translation_requests::open_of_letters(conn, &ids).await? {
            let Some((pairing, side, _)) = asked.iter().find(|(_, _, id)| *id == request.letter) else { continue };
            let key = format!("translation:{}:{}", request.letter, request.created_at.timestamp());
            let path = format!("/letters/{}", request.letter);
            items.push(WaitingItem {
                organisation: crate::services::notify::organisation_of(pairing, *side),
                ..item(WaitingKind::TranslationToAdd, pairing, path, request.created_at, key)
            });
        }
        for line in letters::whole_queue(state, user).await? {
            let Some((pairing, _, _)) = visible.iter().find(|(p, _, _)| p.id.to_string() == line.letter.pairing_id)
            else {
                continue;
            };
            let side = staff_side.get(&pairing.id).copied().unwrap_or(Side::Donor);
            let kind = if line.letter.kind == "health_update" {
                WaitingKind::HealthUpdateToReview
            } else {
                WaitingKind::LetterToReview
            };
            let key = format!("letter:{}:{}", line.letter.id, line.stage);
            items.push(WaitingItem {
                organisation: crate::services::notify::organisation_of(pairing, side),
                ..item(kind, pairing, format!("/letters/{}", line.letter.id), line.since, key)
            });
        }
    }
    items.extend(questions(state, user).await?);
    items.sort_by_key(|i| i.since);
    Ok(items)
}

/// Questions: for coordinators, the open ones of their organisations; for a participant, their own
/// answered ones.
async fn questions(state: &AppState, user: &CurrentUser) -> Result<Vec<WaitingItem>, WaitingError> {
    let conn = state.store.read();
    let mut out = Vec::new();
    let found: Vec<(repo::questions::Question, Option<OrganisationId>)> = if user.is_staff() {
        let mut all = Vec::new();
        for (organisation, role) in &user.roles {
            if *role == twinbridge_domain::StaffRole::Coordinator {
                let open = repo::questions::of_organisation(conn, &state.keys, *organisation).await?;
                all.extend(
                    open.into_iter().filter(|q| q.status == QuestionStatus::Open).map(|q| (q, Some(*organisation))),
                );
            }
        }
        all
    } else {
        let own = repo::questions::of_asker(conn, &state.keys, user.account.id).await?;
        own.into_iter().filter(|q| q.status == QuestionStatus::Answered).map(|q| (q, None)).collect()
    };
    for (q, organisation) in found {
        let reference = match q.pairing {
            Some(p) => repo::pairings::get(conn, p).await?.map(|p| p.reference.to_string()),
            None => None,
        };
        let kind = if organisation.is_some() { WaitingKind::QuestionToAnswer } else { WaitingKind::QuestionAnswered };
        out.push(WaitingItem {
            kind,
            pairing_id: q.pairing.map(|p| p.to_string()),
            reference,
            path: format!("/questions/{}", q.id),
            since: q.updated_at,
            key: format!("question:{}:{}", q.id, q.updated_at.timestamp()),
            organisation,
        });
    }
    Ok(out)
}
