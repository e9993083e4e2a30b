//! Webhooks for registry systems: an administrator subscribes a URL; a letter waiting for the
//! organisation's review, a question asked of it and release sign-offs are posted to a receiver signed
//! with the subscription's secret, with ids only; failures are retried later; deleted subscriptions get
//! nothing; bad input stores nothing; nobody but the organisation's administrator manages them.

use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use axum::http::{HeaderMap, StatusCode};
use hmac::{Hmac, KeyInit, Mac};
use reqwest::Method;
use serde_json::{Value, json};
use sha2::Sha256;
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;

const ADMIN: &str = "admin@twinbridge.test";

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Received {
    headers: HeaderMap,
    body: String,
}

impl Received {
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap()
    }
}

/// A registry system's endpoint on 127.0.0.1 that records what it gets and answers `status`.
struct Receiver {
    url: String,
    got: Arc<Mutex<Vec<Received>>>,
    status: Arc<AtomicU16>,
}

impl Receiver {
    async fn start() -> Self {
        let got = Arc::new(Mutex::new(Vec::new()));
        let status = Arc::new(AtomicU16::new(200));
        let (into, answer) = (Arc::clone(&got), Arc::clone(&status));
        let router = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |headers: HeaderMap, body: String| {
                let (into, answer) = (Arc::clone(&into), Arc::clone(&answer));
                async move {
                    into.lock().unwrap().push(Received { headers, body });
                    StatusCode::from_u16(answer.load(Ordering::SeqCst)).unwrap()
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await });
        Self { url, got, status }
    }

    fn got(&self) -> Vec<Received> {
        self.got.lock().unwrap().clone()
    }

    fn answer(&self, status: u16) {
        self.status.store(status, Ordering::SeqCst);
    }
}

/// Runs the delivery worker until nothing is due; how many deliveries it made or tried.
async fn deliver_due(app: &TestApp) -> usize {
    let client = twinbridge::webhooks::client();
    let mut done = 0;
    while twinbridge::webhooks::deliver_one(&app.state, &client).await.unwrap() {
        done += 1;
    }
    done
}

async fn subscribe(app: &TestApp, admin: &str, url: &str, events: &[&str]) -> (String, String) {
    let (status, created) =
        app.api(admin, Method::POST, "/api/v1/webhooks", Some(json!({ "url": url, "events": events }))).await;
    assert_eq!(status, 201, "{created}");
    (created["id"].as_str().unwrap().to_owned(), created["secret"].as_str().unwrap().to_owned())
}

/// Checks `Twinbridge-Signature: t=…,v1=…` against the body with the secret, as a receiver would.
fn signature_verifies(received: &Received, secret: &str) -> bool {
    let header = received.header("twinbridge-signature");
    let Some((t, v1)) = header.split_once(',') else { return false };
    let (Some(t), Some(v1)) = (t.strip_prefix("t="), v1.strip_prefix("v1=")) else { return false };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.{}", received.body).as_bytes());
    let Ok(given) = hex::decode(v1) else { return false };
    mac.verify_slice(&given).is_ok()
}

async fn first_pairing(app: &TestApp, token: &str) -> String {
    let (_, pairings) = app.api(token, Method::GET, "/api/v1/pairings", None).await;
    pairings[0]["id"].as_str().unwrap().to_owned()
}

async fn registry_id(app: &TestApp, staff: &str) -> String {
    let (_, organisations) = app.api(staff, Method::GET, "/api/v1/organisations", None).await;
    let india = organisations.as_array().unwrap().iter().find(|o| o["name"] == "Demo Donor Registry India").unwrap();
    india["id"].as_str().unwrap().to_owned()
}

/// What must never leave in a payload: the demo identities, and the texts written in the test.
const NEVER: [&str; 9] = [
    "Aarav",
    "Mehta",
    "Pune",
    "Lena",
    "Vogel",
    "Regensburg",
    "twinbridge.test",
    "garden in the morning",
    "How often may I write",
];

