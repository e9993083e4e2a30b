//! Cases: coordinators create pairings and record donations, the transplant and the patient's status, and
//! each side invites its own participant by e-mail (`product.md` §6). Registry systems use the same use
//! cases through the API.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;
use twinbridge_domain::access::Relation;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::person::DateOfBirth;
use twinbridge_domain::{
    AccountId, AccountKind, CountryCode, Donation, DonationId, Email, Grid, Language, OrganisationId, OrganisationKind,
    OrganisationName, Pairing, PairingId, Participant, ParticipantId, PatientStatus, PatientStatusEntry,
    PatientStatusId, Person, PersonId, PersonName, Product, ProxyRelation, Role, StaffRole,
};
use twinbridge_store::repo::accounts::NewAccount;
use twinbridge_store::repo::audit::NewEvent;
use twinbridge_store::repo::{self, outbox};
use twinbridge_store::{StoreError, TxError, WriteTx};

use crate::auth::{CurrentUser, INVITATION_TTL};
use crate::mail::MailKind;
use crate::services::pairings::visible_pairing;
use crate::state::AppState;

/// Every code of [`CaseError::Conflict`] (pages translate each).
pub const CONFLICT_CODES: [&str; 3] = ["try-again", "partner-offline", "patient-recorded"];

/// Why a case step was refused.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// The pairing does not exist for the caller.
    #[error("not found")]
    NotFound,
    /// The caller may not do this.
    #[error("{0}")]
    Forbidden(&'static str),
    /// A field is missing or invalid; names the field.
    #[error("{field}: {why}")]
    Invalid {
        /// The field, as a JSON path into the request (`donations[0].collected_on`).
        field: String,
        /// Why.
        why: String,
    },
    /// The change conflicts with what exists: a stable code (`patient-recorded`, …) and why.
    #[error("{1}")]
    Conflict(&'static str, &'static str),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl TxError for CaseError {
    fn store_error(&self) -> Option<&StoreError> {
        match self {
            Self::Store(e) => Some(e),
            _ => None,
        }
    }
}

fn invalid(field: impl Into<String>, why: impl ToString) -> CaseError {
    CaseError::Invalid { field: field.into(), why: why.to_string() }
}

/// Names a refused field by its full path, for a step that works on one part of the request (`donor.`).
fn within(prefix: &'static str) -> impl FnOnce(CaseError) -> CaseError {
    move |err| match err {
        CaseError::Invalid { field, why } => CaseError::Invalid { field: format!("{prefix}{field}"), why },
        other => other,
    }
}

/// A person as a coordinator enters them.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct PersonInput {
    /// "First Last".
    pub full_name: String,
    /// Contact and sign-in e-mail.
    pub email: String,
    /// Country of residence.
    pub country: String,
    /// Town.
    pub town: Option<String>,
    /// Date of birth.
    pub date_of_birth: Option<NaiveDate>,
    /// GRID (donors).
    pub grid: Option<String>,
    /// Language (ISO 639-1).
    pub language: Option<String>,
    /// `female`, `male` or `diverse`.
    pub sex: Option<String>,
}

/// A donation as entered.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct DonationInput {
    /// `pbsc`, `bone-marrow`, `dli`, `cd34-boost` or `cord-blood`.
    pub product: String,
    /// Day of collection.
    pub collected_on: NaiveDate,
    /// The donor's answer before this donation (`stay_anonymous` or `may_reveal`), from their form; it
    /// becomes their consent for the pairing.
    #[serde(default)]
    pub donor_choice: Option<String>,
}

/// An organisation of the patient side that is not on Twinbridge.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct OfflineOrganisation {
    /// Its name.
    pub name: String,
    /// Its country (ISO 3166-1 alpha-2): the rules of the patient's side follow it.
    pub country: String,
    /// `transplant_centre` or `patient_registry`.
    pub kind: String,
}

/// A new pairing from the donor side.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewPairing {
    /// The donor.
    pub donor: PersonInput,
    /// The organisation on Twinbridge that will run the patient side…
    pub patient_organisation_id: Option<String>,
    /// …or one that is not on Twinbridge, whose part the donor side carries by hand.
    pub patient_organisation: Option<OfflineOrganisation>,
    /// The donor registry's own reference for the case.
    pub external_reference: Option<String>,
    /// Donations so far: at least one.
    #[serde(default)]
    pub donations: Vec<DonationInput>,
    /// The transplant day, if known.
    pub transplant_date: Option<NaiveDate>,
}

