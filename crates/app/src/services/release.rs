//! Identity release (docs/adr/0012-identity-release.md): a participant asks, each side's coordinator signs
//! off what their side may attest, and the release happens in the request of the last sign-off that
//! completes it. The policy is evaluated inside each step's write transaction (ADR 0009), and a request
//! leaves `requested` only by a conditional update, so simultaneous steps decide once.
//!
//! What a participant learns of the other party goes through [`counterpart`] only: before release the
//! facts the rules let be told, after release the fields the other chose to share, each read audited.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;
use twinbridge_domain::access::{self, Relation};
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::consent::ShareField;
use twinbridge_domain::release::{self, Consents, Refusal, ReleaseRequest, ReleaseStatus, SignOff};
use twinbridge_domain::rules::{Condition, Disclosure, Explanation, Facts, Possible, RuleBook, Side};
use twinbridge_domain::{Pairing, Participant, ParticipantId, ReleaseRequestId};
use twinbridge_store::repo::{self, outbox::OutgoingMessage};
use twinbridge_store::{ConnectionTrait, StoreError, TxError};

use crate::auth::CurrentUser;
use crate::services::notify;
use crate::services::pairings::{self, VisiblePairing};
use crate::services::policy::{self, PolicyError};
use crate::state::AppState;

/// Why a release step was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    /// The pairing or request does not exist for the caller.
    #[error("not found")]
    NotFound,
    /// The caller may see it but not take this step.
    #[error("{0}")]
    Forbidden(&'static str),
    /// The rules or the consents do not allow it (now, or ever).
    #[error("{}", refusal_text(.0))]
    Refused(Refusal),
    /// The request is not in a state for this step: a stable code and why.
    #[error("{1}")]
    Conflict(&'static str, &'static str),
    /// The policy could not be computed.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl TxError for ReleaseError {
    fn store_error(&self) -> Option<&StoreError> {
        match self {
            Self::Store(e) | Self::Policy(PolicyError::Store(e)) => Some(e),
            _ => None,
        }
    }
}

/// The English wording of a refusal (the pages translate the code).
pub fn refusal_text(refusal: &Refusal) -> String {
    match refusal {
        Refusal::Never => "The contact rules of this pairing never allow donor and patient to learn each other's \
                           identity."
            .into(),
        Refusal::RulesUnknown => "The contact rules of this pairing do not say whether identities may be \
                                  exchanged, so they are not."
            .into(),
        Refusal::Waiting { earliest_date: Some(day) } => {
            format!("The waiting period runs: identities can be exchanged from {day} at the earliest.")
        }
        Refusal::Waiting { earliest_date: None } => {
            "The waiting period has not started yet: the event it counts from is not recorded.".into()
        }
        Refusal::NotInitiator => "Under the contact rules of this pairing only the other side may ask.".into(),
        Refusal::Consent { missing } => {
            let whose = match missing.as_slice() {
                [Side::Donor] => "the donor has",
                [Side::Patient] => "the patient has",
                _ => "neither of you has",
            };
            format!("Both need to have chosen to share details in their contact choices; {whose} not.")
        }
    }
}

fn moved_meanwhile() -> ReleaseError {
    ReleaseError::Conflict("release-moved", "Someone else changed this release request at the same moment; reload it.")
}

/// The policy of a stored pairing evaluated through `conn` on `today`, with the attested conditions of its
/// live request.
async fn evaluate(
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    today: NaiveDate,
) -> Result<(Explanation, Facts), ReleaseError> {
    let (book, facts): (RuleBook, Facts) = policy::facts_of(conn, pairing).await?;
    let explanation = book.evaluate(&facts, today).map_err(PolicyError::from)?;
    Ok((explanation, facts))
}

fn consents_of(facts: &Facts) -> Consents {
    Consents { donor: facts.donor_consent, patient: facts.patient_consent }
}

/// The caller's participation in a pairing they see.
fn me<'a>(visible: &'a VisiblePairing, user: &CurrentUser) -> Option<&'a Participant> {
    visible.participants.iter().find(|p| Some(p.person) == user.account.person)
}

