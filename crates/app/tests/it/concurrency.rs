//! Simultaneous requests on the same state transition: exactly one wins, the others get a clear 409, and
//! the stored state agrees with the answers. Runs on both databases like every test here.

use std::sync::Arc;

use chrono::TimeDelta;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use tokio::task::JoinSet;
use twinbridge_store::entities::{letter_reviews, letters, outbox};
use twinbridge_test_support::TestApp;

/// Fires `n` copies of one API request at once; every answer's status and body.
pub(crate) async fn at_once(
    app: &Arc<TestApp>,
    n: usize,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> Vec<(u16, Value)> {
    let mut set = JoinSet::new();
    for _ in 0..n {
        let (app, token, method, path, body) =
            (Arc::clone(app), token.to_owned(), method.clone(), path.to_owned(), body.clone());
        set.spawn(async move { app.api(&token, method, &path, body).await });
    }
    set.join_all().await
}

/// The only pairing the holder of `token` takes part in.
async fn pairing_of(app: &TestApp, token: &str) -> String {
    let (_, pairings) = app.api(token, reqwest::Method::GET, "/api/v1/pairings", None).await;
    pairings[0]["id"].as_str().unwrap().to_owned()
}

fn count(answers: &[(u16, Value)], status: u16) -> usize {
    answers.iter().filter(|(s, _)| *s == status).count()
}

/// Each refusal is a 409 problem document that says why.
fn assert_refusals_are_conflicts(answers: &[(u16, Value)], winner: u16) {
    for (status, body) in answers.iter().filter(|(s, _)| *s != winner) {
        assert_eq!(*status, 409, "{body}");
        assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()), "{body}");
    }
}

