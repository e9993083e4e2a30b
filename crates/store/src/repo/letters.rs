//! Letters and reviews. Every text is encrypted bound to its row and column.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::letter::AttachmentKind;
use twinbridge_domain::letter::{Decision, HealthReport, LetterStatus};
use twinbridge_domain::rules::Side;
use twinbridge_domain::{AccountId, AttachmentId, LetterId, OrganisationId, PairingId, ParticipantId, ReviewId};

use crate::StoreError;
use crate::entities::{letter_attachments, letter_reviews, letter_translations, letters, pairings};

/// A letter with its text decrypted. `Debug` leaves the text out.
#[derive(Clone, PartialEq, Eq)]
pub struct Letter {
    /// Random id.
    pub id: LetterId,
    /// The pairing.
    pub pairing: PairingId,
    /// The participant who wrote it; `None` for a writer on an offline side, who is not on Twinbridge
    /// (their letter arrived on paper and staff of the online side entered it).
    pub writer: Option<ParticipantId>,
    /// The writer's side.
    pub writer_side: Side,
    /// The language it is written in.
    pub language: String,
    /// The letter it answers.
    pub in_reply_to: Option<LetterId>,
    /// Where it is.
    pub status: LetterStatus,
    /// The writer's text.
    pub body: String,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last submitted for review.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Delivered to the reader.
    pub delivered_at: Option<DateTime<Utc>>,
    /// Opened by the reader.
    pub read_at: Option<DateTime<Utc>>,
    /// The staff member who entered it for a writer without Twinbridge access.
    pub entered_by: Option<AccountId>,
    /// When a letter entered by staff arrived (on paper or by e-mail).
    pub received_on: Option<NaiveDate>,
    /// When staff sent a letter to an offline reader.
    pub sent_at: Option<DateTime<Utc>>,
    /// For a health update: the status it reports and its day (`kind = health_update` in storage).
    pub health: Option<HealthReport>,
}

impl std::fmt::Debug for Letter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Letter").field("id", &self.id).field("status", &self.status).finish_non_exhaustive()
    }
}

/// A review decision. `Debug` leaves the texts out.
#[derive(Clone, PartialEq, Eq)]
pub struct Review {
    /// Random id.
    pub id: ReviewId,
    /// The letter.
    pub letter: LetterId,
    /// The side that reviewed.
    pub side: Side,
    /// The reviewer; `None` for the machine screen standing in for a side that does not review by hand
    /// (stored as the nil id, which no account has).
    pub reviewer: Option<AccountId>,
    /// The decision.
    pub decision: Decision,
    /// The redactions as JSON (`[{start, end, category}]`, char offsets into the reviewed text).
    pub redactions: String,
    /// Reasons for the writer (on return or reject).
    pub note: Option<String>,
    /// The text as this side passed it on (on approve).
    pub approved_text: Option<String>,
    /// The pictures this side passed on (on approve); the others stop here.
    pub passed_attachments: Vec<AttachmentId>,
    /// When.
    pub created_at: DateTime<Utc>,
}

impl std::fmt::Debug for Review {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Review").field("id", &self.id).field("decision", &self.decision).finish_non_exhaustive()
    }
}

/// The stored name of a side.
pub const fn side_name(side: Side) -> &'static str {
    match side {
        Side::Donor => "donor",
        Side::Patient => "patient",
    }
}

fn side_of(table: &'static str, id: uuid::Uuid, s: &str) -> Result<Side, StoreError> {
    match s {
        "donor" => Ok(Side::Donor),
        "patient" => Ok(Side::Patient),
        _ => Err(StoreError::corrupt(table, id, "unknown side")),
    }
}

fn seal(keys: &KeyRing, table: &str, column: &str, row: uuid::Uuid, text: &str) -> Vec<u8> {
    keys.encrypt(FieldPlace { table, column, row: row.as_bytes() }, text.as_bytes())
}

fn open(
    keys: &KeyRing,
    table: &'static str,
    column: &str,
    row: uuid::Uuid,
    stored: &[u8],
) -> Result<String, StoreError> {
    let bytes = keys.decrypt(FieldPlace { table, column, row: row.as_bytes() }, stored)?;
    String::from_utf8(bytes).map_err(|_| StoreError::corrupt(table, row, "text not UTF-8"))
}

