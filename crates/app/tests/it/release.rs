//! Identity release end to end on the demo pairings: refused while the waiting period runs (with the
//! earliest date) and where the rules never allow it; on the pairing past its period, released after both
//! consents and both sign-offs, each side then seeing exactly what the other shared; stopped by a consent
//! withdrawn before the last sign-off; reopened by a donation. Simultaneous steps decide once.

use std::sync::Arc;

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use tokio::task::JoinSet;
use twinbridge_domain::Clock;
use twinbridge_store::entities::{audit_events, release_requests};
use twinbridge_test_support::TestApp;

const POST: reqwest::Method = reqwest::Method::POST;
const GET: reqwest::Method = reqwest::Method::GET;
const PUT: reqwest::Method = reqwest::Method::PUT;

async fn pairing_of(app: &TestApp, token: &str) -> String {
    let (_, pairings) = app.api(token, GET, "/api/v1/pairings", None).await;
    pairings[0]["id"].as_str().unwrap().to_owned()
}

async fn consent(app: &TestApp, token: &str, pairing: &str, level: &str, share: &[&str]) {
    let body = json!({ "level": level, "share": share });
    let (status, answer) = app.api(token, PUT, &format!("/api/v1/pairings/{pairing}/consent"), Some(body)).await;
    assert_eq!(status, 200, "{answer}");
}

async fn request(app: &TestApp, token: &str, pairing: &str) -> (u16, Value) {
    app.api(token, POST, &format!("/api/v1/pairings/{pairing}/release-requests"), None).await
}

async fn sign_off(app: &TestApp, token: &str, request: &str, body: Value) -> (u16, Value) {
    app.api(token, POST, &format!("/api/v1/release-requests/{request}/sign-off"), Some(body)).await
}

async fn counterpart(app: &TestApp, token: &str, pairing: &str) -> Value {
    let (status, body) = app.api(token, GET, &format!("/api/v1/pairings/{pairing}/counterpart"), None).await;
    assert_eq!(status, 200, "{body}");
    body
}

/// The members of a JSON object, sorted.
fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

/// The tokens of the demo pairing past its waiting period: donor, patient, both coordinators; its id.
pub(crate) struct Pairing2 {
    pub(crate) donor: String,
    pub(crate) patient: String,
    pub(crate) registry: String,
    pub(crate) centre: String,
    pub(crate) id: String,
}

/// Demo pairing 2 released, both participants having chosen `meet` and shared their first name.
pub(crate) async fn released_pairing_2(app: &TestApp) -> Pairing2 {
    let p = pairing_2(app).await;
    consent(app, &p.donor, &p.id, "meet", &["first_name"]).await;
    consent(app, &p.patient, &p.id, "meet", &["first_name"]).await;
    let (status, created) = request(app, &p.patient, &p.id).await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    for token in [&p.registry, &p.centre] {
        let (status, _) = sign_off(app, token, &id, json!({ "counselling_recorded": true })).await;
        assert_eq!(status, 200);
    }
    let (_, overview) = app.api(&p.patient, GET, &format!("/api/v1/pairings/{}/release", p.id), None).await;
    assert_eq!(overview["request"]["status"], "released", "{overview}");
    p
}

pub(crate) async fn pairing_2(app: &TestApp) -> Pairing2 {
    let donor = app.demo_token("donor2@twinbridge.test").await;
    let id = pairing_of(app, &donor).await;
    Pairing2 {
        patient: app.demo_token("patient2@twinbridge.test").await,
        registry: app.demo_token("registry.coordinator@twinbridge.test").await,
        centre: app.demo_token("centre.coordinator@twinbridge.test").await,
        donor,
        id,
    }
}

