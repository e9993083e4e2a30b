//! Erasure (GDPR art. 17, DPDP Act s. 12): a person's identity is destroyed by crypto-shredding (their data
//! key is deleted, ADR 0019), and every other trace of them that names them is overwritten in the same
//! transaction: their account, the letters they wrote (a delivered letter keeps only the text as delivered,
//! which the other party still reads; an undelivered one is withdrawn and emptied), their questions, signed
//! consent forms, e-mails to them and a registration under their address. Their consent becomes
//! `no_contact`, which stops a pending release. The audit trail records that an erasure happened, by whom
//! and why, but not whose: the event names no person, so the chain stays verifiable and says nothing.

use serde::Serialize;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::consent::Consent;
use twinbridge_domain::letter::{Decision, LetterStatus};
use twinbridge_domain::rules::ConsentLevel;
use twinbridge_domain::{Email, Participant, Person, PersonId};
use twinbridge_store::repo::letters::{Letter, Review};
use twinbridge_store::{StoreError, TxError, WriteTx, repo};

use crate::auth::CurrentUser;
use crate::services::identity::{self, Purpose};
use crate::state::AppState;

/// The longest reason kept.
const MAX_REASON_CHARS: usize = 500;

/// Why an erasure did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ErasureError {
    /// No such person (or one the caller may not see).
    #[error("no person with this e-mail address or id")]
    NotFound,
    /// The caller may not erase this person.
    #[error("{0}")]
    Forbidden(&'static str),
    /// Bad input (the reason).
    #[error("{0}")]
    BadInput(String),
    /// The person was erased before.
    #[error("this person's identity was already erased")]
    AlreadyErased,
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl TxError for ErasureError {
    fn store_error(&self) -> Option<&StoreError> {
        match self {
            Self::Store(e) => Some(e),
            _ => None,
        }
    }
}

/// What an erasure did (counts only).
#[derive(Debug, Clone, Copy, Default, Serialize, utoipa::ToSchema)]
pub struct Erasure {
    /// Pairings the person took part in (they stay, with the person as `erased`).
    pub pairings: usize,
    /// Their delivered letters, kept as delivered for the other party.
    pub letters_kept_as_delivered: usize,
    /// Their letters never delivered, withdrawn and emptied.
    pub letters_emptied: usize,
    /// Their question messages, emptied.
    pub question_messages_emptied: usize,
    /// Signed consent forms deleted.
    pub consent_forms_deleted: u64,
    /// E-mails to them deleted from the outbox.
    pub emails_deleted: u64,
}

/// An operator erases the person with this e-mail address (`twinbridge erase`).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn erase_by_email(state: &AppState, email: &str, reason: &str) -> Result<Erasure, ErasureError> {
    let email = Email::parse(email).map_err(|e| ErasureError::BadInput(format!("e-mail address: {e}")))?;
    let person = repo::persons::find_id_by_email(state.store.read(), &state.keys, &email)
        .await?
        .ok_or(ErasureError::NotFound)?;
    erase(state, None, person, reason).await
}

/// A coordinator of the participant's own side erases them (on request, from the pairing's page).
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn erase_participant(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    participant_id: &str,
    reason: &str,
) -> Result<Erasure, ErasureError> {
    let participant = own_sides_participant(state, user, pairing_id, participant_id).await?;
    erase(state, Some(user), participant.person, reason).await
}

/// The participant of a pairing whose own side's coordinator `user` is; staff of the other side, other
/// people and registry systems get "not found" or "forbidden".
pub(crate) async fn own_sides_participant(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    participant_id: &str,
) -> Result<Participant, ErasureError> {
    use crate::services::pairings::OwnSidesParticipant;
    if user.service.is_some() {
        return Err(ErasureError::Forbidden("A registry system cannot do this; a coordinator does."));
    }
    match crate::services::pairings::own_sides_participant(state, user, pairing_id, participant_id).await? {
        OwnSidesParticipant::Found(_, participant) => Ok(participant),
        OwnSidesParticipant::NotStaff => {
            Err(ErasureError::Forbidden("A coordinator of the participant's own side does this."))
        }
        OwnSidesParticipant::Missing => Err(ErasureError::NotFound),
    }
}

/// The reason the retention job gives.
const RETENTION_REASON: &str = "the organisation's retention period after the closing of the cases ended";

