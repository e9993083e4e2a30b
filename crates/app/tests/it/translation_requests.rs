//! A reader asks for a translation of a delivered letter in a language they do not read: the reader's
//! side is told and finds it waiting, the translation they attach is screened and reaches the reader, who
//! is told. Asked many times at once, one request opens and the reader's side is told once.

use std::sync::Arc;

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use twinbridge_store::entities::{audit_events, outbox};
use twinbridge_test_support::TestApp;

use crate::concurrency::at_once;

const POST: reqwest::Method = reqwest::Method::POST;
const GET: reqwest::Method = reqwest::Method::GET;

/// The patient's letter (in German) delivered to the donor, whose account reads Hindi.
async fn delivered_to_the_donor(app: &TestApp, registry: &str, donor: &str) -> String {
    let (_, mine) = app.api(donor, GET, "/api/v1/pairings", None).await;
    let pairing = mine[0]["id"].as_str().unwrap();
    let (_, letters) = app.api(registry, GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    let letter = letters.as_array().unwrap().iter().find(|l| l["from"] == "patient" && l["status"] == "delivered");
    let id = letter.expect("a delivered letter in the demo")["id"].as_str().unwrap().to_owned();
    let (_, seen) = app.api(donor, GET, &format!("/api/v1/letters/{id}"), None).await;
    assert_eq!(seen["language"], "de", "{seen}");
    id
}

async fn count_mails(app: &TestApp, kind: &str) -> u64 {
    outbox::Entity::find().filter(outbox::Column::Kind.eq(kind)).count(app.store.read()).await.unwrap()
}

async fn count_events(app: &TestApp, action: &str) -> u64 {
    audit_events::Entity::find().filter(audit_events::Column::Action.eq(action)).count(app.store.read()).await.unwrap()
}

fn waits_for_translation(waiting: &Value, letter: &str) -> bool {
    waiting
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["kind"] == "translation_to_add" && i["path"] == format!("/letters/{letter}"))
}

#[tokio::test]
async fn a_readers_request_reaches_their_side_and_the_screened_translation_reaches_the_reader() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let letter = delivered_to_the_donor(&app, &registry, &donor).await;
    let path = format!("/api/v1/letters/{letter}");
    let told_before = count_mails(&app, "case-waiting").await;

    // Without a body, the request is for the reader's account language.
    let (status, request) = app.api(&donor, POST, &format!("{path}/translation-request"), None).await;
    assert_eq!(
        (status, request["language"].as_str(), request["status"].as_str()),
        (201, Some("hi"), Some("requested"))
    );
    assert!(count_mails(&app, "case-waiting").await > told_before, "the donor's registry is told");
    assert_eq!(count_events(&app, "translation_requested").await, 1);
    let (_, seen) = app.api(&donor, GET, &path, None).await;
    assert_eq!(seen["translation_request"]["status"], "requested", "{seen}");

    // It waits for the reader's side, not for the writer's.
    let (_, waiting) = app.api(&registry, GET, "/api/v1/me/waiting", None).await;
    assert!(waits_for_translation(&waiting, &letter), "{waiting}");
    let (_, waiting) = app.api(&centre, GET, "/api/v1/me/waiting", None).await;
    assert!(!waits_for_translation(&waiting, &letter), "{waiting}");
    let (_, staff_view) = app.api(&registry, GET, &path, None).await;
    assert_eq!(staff_view["translation_request"]["language"], "hi", "{staff_view}");

    // The translation carries the writer's first name over from the letter: the screen removes it.
    let news_before = count_mails(&app, "pairing-news").await;
    let text = "प्रिय दाता, मैं लेना हूँ। आपके उपहार के लिए धन्यवाद। Lena";
    let (status, _) =
        app.api(&registry, POST, &format!("{path}/translation"), Some(json!({"language": "hi", "text": text}))).await;
    assert_eq!(status, 201);
    let (_, read) = app.api(&donor, GET, &path, None).await;
    let got = read["translation"]["text"].as_str().expect("the reader gets the translation");
    assert!(got.contains("धन्यवाद") && !got.contains("Lena"), "{got}");
    assert_eq!(read["translation_request"]["status"], "fulfilled", "{read}");
    assert_eq!(count_mails(&app, "pairing-news").await, news_before + 1, "the reader is told it is there");
    let (_, waiting) = app.api(&registry, GET, "/api/v1/me/waiting", None).await;
    assert!(!waits_for_translation(&waiting, &letter), "done: {waiting}");

    // Into the same language again there is nothing to ask for; into another, the request opens again.
    let (status, body) =
        app.api(&donor, POST, &format!("{path}/translation-request"), Some(json!({"language": "hi"}))).await;
    assert_eq!(status, 409, "{body}");
    let (status, body) =
        app.api(&donor, POST, &format!("{path}/translation-request"), Some(json!({"language": "en"}))).await;
    assert_eq!((status, body["status"].as_str()), (201, Some("requested")), "{body}");
}

