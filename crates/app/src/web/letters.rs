//! Letter pages: writing (with warnings, server-side on "check" and live with JavaScript), reading, the
//! review queue and the review form (suggested redactions, further spans, preview, decision).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use tower_sessions::Session;
use twinbridge_domain::access::Relation;
use twinbridge_domain::rules::Side;

use super::ctx::PageCtx;
use super::findings::{self, Reader};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::identity::{self, Purpose};
use crate::services::letter_rules;
use crate::services::letters::{self, LetterContent, LetterError, NewLetter, NewReview, Redaction};
use crate::services::paging::PageRequest;
use crate::services::policy::{self, PolicyError, PolicyView};
use crate::state::AppState;
use twinbridge_screening::Finding;

pub(super) struct Warning {
    text: String,
    reason: String,
    /// The pairing's contact rules do not allow this kind of detail in letters.
    not_allowed: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "letter_write.html")]
pub(super) struct WritePage {
    ctx: PageCtx,
    pairing_id: String,
    rules: Vec<String>,
    /// Whether the rules allow pictures (added once the letter is saved as a draft).
    pictures: bool,
    body: String,
    language: String,
    in_reply_to: String,
    /// The draft this page saved, which the next save updates.
    draft: String,
    warnings: Vec<Warning>,
    /// The plain reasons by `CATEGORY-kind`, for the live warnings.
    reason_phrases: Vec<(String, String)>,
    checked: bool,
    error: Option<String>,
    /// A word on what happened (the letter was kept across a sign-in).
    notice: Option<String>,
}

fn error_text(ctx: &PageCtx, err: &LetterError) -> String {
    match err {
        LetterError::NotAllowed { code, .. } => ctx.t(&format!("letters-error-{code}")),
        LetterError::BadInput(_) => ctx.t("letters-error-bad-input"),
        LetterError::BadPicture(_) => ctx.t("letters-error-picture"),
        LetterError::Forbidden(_) => ctx.t("letters-error-forbidden"),
        _ => ctx.t("error-internal-title"),
    }
}

/// What the write page says besides the letter: the screen's warnings (after "check"), a refusal, or a
/// notice.
#[derive(Default)]
struct Said {
    checked: bool,
    error: Option<String>,
    notice: Option<String>,
}

async fn write_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: PageCtx,
    pairing_id: &str,
    form: WriteForm,
    said: Said,
) -> Response {
    let Said { checked, error, notice } = said;
    let PolicyView { pairing, relation, explanation } = match policy::for_caller(state, user, pairing_id).await {
        Ok(view) => view,
        Err(PolicyError::NotFound | PolicyError::Incomplete) => return super::pages::not_found_page(ctx),
        Err(e) => return crate::error::Problem::internal(&e).into_response(),
    };
    let Relation::Participant(_) = relation else { return super::pages::not_found_page(ctx) };
    let side = if relation.is_donor_side() { Side::Donor } else { Side::Patient };
    let rules = super::pairings::plain_words(&ctx, &explanation, side);
    let pictures = twinbridge_domain::letter::pictures_allowed(explanation.anonymous_letters.photos);
    let language = match letters::writers_language(state, user).await {
        Ok(language) => language,
        Err(e) => return crate::error::Problem::internal(&e).into_response(),
    };
    let warnings = if checked {
        match own_warnings(state, &ctx, user, &form.body, &language, &explanation.anonymous_letters.forbidden_content)
            .await
        {
            Ok(warnings) => warnings,
            Err(e) => return crate::error::Problem::internal(&e).into_response(),
        }
    } else {
        Vec::new()
    };
    let reason_phrases = findings::phrases(&ctx, Reader::Writer);
    let page = WritePage {
        reason_phrases,
        ctx,
        pairing_id: pairing.id.to_string(),
        rules,
        pictures,
        body: form.body,
        language,
        in_reply_to: form.in_reply_to,
        draft: form.draft,
        warnings,
        checked,
        error,
        notice,
    };
    let status = if page.error.is_some() { StatusCode::CONFLICT } else { StatusCode::OK };
    (status, page).into_response()
}

