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
