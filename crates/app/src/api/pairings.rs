//! `GET /api/v1/pairings` (with `?q=` and `?filter=`), `GET /api/v1/pairings/{id}` and
//! `GET /api/v1/pairings/{id}/policy`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use twinbridge_domain::rules::Explanation;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::case_view::{self, CaseDetail, CaseLine, ListQuery};
use crate::services::policy;
use crate::state::AppState;

use super::openapi::ReadProblems;

/// Pairings the caller takes part in or works on, with status, countries, dates and what waits.
#[utoipa::path(
    get,
    path = "/api/v1/pairings",
    operation_id = "pairings_list",
    tag = "pairings",
    params(ListQuery),
    responses(
        (status = OK, description = "Pairings the caller takes part in or works on, by reference, one page at a \
            time: a `Link` header with `rel=\"next\"` gives the next page's address while more follow.",
            body = Vec<CaseLine>, headers(("Link" = String, description = "The next page: `<…?after=…>; rel=\"next\"`."))),
        ReadProblems,
    )
)]
pub(super) async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let page = case_view::list(&state, &user, &query).await?;
    let kept = [("q", query.q.as_deref()), ("filter", query.filter.as_deref()), ("limit", query.limit.as_deref())];
    Ok(super::paging::respond("/api/v1/pairings", &kept, page))
}

/// One pairing as the caller may see it.
#[utoipa::path(
    get,
    path = "/api/v1/pairings/{id}",
    operation_id = "pairings_detail",
    tag = "pairings",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses((status = OK, description = "The pairing as the caller may see it.", body = CaseDetail), ReadProblems)
)]
pub(super) async fn detail(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<CaseDetail>, AppError> {
    Ok(Json(case_view::detail(&state, &user, &id).await?))
}

/// The effective contact policy of a pairing today (the shape of `policy explain --format json`).
#[utoipa::path(
    get,
    path = "/api/v1/pairings/{id}/policy",
    operation_id = "pairings_policy",
    tag = "pairings",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses(
        (status = OK, description = "The contact policy today: the shape of `twinbridge policy explain --format json`.",
            body = Object),
        ReadProblems,
    )
)]
pub(super) async fn policy(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Explanation>, AppError> {
    Ok(Json(policy::for_caller(&state, &user, &id).await?.explanation))
}