/// The screen's warnings for a writer: seeded with their own identifiers only.
async fn own_warnings(
    state: &AppState,
    ctx: &PageCtx,
    user: &CurrentUser,
    text: &str,
    language: &str,
    forbidden: &[twinbridge_domain::rules::LetterContent],
) -> Result<Vec<Warning>, LetterError> {
    let me: Vec<_> = user.account.person.into_iter().collect();
    let known = identity::known_for(state, Some(user), &me, Purpose::WritingCheck).await?;
    Ok(letters::screen_for_pairing(&state.metrics, text, language, &known, forbidden)
        .into_iter()
        .map(|f| {
            let not_allowed = letter_rules::is_marked(&f);
            Warning { reason: findings::reason(ctx, &f, Reader::Writer), text: f.text, not_allowed }
        })
        .collect())
}

/// Rows of checkboxes for `found`, ticked unless the reviewer's form (`chosen`) left them out.
fn finding_rows(ctx: &PageCtx, found: &[Finding], chosen: Option<&Vec<String>>) -> Vec<FindingRow> {
    found
        .iter()
        .map(|f| {
            let category = serde_json::to_value(f.category)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_else(|| "OTHER".into());
            let value = format!("{}-{}-{category}", f.start, f.end);
            FindingRow {
                checked: chosen.is_none_or(|c| c.contains(&value)),
                value,
                text: f.text.clone(),
                reason: findings::reason(ctx, f, Reader::Staff),
                not_allowed: letter_rules::is_marked(f),
            }
        })
        .collect()
}

#[derive(Deserialize, Default)]
pub(super) struct ReplyTo {
    reply_to: Option<String>,
}

/// `GET /pairings/{id}/letters/new`: empty, or with a letter kept across a sign-in.
pub(super) async fn write_form(
    State(state): State<AppState>,
    user: CurrentUser,
    session: Session,
    ctx: PageCtx,
    Path(id): Path<String>,
    Query(q): Query<ReplyTo>,
) -> Response {
    let action = format!("/pairings/{id}/letters/new");
    if let Some(kept) = super::kept::take(&state, &session, &user, |a| a == action).await {
        let form = WriteForm {
            body: kept.get("body"),
            in_reply_to: kept.get("in_reply_to"),
            draft: kept.get("draft"),
            action: String::new(),
        };
        let notice = kept.signed_out.then(|| ctx.t("write-kept"));
        return write_page(&state, &user, ctx, &id, form, Said { notice, ..Said::default() }).await;
    }
    let form = WriteForm {
        body: String::new(),
        in_reply_to: q.reply_to.unwrap_or_default(),
        draft: String::new(),
        action: String::new(),
    };
    write_page(&state, &user, ctx, &id, form, Said::default()).await
}

#[derive(Deserialize)]
pub(super) struct WriteForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    in_reply_to: String,
    /// The draft this page already saved (by a button, or as the writer typed), which later saves update.
    #[serde(default)]
    draft: String,
    #[serde(default)]
    action: String,
}

/// Saves what the writer typed: as a new draft, or into the draft this page began; sent for review when
/// `send`.
async fn save(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    form: &WriteForm,
    send: bool,
) -> Result<String, LetterError> {
    if form.draft.is_empty() {
        let new = NewLetter {
            body: form.body.clone(),
            language: None,
            in_reply_to: Some(form.in_reply_to.clone()).filter(|r| !r.is_empty()),
            draft: !send,
        };
        Ok(letters::write(state, user, pairing_id, new).await?.id.to_string())
    } else {
        let revision = letters::Revision { body: form.body.clone(), submit: send };
        Ok(letters::revise(state, user, &form.draft, revision).await?.id.to_string())
    }
}

