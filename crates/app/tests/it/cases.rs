//! Cases through the API: coordinators create pairings, attach the patient, record donations, the
//! transplant and the status; each side's participant is invited by e-mail.

use chrono::TimeDelta;
use serde_json::{Value, json};
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;

async fn organisation(app: &TestApp, token: &str, name: &str) -> String {
    let (_, list) = app.api(token, reqwest::Method::GET, "/api/v1/organisations", None).await;
    list.as_array().unwrap().iter().find(|o| o["name"] == name).unwrap()["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn coordinators_open_a_case_and_its_participants_are_invited() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    app.clock.advance(TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let germany = organisation(&app, &registry, "Demo Transplant Centre Germany").await;
    let today = app.clock.today().to_string();
    let collected = (app.clock.today() - TimeDelta::days(400)).to_string();
    let body = json!({
        "donor": {"full_name": "Meera Joshi", "email": "meera@example.org", "country": "IN", "town": "Nagpur", "language": "hi"},
        "patient_organisation_id": germany,
        "donations": [{"product": "pbsc", "collected_on": collected}],
    });
    let (status, created) = app.api(&registry, reqwest::Method::POST, "/api/v1/pairings", Some(body)).await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    assert!(created["reference"].as_str().unwrap().starts_with("TB-"));
    let invitation = app.mail.wait_for("meera@example.org").await;
    assert!(invitation.link().unwrap().contains("/sign-in/link/"));
    assert!(!invitation.body().contains("Meera") && !invitation.body().contains("Nagpur"));

    // The patient side attaches the patient (a child) and a parent acting for her.
    let patient = json!({
        "full_name": "Emma Weber", "email": "emma@example.org", "country": "DE", "town": "Ulm", "language": "de",
        "proxy": {"full_name": "Jonas Weber", "email": "jonas@example.org", "relation": "parent"},
    });
    let path = format!("/api/v1/pairings/{id}");
    assert_eq!(
        app.api(&registry, reqwest::Method::POST, &format!("{path}/patient"), Some(patient.clone())).await.0,
        403
    );
    let (status, attached) =
        app.api(&centre, reqwest::Method::POST, &format!("{path}/patient"), Some(patient.clone())).await;
    assert_eq!(status, 200, "{attached}");
    app.mail.wait_for("jonas@example.org").await;
    assert_eq!(app.api(&centre, reqwest::Method::POST, &format!("{path}/patient"), Some(patient)).await.0, 409);

    let transplant = (app.clock.today() - TimeDelta::days(398)).to_string();
    assert_eq!(
        app.api(&centre, reqwest::Method::PUT, &format!("{path}/transplant"), Some(json!({"date": transplant})))
            .await
            .0,
        200
    );
    let (status, _) = app
        .api(
            &centre,
            reqwest::Method::POST,
            &format!("{path}/patient-status"),
            Some(json!({"status": "well", "on": today})),
        )
        .await;
    assert_eq!(status, 201);
    let (_, before) = app.api(&registry, reqwest::Method::GET, &format!("{path}/policy"), None).await;
    // A DLI: India counts from the donation and Germany from the first transplant, so the date stays.
    let dli = (app.clock.today() - TimeDelta::days(30)).to_string();
    let (status, _) = app
        .api(
            &registry,
            reqwest::Method::POST,
            &format!("{path}/donations"),
            Some(json!({"product": "dli", "collected_on": dli})),
        )
        .await;
    assert_eq!(status, 201);
    let (_, after) = app.api(&registry, reqwest::Method::GET, &format!("{path}/policy"), None).await;
    let date = |v: &Value| v["identity_release"]["earliest_date"].as_str().unwrap().to_owned();
    assert_eq!(date(&after), date(&before), "a DLI restarts no clock here");
    // The French centre does not see the case.
    app.clock.advance(TimeDelta::seconds(30));
    let france = app.demo_token("france.coordinator@twinbridge.test").await;
    assert_eq!(app.api(&france, reqwest::Method::GET, &format!("{path}/policy"), None).await.0, 404);
}

#[tokio::test]
async fn bad_case_input_is_refused_naming_the_field_and_changes_nothing() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let germany = organisation(&app, &registry, "Demo Transplant Centre Germany").await;
    let india = organisation(&app, &registry, "Demo Donor Registry India").await;
    let (_, before) = app.api(&registry, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let donor = |country: &str, email: &str| json!({"full_name": "A Donor", "email": email, "country": country});
    for (body, field) in [
        (json!({"donor": donor("XX", "a@example.org"), "patient_organisation_id": germany}), "donor.country"),
        (json!({"donor": donor("IN", "not-an-email"), "patient_organisation_id": germany}), "donor.email"),
        (json!({"donor": donor("IN", "a@example.org"), "patient_organisation_id": india}), "patient_organisation_id"),
        (
            json!({"donor": donor("IN", "a@example.org"), "patient_organisation_id": germany, "donations": [{"product": "blood", "collected_on": "2025-01-01"}]}),
            "donations[0].product",
        ),
        (
            json!({"donor": {"full_name": "A Donor", "email": "a@example.org", "country": "IN", "grid": "6939DKM001392612727"}, "patient_organisation_id": germany}),
            "donor.grid",
        ),
        (
            json!({"donor": donor("IN", "a@example.org"), "patient_organisation_id": "0f8e3c1a-9b7d-4e2f-8a6c-5d4b3a291807", "donations": [{"product": "pbsc", "collected_on": "2025-01-01"}]}),
            "patient_organisation_id",
        ),
    ] {
        let (status, problem) = app.api(&registry, reqwest::Method::POST, "/api/v1/pairings", Some(body)).await;
        assert_eq!(status, 422, "{problem}");
        assert!(problem["detail"].as_str().unwrap().starts_with(&format!("{field}:")), "{problem}");
        assert_eq!(problem["field"], field, "{problem}");
    }
    let (status, problem) = app
        .api(
            &registry,
            reqwest::Method::POST,
            "/api/v1/pairings",
            Some(json!({
                "donor": donor("IN", "donor@twinbridge.test"),
                "patient_organisation_id": germany,
                "donations": [{"product": "pbsc", "collected_on": "2025-01-01"}],
            })),
        )
        .await;
    assert_eq!((status, problem["field"].as_str()), (422, Some("donor.email")), "an e-mail already registered");
    let (_, after) = app.api(&registry, reqwest::Method::GET, "/api/v1/pairings", None).await;
    assert_eq!(before, after, "nothing was created");
    let donor_token = app.demo_token("donor@twinbridge.test").await;
    let (status, _) = app
        .api(
            &donor_token,
            reqwest::Method::POST,
            "/api/v1/pairings",
            Some(json!({"donor": donor("IN", "b@example.org"), "patient_organisation_id": germany})),
        )
        .await;
    assert_eq!(status, 403);
}

/// A request with a bearer token: the status, the content type and the JSON body.
async fn send(app: &TestApp, token: &str, method: reqwest::Method, path: &str, body: Value) -> (u16, String, Value) {
    let response = app.client.request(method, app.url(path)).bearer_auth(token).json(&body).send().await.unwrap();
    let status = response.status().as_u16();
    let kind = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    (status, kind, response.json().await.unwrap_or(Value::Null))
}

/// A 422 problem document whose detail starts with the field and says why.
fn assert_refused(answer: &(u16, String, Value), field: &str, why: &str) {
    let (status, kind, problem) = answer;
    assert_eq!(*status, 422, "{field}: {problem}");
    assert_eq!(kind, "application/problem+json", "{field}: {problem}");
    let detail = problem["detail"].as_str().unwrap();
    assert!(detail.starts_with(&format!("{field}:")) && detail.contains(why), "{field}, {why}: {problem}");
    assert_eq!(problem["field"], field, "the problem names the field as a JSON path: {problem}");
}

#[tokio::test]
async fn dates_out_of_range_or_after_today_and_a_pairing_without_donations_are_refused() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    app.clock.advance(TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let germany = organisation(&app, &registry, "Demo Transplant Centre Germany").await;
    let today = app.clock.today();
    let tomorrow = (today + TimeDelta::days(1)).to_string();
    let (range, future) = ("between 1900 and 2100", "after today");
    let donation = |day: &str| json!([{"product": "pbsc", "collected_on": day}]);
    let pairing = |donations: Value, extra: Value| {
        let mut body = json!({
            "donor": {"full_name": "Meera Joshi", "email": "meera@example.org", "country": "IN"},
            "patient_organisation_id": germany,
            "donations": donations,
        });
        for (key, value) in extra.as_object().unwrap() {
            body[key] = value.clone();
        }
        body
    };
    let (_, before) = app.api(&registry, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let post = reqwest::Method::POST;
    for (body, field, why) in [
        (pairing(json!([]), json!({})), "donations", "at least one"),
        (
            json!({"donor": {"full_name": "Meera Joshi", "email": "meera@example.org", "country": "IN"}, "patient_organisation_id": germany}),
            "donations",
            "at least one",
        ),
        (pairing(donation("0225-03-01"), json!({})), "donations[0].collected_on", range),
        (pairing(donation("2101-01-01"), json!({})), "donations[0].collected_on", range),
        (pairing(donation(&tomorrow), json!({})), "donations[0].collected_on", future),
        (pairing(donation("2025-03-01"), json!({"transplant_date": "1899-12-31"})), "transplant_date", range),
        (pairing(donation("2025-03-01"), json!({"transplant_date": tomorrow})), "transplant_date", future),
        (
            pairing(donation("2025-03-01"), json!({"transplant_date": "2025-02-27"})),
            "transplant_date",
            "before the first donation",
        ),
    ] {
        assert_refused(&send(&app, &registry, post.clone(), "/api/v1/pairings", body).await, field, why);
    }
    let mut born_long_ago = pairing(donation("2025-03-01"), json!({}));
    born_long_ago["donor"]["date_of_birth"] = json!("1850-05-01");
    assert_refused(
        &send(&app, &registry, post.clone(), "/api/v1/pairings", born_long_ago).await,
        "donor.date_of_birth",
        range,
    );
    let (_, after) = app.api(&registry, reqwest::Method::GET, "/api/v1/pairings", None).await;
    assert_eq!(before, after, "no pairing was created");

    // Today is a valid day for every date of the past.
    let (status, _, created) = send(
        &app,
        &registry,
        post.clone(),
        "/api/v1/pairings",
        pairing(donation(&today.to_string()), json!({"transplant_date": today})),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    let path = format!("/api/v1/pairings/{}", created["id"].as_str().unwrap());
    let patient =
        json!({"full_name": "Emma Weber", "email": "emma@example.org", "country": "DE", "date_of_birth": "2102-01-01"});
    assert_refused(
        &send(&app, &centre, post.clone(), &format!("{path}/patient"), patient).await,
        "date_of_birth",
        range,
    );
    let donations = format!("{path}/donations");
    for (day, why) in [("1899-12-31", range), ("2101-01-01", range), (tomorrow.as_str(), future)] {
        let body = json!({"product": "dli", "collected_on": day});
        assert_refused(&send(&app, &registry, post.clone(), &donations, body).await, "collected_on", why);
        let body = json!({"date": day});
        let transplant = format!("{path}/transplant");
        assert_refused(&send(&app, &centre, reqwest::Method::PUT, &transplant, body).await, "date", why);
        let body = json!({"status": "well", "on": day});
        let status = format!("{path}/patient-status");
        assert_refused(&send(&app, &centre, post.clone(), &status, body).await, "on", why);
    }
    let before_donation = json!({"date": (today - chrono::TimeDelta::days(1)).to_string()});
    let transplant = format!("{path}/transplant");
    let refused = send(&app, &centre, reqwest::Method::PUT, &transplant, before_donation).await;
    assert_refused(&refused, "date", "before the first donation");
    let id: twinbridge_domain::PairingId = created["id"].as_str().unwrap().parse().unwrap();
    let conn = app.store.read();
    assert_eq!(twinbridge_store::repo::donations::of_pairing(conn, id).await.unwrap().len(), 1);
    let stored = twinbridge_store::repo::pairings::get(conn, id).await.unwrap().unwrap();
    assert_eq!(stored.transplant_date, Some(today));
    assert!(twinbridge_store::repo::patient_statuses::of_pairing(conn, id).await.unwrap().is_empty());
    assert_eq!(twinbridge_store::repo::pairings::participants(conn, id).await.unwrap().len(), 1, "no patient added");
}

#[tokio::test]
async fn a_minor_patient_is_represented_by_a_parent_and_is_not_invited() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    app.clock.advance(TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let germany = organisation(&app, &registry, "Demo Transplant Centre Germany").await;
    let collected = (app.clock.today() - TimeDelta::days(100)).to_string();
    let body = json!({
        "donor": {"full_name": "Nikhil Rao", "email": "nikhil@example.org", "country": "IN"},
        "patient_organisation_id": germany,
        "donations": [{"product": "bone-marrow", "collected_on": collected}],
    });
    let (_, created) = app.api(&registry, reqwest::Method::POST, "/api/v1/pairings", Some(body)).await;
    let path = format!("/api/v1/pairings/{}/patient", created["id"].as_str().unwrap());
    let born = (app.clock.today() - TimeDelta::days(9 * 365)).to_string();
    let child = |proxy: Value| json!({"full_name": "Mia Krause", "email": "mia@example.org", "country": "DE", "date_of_birth": born, "proxy": proxy});
    for proxy in [Value::Null, json!({"full_name": "Tom Krause", "email": "tom@example.org", "relation": "sibling"})] {
        let (status, refused) = app.api(&centre, reqwest::Method::POST, &path, Some(child(proxy))).await;
        assert_eq!((status, refused["field"].as_str()), (422, Some("proxy")), "{refused}");
    }
    let parent = json!({"full_name": "Anna Krause", "email": "anna@example.org", "relation": "parent"});
    let (status, attached) = app.api(&centre, reqwest::Method::POST, &path, Some(child(parent))).await;
    assert_eq!(status, 200, "{attached}");
    app.mail.wait_for("anna@example.org").await;
    // The child gets no invitation, and their account cannot sign in (not even by a link) until they
    // take over.
    let email = twinbridge_domain::Email::parse("mia@example.org").unwrap();
    let account = twinbridge_store::repo::accounts::find_by_email(app.store.read(), &app.keys, &email).await.unwrap();
    assert!(account.unwrap().disabled);
    assert!(app.mail.mails().iter().all(|m| m.to.iter().all(|r| r != "mia@example.org")));
}

#[tokio::test]
async fn a_persons_sex_is_recorded_when_given_and_refused_when_unknown() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let germany = organisation(&app, &registry, "Demo Transplant Centre Germany").await;
    let collected = (app.clock.today() - TimeDelta::days(100)).to_string();
    let body = |sex: &str| {
        json!({
            "donor": {"full_name": "Vikram Sen", "email": "vikram@example.org", "country": "IN", "sex": sex},
            "patient_organisation_id": germany,
            "donations": [{"product": "pbsc", "collected_on": collected}],
        })
    };
    let (status, refused) = app.api(&registry, reqwest::Method::POST, "/api/v1/pairings", Some(body("unknown"))).await;
    assert_eq!((status, refused["field"].as_str()), (422, Some("donor.sex")), "{refused}");
    let (status, created) = app.api(&registry, reqwest::Method::POST, "/api/v1/pairings", Some(body("male"))).await;
    assert_eq!(status, 201, "{created}");
    let email = twinbridge_domain::Email::parse("vikram@example.org").unwrap();
    let id =
        twinbridge_store::repo::persons::find_id_by_email(app.store.read(), &app.keys, &email).await.unwrap().unwrap();
    let access = twinbridge_domain::access::IdentityAccess::for_system(id, "test");
    let (person, _) =
        twinbridge_store::repo::persons::read(app.store.read(), &app.keys, &access).await.unwrap().unwrap();
    assert_eq!(person.sex, Some(twinbridge_domain::person::Sex::Male));
}