/// A proxy acting for the patient.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ProxyInput {
    /// "First Last".
    pub full_name: String,
    /// E-mail.
    pub email: String,
    /// parent, guardian, spouse, child, sibling or other.
    pub relation: String,
}

/// The patient side of a pairing.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct PatientInput {
    /// The patient.
    #[serde(flatten)]
    pub person: PersonInput,
    /// Someone acting for the patient.
    pub proxy: Option<ProxyInput>,
}

/// The person as entered; `at` is where the input sits in the request (`donor.`, or empty), for naming
/// the field that is wrong.
fn person_from(input: &PersonInput, today: NaiveDate, at: &str) -> Result<Person, CaseError> {
    let invalid = |field: &str, why: twinbridge_domain::ParseError| invalid(format!("{at}{field}"), why);
    let grid = input
        .grid
        .as_deref()
        .filter(|g| !g.trim().is_empty())
        .map(|g| Grid::parse(g).map_err(|e| invalid("grid", e)))
        .transpose()?;
    Ok(Person {
        id: PersonId::random(),
        legal_name: PersonName::parse(&input.full_name).map_err(|e| invalid("full_name", e))?,
        preferred_first_name: None,
        email: Email::parse(&input.email).map_err(|e| invalid("email", e))?,
        phone: None,
        postal_address: None,
        town: input
            .town
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .map(PersonName::parse)
            .transpose()
            .map_err(|e| invalid("town", e))?,
        country: CountryCode::parse(&input.country).map_err(|e| invalid("country", e))?,
        date_of_birth: input
            .date_of_birth
            .map(|d| DateOfBirth::new(d, today))
            .transpose()
            .map_err(|e| invalid("date_of_birth", e))?,
        language: input
            .language
            .as_deref()
            .map(Language::parse)
            .transpose()
            .map_err(|e| invalid("language", e))?
            .unwrap_or_default(),
        sex: input
            .sex
            .as_deref()
            .filter(|x| !x.trim().is_empty())
            .map(str::parse)
            .transpose()
            .map_err(|e| invalid("sex", e))?,
        other_identifiers: grid
            .map(|g| twinbridge_domain::person::IdentityText::parse(g.as_str()))
            .transpose()
            .map_err(|e| invalid("grid", e))?
            .into_iter()
            .collect(),
    })
}

/// Stores a participant with their account and, when `invite`, queues the invitation e-mail (a sign-in
/// link valid for the invitation period). An e-mail that already has a person or account is refused.
async fn add_participant(
    tx: &WriteTx,
    state: &AppState,
    pairing: PairingId,
    person: &Person,
    organisation: OrganisationId,
    role: Role,
    invite: bool,
) -> Result<(), CaseError> {
    let now = state.clock.now();
    repo::persons::insert(&**tx, &state.keys, person, organisation, now).await.map_err(|e| match e {
        StoreError::Duplicate(_) => invalid("email", "belongs to a person already registered"),
        other => CaseError::Store(other),
    })?;
    let participant = Participant { id: ParticipantId::random(), pairing, person: person.id, role };
    repo::pairings::add_participant(&**tx, &participant, now).await?;
    let account = NewAccount {
        id: AccountId::random(),
        kind: AccountKind::Participant,
        person: Some(person.id),
        email: &person.email,
        display_name: None,
        password_hash: None,
        totp_secret: None,
        language: Some(person.language.as_str()),
    };
    repo::accounts::insert(&**tx, &state.keys, &account, now).await.map_err(|e| match e {
        StoreError::Duplicate(_) => invalid("email", "belongs to an account that already exists"),
        other => CaseError::Store(other),
    })?;
    if invite {
        invite_account(tx, state, account.id, Some(person.id), &person.email, person.language.as_str(), now).await?;
    }
    Ok(())
}

