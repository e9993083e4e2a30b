//! Questions to the registry (docs/adr/0015-questions-and-registration.md). A participant asks their own
//! organisation — the registry for a donor, the centre for a patient's side — about their pairing or in
//! general; a visitor asks a donor registry on `/ask` once their address is confirmed (no unconfirmed
//! text ever reaches staff). Only the coordinators of the asker's own organisation see and answer it, so a
//! question never reaches the other side. Staff see the screen's warnings on what the asker wrote, so
//! that they do not pass identifying details on. The asker is told by e-mail that an answer waits (no
//! text in it).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::notice::MailKind;
use twinbridge_domain::question::{QuestionStatus, QuestionStep, after};
use twinbridge_domain::rules::Side;
use twinbridge_domain::{Email, OrganisationId, QuestionId};
use twinbridge_screening::{Known, Screener};
use twinbridge_store::repo::questions::{Message, Question};
use twinbridge_store::repo::{self, outbox::OutgoingMessage};
use twinbridge_store::{StoreError, WriteTx};

use crate::auth::CurrentUser;
use crate::services::identity::{self, Purpose};
use crate::services::notify;
use crate::state::AppState;

/// The longest question or answer.
pub const MAX_CHARS: usize = 5_000;

/// Why a question step was refused.
#[derive(Debug, thiserror::Error)]
pub enum QuestionError {
    /// The text or a field is not acceptable; says why.
    #[error("{field}: {why}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// Why.
        why: String,
    },
    /// No such question for the caller.
    #[error("not found")]
    NotFound,
    /// Not the caller's to do (says why).
    #[error("{0}")]
    Forbidden(&'static str),
    /// The step does not fit where the question stands.
    #[error("{0}")]
    Conflict(String),
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl twinbridge_store::TxError for QuestionError {
    fn store_error(&self) -> Option<&StoreError> {
        match self {
            Self::Store(e) => Some(e),
            _ => None,
        }
    }
}

fn text(body: &str) -> Result<String, QuestionError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(QuestionError::Invalid { field: "body", why: "please write your question".into() });
    }
    if body.chars().count() > MAX_CHARS {
        return Err(QuestionError::Invalid { field: "body", why: format!("at most {MAX_CHARS} characters") });
    }
    Ok(body.to_owned())
}

/// A question from a signed-in participant.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct NewQuestion {
    /// The question.
    #[serde(default)]
    pub body: String,
    /// The pairing it is about, if any.
    pub pairing_id: Option<String>,
}

/// A line of a question list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QuestionLine {
    /// Its id.
    pub id: String,
    /// `open`, `answered` or `closed` (`unconfirmed` only for a visitor's own).
    pub status: &'static str,
    /// `participant` or `visitor`.
    pub from: &'static str,
    /// The pairing's reference, for a question about one.
    pub pairing_reference: Option<String>,
    /// Asked.
    pub asked_at: DateTime<Utc>,
    /// Hours since it last changed (how long an open one has waited).
    pub waiting_hours: i64,
    /// The first line of the question (staff and the asker only see their own lists).
    pub summary: String,
}

/// A message of a thread as shown.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ThreadMessage {
    /// `asker` or `staff`.
    pub from: &'static str,
    /// The text.
    pub body: String,
    /// Written.
    pub at: DateTime<Utc>,
}

/// A question with its thread, as the caller may see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QuestionView {
    /// Its id.
    pub id: String,
    /// Where it stands.
    pub status: &'static str,
    /// `participant` or `visitor`.
    pub from: &'static str,
    /// The pairing's reference, for a question about one.
    pub pairing_reference: Option<String>,
    /// The thread, oldest first.
    pub messages: Vec<ThreadMessage>,
    /// For staff: what the screen found in the asker's messages (details not to pass on).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The same findings, for pages to word in the reader's language.
    #[serde(skip)]
    pub findings: Vec<twinbridge_screening::Finding>,
    /// Whether the caller may answer it (staff of the asker's organisation, while it is not closed).
    pub may_answer: bool,
    /// Whether the caller may write again (the asker, while it is not closed).
    pub may_follow_up: bool,
    /// The asker's language (answers, and FAQ entries inserted into them, are in it).
    pub language: String,
}