#[tokio::test]
async fn a_waiting_letter_and_a_question_are_posted_signed_with_ids_only() {
    let app = TestApp::spawn_demo().await;
    let receiver = Receiver::start().await;
    let admin = app.demo_token(ADMIN).await;
    let (webhook, secret) = subscribe(&app, &admin, &receiver.url, &["letter.waiting", "question.asked"]).await;
    let (status, listed) = app.api(&admin, Method::GET, "/api/v1/webhooks", None).await;
    assert_eq!(status, 200, "{listed}");
    assert_eq!(listed[0]["id"], webhook.as_str());
    assert_eq!(listed[0]["url"], receiver.url.as_str());
    assert!(listed[0]["last_delivery"].is_null());
    assert!(!listed.to_string().contains(&secret), "the secret is shown once only");

    // The donor writes a letter (it waits for the Indian registry's review) and asks the registry.
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = first_pairing(&app, &donor).await;
    let text = "I am Aarav from Pune and I think of you when I walk in the garden in the morning.";
    let (status, letter) = app
        .api(&donor, Method::POST, &format!("/api/v1/pairings/{pairing}/letters"), Some(json!({"body": text})))
        .await;
    assert_eq!(status, 201, "{letter}");
    let (status, question) = app
        .api(&donor, Method::POST, "/api/v1/questions", Some(json!({"body": "How often may I write, Mehta asks?"})))
        .await;
    assert_eq!(status, 201, "{question}");
    assert!(receiver.got().is_empty(), "queued, not sent in the request");

    assert_eq!(deliver_due(&app).await, 2);
    let got = receiver.got();
    assert_eq!(got.len(), 2);
    let registry = registry_id(&app, &admin).await;
    for received in &got {
        assert!(signature_verifies(received, &secret), "{received:?}");
        assert!(!signature_verifies(received, "another secret"));
        assert_eq!(received.header("content-type"), "application/json");
        let payload = received.json();
        assert_eq!(received.header("twinbridge-event"), payload["type"].as_str().unwrap());
        assert_eq!(received.header("twinbridge-delivery"), payload["id"].as_str().unwrap());
        assert_eq!(payload["organisation_id"], registry.as_str());
        assert!(payload["occurred_at"].as_str().unwrap().parse::<chrono::DateTime<chrono::Utc>>().is_ok());
        for word in NEVER {
            assert!(!received.body.contains(word), "{word} in {}", received.body);
        }
    }
    let waiting = got.iter().map(Received::json).find(|p| p["type"] == "letter.waiting").unwrap();
    assert_eq!(waiting["data"], json!({"pairing_id": pairing, "letter_id": letter["id"]}));
    let asked = got.iter().map(Received::json).find(|p| p["type"] == "question.asked").unwrap();
    assert_eq!(asked["data"]["question_id"], question["id"]);

    let (_, listed) = app.api(&admin, Method::GET, "/api/v1/webhooks", None).await;
    assert_eq!(listed[0]["last_delivery"]["status"], "delivered", "{listed}");
    let created = twinbridge_store::repo::audit::with_action(app.store.read(), "webhook_created").await.unwrap();
    assert_eq!(created.len(), 1);
}

#[tokio::test]
async fn a_failed_delivery_is_retried_later_and_a_deleted_subscription_gets_nothing() {
    let app = TestApp::spawn_demo().await;
    let receiver = Receiver::start().await;
    receiver.answer(500);
    let admin = app.demo_token(ADMIN).await;
    let (webhook, secret) = subscribe(&app, &admin, &receiver.url, &["question.asked"]).await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let ask = json!({"body": "Is there news?"});
    assert_eq!(app.api(&donor, Method::POST, "/api/v1/questions", Some(ask.clone())).await.0, 201);

    assert_eq!(deliver_due(&app).await, 1);
    assert_eq!(deliver_due(&app).await, 0, "not due again yet");
    let (_, listed) = app.api(&admin, Method::GET, "/api/v1/webhooks", None).await;
    let last = &listed[0]["last_delivery"];
    assert_eq!((last["status"].as_str(), last["attempts"].as_u64()), (Some("pending"), Some(1)), "{listed}");
    assert_eq!(last["last_error"], "answered 500");

    receiver.answer(204);
    app.clock.advance(chrono::TimeDelta::seconds(31));
    assert_eq!(deliver_due(&app).await, 1, "retried after the back-off");
    let got = receiver.got();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].header("twinbridge-delivery"), got[1].header("twinbridge-delivery"), "the same delivery");
    assert!(signature_verifies(&got[1], &secret));
    let (_, listed) = app.api(&admin, Method::GET, "/api/v1/webhooks", None).await;
    assert_eq!(listed[0]["last_delivery"]["status"], "delivered");

    // Another question, then the subscription is deleted before the delivery: it is dropped.
    assert_eq!(app.api(&donor, Method::POST, "/api/v1/questions", Some(ask)).await.0, 201);
    let path = format!("/api/v1/webhooks/{webhook}");
    assert_eq!(app.api(&admin, Method::DELETE, &path, None).await.0, 204);
    assert_eq!(deliver_due(&app).await, 0);
    assert_eq!(receiver.got().len(), 2, "nothing after the deletion");
    assert_eq!(app.api(&admin, Method::DELETE, &path, None).await.0, 404, "gone");
    let (_, listed) = app.api(&admin, Method::GET, "/api/v1/webhooks", None).await;
    assert_eq!(listed, json!([]));
    let deleted = twinbridge_store::repo::audit::with_action(app.store.read(), "webhook_deleted").await.unwrap();
    assert_eq!(deleted.len(), 1);
}

