//! Letters for an offline side (an organisation not on Twinbridge): once the online side approved one, it
//! is `ready_to_send`; its staff print or export it and send it by post or e-mail, then mark it `sent`.
//! What leaves is the approved text with the pairing's reference and nothing of the writer's side.

use super::*;
use twinbridge_domain::audit::AuditAction;

/// A letter as it leaves for an offline side.
#[derive(Debug, Clone)]
pub struct Printable {
    /// The pairing's reference, which the offline side uses to answer.
    pub reference: String,
    /// The letter's id (for the online side's records).
    pub id: String,
    /// Which side wrote it: `donor` or `patient`.
    pub from: &'static str,
    /// The language it is written in.
    pub language: String,
    /// The day it was sent to review.
    pub written_on: chrono::NaiveDate,
    /// The text as approved.
    pub text: String,
    /// `ready_to_send` or `sent`.
    pub status: &'static str,
}

/// How a letter leaves: the print page, plain text or PDF (recorded in the audit trail).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The print page.
    Print,
    /// `text/plain`.
    Text,
    /// `application/pdf`.
    Pdf,
}

impl ExportFormat {
    /// The name in the audit trail and the API (`print`, `txt`, `pdf`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Print => "print",
            Self::Text => "txt",
            Self::Pdf => "pdf",
        }
    }
}

/// The letter, when the caller's side wrote it and it is for an offline reader.
async fn outgoing(state: &AppState, user: &CurrentUser, id: &str) -> Result<VisibleLetter, LetterError> {
    let visible = visible_letter(state, user, id).await?;
    let writers_staff =
        !matches!(visible.relation, Relation::Participant(_)) && visible.relation.side() == visible.letter.writer_side;
    if !writers_staff {
        return Err(LetterError::Forbidden("Only staff of the writer's side send a letter to an offline side."));
    }
    if !matches!(visible.letter.status, LetterStatus::ReadyToSend | LetterStatus::Sent) {
        return Err(LetterError::NotAllowed {
            code: "wrong-state",
            detail: "Only an approved letter for a side that is not on Twinbridge is printed and sent.".into(),
        });
    }
    Ok(visible)
}

/// The approved letter for printing or export; each copy made is audited.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn printable(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    format: ExportFormat,
) -> Result<Printable, LetterError> {
    let VisibleLetter { letter, pairing, .. } = outgoing(state, user, id).await?;
    let reviews = repo::letters::reviews_of(state.store.read(), &state.keys, letter.id).await?;
    let text = approved_by(&reviews, letter.writer_side).ok_or(LetterError::NotFound)?.to_owned();
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::LetterExported,
        Some(&user.account),
        organisation,
        Some(format!("letter:{}", letter.id)),
    );
    event.details = json!({ "format": format.as_str() });
    crate::services::audit::record(state, event).await?;
    Ok(Printable {
        reference: pairing.reference.as_str().to_owned(),
        id: letter.id.to_string(),
        from: side_name(letter.writer_side),
        language: letter.language.clone(),
        written_on: letter.submitted_at.unwrap_or(letter.created_at).date_naive(),
        text,
        status: letter.status.public_name(),
    })
}

/// Staff of the writer's side have sent the letter to the offline side.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn mark_sent(state: &AppState, user: &CurrentUser, id: &str) -> Result<Letter, LetterError> {
    let VisibleLetter { mut letter, .. } = outgoing(state, user, id).await?;
    let from = letter.status;
    letter.status = letter::mark_sent(letter.status)
        .map_err(|e| LetterError::NotAllowed { code: "wrong-state", detail: e.to_string() })?;
    let now = state.clock.now();
    letter.sent_at = Some(now);
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let event = crate::services::audit::event(
        AuditAction::LetterSent,
        Some(&user.account),
        organisation,
        Some(format!("letter:{}", letter.id)),
    );
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let (letter, event) = (&letter, event.clone());
            async move {
                if !repo::letters::transition(&*tx, keys, letter, from, now).await? {
                    return Err(moved_meanwhile());
                }
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                Ok::<_, LetterError>(())
            }
        })
        .await?;
    Ok(letter)
}
