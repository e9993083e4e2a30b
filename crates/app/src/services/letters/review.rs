//! Review: a coordinator of the side whose turn it is approves (with redactions), returns or rejects a
//! letter; the last approval delivers it. Staff of the reader's side attach translations.

use super::*;
use crate::mail::MailKind;
use crate::services::notify;
use twinbridge_domain::audit::AuditAction;

/// A review decision from a coordinator.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewReview {
    /// `approve`, `return` or `reject`.
    pub decision: String,
    /// Spans to remove (on approve). Left out, the screen's suggestions for this side are removed: an
    /// approval that says nothing about redactions must not pass identifying details on.
    #[serde(default)]
    pub redactions: Option<Vec<Redaction>>,
    /// Reasons for the writer.
    pub note: Option<String>,
    /// The pictures passed on (on approve), by id. Left out, none is: each picture needs a person's yes.
    #[serde(default)]
    pub attachments: Option<Vec<String>>,
    /// Spans to remove from the translation the reader's side attached (on the reader's side's approve).
    /// Left out, the screen's findings in it are removed, as for the letter.
    #[serde(default)]
    pub translation_redactions: Option<Vec<Redaction>>,
}

/// A coordinator of the side whose turn it is decides on a letter. The last approval delivers it and
/// tells the reader by e-mail.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn review(state: &AppState, user: &CurrentUser, id: &str, new: NewReview) -> Result<Letter, LetterError> {
    let VisibleLetter { mut letter, pairing, relation, participants } = visible_letter(state, user, id).await?;
    if matches!(relation, Relation::Participant(_)) {
        return Err(LetterError::Forbidden("Only coordinators review letters."));
    }
    let from = letter.status;
    let decision: Decision =
        new.decision.parse().map_err(|e: twinbridge_domain::ParseError| LetterError::BadInput(e.to_string()))?;
    let reviewer_side = relation.side();
    let all_pictures = repo::letters::attachments_of(state.store.read(), letter.id).await?;
    let plan = review_plan(state, &pairing, &letter, !all_pictures.is_empty()).await?;
    let next = letter::review(letter.status, plan, reviewer_side, decision)
        .map_err(|e| LetterError::NotAllowed { code: "wrong-state", detail: e.to_string() })?;
    let reviews = repo::letters::reviews_of(state.store.read(), &state.keys, letter.id).await?;
    let pictures = visible_pictures(all_pictures, &letter, relation, &reviews);
    let source = if reviewer_side == letter.writer_side {
        letter.body.clone()
    } else {
        approved_by(&reviews, letter.writer_side).unwrap_or_default().to_owned()
    };
    let (readers, reader_language) = readers(state, &letter, &participants).await?;
    let redactions = match new.redactions {
        Some(chosen) => chosen,
        None if decision == Decision::Approve => {
            let known = known_for_side(state, Some(user), &participants, reviewer_side).await?;
            let forbidden = forbidden_in_letters(state, letter.pairing).await?;
            suggested_redactions(&state.metrics, &source, &letter.language, &known, &forbidden)
        }
        None => Vec::new(),
    };
    let approved = if decision == Decision::Approve {
        Some(apply_redactions(&source, &redactions, &reader_language)?)
    } else {
        None
    };
    // The reader's side's approval covers its translation too: the reader gets it only as approved here.
    let translation = match repo::letters::translation(state.store.read(), &state.keys, letter.id).await? {
        Some(t) if decision == Decision::Approve && reviewer_side != letter.writer_side => {
            let redactions = match new.translation_redactions {
                Some(chosen) => chosen,
                None => as_redactions(
                    &translation_findings(state, Some(user), &letter, &participants, &t.text, &t.language).await?,
                ),
            };
            let approved = apply_redactions(&t.text, &redactions, &t.language)?;
            Some((t.id, approved, redactions.len()))
        }
        _ => None,
    };
    let mut passed_attachments = Vec::new();
    if decision == Decision::Approve {
        for id in new.attachments.unwrap_or_default() {
            let found = pictures.iter().find(|a| a.id.to_string() == id);
            let found = found.ok_or_else(|| LetterError::BadInput(format!("{id} is not a picture of this letter")))?;
            if !passed_attachments.contains(&found.id) {
                passed_attachments.push(found.id);
            }
        }
    }
    let note = new.note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if decision != Decision::Approve && note.is_none() {
        return Err(LetterError::BadInput("Give the writer a reason when returning or rejecting a letter.".into()));
    }
    let now = state.clock.now();
    let review = Review {
        id: ReviewId::random(),
        letter: letter.id,
        side: reviewer_side,
        reviewer: Some(user.account.id),
        decision,
        redactions: serde_json::to_string(&redactions).unwrap_or_else(|_| "[]".into()),
        note,
        approved_text: approved,
        passed_attachments,
        created_at: now,
    };
    // The reader's side does not review by hand: the screen, seeded with the reader's side's identifiers
    // (which catches a writer who guessed the reader's town), stands in for it.
    let screened = match (&review.approved_text, next) {
        (Some(approved), LetterStatus::Delivered) if !plan.by_hand(other(letter.writer_side)) => Some(
            screen_in_place_of_review(
                state,
                &letter,
                &participants,
                other(letter.writer_side),
                approved,
                &reader_language,
            )
            .await?,
        ),
        _ => None,
    };
    // Where the screen stands in for the reader's side, it removes its findings from a waiting translation.
    let translation = match (&screened, translation) {
        (Some(_), None) => match repo::letters::translation(state.store.read(), &state.keys, letter.id).await? {
            Some(t) if t.approved.is_none() => {
                let found = translation_findings(state, None, &letter, &participants, &t.text, &t.language).await?;
                let approved = apply_redactions(&t.text, &as_redactions(&found), &t.language)?;
                Some((t.id, approved, found.len()))
            }
            _ => None,
        },
        (_, translation) => translation,
    };
    letter.status = next;
    if next == LetterStatus::Delivered {
        letter.delivered_at = Some(now);
    }
    let messages = review_notices(state, &letter, &pairing, &participants, &readers).await?;
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let event = NewEvent {
        actor: Some(user.account.id),
        action: AuditAction::LetterReviewed,
        organisation,
        subject: Some(format!("letter:{}", letter.id)),
        details: json!({
            "decision": decision.as_str(),
            "redactions": redactions.len(),
            "pictures_passed": review.passed_attachments.len(),
            "translation_redactions": translation.as_ref().map(|t| t.2),
            "status": next.public_name(),
        }),
    };
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let (letter, review, screened, messages, event, pairing, readers, participants, translation) = (
                &letter,
                &review,
                &screened,
                &messages,
                event.clone(),
                &pairing,
                &readers,
                &participants,
                &translation,
            );
            async move {
                if !repo::letters::transition(&*tx, keys, letter, from, now).await? {
                    return Err(moved_meanwhile());
                }
                crate::services::webhooks::letter_waiting(state, &*tx, pairing, letter).await?;
                if letter.status == LetterStatus::Delivered {
                    refuse_if_reader_withdrew(&*tx, letter, readers, participants).await?;
                }
                repo::letters::add_review(&*tx, keys, review).await?;
                if let Some((id, approved, _)) = translation {
                    repo::letters::approve_translation(&*tx, keys, *id, approved).await?;
                }
                if let Some(screened) = screened {
                    add_screen_review(&tx, keys, screened, side_organisation(pairing, screened.side), now).await?;
                }
                for message in messages {
                    repo::outbox::enqueue(&*tx, keys, message, now).await?;
                }
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                Ok(())
            }
        })
        .await?;
    if !messages.is_empty() {
        state.mail_wakeup.notify_one();
    }
    Ok(letter)
}

