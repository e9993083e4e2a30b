//! Statistics for staff (`GET /api/v1/statistics`, `/statistics`, `/statistics.csv`): the figures of the
//! caller's organisation only, small counts suppressed, no identity or text, refused to participants.

use chrono::{DateTime, TimeDelta, Utc};
use reqwest::Method;
use serde_json::{Value, json};
use twinbridge_domain::letter::{Decision, LetterStatus};
use twinbridge_domain::rules::Side;
use twinbridge_domain::{AccountId, Clock, Email, LetterId, PairingId, ReviewId};
use twinbridge_store::repo;
use twinbridge_store::repo::letters::{Letter, Review};
use twinbridge_test_support::TestApp;

const REGISTRY: &str = "registry.coordinator@twinbridge.test";
const CENTRE: &str = "centre.coordinator@twinbridge.test";
const FRANCE: &str = "france.coordinator@twinbridge.test";
const AUDITOR: &str = "auditor@twinbridge.test";
const ADMIN: &str = "admin@twinbridge.test";

async fn token(app: &TestApp, who: &str) -> String {
    app.clock.advance(TimeDelta::seconds(30));
    app.demo_token(who).await
}

async fn account(app: &TestApp, email: &str) -> AccountId {
    let email = Email::parse(email).unwrap();
    repo::accounts::find_by_email(app.store.read(), &app.keys, &email).await.unwrap().unwrap().id
}

