//! The scheduled jobs (docs/adr/0014-notifications-and-scheduled-jobs.md): the staff digest,
//! escalations, "from today you may…" when a waiting period ends, and health updates due. Run by every
//! `serve` in the background and by `twinbridge jobs run-due`.
//!
//! Exactly once: a job is claimed with a lease in the database before it runs (one instance runs it at a
//! time, and a runner that died frees it when the lease ends), and every notice is marked as sent in the
//! transaction that queues its e-mail, by a key that names it; a mark that exists already means the
//! e-mail is not queued again. So a job run twice, interrupted, or raced tells nobody twice.

use std::collections::{BTreeSet, HashMap};

use chrono::TimeDelta;
use serde::Serialize;
use serde_json::json;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::consent::ConsentLevel;
use twinbridge_domain::notice::{self, DEFAULT_TARGET_WORKING_DAYS, Job, MailKind};
use twinbridge_domain::participant::{AGE_OF_MAJORITY, ProxyRelation};
use twinbridge_domain::rules::{HealthUpdates, Possible, Side};
use twinbridge_domain::{AccountId, Pairing, PairingId, Participant, Role};
use twinbridge_store::repo::audit::NewEvent;
use twinbridge_store::repo::outbox::OutgoingMessage;
use twinbridge_store::{ConnectionTrait, StoreError, WriteTx, repo};

use crate::auth::CurrentUser;
use crate::services::identity::{self, Purpose};
use crate::services::notify;
use crate::services::policy::{self, PolicyError};
use crate::services::waiting::{self, WaitingError, WaitingItem};
use crate::state::AppState;

/// How long a claimed job is held for its runner.
const LEASE: TimeDelta = TimeDelta::minutes(10);

