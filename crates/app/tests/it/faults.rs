//! Faults from outside: the process killed with SIGKILL in the middle of a burst of writes. Every letter
//! whose `201` reached its writer is there after the restart, exactly once, and the audit chain is intact.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::Notify;
use tokio::task::JoinSet;
use twinbridge_test_support::TestDatabase;

use crate::cli::{Server, twinbridge};

const CLIENTS: usize = 4;
const LETTERS_PER_CLIENT: usize = 20;
/// The kill comes once this many letters are acknowledged, with the other clients' requests in flight.
const KILL_AFTER: usize = 24;

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The demo donor's API token and the id of the main demo pairing, which allows any number of letters.
async fn donor(client: &reqwest::Client, address: &str) -> (String, String) {
    let body = json!({"email": "donor@twinbridge.test", "password": "twinbridge-demo"});
    let response = client.post(format!("{address}/api/v1/session")).json(&body).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let token = response.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned();
    let response = client.get(format!("{address}/api/v1/pairings")).bearer_auth(&token).send().await.unwrap();
    let pairings: Value = response.json().await.unwrap();
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    (token, pairing)
}

/// The ids of the pairing's letters, as the donor lists them.
async fn letters(client: &reqwest::Client, address: &str, token: &str, pairing: &str) -> Vec<String> {
    let response =
        client.get(format!("{address}/api/v1/pairings/{pairing}/letters")).bearer_auth(token).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let listed: Vec<Value> = response.json().await.unwrap();
    listed.iter().map(|l| l["id"].as_str().unwrap().to_owned()).collect()
}

/// What the writers saw: the ids of the letters acknowledged with `201`, and any other answer.
#[derive(Default)]
struct Burst {
    acknowledged: Mutex<Vec<String>>,
    count: AtomicUsize,
    unexpected: Mutex<Vec<String>>,
    cut_off: AtomicBool,
}

/// One writer: sends its letters one after another and stops at the first request the server does not
/// answer (it has been killed).
async fn write_letters(client: reqwest::Client, url: String, token: String, burst: Arc<Burst>, enough: Arc<Notify>) {
    for i in 0..LETTERS_PER_CLIENT {
        let body = json!({"body": format!("Thank you for everything. I think of you often, letter {i}.")});
        let answer = match client.post(&url).bearer_auth(&token).json(&body).send().await {
            Ok(response) => response,
            Err(_) => {
                burst.cut_off.store(true, Ordering::SeqCst);
                return;
            }
        };
        let status = answer.status().as_u16();
        // A body cut off by the kill is no acknowledgement.
        let Ok(text) = answer.text().await else {
            burst.cut_off.store(true, Ordering::SeqCst);
            return;
        };
        if status != 201 {
            burst.unexpected.lock().unwrap().push(format!("{status} {text}"));
            return;
        }
        let written: Value = serde_json::from_str(&text).unwrap();
        burst.acknowledged.lock().unwrap().push(written["id"].as_str().unwrap().to_owned());
        if burst.count.fetch_add(1, Ordering::SeqCst) + 1 == KILL_AFTER {
            enough.notify_one();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn letters_acknowledged_before_a_sigkill_are_all_there_after_the_restart() {
    let db = TestDatabase::new().await;
    let server = Server::start(&db, &["--demo"]);
    let client = http();
    let (token, pairing) = donor(&client, &server.address).await;
    let before = letters(&client, &server.address, &token, &pairing).await.len();

    let burst = Arc::new(Burst::default());
    let enough = Arc::new(Notify::new());
    let url = format!("{}/api/v1/pairings/{pairing}/letters", server.address);
    let mut writers = JoinSet::new();
    for _ in 0..CLIENTS {
        writers.spawn(write_letters(
            client.clone(),
            url.clone(),
            token.clone(),
            Arc::clone(&burst),
            Arc::clone(&enough),
        ));
    }
    tokio::time::timeout(Duration::from_secs(20), enough.notified())
        .await
        .unwrap_or_else(|_| panic!("{KILL_AFTER} letters were not acknowledged within 20 s"));
    server.kill();
    tokio::time::timeout(Duration::from_secs(10), writers.join_all()).await.expect("the writers stop after the kill");

    let unexpected = burst.unexpected.lock().unwrap().clone();
    assert!(unexpected.is_empty(), "answers other than 201 before the kill: {unexpected:?}");
    let acknowledged = burst.acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() >= KILL_AFTER, "{}", acknowledged.len());
    assert!(
        burst.cut_off.load(Ordering::SeqCst) && acknowledged.len() < CLIENTS * LETTERS_PER_CLIENT,
        "the kill came after the burst had ended"
    );

    let server = Server::start(&db, &["--demo"]);
    let (token, again) = donor(&client, &server.address).await;
    assert_eq!(again, pairing);
    for id in &acknowledged {
        let response =
            client.get(format!("{}/api/v1/letters/{id}", server.address)).bearer_auth(&token).send().await.unwrap();
        assert_eq!(response.status(), 200, "acknowledged letter {id} is gone after the restart");
    }
    let listed = letters(&client, &server.address, &token, &pairing).await;
    for id in &acknowledged {
        assert_eq!(listed.iter().filter(|l| *l == id).count(), 1, "letter {id} in {listed:?}");
    }
    // Besides them, at most the one request each writer had in flight was committed unanswered.
    let new = listed.len() - before;
    assert!((acknowledged.len()..=acknowledged.len() + CLIENTS).contains(&new), "{new} new letters");
    let mut unique = listed.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), listed.len(), "a letter is listed twice: {listed:?}");
    assert_eq!(server.stop(), Some(0));

    let verified = twinbridge()
        .current_dir(db.dir())
        .args(["audit", "verify", "--database-url", db.url().expose()])
        .output()
        .unwrap();
    assert_eq!(verified.status.code(), Some(0), "{}", String::from_utf8_lossy(&verified.stderr));
    assert!(String::from_utf8_lossy(&verified.stdout).starts_with("audit trail intact"));
}
