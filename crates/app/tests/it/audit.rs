//! The anonymity guarantee's evidence: the audit hash chain, the auditors' page, and no identity in the
//! database files or the logs.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use chrono::TimeDelta;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
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
    audit_command(app, &["verify"])
}

/// `twinbridge audit <args>` on the app's database, with its key ring.
fn audit_command(app: &TestApp, args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_twinbridge"))
        .arg("audit")
        .args(args)
        .args(["--database-url", app.db.url().expose()])
        .env_remove("TWINBRIDGE_DATABASE_URL")
        .env("TWINBRIDGE_KEY_FILE", app.db.config().key_file)
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
async fn a_chain_recomputed_without_the_key_ring_does_not_verify() {
    let app = TestApp::spawn_demo().await;
    assert_eq!(app.api_sign_in("patient@twinbridge.test", "wrong password", None).await.status(), 401);
    let events = audit_events::Entity::find().all(app.store.read()).await.unwrap();
    assert!(events.iter().all(|e| e.key_id == Some(1)), "every event is sealed with the ring's key");
    // An attacker who can write the database changes the failed sign-in and recomputes every hash with a
    // key of their own (they do not have the ring's).
    let target = audit::with_action(app.store.read(), "sign_in_failed").await.unwrap()[0].id;
    audit_events::Entity::update_many()
        .col_expr(audit_events::Column::Action, Expr::value("sign_in"))
        .filter(audit_events::Column::Id.eq(target))
        .exec(app.store.read())
        .await
        .unwrap();
    let sealed = audit::seal_unkeyed(app.store.read(), &twinbridge_crypto::KeyRing::generate()).await.unwrap();
    assert!(!sealed, "a changed chain is not sealed over");
    let forged = twinbridge_crypto::KeyRing::generate();
    let mut prev = vec![0u8; 32];
    let chain =
        audit_events::Entity::find().order_by_asc(audit_events::Column::Seq).all(app.store.read()).await.unwrap();
    for e in chain {
        let (_, mac) = forged.audit_mac(format!("{}{}", e.id, hex::encode(&prev)).as_bytes());
        audit_events::Entity::update_many()
            .col_expr(audit_events::Column::PrevHash, Expr::value(prev.clone()))
            .col_expr(audit_events::Column::Hash, Expr::value(mac.to_vec()))
            .filter(audit_events::Column::Id.eq(e.id))
            .exec(app.store.read())
            .await
            .unwrap();
        prev = mac.to_vec();
    }
    let (code, out) = verify(&app);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("number 1") && out.contains("changed"), "{out}");
}