/// Why a job failed.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Finding what waits failed.
    #[error(transparent)]
    Waiting(#[from] WaitingError),
    /// A policy could not be computed.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// Changing a case failed.
    #[error(transparent)]
    Case(#[from] crate::services::cases::CaseError),
    /// An erasure failed.
    #[error(transparent)]
    Erasure(#[from] crate::services::erasure::ErasureError),
    /// The audit checkpoint could not be written.
    #[error("audit checkpoint: {0}")]
    Checkpoint(String),
}

/// What one job did.
#[derive(Debug, Clone, Serialize)]
pub struct JobOutcome {
    /// The job.
    pub job: &'static str,
    /// Whether this call ran it (not when it was not due, or another runner held it).
    pub ran: bool,
    /// The e-mails it queued.
    pub queued: usize,
    /// Why it failed, if it did.
    pub error: Option<String>,
}

/// Runs each job that is due (every job, with `force`: an operator's "run now"), one after the other.
/// A job that fails is recorded and the others still run; the error is in its outcome.
pub async fn run_due(state: &AppState, force: bool) -> Result<Vec<JobOutcome>, StoreError> {
    let mut outcomes = Vec::new();
    for job in Job::ALL {
        let now = state.clock.now();
        let name = job.as_str();
        let claimed = state
            .store
            .write_tx(|tx| async move {
                repo::jobs::ensure(&*tx, name, now).await?;
                repo::jobs::claim(&*tx, name, now, now + LEASE, force).await
            })
            .await?;
        if !claimed {
            outcomes.push(JobOutcome { job: name, ran: false, queued: 0, error: None });
            continue;
        }
        let result = run(state, job).await;
        let error = result.as_ref().err().map(ToString::to_string);
        if let Some(e) = &error {
            tracing::warn!(job = name, error = %e, "scheduled job failed");
        }
        let finished = state.clock.now();
        state
            .store
            .write_tx(|tx| {
                let error = error.as_deref();
                async move { repo::jobs::finish(&*tx, name, finished, finished + job.interval(), error).await }
            })
            .await?;
        let queued = result.unwrap_or(0);
        if queued > 0 {
            state.mail_wakeup.notify_one();
        }
        outcomes.push(JobOutcome { job: name, ran: true, queued, error });
    }
    Ok(outcomes)
}

/// How often the background runner looks for due jobs.
const TICK: std::time::Duration = std::time::Duration::from_secs(30);

/// The background runner of `serve`: runs the due jobs now and every [`TICK`] until `stop` is notified.
pub async fn run_in_background(state: AppState, stop: std::sync::Arc<tokio::sync::Notify>) {
    loop {
        if let Err(e) = run_due(&state, false).await {
            tracing::warn!(error = %e, "scheduled jobs: storage error");
        }
        tokio::select! {
            () = tokio::time::sleep(TICK) => {}
            () = stop.notified() => return,
        }
    }
}

async fn run(state: &AppState, job: Job) -> Result<usize, JobError> {
    match job {
        Job::Digest => digests(state).await,
        Job::Escalations => escalations(state).await,
        Job::PeriodEnds => period_ends(state).await,
        Job::HealthUpdatesDue => health_updates_due(state).await,
        Job::ComingOfAge => coming_of_age(state).await,
        Job::Retention => {
            let erased = crate::services::erasure::erase_after_retention(state).await?;
            if erased > 0 {
                tracing::info!(persons = erased, "identities erased at the end of their retention period");
            }
            // It sends no e-mail.
            Ok(0)
        }
        Job::AuditCheckpoint => {
            let dir = &state.config.audit_checkpoint_dir;
            crate::checkpoint::write_scheduled(&state.store, &state.keys, dir, state.clock.now())
                .await
                .map_err(JobError::Checkpoint)?;
            Ok(0)
        }
    }
}

/// Queues `message` under `key`, unless a notice with that key was queued before; `true` if queued.
async fn once(tx: &WriteTx, state: &AppState, key: &str, message: &OutgoingMessage) -> Result<bool, StoreError> {
    let now = state.clock.now();
    if !repo::notices::mark(&**tx, key, now).await? {
        return Ok(false);
    }
    repo::outbox::enqueue(&**tx, &state.keys, message, now).await?;
    Ok(true)
}

/// Every enabled coordinator on this instance, each once.
async fn coordinators(state: &AppState) -> Result<Vec<CurrentUser>, StoreError> {
    let conn = state.store.read();
    let mut seen = BTreeSet::<AccountId>::new();
    let mut out = Vec::new();
    for organisation in repo::organisations::list(conn).await? {
        for account in notify::coordinators_of(state, conn, organisation.id).await? {
            if seen.insert(account.id) {
                let roles = repo::accounts::roles(conn, account.id).await?;
                out.push(CurrentUser { account, roles, via_token: false, service: None });
            }
        }
    }
    Ok(out)
}

/// What waits for a coordinator's side (not what they might do as anything else).
async fn staff_items(state: &AppState, user: &CurrentUser) -> Result<Vec<WaitingItem>, WaitingError> {
    Ok(waiting::for_user(state, user).await?.into_iter().filter(|i| i.organisation.is_some()).collect())
}

fn home(state: &AppState) -> String {
    notify::link(state, "/home")
}

/// A digest to each coordinator whose frequency allows one now and for whom something new waits: how
/// many items wait and how many are new. Every item it counts is marked for that coordinator.
async fn digests(state: &AppState) -> Result<usize, JobError> {
    let mut queued = 0;
    for user in coordinators(state).await? {
        let now = state.clock.now();
        if !user.account.mail.digest.allows(user.account.last_digest_at, now) {
            continue;
        }
        let items = staff_items(state, &user).await?;
        let keys: Vec<String> = items.iter().map(|i| format!("digest:{}:{}", user.account.id, i.key)).collect();
        let marked: BTreeSet<String> = repo::notices::marked(state.store.read(), &keys).await?.into_iter().collect();
        let new = keys.iter().filter(|k| !marked.contains(*k)).count();
        if new == 0 {
            continue;
        }
        let payload = json!({ "link": home(state), "count": items.len(), "new": new });
        let Some(message) = notify::to_account(MailKind::Digest, &user.account, payload) else { continue };
        let (account, last, keys, message) = (&user.account, user.account.last_digest_at, &keys, &message);
        let sent = state
            .store
            .write_tx(|tx| async move {
                // Of two runners racing for one account, the one that moves its last digest on sends.
                if !repo::accounts::claim_digest(&*tx, account.id, last, now).await? {
                    return Ok(false);
                }
                for key in keys {
                    repo::notices::mark(&*tx, key, now).await?;
                }
                repo::outbox::enqueue(&*tx, &state.keys, message, now).await?;
                Ok::<_, StoreError>(true)
            })
            .await?;
        queued += usize::from(sent);
    }
    Ok(queued)
}

/// An escalation to each coordinator for the items of their side that waited longer than their
/// organisation's target, once per item; one e-mail names how many there are.
async fn escalations(state: &AppState) -> Result<usize, JobError> {
    let targets = repo::organisations::targets(state.store.read()).await?;
    let today = state.clock.today();
    let mut queued = 0;
    for user in coordinators(state).await? {
        if !user.account.mail.wants(MailKind::Escalation) {
            continue;
        }
        let overdue: Vec<WaitingItem> = staff_items(state, &user)
            .await?
            .into_iter()
            .filter(|i| {
                let target =
                    i.organisation.and_then(|o| targets.get(&o).copied()).unwrap_or(DEFAULT_TARGET_WORKING_DAYS);
                notice::overdue(i.since.date_naive(), today, target)
            })
            .collect();
        let keys: Vec<String> = overdue.iter().map(|i| format!("escalation:{}:{}", user.account.id, i.key)).collect();
        let marked: BTreeSet<String> = repo::notices::marked(state.store.read(), &keys).await?.into_iter().collect();
        let new: Vec<&String> = keys.iter().filter(|k| !marked.contains(*k)).collect();
        if new.is_empty() {
            continue;
        }
        let payload = json!({ "link": home(state), "count": new.len() });
        let Some(message) = notify::to_account(MailKind::Escalation, &user.account, payload) else { continue };
        let (new, message) = (&new, &message);
        let sent = state
            .store
            .write_tx(|tx| async move {
                let now = state.clock.now();
                let mut fresh = false;
                for key in new.iter() {
                    fresh |= repo::notices::mark(&*tx, key, now).await?;
                }
                if fresh {
                    repo::outbox::enqueue(&*tx, &state.keys, message, now).await?;
                }
                Ok::<_, StoreError>(fresh)
            })
            .await?;
        queued += usize::from(sent);
    }
    Ok(queued)
}

/// The pairings with their participants.
async fn pairings_with_participants(
    conn: &impl ConnectionTrait,
) -> Result<(Vec<Pairing>, HashMap<PairingId, Vec<Participant>>), StoreError> {
    let pairings = repo::pairings::list(conn).await?;
    let ids: Vec<PairingId> = pairings.iter().map(|p| p.id).collect();
    let mut participants: HashMap<PairingId, Vec<Participant>> = HashMap::new();
    for p in repo::pairings::participants_of_pairings(conn, &ids).await? {
        participants.entry(p.pairing).or_default().push(p);
    }
    Ok((pairings, participants))
}

/// "From today you may…": to each participant of a pairing whose waiting period ended within the notice
/// window, unless they chose no contact. Keyed by the day, so a later donation that moves the day tells
/// them again on the new one.
async fn period_ends(state: &AppState) -> Result<usize, JobError> {
    let conn = state.store.read();
    let today = state.clock.today();
    let (pairings, participants) = pairings_with_participants(conn).await?;
    let all: Vec<&Pairing> = pairings.iter().collect();
    let mut policies = policy::explain_many(conn, &all, today).await?;
    let mut queued = 0;
    for pairing in &pairings {
        let Some(Ok(explanation)) = policies.remove(&pairing.id) else { continue };
        let release = &explanation.identity_release;
        let Some(day) = release
            .earliest_date
            .filter(|d| release.possible == Possible::AfterPeriod && notice::within_notice_window(*d, today))
        else {
            continue;
        };
        if crate::services::deceased::patient_died(conn, pairing.id).await? {
            continue;
        }
        let consents = repo::consents::current(conn, pairing.id).await?;
        for participant in participants.get(&pairing.id).into_iter().flatten() {
            if consents.get(&participant.id).is_some_and(|c| c.level() == ConsentLevel::NoContact) {
                continue;
            }
            let Some(account) = repo::accounts::find_by_person(conn, &state.keys, participant.person).await? else {
                continue;
            };
            let payload = json!({ "link": notify::pairing_link(state, pairing), "date": day.to_string() });
            let Some(message) = notify::to_account(MailKind::PeriodEnded, &account, payload) else { continue };
            let key = format!("period-ended:{}:{}:{day}", pairing.id, participant.id);
            let event = notice_event(MailKind::PeriodEnded, participant, pairing);
            queued += usize::from(send_once(state, &key, &message, Some(event)).await?);
        }
    }
    Ok(queued)
}

/// Queues `message` once under `key`, with `event` in the same transaction when it is queued.
async fn send_once(
    state: &AppState,
    key: &str,
    message: &OutgoingMessage,
    event: Option<NewEvent>,
) -> Result<bool, StoreError> {
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                let queued = once(&tx, state, key, message).await?;
                if let (true, Some(event)) = (queued, event) {
                    repo::audit::append(&*tx, &state.keys, event, state.clock.now()).await?;
                }
                Ok(queued)
            }
        })
        .await
}

