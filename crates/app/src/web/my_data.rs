//! `/account/data`: the data held about the signed-in person, readable, with the JSON file to download
//! (`services::data_export`; both are the same document).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

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

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The day of an RFC 3339 time, in the reader's words.
fn day(ctx: &PageCtx, value: &Value) -> String {
    value
        .as_str()
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
        .map(|d| ctx.day(d.date_naive()))
        .unwrap_or_default()
}

/// `GET /account/data`.
pub(super) async fn page(State(state): State<AppState>, user: CurrentUser, ctx: PageCtx) -> Response {
    let data = match crate::services::data_export::of_caller(&state, &user).await {
        Ok(data) => data,
        Err(e) => return internal(ctx, &e),
    };
    let identity = data["identity"]
        .as_object()
        .map(|o| {
            o.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (ctx.t(&format!("mydata-field-{k}")), text(v)))
                .collect()
        })
        .unwrap_or_default();
    let pairings = data["pairings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| PairingData {
            reference: text(&p["reference"]),
            consents: p["consent_history"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| {
                    let level = ctx.t(&format!("consent-{}", text(&c["level"])));
                    format!("{}: {level}", day(&ctx, &c["at"]))
                })
                .collect(),
            letters: p["letters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|l| LetterData {
                    heading: format!(
                        "{} — {}",
                        day(&ctx, &l["written_at"]),
                        ctx.t(if l["direction"] == "written" { "mydata-written" } else { "mydata-received" })
                    ),
                    text: text(&l["text"]),
                })
                .collect(),
        })
        .collect();
    let events = data["audit_events"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| (day(&ctx, &e["at"]), text(&e["action"]).replace('_', " ")))
        .collect();
    MyDataPage { ctx, identity, pairings, events }.into_response()
}
