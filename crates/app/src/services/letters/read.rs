//! Reading: what each person sees of a letter, as typed views that also say what they may do with it;
//! a pairing's letters and the review queue.

use std::collections::HashMap;

use twinbridge_domain::OrganisationId;
use twinbridge_store::repo::letters::QueuePosition;

use crate::services::paging::{self, Chunk, Page, PageError, PageRequest};

use super::translation_request::TranslationRequestView;
use super::*;

/// Whether writers may see that `reader_side` read their letters: only if every participant of that side
/// with an account chose to share read receipts (and there is at least one).
pub(super) async fn reader_shares_read_receipts(
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

/// A letter's status line, as lists, the queue and views show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LetterLine {
    /// The letter's id.
    pub id: String,
    /// Its pairing's id.
    pub pairing_id: String,
    /// Where it is (`draft`, `in_review`, `delivered`…), as the caller may know it.
    pub status: &'static str,
    /// The writer's side: `donor` or `patient`.
    pub from: &'static str,
    /// The language it is written in.
    pub language: String,
    /// The letter it answers.
    pub in_reply_to: Option<String>,
    /// When it was written.
    pub created_at: String,
    /// When it was delivered.
    pub delivered_at: Option<String>,
    /// Entered by staff for a writer without Twinbridge access.
    pub entered_by_staff: bool,
    /// When a letter entered by staff arrived on paper or by e-mail.
    pub received_on: Option<String>,
    /// When a letter for an offline side was sent to it.
    pub sent_at: Option<String>,
    /// `letter`, or `health_update` (from the patient side's coordinator).
    pub kind: &'static str,
    /// For a health update: the patient's status it reports (`well`, `in_treatment`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_status: Option<&'static str>,
    /// For a health update: the day it reports on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_on: Option<String>,
}

impl LetterLine {
    fn of(letter: &Letter, status: LetterStatus) -> Self {
        Self {
            id: letter.id.to_string(),
            pairing_id: letter.pairing.to_string(),
            status: status.public_name(),
            from: side_name(letter.writer_side),
            language: letter.language.clone(),
            in_reply_to: letter.in_reply_to.map(|l| l.to_string()),
            created_at: letter.created_at.to_rfc3339(),
            delivered_at: letter.delivered_at.map(|d| d.to_rfc3339()),
            entered_by_staff: letter.entered_by.is_some(),
            received_on: letter.received_on.map(|d| d.to_string()),
            sent_at: letter.sent_at.map(|d| d.to_rfc3339()),
            kind: if letter.health.is_some() { "health_update" } else { "letter" },
            health_status: letter.health.map(|h| h.status.as_str()),
            health_on: letter.health.map(|h| h.on.to_string()),
        }
    }
}

/// A letter waiting for the caller's side to review it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QueueLine {
    /// The letter.
    #[serde(flatten)]
    pub letter: LetterLine,
    /// `writer_side` or `reader_side`.
    pub stage: &'static str,
    /// Hours since it was sent to review.
    pub waiting_hours: i64,
    /// Whole days since it was sent to review.
    pub waiting_days: i64,
    /// The reference of its pairing.
    pub pairing_reference: String,
    /// When it was submitted (escalations count from here).
    #[serde(skip)]
    pub since: chrono::DateTime<chrono::Utc>,
    /// The letter's id (its place in the queue, with `since`).
    #[serde(skip)]
    pub letter_id: LetterId,
}

/// A translation a reader gets with the letter.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Translation {
    /// Its language.
    pub language: String,
    /// Its text.
    pub text: String,
}

/// A translation as the reader's side's staff see it, with what the screen finds in it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ScreenedTranslation {
    /// Its language.
    pub language: String,
    /// Its text.
    pub text: String,
    /// The screen's findings in it, seeded with both sides' identifiers (see `translation_findings`).
    #[schema(value_type = Vec<Object>)]
    pub findings: Vec<Finding>,
    /// The text as the reader gets it; `null` until the reader's side approved it.
    pub approved: Option<String>,
}

/// A review as the writer's side's staff see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReviewLine {
    /// The side that reviewed.
    pub side: &'static str,
    /// `staff`, or `screen` for the machine standing in for a side.
    pub by: &'static str,
    /// `approve`, `return` or `reject`.
    pub decision: &'static str,
    /// The reasons given to the writer.
    pub note: Option<String>,
    /// Where that side redacted: the writer's side's own only (the reader's side's redactions are seeded
    /// with the reader's identifiers and would tell where the reader's name or town fell).
    pub redactions: Option<Vec<Redaction>>,
    /// When.
    pub at: String,
}

