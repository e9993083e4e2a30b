use std::sync::Arc;

use twinbridge::startup::{Application, Mode, StartError};
use twinbridge_domain::FakeClock;
use twinbridge_test_support::{TestApp, TestAppOptions, default_now};

fn clock() -> Arc<FakeClock> {
    Arc::new(FakeClock::at(default_now()))
}

#[tokio::test]
async fn a_key_file_is_created_on_first_start_and_reused_after() {
    let app = TestApp::spawn_demo().await;
    let key_file = app.db.config().key_file;
    let first = std::fs::read_to_string(&key_file).expect("key file created");
    let db = app.stop().await;
    let app = TestApp::spawn_on(db, TestAppOptions { demo: true, ..TestAppOptions::default() }).await;
    assert_eq!(std::fs::read_to_string(&key_file).expect("still there"), first);
    drop(app);
}

#[tokio::test]
async fn starting_with_a_missing_or_foreign_key_file_is_refused() {
    let app = TestApp::spawn_demo().await;
    let db = app.stop().await;
    let key_file = db.config().key_file;
    let original = std::fs::read_to_string(&key_file).unwrap();

    std::fs::remove_file(&key_file).unwrap();
    let refused = Application::build(db.config(), clock(), Mode::Demo).await;
    assert!(matches!(&refused, Err(StartError::Refused(m)) if m.contains("missing")), "{refused:?}");
    assert!(!key_file.exists(), "a new key ring must not be created for a database with identities");

    std::fs::write(&key_file, twinbridge_crypto::KeyRing::generate().to_text()).unwrap();
    let refused = Application::build(db.config(), clock(), Mode::Demo).await;
    assert!(matches!(&refused, Err(StartError::Refused(m)) if m.contains("does not belong")), "{refused:?}");

    std::fs::write(&key_file, original).unwrap();
    assert!(Application::build(db.config(), clock(), Mode::Demo).await.is_ok());
}

#[tokio::test]
async fn keys_rotate_re_encrypts_everything_and_the_service_keeps_working() {
    let app = TestApp::spawn_demo().await;
    // A registration and a question, whose sealed fields and blind index must follow the new key too.
    let born = (twinbridge_domain::Clock::today(&app.clock) - chrono::TimeDelta::days(30 * 365)).to_string();
    let registration =
        serde_json::json!({"name": "Uma Rao", "email": "uma@example.org", "date_of_birth": born, "consent": true});
    let registered = app.client.post(app.url("/api/v1/donor-registrations")).json(&registration).send().await.unwrap();
    assert_eq!(registered.status(), 201);
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (status, _) = app
        .api(&donor, reqwest::Method::POST, "/api/v1/questions", Some(serde_json::json!({"body": "A question."})))
        .await;
    assert_eq!(status, 201);
    let db = app.stop().await;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_twinbridge"))
        .args(["keys", "rotate", "--database-url", db.url().expose(), "--key-file"])
        .arg(db.config().key_file)
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("key 2"));
    let ring = std::fs::read_to_string(db.config().key_file).unwrap();
    assert_eq!(ring.lines().filter(|l| l.starts_with("key ")).count(), 2, "the old key stays in the ring");

    // Every person's data key is now wrapped with key 2 (their fields stay sealed with their own key).
    let app = TestApp::spawn_on(db, TestAppOptions { demo: true, ..TestAppOptions::default() }).await;
    use sea_orm::EntityTrait;
    let persons = twinbridge_store::entities::persons::Entity::find().all(app.store.read()).await.unwrap();
    assert!(!persons.is_empty());
    for p in &persons {
        for value in [&p.legal_name, &p.email, &p.country] {
            assert!(twinbridge_crypto::DataKey::sealed(value));
        }
    }
    let data_keys = twinbridge_store::entities::person_keys::Entity::find().all(app.store.read()).await.unwrap();
    assert_eq!(data_keys.len(), persons.len());
    assert!(data_keys.iter().all(|k| twinbridge_crypto::KeyRing::key_id_of(&k.data_key) == Some(2)));
    // Sign-in by e-mail (blind index) and the identity reads still work.
    app.demo_token("donor@twinbridge.test").await;
    let email = twinbridge_domain::Email::parse("donor@twinbridge.test").unwrap();
    let id =
        twinbridge_store::repo::persons::find_id_by_email(app.store.read(), &app.keys, &email).await.unwrap().unwrap();
    let access = twinbridge_domain::access::IdentityAccess::for_system(id, "test");
    let (person, _) =
        twinbridge_store::repo::persons::read(app.store.read(), &app.keys, &access).await.unwrap().unwrap();
    assert_eq!(person.legal_name.as_str(), "Aarav Mehta");
    let rotated = twinbridge_store::repo::audit::with_action(app.store.read(), "keys_rotated").await.unwrap();
    assert_eq!(rotated.len(), 1);
    // The audit chain still verifies: older events with key 1, newer ones with key 2.
    let verified = twinbridge_store::repo::audit::verify(app.store.read(), &app.keys).await.unwrap();
    assert!(matches!(verified, twinbridge_store::repo::audit::Verification::Intact { .. }), "{verified:?}");
    let registrations =
        twinbridge_store::entities::donor_registrations::Entity::find().all(app.store.read()).await.unwrap();
    assert!(registrations.iter().all(|r| twinbridge_crypto::KeyRing::key_id_of(&r.identity) == Some(2)));
    let messages = twinbridge_store::entities::question_messages::Entity::find().all(app.store.read()).await.unwrap();
    assert!(!messages.is_empty() && messages.iter().all(|m| twinbridge_crypto::KeyRing::key_id_of(&m.body) == Some(2)));
    // The address is still recognised (the blind index was recomputed): nothing new is stored.
    let again = app.client.post(app.url("/api/v1/donor-registrations")).json(&registration).send().await.unwrap();
    assert_eq!(again.status(), 201);
    let count = twinbridge_store::entities::donor_registrations::Entity::find().all(app.store.read()).await.unwrap();
    assert_eq!(count.len(), 1);
}