fn to_letter(keys: &KeyRing, m: &letters::Model) -> Result<Letter, StoreError> {
    Ok(Letter {
        id: LetterId::from_uuid(m.id),
        pairing: PairingId::from_uuid(m.pairing_id),
        writer: m.writer_id.map(ParticipantId::from_uuid),
        writer_side: side_of("letters", m.id, &m.writer_side)?,
        language: m.language.clone(),
        in_reply_to: m.in_reply_to.map(LetterId::from_uuid),
        status: m.status.parse().map_err(|e| StoreError::corrupt("letters", m.id, e))?,
        body: open(keys, "letters", "body", m.id, &m.body)?,
        created_at: m.created_at,
        submitted_at: m.submitted_at,
        delivered_at: m.delivered_at,
        read_at: m.read_at,
        entered_by: m.entered_by.map(AccountId::from_uuid),
        received_on: m.received_on,
        sent_at: m.sent_at,
        health: health_of(m)?,
    })
}

/// The stored kind of a letter: a participant's letter or a health update.
const fn kind_of(letter: &Letter) -> &'static str {
    if letter.health.is_some() { HEALTH_UPDATE } else { "letter" }
}

/// The stored kind of health updates.
const HEALTH_UPDATE: &str = "health_update";

fn health_of(m: &letters::Model) -> Result<Option<HealthReport>, StoreError> {
    if m.kind != HEALTH_UPDATE {
        return Ok(None);
    }
    let (Some(status), Some(on)) = (m.health_status.as_deref(), m.health_on) else {
        return Err(StoreError::corrupt("letters", m.id, "a health update without its status or day"));
    };
    Ok(Some(HealthReport { status: status.parse().map_err(|e| StoreError::corrupt("letters", m.id, e))?, on }))
}

/// Stores a new letter.
pub async fn insert(conn: &impl ConnectionTrait, keys: &KeyRing, letter: &Letter) -> Result<(), StoreError> {
    let id = letter.id.as_uuid();
    let row = letters::ActiveModel {
        id: Set(id),
        pairing_id: Set(letter.pairing.as_uuid()),
        writer_id: Set(letter.writer.map(|w| w.as_uuid())),
        writer_side: Set(side_name(letter.writer_side).to_owned()),
        language: Set(letter.language.clone()),
        in_reply_to: Set(letter.in_reply_to.map(|l| l.as_uuid())),
        status: Set(letter.status.as_str().to_owned()),
        body: Set(seal(keys, "letters", "body", id, &letter.body)),
        created_at: Set(letter.created_at),
        updated_at: Set(letter.created_at),
        submitted_at: Set(letter.submitted_at),
        delivered_at: Set(letter.delivered_at),
        read_at: Set(letter.read_at),
        entered_by: Set(letter.entered_by.map(|a| a.as_uuid())),
        received_on: Set(letter.received_on),
        sent_at: Set(letter.sent_at),
        kind: Set(kind_of(letter).to_owned()),
        health_status: Set(letter.health.map(|h| h.status.as_str().to_owned())),
        health_on: Set(letter.health.map(|h| h.on)),
    };
    letters::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// One letter.
pub async fn get(conn: &impl ConnectionTrait, keys: &KeyRing, id: LetterId) -> Result<Option<Letter>, StoreError> {
    letters::Entity::find_by_id(id.as_uuid()).one(conn).await?.map(|m| to_letter(keys, &m)).transpose()
}

/// The letters of a pairing, oldest first.
pub async fn of_pairing(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    pairing: PairingId,
) -> Result<Vec<Letter>, StoreError> {
    of_pairing_where(conn, keys, pairing, Condition::all()).await
}

/// The health updates of a pairing (letters of that kind only), oldest first: a pairing's page lists them
/// apart, and need not open every letter of the pairing to find them.
pub async fn health_updates_of_pairing(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    pairing: PairingId,
) -> Result<Vec<Letter>, StoreError> {
    of_pairing_where(conn, keys, pairing, Condition::all().add(letters::Column::Kind.eq(HEALTH_UPDATE))).await
}

/// The letters of a pairing that meet `condition`, oldest first.
async fn of_pairing_where(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    pairing: PairingId,
    condition: Condition,
) -> Result<Vec<Letter>, StoreError> {
    letters::Entity::find()
        .filter(letters::Column::PairingId.eq(pairing.as_uuid()))
        .filter(condition)
        .order_by_asc(letters::Column::CreatedAt)
        .order_by_asc(letters::Column::Id)
        .all(conn)
        .await?
        .iter()
        .map(|m| to_letter(keys, m))
        .collect()
}

/// Where a letter stands in the review queue's order (oldest submission first): a page of the queue
/// starts after one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueuePosition {
    /// When the letter was submitted (every letter in review has been).
    pub submitted_at: DateTime<Utc>,
    /// The letter, for letters submitted in the same instant.
    pub letter: LetterId,
}