/// `POST /pairings/{id}/letters/new`: every button saves the letter as a draft first (nothing typed is
/// lost without JavaScript either); then "check" shows the screen's warnings, "send" sends it for review.
pub(super) async fn write(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    Form(mut form): Form<WriteForm>,
) -> Response {
    let saved = save(&state, &user, &id, &form, form.action == "send").await;
    if form.action == "check" {
        // An empty or refused draft is still checked; the page says when it was saved.
        let notice = match saved {
            Ok(letter) => {
                form.draft = letter;
                Some(ctx.t("write-draft-saved"))
            }
            Err(_) => None,
        };
        return write_page(&state, &user, ctx, &id, form, Said { checked: true, notice, ..Said::default() }).await;
    }
    match saved {
        Ok(letter) => Redirect::to(&format!("/letters/{letter}")).into_response(),
        Err(LetterError::NotFound) => super::pages::not_found_page(ctx),
        Err(e @ (LetterError::NotAllowed { .. } | LetterError::BadInput(_) | LetterError::Forbidden(_))) => {
            // A writer's bad input is the letter's text; the reviewers' wording is not for them.
            let message = if matches!(e, LetterError::BadInput(_)) {
                ctx.t("letters-error-bad-text")
            } else {
                error_text(&ctx, &e)
            };
            write_page(&state, &user, ctx, &id, form, Said { error: Some(message), ..Said::default() }).await
        }
        Err(e) => crate::error::Problem::internal(&e).into_response(),
    }
}

pub(super) struct FindingRow {
    value: String,
    text: String,
    reason: String,
    checked: bool,
    /// The pairing's contact rules do not allow this kind of detail in letters.
    not_allowed: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "letter.html")]