/// Queues a participant's invitation: a sign-in link valid for the invitation period.
pub(crate) async fn invite_account(
    tx: &WriteTx,
    state: &AppState,
    account: AccountId,
    person: Option<PersonId>,
    email: &Email,
    language: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), CaseError> {
    let (token, hash) = twinbridge_crypto::secrets::new_token();
    repo::tokens::insert_one_time(&**tx, hash, account, "sign-in", now + INVITATION_TTL, now).await?;
    let base = state.config.public_url.as_str().trim_end_matches('/');
    let message = outbox::OutgoingMessage {
        id: uuid::Uuid::new_v4(),
        kind: MailKind::ParticipantInvitation.as_str().into(),
        recipient: email.clone(),
        language: language.to_owned(),
        payload: json!({ "link": format!("{base}/sign-in/link/{token}"), "days": INVITATION_TTL.num_days() }),
        attempts: 0,
        person,
    };
    outbox::enqueue(&**tx, &state.keys, &message, now).await?;
    Ok(())
}

/// A donation has happened: its day is checked like every date of the past (`twinbridge_domain::date`).
/// `at` is where the donation sits in the request (`donations[0].`, or empty).
fn donation_from(pairing: PairingId, input: &DonationInput, today: NaiveDate, at: &str) -> Result<Donation, CaseError> {
    let product: Product = input.product.parse().map_err(|e| invalid(format!("{at}product"), e))?;
    let collected_on = past_day(format!("{at}collected_on"), input.collected_on, today)?;
    let donor_choice = input
        .donor_choice
        .as_deref()
        .filter(|c| !c.is_empty())
        .map(str::parse)
        .transpose()
        .map_err(|e| invalid(format!("{at}donor_choice"), e))?;
    Ok(Donation { id: DonationId::random(), pairing, product, collected_on, donor_choice })
}

/// The donor's answer recorded with a donation becomes their consent for the pairing (a new version,
/// recorded by the coordinator); staying anonymous stops a pending release.
async fn apply_donor_choice(
    tx: &impl twinbridge_store::ConnectionTrait,
    state: &AppState,
    pairing: &Pairing,
    donation: &Donation,
    by: Option<AccountId>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let Some(choice) = donation.donor_choice else { return Ok(()) };
    let participants = repo::pairings::participants(tx, pairing.id).await?;
    let Some(donor) = participants.iter().find(|p| p.role == Role::Donor) else { return Ok(()) };
    let current = repo::consents::current(tx, pairing.id).await?;
    let consent = twinbridge_domain::consent::after_donor_choice(current.get(&donor.id), choice);
    repo::consents::record(tx, pairing.id, donor.id, &consent, by, now).await?;
    if consent.level() < twinbridge_domain::consent::ConsentLevel::ShareDetails {
        crate::services::release::stop_pending(state, tx, pairing, &participants, now).await?;
    }
    Ok(())
}

/// A transplant follows the first collection (the same day at the earliest).
fn transplant_after_donations(field: &str, transplant: NaiveDate, donations: &[NaiveDate]) -> Result<(), CaseError> {
    match donations.iter().min() {
        Some(first) if transplant < *first => {
            Err(invalid(field, format!("the transplant cannot be before the first donation ({first})")))
        }
        _ => Ok(()),
    }
}

/// A day that has happened (a collection, a transplant, a status), named by its field when refused.
fn past_day(field: impl Into<String>, day: NaiveDate, today: NaiveDate) -> Result<NaiveDate, CaseError> {
    twinbridge_domain::date::in_past(day, today, "date").map_err(|e| invalid(field, e))
}

/// The donor registry where the caller coordinates.
fn coordinated_registry(state_orgs: &[twinbridge_domain::Organisation], user: &CurrentUser) -> Option<OrganisationId> {
    user.roles
        .iter()
        .filter(|(_, role)| *role == StaffRole::Coordinator)
        .map(|(org, _)| *org)
        .find(|org| state_orgs.iter().any(|o| o.id == *org && o.kind == OrganisationKind::DonorRegistry))
}

/// The patient side of a new pairing: an organisation on Twinbridge, or one that is not, found by name or
/// added as offline (stored with the pairing).
enum PatientSide {
    Online(OrganisationId),
    Offline(twinbridge_domain::Organisation, bool),
}

