//! Writing: a participant writes, revises, sends to review and withdraws a letter. The contact rules and
//! the quota are checked in the transaction that sends it.

use super::*;
use twinbridge_domain::audit::AuditAction;

/// A new letter (or draft) from a participant.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewLetter {
    /// The text.
    pub body: String,
    /// Its language (default: the writer's).
    pub language: Option<String>,
    /// The letter it answers.
    pub in_reply_to: Option<String>,
    /// Keep as a draft instead of sending it to review.
    #[serde(default)]
    pub draft: bool,
}

fn blocked_reason(blocks: &[twinbridge_domain::rules::Block]) -> (&'static str, String) {
    use twinbridge_domain::rules::Block;
    let first = blocks.first().copied();
    let (code, text) = match first {
        Some(Block::QuotaUsed) => ("quota-used", "Every letter the rules allow from your side has been sent."),
        Some(Block::AwaitingReply) => {
            ("awaiting-reply", "The rules allow a next letter only after an answer to the last one.")
        }
        Some(Block::OtherSideWritesFirst) => {
            ("other-side-writes-first", "The rules let the other side write the first letter.")
        }
        Some(Block::WindowClosed) => ("window-closed", "The time in which the rules allow letters has passed."),
        Some(Block::NotYetStarted) => ("not-yet", "Letters are possible only after the transplant is recorded."),
        Some(Block::OwnConsent | Block::OtherSideConsent) => {
            ("consent", "A letter is not possible with the contact chosen in this pairing.")
        }
        Some(Block::ConsentNotRecorded) => (
            "consent-first",
            "The rules of this pairing want your consent to letters recorded first: choose your contact level.",
        ),
        Some(Block::CordBlood) => ("cord-blood", "After a cord blood donation there is no contact."),
        Some(Block::Unknown) => ("rules-unknown", "Whether letters are allowed is not known; ask your registry."),
        Some(Block::Forbidden) | None => {
            ("not-allowed-by-rules", "The contact rules of this pairing do not allow anonymous letters.")
        }
    };
    (code, text.to_owned())
}

/// Checks that the writer's side may send a letter now, by the contact rules. Runs inside the write
/// transaction that stores the letter, so that simultaneous letters cannot all find room in a quota, and a
/// letter racing the closing of its case, a change of consent or status does not slip through: the facts
/// read `ahead` of the transaction count only if none of them changed since (`ReadAhead::facts_now`).
async fn check_rules(
    tx: &impl ConnectionTrait,
    today: chrono::NaiveDate,
    ahead: &policy::ReadAhead,
    side: Side,
) -> Result<(), LetterError> {
    let (pairing, book, facts) = ahead.facts_now(tx).await?.ok_or(LetterError::NotFound)?;
    if pairing.closed_at.is_some() {
        return Err(LetterError::NotAllowed {
            code: "case-closed",
            detail: "This case is closed: no more letters are passed on in it.".into(),
        });
    }
    if side == Side::Donor && facts.patient_status == Some(twinbridge_domain::PatientStatus::Deceased) {
        // Said without the reason: the donor hears the news from their coordinator, not from a refusal.
        return Err(LetterError::NotAllowed {
            code: "paused",
            detail: "Letters cannot be passed on in this pairing at the moment. Your coordinator will be in touch."
                .into(),
        });
    }
    let explanation = book.evaluate(&facts, today).map_err(PolicyError::from)?;
    let mine =
        if side == Side::Donor { &explanation.anonymous_letters.donor } else { &explanation.anonymous_letters.patient };
    if mine.may_write_now {
        return Ok(());
    }
    let (code, detail) = blocked_reason(&mine.blocked_by);
    Err(LetterError::NotAllowed { code, detail })
}

/// The facts of `pairing` read ahead of the write transaction that sends a letter in it.
async fn read_ahead(state: &AppState, pairing: &twinbridge_domain::Pairing) -> Result<policy::ReadAhead, LetterError> {
    policy::ReadAhead::read(state.store.read(), &state.standings, pairing.id).await?.ok_or(LetterError::NotFound)
}

/// The language a writer's letters are in unless they say otherwise: their own (English when unknown).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn writers_language(state: &AppState, user: &CurrentUser) -> Result<String, LetterError> {
    let Some(person) = user.account.person else { return Ok("en".into()) };
    Ok(repo::persons::language_of(state.store.read(), person).await?.unwrap_or_else(|| "en".into()))
}

