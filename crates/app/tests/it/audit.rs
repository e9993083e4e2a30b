//! The anonymity guarantee's evidence: the audit hash chain, the auditors' page, and no identity in the
//! database files or the logs.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use chrono::TimeDelta;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use twinbridge::demo::{DEMO_PASSWORD, DEMO_TOTP_SECRET};
use twinbridge_store::entities::audit_events;
use twinbridge_store::repo::audit;
use twinbridge_test_support::{TestApp, mentions};

/// The demo identities that must never appear where they do not belong.
const DEMO_IDENTITIES: [&str; 12] = [
    "Aarav",
    "Mehta",
    "Pune",
    "Lena",
    "Vogel",
    "Regensburg",
    "Rohan",
    "Chennai",
    "Sophie",
    "Heidelberg",
    "donor@twinbridge.test",
    "patient@twinbridge.test",
];

fn verify(app: &TestApp) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_twinbridge"))
        .args(["audit", "verify", "--database-url", app.db.url().expose()])
        .env_remove("TWINBRIDGE_DATABASE_URL")
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    (
        output.status.code(),
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr)),
    )
}

#[tokio::test]
async fn sign_ins_and_failures_are_audited_and_a_changed_event_is_named_by_verify() {
    let app = TestApp::spawn_demo().await;
    app.demo_token("donor@twinbridge.test").await;
    assert_eq!(app.api_sign_in("donor@twinbridge.test", "wrong password", None).await.status(), 401);
    app.demo_token("registry.coordinator@twinbridge.test").await;
    let sign_ins = audit::with_action(app.store.read(), "sign_in").await.unwrap();
    let failures = audit::with_action(app.store.read(), "sign_in_failed").await.unwrap();
    assert_eq!(sign_ins.len(), 2);
    assert_eq!(failures.len(), 1);
    for event in sign_ins.iter().chain(&failures) {
        assert!(event.actor.is_some() && event.organisation.is_some());
        for identity in DEMO_IDENTITIES {
            assert!(!event.details.contains(identity) && !event.subject.clone().unwrap_or_default().contains(identity));
        }
    }

    let (code, out) = verify(&app);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("intact"), "{out}");

    // Change one event behind the application's back.
    let target = failures[0].id;
    audit_events::Entity::update_many()
        .col_expr(audit_events::Column::Action, Expr::value("sign_in"))
        .filter(audit_events::Column::Id.eq(target))
        .exec(app.store.read())
        .await
        .unwrap();
    let (code, out) = verify(&app);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains(&target.to_string()) && out.contains("changed"), "{out}");
}

#[tokio::test]
async fn a_removed_event_is_found_missing() {
    let app = TestApp::spawn_demo().await;
    for _ in 0..3 {
        assert_eq!(app.api_sign_in("patient@twinbridge.test", "wrong password", None).await.status(), 401);
    }
    let events = audit::with_action(app.store.read(), "sign_in_failed").await.unwrap();
    audit_events::Entity::delete_by_id(events[1].id).exec(app.store.read()).await.unwrap();
    let (code, out) = verify(&app);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("missing"), "{out}");
}

#[tokio::test]
async fn auditors_read_their_organisations_trail_and_nobody_else_does() {
    let app = TestApp::spawn_demo().await;
    app.demo_token("donor@twinbridge.test").await;
    let auditor = app.cookie_client();
    let code = app.totp_code(DEMO_TOTP_SECRET);
    assert_eq!(
        app.browser_sign_in(&auditor, "auditor@twinbridge.test", DEMO_PASSWORD, Some(&code)).await.status(),
        303
    );
    let page = auditor.get(app.url("/audit?action=sign_in")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.matches("<td>sign_in</td>").count() >= 2, "the donor's and the auditor's own sign-in");
    for identity in DEMO_IDENTITIES {
        assert!(!mentions(&page, identity), "{identity} on the audit page");
    }
    app.clock.advance(TimeDelta::seconds(30));
    let coordinator = app.cookie_client();
    let code = app.totp_code(DEMO_TOTP_SECRET);
    app.browser_sign_in(&coordinator, "registry.coordinator@twinbridge.test", DEMO_PASSWORD, Some(&code)).await;
    assert_eq!(coordinator.get(app.url("/audit")).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn the_sqlite_files_hold_no_demo_identity() {
    // Always SQLite: this reads the database files themselves.
    let options = twinbridge_test_support::TestAppOptions { demo: true, ..Default::default() };
    let app = TestApp::spawn_on(twinbridge_test_support::TestDatabase::sqlite(), options).await;
    // Exercise sign-in by password and by e-mail link, and a screening that reads identities.
    let token = app.demo_token("donor@twinbridge.test").await;
    app.client.post(app.url("/sign-in/email")).form(&[("email", "patient@twinbridge.test")]).send().await.unwrap();
    app.mail.wait_for("patient@twinbridge.test").await;
    app.client
        .post(app.url("/api/v1/screen"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"text": "hello"}))
        .send()
        .await
        .unwrap();
    let dir = app.db.dir();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.starts_with("twinbridge.db") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        checked += bytes.len();
        for identity in DEMO_IDENTITIES {
            assert!(!bytes.windows(identity.len()).any(|w| w == identity.as_bytes()), "{identity} readable in {name}");
        }
    }
    assert!(checked > 0, "the database files were read");
}

#[tokio::test]
async fn the_logs_hold_no_demo_identity_even_at_debug_level() {
    let db = twinbridge_test_support::TestDatabase::new().await;
    let mut child = Command::new(env!("CARGO_BIN_EXE_twinbridge"))
        .current_dir(db.dir())
        .args(["serve", "--demo", "--listen", "127.0.0.1:0", "--database-url", db.url().expose()])
        .env_remove("TWINBRIDGE_DATABASE_URL")
        .env("RUST_LOG", "debug")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut log = Vec::new();
    let address = loop {
        let line = lines.next().expect("the server starts").unwrap();
        log.push(line.clone());
        if let Some(rest) = line.split("address=").nth(1) {
            break format!("http://{}", rest.split_whitespace().next().unwrap());
        }
    };
    let reader = std::thread::spawn(move || lines.map_while(Result::ok).collect::<Vec<_>>());
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let signed: serde_json::Value = client
        .post(format!("{address}/api/v1/session"))
        .json(&serde_json::json!({"email": "donor@twinbridge.test", "password": DEMO_PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = signed["token"].as_str().unwrap();
    client
        .post(format!("{address}/api/v1/session"))
        .json(&serde_json::json!({"email": "patient@twinbridge.test", "password": "x"}))
        .send()
        .await
        .unwrap();
    client.post(format!("{address}/sign-in/email")).form(&[("email", "patient@twinbridge.test")]).send().await.unwrap();
    client
        .post(format!("{address}/api/v1/screen"))
        .bearer_auth(token)
        .json(&serde_json::json!({"text": "Greetings from Aarav in Pune to Lena in Regensburg"}))
        .send()
        .await
        .unwrap();
    let pairings: serde_json::Value =
        client.get(format!("{address}/api/v1/pairings")).bearer_auth(token).send().await.unwrap().json().await.unwrap();
    let id = pairings[0]["id"].as_str().unwrap();
    client.get(format!("{address}/api/v1/pairings/{id}/policy")).bearer_auth(token).send().await.unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    child.wait().unwrap();
    log.extend(reader.join().unwrap());
    assert!(log.len() > 5, "the server logged its work");
    for line in &log {
        for identity in DEMO_IDENTITIES {
            assert!(!mentions(line, identity), "{identity} in the log: {line}");
        }
    }
}
