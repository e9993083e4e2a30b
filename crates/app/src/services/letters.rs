//! Anonymous letters: writing, review on both sides with redactions, delivery, reading. Pages and the API
//! share these use cases. What each person sees of a letter:
//! - the writer: their own text and where it is (and the reasons when it comes back);
//! - staff of the writer's side: the original, the screen's findings (seeded with the writer's side's
//!   identifiers) and the reviews;
//! - staff of the reader's side, once the writer's side approved: only that approved text, screened with
//!   the reader's side's identifiers;
//! - the reader, once delivered: the text as the last side approved it.

use serde::Deserialize;
use serde_json::{Value, json};
use twinbridge_domain::access::Relation;
use twinbridge_domain::letter::{self, Decision, LetterStatus, ReviewPlan};
use twinbridge_domain::rules::Side;
use twinbridge_domain::{Language, LetterId, PairingId, Participant, ReviewId};
use twinbridge_screening::{Category, Finding, Known, Screener};
use twinbridge_store::repo::letters::{Letter, Review};
use twinbridge_store::repo::{self, audit::NewEvent};
use twinbridge_store::{ConnectionTrait, StoreError, TxError};

use crate::auth::CurrentUser;
use crate::services::identity::{self, Purpose};
use crate::services::pairings::visible_pairing;
use crate::services::policy::{self, PolicyError};
use crate::state::AppState;

/// Longest letter accepted, in characters.
pub const MAX_CHARS: usize = 20_000;

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

fn side_of(relation: Relation) -> Side {
    if relation.is_donor_side() { Side::Donor } else { Side::Patient }
}

fn other(side: Side) -> Side {
    if side == Side::Donor { Side::Patient } else { Side::Donor }
}

/// A new letter (or draft) from a participant.
#[derive(Debug, Deserialize)]
pub struct NewLetter {
    /// The text.
    pub body: String,
    /// Its language (default: the writer's).
    pub language: Option<String>,
    /// The letter it answers.
    pub in_reply_to: Option<String>,
    /// Keep as a draft instead of sending it to review.
    #[serde(default)]
    pub draft: bool,
}

fn blocked_reason(blocks: &[twinbridge_domain::rules::Block]) -> (&'static str, String) {
    use twinbridge_domain::rules::Block;
    let first = blocks.first().copied();
    let (code, text) = match first {
        Some(Block::QuotaUsed) => ("quota-used", "Every letter the rules allow from your side has been sent."),
        Some(Block::AwaitingReply) => {
            ("awaiting-reply", "The rules allow a next letter only after an answer to the last one.")
        }
        Some(Block::OtherSideWritesFirst) => {
            ("other-side-writes-first", "The rules let the other side write the first letter.")
        }
        Some(Block::WindowClosed) => ("window-closed", "The time in which the rules allow letters has passed."),
        Some(Block::NotYetStarted) => ("not-yet", "Letters are possible only after the transplant is recorded."),
        Some(Block::OwnConsent | Block::OtherSideConsent) => {
            ("consent", "A letter is not possible with the contact chosen in this pairing.")
        }
        Some(Block::CordBlood) => ("cord-blood", "After a cord blood donation there is no contact."),
        Some(Block::Unknown) => ("rules-unknown", "Whether letters are allowed is not known; ask your registry."),
        Some(Block::Forbidden) | None => {
            ("not-allowed-by-rules", "The contact rules of this pairing do not allow anonymous letters.")
        }
    };
    (code, text.to_owned())
}

/// Checks that the writer's side may send a letter now, by the contact rules. Runs inside the write
/// transaction that stores the letter, so that simultaneous letters cannot all find room in a quota.
async fn check_rules(
    tx: &impl ConnectionTrait,
    today: chrono::NaiveDate,
    pairing: &twinbridge_domain::Pairing,
    side: Side,
) -> Result<(), LetterError> {
    let explanation = policy::explain(tx, pairing, today).await?;
    let mine =
        if side == Side::Donor { &explanation.anonymous_letters.donor } else { &explanation.anonymous_letters.patient };
    if mine.may_write_now {
        return Ok(());
    }
    let (code, detail) = blocked_reason(&mine.blocked_by);
    Err(LetterError::NotAllowed { code, detail })
}