fn patient_side(organisations: &[twinbridge_domain::Organisation], new: &NewPairing) -> Result<PatientSide, CaseError> {
    match (&new.patient_organisation_id, &new.patient_organisation) {
        (Some(id), None) => {
            let field = "patient_organisation_id";
            let id: OrganisationId = id.parse().map_err(|e| invalid(field, e))?;
            let org =
                organisations.iter().find(|o| o.id == id).ok_or_else(|| invalid(field, "no such organisation"))?;
            if !org.kind.serves_patients() {
                return Err(invalid(field, "must be a transplant centre or patient registry"));
            }
            Ok(PatientSide::Online(org.id))
        }
        (None, Some(offline)) => {
            let name = OrganisationName::parse(&offline.name).map_err(|e| invalid("patient_organisation.name", e))?;
            let country =
                CountryCode::parse(&offline.country).map_err(|e| invalid("patient_organisation.country", e))?;
            let kind: OrganisationKind = offline.kind.parse().map_err(|e| invalid("patient_organisation.kind", e))?;
            if !kind.serves_patients() {
                return Err(invalid("patient_organisation.kind", "must be transplant_centre or patient_registry"));
            }
            let same_name =
                organisations.iter().find(|o| o.name.as_str().to_lowercase() == name.as_str().to_lowercase());
            match same_name {
                Some(known) if known.offline && known.country == country && known.kind == kind => {
                    Ok(PatientSide::Offline(known.clone(), false))
                }
                Some(known) if !known.offline => Err(invalid(
                    "patient_organisation.name",
                    "this organisation is on Twinbridge: give its id as patient_organisation_id",
                )),
                Some(_) => Err(invalid(
                    "patient_organisation.name",
                    "an organisation of this name is in another country or of another kind",
                )),
                None => Ok(PatientSide::Offline(
                    twinbridge_domain::Organisation {
                        id: OrganisationId::random(),
                        name,
                        kind,
                        country,
                        policy_entry: None,
                        reviews_letters: false,
                        offline: true,
                    },
                    true,
                )),
            }
        }
        (Some(_), Some(_)) => {
            Err(invalid("patient_organisation", "give patient_organisation_id or patient_organisation, not both"))
        }
        (None, None) => Err(invalid("patient_organisation_id", "the organisation of the patient side is required")),
    }
}

/// A donor-side coordinator creates a pairing and invites the donor.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(state: &AppState, user: &CurrentUser, new: NewPairing) -> Result<Pairing, CaseError> {
    let organisations = repo::organisations::list(state.store.read()).await?;
    let registry = coordinated_registry(&organisations, user)
        .ok_or(CaseError::Forbidden("Only coordinators of a donor registry create pairings."))?;
    create_for(state, Some(user.account.id), registry, &organisations, new).await
}

/// Whether the caller coordinates for a donor registry, and so may open pairings.
pub async fn may_open_pairings(state: &AppState, user: &CurrentUser) -> Result<bool, StoreError> {
    let organisations = repo::organisations::list(state.store.read()).await?;
    Ok(coordinated_registry(&organisations, user).is_some())
}

/// Whether the side opposite to the caller's (`donor_side` is the caller's) is not on Twinbridge, so the
/// caller's side also records its steps.
pub async fn partner_is_offline(state: &AppState, pairing: &Pairing, donor_side: bool) -> Result<bool, StoreError> {
    let partner = if donor_side { pairing.patient_organisation } else { Some(pairing.donor_organisation) };
    let Some(id) = partner else { return Ok(false) };
    Ok(repo::organisations::get(state.store.read(), id).await?.is_some_and(|o| o.offline))
}

