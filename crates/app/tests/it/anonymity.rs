//! The anonymity guarantee from the outside: signed in as each demo account, follow every link and call
//! every listed endpoint, and find nothing of the other party's identity, nor (for participants) the
//! other side's organisation.

use std::collections::{BTreeSet, VecDeque};

use chrono::TimeDelta;
use twinbridge::demo::{DEMO_PASSWORD, DEMO_TOTP_SECRET};
use twinbridge_test_support::{TestApp, mentions};

const DONOR_SIDE: [&str; 11] = [
    "Aarav",
    "Mehta",
    "Pune",
    "donor@twinbridge.test",
    "Rohan",
    "Iyer",
    "Chennai",
    "Kavya",
    "Nair",
    "Kochi",
    "donor2@",
];
const PATIENT_SIDE: [&str; 10] = [
    "Lena",
    "Vogel",
    "Regensburg",
    "patient@twinbridge.test",
    "Sophie",
    "Brandt",
    "Heidelberg",
    "Camille",
    "Lyon",
    "patient2@",
];

/// Every page reachable by links from the overview, and the API endpoints a client of this account can call.
async fn everything_reachable(app: &TestApp, email: &str) -> Vec<(String, String)> {
    let staff = !email.starts_with("donor") && !email.starts_with("patient");
    app.clock.advance(TimeDelta::seconds(30));
    let code = app.totp_code(DEMO_TOTP_SECRET);
    let client = app.cookie_client();
    let signed = app.browser_sign_in(&client, email, DEMO_PASSWORD, staff.then_some(code.as_str())).await;
    assert_eq!(signed.status(), 303, "{email} signs in");
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::from(["/home".to_owned()]);
    let mut bodies = Vec::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || seen.len() > 80 {
            continue;
        }
        let response = client.get(app.url(&path)).send().await.unwrap();
        let body = response.text().await.unwrap();
        for link in body.split("href=\"").skip(1).filter_map(|s| s.split('"').next()) {
            if link.starts_with('/') && !link.starts_with("/static/") && !link.starts_with("//") {
                queue.push_back(link.split('?').next().unwrap_or(link).to_owned());
            }
        }
        bodies.push((path, body));
    }
    app.clock.advance(TimeDelta::seconds(30));
    let token = app.demo_token(email).await;
    let mut api = vec!["/api/v1/me".to_owned(), "/api/v1/pairings".to_owned(), "/api/v1/organisations".to_owned()];
    let pairings: serde_json::Value =
        app.client.get(app.url("/api/v1/pairings")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    for pairing in pairings.as_array().unwrap() {
        api.push(format!("/api/v1/pairings/{}/policy", pairing["id"].as_str().unwrap()));
    }
    for path in api {
        let body = app.client.get(app.url(&path)).bearer_auth(&token).send().await.unwrap().text().await.unwrap();
        bodies.push((path, body));
    }
    bodies
}

fn assert_absent(who: &str, bodies: &[(String, String)], forbidden: &[&str]) {
    assert!(bodies.len() > 5, "{who}: the crawl reached the pages");
    for (path, body) in bodies {
        for word in forbidden {
            assert!(!mentions(body, word), "{who} sees {word:?} on {path}");
        }
    }
}

#[tokio::test]
async fn no_one_reaches_the_other_partys_identity() {
    let app = TestApp::spawn_demo().await;
    for who in ["donor@twinbridge.test", "registry.coordinator@twinbridge.test", "donor2@twinbridge.test"] {
        let bodies = everything_reachable(&app, who).await;
        assert_absent(who, &bodies, &PATIENT_SIDE);
    }
    for who in ["patient@twinbridge.test", "centre.coordinator@twinbridge.test", "patient3@twinbridge.test"] {
        let bodies = everything_reachable(&app, who).await;
        assert_absent(who, &bodies, &DONOR_SIDE);
    }
    for who in ["france.coordinator@twinbridge.test", "admin@twinbridge.test", "auditor@twinbridge.test"] {
        let bodies = everything_reachable(&app, who).await;
        let mut both: Vec<&str> = DONOR_SIDE.to_vec();
        both.extend(PATIENT_SIDE);
        // The French coordinator works on the French patient's pairing only.
        if who.starts_with("france") {
            both.retain(|w| !["Camille", "Lyon"].contains(w));
        }
        assert_absent(who, &bodies, &both);
    }
}

#[tokio::test]
async fn participants_never_see_the_other_sides_organisation() {
    let app = TestApp::spawn_demo().await;
    let donor = everything_reachable(&app, "donor@twinbridge.test").await;
    assert_absent("donor", &donor, &["Demo Transplant Centre Germany", "Demo Transplant Centre France"]);
    let patient = everything_reachable(&app, "patient@twinbridge.test").await;
    assert_absent("patient", &patient, &["Demo Donor Registry India"]);
}