/// A participant asks for the identities to be released.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn request(state: &AppState, user: &CurrentUser, pairing_id: &str) -> Result<ReleaseRequest, ReleaseError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(ReleaseError::NotFound)?;
    let Relation::Participant(_) = visible.relation else {
        return Err(ReleaseError::Forbidden("Only the donor, the patient or the patient's representative asks."));
    };
    let me = me(&visible, user).ok_or(ReleaseError::NotFound)?;
    let side = visible.relation.side();
    let pairing = &visible.pairing;
    let (now, today) = (state.clock.now(), state.clock.today());
    let new = ReleaseRequest::new(pairing.id, me.id, side, now);
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::ReleaseRequested,
        Some(&user.account),
        organisation,
        Some(format!("pairing:{}", pairing.id)),
    );
    event.details = json!({ "request": new.id.to_string(), "side": repo::letters::side_name(side) });
    state
        .store
        .write_tx(|tx| {
            let (new, event) = (&new, event.clone());
            async move {
                let (explanation, facts) = evaluate(&*tx, pairing, today).await?;
                release::may_request(&explanation.identity_release, side, consents_of(&facts))
                    .map_err(ReleaseError::Refused)?;
                match repo::release_requests::live_of_pairing(&*tx, pairing.id).await? {
                    Some(r) if r.status == ReleaseStatus::Released => {
                        return Err(ReleaseError::Conflict("release-done", "The identities were already released."));
                    }
                    Some(_) => {
                        return Err(ReleaseError::Conflict(
                            "release-open",
                            "A release has already been asked for and waits for the coordinators.",
                        ));
                    }
                    None => {}
                }
                repo::release_requests::insert(&*tx, new).await.map_err(|e| match e {
                    StoreError::Duplicate(_) => ReleaseError::Conflict(
                        "release-open",
                        "A release has already been asked for and waits for the coordinators.",
                    ),
                    other => other.into(),
                })?;
                let mut messages = notify::coordinators(state, &*tx, pairing, Side::Donor).await?;
                messages.extend(notify::coordinators(state, &*tx, pairing, Side::Patient).await?);
                enqueue(&*tx, state, &messages, now).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                Ok(())
            }
        })
        .await?;
    Ok(new)
}

async fn enqueue(
    conn: &impl ConnectionTrait,
    state: &AppState,
    messages: &[OutgoingMessage],
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    for message in messages {
        repo::outbox::enqueue(conn, &state.keys, message, now).await?;
    }
    Ok(())
}

/// A coordinator of either side signs off a request, attesting what their side may attest (other flags are
/// ignored). The policy is evaluated again: the request is released, stopped or stays requested. A request
/// that has already ended is returned as it is.
#[tracing::instrument(level = "debug", skip_all, fields(request = %request_id))]
pub async fn sign_off(
    state: &AppState,
    user: &CurrentUser,
    request_id: &str,
    sign_off: SignOff,
) -> Result<ReleaseRequest, ReleaseError> {
    let id = request_id.parse::<ReleaseRequestId>().map_err(|_| ReleaseError::NotFound)?;
    let found = repo::release_requests::get(state.store.read(), id).await?.ok_or(ReleaseError::NotFound)?;
    let visible = pairings::visible(state, user, &found.pairing.to_string()).await?.ok_or(ReleaseError::NotFound)?;
    if matches!(visible.relation, Relation::Participant(_)) {
        // A participant sees the pairing but not its sign-off.
        return Err(ReleaseError::Forbidden("Only a coordinator of either side signs off a release."));
    }
    let side = visible.relation.side();
    let pairing = &visible.pairing;
    let participants = &visible.participants;
    let (now, today, account) = (state.clock.now(), state.clock.today(), user.account.id);
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    state
        .store
        .write_tx(|tx| async move {
            let mut request = repo::release_requests::get(&*tx, id).await?.ok_or(ReleaseError::NotFound)?;
            if request.status != ReleaseStatus::Requested {
                // Ended already (released, or stopped by a withdrawn consent): nothing to sign; the answer
                // says where it stands.
                return Ok(request);
            }
            request.attestations = request.attestations.signed_by(side, sign_off);
            let (book, mut facts) = policy::facts_of(&*tx, pairing).await?;
            facts.conditions_met = request.attestations.conditions_met();
            let explanation = book.evaluate(&facts, today).map_err(PolicyError::from)?;
            let release = &explanation.identity_release;
            let (status, open) = release::after_sign_off(release, consents_of(&facts), request.attestations);
            request.status = status;
            if status != ReleaseStatus::Requested {
                request.ended_at = Some(now);
            }
            if status == ReleaseStatus::Stopped {
                request.stop_reason = Some(release::stop_reason(release, consents_of(&facts)).to_owned());
            }
            if !repo::release_requests::update_open(&*tx, &request, Some((side, account)), now).await? {
                return Err(moved_meanwhile());
            }
            let mut event = crate::services::audit::event(
                AuditAction::ReleaseSignedOff,
                Some(&user.account),
                organisation,
                Some(format!("pairing:{}", pairing.id)),
            );
            event.details = json!({
                "request": request.id.to_string(),
                "side": repo::letters::side_name(side),
                "counselling_recorded": sign_off.counselling_recorded,
                "patient_well_confirmed": sign_off.patient_well_confirmed && side == Side::Patient,
                "no_further_donation_expected": sign_off.no_further_donation_expected && side == Side::Patient,
                "status": status.as_str(),
                "open_conditions": open.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            });
            repo::audit::append(&*tx, &state.keys, event, now).await?;
            crate::services::webhooks::release_signed_off(state, &*tx, pairing, &request, side).await?;
            finish(state, &*tx, pairing, participants, &request, now).await?;
            if status == ReleaseStatus::Requested {
                let other = if side == Side::Donor { Side::Patient } else { Side::Donor };
                let signed = if other == Side::Donor {
                    request.attestations.donor_signed
                } else {
                    request.attestations.patient_signed
                };
                if !signed {
                    enqueue(&*tx, state, &notify::coordinators(state, &*tx, pairing, other).await?, now).await?;
                }
            }
            Ok(request)
        })
        .await
}

