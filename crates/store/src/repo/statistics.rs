//! What the statistics of an organisation are computed from: statuses, sides, categories and timestamps of
//! the pairings where it stands on either side. Only those columns are read — never a text, a note, a
//! place or an identity — so nothing here is decrypted.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::SelectStatement;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait};
use twinbridge_domain::OrganisationId;
use twinbridge_domain::letter::{Decision, LetterStatus};
use twinbridge_domain::rules::Side;

use crate::StoreError;
use crate::entities::{letter_reviews, letters, meetings, pairings, question_messages, questions, release_requests};

/// Which side of a pairing an organisation stands on (both, when it is the registry and the centre).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PairingSides {
    /// The pairing.
    pub pairing: uuid::Uuid,
    /// The organisation is the donor registry.
    pub donor_side: bool,
    /// The organisation is the patient-side organisation or the transplant centre.
    pub patient_side: bool,
}

/// A letter's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterFacts {
    /// Its id.
    pub id: uuid::Uuid,
    /// Its pairing.
    pub pairing: uuid::Uuid,
    /// The writer's side.
    pub writer_side: Side,
    /// Where it is.
    pub status: LetterStatus,
    /// A health update rather than a participant's letter.
    pub health_update: bool,
    /// Last submitted for review.
    pub submitted_at: Option<DateTime<Utc>>,
}

/// A review decision's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewFacts {
    /// The letter.
    pub letter: uuid::Uuid,
    /// The side that decided.
    pub side: Side,
    /// Whether a person decided (the machine screen stands in for a side that does not review by hand).
    pub by_hand: bool,
    /// The decision.
    pub decision: Decision,
    /// The category of each redaction or marked detail (`PERSON`, `LOCATION`, …), as stored.
    pub categories: Vec<String>,
    /// When.
    pub at: DateTime<Utc>,
}

/// A question's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionFacts {
    /// Its status's stored name.
    pub status: String,
    /// When it was asked.
    pub asked_at: DateTime<Utc>,
    /// When staff first answered.
    pub first_answer_at: Option<DateTime<Utc>>,
}

/// A letter row as read: id, pairing, writer side, status, kind, submitted at.
type LetterRow = (uuid::Uuid, uuid::Uuid, String, String, String, Option<DateTime<Utc>>);
/// A review row as read: id, letter, side, reviewer, decision, redactions, created at.
type ReviewRow = (uuid::Uuid, uuid::Uuid, String, uuid::Uuid, String, String, DateTime<Utc>);

fn of_organisation(organisation: OrganisationId) -> Condition {
    let id = organisation.as_uuid();
    Condition::any()
        .add(pairings::Column::DonorOrganisationId.eq(id))
        .add(pairings::Column::PatientOrganisationId.eq(id))
        .add(pairings::Column::TransplantCentreId.eq(id))
}

fn pairing_ids(organisation: OrganisationId) -> SelectStatement {
    pairings::Entity::find()
        .select_only()
        .column(pairings::Column::Id)
        .filter(of_organisation(organisation))
        .into_query()
}

fn letter_ids(organisation: OrganisationId) -> SelectStatement {
    letters::Entity::find()
        .select_only()
        .column(letters::Column::Id)
        .filter(letters::Column::PairingId.in_subquery(pairing_ids(organisation)))
        .into_query()
}

fn side_named(table: &'static str, id: uuid::Uuid, name: &str) -> Result<Side, StoreError> {
    match name {
        "donor" => Ok(Side::Donor),
        "patient" => Ok(Side::Patient),
        _ => Err(StoreError::corrupt(table, id, "unknown side")),
    }
}

