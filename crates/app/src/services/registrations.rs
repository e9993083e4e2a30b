//! Potential-donor registration (docs/adr/0015-questions-and-registration.md): anyone registers with a
//! donor registry within its age range and with consent; the registration is stored at once as
//! `unconfirmed` (the details sealed like every identity) and confirmed by the link e-mailed to the
//! address. An address registered before is recognised without telling the visitor: the answer is the
//! same, and the e-mail goes to the address's owner. The registry's coordinators list, export and move
//! registrations on; a registrant withdraws with their link, which erases the registration.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::notice::MailKind;
use twinbridge_domain::registration::{AgeRefusal, RegistrationStatus, spreadsheet_cell};
use twinbridge_domain::{Email, OrganisationId, OrganisationKind, PersonName, RegistrationId, StaffRole};
use twinbridge_store::repo::registrations::{Registrant, Registration};
use twinbridge_store::repo::{self, outbox::OutgoingMessage};
use twinbridge_store::{StoreError, WriteTx};

use crate::auth::CurrentUser;
use crate::services::notify;
use crate::state::AppState;

/// Why a registration step was refused.
#[derive(Debug, thiserror::Error)]
pub enum RegistrationError {
    /// A field is missing or not acceptable; names it and says why in words for the registrant.
    #[error("{field}: {why}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// Why.
        why: String,
    },
    /// Outside the registry's age range.
    #[error("date_of_birth: {0}")]
    Age(AgeRefusal),
    /// No such registration, or not the caller's to see.
    #[error("not found")]
    NotFound,
    /// The step does not fit where the registration stands.
    #[error("a registration that is {0} cannot become {1}")]
    Conflict(&'static str, &'static str),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn invalid(field: &'static str, why: impl std::fmt::Display) -> RegistrationError {
    RegistrationError::Invalid { field, why: why.to_string() }
}

/// A registration as sent by the public form and `POST /api/v1/donor-registrations`.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct NewRegistration {
    /// The name, as the registrant writes it.
    #[serde(default)]
    pub name: String,
    /// The e-mail address.
    #[serde(default)]
    pub email: String,
    /// A phone number.
    pub phone: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date_of_birth: String,
    /// As the registrant gives it.
    pub sex: Option<String>,
    /// Region or state.
    pub region: Option<String>,
    /// Answers to the registry's health questions.
    pub health_answers: Option<serde_json::Value>,
    /// Consent to be contacted and to the processing of the data.
    pub consent: Option<bool>,
    /// The registry; the first donor registry when left out.
    pub organisation_id: Option<String>,
    /// The language of the pages the registrant used (for the e-mails).
    pub language: Option<String>,
}

fn optional_line(value: Option<String>, field: &'static str, max: usize) -> Result<Option<String>, RegistrationError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => twinbridge_domain::text::clean_line(v, field, max).map(Some).map_err(|e| invalid(field, e)),
    }
}

/// The donor registry a visitor turns to (to register, or with a question): the one named, or the first
/// on the instance; `None` when there is no such registry.
pub(crate) async fn visitors_registry(
    state: &AppState,
    id: Option<&str>,
) -> Result<Option<OrganisationId>, StoreError> {
    let registries: Vec<_> = repo::organisations::list(state.store.read())
        .await?
        .into_iter()
        .filter(|o| o.kind == OrganisationKind::DonorRegistry && !o.offline)
        .collect();
    let chosen = match id.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => registries.iter().find(|o| o.id.to_string() == id),
        None => registries.first(),
    };
    Ok(chosen.map(|o| o.id))
}

fn link(state: &AppState, token: &str) -> String {
    notify::link(state, &format!("/register/{token}"))
}

fn mail(kind: MailKind, to: &Email, language: &str, link: String) -> OutgoingMessage {
    OutgoingMessage {
        id: uuid::Uuid::new_v4(),
        kind: kind.as_str().into(),
        recipient: to.clone(),
        language: language.to_owned(),
        payload: json!({ "link": link }),
        attempts: 0,
        person: None,
    }
}