pub(super) struct LetterPage {
    ctx: PageCtx,
    review_note: Option<String>,
    id: String,
    pairing_id: String,
    from: String,
    status: String,
    text: String,
    reasons: Vec<String>,
    /// For a health update's writing side: what the screen removed before it left that side.
    screened_out: Vec<String>,
    findings: Vec<FindingRow>,
    can_review: bool,
    also: String,
    note: String,
    preview: Option<String>,
    notice: Option<String>,
    failed: bool,
    reply_link: Option<String>,
    editable: bool,
    withdrawable: bool,
    translation: Option<String>,
    translation_language: String,
    /// The translation's language in words.
    translation_language_name: String,
    /// For the reader's side's staff: what the screen found in the translation (ticked: removed).
    translation_findings: Vec<FindingRow>,
    /// For the reader's side's staff: the translation as the reader gets it (`None` until approved).
    translation_approved: Option<String>,
    translation_preview: Option<String>,
    can_translate: bool,
    pictures: Vec<PictureRow>,
    can_add_picture: bool,
    picture_kinds: Vec<(&'static str, String)>,
    /// After the caller's side approved: what it removed besides the findings.
    also_removed: Vec<String>,
    /// The caller's side has approved: the findings show what it removed and what it kept.
    decided: bool,
    /// The text in the writer's edit form (their stored text, or what they typed and was refused).
    edit_text: String,
    typed_translation_language: String,
    typed_translation_text: String,
    /// For the reader: whether they may ask for a translation (the button says into which language).
    can_request_translation: bool,
    request_label: String,
    /// An open request for a translation, in words (for the reader and the reader's side's staff).
    translation_request: Option<String>,
    /// A refusal and the form it belongs to (`body`, `translation`, `review`).
    field_error: Option<(&'static str, String)>,
    /// For staff of the writer's side, a letter for an offline side: whether it still waits to be sent
    /// (`Some(true)`) or went out (`Some(false)`).
    outgoing: Option<bool>,
}

impl LetterPage {
    /// The refusal to show beside the field of `form`, if it is about that form.
    fn error_for(&self, form: &str) -> Option<&str> {
        self.field_error.as_ref().filter(|(f, _)| *f == form).map(|(_, message)| message.as_str())
    }
}

pub(super) struct PictureRow {
    id: String,
    url: String,
    label: String,
    passed: bool,
}

/// What a letter page shows besides the letter: the review form's state, a preview, a notice, and what
/// was typed into a form that was refused or kept across a sign-in.
#[derive(Default)]
struct Extras<'a> {
    review: Option<&'a ReviewForm>,
    preview: Option<String>,
    /// The translation as the reader would get it with the ticked findings removed.
    translation_preview: Option<String>,
    notice: Option<String>,
    failed: bool,
    typed: Typed,
}

/// Text typed into the letter page's forms, shown again instead of an empty form.
#[derive(Default)]
struct Typed {
    /// The writer's changed text.
    body: Option<String>,
    translation_language: String,
    translation_text: String,
    /// The form the refusal is about (`body`, `translation` or `review`), whose field shows it.
    refused: Option<&'static str>,
}

async fn letter_page(state: &AppState, user: &CurrentUser, ctx: PageCtx, id: &str, extras: Extras<'_>) -> Response {
    let Extras { review, preview, translation_preview, notice, failed, typed } = extras;
    let view = match letters::view(state, user, id).await {
        Ok(view) => view,
        Err(LetterError::NotFound) => return super::pages::not_found_page(ctx),
        Err(e) => return crate::error::Problem::internal(&e).into_response(),
    };
    let text = view.content.text().to_owned();
    let pairing_id = view.line.pairing_id.clone();
    let from_donor = view.line.from == "donor";
    let status_name = view.line.status;
    let can_review = view.may.review;
    let chosen: Option<Vec<String>> = review.map(|r| r.redact.clone());
    // After the caller's side approved: the redactions it made, to show which findings it removed and
    // what else it took out.
    let own_redactions: Vec<Redaction> = match &view.content {
        LetterContent::WriterSideStaff { reviews, .. } if !can_review => reviews
            .iter()
            .rev()
            .find(|r| r.side == view.line.from && r.decision == "approve" && r.by == "staff")
            .and_then(|r| r.redactions.clone())
            .unwrap_or_default(),
        LetterContent::ReaderSideStaff { own_redactions: Some(r), .. } if !can_review => r.clone(),
        _ => Vec::new(),
    };
    let removed = |start: usize, end: usize| own_redactions.iter().any(|r| r.start <= start && end <= r.end);
    let findings = match &view.content {
        LetterContent::WriterSideStaff { findings, .. } | LetterContent::ReaderSideStaff { findings, .. } => {
            let mut rows = finding_rows(&ctx, findings, chosen.as_ref());
            if !own_redactions.is_empty() {
                // Decided: each finding shows whether the side removed it.
                for (row, f) in rows.iter_mut().zip(findings) {
                    row.checked = removed(f.start, f.end);
                }
            }
            rows
        }
        _ => Vec::new(),
    };
    let translation_chosen: Option<Vec<String>> = review.map(|r| r.redact_translation.clone());
    let (translation_findings, translation_approved) = match &view.content {
        LetterContent::ReaderSideStaff { translation: Some(t), .. } => {
            (finding_rows(&ctx, &t.findings, translation_chosen.as_ref()), t.approved.clone())
        }
        _ => (Vec::new(), None),
    };
    // Spans the side removed that no finding suggested: the reviewer's own "also remove" words.
    let also_removed: Vec<String> = own_redactions
        .iter()
        .filter(|r| !findings.iter().any(|f: &FindingRow| f.value.starts_with(&format!("{}-{}-", r.start, r.end))))
        .map(|r| text.chars().skip(r.start).take(r.end.saturating_sub(r.start)).collect())
        .collect();
    let decided = !own_redactions.is_empty()
        || matches!(&view.content, LetterContent::ReaderSideStaff { own_redactions: Some(_), .. });
    let reasons = match &view.content {
        LetterContent::Writer { reasons, .. } => reasons.clone(),
        _ => Vec::new(),
    };
    // A health update leaves the patient's side with the screen's findings removed: its writer's side sees
    // which words went (and can write it again with other choices through the API).
    let screened_out: Vec<String> = match &view.content {
        LetterContent::WriterSideStaff { original, reviews, .. } if view.line.kind == "health_update" => {
            let chars: Vec<char> = original.chars().collect();
            reviews
                .iter()
                .filter_map(|r| r.redactions.as_ref())
                .flatten()
                .filter_map(|r| chars.get(r.start..r.end.min(chars.len())).map(|c| c.iter().collect::<String>()))
                .collect()
        }
        _ => Vec::new(),
    };
    let editable = view.may.edit;
    let withdrawable = view.may.withdraw;
    let (translation, translation_language) = match &view.content {
        LetterContent::Reader { translation: Some(t), .. } => (Some(t.text.clone()), t.language.clone()),
        LetterContent::ReaderSideStaff { translation: Some(t), .. } => (Some(t.text.clone()), t.language.clone()),
        _ => (None, String::new()),
    };
    let can_translate = view.may.translate;
    let (request, mut typed_translation_language) = match &view.content {
        LetterContent::Reader { translation_request, .. }
        | LetterContent::ReaderSideStaff { translation_request, .. } => {
            (translation_request.clone().filter(|r| r.status == "requested"), typed.translation_language)
        }
        _ => (None, typed.translation_language),
    };
    let language_name = |code: &str| {
        super::i18n::Lang::from_code(code)
            .map_or_else(|| code.to_owned(), |l| ctx.t(&format!("lang-name-{}", l.code())))
    };
    // The reader asks for a translation into the language they read the pages in, where the letter is in
    // another one and has no translation into it yet.
    let page_language = ctx.lang.code();
    let can_request_translation = view.may.request_translation
        && request.is_none()
        && view.line.language != page_language
        && !(translation.is_some() && translation_language == page_language);
    let translation_request = request.map(|r| {
        let args = [
            ("language".to_owned(), language_name(&r.language)),
            ("date".to_owned(), ctx.day(r.requested_at.date_naive())),
        ];
        if can_translate && typed_translation_language.is_empty() {
            typed_translation_language.clone_from(&r.language);
        }
        let key = if can_translate { "translation-requested-staff" } else { "translation-requested-reader" };
        ctx.lang.t_args(key, &args)
    });
    let translation_language_name = language_name(&translation_language);
    let request_label =
        ctx.lang.t_args("translation-request-button", &[("language".to_owned(), language_name(page_language))]);
    let outgoing = match (&view.content, status_name) {
        (LetterContent::WriterSideStaff { .. }, "ready_to_send") => Some(true),
        (LetterContent::WriterSideStaff { .. }, "sent") => Some(false),
        _ => None,
    };
    let reply_link = view.may.reply.then(|| format!("/pairings/{pairing_id}/letters/new?reply_to={id}"));
    let ticked: Option<&Vec<String>> = review.map(|r| &r.pass);
    let pictures: Vec<PictureRow> = view
        .attachments
        .iter()
        .map(|a| PictureRow {
            passed: ticked.is_some_and(|t| t.contains(&a.id)),
            url: a.url.clone(),
            label: ctx.t(&format!("picture-kind-{}", a.kind)),
            id: a.id.clone(),
        })
        .collect();
    let can_add_picture = match crate::services::attachments::pictures_allowed_for(state, &pairing_id).await {
        Ok(allowed) => editable && pictures.len() < twinbridge_domain::letter::MAX_ATTACHMENTS && allowed,
        Err(e) => return crate::error::Problem::internal(&e).into_response(),
    };
    let picture_kinds = twinbridge_domain::letter::AttachmentKind::ALL
        .iter()
        .map(|k| (k.as_str(), ctx.t(&format!("picture-kind-{}", k.as_str()))))
        .collect();
    // Staff are told when the other side does not review by hand: their reading is the only one.
    let review_note = match &view.content {
        LetterContent::ReaderSideStaff { writer_side_review: "screen", .. } => {
            Some(ctx.t("review-writer-side-screen-only"))
        }
        LetterContent::WriterSideStaff { reader_side_reviews: false, .. } if can_review => {
            Some(ctx.t("review-reader-side-screen-only"))
        }
        _ => None,
    };
    // A refusal is shown beside the field it is about; other notices stay at the top.
    let (notice, field_error) = match typed.refused {
        Some(field) if failed => (None, notice.map(|n| (field, n))),
        _ => (notice, None),
    };
    LetterPage {
        also_removed,
        decided: decided && !can_review,
        edit_text: typed.body.unwrap_or_else(|| text.clone()),
        typed_translation_language,
        can_request_translation,
        request_label,
        translation_request,
        translation_language_name,
        typed_translation_text: typed.translation_text,
        field_error,
        review_note,
        from: ctx.t(if from_donor { "letter-from-donor" } else { "letter-from-patient" }),
        status: ctx.t(&format!("letter-status-{status_name}")),
        id: id.to_owned(),
        pairing_id,
        text,
        reasons,
        screened_out,
        findings,
        can_review,
        also: review.map(|r| r.also.clone()).unwrap_or_default(),
        note: review.map(|r| r.note.clone()).unwrap_or_default(),
        preview,
        notice,
        failed,
        reply_link,
        editable,
        withdrawable,
        translation,
        translation_language,
        translation_findings,
        translation_approved,
        translation_preview,
        can_translate,
        pictures,
        can_add_picture,
        picture_kinds,
        outgoing,
        ctx,
    }
    .into_response()
}

#[derive(Deserialize)]
pub(super) struct Done {
    done: Option<String>,
}

/// `GET /letters/{id}`: with a form kept across a sign-in filled in again.
pub(super) async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    session: Session,
    ctx: PageCtx,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Response {
    let base = format!("/letters/{id}/");
    if let Some(kept) = super::kept::take(&state, &session, &user, |a| a.starts_with(&base)).await {
        let notice = kept.signed_out.then(|| ctx.t("form-kept"));
        let review = ReviewForm {
            decision: String::new(),
            redact: kept.all("redact"),
            redact_translation: kept.all("redact_translation"),
            pass: kept.all("pass"),
            also: kept.get("also"),
            note: kept.get("note"),
        };
        let mut typed = Typed::default();
        if kept.is_for(&format!("{base}revise")) {
            typed.body = Some(kept.get("body"));
        } else if kept.is_for(&format!("{base}translation")) {
            typed.translation_language = kept.get("language");
            typed.translation_text = kept.get("text");
        }
        let review = kept.is_for(&format!("{base}review")).then_some(&review);
        return letter_page(&state, &user, ctx, &id, Extras { review, notice, typed, ..Extras::default() }).await;
    }
    let notice = done.done.map(|d| {
        ctx.t(match d.as_str() {
            "saved" => "letter-saved",
            "picture-added" => "picture-added",
            "picture-removed" => "picture-removed",
            "withdrawn" => "letter-withdrawn",
            "sent" => "letter-marked-sent",
            "translation-requested" => "translation-request-sent",
            _ => "review-done",
        })
    });
    letter_page(&state, &user, ctx, &id, Extras { notice, ..Extras::default() }).await
}

#[derive(Deserialize, Default)]
pub(super) struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    redact: Vec<String>,
    /// The findings of the translation ticked to remove.
    #[serde(default)]
    redact_translation: Vec<String>,
    /// The pictures ticked to pass on.
    #[serde(default)]
    pass: Vec<String>,
    #[serde(default)]
    also: String,
    #[serde(default)]
    note: String,
}