/// The letters waiting for a review by one of `organisations`' sides, oldest submission first: letters
/// in the donor side's review of pairings where one of them is the donor side, and in the patient side's
/// review where one of them is the patient side or the transplant centre. With `after`, only those after
/// that position; with `limit`, at most that many. Each side is its own query, reading the index of
/// letters by status and submission time (`letters_status_submitted`) from `after` on, only as far as
/// `limit`; the two are merged here. One query for both sides would make the database collect every
/// waiting letter of the organisation and sort them.
pub async fn in_review_for_organisations(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    organisations: &[OrganisationId],
    after: Option<QueuePosition>,
    limit: Option<u64>,
) -> Result<Vec<Letter>, StoreError> {
    use sea_orm::{JoinType, QuerySelect, RelationDef};
    if organisations.is_empty() {
        return Ok(Vec::new());
    }
    let orgs: Vec<uuid::Uuid> = organisations.iter().map(|o| o.as_uuid()).collect();
    let mut found = Vec::new();
    for side in [Side::Donor, Side::Patient] {
        let reviewing = match side {
            Side::Donor => Condition::all().add(pairings::Column::DonorOrganisationId.is_in(orgs.clone())),
            Side::Patient => Condition::any()
                .add(pairings::Column::PatientOrganisationId.is_in(orgs.clone()))
                .add(pairings::Column::TransplantCentreId.is_in(orgs.clone())),
        };
        let of_pairing: RelationDef = letters::Entity::belongs_to(pairings::Entity)
            .from(letters::Column::PairingId)
            .to(pairings::Column::Id)
            .into();
        let mut select = letters::Entity::find()
            .join(JoinType::InnerJoin, of_pairing)
            .filter(letters::Column::Status.eq(LetterStatus::InReview(side).as_str()))
            .filter(reviewing);
        if let Some(after) = after {
            // The first condition is the index's range; the second excludes the letters of the same
            // instant up to the position.
            select = select.filter(letters::Column::SubmittedAt.gte(after.submitted_at)).filter(
                Condition::any().add(letters::Column::SubmittedAt.gt(after.submitted_at)).add(
                    Condition::all()
                        .add(letters::Column::SubmittedAt.eq(after.submitted_at))
                        .add(letters::Column::Id.gt(after.letter.as_uuid())),
                ),
            );
        }
        select = select.order_by_asc(letters::Column::SubmittedAt).order_by_asc(letters::Column::Id);
        if let Some(limit) = limit {
            select = select.limit(limit);
        }
        for row in select.all(conn).await? {
            found.push(to_letter(keys, &row)?);
        }
    }
    found.sort_by_key(|l| (l.submitted_at, l.id));
    if let Some(limit) = limit {
        found.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    }
    Ok(found)
}

/// Saves a letter's status, text and times.
/// Where a letter is now, read without its text (for checks inside a write transaction).
pub async fn status_of(conn: &impl ConnectionTrait, id: LetterId) -> Result<Option<LetterStatus>, StoreError> {
    let Some(row) = letters::Entity::find_by_id(id.as_uuid()).one(conn).await? else { return Ok(None) };
    row.status.parse().map(Some).map_err(|e| StoreError::corrupt("letters", id, e))
}

