//! The identity vault. Every identity field is encrypted with the key ring before it is written, bound to
//! its row and column; the e-mail address is also kept as a blind index for look-ups.
//!
//! Reading a person decrypts it, and needs an [`IdentityAccess`]: a decision of the authorization rules
//! (`twinbridge_domain::access`) that the reader may see these fields. The callers audit the read.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::access::{Field, IdentityAccess};
use twinbridge_domain::person::{DateOfBirth, Disclosed, IdentityText, Phone, Sex};
use twinbridge_domain::{CountryCode, Email, Language, OrganisationId, Person, PersonId, PersonName};

use crate::StoreError;
use crate::entities::persons::{ActiveModel, Column, Entity, Model};

const TABLE: &str = "persons";
const EMAIL_INDEX: &str = "email";

/// The blind index of an e-mail address, as stored in `persons.email_index`.
pub fn email_index(keys: &KeyRing, email: &Email) -> Vec<u8> {
    keys.blind_index(EMAIL_INDEX, &email.normalised()).to_vec()
}

struct Sealer<'a> {
    keys: &'a KeyRing,
    row: [u8; 16],
}

impl Sealer<'_> {
    fn seal(&self, column: &str, value: &str) -> Vec<u8> {
        self.keys.encrypt(FieldPlace { table: TABLE, column, row: &self.row }, value.as_bytes())
    }

    fn open(&self, column: &str, stored: &[u8]) -> Result<String, StoreError> {
        let bytes = self.keys.decrypt(FieldPlace { table: TABLE, column, row: &self.row }, stored)?;
        String::from_utf8(bytes).map_err(|_| StoreError::corrupt(TABLE, uuid::Uuid::from_bytes(self.row), "not UTF-8"))
    }

    fn open_opt(&self, column: &str, stored: Option<&Vec<u8>>) -> Result<Option<String>, StoreError> {
        stored.map(|s| self.open(column, s)).transpose()
    }
}

/// Stores a new person of `organisation` (the organisation whose staff may see them).
pub async fn insert(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    person: &Person,
    organisation: OrganisationId,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let sealer = Sealer { keys, row: person.id.as_uuid().into_bytes() };
    let others: Vec<&str> = person.other_identifiers.iter().map(IdentityText::as_str).collect();
    let others_json = serde_json::to_string(&others).map_err(|e| StoreError::corrupt(TABLE, person.id, e))?;
    let row = ActiveModel {
        id: Set(person.id.as_uuid()),
        organisation_id: Set(organisation.as_uuid()),
        email_index: Set(email_index(keys, &person.email)),
        legal_name: Set(sealer.seal("legal_name", person.legal_name.as_str())),
        preferred_first_name: Set(person
            .preferred_first_name
            .as_ref()
            .map(|n| sealer.seal("preferred_first_name", n.as_str()))),
        email: Set(sealer.seal("email", person.email.as_str())),
        phone: Set(person.phone.as_ref().map(|p| sealer.seal("phone", p.as_str()))),
        postal_address: Set(person.postal_address.as_ref().map(|a| sealer.seal("postal_address", a.as_str()))),
        town: Set(person.town.as_ref().map(|t| sealer.seal("town", t.as_str()))),
        country: Set(sealer.seal("country", person.country.as_str())),
        date_of_birth: Set(person.date_of_birth.map(|d| sealer.seal("date_of_birth", &d.date().to_string()))),
        other_identifiers: Set((!others.is_empty()).then(|| sealer.seal("other_identifiers", &others_json))),
        language: Set(person.language.as_str().to_owned()),
        sex: Set(person.sex.map(|x| sealer.seal("sex", x.as_str()))),
        created_at: Set(now),
    };
    Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("e-mail address"))?;
    Ok(())
}

fn to_domain(keys: &KeyRing, m: &Model) -> Result<(Person, OrganisationId), StoreError> {
    let sealer = Sealer { keys, row: m.id.into_bytes() };
    let bad = |why: twinbridge_domain::ParseError| StoreError::corrupt(TABLE, m.id, why);
    let others: Vec<String> = match sealer.open_opt("other_identifiers", m.other_identifiers.as_ref())? {
        Some(json) => serde_json::from_str(&json).map_err(|e| StoreError::corrupt(TABLE, m.id, e))?,
        None => Vec::new(),
    };
    let date_of_birth = sealer
        .open_opt("date_of_birth", m.date_of_birth.as_ref())?
        .map(|s| s.parse::<NaiveDate>().map(DateOfBirth::from_stored).map_err(|e| StoreError::corrupt(TABLE, m.id, e)))
        .transpose()?;
    let person = Person {
        id: PersonId::from_uuid(m.id),
        legal_name: PersonName::parse(&sealer.open("legal_name", &m.legal_name)?).map_err(bad)?,
        preferred_first_name: sealer
            .open_opt("preferred_first_name", m.preferred_first_name.as_ref())?
            .map(|s| PersonName::parse(&s))
            .transpose()
            .map_err(bad)?,
        email: Email::parse(&sealer.open("email", &m.email)?).map_err(bad)?,
        phone: sealer.open_opt("phone", m.phone.as_ref())?.map(|s| Phone::parse(&s)).transpose().map_err(bad)?,
        postal_address: sealer
            .open_opt("postal_address", m.postal_address.as_ref())?
            .map(|s| IdentityText::parse(&s))
            .transpose()
            .map_err(bad)?,
        town: sealer.open_opt("town", m.town.as_ref())?.map(|s| PersonName::parse(&s)).transpose().map_err(bad)?,
        country: CountryCode::parse(&sealer.open("country", &m.country)?).map_err(bad)?,
        date_of_birth,
        language: Language::parse(&m.language).map_err(bad)?,
        sex: sealer.open_opt("sex", m.sex.as_ref())?.map(|s| s.parse::<Sex>()).transpose().map_err(bad)?,
        other_identifiers: others.iter().map(|s| IdentityText::parse(s)).collect::<Result<_, _>>().map_err(bad)?,
    };
    Ok((person, OrganisationId::from_uuid(m.organisation_id)))
}