/// The ticked findings (`start-end-CATEGORY`) as redactions.
fn ticked(values: &[String]) -> Vec<Redaction> {
    values
        .iter()
        .filter_map(|value| {
            let mut parts = value.splitn(3, '-');
            let start = parts.next()?.parse().ok()?;
            let end = parts.next()?.parse().ok()?;
            Some(Redaction { start, end, category: parts.next()?.to_owned() })
        })
        .collect()
}

/// The redactions a form asks for: the ticked findings and every occurrence of the extra words.
fn redactions(form: &ReviewForm, text: &str) -> Vec<Redaction> {
    let mut out = ticked(&form.redact);
    for word in form.also.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        for (start, end) in twinbridge_screening::occurrences(text, word) {
            out.push(Redaction { start, end, category: "OTHER".into() });
        }
    }
    out
}

/// `POST /letters/{id}/review`: preview, or decide.
pub(super) async fn review(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    Form(form): Form<ReviewForm>,
) -> Response {
    let view = match letters::view(&state, &user, &id).await {
        Ok(view) => view,
        Err(_) => return super::pages::not_found_page(ctx),
    };
    let text = view.content.text().to_owned();
    let chosen = redactions(&form, &text);
    // A translation on the page is covered by the form: what is unticked stays in it.
    let has_translation = matches!(view.content, LetterContent::ReaderSideStaff { translation: Some(_), .. });
    let translation_redactions = has_translation.then(|| ticked(&form.redact_translation));
    if form.decision == "preview" {
        let preview = letters::apply_redactions(&text, &chosen, ctx.lang.code()).ok();
        let translation_preview = match (&view.content, &translation_redactions) {
            (LetterContent::ReaderSideStaff { translation: Some(t), .. }, Some(chosen)) => {
                letters::apply_redactions(&t.text, chosen, &t.language).ok()
            }
            _ => None,
        };
        let extras = Extras { review: Some(&form), preview, translation_preview, ..Extras::default() };
        return letter_page(&state, &user, ctx, &id, extras).await;
    }
    let new = NewReview {
        decision: form.decision.clone(),
        redactions: Some(chosen),
        note: Some(form.note.clone()),
        attachments: Some(form.pass.clone()),
        translation_redactions,
    };
    match letters::review(&state, &user, &id, new).await {
        Ok(_) => Redirect::to(&format!("/letters/{id}?done=reviewed")).into_response(),
        Err(LetterError::NotFound) => super::pages::not_found_page(ctx),
        Err(e @ (LetterError::NotAllowed { .. } | LetterError::BadInput(_) | LetterError::Forbidden(_))) => {
            let message = error_text(&ctx, &e);
            let typed = Typed { refused: Some("review"), ..Typed::default() };
            let extras =
                Extras { review: Some(&form), notice: Some(message), failed: true, typed, ..Extras::default() };
            let response = letter_page(&state, &user, ctx, &id, extras).await;
            (StatusCode::UNPROCESSABLE_ENTITY, response).into_response()
        }
        Err(e) => crate::error::Problem::internal(&e).into_response(),
    }
}

