//! The letters API: write, list, read, review queue and review decisions.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::export;
use crate::services::attachments::PictureInfo;
use crate::services::consent::ConsentBody;
use crate::services::letters::{
    self, EnteredLetter, ExportFormat, LetterLine, LetterView, NewLetter, NewReview, NewTranslation,
    NewTranslationRequest, QueueLine, Revision, TranslationRequestView,
};
use crate::services::organisation;
use crate::services::paging::PageRequest;
use crate::state::AppState;

use super::openapi::{Binary, Id, IdAndStatus, ReadProblems, UploadProblems, WriteProblems};

/// The body of `POST /api/v1/pairings/{id}/letters`, for the document: the handler tells the two apart by
/// `on_behalf_of`.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum LetterBody {
    /// A participant's letter.
    Participant(NewLetter),
    /// A letter staff enter for a writer without Twinbridge access.
    Entered(EnteredLetter),
}

/// `POST /api/v1/pairings/{id}/letters`: a participant writes; a coordinator enters a letter for a writer
/// without Twinbridge access (the body names `on_behalf_of`).
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/letters",
    operation_id = "letters_write",
    tag = "letters",
    params(("id" = String, Path, description = "The pairing's id.")),
    request_body = LetterBody,
    responses(
        (status = CREATED, description = "The letter (`draft` or `in_review`).", body = IdAndStatus),
        WriteProblems,
    )
)]
pub(super) async fn write(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<serde_json::Value>,
) -> Result<Response, AppError> {
    let bad_body = |e: serde_json::Error| AppError::Invalid { code: "bad-input", detail: e.to_string(), field: None };
    let letter = if body.get("on_behalf_of").is_some() {
        let entered: EnteredLetter = serde_json::from_value(body).map_err(bad_body)?;
        letters::enter(&state, &user, &id, entered).await?
    } else {
        let new: NewLetter = serde_json::from_value(body).map_err(bad_body)?;
        letters::write(&state, &user, &id, new).await?
    };
    Ok((StatusCode::CREATED, Json(json!({ "id": letter.id.to_string(), "status": letter.status.public_name() })))
        .into_response())
}

/// `GET /api/v1/pairings/{id}/letters`.
#[utoipa::path(
    get,
    path = "/api/v1/pairings/{id}/letters",
    operation_id = "letters_list",
    tag = "letters",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses(
        (status = OK, description = "The letters of the pairing the caller may see.", body = Vec<LetterLine>),
        ReadProblems,
    )
)]
pub(super) async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let list = letters::list(&state, &user, &id).await?;
    Ok(Json(list).into_response())
}

/// `GET /api/v1/letters/{id}`.
#[utoipa::path(
    get,
    path = "/api/v1/letters/{id}",
    operation_id = "letters_get",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's id.")),
    responses((status = OK, description = "The letter as the caller may see it.", body = LetterView), ReadProblems)
)]
pub(super) async fn get(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let view = letters::view(&state, &user, &id).await?;
    Ok(Json(view).into_response())
}

/// `GET /api/v1/review-queue`.
#[utoipa::path(
    get,
    path = "/api/v1/review-queue",
    operation_id = "letters_queue",
    tag = "letters",
    params(QueueQuery),
    responses(
        (status = OK, description = "Letters waiting for the caller's side, oldest first, one page at a time: a \
            `Link` header with `rel=\"next\"` gives the next page's address while more follow.",
            body = Vec<QueueLine>, headers(("Link" = String, description = "The next page: `<…?after=…>; rel=\"next\"`."))),
        ReadProblems,
    )
)]
pub(super) async fn queue(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<QueueQuery>,
) -> Result<Response, AppError> {
    let page = PageRequest::parse(query.after.as_deref(), query.limit.as_deref())?;
    let lines = letters::queue(&state, &user, &page).await?;
    Ok(super::paging::respond("/api/v1/review-queue", &[("limit", query.limit.as_deref())], lines))
}

/// The page of the review queue asked for.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct QueueQuery {
    /// The `next` cursor of the previous page; absent for the first.
    after: Option<String>,
    /// How many lines at most, 1 to 1000; 100 when absent.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1000)]
    limit: Option<String>,
}

/// `POST /api/v1/letters/{id}/reviews`.
#[utoipa::path(
    post,
    path = "/api/v1/letters/{id}/reviews",
    operation_id = "letters_review",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's id.")),
    request_body = NewReview,
    responses((status = OK, description = "The letter after the decision.", body = IdAndStatus), WriteProblems)
)]
pub(super) async fn review(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(new): Json<NewReview>,
) -> Result<Response, AppError> {
    let letter = letters::review(&state, &user, &id, new).await?;
    Ok(Json(json!({ "id": letter.id.to_string(), "status": letter.status.public_name() })).into_response())
}

