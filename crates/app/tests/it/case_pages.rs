//! The read side of the coordinators' case pages: `GET /api/v1/pairings/{id}` for every role, the
//! enriched list with `q` and `filter`, the pages in two languages, and that no page a coordinator reaches
//! names the other side's participant.

use std::collections::{BTreeSet, VecDeque};

use chrono::{NaiveDate, TimeDelta};
use reqwest::Method;
use serde_json::Value;
use twinbridge::demo::{DEMO_PASSWORD, DEMO_TOTP_SECRET};
use twinbridge::web::i18n::Lang;
use twinbridge_domain::Clock;
use twinbridge_store::repo::audit;
use twinbridge_test_support::TestApp;

const REGISTRY: &str = "registry.coordinator@twinbridge.test";
const CENTRE: &str = "centre.coordinator@twinbridge.test";
const DONOR_NAMES: [&str; 4] = ["Aarav", "Mehta", "Pune", "donor@twinbridge.test"];
const PATIENT_NAMES: [&str; 4] = ["Lena", "Vogel", "Regensburg", "patient@twinbridge.test"];

/// A fresh token for a demo account (the clock moves on so that a new TOTP code is valid).
async fn token(app: &TestApp, email: &str) -> String {
    app.clock.advance(TimeDelta::seconds(30));
    app.demo_token(email).await
}

/// The id of the first demo pairing, as its donor lists it.
async fn first_pairing(app: &TestApp) -> String {
    let donor = token(app, "donor@twinbridge.test").await;
    let (status, list) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    assert_eq!(status, 200, "{list}");
    list[0]["id"].as_str().unwrap().to_owned()
}

async fn case_work_reads(app: &TestApp) -> usize {
    audit::with_action(app.store.read(), "identity_read")
        .await
        .unwrap()
        .iter()
        .filter(|e| e.details.contains("case_work"))
        .count()
}

fn assert_names_absent(who: &str, body: &str, names: &[&str]) {
    for name in names {
        assert!(!body.contains(name), "{who} sees {name:?} in {body}");
    }
}