/// The first demo pairing (donor@ and patient@), and its donor's participant.
async fn demo_pairing(app: &TestApp) -> (PairingId, twinbridge_domain::ParticipantId) {
    let donor = token(app, "donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = PairingId::from_uuid(pairings[0]["id"].as_str().unwrap().parse().unwrap());
    let participants = repo::pairings::participants(app.store.read(), pairing).await.unwrap();
    (pairing, participants.iter().find(|p| p.role.is_donor_side()).unwrap().id)
}

/// Stores a donor's letter submitted at `submitted`, approved by the donor side after `hours.0` hours and by
/// the patient side `hours.1` hours later, and delivered.
async fn delivered_letter(
    app: &TestApp,
    pairing: PairingId,
    writer: twinbridge_domain::ParticipantId,
    submitted: DateTime<Utc>,
    hours: (i64, i64),
    redactions: &str,
) {
    let registry = account(app, REGISTRY).await;
    let centre = account(app, CENTRE).await;
    let donor_decided = submitted + TimeDelta::hours(hours.0);
    let patient_decided = donor_decided + TimeDelta::hours(hours.1);
    let letter = Letter {
        id: LetterId::random(),
        pairing,
        writer: Some(writer),
        writer_side: Side::Donor,
        language: "en".into(),
        in_reply_to: None,
        status: LetterStatus::Delivered,
        body: "Sunil from Pune says hello".into(),
        created_at: submitted,
        submitted_at: Some(submitted),
        delivered_at: Some(patient_decided),
        read_at: None,
        entered_by: None,
        received_on: None,
        sent_at: None,
        health: None,
    };
    repo::letters::insert(app.store.read(), &app.keys, &letter).await.unwrap();
    for (side, reviewer, at) in [(Side::Donor, registry, donor_decided), (Side::Patient, centre, patient_decided)] {
        let review = Review {
            id: ReviewId::random(),
            letter: letter.id,
            side,
            reviewer: Some(reviewer),
            decision: Decision::Approve,
            redactions: if side == Side::Donor { redactions.into() } else { "[]".into() },
            note: None,
            approved_text: Some("[name] says hello".into()),
            passed_attachments: Vec::new(),
            created_at: at,
        };
        repo::letters::add_review(app.store.read(), &app.keys, &review).await.unwrap();
    }
}

/// Every number in the document that is a count (an integer) is 0 or at least 5.
fn assert_no_small_numbers(value: &Value) {
    match value {
        Value::Number(n) => {
            if let Some(n) = n.as_u64() {
                assert!(n == 0 || n >= 5, "a count of {n} is shown");
            }
        }
        Value::Array(items) => items.iter().for_each(assert_no_small_numbers),
        Value::Object(map) => map.values().for_each(assert_no_small_numbers),
        _ => {}
    }
}

#[tokio::test]
async fn the_registry_sees_its_letters_and_turnaround_with_small_counts_suppressed() {
    let app = TestApp::spawn_demo().await;
    let registry = token(&app, REGISTRY).await;

    // The demo: one letter delivered (patient side decided after 24 h, donor side 48 h later), one in review.
    let (status, figures) = app.api(&registry, Method::GET, "/api/v1/statistics", None).await;
    assert_eq!(status, 200, "{figures}");
    assert_eq!(figures["organisation"]["name"], "Demo Donor Registry India");
    assert_eq!(figures["letters"]["submitted"], "<5");
    assert_eq!(figures["letters"]["by_status"]["delivered"], "<5");
    assert_eq!(figures["letters"]["by_status"]["in_review"], "<5");
    assert_eq!(figures["letters"]["by_status"]["returned"], 0, "zero is shown");
    let donor_side = &figures["review_turnaround_hours"]["donor_side"];
    assert_eq!((donor_side["own"].clone(), donor_side["count"].clone()), (json!(true), json!("<5")));
    assert!(donor_side["median"].is_null() && donor_side["p90"].is_null(), "too few decisions: {donor_side}");
    assert_eq!(figures["review_turnaround_hours"]["patient_side"]["own"], false);
    assert_no_small_numbers(&figures);

    // Five more letters: the figures appear. Donor side: 2, 4, 6, 8, 10 h and the demo's 48 h; patient side:
    // 1 h five times and the demo's 24 h.
    let (pairing, donor) = demo_pairing(&app).await;
    let sent = app.clock.now() - TimeDelta::days(20);
    let marked = r#"[{"start":0,"end":5,"category":"PERSON"},{"start":11,"end":15,"category":"LOCATION"}]"#;
    for hours in [2, 4, 6, 8, 10] {
        delivered_letter(&app, pairing, donor, sent + TimeDelta::hours(1), (hours, 1), marked).await;
    }
    let (status, figures) = app.api(&registry, Method::GET, "/api/v1/statistics", None).await;
    assert_eq!(status, 200);
    assert_eq!(figures["letters"]["submitted"], 7);
    assert_eq!(figures["letters"]["by_status"]["delivered"], 6);
    assert_eq!(figures["letters"]["by_writer_side"]["donor_side"], 6);
    let turnaround = &figures["review_turnaround_hours"];
    assert_eq!(turnaround["donor_side"], json!({"own": true, "count": 6, "median": 7.0, "p90": 48.0}));
    assert_eq!(turnaround["patient_side"], json!({"own": false, "count": 6, "median": 1.0, "p90": 24.0}));
    let month = sent.format("%Y-%m").to_string();
    let months = figures["letters"]["by_month"].as_array().unwrap();
    let that_month = months.iter().find(|m| m["month"] == month.as_str()).unwrap();
    assert_eq!((that_month["submitted"].clone(), that_month["delivered"].clone()), (json!(6), json!(6)));
    assert_eq!(figures["redactions"]["by_category"]["PERSON"], 5);
    assert_eq!(figures["redactions"]["by_category"]["LOCATION"], 5);
    assert_eq!(figures["redactions"]["letters_approved"], 6);
    assert_eq!(figures["redactions"]["per_letter_mean"], 1.67);
    assert_no_small_numbers(&figures);
    // No text or identity of any letter is in the figures.
    let text = figures.to_string();
    assert!(!text.contains("Sunil") && !text.contains("Pune") && !text.contains("hello"), "{text}");

    // A period ending before the five letters leaves them out.
    let before = (sent - TimeDelta::days(1)).date_naive();
    let path = format!("/api/v1/statistics?to={before}");
    let (status, earlier) = app.api(&registry, Method::GET, &path, None).await;
    assert_eq!(status, 200, "{earlier}");
    assert_eq!(earlier["letters"]["submitted"], 0);
    assert_eq!(earlier["period"], json!({"from": null, "to": before.to_string()}));

    // The page: tables beside charts, suppressed counts in words, the CSV link.
    let browser = app.signed_in_client(REGISTRY).await;
    let response = browser.get(app.url("/statistics")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("role=\"img\"") && page.contains("<title id=\"chart-months-title\">"), "{page}");
    assert!(page.contains("<caption>") && page.contains("&#60; 5"), "{page}");
    assert!(
        page.contains("href=\"/statistics.csv\"") && page.contains("href=\"/statistics\""),
        "linked in the navigation"
    );
    assert!(!page.contains("Sunil") && !page.contains("<script"));
}

#[tokio::test]
async fn participants_are_refused_and_every_staff_member_reads_their_own_organisation() {
    let app = TestApp::spawn_demo().await;
    for participant in ["donor@twinbridge.test", "patient@twinbridge.test"] {
        let token = token(&app, participant).await;
        for path in ["/api/v1/statistics", "/statistics", "/statistics.csv"] {
            let response = app.client.get(app.url(path)).bearer_auth(&token).send().await.unwrap();
            assert_eq!(response.status(), 404, "{participant} on {path}");
        }
    }
    let (status, _) = app.api("not-a-token", Method::GET, "/api/v1/statistics", None).await;
    assert_eq!(status, 401);

    // The German centre stands on the patient side of the demo pairing; France has no pairing with letters.
    let centre = token(&app, CENTRE).await;
    let (status, figures) = app.api(&centre, Method::GET, "/api/v1/statistics", None).await;
    assert_eq!(status, 200);
    assert_eq!(figures["organisation"]["name"], "Demo Transplant Centre Germany");
    assert_eq!(figures["letters"]["submitted"], "<5");
    assert_eq!(figures["review_turnaround_hours"]["patient_side"]["own"], true);
    let france = token(&app, FRANCE).await;
    let (status, figures) = app.api(&france, Method::GET, "/api/v1/statistics", None).await;
    assert_eq!(status, 200);
    assert_eq!(figures["letters"]["submitted"], 0, "another organisation's letters are not counted");
    assert_eq!(figures["letters"]["by_month"], json!([]));
    // The registry's auditor and administrator read the registry's figures.
    for who in [AUDITOR, ADMIN] {
        let token = token(&app, who).await;
        let (status, figures) = app.api(&token, Method::GET, "/api/v1/statistics", None).await;
        assert_eq!(status, 200, "{who}");
        assert_eq!(figures["organisation"]["name"], "Demo Donor Registry India", "{who}");
    }

    // Letters in a pairing of the registry with another centre count for the registry, not for Germany.
    let swiss = repo::organisations::list(app.store.read())
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name.as_str() == "Demo Transplant Centre Switzerland")
        .unwrap();
    let swiss_pairing = repo::statistics::pairings_of(app.store.read(), swiss.id).await.unwrap()[0].pairing;
    let swiss_pairing = PairingId::from_uuid(swiss_pairing);
    let swiss_donor = repo::pairings::participants(app.store.read(), swiss_pairing)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.role.is_donor_side())
        .unwrap()
        .id;
    let sent = app.clock.now() - TimeDelta::days(3);
    for _ in 0..5 {
        delivered_letter(&app, swiss_pairing, swiss_donor, sent, (1, 1), "[]").await;
    }
    let registry = token(&app, REGISTRY).await;
    let (_, figures) = app.api(&registry, Method::GET, "/api/v1/statistics", None).await;
    assert_eq!(figures["letters"]["submitted"], 7, "the demo's two and the Swiss pairing's five");
    let (_, figures) = app.api(&centre, Method::GET, "/api/v1/statistics", None).await;
    assert_eq!(figures["letters"]["submitted"], "<5", "Germany still sees only its own pairing's two");
}