/// A participant writes a letter (or a draft).
pub async fn write(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    new: NewLetter,
) -> Result<Letter, LetterError> {
    let (pairing, relation) = visible_pairing(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    let Relation::Participant(_) = relation else {
        return Err(LetterError::Forbidden("Only donors, patients and their families write letters."));
    };
    let side = side_of(relation);
    let body = new.body.trim().to_owned();
    if body.is_empty() || body.chars().count() > MAX_CHARS {
        return Err(LetterError::BadInput(format!("A letter needs a text of at most {MAX_CHARS} characters.")));
    }
    let person = user.account.person.ok_or(LetterError::NotFound)?;
    let participants = repo::pairings::participants(state.store.read(), pairing.id).await?;
    let writer = participants.iter().find(|p| p.person == person).ok_or(LetterError::NotFound)?;
    let language = match new.language.as_deref() {
        Some(code) => Language::parse(code).map_err(|e| LetterError::BadInput(e.to_string()))?.as_str().to_owned(),
        None => repo::persons::language_of(state.store.read(), person).await?.unwrap_or_else(|| "en".into()),
    };
    let in_reply_to = match new.in_reply_to.as_deref() {
        None | Some("") => None,
        Some(id) => {
            let id =
                id.parse::<LetterId>().map_err(|_| LetterError::BadInput("in_reply_to is not a letter id".into()))?;
            let original =
                repo::letters::summaries(state.store.read(), pairing.id).await?.into_iter().find(|l| l.id == id);
            match original {
                Some(l) if l.side != side && matches!(l.status, LetterStatus::Delivered | LetterStatus::Read) => {
                    Some(id)
                }
                _ => {
                    return Err(LetterError::BadInput(
                        "in_reply_to must be a letter you received in this pairing".into(),
                    ));
                }
            }
        }
    };
    let (now, today) = (state.clock.now(), state.clock.today());
    let mut letter = Letter {
        id: LetterId::random(),
        pairing: pairing.id,
        writer: writer.id,
        writer_side: side,
        language,
        in_reply_to,
        status: LetterStatus::Draft,
        body,
        created_at: now,
        submitted_at: None,
        delivered_at: None,
        read_at: None,
    };
    let screened = if new.draft { None } else { submit(state, &pairing, &mut letter).await? };
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let event = crate::services::audit::event(
        if new.draft { "letter_drafted" } else { "letter_submitted" },
        Some(&user.account),
        organisation,
        Some(format!("letter:{}", letter.id)),
    );
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let (letter, screened, event, pairing) = (&letter, &screened, event.clone(), &pairing);
            async move {
                if letter.status != LetterStatus::Draft {
                    check_rules(&*tx, today, pairing, side).await?;
                }
                repo::letters::insert(&*tx, keys, letter).await?;
                repo::audit::append(&*tx, event, now).await?;
                if let Some(screened) = screened {
                    add_screen_review(&tx, keys, screened, side_organisation(pairing, screened.side), now).await?;
                }
                Ok::<_, LetterError>(())
            }
        })
        .await?;
    Ok(letter)
}

/// The refusal for a transition that lost a race: the letter moved on between reading and writing.
fn moved_meanwhile() -> LetterError {
    LetterError::NotAllowed {
        code: "wrong-state",
        detail: "Someone else changed this letter at the same moment; reload it to see where it is now.".into(),
    }
}

/// Which sides review this pairing's letters by hand, from their organisations' settings.
async fn review_plan(
    state: &AppState,
    pairing: &twinbridge_domain::Pairing,
    writer: Side,
) -> Result<ReviewPlan, LetterError> {
    let mut reviews = [true, true];
    for (slot, organisation) in reviews.iter_mut().zip([Some(pairing.donor_organisation), pairing.patient_organisation])
    {
        if let Some(id) = organisation
            && let Some(organisation) = repo::organisations::get(state.store.read(), id).await?
        {
            *slot = organisation.reviews_letters;
        }
    }
    Ok(ReviewPlan::new(writer, reviews[0], reviews[1]))
}

/// Sends a draft or returned letter to review. When the writer's side does not review by hand, the
/// machine screen's suggestions stand in for its approval, so that the reader's side never sees the
/// original; that stand-in review is returned for saving with the letter.
async fn submit(
    state: &AppState,
    pairing: &twinbridge_domain::Pairing,
    letter: &mut Letter,
) -> Result<Option<Review>, LetterError> {
    let mut plan = review_plan(state, pairing, letter.writer_side).await?;
    if crate::services::attachments::check_before_sending(state, pairing, letter.id).await? {
        plan = plan.with_pictures();
    }
    letter.status = letter::submit(letter.status, plan)
        .map_err(|e| LetterError::NotAllowed { code: "wrong-state", detail: e.to_string() })?;
    letter.submitted_at = Some(state.clock.now());
    if plan.by_hand(letter.writer_side) {
        return Ok(None);
    }
    let (_, reader_language) = readers(state, letter).await?;
    let body = letter.body.clone();
    Ok(Some(screen_in_place_of_review(state, letter, letter.writer_side, &body, &reader_language).await?))
}