/// A participant writes a letter (or a draft).
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn write(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    new: NewLetter,
) -> Result<Letter, LetterError> {
    // The stamp of the rules' facts before the pairing and participants that `visible` reads, so that the
    // letter check can build on them (`policy::ReadAhead::read_rest`).
    let stamp = match pairing_id.parse::<PairingId>() {
        Ok(id) if !new.draft => repo::pairings::facts_stamp(state.store.read(), id).await?,
        _ => None,
    };
    let VisiblePairing { pairing, relation, participants } =
        pairings::visible(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    let Relation::Participant(_) = relation else {
        return Err(LetterError::Forbidden("Only donors, patients and their families write letters."));
    };
    let side = relation.side();
    let body = letter_text(&new.body)?;
    let person = user.account.person.ok_or(LetterError::NotFound)?;
    let writer = participants.iter().find(|p| p.person == person).ok_or(LetterError::NotFound)?;
    let language = match new.language.as_deref() {
        Some(code) => language_code(code)?,
        None => repo::persons::language_of(state.store.read(), person).await?.unwrap_or_else(|| "en".into()),
    };
    let in_reply_to = answered_letter(state, &pairing, side, new.in_reply_to.as_deref()).await?;
    let letter = new_letter(state, &pairing, Some(writer.id), side, language, in_reply_to, body);
    let action = if new.draft { AuditAction::LetterDrafted } else { AuditAction::LetterSubmitted };
    let ahead = match (new.draft, stamp) {
        (true, _) => None,
        (false, Some(stamp)) => {
            let (conn, standings) = (state.store.read(), &state.standings);
            Some(policy::ReadAhead::read_rest(conn, standings, stamp, pairing.clone(), participants.clone()).await?)
        }
        (false, None) => Some(read_ahead(state, &pairing).await?),
    };
    store_new(state, user, &pairing, &participants, letter, ahead.as_ref(), action, serde_json::Value::Null).await
}

/// A letter staff enter for a writer without Twinbridge access: one received on paper or by e-mail from
/// an offline side, or one their own participant, who has no internet, gave them.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct EnteredLetter {
    /// The text as received.
    pub body: String,
    /// Whose letter it is: `donor` or `patient` (the side).
    pub on_behalf_of: String,
    /// When it arrived.
    pub received_on: Option<chrono::NaiveDate>,
    /// Its language (default: the writer's, or English for an offline writer).
    pub language: Option<String>,
    /// The letter it answers.
    pub in_reply_to: Option<String>,
}

/// A coordinator enters a letter for a writer without Twinbridge access (see [`EnteredLetter`]). It goes
/// through the same rules, screen, review and audit as any letter: it is sent to review at once.
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn enter(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    new: EnteredLetter,
) -> Result<Letter, LetterError> {
    let VisiblePairing { pairing, relation, participants } =
        pairings::visible(state, user, pairing_id).await?.ok_or(LetterError::NotFound)?;
    // Only coordinators stand to a pairing as staff (`access::relation_to`).
    let own_side = relation.side();
    if matches!(relation, Relation::Participant(_)) {
        return Err(LetterError::Forbidden("Only coordinators enter letters for a writer."));
    }
    let side = match new.on_behalf_of.as_str() {
        "donor" => Side::Donor,
        "patient" => Side::Patient,
        _ => return Err(LetterError::BadInput("on_behalf_of: expected donor or patient".into())),
    };
    let body = letter_text(&new.body)?;
    let received_on = new
        .received_on
        .map(|day| twinbridge_domain::date::in_past(day, state.clock.today(), "date"))
        .transpose()
        .map_err(|e| LetterError::BadInput(format!("received_on: {e}")))?;
    let writer = if side == own_side {
        // The side's main participant writes: the donor, or the patient (their proxy where there is no
        // patient on Twinbridge).
        let writer =
            twinbridge_domain::participant::speaking_for(&participants, side).ok_or(LetterError::NotAllowed {
                code: "no-participant",
                detail: "Your side's participant is not recorded in this pairing yet.".into(),
            })?;
        Some(writer)
    } else {
        let other_organisation = side_organisation(&pairing, side).ok_or(LetterError::NotFound)?;
        let offline =
            repo::organisations::get(state.store.read(), other_organisation).await?.is_some_and(|o| o.offline);
        if !offline {
            return Err(LetterError::Forbidden(
                "The other side is on Twinbridge: its participant writes, and its staff enter its paper letters.",
            ));
        }
        None
    };
    let language = match (new.language.as_deref(), writer) {
        (Some(code), _) => language_code(code)?,
        (None, Some(writer)) => {
            repo::persons::language_of(state.store.read(), writer.person).await?.unwrap_or_else(|| "en".into())
        }
        (None, None) => "en".into(),
    };
    let in_reply_to = answered_letter(state, &pairing, side, new.in_reply_to.as_deref()).await?;
    let mut letter = new_letter(state, &pairing, writer.map(|w| w.id), side, language, in_reply_to, body);
    letter.entered_by = Some(user.account.id);
    letter.received_on = received_on;
    let details = json!({ "on_behalf_of": side_name(side), "offline_writer": writer.is_none() });
    let ahead = read_ahead(state, &pairing).await?;
    store_new(state, user, &pairing, &participants, letter, Some(&ahead), AuditAction::LetterEntered, details).await
}

