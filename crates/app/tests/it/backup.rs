//! `twinbridge backup DIR` and `twinbridge restore DIR`: a consistent copy that restores into a new database
//! and reads every identity back, but only with the key ring it was sealed with.

use std::path::Path;

use sea_orm::EntityTrait;
use twinbridge_domain::PersonId;
use twinbridge_domain::access::IdentityAccess;
use twinbridge_store::entities::persons;
use twinbridge_store::{ConnectSettings, DatabaseUrl, Store, repo};
use twinbridge_test_support::{TestApp, TestDatabase};

use super::cli::twinbridge;

fn run(args: &[&str], key_file: &Path) -> (Option<i32>, String) {
    let output = twinbridge().args(args).env("TWINBRIDGE_KEY_FILE", key_file).output().unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.code(), text)
}

/// Every person's identity, decrypted with `keys`.
async fn identities(store: &Store, keys: &twinbridge_crypto::KeyRing) -> Vec<String> {
    let mut names = Vec::new();
    for row in persons::Entity::find().all(store.read()).await.unwrap() {
        let access = IdentityAccess::for_system(PersonId::from_uuid(row.id), "test");
        let (person, _) = repo::persons::read(store.read(), keys, &access).await.unwrap().unwrap();
        names.push(format!("{} {}", person.legal_name.as_str(), person.email.as_str()));
    }
    names.sort();
    names
}

#[tokio::test]
async fn a_backup_restores_into_a_new_database_and_every_identity_reads_back() {
    let app = TestApp::spawn_demo().await;
    let before = identities(&app.store, &app.state.keys).await;
    assert!(before.iter().any(|n| n.starts_with("Aarav Mehta")), "{before:?}");
    let key_file = app.db.config().key_file;
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup");
    let url = app.db.url().expose().to_owned();

    let (code, out) = run(&["backup", backup.to_str().unwrap(), "--database-url", &url], &key_file);
    assert_eq!(code, Some(0), "{out}");
    assert!(!backup.join("twinbridge.keys").exists(), "the key ring stays out unless asked for");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(backup.join("twinbridge-backup.json")).unwrap()).unwrap();
    let file = backup.join(manifest["file"].as_str().unwrap());
    let bytes = std::fs::read(&file).unwrap();
    assert!(!bytes.windows(5).any(|w| w == b"Aarav"), "the backup holds ciphertext only");
    // A second backup into the same folder is refused.
    assert_eq!(run(&["backup", backup.to_str().unwrap(), "--database-url", &url], &key_file).0, Some(2));

    // Into a new database: refused without the key ring, and with another one; restored with the right one.
    let target = TestDatabase::new().await;
    let target_url = target.url().expose().to_owned();
    let elsewhere = dir.path().join("no-such.keys");
    let (code, out) = run(&["restore", backup.to_str().unwrap(), "--database-url", &target_url], &elsewhere);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("key file") && out.contains("missing"), "{out}");
    let other = dir.path().join("other.keys");
    twinbridge::keys::create(&other).unwrap();
    let (code, out) = run(&["restore", backup.to_str().unwrap(), "--database-url", &target_url], &other);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("not the one this backup was sealed with"), "{out}");
    let (code, out) = run(&["restore", backup.to_str().unwrap(), "--database-url", &target_url], &key_file);
    assert_eq!(code, Some(0), "{out}");

    let restored =
        Store::connect(&DatabaseUrl::parse(&target_url).unwrap(), &ConnectSettings::default()).await.unwrap();
    assert_eq!(identities(&restored, &app.state.keys).await, before, "every identity reads back");
    let events = twinbridge_store::repo::audit::with_action(restored.read(), "backup_made").await.unwrap();
    assert_eq!(events.len(), 1, "the backup holds the event of its own making");
    restored.close().await.unwrap();

    // With --with-keys the backup carries the key ring, which a restore on a new machine puts in place.
    let with_keys = dir.path().join("with-keys");
    let (code, out) = run(&["backup", with_keys.to_str().unwrap(), "--with-keys", "--database-url", &url], &key_file);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("with the key ring"), "{out}");
    let machine = TestDatabase::new().await;
    let new_key_file = dir.path().join("new-machine.keys");
    let machine_url = machine.url().expose().to_owned();
    let (code, out) = run(&["restore", with_keys.to_str().unwrap(), "--database-url", &machine_url], &new_key_file);
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(std::fs::read(&new_key_file).unwrap(), std::fs::read(&key_file).unwrap());
}