/// The retention job: erases every person whose organisation's retention period has passed since the last
/// of their cases was closed (`twinbridge_domain::retention`). Returns how many were erased.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn erase_after_retention(state: &AppState) -> Result<usize, ErasureError> {
    let conn = state.store.read();
    let today = state.clock.today();
    let mut erased = 0;
    for (organisation, months) in repo::organisations::retention_periods(conn).await? {
        for person in repo::persons::live_of_organisation(conn, organisation).await? {
            let mut closings = Vec::new();
            for participation in repo::pairings::participations_of(conn, person).await? {
                closings.push(repo::pairings::get(conn, participation.pairing).await?.and_then(|p| p.closed_at));
            }
            if !twinbridge_domain::retention::erasure_due(&closings, Some(months), today) {
                continue;
            }
            match erase(state, None, person, RETENTION_REASON).await {
                Ok(_) => erased += 1,
                // Erased meanwhile on request: nothing left to do.
                Err(ErasureError::AlreadyErased) => {}
                Err(e) => return Err(e),
            }
        }
    }
    // Daily: what an erasure on a busy moment could not reclaim at once.
    if let Err(e) = state.store.reclaim_freed_space().await {
        tracing::warn!(error = %e, "freed space not reclaimed; the next run tries again");
    }
    Ok(erased)
}

/// The reason, checked: present, not too long, and not naming the person — the audit trail keeps it for
/// good, so it must not undo the erasure.
fn checked_reason(reason: &str, person: Option<&Person>) -> Result<String, ErasureError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(ErasureError::BadInput(
            "reason: say why the identity is erased (e.g. \"request of 2026-12-01\")".into(),
        ));
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(ErasureError::BadInput(format!("reason: at most {MAX_REASON_CHARS} characters")));
    }
    if person.is_some_and(|p| names_person(reason, p)) {
        return Err(ErasureError::BadInput(
            "reason: must not name the person or give their details: the audit trail keeps the reason".into(),
        ));
    }
    Ok(reason.to_owned())
}

/// Whether `text` holds one of the person's names (as a word), or their address, e-mail, phone, town, date
/// of birth or another identifier.
fn names_person(text: &str, person: &Person) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut names: Vec<String> = person.legal_name.as_str().split_whitespace().map(str::to_lowercase).collect();
    names.extend(person.preferred_first_name.iter().map(|n| n.as_str().to_lowercase()));
    names.extend(person.town.iter().map(|t| t.as_str().to_lowercase()));
    let names_word = names.iter().filter(|n| n.chars().count() >= 2).any(|n| words.contains(&n.as_str()));
    let mut details: Vec<String> = vec![person.email.as_str().to_lowercase()];
    details.extend(person.postal_address.iter().map(|a| a.as_str().to_lowercase()));
    details.extend(person.date_of_birth.map(|d| d.date().to_string()));
    details.extend(person.other_identifiers.iter().map(|i| i.as_str().to_lowercase()));
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let phone_given =
        person.phone.as_ref().map(|p| digits(p.as_str())).is_some_and(|p| p.len() >= 6 && digits(text).contains(&p));
    names_word || phone_given || details.iter().any(|d| !d.is_empty() && lower.contains(d.as_str()))
}

/// The text a delivered letter was delivered with: the last approval's.
fn delivered_text(reviews: &[Review]) -> Option<&Review> {
    reviews.iter().rev().find(|r| r.decision == Decision::Approve && r.approved_text.is_some())
}

const fn was_delivered(status: LetterStatus) -> bool {
    matches!(status, LetterStatus::Delivered | LetterStatus::Read | LetterStatus::ReadyToSend | LetterStatus::Sent)
}