fn summary(body: &str) -> String {
    let first = body.lines().next().unwrap_or_default();
    if first.chars().count() > 80 {
        format!("{}…", first.chars().take(80).collect::<String>())
    } else {
        first.to_owned()
    }
}

const fn from_of(q: &Question) -> &'static str {
    if q.asker.is_some() { "participant" } else { "visitor" }
}

async fn reference_of(state: &AppState, q: &Question) -> Result<Option<String>, StoreError> {
    Ok(match q.pairing {
        Some(p) => repo::pairings::get(state.store.read(), p).await?.map(|p| p.reference.to_string()),
        None => None,
    })
}

/// The organisations where the caller answers questions: where they are a coordinator.
fn answering(user: &CurrentUser) -> Vec<OrganisationId> {
    user.coordinated_organisations()
}

/// A participant asks their own organisation (see the module docs).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn ask(state: &AppState, user: &CurrentUser, new: NewQuestion) -> Result<QuestionLine, QuestionError> {
    let Some(person) = user.account.person.filter(|_| !user.is_staff()) else {
        return Err(QuestionError::Forbidden("Staff answer questions; they do not ask them here."));
    };
    let body = text(&new.body)?;
    let (pairing, organisation) = match new.pairing_id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => {
            let (pairing, relation) =
                crate::services::pairings::visible_pairing(state, user, id).await?.ok_or(QuestionError::NotFound)?;
            let side = if relation.is_donor_side() { Side::Donor } else { Side::Patient };
            let organisation = notify::organisation_of(&pairing, side).ok_or(QuestionError::NotFound)?;
            (Some(pairing.id), organisation)
        }
        None => {
            let organisation = repo::persons::organisation_of(state.store.read(), person).await?;
            (None, organisation.ok_or(QuestionError::NotFound)?)
        }
    };
    let now = state.clock.now();
    let question = Question {
        id: QuestionId::random(),
        organisation,
        pairing,
        asker: Some(user.account.id),
        visitor_email: None,
        language: user.account.language.clone().unwrap_or_else(|| "en".into()),
        status: QuestionStatus::Open,
        version: 0,
        created_at: now,
        updated_at: now,
    };
    let mut event = crate::services::audit::event(
        AuditAction::QuestionAsked,
        Some(&user.account),
        Some(organisation),
        Some(format!("question:{}", question.id)),
    );
    event.details = json!({ "from": "participant", "pairing": pairing.map(|p| p.to_string()) });
    let (q, body_ref) = (&question, &body);
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                repo::questions::insert(&*tx, &state.keys, q, None, body_ref).await?;
                crate::services::webhooks::question_asked(state, &*tx, q.organisation, q.id, q.pairing).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    line(state, &question, &body).await
}

async fn line(state: &AppState, q: &Question, first: &str) -> Result<QuestionLine, QuestionError> {
    Ok(QuestionLine {
        id: q.id.to_string(),
        status: q.status.as_str(),
        from: from_of(q),
        pairing_reference: reference_of(state, q).await?,
        asked_at: q.created_at,
        waiting_hours: (state.clock.now() - q.updated_at).num_hours(),
        summary: summary(first),
    })
}

fn visitor_link(state: &AppState, token: &str) -> String {
    notify::link(state, &format!("/ask/{token}"))
}

