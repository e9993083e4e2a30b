//! Consent recorded from a signed form (`services::consent::record_from_paper`): a multipart request, from
//! the API and from the pairing page alike, and the form itself for the participant's own coordinators.

use axum::Json;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::consent::{self, ConsentBody, PaperConsent};
use crate::state::AppState;

use super::openapi::UploadProblems;

/// The multipart body of a signed-form consent, for the document.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
struct SignedForm {
    /// The consent level.
    level: String,
    /// The fields to share (repeated; none for levels below `share_details`).
    share: Option<Vec<String>>,
    /// The day it was signed (`YYYY-MM-DD`).
    signed_on: Option<chrono::NaiveDate>,
    /// The scan or PDF of the signed form.
    #[schema(value_type = String, format = Binary)]
    form: Vec<u8>,
}

/// Reads the multipart fields of a signed-form consent: `participant` (pages), `level`, `share` (repeated),
/// `signed_on` (`YYYY-MM-DD`) and the file `form`. A field that cannot be read is named in the error.
pub(crate) async fn read_paper_consent(mut form: Multipart) -> Result<PaperConsent, String> {
    let mut paper = PaperConsent {
        participant: String::new(),
        consent: ConsentBody { level: String::new(), share: Vec::new() },
        signed_on: None,
        form: Vec::new(),
    };
    while let Some(field) = form.next_field().await.map_err(|e| format!("the form could not be read: {e}"))? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "form" => paper.form = field.bytes().await.map_err(|_| "form: the file could not be read")?.to_vec(),
            other => {
                let text = field.text().await.map_err(|_| format!("{other}: could not be read"))?;
                match other {
                    "participant" => paper.participant = text,
                    "level" => paper.consent.level = text,
                    "share" => paper.consent.share.push(text),
                    "signed_on" if text.trim().is_empty() => {}
                    "signed_on" => {
                        paper.signed_on =
                            Some(text.trim().parse().map_err(|_| "signed_on: expected a date as YYYY-MM-DD")?);
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(paper)
}

/// `POST /api/v1/pairings/{id}/participants/{participant}/consent`: multipart as above → `201` with the
/// consent.
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/participants/{participant}/consent",
    operation_id = "consent_forms_record",
    tag = "consent",
    params(
        ("id" = String, Path, description = "The pairing's id."),
        ("participant" = String, Path, description = "`donor` or `patient`."),
    ),
    request_body(content = SignedForm, content_type = "multipart/form-data"),
    responses((status = CREATED, description = "The consent now.", body = ConsentBody), UploadProblems)
)]
pub(super) async fn record(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, participant)): Path<(String, String)>,
    form: Multipart,
) -> Result<Response, AppError> {
    let mut paper = read_paper_consent(form).await.map_err(|detail| AppError::Invalid {
        code: "bad-input",
        detail,
        field: None,
    })?;
    paper.participant = participant;
    let recorded = consent::record_from_paper(&state, &user, &id, paper).await?;
    Ok((StatusCode::CREATED, Json(recorded)).into_response())
}

/// `GET /pairings/{id}/consent-forms/{form}`: the signed form, for coordinators of its participant's side.
pub(crate) async fn file(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, form)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (content_type, data) = consent::form_file(&state, &user, &id, &form).await?;
    // A scan is shown; a PDF (kept as it came) is downloaded, and sandboxed should a browser open it.
    let disposition =
        if content_type == "application/pdf" { "attachment; filename=\"consent-form.pdf\"" } else { "inline" };
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
            (header::CONTENT_DISPOSITION, disposition.to_owned()),
            (header::CONTENT_SECURITY_POLICY, "sandbox".to_owned()),
        ],
        data,
    )
        .into_response())
}
