//! `/account/data`: the data held about the signed-in person, readable, with the JSON file to download
//! (`services::data_export`; both are the same document).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::account::internal;
use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::state::AppState;

pub(super) struct PairingData {
    reference: String,
    consents: Vec<String>,
    letters: Vec<LetterData>,
}

pub(super) struct LetterData {
    heading: String,
    text: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "my_data.html")]
pub(super) struct MyDataPage {
    ctx: PageCtx,
    identity: Vec<(String, String)>,
    pairings: Vec<PairingData>,
    events: Vec<(String, String)>,
}

/// `GET /account/data`.
pub(super) async fn page(State(state): State<AppState>, user: CurrentUser, ctx: PageCtx) -> Response {
    let data = match crate::services::data_export::of_caller(&state, &user).await {
        Ok(data) => data,
        Err(e) => return internal(ctx, &e),
    };
    let identity = data
        .identity
        .map(|i| {
            let fields: [(&str, Option<String>); 12] = [
                ("legal_name", Some(i.full_name)),
                ("preferred_first_name", i.preferred_first_name),
                ("email", Some(i.email)),
                ("phone", i.phone),
                ("postal_address", i.postal_address),
                ("town", i.town),
                ("country", Some(i.country)),
                ("date_of_birth", i.date_of_birth.map(|d| ctx.day(d))),
                ("language", Some(i.language)),
                ("sex", i.sex.map(str::to_owned)),
                ("grid", i.grid),
                ("other_identifiers", Some(i.other_identifiers.join(", ")).filter(|o| !o.is_empty())),
            ];
            fields
                .into_iter()
                .filter_map(|(key, value)| value.map(|v| (ctx.t(&format!("mydata-field-{key}")), v)))
                .collect()
        })
        .unwrap_or_default();
    let pairings = data
        .pairings
        .into_iter()
        .map(|p| PairingData {
            reference: p.reference,
            consents: p
                .consent_history
                .iter()
                .map(|c| {
                    let level = serde_json::to_value(c.level).ok().and_then(|v| v.as_str().map(str::to_owned));
                    format!(
                        "{}: {}",
                        ctx.day(c.at.date_naive()),
                        ctx.t(&format!("consent-{}", level.unwrap_or_default()))
                    )
                })
                .collect(),
            letters: p
                .letters
                .into_iter()
                .map(|l| LetterData {
                    heading: format!(
                        "{} — {}",
                        ctx.day(l.written_at.date_naive()),
                        ctx.t(if l.direction == "written" { "mydata-written" } else { "mydata-received" })
                    ),
                    text: l.text,
                })
                .collect(),
        })
        .collect();
    let events = data.audit_events.iter().map(|e| (ctx.day(e.at.date_naive()), e.action.replace('_', " "))).collect();
    MyDataPage { ctx, identity, pairings, events }.into_response()
}