/// Saves a letter's new state, but only if it is still in `from`: the conditional update that makes
/// concurrent transitions (two approvals, an approval and a withdrawal) serialise into one winner. Returns
/// whether this call made the transition; `false` means someone else moved the letter first.
pub async fn transition(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    letter: &Letter,
    from: LetterStatus,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let id = letter.id.as_uuid();
    let done = letters::Entity::update_many()
        .col_expr(letters::Column::Status, Expr::value(letter.status.as_str()))
        .col_expr(letters::Column::Body, Expr::value(seal(keys, "letters", "body", id, &letter.body)))
        .col_expr(letters::Column::Language, Expr::value(letter.language.clone()))
        .col_expr(letters::Column::UpdatedAt, Expr::value(now))
        .col_expr(letters::Column::SubmittedAt, Expr::value(letter.submitted_at))
        .col_expr(letters::Column::DeliveredAt, Expr::value(letter.delivered_at))
        .col_expr(letters::Column::ReadAt, Expr::value(letter.read_at))
        .col_expr(letters::Column::SentAt, Expr::value(letter.sent_at))
        .filter(letters::Column::Id.eq(id))
        .filter(letters::Column::Status.eq(from.as_str()))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Stores a review.
pub async fn add_review(conn: &impl ConnectionTrait, keys: &KeyRing, review: &Review) -> Result<(), StoreError> {
    let id = review.id.as_uuid();
    let row = letter_reviews::ActiveModel {
        id: Set(id),
        letter_id: Set(review.letter.as_uuid()),
        side: Set(side_name(review.side).to_owned()),
        reviewer: Set(review.reviewer.map_or(uuid::Uuid::nil(), |a| a.as_uuid())),
        decision: Set(review.decision.as_str().to_owned()),
        redactions: Set(review.redactions.clone()),
        note: Set(review.note.as_deref().map(|n| seal(keys, "letter_reviews", "note", id, n))),
        approved_text: Set(review
            .approved_text
            .as_deref()
            .map(|t| seal(keys, "letter_reviews", "approved_text", id, t))),
        created_at: Set(review.created_at),
        passed_attachments: Set(serde_json::to_string(&review.passed_attachments)
            .map_err(|e| StoreError::corrupt("letter_reviews", id, e))?),
    };
    letter_reviews::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// The reviews of a letter, oldest first.
pub async fn reviews_of(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    letter: LetterId,
) -> Result<Vec<Review>, StoreError> {
    letter_reviews::Entity::find()
        .filter(letter_reviews::Column::LetterId.eq(letter.as_uuid()))
        .order_by_asc(letter_reviews::Column::CreatedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            Ok(Review {
                id: ReviewId::from_uuid(m.id),
                letter,
                side: side_of("letter_reviews", m.id, &m.side)?,
                reviewer: (!m.reviewer.is_nil()).then(|| AccountId::from_uuid(m.reviewer)),
                decision: m.decision.parse().map_err(|e| StoreError::corrupt("letter_reviews", m.id, e))?,
                redactions: m.redactions,
                note: m.note.as_ref().map(|n| open(keys, "letter_reviews", "note", m.id, n)).transpose()?,
                approved_text: m
                    .approved_text
                    .as_ref()
                    .map(|t| open(keys, "letter_reviews", "approved_text", m.id, t))
                    .transpose()?,
                passed_attachments: serde_json::from_str(&m.passed_attachments)
                    .map_err(|e| StoreError::corrupt("letter_reviews", m.id, e))?,
                created_at: m.created_at,
            })
        })
        .collect()
}

/// What the contact rules need of a letter: no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterSummary {
    /// The letter.
    pub id: LetterId,
    /// The writer's side.
    pub side: Side,
    /// Where it is.
    pub status: LetterStatus,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// The letter it answers.
    pub in_reply_to: Option<LetterId>,
    /// The participant who wrote it (none for a letter entered by staff for an offline side).
    pub writer: Option<ParticipantId>,
    /// Last changed: when it entered the status it is in.
    pub updated_at: DateTime<Utc>,
}

/// The columns a summary needs: lists and the letter quota read these for every letter of a pairing,
/// so the sealed texts (most of a row's size) are left in the database.
#[derive(sea_orm::FromQueryResult)]
struct SummaryRow {
    id: uuid::Uuid,
    pairing_id: uuid::Uuid,
    writer_side: String,
    status: String,
    created_at: DateTime<Utc>,
    in_reply_to: Option<uuid::Uuid>,
    writer_id: Option<uuid::Uuid>,
    updated_at: DateTime<Utc>,
}

const SUMMARY_COLUMNS: [letters::Column; 8] = [
    letters::Column::Id,
    letters::Column::PairingId,
    letters::Column::WriterSide,
    letters::Column::Status,
    letters::Column::CreatedAt,
    letters::Column::InReplyTo,
    letters::Column::WriterId,
    letters::Column::UpdatedAt,
];

