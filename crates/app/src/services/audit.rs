//! What the audit trail records, in one place: every sign-in and failed sign-in, identity read, consent
//! change, review decision, release and administrative action becomes an event (ids only) appended to the
//! hash chain in the same transaction as the action; reads, which have none, share one with the reads
//! waiting at the same moment ([`Appender`]).

use chrono::{DateTime, NaiveDate, Utc};
use twinbridge_domain::access::Action;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::{AccountId, AccountKind, OrganisationId};
use twinbridge_store::StoreError;
use twinbridge_store::repo::accounts::Account;
use twinbridge_store::repo::audit::NewEvent;
use twinbridge_store::repo::{accounts, persons};

use crate::auth::CurrentUser;
use crate::state::AppState;

/// An event by `actor` about `subject`.
pub fn event(
    action: AuditAction,
    actor: Option<&Account>,
    organisation: Option<OrganisationId>,
    subject: Option<String>,
) -> NewEvent {
    NewEvent { actor: actor.map(|a| a.id), action, organisation, subject, details: serde_json::Value::Null }
}

/// The organisation whose auditors see an account's events: a staff member's first organisation, a
/// participant's registry or centre.
pub async fn home_organisation(state: &AppState, account: &Account) -> Result<Option<OrganisationId>, StoreError> {
    match (account.kind, account.person) {
        (AccountKind::Participant, Some(person)) => persons::organisation_of(state.store.read(), person).await,
        _ => Ok(accounts::roles(state.store.read(), account.id).await?.first().map(|(org, _)| *org)),
    }
}

/// Appends one event apart from any other write (for reads, which have no transaction to join), and
/// returns once it is committed: what it records (an identity shown, say) happens only after that.
pub async fn record(state: &AppState, event: NewEvent) -> Result<(), StoreError> {
    state.audit.record(event, state.clock.now()).await
}

/// How many events one transaction of [`Appender`] writes at most (11 values each, well under the
/// databases' limits on a statement's parameters).
const BATCH: usize = 256;

/// Writes the events recorded apart from other writes (ADR 0029). Each page that shows a participant
/// what the other may be told records a read; one transaction per read made every page view take its
/// turn on the database's single writer (SQLite) or the chain's head (PostgreSQL), and every commit
/// empties the other connections' page caches. The appender takes the events that wait, in the order they
/// came, and writes them in one transaction: the head read once, one statement, one commit — the chain is
/// the same as if each had been appended alone. Each caller waits until its event is committed, so
/// nothing is shown before its event is in the trail, and a failed write fails every caller in it.
#[derive(Debug, Clone)]
pub struct Appender {
    queue: tokio::sync::mpsc::Sender<Pending>,
}

/// An event waiting for the appender, with its time and whom to tell when it is written.
#[derive(Debug)]
struct Pending {
    event: NewEvent,
    at: DateTime<Utc>,
    written: tokio::sync::oneshot::Sender<Result<(), String>>,
}

impl Appender {
    /// Starts the appender's task (on the current tokio runtime); it ends when the last clone is dropped.
    pub fn start(store: twinbridge_store::Store, keys: std::sync::Arc<twinbridge_crypto::KeyRing>) -> Self {
        let (queue, mut waiting) = tokio::sync::mpsc::channel::<Pending>(4 * BATCH);
        tokio::spawn(async move {
            let mut batch = Vec::with_capacity(BATCH);
            while waiting.recv_many(&mut batch, BATCH).await > 0 {
                let events: Vec<(NewEvent, DateTime<Utc>)> = batch.iter().map(|p| (p.event.clone(), p.at)).collect();
                let outcome = store
                    .write_tx(|tx| {
                        let (events, keys) = (events.clone(), &keys);
                        async move { twinbridge_store::repo::audit::append_all(&*tx, keys, events).await }
                    })
                    .await
                    .map_err(|e| e.to_string());
                if let Err(e) = &outcome {
                    tracing::error!(error = %e, events = batch.len(), "audit events could not be written");
                }
                for pending in batch.drain(..) {
                    // A caller that stopped waiting (its request was cancelled) needs no answer.
                    let _ = pending.written.send(outcome.clone());
                }
            }
        });
        Self { queue }
    }

    /// Appends `event` at time `at` and waits until it is committed.
    pub async fn record(&self, event: NewEvent, at: DateTime<Utc>) -> Result<(), StoreError> {
        let (written, outcome) = tokio::sync::oneshot::channel();
        let stopped = || StoreError::Unreachable("the audit trail's writer has stopped".into());
        self.queue.send(Pending { event, at, written }).await.map_err(|_| stopped())?;
        match outcome.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(why)) => Err(StoreError::Db(twinbridge_store::DbErr::Custom(why))),
            Err(_) => Err(stopped()),
        }
    }
}

/// How many of the newest events of the auditor's organisations are searched.
const SEARCHED: u64 = 5000;
/// How many matching events are shown at most.
const SHOWN: usize = 500;

/// Why the audit trail was not read.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// The caller audits no organisation: for them the trail does not exist.
    #[error("not found")]
    NotFound,
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Which events an auditor asks for; `None` (or an empty text) asks for all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    /// Exactly this action, e.g. `sign_in`.
    pub action: Option<String>,
    /// A subject containing this text, e.g. a pairing id.
    pub subject: Option<String>,
    /// An actor whose id starts with this text (ids are long; their beginning is enough).
    pub actor: Option<String>,
    /// From this day on (UTC).
    pub from: Option<NaiveDate>,
    /// Up to and including this day (UTC).
    pub to: Option<NaiveDate>,
}