/// A letter's text, trimmed; refused when empty or too long.
pub(crate) fn letter_text(body: &str) -> Result<String, LetterError> {
    let body = body.trim();
    if body.is_empty() || body.chars().count() > MAX_CHARS {
        return Err(LetterError::BadInput(format!("A letter needs a text of at most {MAX_CHARS} characters.")));
    }
    Ok(body.to_owned())
}

fn language_code(code: &str) -> Result<String, LetterError> {
    Ok(Language::parse(code).map_err(|e| LetterError::BadInput(e.to_string()))?.as_str().to_owned())
}

/// The letter a new one answers: one the writer's side received in this pairing.
async fn answered_letter(
    state: &AppState,
    pairing: &twinbridge_domain::Pairing,
    side: Side,
    in_reply_to: Option<&str>,
) -> Result<Option<LetterId>, LetterError> {
    let Some(id) = in_reply_to.filter(|id| !id.is_empty()) else { return Ok(None) };
    let id = id.parse::<LetterId>().map_err(|_| LetterError::BadInput("in_reply_to is not a letter id".into()))?;
    let original = repo::letters::summaries(state.store.read(), pairing.id).await?.into_iter().find(|l| l.id == id);
    match original {
        Some(l) if l.side != side && l.status.approved() => Ok(Some(id)),
        _ => Err(LetterError::BadInput("in_reply_to must be a letter received in this pairing".into())),
    }
}

fn new_letter(
    state: &AppState,
    pairing: &twinbridge_domain::Pairing,
    writer: Option<twinbridge_domain::ParticipantId>,
    side: Side,
    language: String,
    in_reply_to: Option<LetterId>,
    body: String,
) -> Letter {
    Letter {
        id: LetterId::random(),
        pairing: pairing.id,
        writer,
        writer_side: side,
        language,
        in_reply_to,
        status: LetterStatus::Draft,
        body,
        created_at: state.clock.now(),
        submitted_at: None,
        delivered_at: None,
        read_at: None,
        entered_by: None,
        received_on: None,
        sent_at: None,
        health: None,
    }
}

/// Stores a new letter with its audit event; sent to review (with the pairing's facts read `ahead`) it is
/// checked against the rules in the storing transaction, and a side that does not review by hand has the
/// screen's review stored with it.
#[allow(clippy::too_many_arguments)]
async fn store_new(
    state: &AppState,
    user: &CurrentUser,
    pairing: &twinbridge_domain::Pairing,
    participants: &[Participant],
    mut letter: Letter,
    ahead: Option<&policy::ReadAhead>,
    action: AuditAction,
    details: serde_json::Value,
) -> Result<Letter, LetterError> {
    let screened = match ahead {
        Some(ahead) => submit(state, pairing, participants, &mut letter, ahead).await?,
        None => None,
    };
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event =
        crate::services::audit::event(action, Some(&user.account), organisation, Some(format!("letter:{}", letter.id)));
    event.details = details;
    let (now, today, side) = (state.clock.now(), state.clock.today(), letter.writer_side);
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let (letter, screened, event) = (&letter, &screened, event.clone());
            async move {
                if let Some(ahead) = ahead {
                    check_rules(&*tx, today, ahead, side).await?;
                }
                repo::letters::insert(&*tx, keys, letter).await?;
                crate::services::webhooks::letter_waiting(state, &*tx, pairing, letter).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                if let Some(screened) = screened {
                    add_screen_review(&tx, keys, screened, side_organisation(pairing, screened.side), now).await?;
                }
                Ok::<_, LetterError>(())
            }
        })
        .await?;
    Ok(letter)
}

/// Sends a draft or returned letter to review. When the writer's side does not review by hand, the
/// machine screen's suggestions stand in for its approval, so that the reader's side never sees the
/// original; that stand-in review is returned for saving with the letter.
async fn submit(
    state: &AppState,
    pairing: &twinbridge_domain::Pairing,
    participants: &[Participant],
    letter: &mut Letter,
    ahead: &policy::ReadAhead,
) -> Result<Option<Review>, LetterError> {
    let pictures = crate::services::attachments::check_before_sending(state, pairing, letter.id).await?;
    let plan = review_plan_among(state, pairing, letter, pictures, ahead.organisations()).await?;
    letter.status = letter::submit(letter.status, plan)
        .map_err(|e| LetterError::NotAllowed { code: "wrong-state", detail: e.to_string() })?;
    letter.submitted_at = Some(state.clock.now());
    if plan.by_hand(letter.writer_side) {
        return Ok(None);
    }
    let (_, reader_language) = readers(state, letter, participants).await?;
    let body = letter.body.clone();
    Ok(Some(screen_in_place_of_review(state, letter, participants, letter.writer_side, &body, &reader_language).await?))
}

