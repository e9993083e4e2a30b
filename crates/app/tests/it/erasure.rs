//! Erasure by crypto-shredding (`twinbridge erase`, and a coordinator of the person's own side): the
//! person's data key is gone and nothing of theirs decrypts any more, the other party still reads what was
//! delivered to them, the audit chain verifies and its erasure event names nobody; simultaneous erasures
//! decide once. And the export a coordinator makes for their participant.

use std::path::Path;

use reqwest::Method;
use sea_orm::EntityTrait;
use twinbridge_domain::PersonId;
use twinbridge_domain::access::IdentityAccess;
use twinbridge_store::entities::{accounts, person_keys, persons};
use twinbridge_store::repo;
use twinbridge_test_support::{TestApp, mentions};

use super::cli::twinbridge;

const DONOR: [&str; 4] = ["Aarav", "Mehta", "Pune", "donor@twinbridge.test"];

fn run(args: &[&str], key_file: &Path) -> (Option<i32>, String) {
    let output = twinbridge().args(args).env("TWINBRIDGE_KEY_FILE", key_file).output().unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.code(), text)
}

/// Every identity and account address that still decrypts, with the key ring.
async fn readable(app: &TestApp) -> String {
    let mut out = String::new();
    for row in persons::Entity::find().all(app.store.read()).await.unwrap() {
        let access = IdentityAccess::for_system(PersonId::from_uuid(row.id), "test");
        if let Some((p, _)) = repo::persons::read(app.store.read(), &app.keys, &access).await.unwrap() {
            out.push_str(&format!("{} {} {:?}\n", p.legal_name.as_str(), p.email.as_str(), p.town));
        }
    }
    for row in accounts::Entity::find().all(app.store.read()).await.unwrap() {
        let id = twinbridge_domain::AccountId::from_uuid(row.id);
        let account = repo::accounts::get(app.store.read(), &app.keys, id).await.unwrap().unwrap();
        out.push_str(&format!("{}\n", account.email.as_str()));
    }
    out
}

/// The demo donor's pairing, the donor's participant id in it, and a token of the registry coordinator
/// (staff sign in once per test: a TOTP code is taken once).
async fn donor_pairing(app: &TestApp) -> (String, String, String) {
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let (_, detail) = app.api(&registry, Method::GET, &format!("/api/v1/pairings/{pairing}"), None).await;
    assert_eq!(detail["participant"]["full_name"], "Aarav Mehta", "{detail}");
    (pairing, detail["participant_id"].as_str().unwrap().to_owned(), registry)
}

#[tokio::test]
async fn the_operator_erases_the_demo_donor_for_good_and_the_patient_still_reads_what_was_delivered() {
    let app = TestApp::spawn_demo().await;
    let (pairing, _, registry) = donor_pairing(&app).await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let (_, letters) = app.api(&patient, Method::GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    let delivered: Vec<String> =
        letters.as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap().to_owned()).collect();
    assert!(!delivered.is_empty());
    let mut texts_before = Vec::new();
    for id in &delivered {
        texts_before
            .push(app.api(&patient, Method::GET, &format!("/api/v1/letters/{id}"), None).await.1["body"].clone());
    }
    let donor_id = repo::persons::find_id_by_email(
        app.store.read(),
        &app.keys,
        &twinbridge_domain::Email::parse("donor@twinbridge.test").unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    let wrapped = person_keys::Entity::find_by_id(donor_id.as_uuid()).one(app.store.read()).await.unwrap().unwrap();
    assert!(mentions(&readable(&app).await, "Aarav"));

    let key_file = app.db.config().key_file;
    let url = app.db.url().expose().to_owned();
    let erase = |reason: &'static str| {
        let (key_file, url) = (key_file.clone(), url.clone());
        move || {
            run(&["erase", "--email", "donor@twinbridge.test", "--reason", reason, "--database-url", &url], &key_file)
        }
    };
    // A reason that names the person would keep them in the audit trail for good: refused, nothing changes.
    let (code, out) = tokio::task::spawn_blocking(erase("asked by Aarav on the phone")).await.unwrap();
    assert_eq!(code, Some(2), "{out}");
    assert!(out.contains("must not name"), "{out}");
    assert_eq!(app.api_sign_in("donor@twinbridge.test", "twinbridge-demo", None).await.status(), 200);
    let (code, out) = tokio::task::spawn_blocking(erase("erasure request of 2026-12-01")).await.unwrap();
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("erased"), "{out}");
    let (code, out) = tokio::task::spawn_blocking(erase("again")).await.unwrap();
    assert_eq!(code, Some(1), "{out}");

    // Nothing of the donor decrypts any more, even with the key ring; their key is gone.
    let left = readable(&app).await;
    for word in DONOR {
        assert!(!mentions(&left, word), "{word} still readable:\n{left}");
    }
    assert!(person_keys::Entity::find_by_id(donor_id.as_uuid()).one(app.store.read()).await.unwrap().is_none());
    if let Some(path) = app.db.url().sqlite_path() {
        // The destroyed key is not left in a free page or the write-ahead log either.
        let mut bytes = std::fs::read(path).unwrap();
        bytes.extend(std::fs::read(path.with_extension("db-wal")).unwrap_or_default());
        assert!(!bytes.windows(wrapped.data_key.len()).any(|w| w == wrapped.data_key.as_slice()));
    }
    assert_eq!(app.api_sign_in("donor@twinbridge.test", "twinbridge-demo", None).await.status(), 401);

    // The patient reads the delivered letters as before.
    for (id, before) in delivered.iter().zip(&texts_before) {
        let (status, letter) = app.api(&patient, Method::GET, &format!("/api/v1/letters/{id}"), None).await;
        assert_eq!(status, 200);
        assert_eq!(&letter["body"], before);
    }
    // The donor's coordinator sees that the identity was erased.
    let (_, detail) = app.api(&registry, Method::GET, &format!("/api/v1/pairings/{pairing}"), None).await;
    assert!(detail.get("participant").is_none(), "{detail}");
    assert_eq!(detail["participant_erased"], true);
    let donor_consent = detail["consents"].as_array().unwrap().iter().find(|c| c["role"] == "donor").unwrap().clone();
    assert_eq!(donor_consent["level"], "no_contact");

    // The chain verifies, and its erasure event keeps the reason but names nobody.
    let (code, out) = run(&["audit", "verify", "--database-url", &url], &key_file);
    assert_eq!(code, Some(0), "{out}");
    let events = repo::audit::with_action(app.store.read(), "person_erased").await.unwrap();
    assert_eq!(events.len(), 1);
    let event = serde_json::to_string(&events[0].details).unwrap();
    assert!(events[0].subject.is_none(), "{:?}", events[0].subject);
    assert!(event.contains("erasure request of 2026-12-01") && !event.contains(&donor_id.to_string()), "{event}");
}