/// The review of a side that does not review by hand: the screen's suggested redactions, seeded with that
/// side's participants' identifiers, applied to `text`, as an approval without a reviewer.
async fn screen_in_place_of_review(
    state: &AppState,
    letter: &Letter,
    side: Side,
    text: &str,
    reader_language: &str,
) -> Result<Review, LetterError> {
    let known = known_for_side(state, None, letter.pairing, side).await?;
    let redactions = suggested_redactions(text, &letter.language, &known);
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
    tx: &twinbridge_store::DatabaseTransaction,
    keys: &twinbridge_crypto::KeyRing,
    review: &Review,
    organisation: Option<twinbridge_domain::OrganisationId>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    repo::letters::add_review(tx, keys, review).await?;
    let redactions = serde_json::from_str::<Vec<Value>>(&review.redactions).map_or(0, |r| r.len());
    let event = NewEvent {
        actor: None,
        action: "letter_screened_in_place_of_review",
        organisation,
        subject: Some(format!("letter:{}", review.letter)),
        details: json!({ "side": if review.side == Side::Donor { "donor" } else { "patient" }, "redactions": redactions }),
    };
    repo::audit::append(tx, event, now).await
}

/// The participants a letter is for, and the language redaction labels are written in for them.
async fn readers(state: &AppState, letter: &Letter) -> Result<(Vec<Participant>, String), LetterError> {
    let readers: Vec<Participant> = repo::pairings::participants(state.store.read(), letter.pairing)
        .await?
        .into_iter()
        .filter(|p| p.role.is_donor_side() != (letter.writer_side == Side::Donor))
        .collect();
    let language = match readers.first() {
        Some(p) => repo::persons::language_of(state.store.read(), p.person).await?.unwrap_or_else(|| "en".into()),
        None => "en".into(),
    };
    Ok((readers, language))
}

/// The screen's findings in `text` as redactions.
fn suggested_redactions(text: &str, language: &str, known: &Known) -> Vec<Redaction> {
    Screener::shared()
        .screen(text, Some(language), known)
        .into_iter()
        .map(|f| Redaction { start: f.start, end: f.end, category: category_name(f.category) })
        .collect()
}

/// A letter the caller may see, with its pairing and the caller's relation to it.
pub(crate) struct VisibleLetter {
    pub(crate) letter: Letter,
    pub(crate) pairing: twinbridge_domain::Pairing,
    pub(crate) relation: Relation,
}

