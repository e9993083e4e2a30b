//! A new instance without demo data, as an operator starts it: organisations and the first administrator
//! from the command line, then everything else through the pages — the administrator invites a
//! coordinator, who opens a pairing with a centre that is not on Twinbridge and records what follows.

use std::process::{Command, Output};

use twinbridge_domain::{Clock, SystemClock};
use twinbridge_test_support::{TestApp, TestAppOptions, TestDatabase};

use crate::cli::twinbridge;

/// The binary on `db`, with the key file the test application uses.
fn operator(db: &TestDatabase) -> Command {
    let mut command = twinbridge();
    command
        .current_dir(db.dir())
        .env("TWINBRIDGE_KEY_FILE", db.dir().join("twinbridge.keys"))
        .env("TWINBRIDGE_DATABASE_URL", db.url().to_string())
        .env("RUST_LOG", "warn");
    command
}

fn run(db: &TestDatabase, args: &[&str]) -> Output {
    operator(db).args(args).output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn stderr_lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr).lines().map(str::to_owned).collect()
}

/// Exit code 2 with one line on stderr that names `expected`.
fn refused(output: &Output, expected: &str) {
    let lines = stderr_lines(output);
    assert_eq!(output.status.code(), Some(2), "{lines:?}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains(expected), "{lines:?} should name {expected}");
}

fn org_count(db: &TestDatabase) -> usize {
    let listed = run(db, &["org", "list", "--format", "json"]);
    assert_eq!(listed.status.code(), Some(0), "{:?}", stderr_lines(&listed));
    serde_json::from_slice::<serde_json::Value>(&listed.stdout).unwrap().as_array().unwrap().len()
}

/// A value of the first `name="…" value="…"` pair of a page.
fn input_value(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    page.split(&marker).nth(1).and_then(|s| s.split('"').next()).unwrap_or_default().to_owned()
}

/// Accepts a staff invitation (`/invitation/TOKEN`) with a password and enrols an authenticator; returns
/// the signed-in client.
async fn accept_staff_invitation(app: &TestApp, token: &str) -> reqwest::Client {
    let client = app.cookie_client();
    let form = [("token", token), ("password", "a long enough passphrase")];
    let set = client.post(app.url("/invitation")).form(&form).send().await.unwrap();
    assert_eq!(set.headers()["location"], "/account/totp");
    let enrol = client.get(app.url("/account/totp")).send().await.unwrap().text().await.unwrap();
    let secret = input_value(&enrol, "secret");
    let code = app.totp_code(&secret);
    let confirmed =
        client.post(app.url("/account/totp")).form(&[("secret", secret.as_str()), ("code", code.as_str())]).send();
    assert_eq!(confirmed.await.unwrap().status(), 200);
    client
}

#[tokio::test]
async fn an_operator_sets_up_an_instance_and_its_first_coordinator_opens_a_case_through_the_pages() {
    let db = TestDatabase::new().await;
    // Two organisations and the first administrator, from the command line.
    let added = run(
        &db,
        &[
            "org",
            "add",
            "--name",
            "Stem Cell Registry Pune",
            "--kind",
            "donor_registry",
            "--country",
            "IN",
            "--format",
            "json",
        ],
    );
    assert_eq!(added.status.code(), Some(0), "{:?}", stderr_lines(&added));
    let registry: serde_json::Value = serde_json::from_slice(&added.stdout).unwrap();
    assert_eq!((registry["kind"].as_str(), registry["country"].as_str()), (Some("donor_registry"), Some("IN")));
    let registry = registry["id"].as_str().unwrap().to_owned();
    let centre =
        run(&db, &["org", "add", "--name", "Uniklinik Nord", "--kind", "transplant_centre", "--country", "DE"]);
    assert_eq!(centre.status.code(), Some(0), "{:?}", stderr_lines(&centre));
    assert_eq!(stdout(&centre).len(), 36, "the text format prints the id alone");

    // Bad input: one line, exit 2, nothing changed.
    refused(
        &run(&db, &["org", "add", "--name", "stem cell registry PUNE", "--kind", "donor_registry", "--country", "IN"]),
        "name",
    );
    refused(
        &run(&db, &["org", "add", "--name", "Elsewhere", "--kind", "donor_registry", "--country", "XX"]),
        "--country",
    );
    refused(&run(&db, &["org", "add", "--name", "Elsewhere", "--kind", "hospital", "--country", "IN"]), "--kind");
    refused(
        &run(
            &db,
            &[
                "org",
                "add",
                "--name",
                "Elsewhere",
                "--kind",
                "donor_registry",
                "--country",
                "IN",
                "--follows",
                "no-such-entry",
            ],
        ),
        "--follows",
    );
    refused(
        &run(&db, &["staff", "invite", "--org", &registry, "--email", "not-an-address", "--role", "administrator"]),
        "--email",
    );
    refused(&run(&db, &["staff", "invite", "--org", &registry, "--email", "a@b.org", "--role", "owner"]), "--role");
    let unknown = uuid::Uuid::new_v4().to_string();
    refused(
        &run(&db, &["staff", "invite", "--org", &unknown, "--email", "a@b.org", "--role", "administrator"]),
        "--org",
    );
    assert_eq!(org_count(&db), 2);

    let invited = run(
        &db,
        &["staff", "invite", "--org", &registry, "--email", "anita@registry.example", "--role", "administrator"],
    );
    assert_eq!(invited.status.code(), Some(0), "{:?}", stderr_lines(&invited));
    let link = stdout(&invited);
    let token = link.rsplit("/invitation/").next().unwrap().to_owned();
    assert!(link.contains("/invitation/") && token.len() > 20, "{link}");

    // The service starts on that database; the invitation e-mail goes out through the outbox.
    let app = TestApp::spawn_on(db, TestAppOptions { now: SystemClock.now(), ..TestAppOptions::default() }).await;
    let mail = app.mail.wait_for("anita@registry.example").await;
    assert!(mail.body().contains(&token), "the e-mail carries the same link");
    let admin = accept_staff_invitation(&app, &token).await;

    // The administrator invites a coordinator through the staff page.
    let staff = admin.get(app.url("/staff")).send().await.unwrap().text().await.unwrap();
    assert_eq!(input_value(&staff, "organisation"), registry);
    let form = [
        ("organisation", registry.as_str()),
        ("name", "Ravi Kulkarni"),
        ("email", "ravi@registry.example"),
        ("coordinator", "on"),
    ];
    let answer = admin.post(app.url("/staff/invite")).form(&form).send().await.unwrap();
    assert_eq!(answer.status(), 303);
    let mail = app.mail.wait_for("ravi@registry.example").await;
    let token = mail.link().unwrap().rsplit("/invitation/").next().unwrap().to_owned();
    let coordinator = accept_staff_invitation(&app, &token).await;

    // The coordinator opens a pairing with a centre that is not on Twinbridge, through the form.
    let list = coordinator.get(app.url("/pairings")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("href=\"/pairings/new\""));
    let form_page = coordinator.get(app.url("/pairings/new")).send().await.unwrap().text().await.unwrap();
    assert!(form_page.contains("Uniklinik Nord (DE)") && form_page.contains("value=\"offline\""));
    let today = app.clock.today();
    let collected = (today - chrono::TimeDelta::days(400)).to_string();
    let mut fields = vec![
        ("donor_full_name", "Kavya Deshpande".to_owned()),
        ("donor_email", "kavya@example.org".to_owned()),
        ("donor_country", "IN".to_owned()),
        ("donor_town", "Pune".to_owned()),
        ("patient_organisation_id", "offline".to_owned()),
        ("patient_organisation_name", "Hôpital du Lac".to_owned()),
        ("patient_organisation_country", "FR".to_owned()),
        ("patient_organisation_kind", "transplant_centre".to_owned()),
        ("product", "pbsc".to_owned()),
        ("collected_on", (today + chrono::TimeDelta::days(3)).to_string()),
    ];
    // A donation in the future is refused next to its field, and nothing is stored.
    let refused_page = coordinator.post(app.url("/pairings/new")).form(&fields).send().await.unwrap();
    assert_eq!(refused_page.status(), 422);
    let html = refused_page.text().await.unwrap();
    assert!(html.contains("id=\"new-collected_on-error\""), "the message sits with the field");
    assert!(
        html.contains("aria-invalid=\"true\"") && html.contains("value=\"Kavya Deshpande\""),
        "what was typed stays"
    );
    assert!(!html.contains("new-donor_email-error"));
    fields.retain(|(name, _)| *name != "collected_on");
    fields.push(("collected_on", collected.clone()));
    fields.push(("transplant_date", (today - chrono::TimeDelta::days(500)).to_string()));
    let html = coordinator.post(app.url("/pairings/new")).form(&fields).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("id=\"new-transplant_date-error\""), "a transplant before the donation is refused");
    assert_eq!(twinbridge_store::repo::pairings::count(app.store.read()).await.unwrap(), 0, "nothing was stored");

    fields.retain(|(name, _)| *name != "transplant_date");
    let created = coordinator.post(app.url("/pairings/new")).form(&fields).send().await.unwrap();
    assert_eq!(created.status(), 303);
    let location = created.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.ends_with("/manage?done=created"), "{location}");
    let invitation = app.mail.wait_for("kavya@example.org").await;
    assert!(invitation.link().is_some());

    // The donor side also records the transplant and the status, since the centre works on paper.
    let manage = coordinator.get(app.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(manage.contains("role=\"status\""));
    let base = location.trim_end_matches("?done=created").to_owned();
    let transplant = (today - chrono::TimeDelta::days(398)).to_string();
    let answer = coordinator.post(app.url(&format!("{base}/transplant"))).form(&[("date", transplant.as_str())]).send();
    assert_eq!(answer.await.unwrap().headers()["location"], format!("{base}?done=transplant").as_str());
    let dli = (today - chrono::TimeDelta::days(30)).to_string();
    let answer = coordinator
        .post(app.url(&format!("{base}/donations")))
        .form(&[("product", "dli"), ("collected_on", dli.as_str())])
        .send();
    assert_eq!(answer.await.unwrap().status(), 303);
    let answer = coordinator
        .post(app.url(&format!("{base}/status")))
        .form(&[("status", "well"), ("on", today.to_string().as_str())])
        .send();
    assert_eq!(answer.await.unwrap().status(), 303);
    let answer = coordinator.post(app.url(&format!("{base}/patient"))).form(&[("full_name", "X Y")]).send();
    assert_eq!(answer.await.unwrap().status(), 409, "an offline centre's patient is not invited here");

    // The pairing's facts are what the forms recorded.
    let pairing_id = base.trim_start_matches("/pairings/").trim_end_matches("/manage").to_owned();
    let pairing_id = twinbridge_domain::PairingId::from_uuid(pairing_id.parse().unwrap());
    let stored = twinbridge_store::repo::pairings::get(app.store.read(), pairing_id).await.unwrap().unwrap();
    assert_eq!(stored.transplant_date.map(|d| d.to_string()), Some(transplant));
    let donations = twinbridge_store::repo::donations::of_pairing(app.store.read(), pairing_id).await.unwrap();
    assert_eq!(donations.len(), 2);
    let audit = twinbridge_store::repo::audit::with_action(app.store.read(), "organisation_added").await.unwrap();
    assert_eq!(audit.len(), 3, "two by the operator, the offline centre by the coordinator");
}