/// A person and the organisation they belong to; `access` must cover every field (a partial read is
/// [`read_allowed`]).
pub async fn read(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    access: &IdentityAccess,
) -> Result<Option<(Person, OrganisationId)>, StoreError> {
    if !Field::ALL.into_iter().all(|f| access.allows(f)) {
        return Err(StoreError::corrupt(TABLE, access.person(), "a partial identity read is not supported"));
    }
    Entity::find_by_id(access.person().as_uuid()).one(conn).await?.map(|m| to_domain(keys, &m)).transpose()
}

/// Of a person, only the fields `access` allows, decrypting nothing else (the first name needs the legal
/// name when no preferred one is kept; only its first word leaves this function).
pub async fn read_allowed(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    access: &IdentityAccess,
) -> Result<Option<Disclosed>, StoreError> {
    let Some(m) = Entity::find_by_id(access.person().as_uuid()).one(conn).await? else { return Ok(None) };
    let sealer = Sealer { keys, row: m.id.into_bytes() };
    let bad = |why: twinbridge_domain::ParseError| StoreError::corrupt(TABLE, m.id, why);
    let mut out = Disclosed::default();
    if access.allows(Field::LegalName) || access.allows(Field::FirstName) {
        let legal = PersonName::parse(&sealer.open("legal_name", &m.legal_name)?).map_err(bad)?;
        if access.allows(Field::FirstName) {
            let preferred = sealer.open_opt("preferred_first_name", m.preferred_first_name.as_ref())?;
            out.first_name = Some(preferred.unwrap_or_else(|| legal.first_word().to_owned()));
        }
        if access.allows(Field::LegalName) {
            out.full_name = Some(legal.as_str().to_owned());
        }
    }
    if access.allows(Field::Email) {
        out.email = Some(sealer.open("email", &m.email)?);
    }
    if access.allows(Field::Phone) {
        out.phone = sealer.open_opt("phone", m.phone.as_ref())?;
    }
    if access.allows(Field::PostalAddress) {
        out.postal_address = sealer.open_opt("postal_address", m.postal_address.as_ref())?;
    }
    if access.allows(Field::Town) {
        out.town = sealer.open_opt("town", m.town.as_ref())?;
    }
    if access.allows(Field::Country) {
        out.country = Some(CountryCode::parse(&sealer.open("country", &m.country)?).map_err(bad)?);
    }
    if access.allows(Field::Sex) {
        out.sex = sealer.open_opt("sex", m.sex.as_ref())?.map(|s| s.parse::<Sex>()).transpose().map_err(bad)?;
    }
    if access.allows(Field::DateOfBirth) {
        out.date_of_birth = sealer
            .open_opt("date_of_birth", m.date_of_birth.as_ref())?
            .map(|s| s.parse::<NaiveDate>().map_err(|e| StoreError::corrupt(TABLE, m.id, e)))
            .transpose()?;
    }
    Ok(Some(out))
}

/// Replaces a person's e-mail address (and its blind index). An address another person has gives
/// [`StoreError::Duplicate`].
pub async fn set_email(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: PersonId,
    email: &Email,
) -> Result<(), StoreError> {
    let sealer = Sealer { keys, row: id.as_uuid().into_bytes() };
    let row = ActiveModel {
        id: Set(id.as_uuid()),
        email_index: Set(email_index(keys, email)),
        email: Set(sealer.seal("email", email.as_str())),
        ..Default::default()
    };
    sea_orm::ActiveModelTrait::update(row, conn).await.map_err(super::duplicate_as("e-mail address"))?;
    Ok(())
}

/// The person with this e-mail address, found through the blind index (nothing is decrypted).
pub async fn find_id_by_email(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    email: &Email,
) -> Result<Option<PersonId>, StoreError> {
    Ok(Entity::find()
        .filter(Column::EmailIndex.eq(email_index(keys, email)))
        .one(conn)
        .await?
        .map(|m| PersonId::from_uuid(m.id)))
}

/// The organisation a person belongs to, without decrypting anything.
pub async fn organisation_of(conn: &impl ConnectionTrait, id: PersonId) -> Result<Option<OrganisationId>, StoreError> {
    Ok(Entity::find_by_id(id.as_uuid()).one(conn).await?.map(|m| OrganisationId::from_uuid(m.organisation_id)))
}

/// The language a person reads (not identifying; stored in clear).
pub async fn language_of(conn: &impl ConnectionTrait, id: PersonId) -> Result<Option<String>, StoreError> {
    Ok(Entity::find_by_id(id.as_uuid()).one(conn).await?.map(|m| m.language))
}