/// The pairings where `organisation` stands on a side.
pub async fn pairings_of(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<PairingSides>, StoreError> {
    let rows: Vec<(uuid::Uuid, uuid::Uuid, Option<uuid::Uuid>, Option<uuid::Uuid>)> = super::columns_of(
        conn,
        pairings::Entity::find().filter(of_organisation(organisation)),
        &[
            pairings::Column::Id,
            pairings::Column::DonorOrganisationId,
            pairings::Column::PatientOrganisationId,
            pairings::Column::TransplantCentreId,
        ],
    )
    .await?;
    let org = organisation.as_uuid();
    Ok(rows
        .into_iter()
        .map(|(pairing, donor, patient, centre)| PairingSides {
            pairing,
            donor_side: donor == org,
            patient_side: patient == Some(org) || centre == Some(org),
        })
        .collect())
}

/// Every letter of those pairings that was ever submitted (drafts are the writer's own).
pub async fn letters_of(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<LetterFacts>, StoreError> {
    let rows: Vec<LetterRow> = super::columns_of(
        conn,
        letters::Entity::find()
            .filter(letters::Column::PairingId.in_subquery(pairing_ids(organisation)))
            .filter(letters::Column::SubmittedAt.is_not_null()),
        &[
            letters::Column::Id,
            letters::Column::PairingId,
            letters::Column::WriterSide,
            letters::Column::Status,
            letters::Column::Kind,
            letters::Column::SubmittedAt,
        ],
    )
    .await?;
    rows.into_iter()
        .map(|(id, pairing, side, status, kind, submitted_at)| {
            Ok(LetterFacts {
                id,
                pairing,
                writer_side: side_named("letters", id, &side)?,
                status: status.parse().map_err(|e| StoreError::corrupt("letters", id, e))?,
                health_update: kind == "health_update",
                submitted_at,
            })
        })
        .collect()
}

/// Every review decision on those letters, with the categories of its redactions (their offsets and the
/// reviewer's note are not read).
pub async fn reviews_of(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<ReviewFacts>, StoreError> {
    #[derive(serde::Deserialize)]
    struct Marked {
        category: String,
    }
    let rows: Vec<ReviewRow> = super::columns_of(
        conn,
        letter_reviews::Entity::find().filter(letter_reviews::Column::LetterId.in_subquery(letter_ids(organisation))),
        &[
            letter_reviews::Column::Id,
            letter_reviews::Column::LetterId,
            letter_reviews::Column::Side,
            letter_reviews::Column::Reviewer,
            letter_reviews::Column::Decision,
            letter_reviews::Column::Redactions,
            letter_reviews::Column::CreatedAt,
        ],
    )
    .await?;
    rows.into_iter()
        .map(|(id, letter, side, reviewer, decision, redactions, at)| {
            let marked: Vec<Marked> = serde_json::from_str(&redactions)
                .map_err(|_| StoreError::corrupt("letter_reviews", id, "redactions are not JSON"))?;
            Ok(ReviewFacts {
                letter,
                side: side_named("letter_reviews", id, &side)?,
                by_hand: !reviewer.is_nil(),
                decision: decision.parse().map_err(|e| StoreError::corrupt("letter_reviews", id, e))?,
                categories: marked.into_iter().map(|m| m.category).collect(),
                at,
            })
        })
        .collect()
}

/// The status and request time of each identity release request in those pairings.
pub async fn releases_of(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<(String, DateTime<Utc>)>, StoreError> {
    super::columns_of(
        conn,
        release_requests::Entity::find()
            .filter(release_requests::Column::PairingId.in_subquery(pairing_ids(organisation))),
        &[release_requests::Column::Status, release_requests::Column::CreatedAt],
    )
    .await
}

/// The status, proposal time and agreed day of each meeting in those pairings.
pub async fn meetings_of(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<(String, DateTime<Utc>, Option<NaiveDate>)>, StoreError> {
    super::columns_of(
        conn,
        meetings::Entity::find().filter(meetings::Column::PairingId.in_subquery(pairing_ids(organisation))),
        &[meetings::Column::Status, meetings::Column::CreatedAt, meetings::Column::MeetingDate],
    )
    .await
}

/// The questions put to `organisation`, with when staff first answered each.
pub async fn questions_of(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<QuestionFacts>, StoreError> {
    let asked: Vec<(uuid::Uuid, String, DateTime<Utc>)> = super::columns_of(
        conn,
        questions::Entity::find().filter(questions::Column::OrganisationId.eq(organisation.as_uuid())),
        &[questions::Column::Id, questions::Column::Status, questions::Column::CreatedAt],
    )
    .await?;
    let own_questions = questions::Entity::find()
        .select_only()
        .column(questions::Column::Id)
        .filter(questions::Column::OrganisationId.eq(organisation.as_uuid()))
        .into_query();
    let answers: Vec<(uuid::Uuid, DateTime<Utc>)> = super::columns_of(
        conn,
        question_messages::Entity::find()
            .filter(question_messages::Column::ByStaff.eq(true))
            .filter(question_messages::Column::QuestionId.in_subquery(own_questions)),
        &[question_messages::Column::QuestionId, question_messages::Column::CreatedAt],
    )
    .await?;
    let mut first_answer = std::collections::HashMap::<uuid::Uuid, DateTime<Utc>>::new();
    for (question, at) in answers {
        first_answer.entry(question).and_modify(|first| *first = (*first).min(at)).or_insert(at);
    }
    Ok(asked
        .into_iter()
        .map(|(id, status, asked_at)| QuestionFacts {
            status,
            asked_at,
            first_answer_at: first_answer.get(&id).copied(),
        })
        .collect())
}