#[tokio::test]
async fn release_sign_offs_reach_the_registry() {
    let app = TestApp::spawn_demo().await;
    let receiver = Receiver::start().await;
    let admin = app.demo_token(ADMIN).await;
    let (_, secret) = subscribe(&app, &admin, &receiver.url, &["release.signed_off"]).await;
    let pairing = crate::release::released_pairing_2(&app).await;
    assert_eq!(deliver_due(&app).await, 2, "one per sign-off");
    let mut seen: Vec<(String, String)> = receiver
        .got()
        .iter()
        .map(|r| {
            assert!(signature_verifies(r, &secret));
            let payload = r.json();
            assert_eq!(payload["type"], "release.signed_off");
            assert_eq!(payload["data"]["pairing_id"], pairing.id.as_str());
            (payload["data"]["side"].as_str().unwrap().into(), payload["data"]["status"].as_str().unwrap().into())
        })
        .collect();
    seen.sort();
    let expected = [("donor".to_owned(), "requested".to_owned()), ("patient".to_owned(), "released".to_owned())];
    assert_eq!(seen, expected, "the last sign-off completes the release");
    for word in ["Rohan", "Iyer", "Chennai", "Sophie", "Brandt", "Heidelberg"] {
        assert!(receiver.got().iter().all(|r| !r.body.contains(word)), "{word}");
    }
}

#[tokio::test]
async fn bad_urls_and_unknown_events_are_refused_naming_the_field_and_store_nothing() {
    let app = TestApp::spawn_demo().await;
    let admin = app.demo_token(ADMIN).await;
    let refusals = [
        (json!({"url": "http://crm.registry.example/hook", "events": ["letter.waiting"]}), "url"),
        (json!({"url": "ftp://127.0.0.1/hook", "events": ["letter.waiting"]}), "url"),
        (json!({"url": "https://user:pw@crm.registry.example/", "events": ["letter.waiting"]}), "url"),
        (json!({"url": "crm.registry.example", "events": ["letter.waiting"]}), "url"),
        (json!({"url": "https://crm.registry.example/hook", "events": ["letter.read"]}), "events"),
        (json!({"url": "https://crm.registry.example/hook", "events": []}), "events"),
    ];
    for (body, field) in refusals {
        let (status, problem) = app.api(&admin, Method::POST, "/api/v1/webhooks", Some(body.clone())).await;
        assert_eq!(status, 422, "{body}: {problem}");
        assert_eq!(problem["field"], field, "{problem}");
    }
    let (_, listed) = app.api(&admin, Method::GET, "/api/v1/webhooks", None).await;
    assert_eq!(listed, json!([]));
    let created = twinbridge_store::repo::audit::with_action(app.store.read(), "webhook_created").await.unwrap();
    assert!(created.is_empty());
    // An https address is accepted (delivery needs no answer now).
    let body = json!({"url": "https://crm.registry.example/hook", "events": ["letter.waiting"]});
    assert_eq!(app.api(&admin, Method::POST, "/api/v1/webhooks", Some(body)).await.0, 201);
}

#[tokio::test]
async fn only_the_organisations_administrator_manages_its_webhooks() {
    let app = TestApp::spawn_demo().await;
    // The German centre's coordinator also administers the German centre: another organisation.
    let germany = twinbridge_store::repo::organisations::list(app.store.read())
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.country.as_str() == "DE")
        .unwrap();
    let email = twinbridge_domain::Email::parse("centre.coordinator@twinbridge.test").unwrap();
    let centre =
        twinbridge_store::repo::accounts::find_by_email(app.store.read(), &app.keys, &email).await.unwrap().unwrap();
    let now = app.clock.now();
    app.store
        .write_tx(|tx| async move {
            let role = twinbridge_domain::StaffRole::Administrator;
            twinbridge_store::repo::accounts::add_role(&*tx, centre.id, germany.id, role, now).await
        })
        .await
        .unwrap();
    let admin = app.demo_token(ADMIN).await;
    let coordinator = app.demo_token("registry.coordinator@twinbridge.test").await;
    let other_admin = app.demo_token("centre.coordinator@twinbridge.test").await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (webhook, _) = subscribe(&app, &admin, "https://crm.registry.example/hook", &["letter.waiting"]).await;
    let path = format!("/api/v1/webhooks/{webhook}");
    let body = json!({"url": "https://evil.example/hook", "events": ["letter.waiting"]});
    for token in [&coordinator, &donor] {
        assert!([403, 404].contains(&app.api(token, Method::GET, "/api/v1/webhooks", None).await.0));
        let (status, _) = app.api(token, Method::POST, "/api/v1/webhooks", Some(body.clone())).await;
        assert!([403, 404].contains(&status));
        assert!([403, 404].contains(&app.api(token, Method::DELETE, &path, None).await.0));
    }
    // The other organisation's administrator sees only their own (none) and cannot delete the registry's.
    assert_eq!(app.api(&other_admin, Method::GET, "/api/v1/webhooks", None).await.1, json!([]));
    assert_eq!(app.api(&other_admin, Method::DELETE, &path, None).await.0, 404);
    let (_, listed) = app.api(&admin, Method::GET, "/api/v1/webhooks", None).await;
    assert_eq!(listed.as_array().unwrap().len(), 1, "still there: {listed}");
}