#[tokio::test]
async fn a_coordinator_erases_their_own_participant_and_no_one_else_can() {
    let app = TestApp::spawn_demo().await;
    let (pairing, donor, registry) = donor_pairing(&app).await;
    let path = format!("/api/v1/pairings/{pairing}/participants/{donor}/erasure");
    let body = serde_json::json!({ "reason": "request received 2026-12-01" });
    for other in ["centre.coordinator@twinbridge.test", "france.coordinator@twinbridge.test", "admin@twinbridge.test"] {
        let token = app.demo_token(other).await;
        let (status, _) = app.api(&token, Method::POST, &path, Some(body.clone())).await;
        assert!(status == 404 || status == 403, "{other}: {status}");
    }
    let patient = app.demo_token("patient@twinbridge.test").await;
    assert_ne!(app.api(&patient, Method::POST, &path, Some(body.clone())).await.0, 200);
    let (status, refused) =
        app.api(&registry, Method::POST, &path, Some(serde_json::json!({ "reason": "Mehta asked" }))).await;
    assert_eq!(status, 422, "{refused}");
    assert_eq!(app.api(&registry, Method::POST, &path, Some(serde_json::json!({ "reason": " " }))).await.0, 422);
    assert!(mentions(&readable(&app).await, "Aarav"), "refusals change nothing");

    let (status, counts) = app.api(&registry, Method::POST, &path, Some(body.clone())).await;
    assert_eq!(status, 200, "{counts}");
    assert_eq!(counts["pairings"], 1);
    assert!(!mentions(&readable(&app).await, "Aarav"));
    let (status, again) = app.api(&registry, Method::POST, &path, Some(body)).await;
    assert_eq!(status, 409, "{again}");
    // The donor's undelivered letter was withdrawn and emptied; nobody's review queue holds it.
    let (_, queue) = app.api(&registry, Method::GET, "/api/v1/review-queue", None).await;
    assert!(queue.as_array().unwrap().iter().all(|l| l["pairing_id"] != pairing.as_str()), "{queue}");
}

#[tokio::test]
async fn simultaneous_erasures_decide_once() {
    let app = std::sync::Arc::new(TestApp::spawn_demo().await);
    let (pairing, donor, registry) = donor_pairing(&app).await;
    let path = format!("/api/v1/pairings/{pairing}/participants/{donor}/erasure");
    let body = serde_json::json!({ "reason": "request received 2026-12-01" });
    let answers = super::concurrency::at_once(&app, 4, &registry, Method::POST, &path, Some(body)).await;
    let mut statuses: Vec<u16> = answers.into_iter().map(|(s, _)| s).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, vec![200, 409, 409, 409]);
    assert_eq!(repo::audit::with_action(app.store.read(), "person_erased").await.unwrap().len(), 1);
    assert!(matches!(
        repo::audit::verify(app.store.read(), &app.keys).await.unwrap(),
        repo::audit::Verification::Intact { .. }
    ));
}

