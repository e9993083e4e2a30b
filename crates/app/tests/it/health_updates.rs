//! Health updates: the patient side's coordinator writes, the donor side reviews, the donor reads, and
//! only while both want updates. They are not letters of the participants: no quota, not in the letters.

use std::sync::Arc;

use serde_json::{Value, json};
use tokio::task::JoinSet;
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;

const POST: reqwest::Method = reqwest::Method::POST;
const GET: reqwest::Method = reqwest::Method::GET;
const PUT: reqwest::Method = reqwest::Method::PUT;

async fn pairing_of(app: &TestApp, token: &str) -> String {
    let (_, pairings) = app.api(token, GET, "/api/v1/pairings", None).await;
    pairings[0]["id"].as_str().unwrap().to_owned()
}

fn update(app: &TestApp, text: &str) -> Value {
    json!({ "status": "well", "text": text, "on": (app.clock.today() - chrono::TimeDelta::days(3)).to_string() })
}

async fn updates(app: &TestApp, token: &str, pairing: &str) -> Vec<Value> {
    let (status, list) = app.api(token, GET, &format!("/api/v1/pairings/{pairing}/health-updates"), None).await;
    assert_eq!(status, 200, "{list}");
    list.as_array().unwrap().clone()
}

#[tokio::test]
async fn a_health_update_reaches_the_donor_only_after_the_donor_sides_review() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    let path = format!("/api/v1/pairings/{pairing}/health-updates");
    let text = "Your recipient is doing well and is back at work part time since the 100-day check.";

    // Only the patient side's coordinator writes them.
    for token in [&donor, &registry] {
        let (status, _) = app.api(token, POST, &path, Some(update(&app, text))).await;
        assert_eq!(status, 403);
    }
    let (status, bad) =
        app.api(&centre, POST, &path, Some(json!({"status": "fine", "text": text, "on": "2026-01-01"}))).await;
    assert_eq!(status, 422, "{bad}");
    let (_, letters_before) = app.api(&donor, GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;

    let (status, created) = app.api(&centre, POST, &path, Some(update(&app, text))).await;
    assert_eq!((status, created["status"].as_str()), (201, Some("in_review")), "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    assert!(updates(&app, &donor, &pairing).await.is_empty(), "nothing before review");
    let (status, _) = app.api(&donor, GET, &format!("/api/v1/letters/{id}"), None).await;
    assert_eq!(status, 404);

    // It waits in the donor side's queue, marked as a health update; the patient side has passed it on.
    let (_, queue) = app.api(&registry, GET, "/api/v1/review-queue", None).await;
    let waiting = queue.as_array().unwrap().iter().find(|l| l["id"] == id.as_str()).expect("in the donor side's queue");
    assert_eq!((waiting["kind"].as_str(), waiting["health_status"].as_str()), (Some("health_update"), Some("well")));
    let (_, centre_queue) = app.api(&centre, GET, "/api/v1/review-queue", None).await;
    assert!(!centre_queue.to_string().contains(&id));

    let (status, reviewed) =
        app.api(&registry, POST, &format!("/api/v1/letters/{id}/reviews"), Some(json!({"decision": "approve"}))).await;
    assert_eq!((status, reviewed["status"].as_str()), (200, Some("delivered")), "{reviewed}");
    let seen = updates(&app, &donor, &pairing).await;
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0]["text"], text, "{}", seen[0]);
    assert_eq!(seen[0]["health_status"], "well");
    // Not one of the letters, and no letter of the quota.
    let (_, letters_after) = app.api(&donor, GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    assert_eq!(letters_before, letters_after);
}

#[tokio::test]
async fn a_donor_who_chose_no_contact_gets_no_health_update() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    let (status, _) = app
        .api(
            &donor,
            PUT,
            &format!("/api/v1/pairings/{pairing}/consent"),
            Some(json!({"level": "no_contact", "share": []})),
        )
        .await;
    assert_eq!(status, 200);
    let path = format!("/api/v1/pairings/{pairing}/health-updates");
    let (status, created) = app.api(&centre, POST, &path, Some(update(&app, "Doing well after one year."))).await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap();
    let (status, refused) =
        app.api(&registry, POST, &format!("/api/v1/letters/{id}/reviews"), Some(json!({"decision": "approve"}))).await;
    assert_eq!((status, refused["type"].as_str()), (409, Some("/problems/consent")), "{refused}");
    assert!(updates(&app, &donor, &pairing).await.is_empty());
    // Updates only is enough: the donor who wants news but no letters gets them.
    let (status, _) = app
        .api(
            &donor,
            PUT,
            &format!("/api/v1/pairings/{pairing}/consent"),
            Some(json!({"level": "updates_only", "share": []})),
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) =
        app.api(&registry, POST, &format!("/api/v1/letters/{id}/reviews"), Some(json!({"decision": "approve"}))).await;
    assert_eq!(status, 200);
    assert_eq!(updates(&app, &donor, &pairing).await.len(), 1);
}

#[tokio::test]
async fn no_health_update_where_the_rules_forbid_any_contact_or_are_silent() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor5@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let (status, refused) = app
        .api(&centre, POST, &format!("/api/v1/pairings/{pairing}/health-updates"), Some(update(&app, "Well.")))
        .await;
    assert_eq!(status, 409, "{refused}");
    assert!(
        refused["type"]
            .as_str()
            .is_some_and(|t| t == "/problems/not-allowed-by-rules" || t == "/problems/rules-unknown"),
        "{refused}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_approvals_deliver_a_health_update_once() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let donor = app.demo_token("donor@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    let (_, created) = app
        .api(&centre, POST, &format!("/api/v1/pairings/{pairing}/health-updates"), Some(update(&app, "Well again.")))
        .await;
    let id = created["id"].as_str().unwrap().to_owned();
    let mut set = JoinSet::new();
    for _ in 0..6 {
        let (app, token, id) = (Arc::clone(&app), registry.clone(), id.clone());
        set.spawn(async move {
            app.api(&token, POST, &format!("/api/v1/letters/{id}/reviews"), Some(json!({"decision": "approve"}))).await
        });
    }
    let answers = set.join_all().await;
    assert_eq!(answers.iter().filter(|(s, _)| *s == 200).count(), 1, "{answers:?}");
    assert!(answers.iter().all(|(s, _)| *s == 200 || *s == 409), "{answers:?}");
    assert_eq!(updates(&app, &donor, &pairing).await.len(), 1);
}