/// The letter, if the caller may see it at all.
pub(crate) async fn visible_letter(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<VisibleLetter, LetterError> {
    let id = id.parse::<LetterId>().map_err(|_| LetterError::NotFound)?;
    let letter = repo::letters::get(state.store.read(), &state.keys, id).await?.ok_or(LetterError::NotFound)?;
    let (pairing, relation) =
        visible_pairing(state, user, &letter.pairing.to_string()).await?.ok_or(LetterError::NotFound)?;
    let participants = repo::pairings::participants(state.store.read(), letter.pairing).await?;
    if !may_see(&letter, relation, &participants, user) {
        return Err(LetterError::NotFound);
    }
    Ok(VisibleLetter { letter, pairing, relation })
}

/// Whether someone with `relation` to the letter's pairing may see it (see the module docs).
fn may_see(letter: &Letter, relation: Relation, participants: &[Participant], user: &CurrentUser) -> bool {
    let mine = side_of(relation) == letter.writer_side;
    match relation {
        // The writer's side sees its own letters (the writer: only their own).
        Relation::Participant(_) if mine => {
            participants.iter().any(|p| Some(p.person) == user.account.person && p.id == letter.writer)
        }
        Relation::Participant(_) => matches!(letter.status, LetterStatus::Delivered | LetterStatus::Read),
        _ if mine => letter.status != LetterStatus::Draft,
        _ => {
            matches!(letter.status, LetterStatus::InReview(s) if s != letter.writer_side)
                || matches!(letter.status, LetterStatus::Delivered | LetterStatus::Read)
        }
    }
}

/// What a side passed on: its latest approval.
fn latest_approval(reviews: &[Review], side: Side) -> Option<&Review> {
    reviews.iter().rev().find(|r| r.side == side && r.decision == Decision::Approve)
}

/// The text a side passed on.
fn approved_by(reviews: &[Review], side: Side) -> Option<&str> {
    latest_approval(reviews, side).and_then(|r| r.approved_text.as_deref())
}

/// Of a letter's pictures, those the caller sees: the writer's side all of them; staff of the reader's
/// side those the writer's side passed on; the reader those the reader's side passed on at delivery.
pub(crate) fn visible_pictures(
    all: Vec<repo::letters::AttachmentInfo>,
    letter: &Letter,
    relation: Relation,
    reviews: &[Review],
) -> Vec<repo::letters::AttachmentInfo> {
    if side_of(relation) == letter.writer_side {
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
async fn known_for_side(
    state: &AppState,
    user: Option<&CurrentUser>,
    pairing: PairingId,
    side: Side,
) -> Result<Known, LetterError> {
    let people: Vec<_> = repo::pairings::participants(state.store.read(), pairing)
        .await?
        .into_iter()
        .filter(|p| p.role.is_donor_side() == (side == Side::Donor))
        .map(|p| p.person)
        .collect();
    let purpose = if user.is_some() { Purpose::LetterReview } else { Purpose::ScreenInPlaceOfReview };
    Ok(identity::known_for(state, user, &people, purpose).await?)
}

/// Whether writers may see that `reader_side` read their letters: only if every participant of that side
/// with an account chose to share read receipts (and there is at least one).
async fn reader_shares_read_receipts(
    state: &AppState,
    participants: &[Participant],
    reader_side: Side,
) -> Result<bool, LetterError> {
    let mut readers = 0;
    for p in participants.iter().filter(|p| p.role.is_donor_side() == (reader_side == Side::Donor)) {
        if let Some(account) = repo::accounts::find_by_person(state.store.read(), &state.keys, p.person).await? {
            if !account.share_read_receipts {
                return Ok(false);
            }
            readers += 1;
        }
    }
    Ok(readers > 0)
}

/// The status the writer sees: "read" is the reader's to share, otherwise it shows as "delivered".
fn status_for_writer(status: LetterStatus, reader_shares: bool) -> LetterStatus {
    if status == LetterStatus::Read && !reader_shares { LetterStatus::Delivered } else { status }
}

fn status_json(letter: &Letter) -> Value {
    json!({
        "id": letter.id.to_string(),
        "pairing_id": letter.pairing.to_string(),
        "status": letter.status.public_name(),
        "from": if letter.writer_side == Side::Donor { "donor" } else { "patient" },
        "language": letter.language,
        "in_reply_to": letter.in_reply_to.map(|l| l.to_string()),
        "created_at": letter.created_at.to_rfc3339(),
        "delivered_at": letter.delivered_at.map(|d| d.to_rfc3339()),
    })
}

/// The caller's view of a letter (see the module docs). A reader opening it marks it read.
pub async fn view(state: &AppState, user: &CurrentUser, id: &str) -> Result<Value, LetterError> {
    let VisibleLetter { mut letter, pairing, relation } = visible_letter(state, user, id).await?;
    let reviews = repo::letters::reviews_of(state.store.read(), &state.keys, letter.id).await?;
    let mine = side_of(relation) == letter.writer_side;
    let mut out = status_json(&letter);
    let all_pictures = repo::letters::attachments_of(state.store.read(), letter.id).await?;
    let pictures = visible_pictures(all_pictures, &letter, relation, &reviews);
    out["attachments"] = json!(pictures.iter().map(crate::services::attachments::info_json).collect::<Vec<_>>());
    match relation {
        Relation::Participant(_) if mine => {
            let participants = repo::pairings::participants(state.store.read(), letter.pairing).await?;
            let shares = reader_shares_read_receipts(state, &participants, other(letter.writer_side)).await?;
            out["status"] = json!(status_for_writer(letter.status, shares).public_name());
            out["body"] = json!(letter.body);
            let reasons: Vec<&str> =
                reviews.iter().filter(|r| r.decision != Decision::Approve).filter_map(|r| r.note.as_deref()).collect();
            out["reasons"] = json!(reasons);
        }
        Relation::Participant(_) => {
            out["text"] = json!(approved_by(&reviews, other(letter.writer_side)));
            if let Some((language, text)) =
                repo::letters::translation(state.store.read(), &state.keys, letter.id).await?
            {
                out["translation"] = json!({ "language": language, "text": text });
            }
            if letter.status == LetterStatus::Delivered {
                let now = state.clock.now();
                letter.status = letter::read(letter.status);
                letter.read_at = Some(now);
                let keys = &state.keys;
                state
                    .store
                    .write_tx(|tx| {
                        let letter = &letter;
                        // Opened twice at once, the letter is marked read once.
                        async move { repo::letters::transition(&*tx, keys, letter, LetterStatus::Delivered, now).await }
                    })
                    .await?;
            }
        }
        _ if mine => {
            let known = known_for_side(state, Some(user), letter.pairing, letter.writer_side).await?;
            let findings = Screener::shared().screen(&letter.body, Some(&letter.language), &known);
            let plan = review_plan(state, &pairing, letter.writer_side).await?;
            out["reader_side_reviews"] = json!(plan.by_hand(other(letter.writer_side)));
            out["original"] = json!(letter.body);
            out["findings"] = json!(findings);
            // The reader's side's redactions stay with it: they are seeded with the reader's identifiers, so
            // showing where they fell would tell the writer's side what the reader's name or town is.
            out["reviews"] = json!(
                reviews
                    .iter()
                    .map(|r| {
                        let own_side = r.side == letter.writer_side;
                        json!({
                            "side": if r.side == Side::Donor { "donor" } else { "patient" },
                            "by": if r.reviewer.is_some() { "staff" } else { "screen" },
                            "decision": r.decision.as_str(),
                            "note": r.note,
                            "redactions": if own_side {
                                serde_json::from_str::<Value>(&r.redactions).unwrap_or(Value::Null)
                            } else {
                                Value::Null
                            },
                            "at": r.created_at.to_rfc3339(),
                        })
                    })
                    .collect::<Vec<_>>()
            );
        }
        _ => {
            let text = approved_by(&reviews, letter.writer_side).unwrap_or_default().to_owned();
            let by_screen = latest_approval(&reviews, letter.writer_side).is_some_and(|r| r.reviewer.is_none());
            out["writer_side_review"] = json!(if by_screen { "screen" } else { "staff" });
            let known = known_for_side(state, Some(user), letter.pairing, other(letter.writer_side)).await?;
            let findings = Screener::shared().screen(&text, Some(&letter.language), &known);
            out["text"] = json!(text);
            out["findings"] = json!(findings);
            if let Some((language, translated)) =
                repo::letters::translation(state.store.read(), &state.keys, letter.id).await?
            {
                let translation_findings = Screener::shared().screen(&translated, Some(&language), &known);
                out["translation"] =
                    json!({ "language": language, "text": translated, "findings": translation_findings });
            }
        }
    }
    Ok(out)
}

/// The letters of a pairing the caller may see, as status lines.
pub async fn list(state: &AppState, user: &CurrentUser, pairing_id: &str) -> Result<Vec<Value>, LetterError> {
    let (pairing, relation) = visible_pairing(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    let participants = repo::pairings::participants(state.store.read(), pairing.id).await?;
    let side = side_of(relation);
    // A participant lists only their own side's letters as writer; whether the other side shares read
    // receipts is the same for all of them.
    let reader_shares = match relation {
        Relation::Participant(_) => reader_shares_read_receipts(state, &participants, other(side)).await?,
        _ => true,
    };
    let mut out = Vec::new();
    for letter in repo::letters::of_pairing(state.store.read(), &state.keys, pairing.id).await? {
        if !may_see(&letter, relation, &participants, user) {
            continue;
        }
        let mut line = status_json(&letter);
        if matches!(relation, Relation::Participant(_)) && side == letter.writer_side {
            line["status"] = json!(status_for_writer(letter.status, reader_shares).public_name());
        }
        out.push(line);
    }
    Ok(out)
}

/// Letters waiting for the caller's side, oldest first, with how long they have waited.
pub async fn queue(state: &AppState, user: &CurrentUser) -> Result<Vec<Value>, LetterError> {
    let mut out = Vec::new();
    let now = state.clock.now();
    for letter in repo::letters::in_review(state.store.read(), &state.keys).await? {
        let Some((_, relation)) = visible_pairing(state, user, &letter.pairing.to_string()).await? else { continue };
        let LetterStatus::InReview(stage) = letter.status else { continue };
        if matches!(relation, Relation::Participant(_)) || side_of(relation) != stage {
            continue;
        }
        let mut line = status_json(&letter);
        line["stage"] = json!(if stage == letter.writer_side { "writer_side" } else { "reader_side" });
        line["waiting_hours"] = json!((now - letter.submitted_at.unwrap_or(letter.created_at)).num_hours());
        out.push(line);
    }
    Ok(out)
}

/// A span a reviewer removes.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct Redaction {
    /// First character (Unicode scalar value offset).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The category shown to the reader, e.g. `LOCATION`.
    pub category: String,
}

/// A review decision from a coordinator.
#[derive(Debug, Deserialize)]
pub struct NewReview {
    /// `approve`, `return` or `reject`.
    pub decision: String,
    /// Spans to remove (on approve). Left out, the screen's suggestions for this side are removed: an
    /// approval that says nothing about redactions must not pass identifying details on.
    #[serde(default)]
    pub redactions: Option<Vec<Redaction>>,
    /// Reasons for the writer.
    pub note: Option<String>,
    /// The pictures passed on (on approve), by id. Left out, none is: each picture needs a person's yes.
    #[serde(default)]
    pub attachments: Option<Vec<String>>,
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
        });
    }
    Ok(twinbridge_screening::redact(text, &findings, reader_language))
}