#[tokio::test]
async fn a_coordinator_reinvites_the_donor_and_changes_their_address() {
    let app = TestApp::spawn_demo().await;
    let coordinator = app.cookie_client();
    let code = app.totp_code(twinbridge::demo::DEMO_TOTP_SECRET);
    let signed = app
        .browser_sign_in(
            &coordinator,
            "registry.coordinator@twinbridge.test",
            twinbridge::demo::DEMO_PASSWORD,
            Some(&code),
        )
        .await;
    assert_eq!(signed.status(), 303);
    let token = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&token, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let id = pairings[0]["id"].as_str().unwrap().to_owned();

    let page = coordinator.get(app.url(&format!("/pairings/{id}/manage"))).send().await.unwrap().text().await.unwrap();
    let invite = page
        .split("action=\"")
        .filter_map(|s| s.split('"').next())
        .find(|a| a.ends_with("/invite"))
        .unwrap()
        .to_owned();
    let email = invite.replace("/invite", "/email");
    assert!(!page.contains("/manage/patient"), "the donor side does not attach the patient");
    assert_eq!(coordinator.post(app.url(&invite)).send().await.unwrap().status(), 303);
    app.mail.wait_for("donor@twinbridge.test").await;

    // The new address must be valid and free; then it is the address for contact and sign-in.
    let bad = coordinator.post(app.url(&email)).form(&[("email", "nope")]).send().await.unwrap();
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("class=\"field-error\""));
    let taken = coordinator.post(app.url(&email)).form(&[("email", "patient@twinbridge.test")]).send().await.unwrap();
    assert_eq!(taken.status(), 422);
    let changed = coordinator.post(app.url(&email)).form(&[("email", "donor.new@example.org")]).send().await.unwrap();
    assert_eq!(changed.headers()["location"], format!("/pairings/{id}/manage?done=email").as_str());
    app.mail.wait_for("donor.new@example.org").await;
    assert_eq!(app.api(&token, reqwest::Method::GET, "/api/v1/me", None).await.0, 401, "old sessions end");
    let old = app.api_sign_in("donor@twinbridge.test", twinbridge::demo::DEMO_PASSWORD, None).await;
    assert_eq!(old.status(), 401);
    let new = app.api_sign_in("donor.new@example.org", twinbridge::demo::DEMO_PASSWORD, None).await;
    assert_eq!(new.status(), 200);

    // The other side's coordinator cannot touch the donor.
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let response = app.client.post(app.url(&invite)).bearer_auth(&centre).send().await.unwrap();
    assert_eq!(response.status(), 404);
    for action in ["participant_reinvited", "participant_email_changed"] {
        let events = twinbridge_store::repo::audit::with_action(app.store.read(), action).await.unwrap();
        assert_eq!(events.len(), 1, "{action}");
    }
}