/// The audit event of a scheduled notice to a participant: who, which kind, never the text.
fn notice_event(kind: MailKind, participant: &Participant, pairing: &Pairing) -> NewEvent {
    let organisation =
        notify::organisation_of(pairing, if participant.role.is_donor_side() { Side::Donor } else { Side::Patient });
    let mut event = crate::services::audit::event(
        AuditAction::NoticeSent,
        None,
        organisation,
        Some(format!("participant:{}", participant.id)),
    );
    event.details = json!({ "kind": kind.as_str(), "pairing": pairing.id.to_string() });
    event
}

/// To the patient side's coordinators, on each day of the usual schedule after the transplant: a health
/// update is due — where the rules allow updates, both sides want them, the patient lives, and none was
/// written in the month before.
async fn health_updates_due(state: &AppState) -> Result<usize, JobError> {
    let conn = state.store.read();
    let today = state.clock.today();
    let (pairings, participants) = pairings_with_participants(conn).await?;
    let mut queued = 0;
    for pairing in &pairings {
        let (Some(transplant), Some(organisation)) = (pairing.transplant_date, pairing.patient_organisation) else {
            continue;
        };
        let Some(due) = notice::health_update_due(transplant, today) else { continue };
        let people = participants.get(&pairing.id).map(Vec::as_slice).unwrap_or_default();
        if crate::services::deceased::patient_died(conn, pairing.id).await?
            || !crate::services::health_updates::wanted(conn, pairing.id, people).await?
        {
            continue;
        }
        match policy::explain(conn, pairing, today).await {
            Ok(e) if e.health_updates == HealthUpdates::Allowed => {}
            Ok(_) | Err(PolicyError::Incomplete | PolicyError::NotFound) => continue,
            Err(other) => return Err(other.into()),
        }
        let recent = repo::letters::health_updates_since(conn, pairing.id, due - TimeDelta::days(30)).await?;
        if recent > 0 {
            continue;
        }
        let payload = json!({
            "link": notify::pairing_link(state, pairing),
            "reference": pairing.reference.as_str(),
            "date": due.to_string(),
        });
        for account in notify::coordinators_of(state, conn, organisation).await? {
            let Some(message) = notify::to_account(MailKind::HealthUpdateDue, &account, payload.clone()) else {
                continue;
            };
            let key = format!("health-update-due:{}:{due}:{}", pairing.id, account.id);
            queued += usize::from(send_once(state, &key, &message, None).await?);
        }
    }
    Ok(queued)
}

