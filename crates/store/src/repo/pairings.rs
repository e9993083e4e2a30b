//! Pairings and their participants.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use twinbridge_domain::{
    CountryCode, OrganisationId, Pairing, PairingId, PairingReference, Participant, ParticipantId, PersonId, Role,
};

use crate::StoreError;
use crate::entities::{pairings, participants};

fn to_domain(m: pairings::Model) -> Result<Pairing, StoreError> {
    Ok(Pairing {
        id: PairingId::from_uuid(m.id),
        reference: PairingReference::parse(&m.reference).map_err(|e| StoreError::corrupt("pairings", m.id, e))?,
        donor_organisation: OrganisationId::from_uuid(m.donor_organisation_id),
        patient_organisation: m.patient_organisation_id.map(OrganisationId::from_uuid),
        transplant_centre: m.transplant_centre_id.map(OrganisationId::from_uuid),
        transplant_date: m.transplant_date,
        created_at: m.created_at,
        external_reference: m.external_reference,
        donor_residence: residence(m.donor_residence.as_deref(), m.id)?,
        patient_residence: residence(m.patient_residence.as_deref(), m.id)?,
        closed_at: m.closed_at,
    })
}

fn residence(code: Option<&str>, id: sea_orm::prelude::Uuid) -> Result<Option<CountryCode>, StoreError> {
    code.map(|c| CountryCode::parse(c).map_err(|e| StoreError::corrupt("pairings", id, e))).transpose()
}

/// Stores a new pairing. A reference that already exists gives [`StoreError::Duplicate`]: draw a new one.
pub async fn insert(conn: &impl ConnectionTrait, pairing: &Pairing) -> Result<(), StoreError> {
    let row = pairings::ActiveModel {
        id: Set(pairing.id.as_uuid()),
        reference: Set(pairing.reference.as_str().to_owned()),
        donor_organisation_id: Set(pairing.donor_organisation.as_uuid()),
        patient_organisation_id: Set(pairing.patient_organisation.map(|o| o.as_uuid())),
        transplant_centre_id: Set(pairing.transplant_centre.map(|o| o.as_uuid())),
        transplant_date: Set(pairing.transplant_date),
        created_at: Set(pairing.created_at),
        external_reference: Set(pairing.external_reference.clone()),
        donor_residence: Set(pairing.donor_residence.map(|c| c.as_str().to_owned())),
        patient_residence: Set(pairing.patient_residence.map(|c| c.as_str().to_owned())),
        closed_at: Set(pairing.closed_at),
    };
    pairings::Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("pairing"))?;
    Ok(())
}

/// The pairing a donor registry knows by its own reference.
pub async fn find_by_external_reference(
    conn: &impl ConnectionTrait,
    donor_organisation: OrganisationId,
    reference: &str,
) -> Result<Option<Pairing>, StoreError> {
    pairings::Entity::find()
        .filter(pairings::Column::DonorOrganisationId.eq(donor_organisation.as_uuid()))
        .filter(pairings::Column::ExternalReference.eq(reference))
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// One pairing.
pub async fn get(conn: &impl ConnectionTrait, id: PairingId) -> Result<Option<Pairing>, StoreError> {
    pairings::Entity::find_by_id(id.as_uuid()).one(conn).await?.map(to_domain).transpose()
}

/// A pairing and its participants (oldest first) in one query: every pairing-scoped request needs both to
/// decide what the caller may see, and on SQLite each query is a round trip to the connection's thread.
pub async fn with_participants(
    conn: &impl ConnectionTrait,
    id: PairingId,
) -> Result<Option<(Pairing, Vec<Participant>)>, StoreError> {
    use sea_orm::{JoinType, QuerySelect, RelationDef};
    let of_pairing: RelationDef = participants::Entity::belongs_to(pairings::Entity)
        .from(participants::Column::PairingId)
        .to(pairings::Column::Id)
        .into();
    let rows = pairings::Entity::find_by_id(id.as_uuid())
        .join(JoinType::LeftJoin, of_pairing.rev())
        .select_also(participants::Entity)
        .order_by_asc(participants::Column::CreatedAt)
        .order_by_asc(participants::Column::Id)
        .all(conn)
        .await?;
    let mut rows = rows.into_iter();
    let Some((pairing, first)) = rows.next() else { return Ok(None) };
    let participants = first
        .into_iter()
        .chain(rows.filter_map(|(_, p)| p))
        .map(participant_to_domain)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some((to_domain(pairing)?, participants)))
}