#[tokio::test]
async fn a_service_token_needs_the_statistics_scope() {
    let app = TestApp::spawn_demo().await;
    let admin = token(&app, ADMIN).await;
    let mut tokens = Vec::new();
    for (name, scope) in [("Reports", "statistics:read"), ("Cases", "cases:read")] {
        let body = json!({"name": name, "scopes": [scope]});
        let (status, created) = app.api(&admin, Method::POST, "/api/v1/service-tokens", Some(body)).await;
        assert_eq!(status, 201, "{created}");
        tokens.push(created["token"].as_str().unwrap().to_owned());
    }
    let (status, figures) = app.api(&tokens[0], Method::GET, "/api/v1/statistics", None).await;
    assert_eq!(status, 200, "{figures}");
    assert_eq!(figures["organisation"]["name"], "Demo Donor Registry India");
    assert_eq!(app.api(&tokens[1], Method::GET, "/api/v1/statistics", None).await.0, 403);
    // Pages are for people: the page and its CSV are not open to a token.
    for path in ["/statistics", "/statistics.csv"] {
        let response = app.client.get(app.url(path)).bearer_auth(&tokens[0]).send().await.unwrap();
        assert!([401, 403, 404].contains(&response.status().as_u16()), "{path}: {}", response.status());
    }
}

