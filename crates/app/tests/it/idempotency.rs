//! `Idempotency-Key` on API POSTs: a retry after a lost response answers the first response again and
//! does nothing twice, also when the retries arrive at once.

use std::sync::Arc;

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use tokio::task::JoinSet;
use twinbridge_store::entities::letters;
use twinbridge_test_support::TestApp;

async fn pairing_of(app: &TestApp, token: &str) -> String {
    let (_, pairings) = app.api(token, reqwest::Method::GET, "/api/v1/pairings", None).await;
    pairings[0]["id"].as_str().unwrap().to_owned()
}

async fn post_with_key(app: &TestApp, token: &str, path: &str, key: &str, body: &Value) -> reqwest::Response {
    app.client.post(app.url(path)).bearer_auth(token).header("idempotency-key", key).json(body).send().await.unwrap()
}

async fn letters_in(app: &TestApp, pairing: &str) -> u64 {
    let id: uuid::Uuid = pairing.parse().unwrap();
    letters::Entity::find().filter(letters::Column::PairingId.eq(id)).count(app.store.read()).await.unwrap()
}

#[tokio::test]
async fn a_retried_letter_with_the_same_key_is_stored_once_and_answered_the_same() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    let path = format!("/api/v1/pairings/{pairing}/letters");
    let before = letters_in(&app, &pairing).await;
    let body = json!({"body": "Thank you, from the bottom of my heart."});

    let first = post_with_key(&app, &donor, &path, "retry-1", &body).await;
    assert_eq!(first.status(), 201);
    assert!(!first.headers().contains_key("idempotent-replayed"));
    let first: Value = first.json().await.unwrap();
    let again = post_with_key(&app, &donor, &path, "retry-1", &body).await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.json::<Value>().await.unwrap()["id"], first["id"]);
    assert_eq!(letters_in(&app, &pairing).await, before + 1);

    // The same key with another text is the client's mistake, and does nothing.
    let other = post_with_key(&app, &donor, &path, "retry-1", &json!({"body": "Another letter."})).await;
    assert_eq!(other.status(), 422);
    assert_eq!(other.headers()["content-type"], "application/problem+json");
    // A new key is a new letter; keys are per caller, so another caller's same key is theirs alone.
    assert_eq!(post_with_key(&app, &donor, &path, "retry-2", &body).await.status(), 201);
    assert_eq!(letters_in(&app, &pairing).await, before + 2);
    let patient = app.demo_token("patient@twinbridge.test").await;
    let patient_pairing = format!("/api/v1/pairings/{}/letters", pairing_of(&app, &patient).await);
    let theirs = post_with_key(&app, &patient, &patient_pairing, "retry-1", &body).await;
    assert_eq!(theirs.status(), 201);
    assert!(!theirs.headers().contains_key("idempotent-replayed"));

    // A malformed key is refused before anything runs.
    let bad = post_with_key(&app, &donor, &path, "with space", &body).await;
    assert_eq!(bad.status(), 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_retries_with_one_key_store_one_letter() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    let path = format!("/api/v1/pairings/{pairing}/letters");
    let before = letters_in(&app, &pairing).await;

    let mut set = JoinSet::new();
    for _ in 0..8 {
        let (app, donor, path) = (Arc::clone(&app), donor.clone(), path.clone());
        set.spawn(async move {
            let response = post_with_key(&app, &donor, &path, "burst", &json!({"body": "Only once, please."})).await;
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.unwrap())
        });
    }
    let answers = set.join_all().await;

    assert_eq!(letters_in(&app, &pairing).await, before + 1, "{answers:?}");
    let ids: Vec<&Value> = answers.iter().filter(|(s, _)| *s == 201).map(|(_, b)| &b["id"]).collect();
    assert!(!ids.is_empty() && ids.iter().all(|id| *id == ids[0]), "{answers:?}");
    assert!(answers.iter().all(|(s, _)| *s == 201 || *s == 409), "{answers:?}");
}