pub(super) struct QueueRow {
    id: String,
    pairing: String,
    label: String,
    stage: String,
    waiting: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "review_queue.html")]
pub(super) struct QueuePage {
    ctx: PageCtx,
    rows: Vec<QueueRow>,
    pages: super::paging::PageLinks,
}

/// The page of the review queue asked for (`?after=`, `?limit=`).
#[derive(Deserialize)]
pub(super) struct QueueQuery {
    after: Option<String>,
    limit: Option<String>,
}

/// `GET /review`: letters waiting for the coordinator's side, oldest first, a page at a time.
pub(super) async fn queue(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(query): Query<QueueQuery>,
) -> Result<Response, AppError> {
    let request = PageRequest::parse(query.after.as_deref(), query.limit.as_deref())?;
    let page = letters::queue(&state, &user, &request).await?;
    let pages =
        super::paging::PageLinks::of("/review", &[("limit", query.limit.as_deref())], &request, page.next.as_deref());
    let rows = page
        .lines
        .iter()
        .map(|l| QueueRow {
            id: l.letter.id.clone(),
            pairing: l.pairing_reference.clone(),
            label: ctx.t(match (l.letter.kind, l.letter.from) {
                ("health_update", _) => "queue-health-update",
                (_, "donor") => "letter-from-donor",
                _ => "letter-from-patient",
            }),
            stage: ctx.t(if l.stage == "writer_side" { "queue-stage-writer" } else { "queue-stage-reader" }),
            waiting: ctx.lang.t_args("queue-days", &[("days".into(), l.waiting_days.to_string())]),
        })
        .collect();
    Ok(QueuePage { ctx, rows, pages }.into_response())
}