async fn letters_of_pairing(app: &TestApp, pairing: &str) -> Vec<letters::Model> {
    let id: uuid::Uuid = pairing.parse().unwrap();
    letters::Entity::find().filter(letters::Column::PairingId.eq(id)).all(app.store.read()).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_letters_on_a_one_letter_pairing_send_exactly_one() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let donor = app.demo_token("donor4@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;

    let path = format!("/api/v1/pairings/{pairing}/letters");
    let answers =
        at_once(&app, 16, &donor, reqwest::Method::POST, &path, Some(json!({"body": "Thank you for everything."})))
            .await;

    assert_eq!(count(&answers, 201), 1, "{answers:?}");
    assert_refusals_are_conflicts(&answers, 201);
    assert!(answers.iter().filter(|(s, _)| *s == 409).all(|(_, b)| b["type"] == "/problems/quota-used"), "{answers:?}");
    let stored = letters_of_pairing(&app, &pairing).await;
    assert_eq!(stored.len(), 1, "one letter stored");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_submissions_of_drafts_send_only_what_the_quota_allows() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let donor = app.demo_token("donor4@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    let path = format!("/api/v1/pairings/{pairing}/letters");
    let mut drafts = Vec::new();
    for i in 0..6 {
        let (status, draft) = app
            .api(&donor, reqwest::Method::POST, &path, Some(json!({"body": format!("Draft {i}"), "draft": true})))
            .await;
        assert_eq!(status, 201, "{draft}");
        drafts.push(draft["id"].as_str().unwrap().to_owned());
    }

    let mut set = JoinSet::new();
    for id in drafts {
        let (app, donor) = (Arc::clone(&app), donor.clone());
        set.spawn(async move {
            let body = json!({"body": "Sent at last.", "submit": true});
            app.api(&donor, reqwest::Method::PUT, &format!("/api/v1/letters/{id}"), Some(body)).await
        });
    }
    let answers = set.join_all().await;

    assert_eq!(count(&answers, 200), 1, "{answers:?}");
    assert_refusals_are_conflicts(&answers, 200);
    let in_review = letters_of_pairing(&app, &pairing).await.into_iter().filter(|l| l.status != "draft").count();
    assert_eq!(in_review, 1);
}

/// A letter of the main demo pairing from the donor, approved by the donor's registry: it waits for the
/// patient's centre, whose approval delivers it.
async fn letter_awaiting_final_approval(app: &TestApp) -> (String, String) {
    let donor = app.demo_token("donor@twinbridge.test").await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let pairing = pairing_of(app, &donor).await;
    let (status, written) = app
        .api(
            &donor,
            reqwest::Method::POST,
            &format!("/api/v1/pairings/{pairing}/letters"),
            Some(json!({"body": "I hope you are well."})),
        )
        .await;
    assert_eq!(status, 201, "{written}");
    let letter = written["id"].as_str().unwrap().to_owned();
    let (status, reviewed) = app
        .api(
            &registry,
            reqwest::Method::POST,
            &format!("/api/v1/letters/{letter}/reviews"),
            Some(json!({"decision": "approve"})),
        )
        .await;
    assert_eq!((status, reviewed["status"].as_str()), (200, Some("in_review")), "{reviewed}");
    (letter, donor)
}

async fn mails_of_kind(app: &TestApp, kind: &str) -> u64 {
    outbox::Entity::find().filter(outbox::Column::Kind.eq(kind)).count(app.store.read()).await.unwrap()
}

async fn reviews_of(app: &TestApp, letter: &str) -> u64 {
    let id: uuid::Uuid = letter.parse().unwrap();
    letter_reviews::Entity::find()
        .filter(letter_reviews::Column::LetterId.eq(id))
        .count(app.store.read())
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_final_approvals_deliver_a_letter_once_with_one_email() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let (letter, _) = letter_awaiting_final_approval(&app).await;
    app.clock.advance(TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let mails_before = mails_of_kind(&app, "letter-waiting").await;
    let reviews_before = reviews_of(&app, &letter).await;

    let path = format!("/api/v1/letters/{letter}/reviews");
    let answers = at_once(&app, 8, &centre, reqwest::Method::POST, &path, Some(json!({"decision": "approve"}))).await;

    assert_eq!(count(&answers, 200), 1, "{answers:?}");
    assert_refusals_are_conflicts(&answers, 200);
    assert_eq!(mails_of_kind(&app, "letter-waiting").await, mails_before + 1, "one e-mail to the reader");
    assert_eq!(reviews_of(&app, &letter).await, reviews_before + 1, "one review stored");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_withdrawal_racing_the_final_approval_agrees_with_the_final_state() {
    let app = Arc::new(TestApp::spawn_demo().await);
    for _ in 0..3 {
        let (letter, donor) = letter_awaiting_final_approval(&app).await;
        app.clock.advance(TimeDelta::seconds(30));
        let centre = app.demo_token("centre.coordinator@twinbridge.test").await;

        let (a, b) = (Arc::clone(&app), Arc::clone(&app));
        let (approve_path, withdraw_path) =
            (format!("/api/v1/letters/{letter}/reviews"), format!("/api/v1/letters/{letter}/withdraw"));
        let approval = tokio::spawn(async move {
            a.api(&centre, reqwest::Method::POST, &approve_path, Some(json!({"decision": "approve"}))).await
        });
        let withdrawal = tokio::spawn(async move { b.api(&donor, reqwest::Method::POST, &withdraw_path, None).await });
        let ((approved, _), (withdrawn, _)) = (approval.await.unwrap(), withdrawal.await.unwrap());

        assert_eq!(u16::from(approved == 200) + u16::from(withdrawn == 200), 1, "one wins: {approved} {withdrawn}");
        let id: uuid::Uuid = letter.parse().unwrap();
        let stored = letters::Entity::find_by_id(id).one(app.store.read()).await.unwrap().unwrap();
        let expected = if approved == 200 { "delivered" } else { "withdrawn" };
        assert_eq!(stored.status, expected, "approval {approved}, withdrawal {withdrawn}");
        // The next round writes another letter on the same pairing.
        app.clock.advance(TimeDelta::minutes(1));
    }
}

fn drawing() -> Vec<u8> {
    use image::ImageEncoder as _;
    let pixels = image::RgbaImage::from_pixel(20, 20, image::Rgba([0, 120, 250, 255]));
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(pixels.as_raw(), 20, 20, image::ExtendedColorType::Rgba8)
        .unwrap();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_picture_uploads_stop_at_the_limit() {
    let app = Arc::new(TestApp::spawn_demo().await);
    app.allow_pictures().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    let (status, draft) = app
        .api(
            &donor,
            reqwest::Method::POST,
            &format!("/api/v1/pairings/{pairing}/letters"),
            Some(json!({"body": "With a drawing.", "draft": true})),
        )
        .await;
    assert_eq!(status, 201, "{draft}");
    let letter = draft["id"].as_str().unwrap().to_owned();

    let limit = twinbridge_domain::letter::MAX_ATTACHMENTS;
    let mut set = JoinSet::new();
    for _ in 0..limit + 4 {
        let (app, donor, letter) = (Arc::clone(&app), donor.clone(), letter.clone());
        set.spawn(async move {
            app.client
                .post(app.url(&format!("/api/v1/letters/{letter}/attachments?kind=drawing")))
                .bearer_auth(&donor)
                .header("content-type", "application/octet-stream")
                .body(drawing())
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    let answers = set.join_all().await;

    assert_eq!(answers.iter().filter(|s| **s == 201).count(), limit, "{answers:?}");
    let id: uuid::Uuid = letter.parse().unwrap();
    let stored = twinbridge_store::entities::letter_attachments::Entity::find()
        .filter(twinbridge_store::entities::letter_attachments::Column::LetterId.eq(id))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(usize::try_from(stored).unwrap(), limit);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_marks_as_sent_record_one_sending() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let id = crate::offline::offline_pairing(&app, &registry, "paper.only@example.org", "Centre Papier").await;
    let body = json!({"body": "Thank you, from far away.", "on_behalf_of": "donor"});
    let (_, entered) =
        app.api(&registry, reqwest::Method::POST, &format!("/api/v1/pairings/{id}/letters"), Some(body)).await;
    let letter = entered["id"].as_str().unwrap().to_owned();
    let review = json!({"decision": "approve"});
    let path = format!("/api/v1/letters/{letter}/reviews");
    let (status, approved) = app.api(&registry, reqwest::Method::POST, &path, Some(review)).await;
    assert_eq!((status, approved["status"].as_str()), (200, Some("ready_to_send")), "{approved}");

    let answers =
        at_once(&app, 8, &registry, reqwest::Method::POST, &format!("/api/v1/letters/{letter}/sent"), None).await;
    assert_eq!(count(&answers, 200), 1, "{answers:?}");
    assert_refusals_are_conflicts(&answers, 200);
    let sent = twinbridge_store::repo::audit::with_action(app.store.read(), "letter_sent").await.unwrap();
    assert_eq!(sent.len(), 1, "one sending in the trail");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_attachments_of_the_patient_record_one_patient() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let (_, organisations) = app.api(&registry, reqwest::Method::GET, "/api/v1/organisations", None).await;
    let centre_org =
        organisations.as_array().unwrap().iter().find(|o| o["name"] == "Demo Transplant Centre Germany").unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let body = json!({
        "donor": {"full_name": "Meena Iyer", "email": "meena.iyer@example.org", "country": "IN"},
        "patient_organisation_id": centre_org,
        "donations": [{"product": "pbsc", "collected_on": "2025-11-02"}],
    });
    let (status, created) = app.api(&registry, reqwest::Method::POST, "/api/v1/pairings", Some(body)).await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    app.clock.advance(TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;

    let mut set = JoinSet::new();
    for n in 0..6 {
        let (app, centre, id) = (Arc::clone(&app), centre.clone(), id.clone());
        set.spawn(async move {
            let body = json!({"full_name": "Jonas Weber", "email": format!("jonas{n}@example.de"), "country": "DE"});
            app.api(&centre, reqwest::Method::POST, &format!("/api/v1/pairings/{id}/patient"), Some(body)).await
        });
    }
    let answers = set.join_all().await;
    assert_eq!(count(&answers, 200), 1, "{answers:?}");
    assert_refusals_are_conflicts(&answers, 200);
    let pairing = twinbridge_domain::PairingId::from_uuid(id.parse().unwrap());
    let participants = twinbridge_store::repo::pairings::participants(app.store.read(), pairing).await.unwrap();
    assert_eq!(participants.iter().filter(|p| !p.role.is_donor_side()).count(), 1);
}
