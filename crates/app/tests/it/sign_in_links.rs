//! Sign-in links: asking for one tells nothing about the address, only the newest link works, a link does
//! not get round a lock-out; and no page or answer behind sign-in is kept in a cache.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use twinbridge::auth::service;
use twinbridge::demo::DEMO_PASSWORD;
use twinbridge::mail::{MailConfig, Mailer, TransportConfig, worker};
use twinbridge::startup::{Application, Mode};
use twinbridge_domain::FakeClock;
use twinbridge_test_support::{TestApp, TestDatabase, default_now};

use crate::secrets_at_rest::every_value;

const DONOR: &str = "donor@twinbridge.test";
const STRANGER: &str = "stranger@example.org";

/// The `table.column` places that gained a value between two snapshots, with how many.
fn added(before: &[(String, Vec<u8>)], after: &[(String, Vec<u8>)]) -> BTreeMap<String, usize> {
    let mut left: Vec<&(String, Vec<u8>)> = before.iter().collect();
    let mut out = BTreeMap::new();
    for value in after {
        if let Some(at) = left.iter().position(|v| *v == value) {
            left.swap_remove(at);
        } else {
            *out.entry(value.0.clone()).or_insert(0) += 1;
        }
    }
    out
}

#[tokio::test]
async fn asking_for_a_link_answers_the_same_for_an_address_with_or_without_an_account() {
    let app = TestApp::spawn_demo().await;
    let mut answers = Vec::new();
    for email in [DONOR, STRANGER] {
        let response = app.client.post(app.url("/sign-in/email")).form(&[("email", email)]).send().await.unwrap();
        let status = response.status();
        let mut headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .filter(|(name, _)| !["date", "x-request-id"].contains(&name.as_str()))
            .map(|(name, value)| (name.to_string(), value.to_str().unwrap_or("").to_owned()))
            .collect();
        headers.sort();
        answers.push((status, headers, response.text().await.unwrap()));
    }
    assert_eq!(answers[0].0, 200);
    assert_eq!(answers[0], answers[1], "status, headers and page are the same");
    app.mail.wait_for(DONOR).await;
}

#[tokio::test]
async fn asking_for_a_link_writes_the_same_for_an_address_with_or_without_an_account() {
    // The application built but not running, so that no mail worker acts between the steps.
    let db = TestDatabase::new().await;
    let clock = FakeClock::at(default_now());
    let app = Application::build(db.config(), Arc::new(clock), Mode::Demo).await.expect("the application starts");
    let state = app.state().clone();
    let conn = state.store.read();
    let mut writes = Vec::new();
    for email in [DONOR, STRANGER] {
        let before = every_value(conn).await;
        service::request_sign_in_link(&state, email, "en").await.unwrap();
        writes.push(added(&before, &every_value(conn).await));
    }
    assert_eq!(writes[0], writes[1], "the same rows are written for both");
    assert_eq!(writes[0].get("outbox.id"), Some(&1), "one queued request each: {:?}", writes[0]);
    assert!(!writes[0].contains_key("one_time_tokens.token_hash"), "no link yet");

    // The worker answers them later: a link for the account, nothing for the stranger.
    let mailer = Mailer::new(&MailConfig {
        from: "Twinbridge <no-reply@twinbridge.test>".into(),
        transport: TransportConfig::Log,
    })
    .unwrap();
    let before = every_value(conn).await;
    while worker::send_one(&state, &mailer, "Twinbridge <no-reply@twinbridge.test>").await.unwrap() {}
    let after = added(&before, &every_value(conn).await);
    assert_eq!(after.get("one_time_tokens.token_hash"), Some(&1), "one link, for the account: {after:?}");
    assert_eq!(twinbridge_store::repo::outbox::unsent_count(conn).await.unwrap(), 0);
    drop(app);
}

async fn links_to(app: &TestApp, recipient: &str, count: usize) -> Vec<String> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let links: Vec<String> = app
            .mail
            .mails()
            .iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(recipient)))
            .filter_map(|m| m.link())
            .collect();
        if links.len() >= count {
            return links;
        }
        assert!(tokio::time::Instant::now() < deadline, "{count} e-mails to {recipient} did not arrive");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap().to_owned()
}