/// A coordinator of the side whose turn it is decides on a letter. The last approval delivers it and
/// tells the reader by e-mail.
pub async fn review(state: &AppState, user: &CurrentUser, id: &str, new: NewReview) -> Result<Letter, LetterError> {
    let VisibleLetter { mut letter, pairing, relation } = visible_letter(state, user, id).await?;
    if matches!(relation, Relation::Participant(_)) {
        return Err(LetterError::Forbidden("Only coordinators review letters."));
    }
    let from = letter.status;
    let decision: Decision =
        new.decision.parse().map_err(|e: twinbridge_domain::ParseError| LetterError::BadInput(e.to_string()))?;
    let reviewer_side = side_of(relation);
    let all_pictures = repo::letters::attachments_of(state.store.read(), letter.id).await?;
    let mut plan = review_plan(state, &pairing, letter.writer_side).await?;
    if !all_pictures.is_empty() {
        plan = plan.with_pictures();
    }
    let next = letter::review(letter.status, plan, reviewer_side, decision)
        .map_err(|e| LetterError::NotAllowed { code: "wrong-state", detail: e.to_string() })?;
    let reviews = repo::letters::reviews_of(state.store.read(), &state.keys, letter.id).await?;
    let pictures = visible_pictures(all_pictures, &letter, relation, &reviews);
    let source = if reviewer_side == letter.writer_side {
        letter.body.clone()
    } else {
        approved_by(&reviews, letter.writer_side).unwrap_or_default().to_owned()
    };
    let (readers, reader_language) = readers(state, &letter).await?;
    let redactions = match new.redactions {
        Some(chosen) => chosen,
        None if decision == Decision::Approve => {
            let known = known_for_side(state, Some(user), letter.pairing, reviewer_side).await?;
            suggested_redactions(&source, &letter.language, &known)
        }
        None => Vec::new(),
    };
    let approved = if decision == Decision::Approve {
        Some(apply_redactions(&source, &redactions, &reader_language)?)
    } else {
        None
    };
    let mut passed_attachments = Vec::new();
    if decision == Decision::Approve {
        for id in new.attachments.unwrap_or_default() {
            let found = pictures.iter().find(|a| a.id.to_string() == id);
            let found = found.ok_or_else(|| LetterError::BadInput(format!("{id} is not a picture of this letter")))?;
            if !passed_attachments.contains(&found.id) {
                passed_attachments.push(found.id);
            }
        }
    }
    let note = new.note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if decision != Decision::Approve && note.is_none() {
        return Err(LetterError::BadInput("Give the writer a reason when returning or rejecting a letter.".into()));
    }
    let now = state.clock.now();
    let review = Review {
        id: ReviewId::random(),
        letter: letter.id,
        side: reviewer_side,
        reviewer: Some(user.account.id),
        decision,
        redactions: serde_json::to_string(&redactions).unwrap_or_else(|_| "[]".into()),
        note,
        approved_text: approved,
        passed_attachments,
        created_at: now,
    };
    // The reader's side does not review by hand: the screen, seeded with the reader's side's identifiers
    // (which catches a writer who guessed the reader's town), stands in for it.
    let screened = match (&review.approved_text, next) {
        (Some(approved), LetterStatus::Delivered) if !plan.by_hand(other(letter.writer_side)) => Some(
            screen_in_place_of_review(state, &letter, other(letter.writer_side), approved, &reader_language).await?,
        ),
        _ => None,
    };
    letter.status = next;
    if next == LetterStatus::Delivered {
        letter.delivered_at = Some(now);
    }
    let mut messages = Vec::new();
    if next == LetterStatus::Delivered {
        for reader in &readers {
            if let Some(account) =
                repo::accounts::find_by_person(state.store.read(), &state.keys, reader.person).await?
            {
                messages.push(repo::outbox::OutgoingMessage {
                    id: uuid::Uuid::new_v4(),
                    kind: "letter-waiting".into(),
                    recipient: account.notification_email.clone().unwrap_or(account.email.clone()),
                    language: account.language.clone().unwrap_or_else(|| reader_language.clone()),
                    payload: json!({ "link": format!("{}/pairings/{}", state.config.public_url.as_str().trim_end_matches('/'), letter.pairing) }),
                    attempts: 0,
                });
            }
        }
    }
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let event = NewEvent {
        actor: Some(user.account.id),
        action: "letter_reviewed",
        organisation,
        subject: Some(format!("letter:{}", letter.id)),
        details: json!({
            "decision": decision.as_str(),
            "redactions": redactions.len(),
            "pictures_passed": review.passed_attachments.len(),
            "status": next.public_name(),
        }),
    };
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let (letter, review, screened, messages, event, pairing, readers) =
                (&letter, &review, &screened, &messages, event.clone(), &pairing, &readers);
            async move {
                if !repo::letters::transition(&*tx, keys, letter, from, now).await? {
                    return Err(moved_meanwhile());
                }
                if letter.status == LetterStatus::Delivered {
                    refuse_if_reader_withdrew(&*tx, letter.pairing, readers).await?;
                }
                repo::letters::add_review(&*tx, keys, review).await?;
                if let Some(screened) = screened {
                    add_screen_review(&tx, keys, screened, side_organisation(pairing, screened.side), now).await?;
                }
                for message in messages {
                    repo::outbox::enqueue(&*tx, keys, message, now).await?;
                }
                repo::audit::append(&*tx, event, now).await?;
                Ok(())
            }
        })
        .await?;
    if !messages.is_empty() {
        state.mail_wakeup.notify_one();
    }
    Ok(letter)
}