/// The participants' letters of the pairings matching `filter`, oldest first, as summaries.
async fn summary_rows(conn: &impl ConnectionTrait, filter: Condition) -> Result<Vec<SummaryRow>, StoreError> {
    use sea_orm::QuerySelect;
    Ok(letters::Entity::find()
        .select_only()
        .columns(SUMMARY_COLUMNS)
        .filter(filter)
        .filter(letters::Column::Kind.ne(HEALTH_UPDATE))
        .order_by_asc(letters::Column::CreatedAt)
        .into_model::<SummaryRow>()
        .all(conn)
        .await?)
}

fn summary_of(m: &SummaryRow) -> Result<LetterSummary, StoreError> {
    Ok(LetterSummary {
        id: LetterId::from_uuid(m.id),
        side: side_of("letters", m.id, &m.writer_side)?,
        status: m.status.parse().map_err(|e| StoreError::corrupt("letters", m.id, e))?,
        created_at: m.created_at,
        in_reply_to: m.in_reply_to.map(LetterId::from_uuid),
        writer: m.writer_id.map(ParticipantId::from_uuid),
        updated_at: m.updated_at,
    })
}

/// The participants' letters of a pairing (no health updates) without their texts, oldest first.
pub async fn summaries(conn: &impl ConnectionTrait, pairing: PairingId) -> Result<Vec<LetterSummary>, StoreError> {
    summary_rows(conn, Condition::all().add(letters::Column::PairingId.eq(pairing.as_uuid())))
        .await?
        .iter()
        .map(summary_of)
        .collect()
}

/// What a pairing's letter quota reads: how many letters each side has sent (those counted against a
/// quota: see `LetterStatus::counts_as_sent`), counted up to a cap, and the sent letters from the earlier
/// of the two sides' latest onwards, which is all that decides whether a side's last letter was answered.
/// A quota only tells "none yet", "some" and "how many left of at most N", so counting past the largest
/// quota that applies changes no answer; reading counts and the newest letters instead of every letter
/// keeps a submission's rule check (inside its write transaction) as cheap in a pairing of thousands of
/// letters as in a new one.
#[derive(Debug, Clone, Default)]
pub struct SentLetters {
    /// Letters sent by the donor side, at most the cap asked for.
    pub donor: u32,
    /// Letters sent by the patient side, at most the cap asked for.
    pub patient: u32,
    /// The sent letters from the earlier side's latest onwards, oldest first (none while a side has sent
    /// nothing: then no letter of the other side can have been answered).
    pub recent: Vec<LetterSummary>,
}

/// Letters read in the first step when walking a pairing's sent letters newest first: in a pairing where
/// the sides take turns, enough to hold both sides' latest and a quota's worth of each. Each further step
/// reads twice as many as the one before, up to [`NEWEST_PAGE_MAX`].
const NEWEST_PAGE: u64 = 8;
const NEWEST_PAGE_MAX: u64 = 128;

