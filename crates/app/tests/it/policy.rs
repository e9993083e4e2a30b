//! The contact policy: `twinbridge policy explain|list`, `GET /api/v1/pairings/{id}/policy`, `/rules`.

use std::process::Command;

use serde_json::Value;
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;

fn twinbridge(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_twinbridge")).args(args).output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn explain(args: &[&str]) -> Value {
    let mut all = vec!["policy", "explain", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = twinbridge(&all);
    assert_eq!(code, Some(0), "{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn explain_gives_the_documented_json_for_real_country_pairs() {
    let india = explain(&[
        "--donor-country",
        "IN",
        "--patient-country",
        "IN",
        "--donation",
        "2024-03-01:pbsc",
        "--today",
        "2026-11-28",
    ]);
    assert_eq!(india["anonymous_letters"]["allowed"], true);
    assert_eq!(india["identity_release"]["possible"], "after_period");
    assert_eq!(india["identity_release"]["months"], 24);
    assert_eq!(india["identity_release"]["counted_from"], "last_donation");
    assert_eq!(india["identity_release"]["earliest_date"], "2026-03-01");
    assert!(
        india["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["rule"] == "IN DKMS-BMST" && r["source"].as_str().unwrap().starts_with("http"))
    );

    // A later DLI moves the date.
    let dli = explain(&[
        "--donor-country",
        "IN",
        "--patient-country",
        "IN",
        "--donation",
        "2024-03-01:pbsc",
        "--donation",
        "2025-01-31:dli",
        "--today",
        "2026-11-28",
    ]);
    assert_eq!(dli["identity_release"]["earliest_date"], "2027-01-31");

    let france = explain(&[
        "--donor-country",
        "IN",
        "--patient-country",
        "FR",
        "--donation",
        "2024-03-01:pbsc",
        "--today",
        "2026-11-28",
    ]);
    assert_eq!(france["identity_release"]["possible"], "never");
    assert_eq!(france["identity_release"]["earliest_date"], Value::Null);
    assert_eq!(france["anonymous_letters"]["allowed"], true);

    let cord = explain(&["--donor-country", "US", "--patient-country", "DE", "--donation", "2024-03-01:cord-blood"]);
    assert_eq!(cord["anonymous_letters"]["allowed"], false);
    assert_eq!(cord["identity_release"]["possible"], "never");

    let unknown = explain(&["--donor-country", "SE", "--patient-country", "DE", "--donation", "2024-03-01:pbsc"]);
    assert_eq!(unknown["identity_release"]["possible"], "unknown");
    assert_ne!(unknown["anonymous_letters"]["allowed"], true, "unknown is never permission");
}

#[test]
fn explain_refuses_bad_input_with_exit_code_2() {
    for args in [
        vec!["policy", "explain", "--donor-country", "XX", "--patient-country", "DE"],
        vec!["policy", "explain", "--donor-country", "IN", "--patient-country", "UK"],
        vec!["policy", "explain", "--donor-country", "IN", "--patient-country", "DE", "--donation", "2024-13-01:pbsc"],
        vec!["policy", "explain", "--donor-country", "IN", "--patient-country", "DE", "--donation", "2024-03-01:blood"],
        vec!["policy", "explain", "--donor-country", "IN", "--patient-country", "DE", "--donor-org", "IN Nobody"],
        vec!["policy", "explain", "--donor-country", "IN", "--patient-country", "DE", "--patient-status", "fine"],
    ] {
        let (code, out, err) = twinbridge(&args);
        assert_eq!(code, Some(2), "{args:?}: {out}{err}");
        assert!(err.starts_with("twinbridge: ") && err.trim().lines().count() == 1, "{err}");
    }
}

#[test]
fn list_gives_every_rule_with_sources() {
    let (code, out, _) = twinbridge(&["policy", "list", "--format", "json"]);
    assert_eq!(code, Some(0));
    let list: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert!(list.len() >= 30);
    for id in ["IN DKMS-BMST", "DE German Standards", "US NMDP", "GB Anthony Nolan", "JP JMDP", "BR REDOME"] {
        let entry = list.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(
            entry["dimensions"]
                .as_array()
                .unwrap()
                .iter()
                .all(|d| d["sources"].as_array().is_some_and(|s| !s.is_empty()))
        );
    }
    let (code, text, _) = twinbridge(&["policy", "list"]);
    assert_eq!(code, Some(0));
    assert!(text.contains("IN DKMS-BMST") && text.contains("https://"));
}

async fn get_json(app: &TestApp, token: &str, path: &str) -> (u16, Value) {
    let response = app.client.get(app.url(path)).bearer_auth(token).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn participants_and_coordinators_see_the_policy_of_their_pairings_only() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (status, mine) = get_json(&app, &donor, "/api/v1/pairings").await;
    assert_eq!(status, 200);
    let mine = mine.as_array().unwrap().clone();
    assert_eq!(mine.len(), 1);
    assert_eq!((mine[0]["side"].as_str(), mine[0]["role"].as_str()), (Some("donor"), Some("donor")));
    let id = mine[0]["id"].as_str().unwrap().to_owned();

    // 8 months after a PBSC donation, India to Germany: letters now, identities not yet.
    let (status, policy) = get_json(&app, &donor, &format!("/api/v1/pairings/{id}/policy")).await;
    assert_eq!(status, 200);
    assert_eq!(policy["anonymous_letters"]["allowed"], true);
    assert_eq!(policy["identity_release"]["possible"], "after_period");
    let earliest = policy["identity_release"]["earliest_date"].as_str().unwrap();
    assert!(earliest > app.clock.now().date_naive().to_string().as_str(), "release is still ahead: {earliest}");

    // The French patient's pairing: letters only, never release.
    let patient3 = app.demo_token("patient3@twinbridge.test").await;
    let (_, theirs) = get_json(&app, &patient3, "/api/v1/pairings").await;
    let french = theirs[0]["id"].as_str().unwrap().to_owned();
    let (_, policy) = get_json(&app, &patient3, &format!("/api/v1/pairings/{french}/policy")).await;
    assert_eq!(policy["identity_release"]["possible"], "never");
    // Another person's pairing does not exist for the donor.
    assert_eq!(get_json(&app, &donor, &format!("/api/v1/pairings/{french}/policy")).await.0, 404);
    assert_eq!(get_json(&app, &donor, "/api/v1/pairings/not-an-id/policy").await.0, 404);

    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    assert_eq!(get_json(&app, &registry, "/api/v1/pairings").await.1.as_array().unwrap().len(), 3);
    app.clock.advance(chrono::TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let (_, centre_list) = get_json(&app, &centre, "/api/v1/pairings").await;
    assert_eq!(centre_list.as_array().unwrap().len(), 2);
    assert!(centre_list.as_array().unwrap().iter().all(|p| p["side"] == "patient"));
    assert_eq!(get_json(&app, &centre, &format!("/api/v1/pairings/{french}/policy")).await.0, 404);
    app.clock.advance(chrono::TimeDelta::seconds(30));
    let admin = app.demo_token("admin@twinbridge.test").await;
    assert_eq!(
        get_json(&app, &admin, "/api/v1/pairings").await.1.as_array().unwrap().len(),
        0,
        "administrators see no cases"
    );
}

#[tokio::test]
async fn the_rules_page_lists_every_country_with_sources_in_each_language() {
    let app = TestApp::spawn().await;
    for (lang, heading) in [("en", "rules-title"), ("hi", "rules-title"), ("de", "rules-title")] {
        let response = app.client.get(app.url("/rules")).header("accept-language", lang).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        let expected = twinbridge::web::i18n::Lang::from_code(lang).unwrap().t(heading);
        assert!(html.contains(&format!("<h1>{expected}</h1>")), "{lang}");
        for country in ["<td>IN</td>", "<td>DE</td>", "<td>FR</td>", "<td>JP</td>", "<td>BR</td>"] {
            assert!(html.contains(country), "{country} in {lang}");
        }
        assert!(html.contains("href=\"https://"));
    }
}