/// Creates a pairing for the donor registry `registry`, on behalf of the coordinator `actor`:
/// everything is checked before anything is stored, and all of it is stored in one transaction.
async fn create_for(
    state: &AppState,
    actor: Option<AccountId>,
    registry: OrganisationId,
    organisations: &[twinbridge_domain::Organisation],
    new: NewPairing,
) -> Result<Pairing, CaseError> {
    let prepared = prepare(state, registry, organisations, &new)?;
    state
        .store
        .write_tx(|tx| {
            let prepared = &prepared;
            async move { store_prepared(&tx, state, actor, registry, prepared, true).await }
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(prepared.pairing)
}

/// Stores a checked pairing in `tx`: its offline organisation when new, the pairing, the donor with an
/// account (invited by e-mail when `invite`), the donations and the audit events.
pub(crate) async fn store_prepared(
    tx: &WriteTx,
    state: &AppState,
    actor: Option<AccountId>,
    registry: OrganisationId,
    prepared: &PreparedPairing,
    invite: bool,
) -> Result<(), CaseError> {
    let PreparedPairing { pairing, donor, donations, offline } = prepared;
    let now = state.clock.now();
    if let Some(organisation) = offline {
        repo::organisations::insert(&**tx, organisation, now).await.map_err(|e| match e {
            StoreError::Duplicate(_) => {
                CaseError::Conflict("try-again", "an organisation of this name was added at the same moment; try again")
            }
            other => CaseError::Store(other),
        })?;
        let added = NewEvent {
            actor,
            action: AuditAction::OrganisationAdded,
            organisation: Some(registry),
            subject: Some(format!("organisation:{}", organisation.id)),
            details: json!({ "offline": true, "country": organisation.country.as_str() }),
        };
        repo::audit::append(&**tx, &state.keys, added, now).await?;
    }
    repo::pairings::insert(&**tx, pairing).await.map_err(|e| match e {
        StoreError::Duplicate(_) => invalid("external_reference", "a pairing with this external reference exists"),
        other => CaseError::Store(other),
    })?;
    add_participant(tx, state, pairing.id, donor, registry, Role::Donor, invite).await.map_err(within("donor."))?;
    for donation in donations {
        repo::donations::insert(&**tx, donation, now).await?;
    }
    if let Some(latest) = donations.iter().max_by_key(|d| d.collected_on) {
        apply_donor_choice(&**tx, state, pairing, latest, actor, now).await?;
    }
    let event = NewEvent {
        actor,
        action: AuditAction::PairingCreated,
        organisation: Some(registry),
        subject: Some(format!("pairing:{}", pairing.id)),
        details: json!({
            "patient_organisation": pairing.patient_organisation.map(|o| o.to_string()),
            "patient_side_offline": offline.is_some(),
            "donations": donations.len(),
        }),
    };
    repo::audit::append(&**tx, &state.keys, event, now).await?;
    Ok(())
}

/// A new pairing checked and ready to store.
pub(crate) struct PreparedPairing {
    pub(crate) pairing: Pairing,
    pub(crate) donor: Person,
    pub(crate) donations: Vec<Donation>,
    /// The offline organisation of the patient side, when it is to be added with the pairing.
    pub(crate) offline: Option<twinbridge_domain::Organisation>,
}

/// Checks a new pairing without storing anything (also how an import checks every row first).
pub(crate) fn prepare(
    state: &AppState,
    registry: OrganisationId,
    organisations: &[twinbridge_domain::Organisation],
    new: &NewPairing,
) -> Result<PreparedPairing, CaseError> {
    let (patient_org, offline) = match patient_side(organisations, new)? {
        PatientSide::Online(id) => (id, None),
        PatientSide::Offline(org, is_new) => (org.id, is_new.then_some(org)),
    };
    let today = state.clock.today();
    let donor = person_from(&new.donor, today, "donor.")?;
    // The rules count their waiting periods from the donations: a pairing without one has nothing to count from.
    if new.donations.is_empty() {
        return Err(invalid("donations", "at least one donation is required"));
    }
    let external_reference = new
        .external_reference
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| {
            if r.chars().count() > 64 || r.chars().any(char::is_control) {
                Err(invalid("external_reference", "at most 64 characters on one line"))
            } else {
                Ok(r.to_owned())
            }
        })
        .transpose()?;
    let transplant_date = new.transplant_date.map(|d| past_day("transplant_date", d, today)).transpose()?;
    let now = state.clock.now();
    let mut pairing = Pairing::new(registry, Some(patient_org), transplant_date, now);
    pairing.external_reference = external_reference;
    let registry_country = organisations.iter().find(|o| o.id == registry).map(|o| o.country);
    pairing.donor_residence = Some(donor.country).filter(|c| Some(*c) != registry_country);
    let donations = new
        .donations
        .iter()
        .enumerate()
        .map(|(i, d)| donation_from(pairing.id, d, today, &format!("donations[{i}].")))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(day) = transplant_date {
        let days: Vec<NaiveDate> = donations.iter().map(|d| d.collected_on).collect();
        transplant_after_donations("transplant_date", day, &days)?;
    }
    Ok(PreparedPairing { pairing, donor, donations, offline })
}

/// The pairing when the caller coordinates the wanted side of it.
/// Whether the caller may record a step of one side of the pairing (`donor_side` or the patient's): a
/// coordinator of that side, or of the other side when this one is not on Twinbridge. Forms ask this
/// before they read their input, so that nobody learns more than "not for you".
pub async fn authorize_step(state: &AppState, user: &CurrentUser, id: &str, donor_side: bool) -> Result<(), CaseError> {
    coordinated(state, user, id, donor_side).await.map(|_| ())
}

async fn coordinated(state: &AppState, user: &CurrentUser, id: &str, donor_side: bool) -> Result<Pairing, CaseError> {
    let (pairing, relation) = visible_pairing(state, user, id).await?.ok_or(CaseError::NotFound)?;
    let ok = match relation {
        // A side whose partner is not on Twinbridge records the partner's steps too (ADR 0011).
        Relation::DonorSideStaff => donor_side || partner_is_offline(state, &pairing, true).await?,
        Relation::PatientSideStaff => !donor_side || partner_is_offline(state, &pairing, false).await?,
        Relation::Participant(_) => false,
    };
    if !ok {
        return Err(CaseError::Forbidden(if donor_side {
            "Only the donor side's coordinators do this."
        } else {
            "Only the patient side's coordinators do this."
        }));
    }
    Ok(pairing)
}

/// One participant of the pairing on the caller's own side, with their account.
async fn own_participant(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    participant: &str,
) -> Result<(Pairing, Participant, repo::accounts::Account), CaseError> {
    use crate::services::pairings::OwnSidesParticipant;
    let (pairing, participant) =
        match crate::services::pairings::own_sides_participant(state, user, id, participant).await? {
            OwnSidesParticipant::Found(pairing, participant) => (*pairing, participant),
            OwnSidesParticipant::NotStaff => return Err(CaseError::Forbidden("Only coordinators do this.")),
            OwnSidesParticipant::Missing => return Err(CaseError::NotFound),
        };
    let account = repo::accounts::find_by_person(state.store.read(), &state.keys, participant.person)
        .await?
        .ok_or(CaseError::NotFound)?;
    Ok((pairing, participant, account))
}

/// Sends the caller's own participant a new invitation (a fresh sign-in link), e.g. when the first one
/// expired or went astray.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn reinvite(state: &AppState, user: &CurrentUser, id: &str, participant: &str) -> Result<(), CaseError> {
    let (pairing, participant, account) = own_participant(state, user, id, participant).await?;
    let now = state.clock.now();
    let language = account.language.clone().unwrap_or_else(|| "en".to_owned());
    let details = json!({ "participant": participant.id.to_string() });
    audited_change_with(state, user, &pairing, AuditAction::ParticipantReinvited, details, |tx| {
        let (account, language) = (&account, &language);
        async move { invite_account(&tx, state, account.id, Some(participant.person), &account.email, language, now).await }
    })
    .await?;
    state.mail_wakeup.notify_one();
    Ok(())
}

