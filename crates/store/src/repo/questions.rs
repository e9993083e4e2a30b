//! Questions and their threads. A visitor's address and every message are sealed; a participant asks
//! through their account, whose address the accounts table keeps.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::question::QuestionStatus;
use twinbridge_domain::{AccountId, Email, OrganisationId, PairingId, QuestionId};

use crate::StoreError;
use crate::entities::{question_messages, questions};

/// A question, without its thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Random id.
    pub id: QuestionId,
    /// The organisation whose staff answer it: the asker's own.
    pub organisation: OrganisationId,
    /// The pairing it is about, if any.
    pub pairing: Option<PairingId>,
    /// The participant's account that asked (none for a visitor).
    pub asker: Option<AccountId>,
    /// A visitor's address (none for a participant).
    pub visitor_email: Option<Email>,
    /// The asker's language (for the e-mails about it).
    pub language: String,
    /// Where it stands.
    pub status: QuestionStatus,
    /// Raised by every step, so that of two steps taken on what was read at once only one goes through.
    pub version: i32,
    /// Asked.
    pub created_at: DateTime<Utc>,
    /// Last changed (the waiting time of an open question counts from here).
    pub updated_at: DateTime<Utc>,
}

/// A message of a thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Written by staff (else by the asker).
    pub by_staff: bool,
    /// The staff member or participant account that wrote it (none for a visitor).
    pub author: Option<AccountId>,
    /// The text.
    pub body: String,
    /// Written.
    pub created_at: DateTime<Utc>,
}

fn seal(keys: &KeyRing, table: &str, column: &str, row: uuid::Uuid, text: &str) -> Vec<u8> {
    keys.encrypt(FieldPlace { table, column, row: row.as_bytes() }, text.as_bytes())
}

fn open(keys: &KeyRing, table: &'static str, column: &str, row: uuid::Uuid, v: &[u8]) -> Result<String, StoreError> {
    let bytes = keys.decrypt(FieldPlace { table, column, row: row.as_bytes() }, v)?;
    String::from_utf8(bytes).map_err(|_| StoreError::corrupt(table, row, "text not UTF-8"))
}