/// Registers a potential donor (see the module docs). The same answer whether or not the address was
/// registered before.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn register(state: &AppState, new: NewRegistration) -> Result<(), RegistrationError> {
    let today = state.clock.today();
    let name = PersonName::parse(&new.name).map_err(|e| invalid("name", e))?;
    let email = Email::parse(&new.email).map_err(|e| invalid("email", e))?;
    let phone = optional_line(new.phone, "phone", 40)?;
    let born: NaiveDate =
        new.date_of_birth.trim().parse().map_err(|_| invalid("date_of_birth", "expected a date as YYYY-MM-DD"))?;
    let born =
        twinbridge_domain::date::in_past(born, today, "date of birth").map_err(|e| invalid("date_of_birth", e))?;
    let sex = optional_line(new.sex, "sex", 40)?;
    let region = optional_line(new.region, "region", 100)?;
    let health_answers = match new.health_answers {
        Some(serde_json::Value::Null) | None => None,
        Some(answers) if answers.is_object() && answers.to_string().len() <= 4_000 => Some(answers),
        Some(_) => return Err(invalid("health_answers", "expected a short object of answers")),
    };
    if new.consent != Some(true) {
        return Err(invalid(
            "consent",
            "we can only register you with your consent to be contacted and to the processing of your data",
        ));
    }
    let organisation = visitors_registry(state, new.organisation_id.as_deref())
        .await?
        .ok_or_else(|| invalid("organisation_id", "is not a donor registry that takes registrations here"))?;
    repo::organisations::age_range(state.store.read(), organisation)
        .await?
        .admits(born, today)
        .map_err(RegistrationError::Age)?;
    let language = new
        .language
        .as_deref()
        .and_then(|l| twinbridge_domain::Language::parse(l).ok())
        .map_or_else(|| "en".to_owned(), |l| l.as_str().to_owned());
    let now = state.clock.now();
    let registration = Registration {
        id: RegistrationId::random(),
        organisation,
        status: RegistrationStatus::Unconfirmed,
        registrant: Registrant {
            name: name.as_str().to_owned(),
            email: email.as_str().to_owned(),
            phone,
            date_of_birth: born,
            sex,
            region,
            health_answers,
        },
        created_at: now,
        updated_at: now,
    };
    let (token, hash) = twinbridge_crypto::secrets::new_token();
    let mut received = crate::services::audit::event(AuditAction::RegistrationReceived, None, Some(organisation), None);
    received.subject = Some(format!("registration:{}", registration.id));
    let (registration, hash, email, language, token) = (&registration, &hash, &email, &language, &token);
    state
        .store
        .write_tx(|tx| {
            let received = received.clone();
            async move {
                match repo::registrations::find_by_email(&*tx, &state.keys, organisation, email).await? {
                    // Known: a fresh link to the owner of the address, and nothing else changes.
                    Some(earlier) => {
                        repo::registrations::set_token(&*tx, earlier, hash, now).await?;
                        let message = mail(MailKind::RegistrationExists, email, language, link(state, token));
                        repo::outbox::enqueue(&*tx, &state.keys, &message, now).await?;
                    }
                    None => {
                        repo::registrations::insert(&*tx, &state.keys, registration, hash).await?;
                        let message = mail(MailKind::RegistrationConfirm, email, language, link(state, token));
                        repo::outbox::enqueue(&*tx, &state.keys, &message, now).await?;
                        repo::audit::append(&*tx, &state.keys, received, now).await?;
                    }
                }
                Ok::<_, StoreError>(())
            }
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(())
}

/// What the registrant sees behind their link.
#[derive(Debug, Clone, Serialize)]
pub struct OwnRegistration {
    /// Where it stands.
    pub status: &'static str,
    /// The name they gave.
    pub name: String,
}

/// The registration behind a registrant's link.
pub async fn by_link(state: &AppState, token: &str) -> Result<OwnRegistration, RegistrationError> {
    let hash = twinbridge_crypto::secrets::hash_token(token);
    let found = repo::registrations::by_token(state.store.read(), &state.keys, &hash).await?;
    let found = found.ok_or(RegistrationError::NotFound)?;
    Ok(OwnRegistration { status: found.status.as_str(), name: found.registrant.name })
}

/// The registrant confirms their address with their link (again: nothing changes).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn confirm(state: &AppState, token: &str) -> Result<(), RegistrationError> {
    let hash = twinbridge_crypto::secrets::hash_token(token);
    let found = repo::registrations::by_token(state.store.read(), &state.keys, &hash).await?;
    let found = found.ok_or(RegistrationError::NotFound)?;
    if found.status != RegistrationStatus::Unconfirmed {
        return Ok(());
    }
    let mut event =
        crate::services::audit::event(AuditAction::RegistrationConfirmed, None, Some(found.organisation), None);
    event.subject = Some(format!("registration:{}", found.id));
    let now = state.clock.now();
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                let from = RegistrationStatus::Unconfirmed;
                if repo::registrations::set_status(&*tx, found.id, from, RegistrationStatus::Confirmed, now).await? {
                    repo::audit::append(&*tx, &state.keys, event, now).await?;
                }
                Ok::<_, StoreError>(())
            }
        })
        .await?;
    Ok(())
}

