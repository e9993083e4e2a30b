//! Potential-donor registration: the age range and consent, a confirmation by e-mail, duplicates
//! recognised without telling, the registry staff's list, steps and spreadsheet-safe export, and erasure.

use std::sync::Arc;

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use twinbridge_domain::Clock;
use twinbridge_store::entities::{audit_events, donor_registrations};
use twinbridge_test_support::TestApp;

const POST: reqwest::Method = reqwest::Method::POST;
const GET: reqwest::Method = reqwest::Method::GET;
const REGISTRY: &str = "registry.coordinator@twinbridge.test";

fn born_years_ago(app: &TestApp, years: u32) -> String {
    app.clock.today().checked_sub_months(chrono::Months::new(12 * years)).unwrap().to_string()
}

async fn register(app: &TestApp, body: Value) -> (u16, Value) {
    let response = app.client.post(app.url("/api/v1/donor-registrations")).json(&body).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn stored(app: &TestApp) -> u64 {
    donor_registrations::Entity::find().count(app.store.read()).await.unwrap()
}

#[tokio::test]
async fn a_registration_is_checked_confirmed_listed_exported_and_erased() {
    let app = TestApp::spawn_demo().await;
    let person = |name: &str, email: &str, born: String| json!({"name": name, "email": email, "date_of_birth": born, "consent": true, "phone": "+91 98765 43210"});

    // Under the age limit, without consent, or with a bad address: refused naming the field, nothing stored.
    let (status, young) = register(&app, person("Ira Shah", "ira@example.org", born_years_ago(&app, 17))).await;
    assert_eq!((status, young["field"].as_str()), (422, Some("date_of_birth")), "{young}");
    assert!(young["detail"].as_str().unwrap().contains("18"), "a kind message naming the age: {young}");
    let (status, old) = register(&app, person("Ravi Shah", "ravi@example.org", born_years_ago(&app, 56))).await;
    assert_eq!((status, old["field"].as_str()), (422, Some("date_of_birth")), "{old}");
    let mut no_consent = person("Ira Shah", "ira@example.org", born_years_ago(&app, 30));
    no_consent["consent"] = json!(false);
    let (status, refused) = register(&app, no_consent).await;
    assert_eq!((status, refused["field"].as_str()), (422, Some("consent")), "{refused}");
    let (status, refused) = register(&app, person("Ira Shah", "not-an-address", born_years_ago(&app, 30))).await;
    assert_eq!((status, refused["field"].as_str()), (422, Some("email")), "{refused}");
    assert_eq!(stored(&app).await, 0);

    // A valid registration, and one whose name would be a formula in a spreadsheet.
    let (status, body) = register(&app, person("Ira Shah", "ira@example.org", born_years_ago(&app, 30))).await;
    assert_eq!(status, 201, "{body}");
    let evil = "=HYPERLINK(\"http://evil.example\",\"x\")";
    let (status, _) = register(&app, person(evil, "evil@example.org", born_years_ago(&app, 40))).await;
    assert_eq!(status, 201);
    assert_eq!(stored(&app).await, 2);

    // The same address again: the same answer, nothing new stored, a fresh link to the address's owner.
    let (status, again) = register(&app, person("Ira S.", "IRA@example.org", born_years_ago(&app, 30))).await;
    assert_eq!((status, &again), (201, &body), "no hint that the address was known");
    assert_eq!(stored(&app).await, 2);
    let exists = loop {
        let mail = app.mail.wait_for("ira@example.org").await;
        if mail.subject().contains("already registered") {
            break mail;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let to_ira =
        app.mail.mails().into_iter().filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case("ira@example.org")));
    assert_eq!(to_ira.count(), 2, "the confirmation, then the fresh link");

    // The registrant confirms with the link.
    let link = exists.link().expect("a link");
    let path =
        link.split_once("127.0.0.1").and_then(|(_, rest)| rest.split_once('/')).map(|(_, p)| format!("/{p}")).unwrap();
    let page = app.client.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Ira Shah") && page.contains("Waiting for you to confirm"), "the registrant's page");
    let confirmed =
        app.client.post(app.url(&format!("{path}/confirm"))).header("origin", &app.address).send().await.unwrap();
    assert_eq!(confirmed.status(), 303);

    // Registry staff list and export; the centre's coordinator and participants do not.
    let registry = app.demo_token(REGISTRY).await;
    let (status, list) = app.api(&registry, GET, "/api/v1/donor-registrations", None).await;
    assert_eq!(status, 200, "{list}");
    let ira = list.as_array().unwrap().iter().find(|r| r["name"] == "Ira Shah").expect("listed").clone();
    assert_eq!(ira["status"], "confirmed");
    for other in ["centre.coordinator@twinbridge.test", "donor@twinbridge.test"] {
        let token = app.demo_token(other).await;
        let (status, _) = app.api(&token, GET, "/api/v1/donor-registrations", None).await;
        assert_eq!(status, 404, "{other}");
    }
    let csv = app
        .client
        .get(app.url("/api/v1/donor-registrations/export.csv"))
        .bearer_auth(&registry)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let header = csv.lines().next().unwrap();
    for column in ["name", "email", "date_of_birth", "status"] {
        assert!(header.split(',').any(|c| c == column), "{header}");
    }
    assert!(csv.contains("Ira Shah,ira@example.org"), "{csv}");
    assert!(csv.contains(r#""'=HYPERLINK(""http://evil.example"",""x"")""#), "neutralised and quoted: {csv}");
    assert!(csv.contains("'+91 98765 43210"), "a phone number starting with + is neutralised too: {csv}");

    // Steps: forward along the way, never backwards; an unconfirmed one cannot be marked typed.
    let id = ira["id"].as_str().unwrap();
    let step = |status: &str| json!({ "status": status });
    let (status, moved) =
        app.api(&registry, POST, &format!("/api/v1/donor-registrations/{id}/status"), Some(step("kit_sent"))).await;
    assert_eq!((status, moved["status"].as_str()), (200, Some("kit_sent")), "{moved}");
    let (status, _) =
        app.api(&registry, POST, &format!("/api/v1/donor-registrations/{id}/status"), Some(step("confirmed"))).await;
    assert_eq!(status, 409);

    // The registrant withdraws with their link: erased, and only that it happened is kept.
    let withdrawn =
        app.client.post(app.url(&format!("{path}/withdraw"))).header("origin", &app.address).send().await.unwrap();
    assert_eq!(withdrawn.status(), 200);
    assert_eq!(stored(&app).await, 1);
    let (_, list) = app.api(&registry, GET, "/api/v1/donor-registrations", None).await;
    assert!(list.as_array().unwrap().iter().all(|r| r["name"] != "Ira Shah"));
    let erased = audit_events::Entity::find()
        .filter(audit_events::Column::Action.eq("registration_erased"))
        .all(app.store.read())
        .await
        .unwrap();
    assert_eq!(erased.len(), 1);
    assert!(erased[0].subject.is_none() && !erased[0].details.contains("Ira"), "{:?}", erased[0]);
    let gone = app.client.get(app.url(&path)).send().await.unwrap();
    assert_eq!(gone.status(), 404, "the link ends with the registration");
}

#[tokio::test]
async fn the_public_form_explains_a_refusal_and_thanks_a_registrant() {
    let app = TestApp::spawn_demo().await;
    let form = |born: String| {
        vec![
            ("name", "Kiran Das".to_owned()),
            ("email", "kiran@example.org".to_owned()),
            ("date_of_birth", born),
            ("sex", "unstated".to_owned()),
            ("consent", "yes".to_owned()),
        ]
    };
    let client = app.cookie_client();
    let send = |fields: Vec<(&'static str, String)>| {
        client.post(app.url("/register")).header("origin", &app.address).form(&fields).send()
    };
    let young = send(form(born_years_ago(&app, 16))).await.unwrap();
    assert_eq!(young.status(), 422);
    let page = young.text().await.unwrap();
    assert!(page.contains("from the age of 18") && page.contains(r#"aria-invalid="true""#), "explained at the field");
    assert!(page.contains(r#"value="Kiran Das""#), "what was typed stays");
    assert_eq!(stored(&app).await, 0);

    let done = send(form(born_years_ago(&app, 25))).await.unwrap();
    assert_eq!(done.status(), 200);
    assert!(done.text().await.unwrap().contains("Thank you for registering"));
    assert_eq!(stored(&app).await, 1);
    let mail = app.mail.wait_for("kiran@example.org").await;
    assert!(mail.link().is_some_and(|l| l.contains("/register/")));
    assert!(!mail.body().contains("Kiran"), "no name in the e-mail");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_steps_on_a_registration_have_one_winner() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let body = json!({"name": "Dev Patel", "email": "dev@example.org", "date_of_birth": born_years_ago(&app, 22), "consent": true});
    let (status, _) = register(&app, body).await;
    assert_eq!(status, 201);
    let link = app.mail.wait_for("dev@example.org").await.link().unwrap();
    let path = format!("/register/{}", link.rsplit('/').next().unwrap());
    // Simultaneous confirmations: all fine, one recorded.
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..6 {
        let (app, path) = (Arc::clone(&app), path.clone());
        set.spawn(async move {
            app.client
                .post(app.url(&format!("{path}/confirm")))
                .header("origin", &app.address)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    assert!(set.join_all().await.iter().all(|s| *s == 303));
    let confirmations = audit_events::Entity::find()
        .filter(audit_events::Column::Action.eq("registration_confirmed"))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(confirmations, 1);
    // Simultaneous "kit sent": one moves it, the others are told it moved.
    let registry = app.demo_token(REGISTRY).await;
    let (_, list) = app.api(&registry, GET, "/api/v1/donor-registrations", None).await;
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..6 {
        let (app, token, id) = (Arc::clone(&app), registry.clone(), id.clone());
        set.spawn(async move {
            let path = format!("/api/v1/donor-registrations/{id}/status");
            app.api(&token, POST, &path, Some(json!({"status": "kit_sent"}))).await.0
        });
    }
    let answers = set.join_all().await;
    assert_eq!(answers.iter().filter(|s| **s == 200).count(), 1, "{answers:?}");
    assert!(answers.iter().all(|s| *s == 200 || *s == 409), "{answers:?}");
}

#[tokio::test]
async fn a_registry_sets_its_own_age_range() {
    let app = TestApp::spawn_demo().await;
    let admin = app.signed_in_client("admin@twinbridge.test").await;
    let registry = app.demo_token(REGISTRY).await;
    let (_, orgs) = app.api(&registry, GET, "/api/v1/organisations", None).await;
    let india =
        orgs.as_array().unwrap().iter().find(|o| o["country"] == "IN").unwrap()["id"].as_str().unwrap().to_owned();
    let set = |min: &str, max: &str| {
        admin
            .post(app.url("/organisation/registration-ages"))
            .header("origin", &app.address)
            .form(&[("organisation", india.as_str()), ("min", min), ("max", max)])
            .send()
    };
    for (min, max) in [("40", "30"), ("10", "40"), ("18", "x")] {
        assert_eq!(set(min, max).await.unwrap().status(), 422, "{min}–{max}");
    }
    assert_eq!(set("17", "60").await.unwrap().status(), 303);

    let person = |email: &str, years: u32| json!({"name": "Sam Roy", "email": email, "date_of_birth": born_years_ago(&app, years), "consent": true});
    let (status, _) = register(&app, person("seventeen@example.org", 17)).await;
    assert_eq!(status, 201, "17 is now accepted");
    let (status, refused) = register(&app, person("sixtyone@example.org", 61)).await;
    assert_eq!((status, refused["field"].as_str()), (422, Some("date_of_birth")), "{refused}");
    assert!(refused["detail"].as_str().unwrap().contains("60"), "{refused}");
    let changes = audit_events::Entity::find()
        .filter(audit_events::Column::Action.eq("registration_ages_changed"))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(changes, 1, "refused values change nothing");
}