/// When a request ended: its audit event and the news for both participants.
async fn finish(
    state: &AppState,
    tx: &impl ConnectionTrait,
    pairing: &Pairing,
    participants: &[Participant],
    request: &ReleaseRequest,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let action = match request.status {
        ReleaseStatus::Requested => return Ok(()),
        ReleaseStatus::Released => AuditAction::ReleaseCompleted,
        ReleaseStatus::Stopped => AuditAction::ReleaseStopped,
    };
    let mut event = crate::services::audit::event(action, None, None, Some(format!("pairing:{}", pairing.id)));
    event.organisation = Some(pairing.donor_organisation);
    event.details = json!({ "request": request.id.to_string(), "reason": request.stop_reason });
    repo::audit::append(tx, &state.keys, event, now).await?;
    let everyone: Vec<&Participant> = participants.iter().collect();
    enqueue(tx, state, &notify::participants(state, tx, pairing, &everyone).await?, now).await
}

/// Inside a consent change's transaction: a participant who no longer shares details stops the pending
/// release of their pairing (`withdrawing` is whether the new level is below `share_details`).
pub(crate) async fn stop_pending(
    state: &AppState,
    tx: &impl ConnectionTrait,
    pairing: &Pairing,
    participants: &[Participant],
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let Some(mut request) = repo::release_requests::live_of_pairing(tx, pairing.id).await? else { return Ok(()) };
    if request.status != ReleaseStatus::Requested {
        return Ok(());
    }
    request.status = ReleaseStatus::Stopped;
    request.stop_reason = Some("consent-withdrawn".into());
    request.ended_at = Some(now);
    if repo::release_requests::update_open(tx, &request, None, now).await? {
        finish(state, tx, pairing, participants, &request, now).await?;
    }
    Ok(())
}

/// Inside the transaction recording the patient's death: a pending request stops with `reason`, without
/// news to the participants (the donor hears it from their coordinator).
pub(crate) async fn stop_quietly(
    tx: &impl ConnectionTrait,
    keys: &twinbridge_crypto::KeyRing,
    pairing: &Pairing,
    reason: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let Some(mut request) = repo::release_requests::live_of_pairing(tx, pairing.id).await? else { return Ok(()) };
    if request.status != ReleaseStatus::Requested {
        return Ok(());
    }
    request.status = ReleaseStatus::Stopped;
    request.stop_reason = Some(reason.to_owned());
    request.ended_at = Some(now);
    if repo::release_requests::update_open(tx, &request, None, now).await? {
        let mut event = crate::services::audit::event(
            AuditAction::ReleaseStopped,
            None,
            None,
            Some(format!("pairing:{}", pairing.id)),
        );
        event.organisation = Some(pairing.donor_organisation);
        event.details = json!({ "request": request.id.to_string(), "reason": reason });
        repo::audit::append(tx, keys, event, now).await?;
    }
    Ok(())
}

/// Inside a donation's transaction: a donation before release moves the earliest date and reopens what
/// the coordinators attested (a further donation makes "no further donation expected" untrue, and the
/// counselling was for the situation before it). The request stays; both sides sign off again.
pub(crate) async fn reopen_after_donation(
    tx: &impl ConnectionTrait,
    pairing: &Pairing,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let Some(mut request) = repo::release_requests::live_of_pairing(tx, pairing.id).await? else { return Ok(()) };
    if request.status != ReleaseStatus::Requested {
        return Ok(());
    }
    request.attestations = release::Attestations::default();
    repo::release_requests::update_open(tx, &request, None, now).await?;
    Ok(())
}

