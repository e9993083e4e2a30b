//! `GET /api/v1/statistics`: the caller's organisation's figures (`services::statistics`).

use axum::Json;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::openapi::ReadProblems;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::statistics::{self, Statistics};
use crate::state::AppState;

/// `?from=YYYY-MM-DD&to=YYYY-MM-DD`, both optional and inclusive.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct PeriodQuery {
    pub(crate) from: Option<String>,
    pub(crate) to: Option<String>,
}

/// `GET /api/v1/statistics?from=&to=`.
#[utoipa::path(
    get,
    path = "/api/v1/statistics",
    operation_id = "statistics_show",
    tag = "statistics",
    params(
        ("from" = Option<String>, Query, description = "First day counted (YYYY-MM-DD), inclusive."),
        ("to" = Option<String>, Query, description = "Last day counted (YYYY-MM-DD), inclusive."),
    ),
    responses(
        (status = OK, description = "The caller's organisation's figures; every count is a number or the string `<5` \
            (1 to 4), medians and p90 need five values (`null` otherwise).", body = Object),
        ReadProblems,
    )
)]
pub(super) async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<PeriodQuery>,
) -> Result<Json<Statistics>, AppError> {
    let period = statistics::period(query.from.as_deref(), query.to.as_deref())?;
    Ok(Json(statistics::for_caller(&state, &user, period).await?))
}

/// `GET /statistics.csv?from=&to=` (linked from the page): the same figures, one per row.
pub(crate) async fn export(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let period = statistics::period(query.from.as_deref(), query.to.as_deref())?;
    let figures = statistics::for_caller(&state, &user, period).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"statistics.csv\""),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        statistics::to_csv(&figures)?,
    )
        .into_response())
}