/// Changes the e-mail address of the caller's own participant (person and sign-in alike), ends their
/// sessions and sends a sign-in link to the new address.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn change_email(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    participant: &str,
    email: &str,
) -> Result<(), CaseError> {
    let (pairing, participant, account) = own_participant(state, user, id, participant).await?;
    let email = Email::parse(email).map_err(|e| invalid("email", e))?;
    if account.email.normalised() == email.normalised() {
        return Err(invalid("email", "is already this participant's address"));
    }
    let now = state.clock.now();
    let language = account.language.clone().unwrap_or_else(|| "en".to_owned());
    let details = json!({ "participant": participant.id.to_string() });
    audited_change_with(state, user, &pairing, AuditAction::ParticipantEmailChanged, details, |tx| {
        let (account, language, email) = (&account, &language, &email);
        async move {
            let taken = |e| match e {
                StoreError::Duplicate(_) => invalid("email", "belongs to another person already registered"),
                other => CaseError::Store(other),
            };
            if !repo::persons::set_email(&*tx, &state.keys, participant.person, email, now).await.map_err(taken)? {
                return Err(invalid("email", "cannot be set: this participant's identity was erased"));
            }
            let version = account.auth_version.saturating_add(1);
            repo::accounts::set_email(&*tx, &state.keys, account.id, email, version).await.map_err(taken)?;
            repo::sessions::delete_all_of(&*tx, account.id).await?;
            repo::tokens::delete_api_tokens_of(&*tx, account.id).await?;
            invite_account(&tx, state, account.id, Some(participant.person), email, language, now).await
        }
    })
    .await?;
    state.mail_wakeup.notify_one();
    Ok(())
}