#[tokio::test]
async fn deleting_the_newest_events_is_found_against_a_checkpoint() {
    let app = TestApp::spawn_demo().await;
    for _ in 0..3 {
        assert_eq!(app.api_sign_in("patient@twinbridge.test", "wrong password", None).await.status(), 401);
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("checkpoint.json");
    let file = file.to_str().unwrap();
    let (code, out) = audit_command(&app, &["checkpoint", file]);
    assert_eq!(code, Some(0), "{out}");
    let (code, out) = audit_command(&app, &["verify", "--checkpoint", file]);
    assert_eq!(code, Some(0), "{out}");
    // Later events do not disturb the comparison.
    app.demo_token("donor@twinbridge.test").await;
    let (code, out) = audit_command(&app, &["verify", "--checkpoint", file]);
    assert_eq!(code, Some(0), "{out}");

    // The last two events before the checkpoint's head are deleted (and the newer ones with them): the
    // shorter chain is valid on its own, but not against the checkpoint.
    let head = audit::head(app.store.read()).await.unwrap().unwrap().0;
    let checkpoint: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let at_checkpoint = checkpoint["events"].as_i64().unwrap();
    assert!(head > at_checkpoint);
    audit_events::Entity::delete_many()
        .filter(audit_events::Column::Seq.gt(at_checkpoint - 2))
        .exec(app.store.read())
        .await
        .unwrap();
    assert_eq!(verify(&app).0, Some(0), "a truncated chain verifies on its own");
    let (code, out) = audit_command(&app, &["verify", "--checkpoint", file]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("deleted"), "{out}");

    // A checkpoint that was edited is not taken.
    let mut edited = checkpoint.clone();
    edited["events"] = serde_json::json!(at_checkpoint - 2);
    std::fs::write(file, edited.to_string()).unwrap();
    let (code, out) = audit_command(&app, &["verify", "--checkpoint", file]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("not signed"), "{out}");
    std::fs::write(file, "not a checkpoint").unwrap();
    assert_eq!(audit_command(&app, &["verify", "--checkpoint", file]).0, Some(2));
}

#[tokio::test]
async fn the_daily_job_writes_a_checkpoint_that_holds() {
    let app = TestApp::spawn_demo().await;
    app.demo_token("donor@twinbridge.test").await;
    twinbridge::services::jobs::run_due(&app.state, true).await.unwrap();
    let dir = app.db.config().audit_checkpoint_dir;
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|f| f.unwrap().path()).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let checkpoint = twinbridge::checkpoint::read(&files[0]).unwrap();
    assert!(checkpoint.events > 0);
    let compared = twinbridge::checkpoint::compare(&app.store, &app.keys, &checkpoint).await.unwrap();
    assert_eq!(compared, twinbridge::checkpoint::Comparison::Holds);
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
    assert!(
        page.matches(r#"<span title="sign_in">Signed in</span>"#).count() >= 2,
        "the donor's and the auditor's own sign-in, in words"
    );
    // Colleagues by name and role; participants by their part only, never by an account id.
    assert!(page.contains("Registry Auditor (Auditor)"), "the auditor's own name and role");
    assert!(page.contains("<td>The donor</td>"), "the donor as the donor");
    let donor = twinbridge_store::repo::accounts::find_by_email(
        app.store.read(),
        &app.keys,
        &twinbridge_domain::Email::parse("donor@twinbridge.test").unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    assert!(!page.contains(&donor.id.to_string()), "no participant's account id");
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

/// Reads recorded apart from other writes are written in batches (ADR 0029): simultaneous reads of what
/// the other party may be told, beside simultaneous letters (whose events join their own transactions),
/// each have their event in the trail by the time their answer arrives, in one chain that verifies.
#[tokio::test]
async fn simultaneous_reads_and_writes_are_each_audited_in_one_intact_chain() {
    let app = std::sync::Arc::new(TestApp::spawn_demo().await);
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, mine) = app.api(&donor, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing = mine[0]["id"].as_str().unwrap().to_owned();
    let reads = || async { audit::with_action(app.store.read(), "identity_read").await.unwrap().len() };
    // One read alone: its event is committed by the time its answer arrives.
    let reads_before = reads().await;
    let (status, told) =
        app.api(&donor, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/counterpart"), None).await;
    assert_eq!(status, 200);
    assert!(told.as_object().is_some_and(|o| !o.is_empty()), "the demo donor may be told something: {told}");
    assert_eq!(reads().await, reads_before + 1);
    let reads_before = reads().await;
    let mut set = tokio::task::JoinSet::new();
    for i in 0..40 {
        let (app, donor, pairing) = (std::sync::Arc::clone(&app), donor.clone(), pairing.clone());
        set.spawn(async move {
            let (status, body) = if i % 4 == 0 {
                let letter =
                    serde_json::json!({"body": "Thinking of you and hoping the days are kind.", "language": "en"});
                let path = format!("/api/v1/pairings/{pairing}/letters");
                app.api(&donor, reqwest::Method::POST, &path, Some(letter)).await
            } else {
                app.api(&donor, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/counterpart"), None).await
            };
            (i % 4 == 0, status, body)
        });
    }
    let answers = set.join_all().await;
    let read_answers: Vec<_> = answers.iter().filter(|(letter, ..)| !letter).collect();
    assert!(read_answers.iter().all(|(_, status, _)| *status == 200), "{read_answers:?}");
    let told = read_answers.iter().filter(|(_, _, body)| body.as_object().is_some_and(|o| !o.is_empty())).count();
    assert!(told > 0, "the demo donor may be told something of the patient: {read_answers:?}");
    assert_eq!(reads().await - reads_before, told, "one event for each read that told something");
    let sent = answers.iter().filter(|(letter, status, _)| *letter && *status == 201).count();
    assert!(sent > 0);
    let (code, out) = verify(&app);
    assert_eq!(code, Some(0), "{out}");
}

/// A batch is chained exactly as events appended one by one: consecutive positions, each sealed over the
/// one before, each at its own time; the chain verifies.
#[tokio::test]
async fn a_batch_of_events_continues_the_chain_in_its_order() {
    use twinbridge_domain::audit::AuditAction;
    let app = TestApp::spawn_demo().await;
    let before = audit::head(app.store.read()).await.unwrap();
    let now = twinbridge_domain::clock::Clock::now(&app.clock);
    let events: Vec<_> = [AuditAction::SignIn, AuditAction::IdentityRead, AuditAction::SignInFailed]
        .into_iter()
        .enumerate()
        .map(|(i, action)| (audit::NewEvent::new(action), now + TimeDelta::seconds(i64::try_from(i).unwrap())))
        .collect();
    let keys = &app.keys;
    app.store
        .write_tx(|tx| {
            let events = events.clone();
            async move { audit::append_all(&*tx, keys, events).await }
        })
        .await
        .unwrap();
    let written = audit_events::Entity::find()
        .order_by_desc(audit_events::Column::Seq)
        .all(app.store.read())
        .await
        .unwrap()
        .into_iter()
        .take(3)
        .rev()
        .collect::<Vec<_>>();
    let first = before.map_or(1, |(seq, _)| seq + 1);
    assert_eq!(written.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![first, first + 1, first + 2]);
    assert_eq!(
        written.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["sign_in", "identity_read", "sign_in_failed"]
    );
    for pair in written.windows(2) {
        assert_eq!(pair[1].prev_hash, pair[0].hash);
        assert!(pair[1].at > pair[0].at);
    }
    let (code, out) = verify(&app);
    assert_eq!(code, Some(0), "{out}");
}