/// `PUT /api/v1/letters/{id}`: the writer revises a draft or returned letter (and may submit it).
#[utoipa::path(
    put,
    path = "/api/v1/letters/{id}",
    operation_id = "letters_revise",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's id.")),
    request_body = Revision,
    responses((status = OK, description = "The letter after the change.", body = IdAndStatus), WriteProblems)
)]
pub(super) async fn revise(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(revision): Json<Revision>,
) -> Result<Response, AppError> {
    let letter = letters::revise(&state, &user, &id, revision).await?;
    Ok(Json(json!({ "id": letter.id.to_string(), "status": letter.status.public_name() })).into_response())
}

/// `POST /api/v1/letters/{id}/withdraw`.
#[utoipa::path(
    post,
    path = "/api/v1/letters/{id}/withdraw",
    operation_id = "letters_withdraw",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's id.")),
    responses((status = OK, description = "The withdrawn letter.", body = IdAndStatus), WriteProblems)
)]
pub(super) async fn withdraw(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let letter = letters::withdraw(&state, &user, &id).await?;
    Ok(Json(json!({ "id": letter.id.to_string(), "status": letter.status.public_name() })).into_response())
}

/// `GET /api/v1/pairings/{id}/consent`: the caller's consent.
#[utoipa::path(
    get,
    path = "/api/v1/pairings/{id}/consent",
    operation_id = "letters_consent",
    tag = "consent",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses(
        (status = OK, description = "The caller's consent (`level` null before any is recorded).", body = ConsentBody),
        ReadProblems,
    )
)]
pub(super) async fn consent(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    Ok(match crate::services::consent::current(&state, &user, &id).await? {
        Some(consent) => Json(consent).into_response(),
        None => Json(json!({ "level": null, "share": [] })).into_response(),
    })
}

/// `PUT /api/v1/pairings/{id}/consent`.
#[utoipa::path(
    put,
    path = "/api/v1/pairings/{id}/consent",
    operation_id = "letters_set_consent",
    tag = "consent",
    params(("id" = String, Path, description = "The pairing's id.")),
    request_body = ConsentBody,
    responses((status = OK, description = "The consent now.", body = ConsentBody), WriteProblems)
)]
pub(super) async fn set_consent(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<ConsentBody>,
) -> Result<Response, AppError> {
    let consent = crate::services::consent::change(&state, &user, &id, &body).await?;
    Ok(Json(consent).into_response())
}

/// `POST /api/v1/letters/{id}/translation`.
#[utoipa::path(
    post,
    path = "/api/v1/letters/{id}/translation",
    operation_id = "letters_translate",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's id.")),
    request_body = NewTranslation,
    responses((status = CREATED, description = "The translation is attached.", body = Id), WriteProblems)
)]
pub(super) async fn translate(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(new): Json<NewTranslation>,
) -> Result<Response, AppError> {
    letters::translate(&state, &user, &id, new).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id }))).into_response())
}

/// `POST /api/v1/letters/{id}/translation-request`: the reader of a delivered letter asks their side for a
/// translation (into their account's language unless the body names one). Asked again while it is open,
/// the request stands as it was (200).
#[utoipa::path(
    post,
    path = "/api/v1/letters/{id}/translation-request",
    operation_id = "letters_request_translation",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's id.")),
    request_body(content = Option<NewTranslationRequest>, description = "Optional: the language wanted."),
    responses(
        (status = CREATED, description = "The request was passed on to the reader's side.", body = TranslationRequestView),
        (status = OK, description = "A request was already open; it stands.", body = TranslationRequestView),
        WriteProblems
    )
)]
pub(super) async fn request_translation(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    body: Option<Json<NewTranslationRequest>>,
) -> Result<Response, AppError> {
    let new = body.map(|Json(b)| b).unwrap_or_default();
    let (request, opened) = letters::request_translation(&state, &user, &id, new).await?;
    let status = if opened { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(request)).into_response())
}

/// The body of `PUT /api/v1/organisations/{id}/letter-review`.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub(super) struct LetterReviewSetting {
    reviews_letters: bool,
}

/// `PUT /api/v1/organisations/{id}/letter-review`: administrators choose whether their staff review
/// letters on their side.
#[utoipa::path(
    put,
    path = "/api/v1/organisations/{id}/letter-review",
    operation_id = "letters_set_organisation_review",
    tag = "organisations",
    params(("id" = String, Path, description = "The organisation's id.")),
    request_body = LetterReviewSetting,
    responses((status = OK, description = "The setting now.", body = LetterReviewSetting), WriteProblems)
)]
pub(super) async fn set_organisation_review(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(setting): Json<LetterReviewSetting>,
) -> Result<Response, AppError> {
    organisation::set_letter_review(&state, &user, &id, setting.reviews_letters).await?;
    Ok(Json(json!({ "reviews_letters": setting.reviews_letters })).into_response())
}