/// A patient represented as a minor by a parent or guardian, whose 18th birthday came within the notice
/// window: their account is opened, they get an invitation of their own, the patient side's coordinators
/// are told (to talk with them and their representative), and it is audited. Once per patient: a
/// coordinator who closes the account again later is not overruled.
async fn coming_of_age(state: &AppState) -> Result<usize, JobError> {
    let conn = state.store.read();
    let today = state.clock.today();
    let (pairings, participants) = pairings_with_participants(conn).await?;
    let mut queued = 0;
    for pairing in &pairings {
        let people = participants.get(&pairing.id).map(Vec::as_slice).unwrap_or_default();
        let represented =
            people.iter().any(|p| matches!(p.role, Role::Proxy(ProxyRelation::Parent | ProxyRelation::Guardian)));
        let Some(patient) = people.iter().find(|p| p.role == Role::Patient) else { continue };
        if !represented {
            continue;
        }
        let key = format!("came-of-age:{}", patient.id);
        if !repo::notices::marked(conn, std::slice::from_ref(&key)).await?.is_empty() {
            continue;
        }
        let Some(account) = repo::accounts::find_by_person(conn, &state.keys, patient.person).await? else { continue };
        if !account.disabled || crate::services::deceased::patient_died(conn, pairing.id).await? {
            continue;
        }
        let Some(person) = identity::read(state, None, patient.person, Purpose::ComingOfAge).await? else { continue };
        let Some(adult_on) = person.date_of_birth.and_then(|born| {
            born.date().checked_add_months(chrono::Months::new(12 * u32::try_from(AGE_OF_MAJORITY).unwrap_or(18)))
        }) else {
            continue;
        };
        if !notice::within_notice_window(adult_on, today) {
            continue;
        }
        let Some(organisation) = pairing.patient_organisation else { continue };
        let payload = json!({ "link": notify::pairing_link(state, pairing), "reference": pairing.reference.as_str() });
        let told: Vec<OutgoingMessage> = notify::coordinators_of(state, conn, organisation)
            .await?
            .iter()
            .filter_map(|c| notify::to_account(MailKind::PatientCameOfAge, c, payload.clone()))
            .collect();
        let mut event = crate::services::audit::event(
            AuditAction::PatientCameOfAge,
            None,
            Some(organisation),
            Some(format!("participant:{}", patient.id)),
        );
        event.details = json!({ "pairing": pairing.id.to_string() });
        let (key, account, person, told) = (&key, &account, &person, &told);
        let opened = state
            .store
            .write_tx(|tx| {
                let event = event.clone();
                async move {
                    let now = state.clock.now();
                    if !repo::notices::mark(&*tx, key, now).await? {
                        return Ok(false);
                    }
                    repo::accounts::set_disabled(&*tx, account.id, false, account.auth_version + 1).await?;
                    let language = account.language.clone().unwrap_or_else(|| person.language.as_str().to_owned());
                    crate::services::cases::invite_account(
                        &tx,
                        state,
                        account.id,
                        Some(patient.person),
                        &person.email,
                        &language,
                        now,
                    )
                    .await?;
                    for message in told {
                        repo::outbox::enqueue(&*tx, &state.keys, message, now).await?;
                    }
                    repo::audit::append(&*tx, &state.keys, event, now).await?;
                    Ok::<_, crate::services::cases::CaseError>(true)
                }
            })
            .await?;
        if opened {
            queued += 1 + told.len();
        }
    }
    Ok(queued)
}