impl AuditQuery {
    fn matches(&self, event: &twinbridge_store::repo::audit::Event) -> bool {
        fn wanted(text: &Option<String>) -> Option<&str> {
            text.as_deref().map(str::trim).filter(|t| !t.is_empty())
        }
        let day = event.at.date_naive();
        wanted(&self.action).is_none_or(|a| event.action == a)
            && wanted(&self.subject).is_none_or(|s| event.subject.as_deref().is_some_and(|subject| subject.contains(s)))
            && wanted(&self.actor).is_none_or(|a| event.actor.is_some_and(|actor| actor.to_string().starts_with(a)))
            && self.from.is_none_or(|from| day >= from)
            && self.to.is_none_or(|to| day <= to)
    }
}

/// An event as an auditor sees it: ids and codes, with who acted in words the auditor may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// What happened.
    pub action: String,
    /// Who did it, if anyone.
    pub actor: Option<AccountId>,
    /// Who that is, as the auditor may know it.
    pub who: Actor,
    /// What it happened to.
    pub subject: Option<String>,
}

/// Who acted, as an auditor may know it: staff of the auditor's organisations by name and role; anyone
/// else only by what they are, never by identity (a participant is "the donor" or "the patient").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// No account: the system (scheduled jobs, the screen standing in for a review, the command line).
    System,
    /// A colleague of the auditor: their name as shown to colleagues, and their roles there.
    Colleague {
        /// The staff member's name (their e-mail where no name is recorded).
        name: String,
        /// Their roles in the auditor's organisations.
        roles: Vec<twinbridge_domain::StaffRole>,
    },
    /// Staff of an organisation the auditor does not audit.
    OtherStaff,
    /// A registry system through a service token.
    Service,
    /// A participant, by role only.
    Participant(ParticipantKind),
    /// An account that no longer exists or was erased.
    Unknown,
}

/// A participant's part, for the trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParticipantKind {
    /// The donor.
    Donor,
    /// The patient.
    Patient,
    /// Someone acting for the patient.
    Proxy,
}

/// Who an account is, for auditors of `orgs`.
async fn actor(state: &AppState, orgs: &[OrganisationId], id: AccountId) -> Result<Actor, StoreError> {
    let Some(account) = accounts::get(state.store.read(), &state.keys, id).await? else { return Ok(Actor::Unknown) };
    Ok(match (account.kind, account.person) {
        (AccountKind::Service, _) => Actor::Service,
        (AccountKind::Participant, Some(person)) => {
            let parts = twinbridge_store::repo::pairings::participations_of(state.store.read(), person).await?;
            match parts.first().map(|p| p.role) {
                Some(twinbridge_domain::participant::Role::Donor) => Actor::Participant(ParticipantKind::Donor),
                Some(twinbridge_domain::participant::Role::Patient) => Actor::Participant(ParticipantKind::Patient),
                Some(twinbridge_domain::participant::Role::Proxy(_)) => Actor::Participant(ParticipantKind::Proxy),
                None => Actor::Unknown,
            }
        }
        (AccountKind::Participant, None) => Actor::Unknown,
        _ => {
            let mut roles: Vec<_> = accounts::roles(state.store.read(), id)
                .await?
                .into_iter()
                .filter(|(org, _)| orgs.contains(org))
                .map(|(_, role)| role)
                .collect();
            if roles.is_empty() {
                Actor::OtherStaff
            } else {
                roles.sort();
                roles.dedup();
                let name = account
                    .display_name
                    .as_ref()
                    .map(|n| n.as_str().to_owned())
                    .unwrap_or_else(|| account.email.as_str().to_owned());
                Actor::Colleague { name, roles }
            }
        }
    })
}

/// The events of the organisations `user` audits that match `query`, newest first: at most 500 of the
/// newest 5000. `NotFound` for a user who audits no organisation.
#[tracing::instrument(level = "debug", skip_all, fields(account = %user.account.id))]
pub async fn visible_events(
    state: &AppState,
    user: &CurrentUser,
    query: &AuditQuery,
) -> Result<Vec<AuditEntry>, AuditError> {
    let orgs = user.organisations_allowing(Action::ReadAudit);
    if orgs.is_empty() {
        return Err(AuditError::NotFound);
    }
    let events = twinbridge_store::repo::audit::of_organisations(state.store.read(), &orgs, SEARCHED).await?;
    let mut known: std::collections::HashMap<AccountId, Actor> = std::collections::HashMap::new();
    let mut entries = Vec::new();
    for e in events.into_iter().filter(|e| query.matches(e)).take(SHOWN) {
        let who = match e.actor {
            None => Actor::System,
            Some(id) => match known.get(&id) {
                Some(who) => who.clone(),
                None => {
                    let who = actor(state, &orgs, id).await?;
                    known.insert(id, who.clone());
                    who
                }
            },
        };
        entries.push(AuditEntry { at: e.at, action: e.action, actor: e.actor, who, subject: e.subject });
    }
    Ok(entries)
}