#[tokio::test]
async fn each_role_gets_the_case_as_it_may_see_it() {
    let app = TestApp::spawn_demo().await;
    let id = first_pairing(&app).await;
    let path = format!("/api/v1/pairings/{id}");

    // The donor side's coordinator sees the donor, through an audited read.
    let registry = token(&app, REGISTRY).await;
    let before = case_work_reads(&app).await;
    let (status, case) = app.api(&registry, Method::GET, &path, None).await;
    assert_eq!(status, 200, "{case}");
    assert_eq!(case["participant"]["full_name"], "Aarav Mehta");
    assert_eq!(case["participant"]["email"], "donor@twinbridge.test");
    assert_eq!(case["participant"]["town"], "Pune");
    assert!(case["participant"].get("grid").is_some(), "the GRID field is there (empty for the demo donor)");
    assert_eq!(case["status"], "open");
    assert_eq!(case["donor_country"], "IN");
    assert_eq!(case["patient_country"], "DE");
    assert!(case["reference"].as_str().unwrap().starts_with("TB-"));
    assert!(!case["donations"].as_array().unwrap().is_empty());
    assert!(case["donations"][0]["product"].is_string() && case["donations"][0]["collected_on"].is_string());
    assert!(case["transplant_date"].is_string());
    assert!(!case["consents"].as_array().unwrap().is_empty());
    assert_names_absent("the registry coordinator", &case.to_string(), &PATIENT_NAMES);
    assert_eq!(case_work_reads(&app).await, before + 1, "the read is audited as case work");

    // The patient side's coordinator sees the patient, never the donor.
    let centre = token(&app, CENTRE).await;
    let (status, case) = app.api(&centre, Method::GET, &path, None).await;
    assert_eq!(status, 200, "{case}");
    assert_eq!(case["participant"]["full_name"], "Lena Vogel");
    assert_names_absent("the centre coordinator", &case.to_string(), &DONOR_NAMES);

    // Participants see the case but nobody's identity, and only their own consent.
    for who in ["donor@twinbridge.test", "patient@twinbridge.test"] {
        let participant = token(&app, who).await;
        let (status, case) = app.api(&participant, Method::GET, &path, None).await;
        assert_eq!(status, 200, "{who}: {case}");
        assert!(case.get("participant").is_none(), "{who}: {case}");
        assert_eq!(case["consents"].as_array().unwrap().len(), 1, "{who}: {case}");
        let body = case.to_string();
        assert_names_absent(who, &body, &DONOR_NAMES);
        assert_names_absent(who, &body, &PATIENT_NAMES);
        assert!(!body.contains("Demo Transplant Centre") && !body.contains("Demo Donor Registry"), "{body}");
    }
    let donor = token(&app, "donor@twinbridge.test").await;
    let (_, case) = app.api(&donor, Method::GET, &path, None).await;
    assert!(case["patient_status"].is_null(), "the donor learns the patient's health by screened updates only");

    // An outsider, a missing and a malformed id: 404 alike.
    let france = token(&app, "france.coordinator@twinbridge.test").await;
    assert_eq!(app.api(&france, Method::GET, &path, None).await.0, 404);
    let admin = token(&app, "admin@twinbridge.test").await;
    assert_eq!(app.api(&admin, Method::GET, &path, None).await.0, 404);
    let missing = format!("/api/v1/pairings/{}", uuid::Uuid::new_v4());
    assert_eq!(app.api(&registry, Method::GET, &missing, None).await.0, 404);
    assert_eq!(app.api(&registry, Method::GET, "/api/v1/pairings/not-an-id", None).await.0, 404);
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn the_list_is_enriched_searched_and_filtered() {
    let app = TestApp::spawn_demo().await;
    let first = first_pairing(&app).await;
    let registry = token(&app, REGISTRY).await;
    let (status, all) = app.api(&registry, Method::GET, "/api/v1/pairings", None).await;
    assert_eq!(status, 200, "{all}");
    let row = all.as_array().unwrap().iter().find(|r| r["id"] == first.as_str()).unwrap().clone();
    assert_eq!(row["status"], "open");
    assert_eq!(row["donor_country"], "IN");
    assert_eq!(row["patient_country"], "DE");
    assert!(row["last_donation"]["collected_on"].is_string());
    assert!(row["transplant_date"].is_string());
    assert!(row["release_earliest_date"].is_string(), "{row}");
    assert_eq!(row["waiting"]["letters_to_review"], 1, "the donor's letter waits for the registry: {row}");
    assert_eq!(row["role"], "coordinator");
    // The list's policies, computed for all rows at once, say what each pairing's own policy says.
    for line in all.as_array().unwrap() {
        let path = format!("/api/v1/pairings/{}/policy", line["id"].as_str().unwrap());
        let (_, policy) = app.api(&registry, Method::GET, &path, None).await;
        assert_eq!(line["release_earliest_date"], policy["identity_release"]["earliest_date"], "{line}");
    }

    // Search: part of the reference, any case.
    let reference = row["reference"].as_str().unwrap();
    let part = reference[3..9].to_lowercase();
    let (_, found) = app.api(&registry, Method::GET, &format!("/api/v1/pairings?q={part}"), None).await;
    assert_eq!(ids(&found), vec![first.clone()]);
    let (_, none) = app.api(&registry, Method::GET, "/api/v1/pairings?q=nothing-like-it", None).await;
    assert!(none.as_array().unwrap().is_empty());

    // Filters.
    let (_, waiting) = app.api(&registry, Method::GET, "/api/v1/pairings?filter=waiting", None).await;
    assert_eq!(ids(&waiting), vec![first.clone()]);
    let (_, in_review) = app.api(&registry, Method::GET, "/api/v1/pairings?filter=in_review", None).await;
    assert_eq!(ids(&in_review), vec![first.clone()]);
    let (_, closed) = app.api(&registry, Method::GET, "/api/v1/pairings?filter=closed", None).await;
    assert!(closed.as_array().unwrap().is_empty());
    // The patient side does not see the letter before the donor side passed it on: nothing waits there.
    let centre = token(&app, CENTRE).await;
    let (_, theirs) = app.api(&centre, Method::GET, "/api/v1/pairings?filter=in_review", None).await;
    assert!(theirs.as_array().unwrap().is_empty(), "{theirs}");

    // An unknown filter is refused naming the field.
    let response =
        app.client.get(app.url("/api/v1/pairings?filter=soonish")).bearer_auth(&registry).send().await.unwrap();
    assert_eq!(response.status(), 422);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["type"], "/problems/invalid-field");
    assert_eq!(problem["field"], "filter");

    // Release soon: nothing now; once the clock is within 30 days of the first pairing's date, that one.
    let (_, soon) = app.api(&registry, Method::GET, "/api/v1/pairings?filter=release_soon", None).await;
    assert!(!ids(&soon).contains(&first), "{soon}");
    let date: NaiveDate = row["release_earliest_date"].as_str().unwrap().parse().unwrap();
    let days = (date - app.clock.today()).num_days() - 10;
    assert!(days > 0, "the demo release date lies ahead");
    app.clock.advance(TimeDelta::days(days));
    let registry = token(&app, REGISTRY).await;
    let (_, soon) = app.api(&registry, Method::GET, "/api/v1/pairings?filter=release_soon", None).await;
    assert!(ids(&soon).contains(&first), "{soon}");
    for row in soon.as_array().unwrap() {
        let d: NaiveDate = row["release_earliest_date"].as_str().unwrap().parse().unwrap();
        assert!(d >= app.clock.today() && d <= app.clock.today() + TimeDelta::days(30), "{row}");
    }
}

/// A cookie client signed in as a demo staff member.
async fn signed_in(app: &TestApp, email: &str) -> reqwest::Client {
    app.clock.advance(TimeDelta::seconds(30));
    let code = app.totp_code(DEMO_TOTP_SECRET);
    let client = app.cookie_client();
    let signed = app.browser_sign_in(&client, email, DEMO_PASSWORD, Some(&code)).await;
    assert_eq!(signed.status(), 303, "{email} signs in");
    client
}

