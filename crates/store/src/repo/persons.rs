//! The identity vault. Every identity field is encrypted before it is written, bound to its row and column,
//! with the person's own data key, which is kept wrapped by the key ring in `person_keys` (crypto-shredding:
//! [`erase`] deletes that key, and every copy of the fields becomes unreadable). The e-mail address is also
//! kept as a blind index for look-ups.
//!
//! Reading a person decrypts it, and needs an [`IdentityAccess`]: a decision of the authorization rules
//! (`twinbridge_domain::access`) that the reader may see these fields. The callers audit the read. An erased
//! person reads as missing.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use twinbridge_crypto::{DataKey, FieldPlace, KeyRing};
use twinbridge_domain::access::{Field, IdentityAccess};
use twinbridge_domain::person::{DateOfBirth, Disclosed, IdentityText, Phone, Sex};
use twinbridge_domain::{CountryCode, Email, Language, OrganisationId, Person, PersonId, PersonName};

use crate::StoreError;
use crate::entities::person_keys;
use crate::entities::persons::{ActiveModel, Column, Entity, Model};

const TABLE: &str = "persons";
const EMAIL_INDEX: &str = "email";

/// The blind index of an e-mail address, as stored in `persons.email_index`.
pub fn email_index(keys: &KeyRing, email: &Email) -> Vec<u8> {
    keys.blind_index(EMAIL_INDEX, &email.normalised()).to_vec()
}

fn key_place(row: &[u8; 16]) -> FieldPlace<'_> {
    FieldPlace { table: "person_keys", column: "data_key", row }
}

/// Seals and opens one person's fields. Fields written before data keys existed were sealed with the key
/// ring itself; they still open (and [`seal_with_own_keys`] moves them to the person's key).
struct Sealer<'a> {
    keys: &'a KeyRing,
    data_key: Option<DataKey>,
    row: [u8; 16],
}

impl Sealer<'_> {
    fn place<'c>(&'c self, column: &'c str) -> FieldPlace<'c> {
        FieldPlace { table: TABLE, column, row: &self.row }
    }

    fn seal(&self, column: &str, value: &str) -> Vec<u8> {
        match &self.data_key {
            Some(key) => key.encrypt(self.place(column), value.as_bytes()),
            None => unreachable!("a person's fields are only sealed once their data key is loaded"),
        }
    }

    fn open(&self, column: &str, stored: &[u8]) -> Result<String, StoreError> {
        let bytes = match (&self.data_key, DataKey::sealed(stored)) {
            (Some(key), true) => key.decrypt(self.place(column), stored)?,
            (None, true) => {
                return Err(StoreError::corrupt(TABLE, uuid::Uuid::from_bytes(self.row), "data key missing"));
            }
            (_, false) => self.keys.decrypt(self.place(column), stored)?,
        };
        String::from_utf8(bytes).map_err(|_| StoreError::corrupt(TABLE, uuid::Uuid::from_bytes(self.row), "not UTF-8"))
    }

    fn open_opt(&self, column: &str, stored: Option<&Vec<u8>>) -> Result<Option<String>, StoreError> {
        stored.map(|s| self.open(column, s)).transpose()
    }
}

/// The data key of a person, unwrapped (`None` when the person has none: erased, or written before keys).
async fn data_key(conn: &impl ConnectionTrait, keys: &KeyRing, row: [u8; 16]) -> Result<Option<DataKey>, StoreError> {
    let Some(m) = person_keys::Entity::find_by_id(uuid::Uuid::from_bytes(row)).one(conn).await? else {
        return Ok(None);
    };
    Ok(Some(DataKey::unwrap(keys, key_place(&row), &m.data_key)?))
}

/// Stores a person's data key, wrapped.
async fn store_data_key(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    key: &DataKey,
    row: [u8; 16],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let stored = person_keys::ActiveModel {
        person_id: Set(uuid::Uuid::from_bytes(row)),
        data_key: Set(key.wrap(keys, key_place(&row))),
        created_at: Set(now),
    };
    person_keys::Entity::insert(stored).exec_without_returning(conn).await?;
    Ok(())
}

/// A sealer for an existing person: their data key, made now if they have none yet.
async fn sealer_for<'a>(
    conn: &impl ConnectionTrait,
    keys: &'a KeyRing,
    row: [u8; 16],
    now: DateTime<Utc>,
) -> Result<Sealer<'a>, StoreError> {
    let data_key = match data_key(conn, keys, row).await? {
        Some(key) => key,
        None => {
            let key = DataKey::generate();
            store_data_key(conn, keys, &key, row, now).await?;
            key
        }
    };
    Ok(Sealer { keys, data_key: Some(data_key), row })
}