#[tokio::test]
async fn only_the_reader_asks_and_only_for_another_language() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let letter = delivered_to_the_donor(&app, &registry, &donor).await;
    let ask = format!("/api/v1/letters/{letter}/translation-request");

    let (status, _) = app.api(&registry, POST, &ask, None).await;
    assert_eq!(status, 403, "staff translate, they do not ask");
    let (status, _) = app.api(&patient, POST, &ask, None).await;
    assert_eq!(status, 403, "the writer reads their own language");
    let (status, body) = app.api(&donor, POST, &ask, Some(json!({"language": "de"}))).await;
    assert_eq!(status, 422, "the letter is in German already: {body}");
    let (status, body) = app.api(&donor, POST, &ask, Some(json!({"language": "not a language"}))).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(count_events(&app, "translation_requested").await, 0, "refusals change nothing");
    let (status, _) =
        app.api(&donor, POST, "/api/v1/letters/00000000-0000-0000-0000-000000000000/translation-request", None).await;
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_requests_open_one_and_tell_the_readers_side_once() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let letter = delivered_to_the_donor(&app, &registry, &donor).await;
    let told_before = count_mails(&app, "case-waiting").await;

    let answers = at_once(&app, 8, &donor, POST, &format!("/api/v1/letters/{letter}/translation-request"), None).await;
    let opened = answers.iter().filter(|(s, _)| *s == 201).count();
    assert_eq!(opened, 1, "{answers:?}");
    assert!(answers.iter().all(|(s, b)| (*s == 201 || *s == 200) && b["language"] == "hi"), "{answers:?}");
    assert_eq!(count_events(&app, "translation_requested").await, 1, "one audited request");
    let told = count_mails(&app, "case-waiting").await - told_before;
    let (_, waiting) = app.api(&registry, GET, "/api/v1/me/waiting", None).await;
    assert!(waits_for_translation(&waiting, &letter), "{waiting}");
    // The same number of e-mails as for a single request: one per coordinator of the registry.
    let app2 = TestApp::spawn_demo().await;
    let donor2 = app2.demo_token("donor@twinbridge.test").await;
    let registry2 = app2.demo_token("registry.coordinator@twinbridge.test").await;
    let letter2 = delivered_to_the_donor(&app2, &registry2, &donor2).await;
    let before = count_mails(&app2, "case-waiting").await;
    app2.api(&donor2, POST, &format!("/api/v1/letters/{letter2}/translation-request"), None).await;
    assert_eq!(told, count_mails(&app2, "case-waiting").await - before, "told once");
}

#[tokio::test]
async fn the_reader_asks_from_the_letter_page_and_the_staff_page_names_the_request() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let donor_token = app.demo_token("donor@twinbridge.test").await;
    let letter = delivered_to_the_donor(&app, &registry, &donor_token).await;
    let donor = app.signed_in_client("donor@twinbridge.test").await;
    let page = format!("/letters/{letter}");

    let before = donor.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    assert!(before.contains(&format!("action=\"/letters/{letter}/translation-request\"")), "the button is there");
    let sent = donor
        .post(app.url(&format!("{page}/translation-request")))
        .header("origin", &app.address)
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status().as_u16(), 303);
    let location = sent.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, format!("{page}?done=translation-requested"));
    let after = donor.get(app.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(after.contains("id=\"translation-request\""), "the page says it was asked for");
    assert!(!after.contains("/translation-request\""), "no second button while it is open");

    let staff = app.signed_in_client("registry.coordinator@twinbridge.test").await;
    let seen = staff.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    assert!(seen.contains("id=\"translation-request\""), "the registry sees the request");
    assert!(
        seen.contains("name=\"language\" type=\"text\"") && seen.contains("value=\"hi\""),
        "its language is filled in"
    );
}
