//! Every text that reaches a reader passes the screen, and the findings are removed unless a reviewer of the
//! reader's side unticks them: translations attached by staff, health updates, meeting notes (docs/adr/0022).

use std::sync::Arc;

use serde_json::{Value, json};
use tokio::task::JoinSet;
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;

const POST: reqwest::Method = reqwest::Method::POST;
const GET: reqwest::Method = reqwest::Method::GET;

/// The donor (Aarav Mehta of Pune) writes; the text the registry approves goes to the German centre.
const TRANSLATION: &str = "Liebe Lena, ich heiße Aarav und wohne in Pune. Alles Gute!";

/// The donor's answer waiting in the demo's review queue, approved by the donor's registry as written:
/// its path, now waiting for the centre.
async fn letter_at_the_centre(app: &TestApp, registry: &str) -> String {
    let (_, queue) = app.api(registry, GET, "/api/v1/review-queue", None).await;
    let path = format!("/api/v1/letters/{}", queue[0]["id"].as_str().unwrap());
    let (status, _) = app.api(registry, POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"}))).await;
    assert_eq!(status, 200);
    path
}

/// The `text` of each finding, or each string of a list.
fn texts(list: &Value) -> Vec<String> {
    let text = |v: &Value| v.as_str().or_else(|| v["text"].as_str()).unwrap_or_default().to_owned();
    list.as_array().unwrap().iter().map(text).collect()
}

#[tokio::test]
async fn a_translation_with_the_writers_name_and_town_reaches_the_patient_without_them() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let path = letter_at_the_centre(&app, &registry).await;
    let (status, _) = app
        .api(&centre, POST, &format!("{path}/translation"), Some(json!({"language": "de", "text": TRANSLATION})))
        .await;
    assert_eq!(status, 201);

    // The centre's review shows the writer's name and town in the translation, and the reader's own name.
    let (_, seen) = app.api(&centre, GET, &path, None).await;
    let found = texts(&seen["translation"]["findings"]);
    for word in ["Aarav", "Pune", "Lena"] {
        assert!(found.iter().any(|f| f == word), "{word} in {found:?}");
    }
    // A finding of the writer's identifiers never says whose identifier matched.
    let aarav = seen["translation"]["findings"].as_array().unwrap().iter().find(|f| f["text"] == "Aarav").unwrap();
    assert_eq!(aarav["kind"], "detected", "{aarav}");
    assert!(!aarav["reason"].as_str().unwrap().contains("known"), "{aarav}");
    assert!(seen["translation"]["approved"].is_null(), "nothing approved yet: {seen}");

    // Approving without a word on the translation removes what the screen found.
    let (status, _) = app.api(&centre, POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"}))).await;
    assert_eq!(status, 200);
    let (_, read) = app.api(&patient, GET, &path, None).await;
    let got = read["translation"]["text"].as_str().unwrap();
    assert!(!got.contains("Aarav") && !got.contains("Pune"), "{got}");
    assert!(got.contains("[entfernt: Name]") && got.contains("[entfernt: Ort]."), "tokens, full stop kept: {got}");
    let (_, seen) = app.api(&centre, GET, &path, None).await;
    assert_eq!(seen["translation"]["approved"].as_str(), Some(got), "the centre sees what the reader got");
}

#[tokio::test]
async fn a_reviewer_who_unticks_a_translation_finding_passes_it_on() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let path = letter_at_the_centre(&app, &registry).await;
    app.api(&centre, POST, &format!("{path}/translation"), Some(json!({"language": "de", "text": TRANSLATION}))).await;
    let (_, seen) = app.api(&centre, GET, &path, None).await;
    // Everything but the greeting's "Lena" is removed: the reviewer unticked it.
    let kept: Vec<&Value> =
        seen["translation"]["findings"].as_array().unwrap().iter().filter(|f| f["text"] != "Lena").collect();
    let chosen: Vec<Value> =
        kept.iter().map(|f| json!({"start": f["start"], "end": f["end"], "category": f["category"]})).collect();
    let review = json!({"decision": "approve", "translation_redactions": chosen});
    let (status, _) = app.api(&centre, POST, &format!("{path}/reviews"), Some(review)).await;
    assert_eq!(status, 200);
    let (_, read) = app.api(&patient, GET, &path, None).await;
    let got = read["translation"]["text"].as_str().unwrap();
    assert!(got.starts_with("Liebe Lena,") && !got.contains("Aarav"), "{got}");

    // A redaction outside the translation is refused and changes nothing.
    let app2 = TestApp::spawn_demo().await;
    let registry = app2.demo_token("registry.coordinator@twinbridge.test").await;
    let centre = app2.demo_token("centre.coordinator@twinbridge.test").await;
    let path = letter_at_the_centre(&app2, &registry).await;
    app2.api(&centre, POST, &format!("{path}/translation"), Some(json!({"language": "de", "text": "Hallo"}))).await;
    let bad = json!({"decision": "approve", "translation_redactions": [{"start": 3, "end": 90, "category": "PERSON"}]});
    let (status, _) = app2.api(&centre, POST, &format!("{path}/reviews"), Some(bad)).await;
    assert_eq!(status, 422);
    let (_, seen) = app2.api(&centre, GET, &path, None).await;
    assert_eq!(seen["status"], "in_review", "{seen}");
}

