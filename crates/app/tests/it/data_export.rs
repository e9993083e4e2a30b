//! The right of access: `GET /api/v1/me/export` holds everything about the caller — their identity, consent
//! history and letters as they read them — and nothing of the other party's identity; it is audited and
//! changes nothing (a delivered letter stays unread).

use reqwest::Method;
use twinbridge_test_support::{TestApp, mentions};

const PATIENT_SIDE: [&str; 6] = ["Lena", "Vogel", "Regensburg", "patient@twinbridge.test", "Heidelberg", "Sophie"];

#[tokio::test]
async fn the_demo_donor_downloads_their_letters_and_consents_and_nothing_of_the_patient() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let (_, letters_before) = app.api(&donor, Method::GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    // A consent change, so that there is history.
    let consent = serde_json::json!({"level": "share_details", "share": ["first_name"]});
    let (status, _) = app.api(&donor, Method::PUT, &format!("/api/v1/pairings/{pairing}/consent"), Some(consent)).await;
    assert_eq!(status, 200);

    let response = app.client.get(app.url("/api/v1/me/export")).bearer_auth(&donor).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let data: serde_json::Value = response.json().await.unwrap();
    assert_eq!(data["identity"]["full_name"], "Aarav Mehta");
    assert_eq!(data["identity"]["town"], "Pune");
    let mine = &data["pairings"][0];
    let history = mine["consent_history"].as_array().unwrap();
    assert!(history.len() >= 2, "{history:?}");
    assert_eq!(history.last().unwrap()["level"], "share_details");
    let letters = mine["letters"].as_array().unwrap();
    assert!(letters.iter().any(|l| l["direction"] == "received"), "the delivered letter from the patient: {letters:?}");
    assert!(letters.iter().any(|l| l["direction"] == "written"), "the donor's own letter: {letters:?}");
    assert!(letters.iter().all(|l| l["text"].as_str().is_some_and(|t| !t.is_empty())));
    assert!(data["audit_events"].as_array().unwrap().iter().any(|e| e["action"] == "sign_in"));
    let text = data.to_string();
    for word in PATIENT_SIDE {
        assert!(!mentions(&text, word), "{word} in the donor's export");
    }

    // Exporting changed nothing: the letters are as they were (a delivered letter is not marked read).
    let (_, letters_after) = app.api(&donor, Method::GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    assert_eq!(letters_before, letters_after);
    let exported = twinbridge_store::repo::audit::with_action(app.store.read(), "data_exported").await.unwrap();
    assert_eq!(exported.len(), 1);
    assert_eq!(app.client.get(app.url("/api/v1/me/export")).send().await.unwrap().status(), 401);
}

#[tokio::test]
async fn the_account_page_leads_to_a_readable_copy_of_the_same_data() {
    let app = TestApp::spawn_demo().await;
    let donor = app.signed_in_client("donor@twinbridge.test").await;
    let account = donor.get(app.url("/account")).send().await.unwrap().text().await.unwrap();
    assert!(account.contains("href=\"/account/data\""));
    let page = donor.get(app.url("/account/data")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("Aarav Mehta") && page.contains("href=\"/api/v1/me/export\""), "{page}");
    assert!(!page.contains("T10:") && !page.contains("T00:"), "days in words, not timestamps");
    for word in PATIENT_SIDE {
        assert!(!mentions(&page, word), "{word} on the donor's data page");
    }
    // The download works with the browser session too.
    let file = donor.get(app.url("/api/v1/me/export")).send().await.unwrap();
    assert_eq!(file.status(), 200);
}