#[tokio::test]
async fn a_coordinator_downloads_the_data_of_their_own_participant_on_request() {
    let app = TestApp::spawn_demo().await;
    let (pairing, donor, registry) = donor_pairing(&app).await;
    let path = format!("/api/v1/pairings/{pairing}/participants/{donor}/export");
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    assert_eq!(app.api(&centre, Method::GET, &path, None).await.0, 404);
    let (status, data) = app.api(&registry, Method::GET, &path, None).await;
    assert_eq!(status, 200, "{data}");
    assert_eq!(data["identity"]["full_name"], "Aarav Mehta");
    assert!(!data["pairings"][0]["letters"].as_array().unwrap().is_empty());
    let text = data.to_string();
    for word in ["Lena", "Vogel", "Regensburg", "patient@twinbridge.test"] {
        assert!(!mentions(&text, word), "{word} in the donor's export");
    }
    let exported = repo::audit::with_action(app.store.read(), "data_exported").await.unwrap();
    assert_eq!(exported.len(), 1);
    assert_ne!(exported[0].subject.as_deref(), None);
}

#[tokio::test]
async fn a_closed_case_passes_nothing_on_and_simultaneous_closings_decide_once() {
    let app = std::sync::Arc::new(TestApp::spawn_demo().await);
    let (pairing, _, registry) = donor_pairing(&app).await;
    let path = format!("/api/v1/pairings/{pairing}/close");
    let patient = app.demo_token("patient@twinbridge.test").await;
    assert_eq!(app.api(&patient, Method::POST, &path, None).await.0, 403);
    let france = app.demo_token("france.coordinator@twinbridge.test").await;
    assert_eq!(app.api(&france, Method::POST, &path, None).await.0, 404);

    let answers = super::concurrency::at_once(&app, 3, &registry, Method::POST, &path, None).await;
    let mut statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, vec![204, 409, 409], "{answers:?}");
    assert_eq!(repo::audit::with_action(app.store.read(), "case_closed").await.unwrap().len(), 1);
    let (_, detail) = app.api(&registry, Method::GET, &format!("/api/v1/pairings/{pairing}"), None).await;
    assert_eq!(detail["status"], "closed");

    let letter = serde_json::json!({ "body": "Dear donor, a few words more from me." });
    let (status, refused) =
        app.api(&patient, Method::POST, &format!("/api/v1/pairings/{pairing}/letters"), Some(letter)).await;
    assert_eq!(status, 409, "{refused}");
    assert!(refused["type"].as_str().unwrap().ends_with("case-closed"), "{refused}");
}

#[tokio::test]
async fn identities_are_erased_when_the_retention_period_after_the_closing_ends() {
    let app = TestApp::spawn_demo().await;
    let (pairing, _, registry) = donor_pairing(&app).await;
    let (_, orgs) = app.api(&registry, Method::GET, "/api/v1/organisations", None).await;
    let indian = orgs.as_array().unwrap().iter().find(|o| o["country"] == "IN").unwrap()["id"].clone();
    let indian = indian.as_str().unwrap();
    let admin = app.signed_in_client("admin@twinbridge.test").await;
    for bad in ["0", "601", "two years"] {
        let refused = admin
            .post(app.url("/organisation/retention"))
            .form(&[("organisation", indian), ("months", bad)])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 422, "{bad}");
    }
    let saved = admin
        .post(app.url("/organisation/retention"))
        .form(&[("organisation", indian), ("months", "12")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    assert_eq!(repo::audit::with_action(app.store.read(), "retention_changed").await.unwrap().len(), 1);
    let person = |email: &'static str| {
        let app = &app;
        async move {
            let email = twinbridge_domain::Email::parse(email).unwrap();
            repo::persons::find_id_by_email(app.store.read(), &app.keys, &email).await.unwrap().unwrap()
        }
    };
    let (donor, other_donor) = (person("donor@twinbridge.test").await, person("donor2@twinbridge.test").await);
    let patient = person("patient@twinbridge.test").await;

    // Open cases keep everyone, however much time passes.
    app.clock.advance(chrono::TimeDelta::days(800));
    twinbridge::services::jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(repo::persons::erased(app.store.read(), donor).await.unwrap(), Some(false));

    // Sessions ended meanwhile: sign in again, at the new time.
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    assert_eq!(app.api(&registry, Method::POST, &format!("/api/v1/pairings/{pairing}/close"), None).await.0, 204);
    app.clock.advance(chrono::TimeDelta::days(360));
    twinbridge::services::jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(repo::persons::erased(app.store.read(), donor).await.unwrap(), Some(false), "11 months after");

    app.clock.advance(chrono::TimeDelta::days(10));
    twinbridge::services::jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(repo::persons::erased(app.store.read(), donor).await.unwrap(), Some(true), "12 months after");
    assert!(!mentions(&readable(&app).await, "Aarav"));
    // The other donor's case is open; the patient's centre set no period.
    assert_eq!(repo::persons::erased(app.store.read(), other_donor).await.unwrap(), Some(false));
    assert_eq!(repo::persons::erased(app.store.read(), patient).await.unwrap(), Some(false));
    let events = repo::audit::with_action(app.store.read(), "person_erased").await.unwrap();
    assert_eq!(events.len(), 1);
    assert!(events[0].actor.is_none() && events[0].subject.is_none());
    assert!(events[0].details.contains("retention"), "{}", events[0].details);
}
