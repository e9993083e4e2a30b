//! Screening: `twinbridge screen` and `POST /api/v1/screen`.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{Value, json};
use twinbridge_test_support::TestApp;

#[test]
fn screen_jsonl_answers_each_line_in_order_and_exits_2_after_a_malformed_one() {
    let input = [
        json!({"id": "L1", "text": "Liebe Grüße aus Regensburg, deine Lena", "language": "de", "known": {"names": ["Lena Vogel"], "places": ["Regensburg"]}}).to_string(),
        "{not json".to_owned(),
        json!({"id": "L2", "text": "मेरा नाम प्रिया है। Call +91 98220 12345."}).to_string(),
    ]
    .join("\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_twinbridge"))
        .args(["screen", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let lines: Vec<Value> =
        String::from_utf8(output.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "L1");
    assert_eq!(lines[1]["id"], Value::Null);
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["id"], "L2");
    for line in [&lines[0], &lines[2]] {
        let text = input
            .lines()
            .find(|l| l.contains(line["id"].as_str().unwrap()))
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .unwrap();
        let chars: Vec<char> = text["text"].as_str().unwrap().chars().collect();
        for finding in line["findings"].as_array().unwrap() {
            let (start, end) = (finding["start"].as_u64().unwrap() as usize, finding["end"].as_u64().unwrap() as usize);
            assert_eq!(chars[start..end].iter().collect::<String>(), finding["text"].as_str().unwrap(), "char offsets");
        }
    }
    let redacted = lines[0]["redacted"].as_str().unwrap();
    assert!(!redacted.contains("Regensburg") && !redacted.contains("Lena"), "{redacted}");
    assert!(lines[2]["findings"].as_array().unwrap().iter().any(|f| f["category"] == "CONTACT"));
}

async fn screen(app: &TestApp, token: &str, body: Value) -> (u16, Value) {
    let response = app.client.post(app.url("/api/v1/screen")).bearer_auth(token).json(&body).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn the_api_screen_knows_only_the_callers_own_identifiers_and_never_says_whose() {
    let app = TestApp::spawn_demo().await;
    assert_eq!(
        app.client.post(app.url("/api/v1/screen")).json(&json!({"text": "hi"})).send().await.unwrap().status(),
        401
    );

    let donor = app.demo_token("donor@twinbridge.test").await;
    // "Mehta" alone is the donor's own surname: found as a known name.
    let (status, own) = screen(&app, &donor, json!({"text": "Warm wishes from the Mehta family"})).await;
    assert_eq!(status, 200);
    let findings = own["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["text"] == "Mehta"), "{own}");
    assert!(own["redacted"].as_str().unwrap().contains("[removed:"));

    // The patient's surname is not seeded for the donor: a guess must not be confirmed as "known".
    let (_, guess) = screen(&app, &donor, json!({"text": "Is your name Vogel?"})).await;
    for finding in guess["findings"].as_array().unwrap() {
        assert!(
            !finding["reason"].as_str().unwrap().contains("known"),
            "the screen must not confirm a guess: {finding}"
        );
    }
    for finding in findings.iter().chain(guess["findings"].as_array().unwrap()) {
        let reason = finding["reason"].as_str().unwrap().to_lowercase();
        for word in ["donor", "patient", "writer", "reader", "their"] {
            assert!(!reason.contains(word), "a reason never says whose identifier matched: {reason}");
        }
    }

    // Pairings the caller does not work on do not exist for the screen either.
    let patient3 = app.demo_token("patient3@twinbridge.test").await;
    let (_, theirs) = {
        let response = app.client.get(app.url("/api/v1/pairings")).bearer_auth(&patient3).send().await.unwrap();
        (200, response.json::<Value>().await.unwrap())
    };
    let french = theirs[0]["id"].as_str().unwrap();
    assert_eq!(screen(&app, &donor, json!({"text": "x", "pairing_id": french})).await.0, 404);

    // Donor-side staff screening in the pairing know the donor's identifiers, not the patient's.
    let staff = app.demo_token("registry.coordinator@twinbridge.test").await;
    let (_, mine) = {
        let response = app.client.get(app.url("/api/v1/pairings")).bearer_auth(&donor).send().await.unwrap();
        (200, response.json::<Value>().await.unwrap())
    };
    let pairing = mine[0]["id"].as_str().unwrap();
    let (status, seen) =
        screen(&app, &staff, json!({"text": "Aarav from Pune writes to Lena", "pairing_id": pairing})).await;
    assert_eq!(status, 200);
    let known: Vec<&str> = seen["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["reason"].as_str().unwrap().contains("known"))
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert!(known.contains(&"Aarav") && known.contains(&"Pune"), "{seen}");
    assert!(!known.contains(&"Lena"), "{seen}");
}

#[tokio::test]
async fn findings_the_pairings_rules_forbid_are_marked_and_a_forbidden_country_is_found() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let text = "Warm wishes from Pune, where I have lived all my life.";
    // Without a pairing the screen finds the town, and no rule is named.
    let (_, plain) = screen(&app, &donor, json!({"text": text})).await;
    let town = |v: &Value| v["findings"].as_array().unwrap().iter().find(|f| f["text"] == "Pune").cloned().unwrap();
    assert!(!town(&plain)["reason"].as_str().unwrap().contains("contact rules"), "{plain}");
    // With the pairing: India and Germany forbid the writer's place of residence in letters.
    let (status, ruled) = screen(&app, &donor, json!({"text": text, "pairing_id": pairing})).await;
    assert_eq!(status, 200, "{ruled}");
    let reason = town(&ruled)["reason"].as_str().unwrap().to_owned();
    assert!(reason.ends_with("not allowed in letters under this pairing's contact rules"), "{reason}");
    assert!(!ruled["redacted"].as_str().unwrap().contains("Pune"));
}

/// Each account may screen 60 texts at once, then gets `429` with `Retry-After` until its budget refills (one a
/// second) while other accounts are not held up; a text over the length limit is refused with a problem.
#[tokio::test]
async fn the_api_screen_is_rate_limited_per_account_and_refuses_overlong_texts() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    for i in 0..60 {
        let (status, body) = screen(&app, &donor, json!({"text": format!("Letter number {i}")})).await;
        assert_eq!(status, 200, "request {i}: {body}");
    }
    let response = app
        .client
        .post(app.url("/api/v1/screen"))
        .bearer_auth(&donor)
        .json(&json!({"text": "one more"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    let wait: u32 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "Retry-After: {wait}");
    let problem: Value = response.json().await.unwrap();
    assert!(problem["type"].as_str().unwrap().ends_with("/too-many-requests"), "{problem}");
    assert_eq!(problem["status"], 429);

    // One request a second comes back (the application's clock, fake in tests, stands still until moved).
    app.clock.advance(chrono::TimeDelta::seconds(i64::from(wait)));
    assert_eq!(screen(&app, &donor, json!({"text": "after a pause"})).await.0, 200);
    assert_eq!(screen(&app, &donor, json!({"text": "and one more"})).await.0, 429);

    // Another account has its own budget.
    assert_eq!(screen(&app, &patient, json!({"text": "Hello from Pune"})).await.0, 200);
    let (status, problem) = screen(&app, &patient, json!({"text": "a".repeat(100_001)})).await;
    assert_eq!(status, 413, "{problem}");
    assert!(problem["type"].as_str().unwrap().ends_with("/text-too-long"), "{problem}");
}