#[tokio::test]
async fn the_csv_is_well_formed_and_holds_the_same_figures() {
    let app = TestApp::spawn_demo().await;
    let registry = token(&app, REGISTRY).await;
    let response = app.client.get(app.url("/statistics.csv")).bearer_auth(&registry).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(response.headers()["content-disposition"].to_str().unwrap().contains("statistics.csv"));
    let body = response.text().await.unwrap();
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(body.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), ["section", "item", "value"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|r| r.len() == 3), "every row has three cells");
    let value = |section: &str, item: &str| {
        rows.iter().find(|r| &r[0] == section && &r[1] == item).map(|r| r[2].to_owned()).unwrap()
    };
    assert_eq!(value("organisation", "name"), "Demo Donor Registry India");
    assert_eq!(value("letters", "submitted"), "<5");
    assert_eq!(value("letters_by_status", "returned"), "0");
    assert_eq!(value("review_turnaround_hours_donor_side", "median"), "", "not shown from too few");
    let formula = |cell: &str| cell.starts_with(['=', '+', '-', '@']);
    assert!(rows.iter().all(|r| r.iter().all(|cell| !formula(cell))), "{body}");
    // The period carries over to the file.
    let response =
        app.client.get(app.url("/statistics.csv?from=2026-01-01")).bearer_auth(&registry).send().await.unwrap();
    assert!(response.text().await.unwrap().contains("period,from,2026-01-01"));
}

#[tokio::test]
async fn a_bad_period_is_refused_clearly_and_changes_nothing() {
    let app = TestApp::spawn_demo().await;
    let registry = token(&app, REGISTRY).await;
    let before = repo::audit::verify(app.store.read(), &app.keys).await.unwrap();
    for (query, field) in [
        ("from=2026-13-01", "from"),
        ("to=yesterday", "to"),
        ("from=2026-03-02&to=2026-03-01", "from"),
        ("from=0226-01-01", "from"),
    ] {
        let response = app
            .client
            .get(app.url(&format!("/api/v1/statistics?{query}")))
            .bearer_auth(&registry)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422, "{query}");
        assert_eq!(response.headers()["content-type"], "application/problem+json", "{query}");
        let problem: Value = response.json().await.unwrap();
        assert!(problem["detail"].as_str().unwrap().starts_with(&format!("{field}:")), "{query}: {problem}");
        let csv = app.client.get(app.url(&format!("/statistics.csv?{query}"))).bearer_auth(&registry).send().await;
        assert_eq!(csv.unwrap().status(), 422, "{query}");
    }
    // The refused requests wrote nothing.
    let events = |v: &repo::audit::Verification| match v {
        repo::audit::Verification::Intact { events } => *events,
        repo::audit::Verification::Broken { .. } => panic!("the audit chain is broken"),
    };
    let after = repo::audit::verify(app.store.read(), &app.keys).await.unwrap();
    assert_eq!(events(&after), events(&before));

    let browser = app.signed_in_client(REGISTRY).await;
    let response = browser.get(app.url("/statistics?from=2026-04-01&to=2026-03-01")).send().await.unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("role=\"alert\"") && page.contains("value=\"2026-04-01\""), "the form keeps the input");
    assert!(!page.contains("role=\"img\""), "no figures for a period that is not one");
}