#[tokio::test]
async fn a_release_is_refused_while_the_period_runs_and_where_the_rules_never_allow_it() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    let (status, refusal) = request(&app, &donor, &pairing).await;
    assert_eq!(status, 409, "{refusal}");
    assert_eq!(refusal["type"], "/problems/release-waiting");
    let earliest = refusal["earliest_date"].as_str().expect("the earliest date while the period runs");
    let earliest: chrono::NaiveDate = earliest.parse().unwrap();
    assert!(earliest > app.clock.today(), "{refusal}");
    let (_, policy) = app.api(&donor, GET, &format!("/api/v1/pairings/{pairing}/policy"), None).await;
    assert_eq!(policy["identity_release"]["earliest_date"], refusal["earliest_date"]);

    // The French pairing: never, whatever both chose.
    let donor3 = app.demo_token("donor3@twinbridge.test").await;
    let patient3 = app.demo_token("patient3@twinbridge.test").await;
    let french = pairing_of(&app, &donor3).await;
    consent(&app, &donor3, &french, "meet", &["full_name", "email"]).await;
    consent(&app, &patient3, &french, "meet", &["full_name", "email"]).await;
    for token in [&donor3, &patient3] {
        let (status, refusal) = request(&app, token, &french).await;
        assert_eq!(status, 409, "{refusal}");
        assert_eq!(refusal["type"], "/problems/release-never", "{refusal}");
        assert!(refusal.get("earliest_date").is_none(), "{refusal}");
    }
    let told = counterpart(&app, &donor3, &french).await;
    assert!(told.get("first_name").is_none() && told.get("full_name").is_none(), "{told}");
    assert!(told.get("sex").is_none(), "France's rules say nothing about telling it: {told}");
}

#[tokio::test]
async fn after_both_consents_and_sign_offs_each_side_sees_exactly_what_the_other_shared() {
    let app = TestApp::spawn_demo().await;
    let p = pairing_2(&app).await;

    // Without both consents to share details there is nothing to ask for yet.
    let (status, refusal) = request(&app, &p.patient, &p.id).await;
    assert_eq!((status, refusal["type"].as_str()), (409, Some("/problems/release-consent")), "{refusal}");
    // Before release: only what the rules let be told, never a name.
    let before = counterpart(&app, &p.patient, &p.id).await;
    assert_eq!(before["country"], "IN", "{before}");
    assert!(before["age_group"].is_string(), "{before}");
    assert_eq!(before["sex"], "male", "the German rules let the sex be told: {before}");
    assert!(!keys(&before).iter().any(|k| ["first_name", "full_name", "email", "town"].contains(&k.as_str())));

    consent(&app, &p.donor, &p.id, "share_details", &["first_name", "email"]).await;
    consent(&app, &p.patient, &p.id, "meet", &["full_name", "town"]).await;
    let (status, created) = request(&app, &p.patient, &p.id).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["status"], "requested");
    let id = created["id"].as_str().unwrap().to_owned();
    let (status, again) = request(&app, &p.donor, &p.id).await;
    assert_eq!((status, again["type"].as_str()), (409, Some("/problems/release-open")), "{again}");

    // Participants and staff of other organisations cannot sign off.
    let (status, _) = sign_off(&app, &p.patient, &id, json!({})).await;
    assert_eq!(status, 403);
    let france = app.demo_token("france.coordinator@twinbridge.test").await;
    let (status, _) = sign_off(&app, &france, &id, json!({ "counselling_recorded": true })).await;
    assert_eq!(status, 404);

    // The donor side attests its counselling (and cannot attest the patient's health: ignored).
    let body = json!({ "counselling_recorded": true, "patient_well_confirmed": true });
    let (status, signed) = sign_off(&app, &p.registry, &id, body).await;
    assert_eq!((status, signed["status"].as_str()), (200, Some("requested")), "{signed}");
    assert!(counterpart(&app, &p.patient, &p.id).await.get("first_name").is_none());
    // The patient side signs off without its counselling: the condition stays open.
    let (status, signed) = sign_off(&app, &p.centre, &id, json!({})).await;
    assert_eq!((status, signed["status"].as_str()), (200, Some("requested")), "{signed}");
    let (_, overview) = app.api(&p.centre, GET, &format!("/api/v1/pairings/{}/release", p.id), None).await;
    assert!(overview["open_conditions"].as_array().unwrap().contains(&json!("counselling_recorded")), "{overview}");
    let (status, signed) = sign_off(&app, &p.centre, &id, json!({ "counselling_recorded": true })).await;
    assert_eq!((status, signed["status"].as_str()), (200, Some("released")), "{signed}");

    let patient_sees = counterpart(&app, &p.patient, &p.id).await;
    assert_eq!(keys(&patient_sees), ["email", "first_name"], "{patient_sees}");
    assert_eq!(patient_sees["first_name"], "Rohan");
    assert_eq!(patient_sees["email"], "donor2@twinbridge.test");
    let donor_sees = counterpart(&app, &p.donor, &p.id).await;
    assert_eq!(keys(&donor_sees), ["full_name", "town"], "{donor_sees}");
    assert_eq!(
        (donor_sees["full_name"].as_str(), donor_sees["town"].as_str()),
        (Some("Sophie Brandt"), Some("Heidelberg"))
    );
    // Staff of a side still see only their own participant, never the other one.
    let (_, case) = app.api(&p.registry, GET, &format!("/api/v1/pairings/{}", p.id), None).await;
    assert!(!case.to_string().contains("Sophie"), "{case}");

    // Each read of the other party is audited; the release itself is one event.
    let released = audit_events::Entity::find()
        .filter(audit_events::Column::Action.eq("release_completed"))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(released, 1);

    // A withdrawal after release hides what the other shared from then on.
    consent(&app, &p.donor, &p.id, "anonymous_letters", &[]).await;
    let after = counterpart(&app, &p.patient, &p.id).await;
    assert!(keys(&after).is_empty(), "{after}");
}