/// What the caller sees of a letter's content: one shape per way of standing to it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum LetterContent {
    /// The writer: their own text, and the reasons when it came back.
    Writer {
        /// The writer's text.
        body: String,
        /// Reasons of returns and rejections.
        reasons: Vec<String>,
    },
    /// The reader, once delivered: the text as the last side approved it.
    Reader {
        /// The approved text.
        text: Option<String>,
        /// A translation from the reader's side's staff.
        #[serde(skip_serializing_if = "Option::is_none")]
        translation: Option<Translation>,
        /// The reader's request for a translation, if one was made.
        #[serde(skip_serializing_if = "Option::is_none")]
        translation_request: Option<TranslationRequestView>,
    },
    /// Staff of the writer's side: the original with the screen's findings, and the reviews.
    WriterSideStaff {
        /// Whether the reader's side reviews by hand too.
        reader_side_reviews: bool,
        /// The writer's text.
        original: String,
        /// The screen's findings, seeded with the writer's side's identifiers.
        #[schema(value_type = Vec<Object>)]
        findings: Vec<Finding>,
        /// The reviews so far.
        reviews: Vec<ReviewLine>,
    },
    /// Staff of the reader's side: only the text the writer's side approved, screened for their side.
    ReaderSideStaff {
        /// `staff`, or `screen` when the writer's side left its review to the machine.
        writer_side_review: &'static str,
        /// The text the writer's side approved.
        text: String,
        /// The screen's findings, seeded with the reader's side's identifiers.
        #[schema(value_type = Vec<Object>)]
        findings: Vec<Finding>,
        /// A translation attached by the reader's side.
        #[serde(skip_serializing_if = "Option::is_none")]
        translation: Option<ScreenedTranslation>,
        /// Once the reader's side approved: where it redacted the text it was given.
        #[serde(skip_serializing_if = "Option::is_none")]
        own_redactions: Option<Vec<Redaction>>,
        /// The reader's request for a translation, if one was made.
        #[serde(skip_serializing_if = "Option::is_none")]
        translation_request: Option<TranslationRequestView>,
    },
}

impl LetterContent {
    /// The text this caller reads.
    pub fn text(&self) -> &str {
        match self {
            Self::Writer { body, .. } => body,
            Self::Reader { text, .. } => text.as_deref().unwrap_or_default(),
            Self::WriterSideStaff { original, .. } => original,
            Self::ReaderSideStaff { text, .. } => text,
        }
    }
}

/// The caller's view of a letter.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LetterView {
    /// Its status line.
    #[serde(flatten)]
    pub line: LetterLine,
    /// The pictures the caller sees.
    pub attachments: Vec<PictureInfo>,
    /// Its content as the caller sees it.
    #[serde(flatten)]
    pub content: LetterContent,
    /// What the caller may do with it (for pages; API clients learn it from the status).
    #[serde(skip)]
    pub may: LetterActions,
}

