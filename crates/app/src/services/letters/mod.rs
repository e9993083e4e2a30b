//! Anonymous letters: writing, review on both sides with redactions, delivery, reading. Pages and the API
//! share these use cases. What each person sees of a letter:
//! - the writer: their own text and where it is (and the reasons when it comes back);
//! - staff of the writer's side: the original, the screen's findings (seeded with the writer's side's
//!   identifiers) and the reviews;
//! - staff of the reader's side, once the writer's side approved: only that approved text, screened with
//!   the reader's side's identifiers;
//! - the reader, once delivered: the text as the last side approved it.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use twinbridge_domain::access::{self, LetterFacts, Relation};
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::letter::{self, Decision, LetterStatus, ReviewPlan};
use twinbridge_domain::rules::Side;
use twinbridge_domain::{Language, LetterId, Organisation, OrganisationId, PairingId, Participant, PersonId, ReviewId};
use twinbridge_screening::{Category, Finding, Known, Screener};
use twinbridge_store::repo::letters::{Letter, Review, side_name};
use twinbridge_store::repo::{self, audit::NewEvent};
use twinbridge_store::{ConnectionTrait, StoreError, TxError};

use crate::auth::CurrentUser;
use crate::services::attachments::PictureInfo;
use crate::services::identity::{self, Purpose};
use crate::services::pairings::{self, VisiblePairing};
use crate::services::policy::{self, PolicyError};
use crate::state::AppState;
use twinbridge_domain::rules::LetterContent as ContentKind;

mod offline;
mod read;
mod review;
mod translation_request;
mod write;

pub use offline::{ExportFormat, Printable, mark_sent, printable};
pub use read::{
    LetterContent, LetterLine, LetterView, QueueLine, ReviewLine, ScreenedTranslation, Translation, list, list_of,
    queue, view, whole_queue,
};
pub use review::{NewReview, NewTranslation, review, translate};
pub use translation_request::{NewTranslationRequest, TranslationRequestView, request_translation};
pub use twinbridge_domain::access::LetterActions;
pub use write::{EnteredLetter, NewLetter, Revision, enter, revise, withdraw, write, writers_language};
pub(crate) use write::{letter_text, writers_letter};

/// Longest letter accepted, in characters.
pub const MAX_CHARS: usize = 20_000;

/// The codes of [`LetterError::NotAllowed`] (also the pages' `letters-error-<code>` texts).
pub const REFUSAL_CODES: [&str; 14] = [
    "paused",
    "quota-used",
    "awaiting-reply",
    "other-side-writes-first",
    "window-closed",
    "not-yet",
    "consent",
    "cord-blood",
    "rules-unknown",
    "not-allowed-by-rules",
    "wrong-state",
    "pictures-not-allowed",
    "no-participant",
    "already-translated",
];