/// Stores a new person of `organisation` (the organisation whose staff may see them).
pub async fn insert(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    person: &Person,
    organisation: OrganisationId,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row_id = person.id.as_uuid().into_bytes();
    let sealer = Sealer { keys, data_key: Some(DataKey::generate()), row: row_id };
    let mut row = sealed_fields(&sealer, person, keys)?;
    row.organisation_id = Set(organisation.as_uuid());
    row.language = Set(person.language.as_str().to_owned());
    row.created_at = Set(now);
    row.erased_at = Set(None);
    Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("e-mail address"))?;
    if let Some(key) = &sealer.data_key {
        store_data_key(conn, keys, key, row_id, now).await?;
    }
    Ok(())
}

/// Every identity column of `person`, sealed, with the blind index of the address.
fn sealed_fields(sealer: &Sealer<'_>, person: &Person, keys: &KeyRing) -> Result<ActiveModel, StoreError> {
    let others: Vec<&str> = person.other_identifiers.iter().map(IdentityText::as_str).collect();
    let others_json = serde_json::to_string(&others).map_err(|e| StoreError::corrupt(TABLE, person.id, e))?;
    Ok(ActiveModel {
        id: Set(person.id.as_uuid()),
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
        sex: Set(person.sex.map(|x| sealer.seal("sex", x.as_str()))),
        ..Default::default()
    })
}

/// The stored row of a person who is not erased, with the sealer that opens it.
async fn live_row<'a>(
    conn: &impl ConnectionTrait,
    keys: &'a KeyRing,
    id: PersonId,
) -> Result<Option<(Model, Sealer<'a>)>, StoreError> {
    let Some(m) = Entity::find_by_id(id.as_uuid()).one(conn).await? else { return Ok(None) };
    if m.erased_at.is_some() {
        return Ok(None);
    }
    let row = m.id.into_bytes();
    let sealer = Sealer { keys, data_key: data_key(conn, keys, row).await?, row };
    Ok(Some((m, sealer)))
}

fn to_domain(sealer: &Sealer<'_>, m: &Model) -> Result<(Person, OrganisationId), StoreError> {
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
    live_row(conn, keys, access.person()).await?.map(|(m, sealer)| to_domain(&sealer, &m)).transpose()
}

