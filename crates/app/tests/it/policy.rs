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
    assert_eq!(india["identity_release"]["counted_from"], "first_collection");
    assert_eq!(india["identity_release"]["earliest_date"], "2026-03-01");
    assert!(
        india["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["rule"] == "IN DKMS-BMST" && r["source"].as_str().unwrap().starts_with("http"))
    );

    // India counts two years from the donation: a later DLI does not restart them.
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
    assert_eq!(dli["identity_release"]["earliest_date"], "2026-03-01");
    // The UK counts from the last transplant or DLI: there the DLI moves the date.
    let uk = explain(&[
        "--donor-country",
        "GB",
        "--patient-country",
        "GB",
        "--donation",
        "2024-03-01:pbsc",
        "--transplant",
        "2024-03-03",
        "--donation",
        "2025-01-31:dli",
        "--today",
        "2026-11-28",
    ]);
    assert_eq!(uk["identity_release"]["earliest_date"], "2027-01-31", "{uk}");

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
    assert_eq!(get_json(&app, &registry, "/api/v1/pairings").await.1.as_array().unwrap().len(), 5);
    app.clock.advance(chrono::TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let (_, centre_list) = get_json(&app, &centre, "/api/v1/pairings").await;
    assert_eq!(centre_list.as_array().unwrap().len(), 3);
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

async fn admin_client(app: &TestApp) -> reqwest::Client {
    let client = app.cookie_client();
    let code = app.totp_code(twinbridge::demo::DEMO_TOTP_SECRET);
    let response =
        app.browser_sign_in(&client, "admin@twinbridge.test", twinbridge::demo::DEMO_PASSWORD, Some(&code)).await;
    assert_eq!(response.status(), 303);
    client
}

fn organisation_field(page: &str) -> String {
    page.split("name=\"organisation\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned()
}

#[tokio::test]
async fn an_administrators_own_rule_moves_the_release_date_and_is_kept_with_who_set_it() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, mine) = get_json(&app, &donor, "/api/v1/pairings").await;
    let id = mine[0]["id"].as_str().unwrap().to_owned();
    let (_, before) = get_json(&app, &donor, &format!("/api/v1/pairings/{id}/policy")).await;
    assert_eq!(before["identity_release"]["months"], 24);

    let admin = admin_client(&app).await;
    let page = admin.get(app.url("/organisation/policy")).send().await.unwrap().text().await.unwrap();
    let org = organisation_field(&page);
    let form = [
        ("organisation", org.as_str()),
        ("release", "after"),
        ("months", "36"),
        ("counted_from", "last_donation"),
        ("source", "https://registry.example/contact-policy"),
    ];
    let saved = admin.post(app.url("/organisation/policy")).form(&form).send().await.unwrap();
    assert_eq!(saved.status(), 303);

    let (_, after) = get_json(&app, &donor, &format!("/api/v1/pairings/{id}/policy")).await;
    assert_eq!(after["identity_release"]["months"], 36);
    let moved = |v: &Value| v["identity_release"]["earliest_date"].as_str().unwrap().to_owned();
    assert!(moved(&after) > moved(&before), "{} → {}", moved(&before), moved(&after));
    // Participants are not told where an organisation publishes its policy (it would name it); staff are.
    assert!(!after.to_string().contains("registry.example"));
    let staff = app.demo_token("registry.coordinator@twinbridge.test").await;
    let (_, detail) = get_json(&app, &staff, &format!("/api/v1/pairings/{id}/policy")).await;
    assert!(
        detail["reasons"].as_array().unwrap().iter().any(|r| r["source"] == "https://registry.example/contact-policy")
    );

    let page = admin.get(app.url("/organisation/policy")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Registry Administrator") && page.contains("36"), "the change is shown with who made it");
    // Coordinators cannot set it.
    let coordinator = app.cookie_client();
    app.clock.advance(chrono::TimeDelta::seconds(60));
    let code = app.totp_code(twinbridge::demo::DEMO_TOTP_SECRET);
    app.browser_sign_in(
        &coordinator,
        "registry.coordinator@twinbridge.test",
        twinbridge::demo::DEMO_PASSWORD,
        Some(&code),
    )
    .await;
    assert_eq!(coordinator.post(app.url("/organisation/policy")).form(&form).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn an_own_rule_more_permissive_than_the_law_is_refused_with_a_clear_message() {
    let app = TestApp::spawn_demo().await;
    // Make the demo administrator an administrator of the French centre too.
    let keys = app.keys.clone();
    let admin = twinbridge_store::repo::accounts::find_by_email(
        app.store.read(),
        &keys,
        &twinbridge_domain::Email::parse("admin@twinbridge.test").unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    let france = twinbridge_store::repo::organisations::list(app.store.read())
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.country.as_str() == "FR")
        .unwrap();
    let now = app.clock.now();
    app.store
        .write_tx(|tx| async move {
            twinbridge_store::repo::accounts::add_role(
                &*tx,
                admin.id,
                france.id,
                twinbridge_domain::StaffRole::Administrator,
                now,
            )
            .await
        })
        .await
        .unwrap();

    let client = admin_client(&app).await;
    let org = france.id.to_string();
    let form = [
        ("organisation", org.as_str()),
        ("release", "after"),
        ("months", "24"),
        ("counted_from", "first_transplant"),
        ("source", "https://centre.example/policy"),
    ];
    let refused = client.post(app.url("/organisation/policy")).form(&form).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("more permissive than the law") && page.contains("exchanging identities"), "{page}");
    assert!(
        twinbridge_store::repo::organisation_policies::get(app.store.read(), france.id).await.unwrap().is_none(),
        "nothing saved"
    );

    let bad = [("organisation", org.as_str()), ("release", "after"), ("months", "forever"), ("source", "x")];
    assert_eq!(client.post(app.url("/organisation/policy")).form(&bad).send().await.unwrap().status(), 422);
}

#[tokio::test]
async fn the_pairing_page_explains_the_rules_in_plain_words_and_shows_staff_the_sources() {
    let app = TestApp::spawn_demo().await;
    let donor = app.cookie_client();
    app.browser_sign_in(&donor, "donor@twinbridge.test", twinbridge::demo::DEMO_PASSWORD, None).await;
    let list = donor.get(app.url("/pairings")).send().await.unwrap().text().await.unwrap();
    let link = list.split("href=\"/pairings/").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
    let page = donor.get(app.url(&format!("/pairings/{link}"))).send().await.unwrap().text().await.unwrap();
    // The demo donor reads Hindi.
    let hi = twinbridge::web::i18n::Lang::Hi;
    assert!(page.contains(&hi.t("explain-letters-now")), "{page}");
    assert!(page.contains(&hi.t_args("explain-release-after", &[("date".into(), String::new())])[..20]));
    assert!(
        !page.contains(&hi.t("pairing-rules-heading")) && !page.contains("href=\"https://"),
        "participants see no rule table"
    );
    assert!(!page.contains("Demo Transplant Centre Germany") && !page.contains("Lena") && !page.contains("Regensburg"));

    let french = app.cookie_client();
    app.browser_sign_in(&french, "patient3@twinbridge.test", twinbridge::demo::DEMO_PASSWORD, None).await;
    let list = french.get(app.url("/pairings")).send().await.unwrap().text().await.unwrap();
    let id = list.split("href=\"/pairings/").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
    let page = french.get(app.url(&format!("/pairings/{id}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&twinbridge::web::i18n::Lang::En.t("explain-release-never")), "{page}");
    // The donor cannot open the French pairing.
    assert_eq!(donor.get(app.url(&format!("/pairings/{id}"))).send().await.unwrap().status(), 404);

    let staff = app.cookie_client();
    let code = app.totp_code(twinbridge::demo::DEMO_TOTP_SECRET);
    app.browser_sign_in(&staff, "registry.coordinator@twinbridge.test", twinbridge::demo::DEMO_PASSWORD, Some(&code))
        .await;
    let page = staff.get(app.url(&format!("/pairings/{link}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("IN DKMS-BMST") && page.contains("DE German Standards") && page.contains("href=\"https://"));
}

/// The letter review setting is on the organisation page: unticking the box leaves the side's review to
/// the screen, and the page shows the choice.
#[tokio::test]
async fn administrators_turn_their_sides_letter_review_off_and_on_from_the_organisation_page() {
    let app = TestApp::spawn_demo().await;
    let admin = admin_client(&app).await;
    let page = admin.get(app.url("/organisation/policy")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("name=\"reviews_letters\" value=\"on\" checked"), "on by default");
    let org = organisation_field(&page);
    let off = [("organisation", org.as_str())];
    let saved = admin.post(app.url("/organisation/letter-review")).form(&off).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    let organisation =
        twinbridge_store::repo::organisations::get(app.store.read(), org.parse().unwrap()).await.unwrap().unwrap();
    assert!(!organisation.reviews_letters);
    let page = admin.get(app.url("/organisation/policy?saved=review")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("letter review setting is saved") && !page.contains("value=\"on\" checked"), "{page}");
    let on = [("organisation", org.as_str()), ("reviews_letters", "on")];
    assert_eq!(admin.post(app.url("/organisation/letter-review")).form(&on).send().await.unwrap().status(), 303);
    let organisation =
        twinbridge_store::repo::organisations::get(app.store.read(), org.parse().unwrap()).await.unwrap().unwrap();
    assert!(organisation.reviews_letters);
    // A made-up organisation id changes nothing.
    let other = [("organisation", "00000000-0000-4000-8000-000000000000")];
    assert_eq!(admin.post(app.url("/organisation/letter-review")).form(&other).send().await.unwrap().status(), 404);
}

#[test]
fn explain_refuses_years_out_of_range_and_a_donation_after_the_day_evaluated() {
    let base = ["policy", "explain", "--donor-country", "IN", "--patient-country", "DE"];
    for (extra, flag, why) in [
        (vec!["--donation", "0225-03-01:pbsc", "--today", "2026-06-15"], "--donation", "between 1900 and 2100"),
        (vec!["--donation", "2025-03-01:pbsc", "--today", "2101-01-01"], "--today", "between 1900 and 2100"),
        (vec!["--donation", "2025-03-01:pbsc", "--transplant", "1899-12-31"], "--transplant", "between 1900 and 2100"),
        (vec!["--donation", "2026-06-16:pbsc", "--today", "2026-06-15"], "--donation", "after today"),
        // Without --today the day evaluated is the real today.
        (vec!["--donation", "2099-01-01:pbsc"], "--donation", "after today"),
    ] {
        let args: Vec<&str> = base.iter().copied().chain(extra.iter().copied()).collect();
        let (code, out, err) = twinbridge(&args);
        assert_eq!(code, Some(2), "{args:?}: {out}{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.starts_with(&format!("twinbridge: {flag}: ")) && err.contains(why), "{args:?}: {err}");
        assert!(out.is_empty(), "{out}");
    }
    // A donation on the day evaluated counts, and a transplant may still be planned.
    let planned = explain(&[
        "--donor-country",
        "IN",
        "--patient-country",
        "DE",
        "--donation",
        "2026-06-15:pbsc",
        "--transplant",
        "2026-06-18",
        "--today",
        "2026-06-15",
    ]);
    assert_eq!(planned["today"], "2026-06-15", "{planned}");
}

#[test]
fn explain_binds_where_the_donor_lives_and_blocks_what_is_unknown() {
    // A donor living in Switzerland, registered with an organisation that follows the German Standards.
    let swiss = explain(&[
        "--donor-country",
        "CH",
        "--donor-org",
        "DE German Standards",
        "--patient-country",
        "DE",
        "--donation",
        "2024-03-01:pbsc",
        "--transplant",
        "2024-03-03",
        "--today",
        "2030-01-01",
    ]);
    assert_eq!(swiss["identity_release"]["possible"], "never", "{swiss}");
    assert!(swiss["rules_applied"].as_array().unwrap().iter().any(|r| r["rule"] == "CH Residence"));
    // Living in Germany, the same donor waits the German two years.
    let german = explain(&["--donor-country", "DE", "--patient-country", "DE", "--donation", "2024-03-01:pbsc"]);
    assert_eq!(german["identity_release"]["possible"], "after_period");

    // Nothing is known about Czech letters or gifts: a German donor and a Czech patient get neither.
    let czech = explain(&["--donor-country", "DE", "--patient-country", "CZ", "--donation", "2024-03-01:pbsc"]);
    assert_eq!(czech["anonymous_letters"]["allowed"], false, "{czech}");
    assert_eq!(czech["anonymous_letters"]["status"], "unknown");
    assert_eq!(czech["anonymous_letters"]["gifts"], "unknown");
    let says_unknown = czech["reasons"].as_array().unwrap().iter().any(|r| {
        r["dimension"] == "anonymous_letters"
            && r["rule"] == "CZ CNRDD"
            && r["says"].as_str().is_some_and(|s| s.contains("patient's side") && s.contains("ask the registry"))
    });
    assert!(says_unknown, "the reason names the side whose rule is unknown: {czech}");
}

#[tokio::test]
async fn a_donor_living_where_anonymity_is_required_is_told_never_and_the_other_side_does_not_learn_where() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    app.clock.advance(chrono::TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let (_, organisations) = get_json(&app, &registry, "/api/v1/organisations").await;
    let germany =
        organisations.as_array().unwrap().iter().find(|o| o["name"] == "Demo Transplant Centre Germany").unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let collected = (app.clock.today() - chrono::TimeDelta::days(1200)).to_string();
    let body = serde_json::json!({
        "donor": {"full_name": "Luca Meier", "email": "luca@example.org", "country": "CH", "town": "Basel"},
        "patient_organisation_id": germany,
        "donations": [{"product": "pbsc", "collected_on": collected}],
    });
    let (status, created) = app.api(&registry, reqwest::Method::POST, "/api/v1/pairings", Some(body)).await;
    assert_eq!(status, 201, "{created}");
    let path = format!("/api/v1/pairings/{}", created["id"].as_str().unwrap());
    let patient = serde_json::json!({"full_name": "Jana Roth", "email": "jana@example.org", "country": "DE"});
    assert_eq!(app.api(&centre, reqwest::Method::POST, &format!("{path}/patient"), Some(patient)).await.0, 200);

    // More than three years after the donation, India and Germany alone would allow release.
    let (_, donor_side) = get_json(&app, &registry, &format!("{path}/policy")).await;
    assert_eq!(donor_side["identity_release"]["possible"], "never", "{donor_side}");
    assert!(
        donor_side["rules_applied"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["rule"] == "CH Residence" && r["applies_as"] == serde_json::json!(["donor_residence"]))
    );
    let (_, patient_side) = get_json(&app, &centre, &format!("{path}/policy")).await;
    assert_eq!(patient_side["identity_release"]["possible"], "never");
    let seen = patient_side.to_string();
    assert!(!seen.contains("CH Residence") && !seen.contains("Switzerland") && !seen.contains("\"CH"), "{seen}");
    assert!(seen.contains("where the other person lives"), "{seen}");
}

#[tokio::test]
async fn participants_learn_the_other_sides_country_but_not_its_organisation() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor4@twinbridge.test").await;
    let (_, pairings) = get_json(&app, &donor, "/api/v1/pairings").await;
    let id = pairings[0]["id"].as_str().unwrap().to_owned();
    let (status, policy) = get_json(&app, &donor, &format!("/api/v1/pairings/{id}/policy")).await;
    assert_eq!(status, 200);
    let text = policy.to_string();
    assert!(!text.contains("Swiss Blood Stem Cells"), "the Swiss centre's rule entry is named: {text}");
    assert!(text.contains("the other side's organisation"), "its effect stays, unnamed: {text}");
    assert_eq!(policy["anonymous_letters"]["max_letters_per_side"], 1, "and so does its effect");
    assert!(text.contains("\"CH"), "Swiss law binds, and the country may be known: {text}");
    // The pairing's page says the same.
    let page = app.client.get(app.url(&format!("/pairings/{id}"))).bearer_auth(&donor).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(!page.contains("Swiss Blood Stem Cells") && !page.contains("Transplant Centre Switzerland"));
    // Coordinators see which rules bind, by name.
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let (_, staff) = get_json(&app, &registry, &format!("/api/v1/pairings/{id}/policy")).await;
    assert!(staff.to_string().contains("CH Swiss Blood Stem Cells"));
}
