//! Questions to the registry: participants ask, the staff of their organisation answer
//! (`services::questions`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::questions::{self, NewQuestion, QuestionLine, QuestionView};
use crate::state::AppState;
use crate::web::i18n::Lang;

use super::openapi::{ReadProblems, WriteProblems};

/// `POST /api/v1/questions` `{"body", "pairing_id"?}` → `201`.
#[utoipa::path(
    post,
    path = "/api/v1/questions",
    operation_id = "questions_ask",
    tag = "questions",
    request_body = NewQuestion,
    responses((status = CREATED, description = "The question asked.", body = QuestionLine), WriteProblems)
)]
pub(super) async fn ask(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(new): Json<NewQuestion>,
) -> Result<Response, AppError> {
    let asked = questions::ask(&state, &user, new).await?;
    Ok((StatusCode::CREATED, Json(asked)).into_response())
}

/// `GET /api/v1/questions`: a participant's own, or the staff's queue.
#[utoipa::path(
    get,
    path = "/api/v1/questions",
    operation_id = "questions_list",
    tag = "questions",
    responses(
        (status = OK, description = "A participant's own questions, or the staff's queue.", body = Vec<QuestionLine>),
        ReadProblems,
    )
)]
pub(super) async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<QuestionLine>>, AppError> {
    Ok(Json(questions::list(&state, &user).await?))
}

/// `GET /api/v1/questions/{id}`: the thread.
#[utoipa::path(
    get,
    path = "/api/v1/questions/{id}",
    operation_id = "questions_thread",
    tag = "questions",
    params(("id" = String, Path, description = "The question's id.")),
    responses((status = OK, description = "The thread.", body = QuestionView), ReadProblems)
)]
pub(super) async fn thread(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<QuestionView>, AppError> {
    Ok(Json(questions::thread(&state, &user, &id).await?))
}

/// An answer, or the asker's next message.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct NewMessage {
    #[serde(default)]
    pub(crate) body: String,
    /// A FAQ topic whose entry is added to the answer, in the asker's language.
    pub(crate) faq: Option<String>,
}

/// The FAQ entry chosen for an answer to `view`, in the asker's language; unknown topics are refused.
pub(crate) fn faq_for(view: &QuestionView, topic: Option<&str>) -> Result<Option<(String, String)>, AppError> {
    match topic.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(topic) => {
            let lang = Lang::from_code(&view.language).unwrap_or(Lang::En);
            crate::web::faq_text(lang, topic).map(Some).ok_or_else(|| AppError::Invalid {
                code: "bad-input",
                detail: format!("faq: {topic} is not a FAQ topic"),
                field: Some("faq".into()),
            })
        }
    }
}

/// `POST /api/v1/questions/{id}/answers` `{"body", "faq"?}` (staff of the asker's organisation) → `201`.
#[utoipa::path(
    post,
    path = "/api/v1/questions/{id}/answers",
    operation_id = "questions_answer",
    tag = "questions",
    params(("id" = String, Path, description = "The question's id.")),
    request_body = NewMessage,
    responses((status = CREATED, description = "The thread with the answer.", body = QuestionView), WriteProblems)
)]
pub(super) async fn answer(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(message): Json<NewMessage>,
) -> Result<Response, AppError> {
    let view = questions::thread(&state, &user, &id).await?;
    let faq = faq_for(&view, message.faq.as_deref())?;
    let answered = questions::answer(&state, &user, &id, &message.body, faq).await?;
    Ok((StatusCode::CREATED, Json(answered)).into_response())
}

/// `POST /api/v1/questions/{id}/follow-ups` `{"body"}` (the asker) → `201`.
#[utoipa::path(
    post,
    path = "/api/v1/questions/{id}/follow-ups",
    operation_id = "questions_follow_up",
    tag = "questions",
    params(("id" = String, Path, description = "The question's id.")),
    request_body = NewMessage,
    responses(
        (status = CREATED, description = "The thread with the asker's message.", body = QuestionView),
        WriteProblems,
    )
)]
pub(super) async fn follow_up(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(message): Json<NewMessage>,
) -> Result<Response, AppError> {
    let view = questions::follow_up(&state, &user, &id, &message.body).await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// `POST /api/v1/questions/{id}/close`.
#[utoipa::path(
    post,
    path = "/api/v1/questions/{id}/close",
    operation_id = "questions_close",
    tag = "questions",
    params(("id" = String, Path, description = "The question's id.")),
    responses((status = OK, description = "The closed thread.", body = QuestionView), WriteProblems)
)]
pub(super) async fn close(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<QuestionView>, AppError> {
    Ok(Json(questions::close(&state, &user, &id).await?))
}