/// The answer to a letter step taken from a page: back to the letter with a notice on success, the letter
/// page with the refusal's reason (and `status`) beside what was typed when refused, 404 or the error page
/// otherwise.
#[allow(clippy::too_many_arguments)]
async fn after_step(
    state: &AppState,
    user: &CurrentUser,
    ctx: PageCtx,
    id: &str,
    result: Result<(), LetterError>,
    done: &str,
    status: StatusCode,
    typed: Typed,
) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("/letters/{id}?done={done}")).into_response(),
        Err(LetterError::NotFound) => super::pages::not_found_page(ctx),
        Err(
            e @ (LetterError::NotAllowed { .. }
            | LetterError::BadInput(_)
            | LetterError::BadPicture(_)
            | LetterError::Forbidden(_)),
        ) => {
            let message = error_text(&ctx, &e);
            let extras = Extras { notice: Some(message), failed: true, typed, ..Extras::default() };
            (status, letter_page(state, user, ctx, id, extras).await).into_response()
        }
        Err(e) => crate::error::Problem::internal(&e).into_response(),
    }
}

#[derive(Deserialize)]
pub(super) struct ReviseForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    action: String,
}

/// `POST /letters/{id}/revise`: the writer saves or sends a draft or returned letter.
pub(super) async fn revise(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    Form(form): Form<ReviseForm>,
) -> Response {
    let revision = letters::Revision { body: form.body.clone(), submit: form.action == "send" };
    let result = letters::revise(&state, &user, &id, revision).await.map(|_| ());
    let typed = Typed { body: Some(form.body), refused: Some("body"), ..Typed::default() };
    after_step(&state, &user, ctx, &id, result, "saved", StatusCode::CONFLICT, typed).await
}