#[tokio::test]
async fn a_consent_withdrawn_before_the_last_sign_off_stops_the_release() {
    let app = TestApp::spawn_demo().await;
    let p = pairing_2(&app).await;
    consent(&app, &p.donor, &p.id, "meet", &["first_name", "email"]).await;
    consent(&app, &p.patient, &p.id, "meet", &["first_name"]).await;
    let (_, created) = request(&app, &p.donor, &p.id).await;
    let id = created["id"].as_str().unwrap().to_owned();
    let (status, _) = sign_off(&app, &p.registry, &id, json!({ "counselling_recorded": true })).await;
    assert_eq!(status, 200);
    consent(&app, &p.patient, &p.id, "anonymous_letters", &[]).await;
    let (status, refused) = sign_off(&app, &p.centre, &id, json!({ "counselling_recorded": true })).await;
    assert_eq!((status, refused["status"].as_str()), (200, Some("stopped")), "an ended request stays ended: {refused}");
    let (_, overview) = app.api(&p.donor, GET, &format!("/api/v1/pairings/{}/release", p.id), None).await;
    assert_eq!(overview["request"]["status"], "stopped", "{overview}");
    assert_eq!(overview["request"]["stop_reason"], "consent-withdrawn", "{overview}");
    assert!(counterpart(&app, &p.donor, &p.id).await.get("first_name").is_none());
    // Both sides choosing again may ask again.
    consent(&app, &p.patient, &p.id, "share_details", &["first_name"]).await;
    let (status, again) = request(&app, &p.patient, &p.id).await;
    assert_eq!(status, 201, "{again}");
}

#[tokio::test]
async fn a_donation_recorded_before_release_reopens_what_was_attested() {
    let app = TestApp::spawn_demo().await;
    let p = pairing_2(&app).await;
    consent(&app, &p.donor, &p.id, "share_details", &["first_name"]).await;
    consent(&app, &p.patient, &p.id, "share_details", &["first_name"]).await;
    let (_, created) = request(&app, &p.donor, &p.id).await;
    let id = created["id"].as_str().unwrap().to_owned();
    let (status, _) = sign_off(&app, &p.registry, &id, json!({ "counselling_recorded": true })).await;
    assert_eq!(status, 200);
    // A DLI ten days ago: what was attested before it no longer counts (India and Germany do not restart
    // their waiting periods on a DLI, so the date stays where it was).
    let dli =
        json!({ "product": "dli", "collected_on": (app.clock.today() - chrono::TimeDelta::days(10)).to_string() });
    let (status, _) = app.api(&p.registry, POST, &format!("/api/v1/pairings/{}/donations", p.id), Some(dli)).await;
    assert_eq!(status, 201);
    let (status, signed) = sign_off(&app, &p.centre, &id, json!({ "counselling_recorded": true })).await;
    assert_eq!((status, signed["status"].as_str()), (200, Some("requested")), "{signed}");
    let (_, overview) = app.api(&p.donor, GET, &format!("/api/v1/pairings/{}/release", p.id), None).await;
    assert_eq!(overview["request"]["donor_signed"], false, "the donor side signs off again: {overview}");
    let earliest: chrono::NaiveDate = overview["earliest_date"].as_str().unwrap().parse().unwrap();
    assert!(earliest <= app.clock.today(), "{overview}");
    assert!(counterpart(&app, &p.patient, &p.id).await.get("first_name").is_none());
}