#[tokio::test]
async fn a_translation_attached_after_delivery_is_screened_at_once_and_staff_can_undo_a_removal() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let path = letter_at_the_centre(&app, &registry).await;
    app.api(&centre, POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"}))).await;
    let (_, read) = app.api(&patient, GET, &path, None).await;
    assert!(read.get("translation").is_none(), "no translation yet: {read}");

    let translation = json!({"language": "de", "text": TRANSLATION});
    let (status, _) = app.api(&centre, POST, &format!("{path}/translation"), Some(translation)).await;
    assert_eq!(status, 201);
    let (_, read) = app.api(&patient, GET, &path, None).await;
    let got = read["translation"]["text"].as_str().unwrap();
    assert!(!got.contains("Aarav") && !got.contains("Pune"), "removed at once: {got}");

    // Staff see what was removed and choose again: only the town goes.
    let (_, seen) = app.api(&centre, GET, &path, None).await;
    let pune =
        seen["translation"]["findings"].as_array().unwrap().iter().find(|f| f["text"] == "Pune").unwrap().clone();
    let again = json!({"language": "de", "text": TRANSLATION,
        "redactions": [{"start": pune["start"], "end": pune["end"], "category": "LOCATION"}]});
    let (status, _) = app.api(&centre, POST, &format!("{path}/translation"), Some(again)).await;
    assert_eq!(status, 201);
    let (_, read) = app.api(&patient, GET, &path, None).await;
    assert_eq!(read["translation"]["text"], "Liebe Lena, ich heiße Aarav und wohne in [entfernt: Ort]. Alles Gute!");
}

/// Two coordinators attach translations at once after delivery: both are kept, and the reader gets one of
/// them whole, with the screen's findings removed.
#[tokio::test]
async fn simultaneous_translations_leave_the_reader_one_screened_translation() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let path = letter_at_the_centre(&app, &registry).await;
    app.api(&centre, POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"}))).await;
    let variants = [TRANSLATION.to_owned(), TRANSLATION.replace("Alles Gute", "Herzliche Grüße")];
    let mut tasks = JoinSet::new();
    for text in variants.clone() {
        let (app, centre, path) = (app.clone(), centre.clone(), path.clone());
        tasks.spawn(async move {
            app.api(&centre, POST, &format!("{path}/translation"), Some(json!({"language": "de", "text": text})))
                .await
                .0
        });
    }
    while let Some(status) = tasks.join_next().await {
        assert_eq!(status.unwrap(), 201);
    }
    let (_, read) = app.api(&patient, GET, &path, None).await;
    let got = read["translation"]["text"].as_str().unwrap();
    assert!(!got.contains("Aarav") && !got.contains("Pune"), "{got}");
    assert!(got.ends_with("Alles Gute!") || got.ends_with("Herzliche Grüße!"), "one of them whole: {got}");
}