/// The query of `POST /api/v1/letters/{id}/attachments`.
#[derive(serde::Deserialize)]
pub(super) struct PictureKind {
    kind: String,
}

/// `POST /api/v1/letters/{id}/attachments?kind=card|drawing|photo`: the body is the JPEG or PNG file.
#[utoipa::path(
    post,
    path = "/api/v1/letters/{id}/attachments",
    operation_id = "letters_attach",
    tag = "letters",
    params(
        ("id" = String, Path, description = "The letter's id."),
        ("kind" = String, Query, description = "`card`, `drawing` or `photo`."),
    ),
    request_body(content((Binary = "image/jpeg"), (Binary = "image/png")), description = "The picture file."),
    responses((status = CREATED, description = "The picture.", body = PictureInfo), UploadProblems)
)]
pub(super) async fn attach(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<PictureKind>,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    let info = crate::services::attachments::attach(&state, &user, &id, &q.kind, body.to_vec()).await?;
    Ok((StatusCode::CREATED, Json(PictureInfo::of(&info))).into_response())
}

/// `GET /api/v1/letters/{id}/attachments/{attachment}`: the picture, for those who may see it.
#[utoipa::path(
    get,
    path = "/api/v1/letters/{id}/attachments/{attachment}",
    operation_id = "letters_picture",
    tag = "letters",
    params(
        ("id" = String, Path, description = "The letter's id."),
        ("attachment" = String, Path, description = "The picture's id."),
    ),
    responses(
        (status = OK, description = "The picture.", content((Binary = "image/jpeg"), (Binary = "image/png"))),
        ReadProblems,
    )
)]
pub(super) async fn picture(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, attachment)): Path<(String, String)>,
) -> Result<Response, AppError> {
    use axum::http::header;
    let (info, bytes) = crate::services::attachments::fetch(&state, &user, &id, &attachment).await?;
    Ok((
        [
            (header::CONTENT_TYPE, info.content_type),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
            (header::CONTENT_DISPOSITION, "inline".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

/// `DELETE /api/v1/letters/{id}/attachments/{attachment}`: the writer removes a picture before sending.
#[utoipa::path(
    delete,
    path = "/api/v1/letters/{id}/attachments/{attachment}",
    operation_id = "letters_remove_picture",
    tag = "letters",
    params(
        ("id" = String, Path, description = "The letter's id."),
        ("attachment" = String, Path, description = "The picture's id."),
    ),
    responses((status = NO_CONTENT, description = "Removed."), WriteProblems)
)]
pub(super) async fn remove_picture(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, attachment)): Path<(String, String)>,
) -> Result<Response, AppError> {
    crate::services::attachments::remove(&state, &user, &id, &attachment).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(serde::Deserialize)]
pub(super) struct ExportQuery {
    format: String,
}

/// `GET /api/v1/letters/{id}/export?format=txt|pdf`: an approved letter for an offline side, to send.
#[utoipa::path(
    get,
    path = "/api/v1/letters/{id}/export",
    operation_id = "letters_export",
    tag = "letters",
    params(
        ("id" = String, Path, description = "The letter's id."),
        ("format" = String, Query, description = "`txt` or `pdf`."),
    ),
    responses(
        (status = OK, description = "The approved letter as a file to send.",
            content((String = "text/plain"), (Binary = "application/pdf"))),
        WriteProblems,
    )
)]
pub(super) async fn export(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<ExportQuery>,
) -> Result<Response, AppError> {
    let format = match query.format.as_str() {
        "txt" => ExportFormat::Text,
        "pdf" => ExportFormat::Pdf,
        _ => {
            return Err(AppError::Invalid {
                code: "invalid-field",
                detail: "format: expected txt or pdf".into(),
                field: Some("format".into()),
            });
        }
    };
    let letter = letters::printable(&state, &user, &id, format).await?;
    let file = format!("letter-{}", letter.reference);
    let (content_type, name, bytes) = match format {
        ExportFormat::Pdf => {
            let pdf = export::letter_pdf(&letter).map_err(|e| AppError::Invalid {
                code: "unprintable",
                detail: e.to_string(),
                field: None,
            })?;
            ("application/pdf", format!("{file}.pdf"), pdf)
        }
        _ => ("text/plain; charset=utf-8", format!("{file}.txt"), export::letter_text(&letter).into_bytes()),
    };
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, content_type.to_owned()),
            (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response())
}

/// `POST /api/v1/letters/{id}/sent`: staff sent an approved letter to the offline side.
#[utoipa::path(
    post,
    path = "/api/v1/letters/{id}/sent",
    operation_id = "letters_sent",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's id.")),
    responses((status = OK, description = "The letter, now `sent`.", body = IdAndStatus), WriteProblems)
)]
pub(super) async fn sent(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let letter = letters::mark_sent(&state, &user, &id).await?;
    Ok(Json(json!({ "id": letter.id.to_string(), "status": letter.status.public_name() })).into_response())
}