/// A reader who withdrew consent to letters gets nothing more, even what was already reviewed. Checked in
/// the delivering transaction, so that a withdrawal of consent cannot cross a delivery.
async fn refuse_if_reader_withdrew(
    tx: &impl ConnectionTrait,
    pairing: PairingId,
    readers: &[Participant],
) -> Result<(), LetterError> {
    let consents = repo::consents::current(tx, pairing).await?;
    let withdrawn = readers.iter().any(|p| {
        consents.get(&p.id).is_some_and(|c| c.level() < twinbridge_domain::consent::ConsentLevel::AnonymousLetters)
    });
    if withdrawn {
        return Err(LetterError::NotAllowed {
            code: "consent",
            detail: "The reader's side does not wish to receive letters now; the letter cannot be delivered.".into(),
        });
    }
    Ok(())
}

/// The writer's change to a draft or a returned letter.
#[derive(Debug, Deserialize)]
pub struct Revision {
    /// The new text.
    pub body: String,
    /// Send it for review now (else it stays a draft or returned).
    #[serde(default)]
    pub submit: bool,
}

pub(crate) async fn writers_letter(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<(Letter, twinbridge_domain::Pairing), LetterError> {
    let VisibleLetter { letter, pairing, relation } = visible_letter(state, user, id).await?;
    let writer = matches!(relation, Relation::Participant(_)) && side_of(relation) == letter.writer_side;
    if !writer {
        return Err(LetterError::Forbidden("Only the writer changes a letter."));
    }
    Ok((letter, pairing))
}

/// The writer revises a draft or a returned letter, and may send it for review.
pub async fn revise(state: &AppState, user: &CurrentUser, id: &str, revision: Revision) -> Result<Letter, LetterError> {
    let (mut letter, pairing) = writers_letter(state, user, id).await?;
    let from = letter.status;
    if !matches!(letter.status, LetterStatus::Draft | LetterStatus::Returned) {
        return Err(LetterError::NotAllowed {
            code: "wrong-state",
            detail: "Only drafts and returned letters can be changed.".into(),
        });
    }
    let body = revision.body.trim().to_owned();
    if body.is_empty() || body.chars().count() > MAX_CHARS {
        return Err(LetterError::BadInput(format!("A letter needs a text of at most {MAX_CHARS} characters.")));
    }
    letter.body = body;
    let mut screened = None;
    if revision.submit {
        screened = submit(state, &pairing, &mut letter).await?;
    }
    let action = if revision.submit { "letter_submitted" } else { "letter_revised" };
    save_with_event(state, user, &letter, from, action, &pairing, screened.as_ref()).await?;
    Ok(letter)
}

/// Saves the writer's change to a letter (made from the state `from`) with its audit event, in one
/// transaction; a letter sent to review is checked against the rules in that same transaction.
async fn save_with_event(
    state: &AppState,
    user: &CurrentUser,
    letter: &Letter,
    from: LetterStatus,
    action: &'static str,
    pairing: &twinbridge_domain::Pairing,
    screened: Option<&Review>,
) -> Result<(), LetterError> {
    let (now, today) = (state.clock.now(), state.clock.today());
    let submitted = matches!(from, LetterStatus::Draft | LetterStatus::Returned)
        && matches!(letter.status, LetterStatus::InReview(_));
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let event =
        crate::services::audit::event(action, Some(&user.account), organisation, Some(format!("letter:{}", letter.id)));
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                if submitted {
                    check_rules(&*tx, today, pairing, letter.writer_side).await?;
                }
                if !repo::letters::transition(&*tx, keys, letter, from, now).await? {
                    return Err(moved_meanwhile());
                }
                repo::audit::append(&*tx, event, now).await?;
                if let Some(screened) = screened {
                    add_screen_review(&tx, keys, screened, side_organisation(pairing, screened.side), now).await?;
                }
                Ok::<_, LetterError>(())
            }
        })
        .await?;
    Ok(())
}