/// Who is told of a review's outcome: on delivery the readers (the writer too, where the readers share
/// read receipts); on a return, the writer, who finds the reasons on the letter's page.
async fn review_notices(
    state: &AppState,
    letter: &Letter,
    pairing: &twinbridge_domain::Pairing,
    participants: &[Participant],
    readers: &[Participant],
) -> Result<Vec<repo::outbox::OutgoingMessage>, LetterError> {
    let conn = state.store.read();
    let writer: Vec<&Participant> = participants.iter().filter(|p| Some(p.id) == letter.writer).collect();
    Ok(match letter.status {
        LetterStatus::Delivered => {
            let kind = if letter.health.is_some() { MailKind::PairingNews } else { MailKind::LetterWaiting };
            let mut messages = notify::people(state, conn, pairing, &readers.iter().collect::<Vec<_>>(), kind).await?;
            if letter.health.is_none()
                && super::read::reader_shares_read_receipts(state, participants, other(letter.writer_side)).await?
            {
                messages.extend(notify::people(state, conn, pairing, &writer, MailKind::LetterDelivered).await?);
            }
            messages
        }
        LetterStatus::Returned => {
            let link = notify::link(state, &format!("/letters/{}", letter.id));
            let mut messages = Vec::new();
            for participant in writer {
                if let Some(account) = repo::accounts::find_by_person(conn, &state.keys, participant.person).await? {
                    messages.extend(notify::to_account(MailKind::LetterReturned, &account, json!({ "link": link })));
                }
            }
            messages
        }
        _ => Vec::new(),
    })
}