/// Erases a registration in `tx`, auditing that it happened (`by`: the staff member, or the registrant
/// themselves when `None`) and not whose it was.
async fn erase_in(
    tx: &WriteTx,
    keys: &twinbridge_crypto::KeyRing,
    registration: &Registration,
    by: Option<&twinbridge_store::repo::accounts::Account>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, StoreError> {
    if !repo::registrations::delete(&**tx, registration.id).await? {
        return Ok(false);
    }
    let mut event =
        crate::services::audit::event(AuditAction::RegistrationErased, by, Some(registration.organisation), None);
    event.details = json!({ "by": if by.is_some() { "staff" } else { "registrant" } });
    repo::audit::append(&**tx, keys, event, now).await?;
    Ok(true)
}

/// The registrant withdraws with their link: the registration is erased.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn withdraw(state: &AppState, token: &str) -> Result<(), RegistrationError> {
    let hash = twinbridge_crypto::secrets::hash_token(token);
    let found = repo::registrations::by_token(state.store.read(), &state.keys, &hash).await?;
    let found = found.ok_or(RegistrationError::NotFound)?;
    let now = state.clock.now();
    let found = &found;
    state.store.write_tx(|tx| async move { erase_in(&tx, &state.keys, found, None, now).await }).await?;
    Ok(())
}

/// A registration as the registry's staff see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RegistrationLine {
    /// Its id.
    pub id: String,
    /// Where it stands.
    pub status: &'static str,
    /// Name as typed.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Phone.
    pub phone: Option<String>,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// Sex as given.
    pub sex: Option<String>,
    /// Region.
    pub region: Option<String>,
    /// Health answers.
    pub health_answers: Option<serde_json::Value>,
    /// Received.
    pub registered_at: chrono::DateTime<chrono::Utc>,
}

impl RegistrationLine {
    fn of(r: Registration) -> Self {
        Self {
            id: r.id.to_string(),
            status: r.status.as_str(),
            name: r.registrant.name,
            email: r.registrant.email,
            phone: r.registrant.phone,
            date_of_birth: r.registrant.date_of_birth,
            sex: r.registrant.sex,
            region: r.registrant.region,
            health_answers: r.registrant.health_answers,
            registered_at: r.created_at,
        }
    }
}

/// The donor registries whose registrations the caller works with: where they are a coordinator.
async fn own_registries(state: &AppState, user: &CurrentUser) -> Result<Vec<OrganisationId>, RegistrationError> {
    let mut out = Vec::new();
    for (organisation, role) in &user.roles {
        if *role != StaffRole::Coordinator || out.contains(organisation) {
            continue;
        }
        let found = repo::organisations::get(state.store.read(), *organisation).await?;
        if found.is_some_and(|o| o.kind == OrganisationKind::DonorRegistry) {
            out.push(*organisation);
        }
    }
    if out.is_empty() { Err(RegistrationError::NotFound) } else { Ok(out) }
}

/// Whether the caller works with registrations (a coordinator of a donor registry).
pub async fn works_with_registrations(state: &AppState, user: &CurrentUser) -> Result<bool, StoreError> {
    match own_registries(state, user).await {
        Ok(_) => Ok(true),
        Err(RegistrationError::Store(e)) => Err(e),
        Err(_) => Ok(false),
    }
}