/// A visitor asks a donor registry (the first on the instance, unless one is named). Stored unconfirmed;
/// the e-mailed link confirms the address and shows the thread from then on.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn ask_as_visitor(
    state: &AppState,
    email: &str,
    body: &str,
    organisation: Option<&str>,
    language: &str,
) -> Result<(), QuestionError> {
    let email = Email::parse(email).map_err(|e| QuestionError::Invalid { field: "email", why: e.to_string() })?;
    let body = text(body)?;
    let organisation = crate::services::registrations::visitors_registry(state, organisation)
        .await?
        .ok_or(QuestionError::Invalid { field: "organisation_id", why: "no registry takes questions here".into() })?;
    let now = state.clock.now();
    let question = Question {
        id: QuestionId::random(),
        organisation,
        pairing: None,
        asker: None,
        visitor_email: Some(email.clone()),
        language: language.to_owned(),
        status: QuestionStatus::Unconfirmed,
        version: 0,
        created_at: now,
        updated_at: now,
    };
    let (token, hash) = twinbridge_crypto::secrets::new_token();
    let message = OutgoingMessage {
        id: uuid::Uuid::new_v4(),
        kind: MailKind::QuestionConfirm.as_str().into(),
        recipient: email,
        language: language.to_owned(),
        payload: json!({ "link": visitor_link(state, &token) }),
        attempts: 0,
        person: None,
    };
    let (q, hash, body, message) = (&question, &hash, &body, &message);
    state
        .store
        .write_tx(|tx| async move {
            repo::questions::insert(&*tx, &state.keys, q, Some(hash), body).await?;
            repo::outbox::enqueue(&*tx, &state.keys, message, now).await
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(())
}

async fn by_token(state: &AppState, token: &str) -> Result<Question, QuestionError> {
    let hash = twinbridge_crypto::secrets::hash_token(token);
    repo::questions::by_token(state.store.read(), &state.keys, &hash).await?.ok_or(QuestionError::NotFound)
}

/// Moves `q` on by `step` inside `tx`, with `message` added and `event` audited; refused when someone
/// else moved it meanwhile.
async fn step_in(
    tx: &WriteTx,
    state: &AppState,
    q: &Question,
    step: QuestionStep,
    message: Option<&Message>,
    event: twinbridge_store::repo::audit::NewEvent,
    mail: &[OutgoingMessage],
) -> Result<QuestionStatus, QuestionError> {
    let to = after(q.status, step).map_err(|e| QuestionError::Conflict(e.to_string()))?;
    let now = state.clock.now();
    if !repo::questions::transition(&**tx, q, to, now).await? {
        return Err(QuestionError::Conflict("the question changed meanwhile; please look again".into()));
    }
    if let Some(message) = message {
        repo::questions::add_message(&**tx, &state.keys, q.id, q.version.saturating_add(1), message).await?;
    }
    for m in mail {
        repo::outbox::enqueue(&**tx, &state.keys, m, now).await?;
    }
    repo::audit::append(&**tx, &state.keys, event, now).await?;
    Ok(to)
}

/// The visitor follows their link: an unconfirmed question is confirmed and reaches staff.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn confirm_visitor(state: &AppState, token: &str) -> Result<(), QuestionError> {
    let q = by_token(state, token).await?;
    if q.status != QuestionStatus::Unconfirmed {
        return Ok(());
    }
    let mut event = crate::services::audit::event(
        AuditAction::QuestionAsked,
        None,
        Some(q.organisation),
        Some(format!("question:{}", q.id)),
    );
    event.details = json!({ "from": "visitor" });
    let q = &q;
    let confirmed = state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                let status = step_in(&tx, state, q, QuestionStep::Confirm, None, event, &[]).await?;
                crate::services::webhooks::question_asked(state, &*tx, q.organisation, q.id, None).await?;
                Ok(status)
            }
        })
        .await;
    match confirmed {
        // Followed twice at once: the other confirmation went through, which is all that was asked.
        Ok(_) | Err(QuestionError::Conflict(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// What the caller is to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Asker,
    Staff,
}

async fn view_of(state: &AppState, q: &Question, role: Role) -> Result<QuestionView, QuestionError> {
    let messages = repo::questions::messages(state.store.read(), &state.keys, q.id).await?;
    let findings = if role == Role::Staff { warnings(state, q, &messages).await? } else { Vec::new() };
    let mut warnings: Vec<String> = Vec::new();
    for finding in &findings {
        let line = format!("“{}”: {}", finding.text, finding.reason);
        if !warnings.contains(&line) {
            warnings.push(line);
        }
    }
    let open = q.status != QuestionStatus::Closed && q.status != QuestionStatus::Unconfirmed;
    Ok(QuestionView {
        id: q.id.to_string(),
        status: q.status.as_str(),
        from: from_of(q),
        pairing_reference: reference_of(state, q).await?,
        messages: messages
            .into_iter()
            .map(|m| ThreadMessage { from: if m.by_staff { "staff" } else { "asker" }, body: m.body, at: m.created_at })
            .collect(),
        warnings,
        findings,
        may_answer: role == Role::Staff && open,
        may_follow_up: role == Role::Asker && open,
        language: q.language.clone(),
    })
}

/// What the screen finds in the asker's messages, seeded with the asker's own identity (a system read,
/// audited) or a visitor's address: the details staff must not pass on to the other side.
async fn warnings(
    state: &AppState,
    q: &Question,
    messages: &[Message],
) -> Result<Vec<twinbridge_screening::Finding>, QuestionError> {
    let mut known = Known::default();
    if let Some(account) = q.asker {
        let person = repo::accounts::get(state.store.read(), &state.keys, account).await?.and_then(|a| a.person);
        if let Some(person) = person {
            known = identity::known_for(state, None, &[person], Purpose::QuestionReview).await?;
        }
    }
    if let Some(email) = &q.visitor_email {
        known.other.push(email.as_str().to_owned());
    }
    let texts: Vec<String> = messages.iter().filter(|m| !m.by_staff).map(|m| m.body.clone()).collect();
    let language = q.language.clone();
    let found = tokio::task::spawn_blocking(move || {
        let mut out: Vec<twinbridge_screening::Finding> = Vec::new();
        for text in texts {
            for finding in Screener::shared().screen(&text, Some(&language), &known) {
                if !out.iter().any(|f| f.text == finding.text && f.category == finding.category) {
                    out.push(finding);
                }
            }
        }
        out
    })
    .await
    .map_err(|e| QuestionError::Conflict(format!("the screen failed: {e}")))?;
    Ok(found)
}

async fn visible(state: &AppState, user: &CurrentUser, id: &str) -> Result<(Question, Role), QuestionError> {
    let id: QuestionId = id.parse().map_err(|_| QuestionError::NotFound)?;
    let q = repo::questions::get(state.store.read(), &state.keys, id).await?.ok_or(QuestionError::NotFound)?;
    if q.asker == Some(user.account.id) {
        return Ok((q, Role::Asker));
    }
    if q.status != QuestionStatus::Unconfirmed && answering(user).contains(&q.organisation) {
        return Ok((q, Role::Staff));
    }
    Err(QuestionError::NotFound)
}

/// The caller's questions: a participant's own (newest first); a coordinator's organisation's queue
/// (the longest waiting first).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn list(state: &AppState, user: &CurrentUser) -> Result<Vec<QuestionLine>, QuestionError> {
    let conn = state.store.read();
    let mut questions = if user.is_staff() {
        let mut all = Vec::new();
        for organisation in answering(user) {
            all.extend(repo::questions::of_organisation(conn, &state.keys, organisation).await?);
        }
        all.sort_by_key(|q| (q.status != QuestionStatus::Open, q.updated_at));
        all
    } else {
        repo::questions::of_asker(conn, &state.keys, user.account.id).await?
    };
    let mut out = Vec::new();
    for q in questions.drain(..) {
        let first = repo::questions::messages(conn, &state.keys, q.id).await?.into_iter().next();
        out.push(line(state, &q, first.as_ref().map_or("", |m| m.body.as_str())).await?);
    }
    Ok(out)
}

/// One question with its thread, for its asker or the staff who answer it.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn thread(state: &AppState, user: &CurrentUser, id: &str) -> Result<QuestionView, QuestionError> {
    let (q, role) = visible(state, user, id).await?;
    view_of(state, &q, role).await
}