fn to_domain(keys: &KeyRing, m: questions::Model) -> Result<Question, StoreError> {
    let bad = |e: twinbridge_domain::ParseError| StoreError::corrupt("questions", m.id, e);
    Ok(Question {
        id: QuestionId::from_uuid(m.id),
        organisation: OrganisationId::from_uuid(m.organisation_id),
        pairing: m.pairing_id.map(PairingId::from_uuid),
        asker: m.asker_account.map(AccountId::from_uuid),
        visitor_email: m
            .visitor_email
            .as_ref()
            .map(|v| open(keys, "questions", "visitor_email", m.id, v).and_then(|e| Email::parse(&e).map_err(bad)))
            .transpose()?,
        language: m.language,
        status: m.status.parse().map_err(bad)?,
        version: m.version,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

/// Stores a question with its first message; `token_hash` is a visitor's link (confirm, then read).
pub async fn insert(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    question: &Question,
    token_hash: Option<&[u8]>,
    body: &str,
) -> Result<(), StoreError> {
    let id = question.id.as_uuid();
    let row = questions::ActiveModel {
        id: Set(id),
        organisation_id: Set(question.organisation.as_uuid()),
        pairing_id: Set(question.pairing.map(|p| p.as_uuid())),
        asker_account: Set(question.asker.map(|a| a.as_uuid())),
        visitor_email: Set(question
            .visitor_email
            .as_ref()
            .map(|e| seal(keys, "questions", "visitor_email", id, e.as_str()))),
        language: Set(question.language.clone()),
        status: Set(question.status.as_str().to_owned()),
        version: Set(question.version),
        token_hash: Set(token_hash.map(<[u8]>::to_vec)),
        created_at: Set(question.created_at),
        updated_at: Set(question.updated_at),
    };
    questions::Entity::insert(row).exec_without_returning(conn).await?;
    let message =
        Message { by_staff: false, author: question.asker, body: body.to_owned(), created_at: question.created_at };
    add_message(conn, keys, question.id, question.version, &message).await
}

/// Adds a message to a thread at `position`: the question's version once the step that adds it is
/// taken (unique per question, as every such step raises it), which orders the thread.
pub async fn add_message(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    question: QuestionId,
    position: i32,
    message: &Message,
) -> Result<(), StoreError> {
    let id = uuid::Uuid::new_v4();
    let row = question_messages::ActiveModel {
        id: Set(id),
        question_id: Set(question.as_uuid()),
        position: Set(position),
        by_staff: Set(message.by_staff),
        author: Set(message.author.map(|a| a.as_uuid())),
        body: Set(seal(keys, "question_messages", "body", id, &message.body)),
        created_at: Set(message.created_at),
    };
    question_messages::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// One question.
pub async fn get(conn: &impl ConnectionTrait, keys: &KeyRing, id: QuestionId) -> Result<Option<Question>, StoreError> {
    questions::Entity::find_by_id(id.as_uuid()).one(conn).await?.map(|m| to_domain(keys, m)).transpose()
}

/// The question whose visitor link has this hash.
pub async fn by_token(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    token_hash: &[u8],
) -> Result<Option<Question>, StoreError> {
    questions::Entity::find()
        .filter(questions::Column::TokenHash.eq(token_hash.to_vec()))
        .one(conn)
        .await?
        .map(|m| to_domain(keys, m))
        .transpose()
}

/// The questions an organisation's staff see (confirmed ones), the longest waiting first.
pub async fn of_organisation(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    organisation: OrganisationId,
) -> Result<Vec<Question>, StoreError> {
    questions::Entity::find()
        .filter(questions::Column::OrganisationId.eq(organisation.as_uuid()))
        .filter(questions::Column::Status.ne(QuestionStatus::Unconfirmed.as_str()))
        .order_by_asc(questions::Column::UpdatedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| to_domain(keys, m))
        .collect()
}

/// The questions a participant asked, newest first.
pub async fn of_asker(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    account: AccountId,
) -> Result<Vec<Question>, StoreError> {
    questions::Entity::find()
        .filter(questions::Column::AskerAccount.eq(account.as_uuid()))
        .order_by_desc(questions::Column::CreatedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| to_domain(keys, m))
        .collect()
}

/// A thread, oldest first.
pub async fn messages(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    question: QuestionId,
) -> Result<Vec<Message>, StoreError> {
    question_messages::Entity::find()
        .filter(question_messages::Column::QuestionId.eq(question.as_uuid()))
        .order_by_asc(question_messages::Column::Position)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            Ok(Message {
                by_staff: m.by_staff,
                author: m.author.map(AccountId::from_uuid),
                body: open(keys, "question_messages", "body", m.id, &m.body)?,
                created_at: m.created_at,
            })
        })
        .collect()
}

/// Moves a question as read (`from`) on to `to`, but only if no other step came in between (its
/// version is still the one read); whether this call moved it.
pub async fn transition(
    conn: &impl ConnectionTrait,
    from: &Question,
    to: QuestionStatus,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let updated = questions::Entity::update_many()
        .col_expr(questions::Column::Status, Expr::value(to.as_str()))
        .col_expr(questions::Column::Version, Expr::value(from.version.saturating_add(1)))
        .col_expr(questions::Column::UpdatedAt, Expr::value(now))
        .filter(questions::Column::Id.eq(from.id.as_uuid()))
        .filter(questions::Column::Version.eq(from.version))
        .exec(conn)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Gives a visitor's question a new link (the older one stops working).
pub async fn set_token(conn: &impl ConnectionTrait, id: QuestionId, token_hash: &[u8]) -> Result<(), StoreError> {
    questions::Entity::update_many()
        .col_expr(questions::Column::TokenHash, Expr::value(token_hash.to_vec()))
        .filter(questions::Column::Id.eq(id.as_uuid()))
        .exec(conn)
        .await?;
    Ok(())
}

/// Empties the text of every message `author` wrote (erasure); returns how many.
pub async fn erase_messages_by(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    author: AccountId,
) -> Result<usize, StoreError> {
    let rows = question_messages::Entity::find()
        .filter(question_messages::Column::Author.eq(author.as_uuid()))
        .filter(question_messages::Column::ByStaff.eq(false))
        .all(conn)
        .await?;
    for m in &rows {
        question_messages::Entity::update_many()
            .col_expr(question_messages::Column::Body, Expr::value(seal(keys, "question_messages", "body", m.id, "")))
            .filter(question_messages::Column::Id.eq(m.id))
            .exec(conn)
            .await?;
    }
    Ok(rows.len())
}