/// The pairings with these ids (those that exist), in one query.
pub async fn get_many(conn: &impl ConnectionTrait, ids: &[PairingId]) -> Result<Vec<Pairing>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    pairings::Entity::find()
        .filter(pairings::Column::Id.is_in(ids.iter().map(|id| id.as_uuid())))
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The pairing with this reference.
pub async fn find_by_reference(
    conn: &impl ConnectionTrait,
    reference: &PairingReference,
) -> Result<Option<Pairing>, StoreError> {
    pairings::Entity::find()
        .filter(pairings::Column::Reference.eq(reference.as_str()))
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// All pairings, in a stable order that reveals nothing (by reference).
pub async fn list(conn: &impl ConnectionTrait) -> Result<Vec<Pairing>, StoreError> {
    pairings::Entity::find()
        .order_by_asc(pairings::Column::Reference)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The conditions on a pairing for each way a caller is involved in it: `person` takes part in it, or
/// one of `organisations` is its donor side, patient side or transplant centre.
fn ways_in(person: Option<PersonId>, organisations: &[OrganisationId]) -> Vec<Condition> {
    let orgs: Vec<uuid::Uuid> = organisations.iter().map(|o| o.as_uuid()).collect();
    let mut ways: Vec<Condition> = Vec::new();
    if let Some(person) = person {
        let taking_part = Query::select()
            .column(participants::Column::PairingId)
            .from(participants::Entity)
            .and_where(participants::Column::PersonId.eq(person.as_uuid()))
            .to_owned();
        ways.push(Condition::all().add(pairings::Column::Id.in_subquery(taking_part)));
    }
    if !orgs.is_empty() {
        for column in [
            pairings::Column::DonorOrganisationId,
            pairings::Column::PatientOrganisationId,
            pairings::Column::TransplantCentreId,
        ] {
            ways.push(Condition::all().add(column.is_in(orgs.clone())));
        }
    }
    ways
}

/// The pairings `person` takes part in or one of `organisations` is involved in (donor side, patient side
/// or transplant centre), by reference: the candidates of a caller's list, found by the database instead
/// of by reading every pairing of the instance.
pub async fn involving(
    conn: &impl ConnectionTrait,
    person: Option<PersonId>,
    organisations: &[OrganisationId],
) -> Result<Vec<Pairing>, StoreError> {
    let ways = ways_in(person, organisations);
    if ways.is_empty() {
        return Ok(Vec::new());
    }
    let any = ways.into_iter().fold(Condition::any(), Condition::add);
    pairings::Entity::find()
        .filter(any)
        .order_by_asc(pairings::Column::Reference)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// A page of [`involving`]: at most `limit` of those pairings whose reference comes after `after`, by
/// reference. Each way of being involved is its own query on its own index (`m0032_keyset_pages`), read
/// only as far as the page needs, and the answers are merged: one query joining the ways with `OR` would
/// read every pairing of the organisation and sort them, which is what a page is for avoiding. References
/// have one fixed shape of digits and capitals, so the database's order is the order of their bytes.
pub async fn involving_page(
    conn: &impl ConnectionTrait,
    person: Option<PersonId>,
    organisations: &[OrganisationId],
    after: Option<&PairingReference>,
    limit: u64,
) -> Result<Vec<Pairing>, StoreError> {
    let ways = ways_in(person, organisations);
    let mut found: Vec<Pairing> = Vec::new();
    for way in ways {
        let mut select = pairings::Entity::find().filter(way);
        if let Some(after) = after {
            select = select.filter(pairings::Column::Reference.gt(after.as_str()));
        }
        let rows = select.order_by_asc(pairings::Column::Reference).limit(limit).all(conn).await?;
        for row in rows {
            found.push(to_domain(row)?);
        }
    }
    found.sort_by(|a, b| a.reference.as_str().cmp(b.reference.as_str()));
    found.dedup_by_key(|p| p.id);
    found.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    Ok(found)
}

/// How many pairings exist.
pub async fn count(conn: &impl ConnectionTrait) -> Result<u64, StoreError> {
    Ok(pairings::Entity::find().count(conn).await?)
}

/// Records the patient side of a pairing.
pub async fn set_patient_organisation(
    conn: &impl ConnectionTrait,
    id: PairingId,
    organisation: OrganisationId,
) -> Result<(), StoreError> {
    let row = pairings::ActiveModel {
        id: Set(id.as_uuid()),
        patient_organisation_id: Set(Some(organisation.as_uuid())),
        ..Default::default()
    };
    row.update(conn).await?;
    Ok(())
}

/// Records where the patient lives, when it is not the patient side's country.
pub async fn set_patient_residence(
    conn: &impl ConnectionTrait,
    id: PairingId,
    country: Option<CountryCode>,
) -> Result<(), StoreError> {
    let row = pairings::ActiveModel {
        id: Set(id.as_uuid()),
        patient_residence: Set(country.map(|c| c.as_str().to_owned())),
        ..Default::default()
    };
    row.update(conn).await?;
    Ok(())
}

/// Records the (first) transplant date.
pub async fn set_transplant_date(
    conn: &impl ConnectionTrait,
    id: PairingId,
    date: NaiveDate,
) -> Result<(), StoreError> {
    let row = pairings::ActiveModel { id: Set(id.as_uuid()), transplant_date: Set(Some(date)), ..Default::default() };
    row.update(conn).await?;
    Ok(())
}

fn participant_to_domain(m: participants::Model) -> Result<Participant, StoreError> {
    Ok(Participant {
        id: ParticipantId::from_uuid(m.id),
        pairing: PairingId::from_uuid(m.pairing_id),
        person: PersonId::from_uuid(m.person_id),
        role: Role::from_parts(&m.role, m.relation.as_deref())
            .map_err(|e| StoreError::corrupt("participants", m.id, e))?,
    })
}

/// Adds a participant to a pairing.
pub async fn add_participant(
    conn: &impl ConnectionTrait,
    participant: &Participant,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row = participants::ActiveModel {
        id: Set(participant.id.as_uuid()),
        pairing_id: Set(participant.pairing.as_uuid()),
        person_id: Set(participant.person.as_uuid()),
        role: Set(participant.role.kind_str().to_owned()),
        relation: Set(participant.role.relation().map(|r| r.as_str().to_owned())),
        created_at: Set(now),
    };
    participants::Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("participant"))?;
    Ok(())
}

/// The participants of a pairing.
pub async fn participants(conn: &impl ConnectionTrait, pairing: PairingId) -> Result<Vec<Participant>, StoreError> {
    participants::Entity::find()
        .filter(participants::Column::PairingId.eq(pairing.as_uuid()))
        .order_by_asc(participants::Column::CreatedAt)
        .order_by_asc(participants::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(participant_to_domain)
        .collect()
}

/// Every participation of a person (a donor may donate to more than one patient).
pub async fn participations_of(conn: &impl ConnectionTrait, person: PersonId) -> Result<Vec<Participant>, StoreError> {
    participants::Entity::find()
        .filter(participants::Column::PersonId.eq(person.as_uuid()))
        .all(conn)
        .await?
        .into_iter()
        .map(participant_to_domain)
        .collect()
}

/// The participants of several pairings at once (for lists: one query instead of one per pairing).
pub async fn participants_of_pairings(
    conn: &impl ConnectionTrait,
    pairings: &[PairingId],
) -> Result<Vec<Participant>, StoreError> {
    if pairings.is_empty() {
        return Ok(Vec::new());
    }
    participants::Entity::find()
        .filter(participants::Column::PairingId.is_in(pairings.iter().map(|p| p.as_uuid())))
        .order_by_asc(participants::Column::CreatedAt)
        .order_by_asc(participants::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(participant_to_domain)
        .collect()
}

/// Closes a case; `false` when it was closed already (simultaneous closings decide once: conditional
/// update on `closed_at`).
pub async fn close(conn: &impl ConnectionTrait, id: PairingId, now: DateTime<Utc>) -> Result<bool, StoreError> {
    let done = pairings::Entity::update_many()
        .col_expr(pairings::Column::ClosedAt, sea_orm::sea_query::Expr::value(now))
        .filter(pairings::Column::Id.eq(id.as_uuid()))
        .filter(pairings::Column::ClosedAt.is_null())
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// The versions of what the contact rules read about a pairing, its letters aside (m0033): the pairing's
/// own facts and those of its donor side, patient side and transplant centre organisations. Equal stamps
/// read at two moments mean none of those facts changed in between; the database keeps them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactsStamp([i64; 4]);

/// The pairing's [`FactsStamp`], in one query; `None` for a pairing that does not exist.
pub async fn facts_stamp(conn: &impl ConnectionTrait, id: PairingId) -> Result<Option<FactsStamp>, StoreError> {
    use sea_orm::TryGetable;
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, JoinType};

    use crate::entities::organisations;
    let pairing = Alias::new("p");
    let sides = [
        ("donor", pairings::Column::DonorOrganisationId),
        ("patient", pairings::Column::PatientOrganisationId),
        ("centre", pairings::Column::TransplantCentreId),
    ];
    let mut query = Query::select();
    query
        .expr_as(Expr::col((pairing.clone(), Alias::new("facts_version"))), Alias::new("pairing"))
        .from_as(pairings::Entity, pairing.clone())
        .and_where(Expr::col((pairing.clone(), pairings::Column::Id)).eq(id.as_uuid()));
    for (side, column) in sides {
        let org = Alias::new(format!("{side}_org"));
        // An absent organisation (no patient side yet, no centre) reads as version 0: whether it is there
        // is the pairing's own fact.
        query
            .expr_as(
                Func::coalesce([Expr::col((org.clone(), Alias::new("rules_version"))), Expr::val(0i64)]),
                Alias::new(side),
            )
            .join_as(
                JoinType::LeftJoin,
                organisations::Entity,
                org.clone(),
                Expr::col((org.clone(), organisations::Column::Id)).equals((pairing.clone(), column)),
            );
    }
    let Some(row) = conn.query_one(&query).await? else { return Ok(None) };
    let mut stamp = [0i64; 4];
    for (slot, name) in stamp.iter_mut().zip(["pairing", "donor", "patient", "centre"]) {
        *slot = i64::try_get(&row, "", name).map_err(|e| StoreError::Db(e.into()))?;
    }
    Ok(Some(FactsStamp(stamp)))
}