async fn page(app: &TestApp, client: &reqwest::Client, path: &str, lang: Lang) -> (u16, String) {
    let response = client.get(app.url(path)).header("accept-language", lang.code()).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn the_case_pages_render_for_staff_in_english_and_german() {
    let app = TestApp::spawn_demo().await;
    let first = first_pairing(&app).await;
    let registry = signed_in(&app, REGISTRY).await;
    for lang in [Lang::En, Lang::De] {
        let (status, html) = page(&app, &registry, "/pairings", lang).await;
        assert_eq!(status, 200, "{html}");
        assert!(html.contains(&lang.t("cases-caption")), "{html}");
        assert!(html.contains(&format!("<label for=\"cases-q\">{}</label>", lang.t("cases-search-label"))));
        assert!(html.contains(&lang.t("cases-filter-waiting")));
        assert!(html.contains(&format!("/pairings/{first}")));
        assert!(html.contains(&lang.t("case-status-open")));

        let (status, html) = page(&app, &registry, "/pairings?filter=waiting&q=", lang).await;
        assert_eq!(status, 200);
        assert!(html.contains(&format!("/pairings/{first}")));
        assert!(html.contains("<option value=\"waiting\" selected>"), "the chosen filter stays chosen");
        let (status, html) = page(&app, &registry, "/pairings?q=nothing-like-it", lang).await;
        assert_eq!(status, 200);
        assert!(html.contains(&lang.t("cases-empty-filtered")) && html.contains("value=\"nothing-like-it\""));
        assert_eq!(page(&app, &registry, "/pairings?filter=soonish", lang).await.0, 422);

        let (status, html) = page(&app, &registry, &format!("/pairings/{first}"), lang).await;
        assert_eq!(status, 200, "{html}");
        assert!(html.contains("Aarav Mehta") && html.contains("donor@twinbridge.test"), "{html}");
        assert!(html.contains(&lang.t("case-timeline-heading")));
        assert!(html.contains(&lang.t("case-timeline-caption")));
        assert!(html.contains(&lang.t("case-event-transplant")));
        assert_names_absent("the registry's case page", &html, &PATIENT_NAMES);

        let (status, html) = page(&app, &registry, "/review", lang).await;
        assert_eq!(status, 200);
        assert!(html.contains(&lang.t("queue-col-pairing")));
        assert!(html.contains(&lang.t_args("queue-days", &[("days".into(), "2".into())])), "{html}");
    }
    let centre = signed_in(&app, CENTRE).await;
    let (status, html) = page(&app, &centre, &format!("/pairings/{first}"), Lang::De).await;
    assert_eq!(status, 200);
    assert!(html.contains("Lena Vogel"));
    assert_names_absent("the centre's case page", &html, &DONOR_NAMES);

    // Participants keep their simple list.
    let donor = app.cookie_client();
    app.browser_sign_in(&donor, "donor@twinbridge.test", DEMO_PASSWORD, None).await;
    let (status, html) = page(&app, &donor, "/pairings", Lang::En).await;
    assert_eq!(status, 200);
    assert!(!html.contains("cases-q") && !html.contains(&Lang::En.t("cases-caption")));
}

/// Every page a signed-in client reaches by links from the case list and the review queue (with query
/// strings, so the filters are followed too).
async fn reachable(app: &TestApp, client: &reqwest::Client) -> Vec<(String, String)> {
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::from(["/home".to_owned(), "/pairings".to_owned(), "/review".to_owned()]);
    let mut bodies = Vec::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || seen.len() > 80 {
            continue;
        }
        let body = client.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
        for link in body.split("href=\"").skip(1).filter_map(|s| s.split('"').next()) {
            if link.starts_with('/') && !link.starts_with("/static/") && !link.starts_with("//") {
                queue.push_back(link.replace("&amp;", "&"));
            }
        }
        bodies.push((path, body));
    }
    bodies
}

#[tokio::test]
async fn no_page_a_coordinator_reaches_names_the_other_side() {
    let app = TestApp::spawn_demo().await;
    for (who, forbidden, own) in [(REGISTRY, PATIENT_NAMES, "Aarav Mehta"), (CENTRE, DONOR_NAMES, "Lena Vogel")] {
        let client = signed_in(&app, who).await;
        let bodies = reachable(&app, &client).await;
        assert!(bodies.iter().any(|(_, b)| b.contains(own)), "{who} reaches their own side's case page");
        assert!(bodies.iter().any(|(p, _)| p.contains("filter=")), "{who}: the filter links are followed");
        for (path, body) in &bodies {
            assert_names_absent(&format!("{who} on {path}"), body, &forbidden);
        }
        let token = token(&app, who).await;
        let (_, list) = app.api(&token, Method::GET, "/api/v1/pairings", None).await;
        assert_names_absent(who, &list.to_string(), &forbidden);
        for id in ids(&list) {
            let (_, case) = app.api(&token, Method::GET, &format!("/api/v1/pairings/{id}"), None).await;
            assert_names_absent(who, &case.to_string(), &forbidden);
        }
    }
}