#[tokio::test]
async fn administrators_manage_webhooks_on_their_page() {
    let app = TestApp::spawn_demo().await;
    let admin = app.signed_in_client(ADMIN).await;
    let staff = admin.get(app.url("/staff")).send().await.unwrap().text().await.unwrap();
    assert!(staff.contains("href=\"/webhooks\""), "linked from /staff");
    assert_eq!(admin.get(app.url("/webhooks")).send().await.unwrap().status(), 200);
    let form = [("url", "https://crm.registry.example/hook"), ("event", "letter.waiting"), ("event", "question.asked")];
    let created = admin.post(app.url("/webhooks")).header("origin", &app.address).form(&form).send().await.unwrap();
    assert_eq!(created.status(), 200);
    let html = created.text().await.unwrap();
    let secret = html.split("<code id=\"new-secret\">").nth(1).and_then(|s| s.split('<').next()).unwrap().to_owned();
    assert_eq!(secret.len(), 64, "{html}");
    assert!(html.contains("https://crm.registry.example/hook") && html.contains("letter.waiting, question.asked"));
    let again = admin.get(app.url("/webhooks")).send().await.unwrap().text().await.unwrap();
    assert!(again.contains("https://crm.registry.example/hook") && !again.contains(&secret), "shown once");
    // A plain-http address elsewhere is refused, the address kept for correction.
    let refused = admin
        .post(app.url("/webhooks"))
        .header("origin", &app.address)
        .form(&[("url", "http://crm.registry.example/hook"), ("event", "letter.waiting")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(refused.contains("role=\"alert\"") && refused.contains("value=\"http://crm.registry.example/hook\""));
    let id = again.split("/webhooks/").nth(1).and_then(|s| s.split('/').next()).unwrap().to_owned();
    let deleted = admin
        .post(app.url(&format!("/webhooks/{id}/delete")))
        .header("origin", &app.address)
        .form(&[("unused", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 303);
    let after = admin.get(app.url("/webhooks")).send().await.unwrap().text().await.unwrap();
    assert!(!after.contains("https://crm.registry.example/hook"));
    // In German too.
    let german = admin.get(app.url("/webhooks")).header("accept-language", "de").send().await.unwrap();
    assert!(german.text().await.unwrap().contains("Webhooks für Registersysteme"));
    let coordinator = app.signed_in_client("registry.coordinator@twinbridge.test").await;
    assert_eq!(coordinator.get(app.url("/webhooks")).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn simultaneous_deletes_of_one_subscription_decide_once() {
    let app = TestApp::spawn_demo().await;
    let admin = app.demo_token(ADMIN).await;
    let (webhook, _) = subscribe(&app, &admin, "https://crm.registry.example/hook", &["letter.waiting"]).await;
    let path = format!("/api/v1/webhooks/{webhook}");
    let (a, b, c) = tokio::join!(
        app.api(&admin, Method::DELETE, &path, None),
        app.api(&admin, Method::DELETE, &path, None),
        app.api(&admin, Method::DELETE, &path, None),
    );
    for (status, body) in [&a, &b, &c] {
        assert!([204, 404].contains(status), "{status} {body}");
    }
    assert!([a.0, b.0, c.0].contains(&204));
    let deleted = twinbridge_store::repo::audit::with_action(app.store.read(), "webhook_deleted").await.unwrap();
    assert_eq!(deleted.len(), 1, "deleted once");
}

#[tokio::test]
async fn two_workers_at_once_send_each_delivery_once() {
    let app = TestApp::spawn_demo().await;
    let receiver = Receiver::start().await;
    let admin = app.demo_token(ADMIN).await;
    subscribe(&app, &admin, &receiver.url, &["question.asked"]).await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    for n in 0..4 {
        let ask = json!({ "body": format!("Question number {n}") });
        assert_eq!(app.api(&donor, Method::POST, "/api/v1/questions", Some(ask)).await.0, 201);
    }
    let (a, b) = tokio::join!(deliver_due(&app), deliver_due(&app));
    assert_eq!(a + b, 4, "each claimed by one worker");
    let mut ids: Vec<String> = receiver.got().iter().map(|r| r.header("twinbridge-delivery").to_owned()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!((receiver.got().len(), ids.len()), (4, 4));
}
