//! The OpenAPI document of the JSON API, generated from the code. Every route of `api` is registered
//! through `utoipa_axum::routes!`, which takes its path and method from the handler's `#[utoipa::path]`,
//! so a route cannot be served without its entry. `GET /api/v1/openapi.json` serves the document; a copy
//! is kept in `docs/openapi.json`, and the `openapi` test of `crates/app/tests/it` fails when the two differ
//! (`TWINBRIDGE_UPDATE_OPENAPI=1` rewrites the copy).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use axum::http::header;
use axum::response::{IntoResponse, Response};
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{Content, OpenApi, Ref, RefOr};
use utoipa::{IntoResponses, Modify};

use crate::error::Problem;

/// The problem documents the API answers with, one shared response each (`components/responses`).
const PROBLEMS: [(u16, &str, &str); 10] = [
    (400, "BadRequest", "The body is not JSON, or not the JSON this route takes."),
    (401, "Unauthenticated", "No valid bearer token (or session): sign in first."),
    (403, "Forbidden", "The caller may see this but not do it."),
    (404, "NotFound", "Missing, or hidden from the caller: the same answer."),
    (409, "Conflict", "The state of things does not allow this now; `detail` says why."),
    (413, "TooLarge", "The body is too large."),
    (422, "Invalid", "A field is missing or invalid; `field` names it where one is to blame."),
    (429, "TooManyRequests", "Too many requests of this kind from the caller; try again after `Retry-After`."),
    (500, "Internal", "Something went wrong on our side; `detail` carries the error id."),
    (503, "Unavailable", "The database does not answer; nothing was changed. Try again after `Retry-After`."),
];

fn problems(statuses: &[u16]) -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
    PROBLEMS
        .iter()
        .filter(|(status, ..)| statuses.contains(status))
        .map(|(status, name, _)| (status.to_string(), RefOr::Ref(Ref::from_response_name(*name))))
        .collect()
}

/// The problems of a signed-in read.
pub(super) struct ReadProblems;

impl IntoResponses for ReadProblems {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[401, 403, 404, 500, 503])
    }
}

/// The problems of a signed-in change.
pub(super) struct WriteProblems;

impl IntoResponses for WriteProblems {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[400, 401, 403, 404, 409, 422, 500, 503])
    }
}

/// The problems of a signed-in upload (a picture, a signed form).
pub(super) struct UploadProblems;

impl IntoResponses for UploadProblems {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[400, 401, 403, 404, 409, 413, 422, 500, 503])
    }
}

/// The problems of the screen: a change's, a text over the length limit and the per-account rate limit.
pub(super) struct ScreenProblems;

impl IntoResponses for ScreenProblems {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[400, 401, 403, 404, 409, 413, 422, 429, 500, 503])
    }
}

/// The problems of a route anyone may call.
pub(super) struct PublicProblems;

impl IntoResponses for PublicProblems {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        problems(&[400, 422, 500, 503])
    }
}

/// What the document says before any route is added: title, the bearer scheme every route needs unless
/// it says otherwise, and the problem document.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Twinbridge API",
        description = "Anonymous contact between stem cell donors and patients, for donor registries and \
            transplant centres. Errors are `application/problem+json`. Sign in with `POST /api/v1/session` \
            (or use a service token) and send `Authorization: Bearer <token>`."
    ),
    security(("bearer" = [])),
    components(schemas(Problem)),
    modifiers(&Shared)
)]
pub(super) struct Base;

/// The parts that the derive cannot state: the security scheme and the shared problem responses.
struct Shared;

impl Modify for Shared {
    fn modify(&self, openapi: &mut OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let bearer = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some(
                "A token from `POST /api/v1/session`, or a service token from `POST /api/v1/service-tokens`.",
            ))
            .build();
        components.add_security_scheme("bearer", SecurityScheme::Http(bearer));
        for (_, name, description) in PROBLEMS {
            let content = Content::new(Some(Ref::from_schema_name("Problem")));
            let response = utoipa::openapi::ResponseBuilder::new()
                .description(description)
                .content("application/problem+json", content)
                .build();
            components.responses.insert(name.to_owned(), RefOr::T(response));
        }
    }
}

/// Adds the optional `Idempotency-Key` header to every POST of `openapi` (the routes behind the
/// idempotency middleware).
pub(super) fn with_idempotency_key(mut openapi: OpenApi) -> OpenApi {
    let key = utoipa::openapi::path::ParameterBuilder::new()
        .name("Idempotency-Key")
        .parameter_in(utoipa::openapi::path::ParameterIn::Header)
        .required(utoipa::openapi::Required::False)
        .description(Some("A retry with the same key within 24 hours gets the first answer again."))
        .schema(Some(<String as utoipa::PartialSchema>::schema()))
        .build();
    for item in openapi.paths.paths.values_mut() {
        if let Some(post) = item.post.as_mut() {
            post.parameters.get_or_insert_with(Vec::new).push(key.clone());
        }
    }
    openapi
}

/// The whole document, pretty-printed, as served and as committed.
fn document_json() -> &'static str {
    static DOCUMENT: LazyLock<String> = LazyLock::new(|| {
        let mut json = super::document().to_pretty_json().unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
        json.push('\n');
        json
    });
    &DOCUMENT
}

/// `GET /api/v1/openapi.json`.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    operation_id = "openapi",
    tag = "meta",
    security(()),
    responses((status = OK, description = "This document (OpenAPI 3.1).", body = Object))
)]
pub(super) async fn serve() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], document_json()).into_response()
}

// The short answers the handlers build with `json!`, described for the document only.

/// `{"id"}` of what was created or changed.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct Id {
    id: String,
}

/// `{"id", "status"}` of a letter, a health update or a release request after a step.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct IdAndStatus {
    id: String,
    /// Its status after the step (`in_review`, `delivered`, …).
    status: String,
}

/// A new pairing.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct CreatedPairing {
    id: String,
    /// The pairing's reference, to name it on paper and on the phone.
    reference: String,
}

/// A bearer token for the API.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct ApiToken {
    token: String,
    /// RFC 3339.
    expires_at: String,
}

/// A new service token: `token` is shown this once.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct CreatedServiceToken {
    id: String,
    token: String,
    name: String,
    scopes: Vec<String>,
}

/// A new webhook subscription: `secret`, which signs its deliveries, is shown this once.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct CreatedWebhook {
    id: String,
    secret: String,
    url: String,
    events: Vec<String>,
}

/// The caller: account id, kind and staff roles (ids only).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct Me {
    id: String,
    /// `participant`, `staff` or `service`.
    kind: String,
    roles: Vec<StaffRole>,
}

/// A staff role in an organisation.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct StaffRole {
    organisation_id: String,
    role: String,
}

/// The bytes of a file (a picture, a PDF, a scan).
pub(super) struct Binary;

impl utoipa::PartialSchema for Binary {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
            .into()
    }
}

impl utoipa::ToSchema for Binary {}