/// Erases `person`, asked by `by` (`None`: an operator at the command line).
async fn erase(
    state: &AppState,
    by: Option<&CurrentUser>,
    person: PersonId,
    reason: &str,
) -> Result<Erasure, ErasureError> {
    if repo::persons::erased(state.store.read(), person).await?.ok_or(ErasureError::NotFound)? {
        return Err(ErasureError::AlreadyErased);
    }
    // Read once, audited like every identity read, to check the reason and find a registration.
    let identity = match identity::read(state, by, person, Purpose::Erasure).await {
        Ok(identity) => identity,
        // A simultaneous erasure may have destroyed the person's keys since the check above: theirs decided.
        Err(e) if repo::persons::erased(state.store.read(), person).await? == Some(true) => {
            tracing::debug!(error = %e, "identity unreadable: erased meanwhile");
            return Err(ErasureError::AlreadyErased);
        }
        Err(e) => return Err(e.into()),
    };
    let reason = checked_reason(reason, identity.as_ref())?;
    let organisation = repo::persons::organisation_of(state.store.read(), person).await?;
    let now = state.clock.now();
    let done = state
        .store
        .write_tx(|tx| {
            let (identity, reason) = (identity.as_ref(), reason.as_str());
            async move {
                let mut done = Erasure::default();
                let participations = repo::pairings::participations_of(&*tx, person).await?;
                if !repo::persons::erase(&*tx, person, now).await? {
                    return Err(ErasureError::AlreadyErased);
                }
                if let Some(account) = repo::accounts::find_by_person(&*tx, &state.keys, person).await? {
                    repo::accounts::erase(&*tx, &state.keys, account.id, account.auth_version.saturating_add(1))
                        .await?;
                    repo::sessions::delete_all_of(&*tx, account.id).await?;
                    repo::tokens::delete_api_tokens_of(&*tx, account.id).await?;
                    done.question_messages_emptied =
                        repo::questions::erase_messages_by(&*tx, &state.keys, account.id).await?;
                }
                for participation in &participations {
                    let Some(pairing) = repo::pairings::get(&*tx, participation.pairing).await? else { continue };
                    done.pairings += 1;
                    let current = repo::consents::current(&*tx, pairing.id).await?;
                    if current.get(&participation.id).is_none_or(|c| c.level() != ConsentLevel::NoContact) {
                        let no_contact = Consent::new(ConsentLevel::NoContact, []);
                        repo::consents::record(&*tx, pairing.id, participation.id, &no_contact, None, now).await?;
                        let participants = repo::pairings::participants(&*tx, pairing.id).await?;
                        crate::services::release::stop_pending(state, &*tx, &pairing, &participants, now).await?;
                    }
                    done.consent_forms_deleted +=
                        repo::consent_forms::delete_of_participant(&*tx, participation.id).await?;
                }
                let writers: Vec<_> = participations.iter().map(|p| p.id).collect();
                for letter in repo::letters::written_by(&*tx, &state.keys, &writers).await? {
                    erase_letter(&tx, state, letter, &mut done, now).await?;
                }
                if let (Some(identity), Some(organisation)) = (identity, organisation)
                    && let Some(registration) =
                        repo::registrations::find_by_email(&*tx, &state.keys, organisation, &identity.email).await?
                {
                    repo::registrations::delete(&*tx, registration).await?;
                }
                // Last: stopping a release above may have queued news for them.
                done.emails_deleted = repo::outbox::forget_person(&*tx, person).await?;
                let mut event = crate::services::audit::event(
                    AuditAction::PersonErased,
                    by.map(|u| &u.account),
                    organisation,
                    None,
                );
                event.details = serde_json::json!({ "reason": reason, "counts": done });
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                Ok::<_, ErasureError>(done)
            }
        })
        .await?;
    if let Err(e) = state.store.reclaim_freed_space().await {
        tracing::warn!(error = %e, "freed space not reclaimed yet after an erasure; the daily retention job does it");
    }
    Ok(done)
}

/// One letter of an erased writer: delivered, it keeps the text as delivered (and the pictures passed on
/// with it); otherwise it is withdrawn, emptied, and its reviews' texts and its pictures are deleted.
async fn erase_letter(
    tx: &WriteTx,
    state: &AppState,
    letter: Letter,
    done: &mut Erasure,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let reviews = repo::letters::reviews_of(&**tx, &state.keys, letter.id).await?;
    let from = letter.status;
    let mut erased = letter.clone();
    match delivered_text(&reviews).filter(|_| was_delivered(from)) {
        Some(review) => {
            erased.body = review.approved_text.clone().unwrap_or_default();
            repo::letters::remove_attachments_except(&**tx, letter.id, &review.passed_attachments).await?;
            done.letters_kept_as_delivered += 1;
        }
        None => {
            erased.body = String::new();
            if matches!(from, LetterStatus::Draft | LetterStatus::InReview(_) | LetterStatus::Returned) {
                erased.status = LetterStatus::Withdrawn;
            }
            repo::letters::remove_attachments_except(&**tx, letter.id, &[]).await?;
            repo::letters::forget_review_texts(&**tx, letter.id).await?;
            done.letters_emptied += 1;
        }
    }
    repo::letters::transition(&**tx, &state.keys, &erased, from, now).await?;
    Ok(())
}