/// The caller's view of a letter (see the module docs). A reader opening it marks it read.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn view(state: &AppState, user: &CurrentUser, id: &str) -> Result<LetterView, LetterError> {
    let VisibleLetter { mut letter, pairing, relation, participants } = visible_letter(state, user, id).await?;
    let reviews = repo::letters::reviews_of(state.store.read(), &state.keys, letter.id).await?;
    let mine = relation.side() == letter.writer_side;
    let all_pictures = repo::letters::attachments_of(state.store.read(), letter.id).await?;
    let has_pictures = !all_pictures.is_empty();
    let attachments = visible_pictures(all_pictures, &letter, relation, &reviews).iter().map(PictureInfo::of).collect();
    // The status as it was when opened: the reader's first look still says "delivered".
    let mut status = letter.status;
    let content = match relation {
        Relation::Participant(_) if mine => {
            let shares = reader_shares_read_receipts(state, &participants, other(letter.writer_side)).await?;
            status = status_for_writer(letter.status, shares);
            let reasons =
                reviews.iter().filter(|r| r.decision != Decision::Approve).filter_map(|r| r.note.clone()).collect();
            LetterContent::Writer { body: letter.body.clone(), reasons }
        }
        Relation::Participant(_) => {
            let text = approved_by(&reviews, other(letter.writer_side)).map(str::to_owned);
            // Only a translation the reader's side approved reaches the reader, and only as approved.
            let translation = repo::letters::translation(state.store.read(), &state.keys, letter.id)
                .await?
                .and_then(|t| t.approved.map(|text| Translation { language: t.language, text }));
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
            let translation_request = super::translation_request::of_letter(state, letter.id).await?;
            LetterContent::Reader { text, translation, translation_request }
        }
        _ if mine => {
            let known = known_for_side(state, Some(user), &participants, letter.writer_side).await?;
            let forbidden = forbidden_in_letters(state, letter.pairing).await?;
            let findings = screen_for_pairing(&state.metrics, &letter.body, &letter.language, &known, &forbidden);
            let plan = review_plan(state, &pairing, &letter, has_pictures).await?;
            let reviews = reviews
                .iter()
                .map(|r| ReviewLine {
                    side: side_name(r.side),
                    by: if r.reviewer.is_some() { "staff" } else { "screen" },
                    decision: r.decision.as_str(),
                    note: r.note.clone(),
                    redactions: (r.side == letter.writer_side)
                        .then(|| serde_json::from_str::<Vec<Redaction>>(&r.redactions).ok())
                        .flatten(),
                    at: r.created_at.to_rfc3339(),
                })
                .collect();
            LetterContent::WriterSideStaff {
                reader_side_reviews: plan.by_hand(other(letter.writer_side)),
                original: letter.body.clone(),
                findings,
                reviews,
            }
        }
        _ => {
            let text = approved_by(&reviews, letter.writer_side).unwrap_or_default().to_owned();
            let by_screen = latest_approval(&reviews, letter.writer_side).is_some_and(|r| r.reviewer.is_none());
            let known = known_for_side(state, Some(user), &participants, other(letter.writer_side)).await?;
            let forbidden = forbidden_in_letters(state, letter.pairing).await?;
            let findings = screen_for_pairing(&state.metrics, &text, &letter.language, &known, &forbidden);
            let translation = match repo::letters::translation(state.store.read(), &state.keys, letter.id).await? {
                Some(t) => {
                    let findings =
                        translation_findings(state, Some(user), &letter, &participants, &t.text, &t.language).await?;
                    Some(ScreenedTranslation { language: t.language, text: t.text, findings, approved: t.approved })
                }
                None => None,
            };
            let own_redactions = latest_approval(&reviews, other(letter.writer_side))
                .and_then(|r| serde_json::from_str::<Vec<Redaction>>(&r.redactions).ok());
            LetterContent::ReaderSideStaff {
                writer_side_review: if by_screen { "screen" } else { "staff" },
                text,
                findings,
                translation,
                own_redactions,
                translation_request: super::translation_request::of_letter(state, letter.id).await?,
            }
        }
    };
    // Only the writer gets the writer's content (a participant of the writer's side sees no other letter).
    let by_caller = matches!(content, LetterContent::Writer { .. });
    let may = access::letter_actions(
        relation,
        LetterFacts { writer_side: letter.writer_side, status: letter.status, by_caller },
    );
    Ok(LetterView { line: LetterLine::of(&letter, status), attachments, content, may })
}

/// The letters of a pairing the caller may see, as status lines.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn list(state: &AppState, user: &CurrentUser, pairing_id: &str) -> Result<Vec<LetterLine>, LetterError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    list_of(state, user, &visible).await
}

/// [`list`] of a pairing already read (the pairing page).
pub async fn list_of(
    state: &AppState,
    user: &CurrentUser,
    visible: &VisiblePairing,
) -> Result<Vec<LetterLine>, LetterError> {
    let VisiblePairing { pairing, relation, participants } = visible;
    let (relation, participants) = (*relation, participants.as_slice());
    let side = relation.side();
    let letters = repo::letters::of_pairing(state.store.read(), &state.keys, pairing.id).await?;
    let letters: Vec<Letter> = letters
        .into_iter()
        // Health updates are listed with their own (`services::health_updates`).
        .filter(|letter| letter.health.is_none() && may_see(letter, relation, participants, user))
        .collect();
    // A participant lists only their own side's letters as writer; whether the other side shares read
    // receipts is the same for all of them, and matters only once one of them has been read (asked
    // only then: it costs a query per reader).
    let hides_reading = matches!(relation, Relation::Participant(_))
        && letters.iter().any(|l| l.writer_side == side && l.status == LetterStatus::Read);
    let reader_shares =
        if hides_reading { reader_shares_read_receipts(state, participants, other(side)).await? } else { true };
    let out = letters
        .iter()
        .map(|letter| {
            let status = if matches!(relation, Relation::Participant(_)) && side == letter.writer_side {
                status_for_writer(letter.status, reader_shares)
            } else {
                letter.status
            };
            LetterLine::of(letter, status)
        })
        .collect();
    Ok(out)
}