/// The writer takes a letter back before it is delivered.
pub async fn withdraw(state: &AppState, user: &CurrentUser, id: &str) -> Result<Letter, LetterError> {
    let (mut letter, pairing) = writers_letter(state, user, id).await?;
    let from = letter.status;
    letter.status = letter::withdraw(letter.status)
        .map_err(|e| LetterError::NotAllowed { code: "wrong-state", detail: e.to_string() })?;
    save_with_event(state, user, &letter, from, "letter_withdrawn", &pairing, None).await?;
    Ok(letter)
}

/// A translation from staff.
#[derive(Debug, Deserialize)]
pub struct NewTranslation {
    /// The language of the translation (ISO 639-1).
    pub language: String,
    /// The translated text.
    pub text: String,
}

/// Staff of the reader's side attach a translation of the text their side sees (it never holds up
/// delivery; the reader always gets the approved text too). Its findings are shown to staff like the
/// letter's.
pub async fn translate(state: &AppState, user: &CurrentUser, id: &str, new: NewTranslation) -> Result<(), LetterError> {
    let VisibleLetter { letter, relation, .. } = visible_letter(state, user, id).await?;
    let reader_side_staff = !matches!(relation, Relation::Participant(_)) && side_of(relation) != letter.writer_side;
    if !reader_side_staff {
        return Err(LetterError::Forbidden("Only staff of the reader's side attach translations."));
    }
    let language = Language::parse(&new.language).map_err(|e| LetterError::BadInput(e.to_string()))?;
    let text = new.text.trim().to_owned();
    if text.is_empty() || text.chars().count() > MAX_CHARS {
        return Err(LetterError::BadInput(format!("A translation needs a text of at most {MAX_CHARS} characters.")));
    }
    let now = state.clock.now();
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let event = crate::services::audit::event(
        "letter_translated",
        Some(&user.account),
        organisation,
        Some(format!("letter:{}", letter.id)),
    );
    let (keys, by) = (&state.keys, user.account.id);
    state
        .store
        .write_tx(|tx| {
            let (text, event) = (&text, event.clone());
            async move {
                repo::letters::add_translation(&*tx, keys, letter.id, language.as_str(), text, by, now).await?;
                repo::audit::append(&*tx, event, now).await
            }
        })
        .await?;
    Ok(())
}