/// Of a person, only the fields `access` allows, decrypting nothing else (the first name needs the legal
/// name when no preferred one is kept; only its first word leaves this function).
pub async fn read_allowed(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    access: &IdentityAccess,
) -> Result<Option<Disclosed>, StoreError> {
    let Some((m, sealer)) = live_row(conn, keys, access.person()).await? else { return Ok(None) };
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

/// Replaces a person's e-mail address (and its blind index); `false` when the person is erased or missing.
/// An address another person has gives [`StoreError::Duplicate`].
pub async fn set_email(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: PersonId,
    email: &Email,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    if erased(conn, id).await? != Some(false) {
        return Ok(false);
    }
    let sealer = sealer_for(conn, keys, id.as_uuid().into_bytes(), now).await?;
    let row = ActiveModel {
        id: Set(id.as_uuid()),
        email_index: Set(email_index(keys, email)),
        email: Set(sealer.seal("email", email.as_str())),
        ..Default::default()
    };
    row.update(conn).await.map_err(super::duplicate_as("e-mail address"))?;
    Ok(true)
}

/// The person with this e-mail address, found through the blind index (nothing is decrypted). Erased
/// persons have no address.
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

/// Erases a person (crypto-shredding): deletes their data key and overwrites every identity field, keeping
/// the row's id (pairings and letters point at it), organisation and language. Returns `false` when the
/// person was already erased or does not exist; two erasures at once decide once (conditional update).
pub async fn erase(conn: &impl ConnectionTrait, id: PersonId, now: DateTime<Utc>) -> Result<bool, StoreError> {
    // A random blind index keeps the column unique and matches no address.
    let mut tombstone_index = [0u8; 16];
    rand::fill(&mut tombstone_index);
    let none: Option<Vec<u8>> = None;
    let done = Entity::update_many()
        .col_expr(Column::ErasedAt, Expr::value(now))
        .col_expr(Column::EmailIndex, Expr::value(tombstone_index.to_vec()))
        .col_expr(Column::LegalName, Expr::value(Vec::<u8>::new()))
        .col_expr(Column::Email, Expr::value(Vec::<u8>::new()))
        .col_expr(Column::Country, Expr::value(Vec::<u8>::new()))
        .col_expr(Column::PreferredFirstName, Expr::value(none.clone()))
        .col_expr(Column::Phone, Expr::value(none.clone()))
        .col_expr(Column::PostalAddress, Expr::value(none.clone()))
        .col_expr(Column::Town, Expr::value(none.clone()))
        .col_expr(Column::DateOfBirth, Expr::value(none.clone()))
        .col_expr(Column::OtherIdentifiers, Expr::value(none.clone()))
        .col_expr(Column::Sex, Expr::value(none))
        .filter(Column::Id.eq(id.as_uuid()))
        .filter(Column::ErasedAt.is_null())
        .exec(conn)
        .await?;
    if done.rows_affected == 0 {
        return Ok(false);
    }
    person_keys::Entity::delete_by_id(id.as_uuid()).exec(conn).await?;
    Ok(true)
}

/// Whether a person was erased (`None`: no such person).
pub async fn erased(conn: &impl ConnectionTrait, id: PersonId) -> Result<Option<bool>, StoreError> {
    Ok(Entity::find_by_id(id.as_uuid()).one(conn).await?.map(|m| m.erased_at.is_some()))
}

/// Persons who are not erased but have no data key of their own: rows written before data keys existed.
pub async fn without_own_key(conn: &impl ConnectionTrait) -> Result<Vec<PersonId>, StoreError> {
    // Run on every start: two counts settle the usual case (every live person has a key; an erased one has
    // none) without reading every id.
    let keys = person_keys::Entity::find().count(conn).await?;
    let live = Entity::find().filter(Column::ErasedAt.is_null()).count(conn).await?;
    if keys == live {
        return Ok(Vec::new());
    }
    let with_keys: Vec<uuid::Uuid> =
        super::columns_of(conn, person_keys::Entity::find(), &[person_keys::Column::PersonId]).await?;
    let with_keys: std::collections::HashSet<uuid::Uuid> = with_keys.into_iter().collect();
    let live: Vec<uuid::Uuid> =
        super::columns_of(conn, Entity::find().filter(Column::ErasedAt.is_null()), &[Column::Id]).await?;
    Ok(live.into_iter().filter(|id| !with_keys.contains(id)).map(PersonId::from_uuid).collect())
}

/// Moves the fields of `people` (see [`without_own_key`]) from the key ring to a data key of their own, so
/// that erasing them is final.
pub async fn seal_with_own_keys(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    people: &[PersonId],
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    let mut moved = 0;
    for &id in people {
        let Some(m) = Entity::find_by_id(id.as_uuid()).one(conn).await? else { continue };
        if m.erased_at.is_some() {
            continue;
        }
        let sealer = sealer_for(conn, keys, m.id.into_bytes(), now).await?;
        let (person, _) = to_domain(&sealer, &m)?;
        sealed_fields(&sealer, &person, keys)?.update(conn).await?;
        moved += 1;
    }
    Ok(moved)
}

/// Re-wraps every data key with the newest key of the ring (key rotation), and recomputes the blind
/// indexes with it. Returns how many persons were rotated.
pub async fn rewrap_all(conn: &impl ConnectionTrait, keys: &KeyRing, now: DateTime<Utc>) -> Result<usize, StoreError> {
    seal_with_own_keys(conn, keys, &without_own_key(conn).await?, now).await?;
    let mut done = 0;
    for k in person_keys::Entity::find().all(conn).await? {
        let row = k.person_id.into_bytes();
        let key = DataKey::unwrap(keys, key_place(&row), &k.data_key)?;
        let rewrapped = person_keys::ActiveModel {
            person_id: Set(k.person_id),
            data_key: Set(key.wrap(keys, key_place(&row))),
            ..Default::default()
        };
        rewrapped.update(conn).await?;
        let Some(m) = Entity::find_by_id(k.person_id).one(conn).await?.filter(|m| m.erased_at.is_none()) else {
            continue;
        };
        // The key just unwrapped opens the address: no second read of it.
        let sealer = Sealer { keys, data_key: Some(key), row };
        let email = Email::parse(&sealer.open("email", &m.email)?).map_err(|e| StoreError::corrupt(TABLE, m.id, e))?;
        ActiveModel { id: Set(m.id), email_index: Set(email_index(keys, &email)), ..Default::default() }
            .update(conn)
            .await?;
        done += 1;
    }
    Ok(done)
}

/// The persons of an organisation who are not erased.
pub async fn live_of_organisation(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<PersonId>, StoreError> {
    let ids: Vec<uuid::Uuid> = super::columns_of(
        conn,
        Entity::find().filter(Column::OrganisationId.eq(organisation.as_uuid())).filter(Column::ErasedAt.is_null()),
        &[Column::Id],
    )
    .await?;
    Ok(ids.into_iter().map(PersonId::from_uuid).collect())
}
