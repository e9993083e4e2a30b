//! Key rotation: every encrypted field is decrypted and encrypted again with the newest key of the ring,
//! and blind indexes are recomputed with it, in one write transaction. The ring keeps the older keys, so
//! a rotation that stops half-way leaves every row readable.

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::Email;

use crate::StoreError;
use crate::entities::{
    accounts, consent_forms, donor_registrations, letter_attachments, letter_reviews, letter_translations, letters,
    meetings, outbox, question_messages, questions, webhooks,
};

/// How many rows were re-encrypted, per table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rotated {
    /// Persons.
    pub persons: usize,
    /// Accounts.
    pub accounts: usize,
    /// Outbox messages.
    pub outbox: usize,
    /// Letters and reviews.
    pub letters: usize,
}

fn reseal(keys: &KeyRing, table: &str, column: &str, row: &[u8], value: &[u8]) -> Result<Vec<u8>, StoreError> {
    let place = FieldPlace { table, column, row };
    let plain = keys.decrypt(place, value)?;
    Ok(keys.encrypt(place, &plain))
}

fn reseal_opt(
    keys: &KeyRing,
    table: &str,
    column: &str,
    row: &[u8],
    value: Option<&Vec<u8>>,
) -> Result<Option<Vec<u8>>, StoreError> {
    value.map(|v| reseal(keys, table, column, row, v)).transpose()
}

fn email_of(
    keys: &KeyRing,
    table: &'static str,
    column: &str,
    row: &[u8],
    value: &[u8],
    id: uuid::Uuid,
) -> Result<Email, StoreError> {
    let plain = keys.decrypt(FieldPlace { table, column, row }, value)?;
    let text = String::from_utf8(plain).map_err(|_| StoreError::corrupt(table, id, "e-mail not UTF-8"))?;
    Email::parse(&text).map_err(|e| StoreError::corrupt(table, id, e))
}