/// The writer's change to a draft or a returned letter.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct Revision {
    /// The new text.
    pub body: String,
    /// Send it for review now (else it stays a draft or returned).
    #[serde(default)]
    pub submit: bool,
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub(crate) async fn writers_letter(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<VisibleLetter, LetterError> {
    let visible = visible_letter(state, user, id).await?;
    let relation = visible.relation;
    let writer = matches!(relation, Relation::Participant(_)) && relation.side() == visible.letter.writer_side;
    if !writer {
        return Err(LetterError::Forbidden("Only the writer changes a letter."));
    }
    Ok(visible)
}

/// The writer revises a draft or a returned letter, and may send it for review.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn revise(state: &AppState, user: &CurrentUser, id: &str, revision: Revision) -> Result<Letter, LetterError> {
    let VisibleLetter { mut letter, pairing, participants, .. } = writers_letter(state, user, id).await?;
    let from = letter.status;
    if !matches!(letter.status, LetterStatus::Draft | LetterStatus::Returned) {
        return Err(LetterError::NotAllowed {
            code: "wrong-state",
            detail: "Only drafts and returned letters can be changed.".into(),
        });
    }
    let body = letter_text(&revision.body)?;
    if !revision.submit && body == letter.body {
        // Saved as it was typed, again: nothing changed, nothing to record.
        return Ok(letter);
    }
    letter.body = body;
    let mut screened = None;
    let mut ahead = None;
    if revision.submit {
        let read = ahead.insert(read_ahead(state, &pairing).await?);
        screened = submit(state, &pairing, &participants, &mut letter, read).await?;
    }
    let action = if revision.submit { AuditAction::LetterSubmitted } else { AuditAction::LetterRevised };
    save_with_event(state, user, &letter, from, action, &pairing, screened.as_ref(), ahead.as_ref()).await?;
    Ok(letter)
}

/// Saves the writer's change to a letter (made from the state `from`) with its audit event, in one
/// transaction; a letter sent to review is checked against the rules (with the facts read `ahead`) in that
/// same transaction.
#[allow(clippy::too_many_arguments)]
async fn save_with_event(
    state: &AppState,
    user: &CurrentUser,
    letter: &Letter,
    from: LetterStatus,
    action: AuditAction,
    pairing: &twinbridge_domain::Pairing,
    screened: Option<&Review>,
    ahead: Option<&policy::ReadAhead>,
) -> Result<(), LetterError> {
    let (now, today) = (state.clock.now(), state.clock.today());
    let submitted = matches!(from, LetterStatus::Draft | LetterStatus::Returned)
        && matches!(letter.status, LetterStatus::InReview(_));
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let event =
        crate::services::audit::event(action, Some(&user.account), organisation, Some(format!("letter:{}", letter.id)));
    let keys = &state.keys;
    let read_here = match (submitted, ahead) {
        (true, None) => Some(read_ahead(state, pairing).await?),
        _ => None,
    };
    let ahead = ahead.or(read_here.as_ref()).filter(|_| submitted);
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                if let Some(ahead) = ahead {
                    check_rules(&*tx, today, ahead, letter.writer_side).await?;
                }
                if !repo::letters::transition(&*tx, keys, letter, from, now).await? {
                    return Err(moved_meanwhile());
                }
                crate::services::webhooks::letter_waiting(state, &*tx, pairing, letter).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                if let Some(screened) = screened {
                    add_screen_review(&tx, keys, screened, side_organisation(pairing, screened.side), now).await?;
                }
                Ok::<_, LetterError>(())
            }
        })
        .await?;
    Ok(())
}

/// The writer takes a letter back before it is delivered.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn withdraw(state: &AppState, user: &CurrentUser, id: &str) -> Result<Letter, LetterError> {
    let VisibleLetter { mut letter, pairing, .. } = writers_letter(state, user, id).await?;
    let from = letter.status;
    letter.status = letter::withdraw(letter.status)
        .map_err(|e| LetterError::NotAllowed { code: "wrong-state", detail: e.to_string() })?;
    save_with_event(state, user, &letter, from, AuditAction::LetterWithdrawn, &pairing, None, None).await?;
    Ok(letter)
}