/// See [`SentLetters`]; each side's count stops at `cap`. This runs inside every letter's write
/// transaction, so it reads the newest letters first and counts from them: a pairing of fewer letters than
/// a page, or one whose newest page holds `cap` letters of each side, is answered by one statement. Only a
/// side with fewer than `cap` letters in the pages read, and more letters beyond them, is counted apart.
pub async fn sent_letters(
    conn: &impl ConnectionTrait,
    pairing: PairingId,
    cap: u32,
) -> Result<SentLetters, StoreError> {
    use sea_orm::QuerySelect;
    let sent: Vec<&str> = LetterStatus::ALL.iter().filter(|s| s.counts_as_sent()).map(|s| s.as_str()).collect();
    let of_pairing = Condition::all()
        .add(letters::Column::PairingId.eq(pairing.as_uuid()))
        .add(letters::Column::Status.is_in(sent.iter().copied()))
        .add(letters::Column::Kind.ne(HEALTH_UPDATE));
    // The count of a side's letters, at most `cap` index entries read however many it has sent.
    let count_of = |side: Side| {
        let query = letters::Entity::find()
            .filter(of_pairing.clone())
            .filter(letters::Column::WriterSide.eq(side_name(side)))
            .limit(u64::from(cap));
        async move {
            let ids: Vec<uuid::Uuid> = super::columns_of(conn, query, &[letters::Column::Id]).await?;
            Ok::<u32, StoreError>(u32::try_from(ids.len()).unwrap_or(u32::MAX))
        }
    };
    // Newest first, a page at a time, until both sides' latest letters are in (or a side turns out to
    // have sent nothing, or every letter is read).
    let mut newest: Vec<SummaryRow> = Vec::new();
    let mut counted: [Option<u32>; 2] = [None, None];
    let mut all_read;
    let mut step = NEWEST_PAGE;
    loop {
        let mut page = letters::Entity::find()
            .select_only()
            .columns(SUMMARY_COLUMNS)
            .filter(of_pairing.clone())
            .order_by_desc(letters::Column::CreatedAt)
            .order_by_desc(letters::Column::Id)
            .limit(step);
        if let Some(last) = newest.last() {
            page = page.filter(
                Condition::any().add(letters::Column::CreatedAt.lt(last.created_at)).add(
                    Condition::all()
                        .add(letters::Column::CreatedAt.eq(last.created_at))
                        .add(letters::Column::Id.lt(last.id)),
                ),
            );
        }
        let rows: Vec<SummaryRow> = page.into_model::<SummaryRow>().all(conn).await?;
        all_read = (rows.len() as u64) < step;
        step = (step * 2).min(NEWEST_PAGE_MAX);
        newest.extend(rows);
        if all_read {
            break;
        }
        let mut done = true;
        for (i, side) in [Side::Donor, Side::Patient].into_iter().enumerate() {
            if newest.iter().any(|r| r.writer_side == side_name(side)) {
                continue;
            }
            let count = match counted[i] {
                Some(count) => count,
                None => *counted[i].insert(count_of(side).await?),
            };
            if count == 0 {
                // Nothing of this side is answered or answers: no need to read further.
                done = true;
                break;
            }
            done = false;
        }
        if done {
            break;
        }
    }
    let mut out = SentLetters::default();
    for (i, side) in [Side::Donor, Side::Patient].into_iter().enumerate() {
        let in_pages = newest.iter().filter(|r| r.writer_side == side_name(side)).count();
        let in_pages = u32::try_from(in_pages).unwrap_or(u32::MAX).min(cap);
        let count = match counted[i] {
            Some(count) => count,
            None if all_read || in_pages == cap => in_pages,
            None => count_of(side).await?,
        };
        match side {
            Side::Donor => out.donor = count,
            Side::Patient => out.patient = count,
        }
    }
    if out.donor == 0 || out.patient == 0 {
        return Ok(out);
    }
    // Keep what lies from the earlier side's latest onwards.
    let latest = |side: Side| newest.iter().position(|r| r.writer_side == side_name(side));
    let keep = match (latest(Side::Donor), latest(Side::Patient)) {
        (Some(a), Some(b)) => a.max(b) + 1,
        _ => newest.len(),
    };
    newest.truncate(keep);
    newest.reverse();
    out.recent = newest.iter().map(summary_of).collect::<Result<_, _>>()?;
    Ok(out)
}

/// A translation of a letter, with its text as the reader gets it once the reader's side approved it.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredTranslation {
    /// Random id.
    pub id: uuid::Uuid,
    /// Its language.
    pub language: String,
    /// The translator's text.
    pub text: String,
    /// The text as the reader gets it; `None` until approved (the reader sees no translation until then).
    pub approved: Option<String>,
}

impl std::fmt::Debug for StoredTranslation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredTranslation").field("id", &self.id).field("language", &self.language).finish()
    }
}

