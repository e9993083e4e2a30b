//! Meetings after release: proposed by one side, answered by the other, arranged by the coordinators,
//! cancelled by either; never before release; simultaneous answers decide once.

use std::sync::Arc;

use serde_json::json;
use tokio::task::JoinSet;
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;

use crate::release::released_pairing_2;

const POST: reqwest::Method = reqwest::Method::POST;
const GET: reqwest::Method = reqwest::Method::GET;
const PUT: reqwest::Method = reqwest::Method::PUT;

#[tokio::test]
async fn a_meeting_is_proposed_accepted_arranged_and_cancelled_by_the_right_people() {
    let app = TestApp::spawn_demo().await;
    // Before release there is no meeting.
    let donor1 = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor1, GET, "/api/v1/pairings", None).await;
    let first = pairings[0]["id"].as_str().unwrap();
    let (status, refused) =
        app.api(&donor1, POST, &format!("/api/v1/pairings/{first}/meetings"), Some(json!({"note": "Hello"}))).await;
    assert_eq!((status, refused["type"].as_str()), (409, Some("/problems/meeting-not-released")), "{refused}");

    let p = released_pairing_2(&app).await;
    let path = format!("/api/v1/pairings/{}/meetings", p.id);
    let (status, _) = app.api(&p.registry, POST, &path, Some(json!({"note": "x"}))).await;
    assert_eq!(status, 403, "coordinators do not propose");
    let (status, proposed) =
        app.api(&p.patient, POST, &path, Some(json!({"note": "I would love to thank you in person."}))).await;
    assert_eq!((status, proposed["status"].as_str()), (201, Some("proposed")), "{proposed}");
    let id = proposed["id"].as_str().unwrap().to_owned();
    let (status, again) = app.api(&p.donor, POST, &path, Some(json!({"note": "me too"}))).await;
    assert_eq!((status, again["type"].as_str()), (409, Some("/problems/meeting-open")), "{again}");
    let (status, own) = app.api(&p.patient, POST, &format!("/api/v1/meetings/{id}/accept"), None).await;
    assert_eq!((status, own["type"].as_str()), (409, Some("/problems/meeting-own-proposal")), "{own}");
    // Arrangements wait for the answer.
    let arrangements = json!({
        "date": (app.clock.today() + chrono::TimeDelta::days(30)).to_string(),
        "place": "Registry office, meeting room 2",
        "staff_attending": ["Registry coordinator", "Centre coordinator"],
        "media_consent": {"donor": true, "patient": false},
    });
    let (status, _) = app.api(&p.registry, PUT, &format!("/api/v1/meetings/{id}"), Some(arrangements.clone())).await;
    assert_eq!(status, 409);
    let (status, accepted) = app.api(&p.donor, POST, &format!("/api/v1/meetings/{id}/accept"), None).await;
    assert_eq!((status, accepted["status"].as_str()), (200, Some("accepted")), "{accepted}");
    let (status, _) = app.api(&p.donor, PUT, &format!("/api/v1/meetings/{id}"), Some(arrangements.clone())).await;
    assert_eq!(status, 403, "participants do not arrange");
    let (status, arranged) = app.api(&p.centre, PUT, &format!("/api/v1/meetings/{id}"), Some(arrangements)).await;
    assert_eq!(status, 200, "{arranged}");
    assert_eq!(arranged["place"], "Registry office, meeting room 2");
    assert_eq!(arranged["media_consent"], json!({"donor": true, "patient": false}));
    let (_, seen) = app.api(&p.donor, GET, &path, None).await;
    assert_eq!(seen[0]["status"], "accepted");
    assert_eq!(seen[0]["note"], "I would love to thank you in person.");
    // A day in the past is refused, naming the field.
    let (status, bad) =
        app.api(&p.centre, PUT, &format!("/api/v1/meetings/{id}"), Some(json!({"date": "2001-01-01"}))).await;
    assert_eq!((status, bad["field"].as_str()), (422, Some("date")), "{bad}");
    // Either side calls it off; then a new one may be proposed.
    let (status, cancelled) = app.api(&p.patient, POST, &format!("/api/v1/meetings/{id}/cancel"), None).await;
    assert_eq!((status, cancelled["status"].as_str()), (200, Some("cancelled")), "{cancelled}");
    let (status, _) = app.api(&p.donor, POST, &format!("/api/v1/meetings/{id}/cancel"), None).await;
    assert_eq!(status, 409);
    let (status, _) = app.api(&p.donor, POST, &path, Some(json!({"note": "Another time?"}))).await;
    assert_eq!(status, 201);
    // Staff of an organisation outside the pairing see nothing.
    let france = app.demo_token("france.coordinator@twinbridge.test").await;
    let (status, _) = app.api(&france, GET, &path, None).await;
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_answer_and_a_cancellation_at_the_same_moment_decide_once() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let p = released_pairing_2(&app).await;
    let (_, proposed) =
        app.api(&p.donor, POST, &format!("/api/v1/pairings/{}/meetings", p.id), Some(json!({"note": "Meet?"}))).await;
    let id = proposed["id"].as_str().unwrap().to_owned();
    let mut set = JoinSet::new();
    for i in 0..6 {
        let (app, id) = (Arc::clone(&app), id.clone());
        let (token, step) = if i % 2 == 0 { (p.patient.clone(), "accept") } else { (p.patient.clone(), "decline") };
        set.spawn(async move { app.api(&token, POST, &format!("/api/v1/meetings/{id}/{step}"), None).await });
    }
    let answers = set.join_all().await;
    assert_eq!(answers.iter().filter(|(s, _)| *s == 200).count(), 1, "{answers:?}");
    assert!(answers.iter().all(|(s, b)| *s == 200 || (*s == 409 && b["detail"].is_string())), "{answers:?}");
    // Both sides cancelling at once: once.
    let mut set = JoinSet::new();
    for i in 0..6 {
        let (app, id) = (Arc::clone(&app), id.clone());
        let token = if i % 2 == 0 { p.donor.clone() } else { p.patient.clone() };
        set.spawn(async move { app.api(&token, POST, &format!("/api/v1/meetings/{id}/cancel"), None).await });
    }
    let answers = set.join_all().await;
    let cancelled = answers.iter().filter(|(s, _)| *s == 200).count();
    let (_, listed) = app.api(&p.donor, GET, &format!("/api/v1/pairings/{}/meetings", p.id), None).await;
    // A declined proposal cannot be cancelled; an accepted one is cancelled exactly once.
    assert_eq!(cancelled, usize::from(listed[0]["status"] == "cancelled"), "{answers:?} {listed}");
    // Simultaneous proposals: one.
    let mut set = JoinSet::new();
    for i in 0..6 {
        let app = Arc::clone(&app);
        let token = if i % 2 == 0 { p.donor.clone() } else { p.patient.clone() };
        let path = format!("/api/v1/pairings/{}/meetings", p.id);
        set.spawn(async move { app.api(&token, POST, &path, Some(json!({"note": "again"}))).await });
    }
    let answers = set.join_all().await;
    let (_, listed) = app.api(&p.donor, GET, &format!("/api/v1/pairings/{}/meetings", p.id), None).await;
    let open =
        listed.as_array().unwrap().iter().filter(|m| m["status"] == "proposed" || m["status"] == "accepted").count();
    let created = answers.iter().filter(|(s, _)| *s == 201).count();
    // After a decline nothing is open and one proposal wins; after a cancellation likewise.
    assert_eq!((open, created), (1, 1), "{answers:?} {listed}");
}