/// Where the release of a pairing stands, for its page and the API.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReleaseOverview {
    /// The live or latest request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<RequestView>,
    /// `never`, `after_period` or `unknown`.
    pub possible: &'static str,
    /// The first day it may happen, when known.
    pub earliest_date: Option<NaiveDate>,
    /// Conditions of the rules not met yet.
    pub open_conditions: Vec<&'static str>,
    /// Whether the caller may ask now (participants), and if not the refusal's code.
    pub may_request: bool,
    /// Why the caller may not ask now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<&'static str>,
    /// The caller's side may sign off the open request now (coordinators).
    pub may_sign_off: bool,
    /// The caller's side.
    #[serde(skip)]
    pub side: Side,
}

/// A request as shown.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RequestView {
    /// Its id.
    pub id: String,
    /// `requested`, `released` or `stopped`.
    pub status: &'static str,
    /// The side that asked.
    pub requested_by: &'static str,
    /// The donor side signed off.
    pub donor_signed: bool,
    /// The patient side signed off.
    pub patient_signed: bool,
    /// Why it stopped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_reason: Option<String>,
    /// When it was asked for.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// When it ended.
    pub ended_at: Option<chrono::DateTime<chrono::Utc>>,
}

fn view_of(request: &ReleaseRequest, participant: bool) -> RequestView {
    // The donor hears of the patient's death from their coordinator, not from a status.
    let stop_reason = match request.stop_reason.as_deref() {
        Some("patient-deceased") if participant => Some("stopped".to_owned()),
        other => other.map(str::to_owned),
    };
    RequestView {
        id: request.id.to_string(),
        status: request.status.as_str(),
        requested_by: repo::letters::side_name(request.requester_side),
        donor_signed: request.attestations.donor_signed,
        patient_signed: request.attestations.patient_signed,
        stop_reason,
        created_at: request.created_at,
        ended_at: request.ended_at,
    }
}

fn possible_name(possible: Possible) -> &'static str {
    match possible {
        Possible::Never => "never",
        Possible::AfterPeriod => "after_period",
        Possible::Unknown => "unknown",
    }
}

/// Where the release of a pairing the caller sees stands.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn overview(state: &AppState, user: &CurrentUser, pairing_id: &str) -> Result<ReleaseOverview, ReleaseError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(ReleaseError::NotFound)?;
    let evaluated = policy::evaluate(state, &visible).await?;
    Ok(overview_of(&visible, &evaluated))
}

/// [`overview`] of a pairing already read with its rules evaluated today (the pairing page).
pub fn overview_of(visible: &VisiblePairing, evaluated: &policy::Evaluated) -> ReleaseOverview {
    let (explanation, facts) = (&evaluated.explanation, &evaluated.facts);
    let live = evaluated.live_request();
    let shown = live.or_else(|| evaluated.requests.first());
    let side = visible.relation.side();
    let participant = matches!(visible.relation, Relation::Participant(_));
    let refusal = if participant {
        release::may_request(&explanation.identity_release, side, consents_of(facts)).err()
    } else {
        None
    };
    let release = &explanation.identity_release;
    ReleaseOverview {
        request: shown.map(|r| view_of(r, participant)),
        possible: possible_name(release.possible),
        earliest_date: release.earliest_date,
        open_conditions: release.open_conditions.iter().map(|c| c.as_str()).collect(),
        may_request: participant && live.is_none() && refusal.is_none(),
        refusal: refusal.as_ref().map(Refusal::code),
        may_sign_off: !participant && live.is_some_and(|r| r.status == ReleaseStatus::Requested),
        side,
    }
}

/// What a participant may know of the other party now. Every field is optional: only what may be told is
/// there, and nothing else (the stage is for pages; the API tells it at `/release`).
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
pub struct Counterpart {
    /// `before_release` or `released`.
    #[serde(skip)]
    pub stage: &'static str,
    /// The age group (before release, where the rules allow it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_group: Option<String>,
    /// Sex: `female`, `male` or `diverse` (before release, where the rules allow it and it is recorded).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<&'static str>,
    /// Country of residence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// First name (after release, if shared).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// Town.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub town: Option<String>,
    /// E-mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Postal address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_address: Option<String>,
}

/// What the caller (a participant) may know of the other party now: before release the facts the rules
/// allow, when the other has not chosen no contact; after release exactly the fields the other shares now.
/// Each read of the vault is audited.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn counterpart(state: &AppState, user: &CurrentUser, pairing_id: &str) -> Result<Counterpart, ReleaseError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(ReleaseError::NotFound)?;
    counterpart_of(state, user, &visible, None).await
}