/// Letters waiting for the caller's side, oldest first, with how long they have waited, one page at a
/// time. The database finds the letters in review on the side of one of the caller's organisations
/// (`repo::letters::in_review_for_organisations`); the access rules decide, letter by letter, which of
/// them the caller reviews — they drop a line only in the rare pairing where the caller stands otherwise
/// (also a participant, or coordinator of both sides), so the next chunk is read until the page is full.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn queue(state: &AppState, user: &CurrentUser, page: &PageRequest) -> Result<Page<QueueLine>, LetterError> {
    let after = page.after.as_deref().map(QueueCursor::parse).transpose()?.map(|c| c.0);
    let found = paging::fill(page.limit, after, |after, chunk| async move {
        let (lines, read) = queue_lines(state, user, after, Some(chunk)).await?;
        Ok::<_, LetterError>(Chunk { lines, read: read.len(), last: read.last().copied() })
    })
    .await?;
    Ok(Page::of(found, page.limit, |line| QueueCursor::of(line).to_string()))
}

/// The whole of the caller's review queue (for the list of what waits, which merges it with the rest).
pub async fn whole_queue(state: &AppState, user: &CurrentUser) -> Result<Vec<QueueLine>, LetterError> {
    Ok(queue_lines(state, user, None, None).await?.0)
}

/// A position in the review queue as a page cursor: `SECONDS_NANOS_LETTER` (the submission time since
/// 1970 and the letter's id), which keeps the stored time exact and needs no escaping in a URL.
struct QueueCursor(QueuePosition);

impl QueueCursor {
    fn of(line: &QueueLine) -> Self {
        Self(QueuePosition { submitted_at: line.since, letter: line.letter_id })
    }

    fn parse(s: &str) -> Result<Self, PageError> {
        let mut parts = s.splitn(3, '_');
        let (Some(secs), Some(nanos), Some(letter)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(paging::BAD_CURSOR);
        };
        let at = secs
            .parse::<i64>()
            .ok()
            .zip(nanos.parse::<u32>().ok())
            .and_then(|(secs, nanos)| chrono::DateTime::from_timestamp(secs, nanos));
        let letter = letter.parse::<LetterId>().ok();
        match (at, letter) {
            (Some(submitted_at), Some(letter)) => Ok(Self(QueuePosition { submitted_at, letter })),
            _ => Err(paging::BAD_CURSOR),
        }
    }
}

impl std::fmt::Display for QueueCursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = self.0.submitted_at;
        write!(f, "{}_{}_{}", at.timestamp(), at.timestamp_subsec_nanos(), self.0.letter)
    }
}

/// The queue lines of the letters in review after `after` (at most `limit` of them read), and the
/// positions of all the letters read, kept or not.
async fn queue_lines(
    state: &AppState,
    user: &CurrentUser,
    after: Option<QueuePosition>,
    limit: Option<usize>,
) -> Result<(Vec<QueueLine>, Vec<QueuePosition>), LetterError> {
    let mut out = Vec::new();
    let now = state.clock.now();
    // Only pairings where the caller coordinates can have letters for them to review; their pairings and
    // participants are read in one query each, not per letter or pairing.
    let organisations: Vec<OrganisationId> = user.coordinated_organisations();
    let conn = state.store.read();
    let limit = limit.map(|l| l as u64);
    let waiting = repo::letters::in_review_for_organisations(conn, &state.keys, &organisations, after, limit).await?;
    let read: Vec<QueuePosition> = waiting
        .iter()
        .map(|l| QueuePosition { submitted_at: l.submitted_at.unwrap_or(l.created_at), letter: l.id })
        .collect();
    let mut ids: Vec<PairingId> = waiting.iter().map(|l| l.pairing).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut participants: HashMap<PairingId, Vec<Participant>> = HashMap::new();
    for p in repo::pairings::participants_of_pairings(conn, &ids).await? {
        participants.entry(p.pairing).or_default().push(p);
    }
    let actor = user.actor();
    let relations: HashMap<PairingId, (Relation, String)> = repo::pairings::get_many(conn, &ids)
        .await?
        .into_iter()
        .filter_map(|p| {
            let relation = access::relation_to(&actor, &p, participants.get(&p.id).map_or(&[], Vec::as_slice))?;
            Some((p.id, (relation, p.reference.to_string())))
        })
        .collect();
    for letter in waiting {
        let relation = relations.get(&letter.pairing).cloned();
        let Some((relation, pairing_reference)) = relation else { continue };
        let facts = LetterFacts { writer_side: letter.writer_side, status: letter.status, by_caller: false };
        if !access::letter_actions(relation, facts).review {
            continue;
        }
        let LetterStatus::InReview(stage) = letter.status else { continue };
        let since = letter.submitted_at.unwrap_or(letter.created_at);
        out.push(QueueLine {
            letter: LetterLine::of(&letter, letter.status),
            stage: if stage == letter.writer_side { "writer_side" } else { "reader_side" },
            waiting_hours: (now - since).num_hours(),
            waiting_days: (now - since).num_days(),
            pairing_reference,
            since,
            letter_id: letter.id,
        });
    }
    Ok((out, read))
}