async fn use_link(app: &TestApp, client: &reqwest::Client, token: &str) -> u16 {
    client.post(app.url("/sign-in/link")).form(&[("token", token)]).send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn only_the_newest_sign_in_link_works() {
    let app = TestApp::spawn_demo().await;
    app.client.post(app.url("/sign-in/email")).form(&[("email", DONOR)]).send().await.unwrap();
    links_to(&app, DONOR, 1).await;
    app.client.post(app.url("/sign-in/email")).form(&[("email", DONOR)]).send().await.unwrap();
    let links = links_to(&app, DONOR, 2).await;
    let (older, newer) = (token_of(&links[0]), token_of(&links[1]));
    assert_ne!(older, newer);
    assert_eq!(app.client.get(app.url(&format!("/sign-in/link/{older}"))).send().await.unwrap().status(), 404);
    assert_eq!(use_link(&app, &app.cookie_client(), &older).await, 400, "the older link no longer works");
    let client = app.cookie_client();
    assert_eq!(use_link(&app, &client, &newer).await, 303, "the newest link signs in");
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn a_link_does_not_get_round_a_lock_out_nor_clear_the_failures() {
    let app = TestApp::spawn_demo().await;
    // Nine wrong passwords: not locked yet. A link signs in, but the failures stay counted …
    for _ in 0..9 {
        assert_eq!(app.api_sign_in(DONOR, "wrong password", None).await.status(), 401);
    }
    app.client.post(app.url("/sign-in/email")).form(&[("email", DONOR)]).send().await.unwrap();
    let first = token_of(&links_to(&app, DONOR, 1).await[0]);
    assert_eq!(use_link(&app, &app.cookie_client(), &first).await, 303);
    // … so the tenth wrong password locks the address, and then the right one is refused.
    assert_eq!(app.api_sign_in(DONOR, "wrong password", None).await.status(), 401);
    assert_eq!(app.api_sign_in(DONOR, DEMO_PASSWORD, None).await.status(), 401, "locked");

    // While locked, a fresh link does not sign in either, and is not used up by trying.
    app.clock.advance(TimeDelta::minutes(1));
    app.client.post(app.url("/sign-in/email")).form(&[("email", DONOR)]).send().await.unwrap();
    let second = token_of(&links_to(&app, DONOR, 2).await[1]);
    let client = app.cookie_client();
    assert_eq!(use_link(&app, &client, &second).await, 400, "refused during the lock-out");
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 303, "not signed in");

    // Once the lock has ended the same link works (it is younger than the lock).
    app.clock.advance(TimeDelta::minutes(14));
    assert_eq!(use_link(&app, &client, &second).await, 303);
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 200);
}

fn cache_control(response: &reqwest::Response) -> String {
    response.headers().get("cache-control").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
}

#[tokio::test]
async fn pages_and_answers_behind_sign_in_are_not_stored_in_caches() {
    let app = TestApp::spawn_demo().await;
    let client = app.signed_in_client(DONOR).await;
    for path in ["/home", "/account", "/pairings"] {
        let page = client.get(app.url(path)).send().await.unwrap();
        assert_eq!(page.status(), 200, "{path}");
        assert!(cache_control(&page).contains("no-store"), "{path}: {}", cache_control(&page));
    }
    let token = app.demo_token(DONOR).await;
    let answer = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(answer.status(), 200);
    assert!(cache_control(&answer).contains("no-store"), "API: {}", cache_control(&answer));
    let refused = app.client.get(app.url("/api/v1/me")).send().await.unwrap();
    assert!(cache_control(&refused).contains("no-store"), "a refusal neither");

    // Static files stay cacheable.
    let css = app.get("/static/app.css").await;
    assert!(cache_control(&css).starts_with("public"), "{}", cache_control(&css));

    // After signing out, the page the back button would show was never stored, and asking again is
    // sent to sign in.
    let signed_out = client.post(app.url("/sign-out")).send().await.unwrap();
    assert_eq!(signed_out.status(), 303);
    let again = client.get(app.url("/home")).send().await.unwrap();
    assert_eq!(again.status(), 303);
    assert!(cache_control(&again).contains("no-store"));
}