async fn at_once(
    app: &Arc<TestApp>,
    calls: Vec<(String, reqwest::Method, String, Option<Value>)>,
) -> Vec<(u16, Value)> {
    let mut set = JoinSet::new();
    for (token, method, path, body) in calls {
        let app = Arc::clone(app);
        set.spawn(async move { app.api(&token, method, &path, body).await });
    }
    set.join_all().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_requests_and_final_sign_offs_decide_once() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let p = pairing_2(&app).await;
    consent(&app, &p.donor, &p.id, "share_details", &["first_name"]).await;
    consent(&app, &p.patient, &p.id, "share_details", &["first_name"]).await;
    let path = format!("/api/v1/pairings/{}/release-requests", p.id);
    let calls = (0..6)
        .map(|i| (if i % 2 == 0 { p.donor.clone() } else { p.patient.clone() }, POST, path.clone(), None))
        .collect();
    let answers = at_once(&app, calls).await;
    assert_eq!(answers.iter().filter(|(s, _)| *s == 201).count(), 1, "{answers:?}");
    assert!(answers.iter().all(|(s, _)| *s == 201 || *s == 409), "{answers:?}");
    let stored = release_requests::Entity::find().count(app.store.read()).await.unwrap();
    assert_eq!(stored, 1);
    let id = answers.iter().find(|(s, _)| *s == 201).unwrap().1["id"].as_str().unwrap().to_owned();

    // Both coordinators sign off at the same moment, several times: one release, one event, one set of news.
    let path = format!("/api/v1/release-requests/{id}/sign-off");
    let body = Some(json!({ "counselling_recorded": true }));
    let calls = (0..8)
        .map(|i| (if i % 2 == 0 { p.registry.clone() } else { p.centre.clone() }, POST, path.clone(), body.clone()))
        .collect();
    let answers = at_once(&app, calls).await;
    assert!(answers.iter().any(|(s, b)| *s == 200 && b["status"] == "released"), "{answers:?}");
    for (status, body) in &answers {
        assert!(*status == 200 || (*status == 409 && body["detail"].is_string()), "{status} {body}");
    }
    let events = audit_events::Entity::find()
        .filter(audit_events::Column::Action.eq("release_completed"))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(events, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_withdrawal_racing_the_last_sign_off_never_releases_to_someone_who_withdrew() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let p = pairing_2(&app).await;
    consent(&app, &p.donor, &p.id, "share_details", &["first_name", "email"]).await;
    consent(&app, &p.patient, &p.id, "share_details", &["first_name"]).await;
    let (_, created) = request(&app, &p.donor, &p.id).await;
    let id = created["id"].as_str().unwrap().to_owned();
    let (status, _) = sign_off(&app, &p.registry, &id, json!({ "counselling_recorded": true })).await;
    assert_eq!(status, 200);
    let calls = vec![
        (
            p.centre.clone(),
            POST,
            format!("/api/v1/release-requests/{id}/sign-off"),
            Some(json!({ "counselling_recorded": true })),
        ),
        (
            p.donor.clone(),
            PUT,
            format!("/api/v1/pairings/{}/consent", p.id),
            Some(json!({ "level": "anonymous_letters", "share": [] })),
        ),
    ];
    let answers = at_once(&app, calls).await;
    assert!(answers.iter().all(|(s, _)| *s == 200 || *s == 409), "{answers:?}");
    // Whichever came first, the donor's details are not visible now.
    let seen = counterpart(&app, &p.patient, &p.id).await;
    assert!(seen.get("first_name").is_none() && seen.get("email").is_none(), "{seen}");
    let live = release_requests::Entity::find()
        .filter(release_requests::Column::Status.eq("requested"))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(live, 0, "the request ended one way or the other");
}

#[tokio::test]
async fn when_the_patient_dies_what_was_under_way_stops_and_the_donor_hears_it_from_their_coordinator() {
    let app = TestApp::spawn_demo().await;
    let p = pairing_2(&app).await;
    consent(&app, &p.donor, &p.id, "share_details", &["first_name"]).await;
    consent(&app, &p.patient, &p.id, "share_details", &["first_name"]).await;
    let (status, _) = request(&app, &p.donor, &p.id).await;
    assert_eq!(status, 201);
    let body = json!({ "body": "Dear friend, I think of you often and hope you are well." });
    let (status, letter) = app.api(&p.donor, POST, &format!("/api/v1/pairings/{}/letters", p.id), Some(body)).await;
    assert_eq!(status, 201, "{letter}");
    let letter = letter["id"].as_str().unwrap().to_owned();
    // The coordinators' news of the request is out before counting what the death sends.
    app.mail.wait_for("registry.coordinator@twinbridge.test").await;
    app.mail.wait_for("centre.coordinator@twinbridge.test").await;
    let mails_before = app.mail.mails().len();

    let died = json!({ "status": "deceased", "on": app.clock.today().to_string() });
    let (status, _) = app.api(&p.centre, POST, &format!("/api/v1/pairings/{}/patient-status", p.id), Some(died)).await;
    assert_eq!(status, 201);

    // The pending release stopped; staff see why, the donor does not.
    let (_, staff_view) = app.api(&p.registry, GET, &format!("/api/v1/pairings/{}/release", p.id), None).await;
    assert_eq!(staff_view["request"]["stop_reason"], "patient-deceased", "{staff_view}");
    let (_, donor_view) = app.api(&p.donor, GET, &format!("/api/v1/pairings/{}/release", p.id), None).await;
    assert_eq!(donor_view["request"]["status"], "stopped");
    assert!(!donor_view.to_string().contains("deceased"), "{donor_view}");
    // The donor's letter is not passed on, and a new one is refused without the reason.
    let approve = Some(json!({ "decision": "approve" }));
    let (status, _) = app.api(&p.registry, POST, &format!("/api/v1/letters/{letter}/reviews"), approve.clone()).await;
    assert_eq!(status, 200, "the donor side passes it on to the patient side");
    let (status, held) = app.api(&p.centre, POST, &format!("/api/v1/letters/{letter}/reviews"), approve).await;
    assert_eq!((status, held["type"].as_str()), (409, Some("/problems/paused")), "{held}");
    let body = json!({ "body": "Another letter." });
    let (status, refused) = app.api(&p.donor, POST, &format!("/api/v1/pairings/{}/letters", p.id), Some(body)).await;
    assert_eq!((status, refused["type"].as_str()), (409, Some("/problems/paused")), "{refused}");
    assert!(!refused.to_string().to_lowercase().contains("died"), "{refused}");
    // The donor side's coordinator is told; no automatic e-mail goes to the donor.
    let mut told = 0;
    for _ in 0..100 {
        told = app.mail.mails()[mails_before..]
            .iter()
            .filter(|m| m.to.iter().any(|r| r.contains("registry.coordinator@")))
            .count();
        if told > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(told, 1, "the donor side's coordinator is told");
    let to_donor =
        app.mail.mails()[mails_before..].iter().filter(|m| m.to.iter().any(|r| r.contains("donor2@"))).count();
    assert_eq!(to_donor, 0);
}

#[tokio::test]
async fn the_donors_answer_before_each_donation_becomes_their_consent() {
    let app = TestApp::spawn_demo().await;
    let p = pairing_2(&app).await;
    let path = format!("/api/v1/pairings/{}/donations", p.id);
    let day = (app.clock.today() - chrono::TimeDelta::days(5)).to_string();
    let (status, refused) = app
        .api(&p.registry, POST, &path, Some(json!({ "product": "dli", "collected_on": day, "donor_choice": "maybe" })))
        .await;
    assert_eq!((status, refused["field"].as_str()), (422, Some("donor_choice")), "{refused}");
    let consent_of_donor = || async {
        let (_, c) = app.api(&p.donor, GET, &format!("/api/v1/pairings/{}/consent", p.id), None).await;
        c["level"].as_str().unwrap_or_default().to_owned()
    };
    assert_eq!(consent_of_donor().await, "anonymous_letters");
    let may_reveal = json!({ "product": "dli", "collected_on": day, "donor_choice": "may_reveal" });
    let (status, _) = app.api(&p.registry, POST, &path, Some(may_reveal)).await;
    assert_eq!(status, 201);
    assert_eq!(consent_of_donor().await, "share_details");
    // A later donation asks again; staying anonymous now takes the sharing back.
    let anonymous = json!({ "product": "cd34-boost", "collected_on": day, "donor_choice": "stay_anonymous" });
    let (status, _) = app.api(&p.registry, POST, &path, Some(anonymous)).await;
    assert_eq!(status, 201);
    assert_eq!(consent_of_donor().await, "anonymous_letters");
}