/// The registrations of the caller's registries, oldest first, of one status or all. Reading them is an
/// access to identities: audited with the number read.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    status: Option<&str>,
) -> Result<Vec<RegistrationLine>, RegistrationError> {
    let status = match status.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Some(s.parse::<RegistrationStatus>().map_err(|e| invalid("status", e))?),
        None => None,
    };
    let mut out = Vec::new();
    for organisation in own_registries(state, user).await? {
        let found = repo::registrations::of_organisation(state.store.read(), &state.keys, organisation, status).await?;
        let mut event = crate::services::audit::event(
            AuditAction::RegistrationsRead,
            Some(&user.account),
            Some(organisation),
            None,
        );
        event.details = json!({ "count": found.len(), "status": status.map(RegistrationStatus::as_str) });
        crate::services::audit::record(state, event).await?;
        out.extend(found.into_iter().map(RegistrationLine::of));
    }
    Ok(out)
}

/// The caller's registrations as CSV (RFC 4180 quoting; cells a spreadsheet would run as formulas are
/// neutralised). Audited like the list.
pub async fn export_csv(state: &AppState, user: &CurrentUser) -> Result<Vec<u8>, RegistrationError> {
    let lines = list(state, user, None).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let write_err =
        |e: csv::Error| RegistrationError::Store(StoreError::corrupt("donor_registrations", uuid::Uuid::nil(), e));
    out.write_record(["id", "status", "name", "email", "phone", "date_of_birth", "sex", "region", "registered_at"])
        .map_err(write_err)?;
    for l in lines {
        let row = [
            l.id,
            l.status.to_owned(),
            l.name,
            l.email,
            l.phone.unwrap_or_default(),
            l.date_of_birth.to_string(),
            l.sex.unwrap_or_default(),
            l.region.unwrap_or_default(),
            l.registered_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        ];
        out.write_record(row.iter().map(|cell| spreadsheet_cell(cell))).map_err(write_err)?;
    }
    out.into_inner().map_err(|e| write_err(e.into_error().into()))
}

async fn own_registration(state: &AppState, user: &CurrentUser, id: &str) -> Result<Registration, RegistrationError> {
    let id: RegistrationId = id.parse().map_err(|_| RegistrationError::NotFound)?;
    let registries = own_registries(state, user).await?;
    let found = repo::registrations::get(state.store.read(), &state.keys, id).await?;
    found.filter(|r| registries.contains(&r.organisation)).ok_or(RegistrationError::NotFound)
}

/// A coordinator moves a registration on (kit sent, typed) or withdraws it.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn set_status(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    status: &str,
) -> Result<RegistrationLine, RegistrationError> {
    let to: RegistrationStatus = status.parse().map_err(|e| invalid("status", e))?;
    let found = own_registration(state, user, id).await?;
    if !found.status.staff_may_move_to(to) {
        return Err(RegistrationError::Conflict(found.status.as_str(), to.as_str()));
    }
    let mut event = crate::services::audit::event(
        AuditAction::RegistrationStatusChanged,
        Some(&user.account),
        Some(found.organisation),
        Some(format!("registration:{}", found.id)),
    );
    event.details = json!({ "from": found.status.as_str(), "to": to.as_str() });
    let now = state.clock.now();
    let (from, rid) = (found.status, found.id);
    let moved = state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                let moved = repo::registrations::set_status(&*tx, rid, from, to, now).await?;
                if moved {
                    repo::audit::append(&*tx, &state.keys, event, now).await?;
                }
                Ok::<_, StoreError>(moved)
            }
        })
        .await?;
    if !moved {
        return Err(RegistrationError::Conflict(from.as_str(), to.as_str()));
    }
    Ok(RegistrationLine::of(Registration { status: to, updated_at: now, ..found }))
}

/// A coordinator erases a registration (at the registrant's request by other means).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn erase(state: &AppState, user: &CurrentUser, id: &str) -> Result<(), RegistrationError> {
    let found = own_registration(state, user, id).await?;
    let now = state.clock.now();
    let (found, account) = (&found, &user.account);
    state.store.write_tx(|tx| async move { erase_in(&tx, &state.keys, found, Some(account), now).await }).await?;
    Ok(())
}
