//! A reader asks for a translation of a delivered letter in a language they do not read. The reader's
//! side's coordinators are told at once and the request waits on their home page (and in their digest)
//! until a translation is attached; that translation is screened and approved as every translation is
//! (`review::translate`), and the reader is told when it is there.

use chrono::{DateTime, Utc};
use twinbridge_domain::notice::MailKind;
use twinbridge_store::repo::translation_requests::TranslationRequest;

use super::*;
use crate::services::notify;

/// A request for a translation, as the reader and the reader's side's staff see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TranslationRequestView {
    /// The language asked for (ISO 639-1).
    pub language: String,
    /// When it was asked for.
    pub requested_at: DateTime<Utc>,
    /// `requested` while it waits, `fulfilled` once a translation was attached after it.
    pub status: &'static str,
}

impl From<&TranslationRequest> for TranslationRequestView {
    fn from(r: &TranslationRequest) -> Self {
        Self {
            language: r.language.clone(),
            requested_at: r.created_at,
            status: if r.fulfilled_at.is_some() { "fulfilled" } else { "requested" },
        }
    }
}

/// What the reader asks for.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct NewTranslationRequest {
    /// The language wanted (ISO 639-1); left out, the reader's account language.
    #[serde(default)]
    pub language: Option<String>,
}

/// The reader of a delivered letter asks for a translation. Returns the request and whether this call
/// opened it (`false`: one was already open, and stands as it was).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn request_translation(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    new: NewTranslationRequest,
) -> Result<(TranslationRequestView, bool), LetterError> {
    let VisibleLetter { letter, pairing, relation, .. } = visible_letter(state, user, id).await?;
    let facts = LetterFacts { writer_side: letter.writer_side, status: letter.status, by_caller: false };
    if !matches!(relation, Relation::Participant(_)) || relation.side() == letter.writer_side {
        return Err(LetterError::Forbidden("Only the reader of a letter asks for its translation."));
    }
    if !access::letter_actions(relation, facts).request_translation {
        return Err(LetterError::NotAllowed {
            code: "wrong-state",
            detail: "A translation can be asked for once the letter has been delivered.".into(),
        });
    }
    let wanted = new.language.or_else(|| user.account.language.clone()).unwrap_or_else(|| "en".into());
    let language = Language::parse(wanted.trim()).map_err(|e| LetterError::BadInput(e.to_string()))?;
    if letter.language == language.as_str() {
        return Err(LetterError::BadInput(format!("The letter is already written in \"{}\".", language.as_str())));
    }
    let conn = state.store.read();
    let translated = repo::letters::translation(conn, &state.keys, letter.id).await?;
    if translated.as_ref().is_some_and(|t| t.approved.is_some() && t.language == language.as_str()) {
        return Err(LetterError::NotAllowed {
            code: "already-translated",
            detail: "This letter already has a translation into that language; it is shown below the letter.".into(),
        });
    }
    let reader_side = relation.side();
    let staff = notify::coordinators(state, conn, &pairing, reader_side).await?;
    let now = state.clock.now();
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::TranslationRequested,
        Some(&user.account),
        organisation,
        Some(format!("letter:{}", letter.id)),
    );
    event.details = json!({ "language": language.as_str() });
    let (keys, by) = (&state.keys, user.account.id);
    let opened = state
        .store
        .write_tx(|tx| {
            let (staff, event, language) = (&staff, event.clone(), language.as_str());
            async move {
                // Asked twice at once, one request opens and the reader's side is told once.
                if !repo::translation_requests::open(&*tx, letter.id, language, by, now).await? {
                    return Ok::<_, LetterError>(false);
                }
                for message in staff {
                    repo::outbox::enqueue(&*tx, keys, message, now).await?;
                }
                repo::audit::append(&*tx, keys, event, now).await?;
                Ok(true)
            }
        })
        .await?;
    if opened && !staff.is_empty() {
        state.mail_wakeup.notify_one();
    }
    let request =
        repo::translation_requests::of_letter(state.store.read(), letter.id).await?.ok_or(LetterError::NotFound)?;
    Ok((TranslationRequestView::from(&request), opened))
}

/// The request of a letter, for its views.
pub(super) async fn of_letter(
    state: &AppState,
    letter: LetterId,
) -> Result<Option<TranslationRequestView>, LetterError> {
    Ok(repo::translation_requests::of_letter(state.store.read(), letter).await?.as_ref().map(Into::into))
}

/// Inside the transaction that attaches a translation: fulfils the letter's open request, if any, and
/// queues `notices` (the readers', where they see the translation at once; none while it waits for review).
pub(super) async fn fulfil(
    state: &AppState,
    tx: &impl ConnectionTrait,
    letter: &Letter,
    notices: &[repo::outbox::OutgoingMessage],
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    if !repo::translation_requests::fulfil(tx, letter.id, now).await? {
        return Ok(false);
    }
    for message in notices {
        repo::outbox::enqueue(tx, &state.keys, message, now).await?;
    }
    Ok(true)
}

/// The notices for the readers of `letter` that its translation is there.
pub(super) async fn readers_notices(
    state: &AppState,
    letter: &Letter,
    participants: &[Participant],
) -> Result<Vec<repo::outbox::OutgoingMessage>, LetterError> {
    let conn = state.store.read();
    let link = notify::link(state, &format!("/letters/{}", letter.id));
    let mut out = Vec::new();
    for reader in notify::of_side(participants, other(letter.writer_side)) {
        if let Some(account) = repo::accounts::find_by_person(conn, &state.keys, reader.person).await? {
            out.extend(notify::to_account(MailKind::PairingNews, &account, json!({ "link": link })));
        }
    }
    Ok(out)
}