/// [`counterpart`] of a pairing already read, with its rules evaluated today if they were (the pairing
/// page); else they are evaluated when needed (only before release).
pub async fn counterpart_of(
    state: &AppState,
    user: &CurrentUser,
    visible: &VisiblePairing,
    evaluated: Option<&policy::Evaluated>,
) -> Result<Counterpart, ReleaseError> {
    let Relation::Participant(_) = visible.relation else {
        return Err(ReleaseError::Forbidden("Only the donor, the patient or the patient's representative asks this."));
    };
    let conn = state.store.read();
    let other_side = if visible.relation.side() == Side::Donor { Side::Patient } else { Side::Donor };
    let Some(other) = twinbridge_domain::participant::speaking_for(&visible.participants, other_side) else {
        return Ok(Counterpart { stage: "before_release", ..Counterpart::default() });
    };
    // What the page has read already, or else read now.
    let (consents, live) = match evaluated {
        Some(e) => (e.consents.clone(), e.live_request().cloned()),
        None => (
            repo::consents::current(conn, visible.pairing.id).await?,
            repo::release_requests::live_of_pairing(conn, visible.pairing.id).await?,
        ),
    };
    let others_consent = consents.get(&other.id);
    let released = live.is_some_and(|r| r.status == ReleaseStatus::Released);
    if released {
        let shares: BTreeSet<ShareField> = others_consent
            .filter(|c| c.level() >= twinbridge_domain::consent::ConsentLevel::ShareDetails)
            .map(|c| c.share().iter().copied().collect())
            .unwrap_or_default();
        let access = access::released_access(other.person, ReleaseStatus::Released, &shares);
        let disclosed = read_disclosed(state, user, other.id, access, "released_details").await?;
        return Ok(Counterpart {
            stage: "released",
            first_name: disclosed.first_name,
            full_name: disclosed.full_name,
            town: disclosed.town,
            email: disclosed.email,
            phone: disclosed.phone,
            postal_address: disclosed.postal_address,
            country: disclosed.country.map(|c| c.as_str().to_owned()),
            ..Counterpart::default()
        });
    }
    let may_tell: Vec<Disclosure> = match evaluated {
        Some(evaluated) => evaluated.explanation.before_release_may_tell.clone(),
        None => policy::evaluate(state, visible).await?.explanation.before_release_may_tell,
    }
    .unwrap_or_default();
    let willing = others_consent.is_some_and(|c| c.level() > twinbridge_domain::consent::ConsentLevel::NoContact);
    let access = if willing { access::before_release_access(other.person, &may_tell) } else { None };
    let disclosed = read_disclosed(state, user, other.id, access, "before_release_facts").await?;
    Ok(Counterpart {
        stage: "before_release",
        age_group: disclosed.date_of_birth.map(|born| release::age_group(born, state.clock.today())),
        sex: disclosed.sex.map(|x| x.as_str()),
        country: disclosed.country.map(|c| c.as_str().to_owned()),
        ..Counterpart::default()
    })
}

/// Reads what `access` allows of the other party, with an audit event naming the purpose; nothing (and
/// no event) without an access.
async fn read_disclosed(
    state: &AppState,
    user: &CurrentUser,
    other: ParticipantId,
    access: Option<access::IdentityAccess>,
    purpose: &'static str,
) -> Result<twinbridge_domain::person::Disclosed, StoreError> {
    let Some(access) = access else { return Ok(Default::default()) };
    let disclosed = repo::persons::read_allowed(state.store.read(), &state.keys, &access).await?.unwrap_or_default();
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::IdentityRead,
        Some(&user.account),
        organisation,
        Some(format!("person:{}", access.person())),
    );
    let fields: Vec<String> = twinbridge_domain::access::Field::ALL
        .into_iter()
        .filter(|f| access.allows(*f))
        .map(|f| format!("{f:?}"))
        .collect();
    event.details = json!({ "purpose": purpose, "participant": other.to_string(), "fields": fields });
    crate::services::audit::record(state, event).await?;
    Ok(disclosed)
}

/// The conditions the caller's side can attest, for the sign-off form.
pub fn attestable(side: Side) -> Vec<Condition> {
    match side {
        Side::Donor => vec![Condition::CounsellingRecorded],
        Side::Patient => {
            vec![Condition::CounsellingRecorded, Condition::PatientWellConfirmed, Condition::NoFurtherDonationExpected]
        }
    }
}