/// Attaches a translation to a letter (the newest one is shown), approved as `approved` already or (`None`)
/// waiting for the reader's side's review.
#[allow(clippy::too_many_arguments)]
pub async fn add_translation(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    letter: LetterId,
    language: &str,
    text: &str,
    approved: Option<&str>,
    by: AccountId,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let id = uuid::Uuid::new_v4();
    // The newest translation is the one shown: a second save at the same instant (a fast clock, a test's
    // fixed one) still comes after the first.
    let newest = letter_translations::Entity::find()
        .filter(letter_translations::Column::LetterId.eq(letter.as_uuid()))
        .order_by_desc(letter_translations::Column::CreatedAt)
        .one(conn)
        .await?
        .map(|m| m.created_at);
    let now = match newest {
        Some(newest) if newest >= now => newest + chrono::TimeDelta::milliseconds(1),
        _ => now,
    };
    let row = letter_translations::ActiveModel {
        id: Set(id),
        letter_id: Set(letter.as_uuid()),
        language: Set(language.to_owned()),
        body: Set(seal(keys, "letter_translations", "body", id, text)),
        approved_body: Set(approved.map(|a| seal(keys, "letter_translations", "approved_body", id, a))),
        added_by: Set(by.as_uuid()),
        created_at: Set(now),
    };
    letter_translations::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// Records the text of translation `id` as the reader gets it.
pub async fn approve_translation(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: uuid::Uuid,
    approved: &str,
) -> Result<(), StoreError> {
    letter_translations::Entity::update_many()
        .col_expr(
            letter_translations::Column::ApprovedBody,
            Expr::value(seal(keys, "letter_translations", "approved_body", id, approved)),
        )
        .filter(letter_translations::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The newest translation of a letter.
pub async fn translation(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    letter: LetterId,
) -> Result<Option<StoredTranslation>, StoreError> {
    letter_translations::Entity::find()
        .filter(letter_translations::Column::LetterId.eq(letter.as_uuid()))
        .order_by_desc(letter_translations::Column::CreatedAt)
        .order_by_desc(letter_translations::Column::Id)
        .one(conn)
        .await?
        .map(|m| {
            Ok(StoredTranslation {
                id: m.id,
                language: m.language.clone(),
                text: open(keys, "letter_translations", "body", m.id, &m.body)?,
                approved: m
                    .approved_body
                    .as_ref()
                    .map(|a| open(keys, "letter_translations", "approved_body", m.id, a))
                    .transpose()?,
            })
        })
        .transpose()
}

/// A picture attached to a letter, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentInfo {
    /// Random id.
    pub id: AttachmentId,
    /// The letter.
    pub letter: LetterId,
    /// Card, drawing or photo.
    pub kind: AttachmentKind,
    /// `image/jpeg` or `image/png`.
    pub content_type: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// When it was attached.
    pub created_at: DateTime<Utc>,
}

fn to_attachment_info(m: &letter_attachments::Model) -> Result<AttachmentInfo, StoreError> {
    let bad = |why: &str| StoreError::corrupt("letter_attachments", m.id, why.to_owned());
    Ok(AttachmentInfo {
        id: AttachmentId::from_uuid(m.id),
        letter: LetterId::from_uuid(m.letter_id),
        kind: m.kind.parse().map_err(|_| bad("unknown kind"))?,
        content_type: m.content_type.clone(),
        width: u32::try_from(m.width).map_err(|_| bad("negative width"))?,
        height: u32::try_from(m.height).map_err(|_| bad("negative height"))?,
        created_at: m.created_at,
    })
}

/// Stores a picture (already cleaned of metadata) for a letter, encrypted bound to its row.
pub async fn add_attachment(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    info: &AttachmentInfo,
    data: &[u8],
) -> Result<(), StoreError> {
    let id = info.id.as_uuid();
    let size = |n: u32| i32::try_from(n).map_err(|_| StoreError::corrupt("letter_attachments", id, "too large"));
    let row = letter_attachments::ActiveModel {
        id: Set(id),
        letter_id: Set(info.letter.as_uuid()),
        kind: Set(info.kind.as_str().to_owned()),
        content_type: Set(info.content_type.clone()),
        width: Set(size(info.width)?),
        height: Set(size(info.height)?),
        data: Set(keys.encrypt(FieldPlace { table: "letter_attachments", column: "data", row: id.as_bytes() }, data)),
        created_at: Set(info.created_at),
    };
    letter_attachments::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// The pictures of a letter, oldest first, without their bytes.
pub async fn attachments_of(conn: &impl ConnectionTrait, letter: LetterId) -> Result<Vec<AttachmentInfo>, StoreError> {
    letter_attachments::Entity::find()
        .filter(letter_attachments::Column::LetterId.eq(letter.as_uuid()))
        .order_by_asc(letter_attachments::Column::CreatedAt)
        .order_by_asc(letter_attachments::Column::Id)
        .all(conn)
        .await?
        .iter()
        .map(to_attachment_info)
        .collect()
}

/// One picture of a letter with its bytes decrypted.
pub async fn attachment(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    letter: LetterId,
    id: AttachmentId,
) -> Result<Option<(AttachmentInfo, Vec<u8>)>, StoreError> {
    let Some(m) = letter_attachments::Entity::find_by_id(id.as_uuid())
        .filter(letter_attachments::Column::LetterId.eq(letter.as_uuid()))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let data =
        keys.decrypt(FieldPlace { table: "letter_attachments", column: "data", row: m.id.as_bytes() }, &m.data)?;
    Ok(Some((to_attachment_info(&m)?, data)))
}

/// Removes a picture from a letter; `false` if it was not there.
pub async fn remove_attachment(
    conn: &impl ConnectionTrait,
    letter: LetterId,
    id: AttachmentId,
) -> Result<bool, StoreError> {
    let done = letter_attachments::Entity::delete_many()
        .filter(letter_attachments::Column::Id.eq(id.as_uuid()))
        .filter(letter_attachments::Column::LetterId.eq(letter.as_uuid()))
        .exec(conn)
        .await?;
    Ok(done.rows_affected > 0)
}

/// The participants' letters of several pairings without their texts, oldest first, each with its pairing
/// (for lists: one query instead of one per pairing).
pub async fn summaries_of_pairings(
    conn: &impl ConnectionTrait,
    pairings: &[PairingId],
) -> Result<Vec<(PairingId, LetterSummary)>, StoreError> {
    if pairings.is_empty() {
        return Ok(Vec::new());
    }
    summary_rows(conn, Condition::all().add(letters::Column::PairingId.is_in(pairings.iter().map(|p| p.as_uuid()))))
        .await?
        .iter()
        .map(|m| Ok((PairingId::from_uuid(m.pairing_id), summary_of(m)?)))
        .collect()
}

/// How many health updates of a pairing were written on or after `since`.
pub async fn health_updates_since(
    conn: &impl ConnectionTrait,
    pairing: PairingId,
    since: NaiveDate,
) -> Result<u64, StoreError> {
    let start = since.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    Ok(letters::Entity::find()
        .filter(letters::Column::PairingId.eq(pairing.as_uuid()))
        .filter(letters::Column::Kind.eq(HEALTH_UPDATE))
        .filter(letters::Column::CreatedAt.gte(start))
        .count(conn)
        .await?)
}

/// The letters written by any of `writers`, oldest first (to erase a person's traces).
pub async fn written_by(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    writers: &[ParticipantId],
) -> Result<Vec<Letter>, StoreError> {
    if writers.is_empty() {
        return Ok(Vec::new());
    }
    letters::Entity::find()
        .filter(letters::Column::WriterId.is_in(writers.iter().map(|w| w.as_uuid())))
        .order_by_asc(letters::Column::CreatedAt)
        .all(conn)
        .await?
        .iter()
        .map(|m| to_letter(keys, m))
        .collect()
}

/// Deletes a letter's pictures except `keep`; returns how many were deleted.
pub async fn remove_attachments_except(
    conn: &impl ConnectionTrait,
    letter: LetterId,
    keep: &[AttachmentId],
) -> Result<u64, StoreError> {
    let done = letter_attachments::Entity::delete_many()
        .filter(letter_attachments::Column::LetterId.eq(letter.as_uuid()))
        .filter(letter_attachments::Column::Id.is_not_in(keep.iter().map(|a| a.as_uuid())))
        .exec(conn)
        .await?;
    Ok(done.rows_affected)
}

/// Forgets every text a letter's reviews and translations hold (notes, texts passed on): for a letter of
/// an erased writer that was never delivered. Returns how many reviews held one.
pub async fn forget_review_texts(conn: &impl ConnectionTrait, letter: LetterId) -> Result<u64, StoreError> {
    let none: Option<Vec<u8>> = None;
    let done = letter_reviews::Entity::update_many()
        .col_expr(letter_reviews::Column::Note, Expr::value(none.clone()))
        .col_expr(letter_reviews::Column::ApprovedText, Expr::value(none))
        .filter(letter_reviews::Column::LetterId.eq(letter.as_uuid()))
        .exec(conn)
        .await?;
    letter_translations::Entity::delete_many()
        .filter(letter_translations::Column::LetterId.eq(letter.as_uuid()))
        .exec(conn)
        .await?;
    Ok(done.rows_affected)
}