/// A visitor's thread, behind their link.
pub async fn visitor_thread(state: &AppState, token: &str) -> Result<QuestionView, QuestionError> {
    let q = by_token(state, token).await?;
    view_of(state, &q, Role::Asker).await
}

/// The text of a FAQ entry to insert into an answer: the topic's question and answer in `lang`.
pub type FaqText = (String, String);

/// Staff answer; the asker is told by e-mail (a participant through their choices, a visitor at their
/// address), without the text.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn answer(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    body: &str,
    faq: Option<FaqText>,
) -> Result<QuestionView, QuestionError> {
    let (q, role) = visible(state, user, id).await?;
    if role != Role::Staff {
        return Err(QuestionError::Forbidden("Only the staff of your organisation answer questions."));
    }
    let mut body = body.trim().to_owned();
    if let Some((question, answer)) = faq {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        body.push_str(&format!("{question}\n{answer}"));
    }
    let body = text(&body)?;
    let now = state.clock.now();
    let (mail, new_link) = answered_mail(state, &q).await?;
    let message = Message { by_staff: true, author: Some(user.account.id), body, created_at: now };
    let event = crate::services::audit::event(
        AuditAction::QuestionAnswered,
        Some(&user.account),
        Some(q.organisation),
        Some(format!("question:{}", q.id)),
    );
    let (qr, message, mail, new_link) = (&q, &message, &mail, &new_link);
    let to = state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                let to = step_in(&tx, state, qr, QuestionStep::Answer, Some(message), event, mail).await?;
                if let Some(hash) = new_link {
                    repo::questions::set_token(&*tx, qr.id, hash).await?;
                }
                Ok::<_, QuestionError>(to)
            }
        })
        .await?;
    state.mail_wakeup.notify_one();
    view_of(state, &Question { status: to, version: q.version + 1, updated_at: now, ..q }, Role::Staff).await
}