#[tokio::test]
async fn the_review_page_shows_the_translations_findings_ticked_with_plain_reasons() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let path = letter_at_the_centre(&app, &registry).await;
    app.api(&centre, POST, &format!("{path}/translation"), Some(json!({"language": "de", "text": TRANSLATION}))).await;
    let page_path = path.trim_start_matches("/api/v1");
    let client = app.signed_in_client("centre.coordinator@twinbridge.test").await;
    let html = client.get(app.url(page_path)).send().await.unwrap().text().await.unwrap();
    let boxes: Vec<&str> = html.split("<input").filter(|i| i.contains("name=\"redact_translation\"")).collect();
    assert!(boxes.len() >= 2, "{html}");
    assert!(boxes.iter().all(|b| b.contains(" checked")), "pre-ticked: {boxes:?}");
    // The reasons are plain words, never the screen's internal wording.
    assert!(!html.contains("gazetteer") && !html.contains("given to the screen"), "{html}");

    // Approving from the page as shown removes them.
    let (_, seen) = app.api(&centre, GET, &path, None).await;
    let ticked: Vec<(&str, String)> = seen["translation"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| ("redact_translation", format!("{}-{}-{}", f["start"], f["end"], f["category"].as_str().unwrap())))
        .collect();
    let mut form = ticked.clone();
    form.push(("decision", "approve".into()));
    let answer = client.post(app.url(&format!("{page_path}/review"))).form(&form).send().await.unwrap();
    assert!(answer.status().is_success() || answer.status().is_redirection(), "{}", answer.status());
    let (_, seen) = app.api(&centre, GET, &path, None).await;
    let approved = seen["translation"]["approved"].as_str().unwrap();
    assert!(!approved.contains("Aarav") && !approved.contains("Pune"), "{approved}");
}

#[tokio::test]
async fn a_health_update_leaves_the_patients_side_without_the_patients_name_and_town() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/pairings/{pairing}/health-updates");
    let on = (app.clock.today() - chrono::TimeDelta::days(3)).to_string();
    let text = "Lena Vogel is well and back home in Regensburg.";
    let (status, created) =
        app.api(&centre, POST, &path, Some(json!({"status": "well", "text": text, "on": on}))).await;
    assert_eq!(status, 201, "{created}");
    let letter = format!("/api/v1/letters/{}", created["id"].as_str().unwrap());

    // The donor's side reviews the text without them; the patient's side sees what the screen removed.
    let (_, at_registry) = app.api(&registry, GET, &letter, None).await;
    let seen = at_registry["text"].as_str().unwrap();
    assert!(!seen.contains("Lena") && !seen.contains("Regensburg"), "{seen}");
    assert!(seen.ends_with("]."), "a token in the donor's language, full stop kept: {seen}");
    let (_, at_centre) = app.api(&centre, GET, &letter, None).await;
    assert_eq!(at_centre["original"], text);
    let removed = at_centre["reviews"][0]["redactions"].as_array().unwrap().len();
    assert!(removed >= 2, "{at_centre}");

    // Explicit redactions are the coordinator's choice: an empty list removes nothing.
    let keep = json!({"status": "well", "text": "Well again, writes Lena.", "on": on, "redactions": []});
    let (_, created) = app.api(&centre, POST, &path, Some(keep)).await;
    let (_, at_registry) =
        app.api(&registry, GET, &format!("/api/v1/letters/{}", created["id"].as_str().unwrap()), None).await;
    assert_eq!(at_registry["text"], "Well again, writes Lena.");
}

#[tokio::test]
async fn a_meeting_note_reaches_the_other_side_without_the_proposers_details() {
    let app = TestApp::spawn_demo().await;
    let p = crate::release::released_pairing_2(&app).await;
    let path = format!("/api/v1/pairings/{}/meetings", p.id);
    let note = "I am Sophie from Heidelberg, call me on +49 151 23456789.";
    let (status, proposed) = app.api(&p.patient, POST, &path, Some(json!({ "note": note }))).await;
    assert_eq!(status, 201, "{proposed}");
    // The proposer's side reads the note as written and what the screen took out of it.
    assert_eq!(proposed["note"], note);
    let removed = texts(&proposed["note_removed"]);
    for word in ["Sophie", "Heidelberg"] {
        assert!(removed.iter().any(|r| r == word), "{word} in {removed:?}");
    }
    // The other side, participant and coordinator, read it without them.
    for token in [&p.donor, &p.registry] {
        let (_, seen) = app.api(token, GET, &path, None).await;
        let shown = seen[0]["note"].as_str().unwrap();
        assert!(!shown.contains("Sophie") && !shown.contains("Heidelberg") && !shown.contains("23456789"), "{shown}");
        assert!(seen[0].get("note_removed").is_none(), "{seen}");
    }
    let (_, accepted) =
        app.api(&p.donor, POST, &format!("/api/v1/meetings/{}/accept", proposed["id"].as_str().unwrap()), None).await;
    assert!(!accepted["note"].as_str().unwrap().contains("Sophie"), "{accepted}");
}