/// Re-encrypts every identity field with the newest key of `keys` and recomputes the blind indexes.
pub async fn reencrypt_all(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Rotated, StoreError> {
    let mut done = Rotated { persons: super::persons::rewrap_all(conn, keys, now).await?, ..Rotated::default() };
    for m in accounts::Entity::find().all(conn).await? {
        let row = *m.id.as_bytes();
        let t = "accounts";
        let email = email_of(keys, t, "email", &row, &m.email, m.id)?;
        let updated = accounts::ActiveModel {
            id: Set(m.id),
            email_index: Set(super::accounts::email_index(keys, &email)),
            email: Set(reseal(keys, t, "email", &row, &m.email)?),
            display_name: Set(reseal_opt(keys, t, "display_name", &row, m.display_name.as_ref())?),
            totp_secret: Set(reseal_opt(keys, t, "totp_secret", &row, m.totp_secret.as_ref())?),
            notification_email: Set(reseal_opt(keys, t, "notification_email", &row, m.notification_email.as_ref())?),
            ..Default::default()
        };
        updated.update(conn).await?;
        done.accounts += 1;
    }
    for m in outbox::Entity::find().all(conn).await? {
        let updated = outbox::ActiveModel {
            id: Set(m.id),
            recipient: Set(reseal(keys, "outbox", "recipient", m.id.as_bytes(), &m.recipient)?),
            payload: Set(super::outbox::reseal_payload(keys, m.id, &m.payload)?),
            ..Default::default()
        };
        updated.update(conn).await?;
        done.outbox += 1;
    }
    for m in letters::Entity::find().all(conn).await? {
        let updated = letters::ActiveModel {
            id: Set(m.id),
            body: Set(reseal(keys, "letters", "body", m.id.as_bytes(), &m.body)?),
            ..Default::default()
        };
        updated.update(conn).await?;
        done.letters += 1;
    }
    for m in letter_reviews::Entity::find().all(conn).await? {
        let row = *m.id.as_bytes();
        let updated = letter_reviews::ActiveModel {
            id: Set(m.id),
            note: Set(reseal_opt(keys, "letter_reviews", "note", &row, m.note.as_ref())?),
            approved_text: Set(reseal_opt(keys, "letter_reviews", "approved_text", &row, m.approved_text.as_ref())?),
            ..Default::default()
        };
        updated.update(conn).await?;
    }
    for m in letter_translations::Entity::find().all(conn).await? {
        let updated = letter_translations::ActiveModel {
            id: Set(m.id),
            body: Set(reseal(keys, "letter_translations", "body", m.id.as_bytes(), &m.body)?),
            approved_body: Set(reseal_opt(
                keys,
                "letter_translations",
                "approved_body",
                m.id.as_bytes(),
                m.approved_body.as_ref(),
            )?),
            ..Default::default()
        };
        updated.update(conn).await?;
    }
    // Pictures are large: one at a time rather than all in memory.
    let ids: Vec<uuid::Uuid> =
        super::columns_of(conn, letter_attachments::Entity::find(), &[letter_attachments::Column::Id]).await?;
    for id in ids {
        let Some(m) = letter_attachments::Entity::find_by_id(id).one(conn).await? else { continue };
        let updated = letter_attachments::ActiveModel {
            id: Set(m.id),
            data: Set(reseal(keys, "letter_attachments", "data", m.id.as_bytes(), &m.data)?),
            ..Default::default()
        };
        updated.update(conn).await?;
    }
    for m in meetings::Entity::find().all(conn).await? {
        let row = *m.id.as_bytes();
        let updated = meetings::ActiveModel {
            id: Set(m.id),
            note: Set(reseal(keys, "meetings", "note", &row, &m.note)?),
            place: Set(reseal_opt(keys, "meetings", "place", &row, m.place.as_ref())?),
            ..Default::default()
        };
        updated.update(conn).await?;
    }
    let ids: Vec<uuid::Uuid> =
        super::columns_of(conn, consent_forms::Entity::find(), &[consent_forms::Column::Id]).await?;
    for id in ids {
        let Some(m) = consent_forms::Entity::find_by_id(id).one(conn).await? else { continue };
        let updated = consent_forms::ActiveModel {
            id: Set(m.id),
            data: Set(reseal(keys, "consent_forms", "data", m.id.as_bytes(), &m.data)?),
            ..Default::default()
        };
        updated.update(conn).await?;
    }
    for m in questions::Entity::find().all(conn).await? {
        let updated = questions::ActiveModel {
            id: Set(m.id),
            visitor_email: Set(reseal_opt(
                keys,
                "questions",
                "visitor_email",
                m.id.as_bytes(),
                m.visitor_email.as_ref(),
            )?),
            ..Default::default()
        };
        updated.update(conn).await?;
    }
    for m in question_messages::Entity::find().all(conn).await? {
        let updated = question_messages::ActiveModel {
            id: Set(m.id),
            body: Set(reseal(keys, "question_messages", "body", m.id.as_bytes(), &m.body)?),
            ..Default::default()
        };
        updated.update(conn).await?;
    }
    for m in webhooks::Entity::find().all(conn).await? {
        let updated = webhooks::ActiveModel {
            id: Set(m.id),
            secret: Set(reseal(keys, "webhooks", "secret", m.id.as_bytes(), &m.secret)?),
            ..Default::default()
        };
        updated.update(conn).await?;
    }
    for m in donor_registrations::Entity::find().all(conn).await? {
        let row = *m.id.as_bytes();
        let plain =
            keys.decrypt(FieldPlace { table: "donor_registrations", column: "identity", row: &row }, &m.identity)?;
        let registrant: super::registrations::Registrant =
            serde_json::from_slice(&plain).map_err(|e| StoreError::corrupt("donor_registrations", m.id, e))?;
        let email = Email::parse(&registrant.email).map_err(|e| StoreError::corrupt("donor_registrations", m.id, e))?;
        let updated = donor_registrations::ActiveModel {
            id: Set(m.id),
            identity: Set(
                keys.encrypt(FieldPlace { table: "donor_registrations", column: "identity", row: &row }, &plain)
            ),
            email_index: Set(super::registrations::email_index(keys, &email)),
            ..Default::default()
        };
        updated.update(conn).await?;
    }
    Ok(done)
}