/// A reader who withdrew consent to letters gets nothing more, even what was already reviewed. Checked in
/// the delivering transaction, so that a withdrawal of consent cannot cross a delivery.
async fn refuse_if_reader_withdrew(
    tx: &impl ConnectionTrait,
    letter: &Letter,
    readers: &[Participant],
    participants: &[Participant],
) -> Result<(), LetterError> {
    if letter.health.is_some() {
        return crate::services::health_updates::refuse_unless_wanted(tx, letter.pairing, participants).await;
    }
    if letter.writer_side == Side::Donor && crate::services::deceased::patient_died(tx, letter.pairing).await? {
        return Err(LetterError::NotAllowed {
            code: "paused",
            detail: "The patient has died; this letter is not passed on. Please speak with the donor yourself.".into(),
        });
    }
    let consents = repo::consents::current(tx, letter.pairing).await?;
    let withdrawn = readers.iter().any(|p| {
        consents.get(&p.id).is_some_and(|c| c.level() < twinbridge_domain::consent::ConsentLevel::AnonymousLetters)
    });
    if withdrawn {
        return Err(LetterError::NotAllowed {
            code: "consent",
            detail: "The reader's side does not wish to receive letters now; the letter cannot be delivered.".into(),
        });
    }
    Ok(())
}

/// A translation from staff.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewTranslation {
    /// The language of the translation (ISO 639-1).
    pub language: String,
    /// The translated text.
    pub text: String,
    /// Spans to remove from it before the reader gets it, where the reader's side's review is already done
    /// (left out: the screen's findings). While the letter waits for that review, the review decides.
    #[serde(default)]
    pub redactions: Option<Vec<Redaction>>,
}

/// Staff of the reader's side attach a translation of the text their side sees (it never holds up
/// delivery; the reader always gets the approved text too). Its findings are shown to staff like the
/// letter's, and the reader gets it only with them removed (unless unticked): by that side's review while
/// the letter waits for it, or at once, with the screen's findings or the chosen redactions, afterwards.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn translate(state: &AppState, user: &CurrentUser, id: &str, new: NewTranslation) -> Result<(), LetterError> {
    let VisibleLetter { letter, relation, participants, .. } = visible_letter(state, user, id).await?;
    let reader_side_staff = !matches!(relation, Relation::Participant(_)) && relation.side() != letter.writer_side;
    if !reader_side_staff {
        return Err(LetterError::Forbidden("Only staff of the reader's side attach translations."));
    }
    let language = Language::parse(&new.language).map_err(|e| LetterError::BadInput(e.to_string()))?;
    let text = new.text.trim().to_owned();
    if text.is_empty() || text.chars().count() > MAX_CHARS {
        return Err(LetterError::BadInput(format!("A translation needs a text of at most {MAX_CHARS} characters.")));
    }
    let past_review = matches!(
        letter.status,
        LetterStatus::Delivered | LetterStatus::Read | LetterStatus::ReadyToSend | LetterStatus::Sent
    );
    let approved = if past_review {
        let redactions = match new.redactions {
            Some(chosen) => chosen,
            None => as_redactions(
                &translation_findings(state, Some(user), &letter, &participants, &text, language.as_str()).await?,
            ),
        };
        Some((apply_redactions(&text, &redactions, language.as_str())?, redactions.len()))
    } else {
        None
    };
    let now = state.clock.now();
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::LetterTranslated,
        Some(&user.account),
        organisation,
        Some(format!("letter:{}", letter.id)),
    );
    event.details = json!({
        "waits_for_review": approved.is_none(),
        "redactions": approved.as_ref().map(|a| a.1),
    });
    // Where the reader asked for it and gets it at once, they are told it is there.
    let notices = if approved.is_some() {
        super::translation_request::readers_notices(state, &letter, &participants).await?
    } else {
        Vec::new()
    };
    let (keys, by) = (&state.keys, user.account.id);
    let told = state
        .store
        .write_tx(|tx| {
            let (text, mut event, approved) = (&text, event.clone(), approved.as_ref().map(|a| a.0.as_str()));
            let (letter, notices) = (&letter, &notices);
            async move {
                repo::letters::add_translation(&*tx, keys, letter.id, language.as_str(), text, approved, by, now)
                    .await?;
                let fulfils = super::translation_request::fulfil(state, &*tx, letter, notices, now).await?;
                event.details["fulfils_request"] = json!(fulfils);
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                Ok::<_, LetterError>(fulfils && !notices.is_empty())
            }
        })
        .await?;
    if told {
        state.mail_wakeup.notify_one();
    }
    Ok(())
}