async fn audited_change<F, Fut>(
    state: &AppState,
    user: &CurrentUser,
    pairing: &Pairing,
    action: AuditAction,
    work: F,
) -> Result<(), CaseError>
where
    F: Fn(WriteTx) -> Fut,
    Fut: std::future::Future<Output = Result<(), CaseError>>,
{
    audited_change_with(state, user, pairing, action, serde_json::Value::Null, work).await
}

/// One audited change of a pairing in one transaction: the event (with `details`) and the work.
async fn audited_change_with<F, Fut>(
    state: &AppState,
    user: &CurrentUser,
    pairing: &Pairing,
    action: AuditAction,
    details: serde_json::Value,
    work: F,
) -> Result<(), CaseError>
where
    F: Fn(WriteTx) -> Fut,
    Fut: std::future::Future<Output = Result<(), CaseError>>,
{
    let now = state.clock.now();
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let event = NewEvent {
        actor: Some(user.account.id),
        action,
        organisation,
        subject: Some(format!("pairing:{}", pairing.id)),
        details,
    };
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            let work = &work;
            async move {
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                work(tx).await
            }
        })
        .await
}

/// The patient side attaches the patient (or a proxy as well) and invites them.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn attach_patient(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    input: PatientInput,
) -> Result<(), CaseError> {
    let pairing = coordinated(state, user, id, false).await?;
    if partner_is_offline(state, &pairing, true).await? {
        return Err(CaseError::Conflict(
            "partner-offline",
            "the patient's centre is not on Twinbridge: its patient takes part on paper, through the centre",
        ));
    }
    let recorded = || CaseError::Conflict("patient-recorded", "the patient side of this pairing is already recorded");
    let participants = repo::pairings::participants(state.store.read(), pairing.id).await?;
    if participants.iter().any(|p| !p.role.is_donor_side()) {
        return Err(recorded());
    }
    let today = state.clock.today();
    let patient = person_from(&input.person, today, "")?;
    let proxy = match &input.proxy {
        Some(p) => {
            let relation: ProxyRelation = p.relation.parse().map_err(|e| invalid("proxy.relation", e))?;
            let person = Person {
                id: PersonId::random(),
                legal_name: PersonName::parse(&p.full_name).map_err(|e| invalid("proxy.full_name", e))?,
                email: Email::parse(&p.email).map_err(|e| invalid("proxy.email", e))?,
                other_identifiers: Vec::new(),
                ..patient.clone()
            };
            Some((person, relation))
        }
        None => None,
    };
    // A minor is represented by a parent or guardian only: the child is recorded but not invited.
    let invite_patient = twinbridge_domain::participant::patient_takes_part(
        patient.date_of_birth.map(|d| d.date()),
        today,
        proxy.as_ref().map(|(_, relation)| *relation),
    )
    .map_err(|e| invalid("proxy", e))?;
    let organisation = pairing.patient_organisation.ok_or(CaseError::NotFound)?;
    audited_change(state, user, &pairing, AuditAction::PatientAttached, |tx| {
        let (patient, proxy) = (&patient, &proxy);
        async move {
            // Checked again inside the transaction: of simultaneous attachments, one wins (ADR 0009).
            let participants = repo::pairings::participants(&*tx, pairing.id).await?;
            if participants.iter().any(|p| !p.role.is_donor_side()) {
                return Err(recorded());
            }
            add_participant(&tx, state, pairing.id, patient, organisation, Role::Patient, invite_patient).await?;
            let side_country = repo::organisations::get(&*tx, organisation).await?.map(|o| o.country);
            let residence = Some(patient.country).filter(|c| Some(*c) != side_country);
            repo::pairings::set_patient_residence(&*tx, pairing.id, residence).await?;
            if !invite_patient
                && let Some(account) = repo::accounts::find_by_person(&*tx, &state.keys, patient.id).await?
            {
                // The child cannot sign in (not even with a link by e-mail) until they take over at 18.
                repo::accounts::set_disabled(&*tx, account.id, true, account.auth_version + 1).await?;
            }
            if let Some((person, relation)) = proxy {
                add_participant(&tx, state, pairing.id, person, organisation, Role::Proxy(*relation), true)
                    .await
                    .map_err(within("proxy."))?;
            }
            Ok(())
        }
    })
    .await?;
    state.mail_wakeup.notify_one();
    Ok(())
}