/// The e-mail that tells the asker an answer waits (a participant unless they turned it off), and for a
/// visitor the hash of the new link it carries.
async fn answered_mail(
    state: &AppState,
    q: &Question,
) -> Result<(Vec<OutgoingMessage>, Option<Vec<u8>>), QuestionError> {
    if let Some(account) = q.asker {
        let Some(account) = repo::accounts::get(state.store.read(), &state.keys, account).await? else {
            return Ok((Vec::new(), None));
        };
        let link = notify::link(state, &format!("/questions/{}", q.id));
        let mail = notify::to_account(MailKind::QuestionAnswered, &account, json!({ "link": link }));
        return Ok((mail.into_iter().collect(), None));
    }
    let Some(email) = q.visitor_email.clone() else { return Ok((Vec::new(), None)) };
    // A visitor has no account: the e-mail carries a fresh link to the thread (the older one stops
    // working, so the newest e-mail always opens it).
    let (token, hash) = twinbridge_crypto::secrets::new_token();
    let message = OutgoingMessage {
        id: uuid::Uuid::new_v4(),
        kind: MailKind::QuestionAnswered.as_str().into(),
        recipient: email,
        language: q.language.clone(),
        payload: json!({ "link": visitor_link(state, &token) }),
        attempts: 0,
        person: None,
    };
    Ok((vec![message], Some(hash)))
}

/// The asker writes again; the question waits for staff once more.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn follow_up(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    body: &str,
) -> Result<QuestionView, QuestionError> {
    let (q, role) = visible(state, user, id).await?;
    if role != Role::Asker {
        return Err(QuestionError::Forbidden("Only the person who asked writes again here."));
    }
    follow_up_as_asker(state, q, Some(user), body).await
}

/// A visitor writes again, behind their link.
pub async fn visitor_follow_up(state: &AppState, token: &str, body: &str) -> Result<QuestionView, QuestionError> {
    let q = by_token(state, token).await?;
    follow_up_as_asker(state, q, None, body).await
}

async fn follow_up_as_asker(
    state: &AppState,
    q: Question,
    user: Option<&CurrentUser>,
    body: &str,
) -> Result<QuestionView, QuestionError> {
    let body = text(body)?;
    let now = state.clock.now();
    let message = Message { by_staff: false, author: user.map(|u| u.account.id), body, created_at: now };
    let event = crate::services::audit::event(
        AuditAction::QuestionFollowedUp,
        user.map(|u| &u.account),
        Some(q.organisation),
        Some(format!("question:{}", q.id)),
    );
    let (qr, message) = (&q, &message);
    let to = state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move { step_in(&tx, state, qr, QuestionStep::FollowUp, Some(message), event, &[]).await }
        })
        .await?;
    view_of(state, &Question { status: to, version: q.version + 1, updated_at: now, ..q }, Role::Asker).await
}

/// Staff or the asker close a question.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn close(state: &AppState, user: &CurrentUser, id: &str) -> Result<QuestionView, QuestionError> {
    let (q, role) = visible(state, user, id).await?;
    let now = state.clock.now();
    let event = crate::services::audit::event(
        AuditAction::QuestionClosed,
        Some(&user.account),
        Some(q.organisation),
        Some(format!("question:{}", q.id)),
    );
    let qr = &q;
    let to = state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move { step_in(&tx, state, qr, QuestionStep::Close, None, event, &[]).await }
        })
        .await?;
    view_of(state, &Question { status: to, version: q.version + 1, updated_at: now, ..q }, role).await
}