/// `POST /letters/{id}/withdraw`.
pub(super) async fn withdraw(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    let result = letters::withdraw(&state, &user, &id).await.map(|_| ());
    after_step(&state, &user, ctx, &id, result, "withdrawn", StatusCode::CONFLICT, Typed::default()).await
}

#[derive(Deserialize)]
pub(super) struct TranslationForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    text: String,
    /// Present when the form lists the screen's findings: then only the ticked ones are removed.
    #[serde(default)]
    choose: Option<String>,
    #[serde(default)]
    redact: Vec<String>,
}

/// `POST /letters/{id}/translation`.
pub(super) async fn translate(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    Form(form): Form<TranslationForm>,
) -> Response {
    // Left empty, the translation is in the language of the page it was written on.
    let language =
        Some(form.language.trim().to_owned()).filter(|l| !l.is_empty()).unwrap_or_else(|| ctx.lang.code().to_owned());
    let redactions = form.choose.is_some().then(|| ticked(&form.redact));
    let new = letters::NewTranslation { language, text: form.text.clone(), redactions };
    let result = letters::translate(&state, &user, &id, new).await;
    let typed = Typed {
        translation_language: form.language,
        translation_text: form.text,
        refused: Some("translation"),
        ..Typed::default()
    };
    after_step(&state, &user, ctx, &id, result, "saved", StatusCode::UNPROCESSABLE_ENTITY, typed).await
}

/// `POST /letters/{id}/translation-request`: the reader asks for a translation into the language of their
/// pages (their account's language).
pub(super) async fn request_translation(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    let new = letters::NewTranslationRequest { language: Some(ctx.lang.code().to_owned()) };
    let result = letters::request_translation(&state, &user, &id, new).await.map(|_| ());
    after_step(&state, &user, ctx, &id, result, "translation-requested", StatusCode::CONFLICT, Typed::default()).await
}

/// `POST /letters/{id}/attachments`: the writer adds a picture (a multipart form with `kind` and `picture`).
pub(super) async fn add_picture(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    mut form: axum::extract::Multipart,
) -> Response {
    let (mut kind, mut bytes) = (String::new(), None);
    loop {
        match form.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("kind") => kind = field.text().await.unwrap_or_default(),
                Some("picture") => bytes = field.bytes().await.ok().map(|b| b.to_vec()),
                _ => {}
            },
            Ok(None) => break,
            Err(_) => {
                bytes = None;
                break;
            }
        }
    }
    let result = match bytes {
        Some(bytes) if !bytes.is_empty() => {
            crate::services::attachments::attach(&state, &user, &id, &kind, bytes).await.map(|_| ())
        }
        _ => Err(LetterError::BadPicture(crate::services::attachments::PictureError::NotAPicture.to_string())),
    };
    after_step(&state, &user, ctx, &id, result, "picture-added", StatusCode::UNPROCESSABLE_ENTITY, Typed::default())
        .await
}

/// `POST /letters/{id}/attachments/{attachment}/remove`: the writer removes a picture before sending.
pub(super) async fn remove_picture(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path((id, attachment)): Path<(String, String)>,
) -> Response {
    let result = crate::services::attachments::remove(&state, &user, &id, &attachment).await;
    after_step(&state, &user, ctx, &id, result, "picture-removed", StatusCode::CONFLICT, Typed::default()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Letters whose case folding changes their length before the word (`İ` lower-cases to two chars) still
    /// get the word itself removed.
    #[test]
    fn extra_words_are_removed_where_they_are() {
        let form = ReviewForm { also: "sunshine, STRASSE".into(), ..ReviewForm::default() };
        let text = "İİİ and sunshine in der Straße";
        let spans: Vec<(usize, usize)> = redactions(&form, text).iter().map(|r| (r.start, r.end)).collect();
        assert_eq!(spans, [(8, 16), (24, 30)]);
    }
}