/// The donor side records a further donation (a second donation, DLI, a boost).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn add_donation(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    input: DonationInput,
) -> Result<Donation, CaseError> {
    let pairing = coordinated(state, user, id, true).await?;
    let donation = donation_from(pairing.id, &input, state.clock.today(), "")?;
    let (now, by) = (state.clock.now(), user.account.id);
    audited_change(state, user, &pairing, AuditAction::DonationRecorded, |tx| {
        let (donation, pairing) = (&donation, &pairing);
        async move {
            repo::donations::insert(&*tx, donation, now).await?;
            crate::services::release::reopen_after_donation(&*tx, pairing, now).await?;
            apply_donor_choice(&*tx, state, pairing, donation, Some(by), now).await?;
            Ok(())
        }
    })
    .await?;
    Ok(donation)
}

/// A coordinator of either side closes the case: nothing more is passed on in it, and the retention period
/// of each side's organisation starts (ADR 0019). Closing twice, or simultaneously, is a conflict.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn close(state: &AppState, user: &CurrentUser, id: &str) -> Result<(), CaseError> {
    let (pairing, relation) = visible_pairing(state, user, id).await?.ok_or(CaseError::NotFound)?;
    if matches!(relation, Relation::Participant(_)) {
        return Err(CaseError::Forbidden("Only coordinators close a case."));
    }
    let now = state.clock.now();
    audited_change(state, user, &pairing, AuditAction::CaseClosed, |tx| async move {
        if repo::pairings::close(&*tx, pairing.id, now).await? {
            Ok(())
        } else {
            Err(CaseError::Conflict("case-closed", "This case is closed already."))
        }
    })
    .await
}

/// The patient side records the transplant day.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_transplant(state: &AppState, user: &CurrentUser, id: &str, date: NaiveDate) -> Result<(), CaseError> {
    let pairing = coordinated(state, user, id, false).await?;
    let date = past_day("date", date, state.clock.today())?;
    let donations: Vec<NaiveDate> = repo::donations::of_pairing(state.store.read(), pairing.id)
        .await?
        .into_iter()
        .map(|d| d.collected_on)
        .collect();
    transplant_after_donations("date", date, &donations)?;
    audited_change(state, user, &pairing, AuditAction::TransplantRecorded, |tx| async move {
        Ok(repo::pairings::set_transplant_date(&*tx, pairing.id, date).await?)
    })
    .await
}

/// The patient side records the patient's status.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn add_status(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    status: &str,
    on: NaiveDate,
) -> Result<(), CaseError> {
    let pairing = coordinated(state, user, id, false).await?;
    let status: PatientStatus = status.parse().map_err(|e| invalid("status", e))?;
    let on = past_day("on", on, state.clock.today())?;
    let entry = PatientStatusEntry {
        id: PatientStatusId::random(),
        pairing: pairing.id,
        status,
        on,
        recorded_at: state.clock.now(),
    };
    let now = state.clock.now();
    audited_change(state, user, &pairing, AuditAction::PatientStatusRecorded, |tx| {
        let (entry, pairing) = (&entry, &pairing);
        async move {
            let died_before = crate::services::deceased::patient_died(&*tx, pairing.id).await?;
            repo::patient_statuses::insert(&*tx, entry).await?;
            if !died_before && crate::services::deceased::patient_died(&*tx, pairing.id).await? {
                crate::services::deceased::on_patient_died(state, &*tx, pairing, now).await?;
            }
            Ok(())
        }
    })
    .await
}