/// Why a letter step was refused. Each names its reason for the writer or reviewer.
#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    /// The pairing or letter does not exist for the caller.
    #[error("not found")]
    NotFound,
    /// Only donors, patients and their proxies write letters; only coordinators review.
    #[error("{0}")]
    Forbidden(&'static str),
    /// The contact rules or the letter's state do not allow it now.
    #[error("{detail}")]
    NotAllowed {
        /// A short code (`quota-used`, `not-allowed-by-rules`, `wrong-state`, ...).
        code: &'static str,
        /// What to tell the person.
        detail: String,
    },
    /// Bad input.
    #[error("{0}")]
    BadInput(String),
    /// A picture that cannot be taken (not a JPEG or PNG, too large, an unknown kind, one too many).
    #[error("{0}")]
    BadPicture(String),
    /// The account sent too many pictures in a minute; try again after this many seconds.
    #[error("Too many pictures in a minute; please wait a moment.")]
    TooMany(u32),
    /// A page parameter of the review queue is not one it gives out or takes.
    #[error(transparent)]
    Page(#[from] crate::services::paging::PageError),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The policy could not be computed.
    #[error(transparent)]
    Policy(#[from] PolicyError),
}

impl TxError for LetterError {
    fn store_error(&self) -> Option<&StoreError> {
        match self {
            Self::Store(e) => Some(e),
            _ => None,
        }
    }
}

fn other(side: Side) -> Side {
    if side == Side::Donor { Side::Patient } else { Side::Donor }
}

/// The refusal for a transition that lost a race: the letter moved on between reading and writing.
fn moved_meanwhile() -> LetterError {
    LetterError::NotAllowed {
        code: "wrong-state",
        detail: "Someone else changed this letter at the same moment; reload it to see where it is now.".into(),
    }
}

/// Which sides review a letter of this pairing by hand: from their organisations' settings, both when it
/// carries pictures, the patient side for the patient's first letter where the rules route it through the
/// transplant centre, and never an offline side (whose part the online side and the screen take).
async fn review_plan(
    state: &AppState,
    pairing: &twinbridge_domain::Pairing,
    letter: &Letter,
    with_pictures: bool,
) -> Result<ReviewPlan, LetterError> {
    let sides = [Some(pairing.donor_organisation), pairing.patient_organisation];
    // Both sides' organisations in one query: every submission asks.
    let organisations =
        repo::organisations::get_many(state.store.read(), &sides.iter().flatten().copied().collect::<Vec<_>>()).await?;
    review_plan_among(state, pairing, letter, with_pictures, &organisations).await
}

/// [`review_plan`] with the pairing's `organisations` already read.
async fn review_plan_among(
    state: &AppState,
    pairing: &twinbridge_domain::Pairing,
    letter: &Letter,
    with_pictures: bool,
    organisations: &HashMap<OrganisationId, Organisation>,
) -> Result<ReviewPlan, LetterError> {
    let writer = letter.writer_side;
    let mut reviews = [true, true];
    let mut offline = None;
    let sides = [Some(pairing.donor_organisation), pairing.patient_organisation];
    for ((slot, side), organisation) in reviews.iter_mut().zip([Side::Donor, Side::Patient]).zip(sides) {
        if let Some(id) = organisation
            && let Some(organisation) = organisations.get(&id)
        {
            *slot = organisation.reviews_letters;
            if organisation.offline {
                offline = Some(side);
            }
        }
    }
    if writer == Side::Patient && !reviews[1] && first_patient_letter_goes_via_centre(state, pairing, letter).await? {
        reviews[1] = true;
    }
    let mut plan = ReviewPlan::new(writer, reviews[0], reviews[1]);
    if with_pictures {
        plan = plan.with_pictures();
    }
    Ok(match offline {
        Some(side) => plan.with_offline(side),
        None => plan,
    })
}

/// Whether the rules route the patient's first letter through the transplant centre and `letter` is it:
/// the earliest of the patient side's letters that were sent.
async fn first_patient_letter_goes_via_centre(
    state: &AppState,
    pairing: &twinbridge_domain::Pairing,
    letter: &Letter,
) -> Result<bool, LetterError> {
    let explanation = policy::explain(state.store.read(), pairing, state.clock.today()).await?;
    if !explanation.anonymous_letters.first_patient_letter_via_centre {
        return Ok(false);
    }
    let letters = repo::letters::summaries(state.store.read(), pairing.id).await?;
    let first = letters
        .iter()
        .filter(|l| l.side == Side::Patient && (l.status.counts_as_sent() || l.id == letter.id))
        .min_by_key(|l| l.created_at);
    Ok(first.is_none_or(|l| l.id == letter.id))
}

/// The review of a side that does not review by hand: the screen's suggested redactions, seeded with that
/// side's participants' identifiers, applied to `text`, as an approval without a reviewer.
async fn screen_in_place_of_review(
    state: &AppState,
    letter: &Letter,
    participants: &[Participant],
    side: Side,
    text: &str,
    reader_language: &str,
) -> Result<Review, LetterError> {
    let known = known_for_side(state, None, participants, side).await?;
    let forbidden = forbidden_in_letters(state, letter.pairing).await?;
    let redactions = suggested_redactions(&state.metrics, text, &letter.language, &known, &forbidden);
    Ok(Review {
        id: ReviewId::random(),
        letter: letter.id,
        side,
        reviewer: None,
        decision: Decision::Approve,
        redactions: serde_json::to_string(&redactions).unwrap_or_else(|_| "[]".into()),
        note: None,
        approved_text: Some(apply_redactions(text, &redactions, reader_language)?),
        passed_attachments: Vec::new(),
        created_at: state.clock.now(),
    })
}

/// The organisation running `side` of the pairing (whose auditors see that side's events).
fn side_organisation(pairing: &twinbridge_domain::Pairing, side: Side) -> Option<twinbridge_domain::OrganisationId> {
    if side == Side::Donor { Some(pairing.donor_organisation) } else { pairing.patient_organisation }
}

/// Stores the screen's stand-in review with its audit event.
async fn add_screen_review(
    tx: &twinbridge_store::Tx,
    keys: &twinbridge_crypto::KeyRing,
    review: &Review,
    organisation: Option<twinbridge_domain::OrganisationId>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    repo::letters::add_review(tx, keys, review).await?;
    let redactions = serde_json::from_str::<Vec<Value>>(&review.redactions).map_or(0, |r| r.len());
    let event = NewEvent {
        actor: None,
        action: AuditAction::LetterScreenedInPlaceOfReview,
        organisation,
        subject: Some(format!("letter:{}", review.letter)),
        details: json!({ "side": if review.side == Side::Donor { "donor" } else { "patient" }, "redactions": redactions }),
    };
    repo::audit::append(tx, keys, event, now).await
}

/// The participants a letter is for, and the language redaction labels are written in for them.
pub(crate) async fn readers(
    state: &AppState,
    letter: &Letter,
    participants: &[Participant],
) -> Result<(Vec<Participant>, String), LetterError> {
    let readers: Vec<Participant> = participants
        .iter()
        .filter(|p| p.role.is_donor_side() != (letter.writer_side == Side::Donor))
        .cloned()
        .collect();
    let language = match readers.first() {
        Some(p) => repo::persons::language_of(state.store.read(), p.person).await?.unwrap_or_else(|| "en".into()),
        None => "en".into(),
    };
    Ok((readers, language))
}

/// The screen's findings in `text` as redactions, with what the pairing's rules forbid in letters.
pub(crate) fn suggested_redactions(
    metrics: &crate::metrics::Metrics,
    text: &str,
    language: &str,
    known: &Known,
    forbidden: &[ContentKind],
) -> Vec<Redaction> {
    as_redactions(&screen_for_pairing(metrics, text, language, known, forbidden))
}

/// The screen's findings in `text`, marked where the pairing's rules forbid that kind of detail.
pub(crate) fn screen_for_pairing(
    metrics: &crate::metrics::Metrics,
    text: &str,
    language: &str,
    known: &Known,
    forbidden: &[ContentKind],
) -> Vec<Finding> {
    let started = std::time::Instant::now();
    let mut findings = Screener::shared().screen(text, Some(language), known);
    metrics.screened(started.elapsed());
    crate::services::letter_rules::apply(text, &mut findings, forbidden);
    findings
}

/// What the rules of a pairing forbid in its letters (nothing while its policy cannot be computed yet, as
/// before the patient side is known).
pub(crate) async fn forbidden_in_letters(
    state: &AppState,
    pairing: PairingId,
) -> Result<Vec<ContentKind>, LetterError> {
    let Some(pairing) = repo::pairings::get(state.store.read(), pairing).await? else { return Ok(Vec::new()) };
    match policy::explain(state.store.read(), &pairing, state.clock.today()).await {
        Ok(explanation) => Ok(explanation.anonymous_letters.forbidden_content),
        Err(PolicyError::Incomplete) => Ok(Vec::new()),
        Err(e) => Err(e.into()),
    }
}

/// A letter the caller may see, with its pairing and the caller's relation to it.
pub(crate) struct VisibleLetter {
    pub(crate) letter: Letter,
    pub(crate) pairing: twinbridge_domain::Pairing,
    pub(crate) relation: Relation,
    pub(crate) participants: Vec<Participant>,
}

/// The letter, if the caller may see it at all.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub(crate) async fn visible_letter(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<VisibleLetter, LetterError> {
    let id = id.parse::<LetterId>().map_err(|_| LetterError::NotFound)?;
    let letter = repo::letters::get(state.store.read(), &state.keys, id).await?.ok_or(LetterError::NotFound)?;
    let VisiblePairing { pairing, relation, participants } =
        pairings::visible(state, user, &letter.pairing.to_string()).await?.ok_or(LetterError::NotFound)?;
    if !may_see(&letter, relation, &participants, user) {
        return Err(LetterError::NotFound);
    }
    if letter.health.is_some()
        && matches!(relation, Relation::Participant(_))
        && !crate::services::health_updates::wanted(state.store.read(), pairing.id, &participants).await?
    {
        return Err(LetterError::NotFound);
    }
    Ok(VisibleLetter { letter, pairing, relation, participants })
}

/// Whether someone with `relation` to the letter's pairing may see it (`twinbridge_domain::access`).
fn may_see(letter: &Letter, relation: Relation, participants: &[Participant], user: &CurrentUser) -> bool {
    access::may_see_letter(relation, facts(letter, participants, user))
}

/// The letter as the access rules see it, for `user`.
fn facts(letter: &Letter, participants: &[Participant], user: &CurrentUser) -> LetterFacts {
    let by_caller = participants.iter().any(|p| Some(p.person) == user.account.person && Some(p.id) == letter.writer);
    LetterFacts { writer_side: letter.writer_side, status: letter.status, by_caller }
}

/// What a side passed on: its latest approval.
fn latest_approval(reviews: &[Review], side: Side) -> Option<&Review> {
    reviews.iter().rev().find(|r| r.side == side && r.decision == Decision::Approve)
}

/// The text a side passed on.
fn approved_by(reviews: &[Review], side: Side) -> Option<&str> {
    latest_approval(reviews, side).and_then(|r| r.approved_text.as_deref())
}

/// The text of a letter as its participant `reader` may read it, without changing anything (a data export
/// reads; it does not mark letters read): their own letters as written, letters to them once delivered as
/// approved for them, nothing else.
pub(crate) async fn text_for_participant(
    state: &AppState,
    reader: PersonId,
    letter: &Letter,
    participants: &[Participant],
) -> Result<Option<String>, LetterError> {
    let Some(relation) = participants.iter().find(|p| p.person == reader).map(|p| Relation::Participant(p.role)) else {
        return Ok(None);
    };
    let by_reader = participants.iter().any(|p| p.person == reader && Some(p.id) == letter.writer);
    let facts = LetterFacts { writer_side: letter.writer_side, status: letter.status, by_caller: by_reader };
    if !access::may_see_letter(relation, facts) {
        return Ok(None);
    }
    if relation.side() == letter.writer_side {
        return Ok(Some(letter.body.clone()));
    }
    let reviews = repo::letters::reviews_of(state.store.read(), &state.keys, letter.id).await?;
    Ok(approved_by(&reviews, other(letter.writer_side)).map(str::to_owned))
}

/// Of a letter's pictures, those the caller sees: the writer's side all of them; staff of the reader's
/// side those the writer's side passed on; the reader those the reader's side passed on at delivery.
pub(crate) fn visible_pictures(
    all: Vec<repo::letters::AttachmentInfo>,
    letter: &Letter,
    relation: Relation,
    reviews: &[Review],
) -> Vec<repo::letters::AttachmentInfo> {
    if relation.side() == letter.writer_side {
        return all;
    }
    let passing_side =
        if matches!(relation, Relation::Participant(_)) { other(letter.writer_side) } else { letter.writer_side };
    let passed = latest_approval(reviews, passing_side).map(|r| r.passed_attachments.as_slice()).unwrap_or_default();
    all.into_iter().filter(|a| passed.contains(&a.id)).collect()
}

/// What the screen may know when `side` reviews a letter of this pairing: that side's participants'
/// identifiers, read with the reviewing coordinator's access, or by the system when no one of that side
/// reviews by hand (`user` is `None`). Each read is audited.
pub(crate) async fn known_for_side(
    state: &AppState,
    user: Option<&CurrentUser>,
    participants: &[Participant],
    side: Side,
) -> Result<Known, LetterError> {
    let people: Vec<_> =
        participants.iter().filter(|p| p.role.is_donor_side() == (side == Side::Donor)).map(|p| p.person).collect();
    let purpose = if user.is_some() { Purpose::LetterReview } else { Purpose::ScreenInPlaceOfReview };
    Ok(identity::known_for(state, user, &people, purpose).await?)
}

/// The screen's findings in a translation attached by the reader's side: seeded with the reader's side's
/// identifiers (read with the reviewer's access) and with the writer's side's, read by the system, because a
/// translator may carry the writer's name or town over from the text (or from what they know). Findings of
/// the writer's identifiers are reported as details the screen detected, so that a reason never tells the
/// reader's side whose identifier matched.
pub(crate) async fn translation_findings(
    state: &AppState,
    user: Option<&CurrentUser>,
    letter: &Letter,
    participants: &[Participant],
    text: &str,
    language: &str,
) -> Result<Vec<Finding>, LetterError> {
    let reader_side = other(letter.writer_side);
    let readers_known = known_for_side(state, user, participants, reader_side).await?;
    let people: Vec<_> = participants
        .iter()
        .filter(|p| p.role.is_donor_side() == (letter.writer_side == Side::Donor))
        .map(|p| p.person)
        .collect();
    let writers_known = identity::known_for(state, None, &people, Purpose::TranslationScreen).await?;
    let forbidden = forbidden_in_letters(state, letter.pairing).await?;
    let mut findings = screen_for_pairing(&state.metrics, text, language, &readers_known, &forbidden);
    let writers = Screener::shared().screen(text, Some(language), &writers_known);
    for mut found in writers.into_iter().filter(|f| f.kind == twinbridge_screening::ReasonKind::MatchesKnown) {
        if findings.iter().any(|f| f.start < found.end && found.start < f.end) {
            continue;
        }
        found.kind = twinbridge_screening::ReasonKind::Detected;
        found.reason = "identifying detail".into();
        findings.push(found);
    }
    findings.sort_by_key(|f| (f.start, f.end));
    Ok(findings)
}

/// The screen's findings as redactions (what an approval that names none removes).
pub(crate) fn as_redactions(findings: &[Finding]) -> Vec<Redaction> {
    findings.iter().map(|f| Redaction { start: f.start, end: f.end, category: category_name(f.category) }).collect()
}

/// A span a reviewer removes.
#[derive(Debug, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
pub struct Redaction {
    /// First character (Unicode scalar value offset).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The category shown to the reader, e.g. `LOCATION`.
    pub category: String,
}

/// The API name of a category (`LOCATION`, ...).
fn category_name(category: Category) -> String {
    serde_json::to_value(category).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_else(|| "OTHER".into())
}

/// The text with `redactions` replaced by category tokens in the reader's language.
pub fn apply_redactions(text: &str, redactions: &[Redaction], reader_language: &str) -> Result<String, LetterError> {
    let length = text.chars().count();
    let mut findings = Vec::new();
    for r in redactions {
        if r.start >= r.end || r.end > length {
            return Err(LetterError::BadInput(format!("redaction {}..{} is outside the letter", r.start, r.end)));
        }
        let category: Category = serde_json::from_value(json!(r.category))
            .map_err(|_| LetterError::BadInput(format!("unknown redaction category {:?}", r.category)))?;
        let span: String = text.chars().skip(r.start).take(r.end - r.start).collect();
        findings.push(Finding {
            start: r.start,
            end: r.end,
            category,
            text: span,
            confidence: 1.0,
            reason: String::new(),
            kind: twinbridge_screening::ReasonKind::Detected,
        });
    }
    Ok(twinbridge_screening::redact(text, &findings, reader_language))
}
