//! Anonymous letters through the API: write, both reviews with redactions, delivery, reading.

use chrono::TimeDelta;
use serde_json::json;
use twinbridge_test_support::TestApp;

/// The id of the first pairing the holder of `token` sees.
async fn first_pairing(app: &TestApp, token: &str) -> String {
    let (_, pairings) = app.api(token, reqwest::Method::GET, "/api/v1/pairings", None).await;
    pairings[0]["id"].as_str().unwrap().to_owned()
}

/// `POST /api/v1/pairings/{pairing}/letters`.
async fn write(app: &TestApp, token: &str, pairing: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
    app.api(token, reqwest::Method::POST, &format!("/api/v1/pairings/{pairing}/letters"), Some(body)).await
}

fn span(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).unwrap();
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

struct Tokens {
    donor: String,
    patient: String,
    registry: String,
    centre: String,
}

async fn tokens(app: &TestApp) -> Tokens {
    let donor = app.demo_token("donor@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    app.clock.advance(TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    Tokens { donor, patient, registry, centre }
}

#[tokio::test]
async fn a_letter_is_reviewed_and_redacted_on_both_sides_then_delivered() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    let pairing = first_pairing(&app, &t.donor).await;

    let text = "Dear friend, I am Aarav and I live in Pune. I hope you are getting stronger every day.";
    let (status, written) = write(&app, &t.donor, &pairing, json!({"body": text})).await;
    assert_eq!(status, 201, "{written}");
    assert_eq!(written["status"], "in_review");
    let letter = written["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/letters/{letter}");

    // Before delivery the patient and the patient's centre see nothing of it.
    assert_eq!(app.api(&t.patient, reqwest::Method::GET, &path, None).await.0, 404);
    assert_eq!(app.api(&t.centre, reqwest::Method::GET, &path, None).await.0, 404);
    assert!(
        app.api(&t.centre, reqwest::Method::GET, "/api/v1/review-queue", None).await.1.as_array().unwrap().is_empty()
    );
    // Staff do not write letters; the patient side cannot review out of turn.
    let (status, _) = write(&app, &t.registry, &pairing, json!({"body": "x"})).await;
    assert_eq!(status, 403);

    // The donor's registry sees the original with findings seeded by the donor's own identifiers.
    let (_, queue) = app.api(&t.registry, reqwest::Method::GET, "/api/v1/review-queue", None).await;
    let entry = queue.as_array().unwrap().iter().find(|l| l["id"] == letter.as_str()).expect("in the registry's queue");
    assert_eq!(entry["stage"], "writer_side");
    let (_, seen) = app.api(&t.registry, reqwest::Method::GET, &path, None).await;
    assert_eq!(seen["original"], text);
    let found: Vec<&str> = seen["findings"].as_array().unwrap().iter().map(|f| f["text"].as_str().unwrap()).collect();
    assert!(found.contains(&"Aarav") && found.contains(&"Pune"), "{seen}");

    let (a0, a1) = span(text, "Aarav");
    let (p0, p1) = span(text, "Pune");
    let redactions =
        json!([{"start": a0, "end": a1, "category": "PERSON"}, {"start": p0, "end": p1, "category": "LOCATION"}]);
    let (status, reviewed) = app
        .api(
            &t.registry,
            reqwest::Method::POST,
            &format!("{path}/reviews"),
            Some(json!({"decision": "approve", "redactions": redactions})),
        )
        .await;
    assert_eq!(status, 200, "{reviewed}");
    assert_eq!(reviewed["status"], "in_review");

    // The centre sees only the text the registry approved.
    let (_, queue) = app.api(&t.centre, reqwest::Method::GET, "/api/v1/review-queue", None).await;
    let entry = queue.as_array().unwrap().iter().find(|l| l["id"] == letter.as_str()).expect("in the centre's queue");
    assert_eq!(entry["stage"], "reader_side");
    let (_, seen) = app.api(&t.centre, reqwest::Method::GET, &path, None).await;
    let approved = seen["text"].as_str().unwrap();
    assert!(!approved.contains("Aarav") && !approved.contains("Pune"), "{approved}");
    assert!(seen.get("original").is_none());
    let (status, delivered) = app
        .api(&t.centre, reqwest::Method::POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"})))
        .await;
    assert_eq!((status, delivered["status"].as_str()), (200, Some("delivered")));

    // The patient (who reads German) is told by e-mail and reads the approved text.
    let mail = app.mail.wait_for("patient@twinbridge.test").await;
    assert!(!mail.body().contains("Aarav") && !mail.body().contains("Pune"));
    let (status, read) = app.api(&t.patient, reqwest::Method::GET, &path, None).await;
    assert_eq!(status, 200);
    let shown = read["text"].as_str().unwrap();
    assert!(shown.contains("[entfernt: Ort]") && shown.contains("[entfernt: Name]"), "{shown}");
    assert!(read.get("original").is_none() && read.get("body").is_none());
    // Whether it was read is the reader's to share: "delivered" until the patient opts in on the account page.
    let (_, mine) = app.api(&t.donor, reqwest::Method::GET, &path, None).await;
    assert_eq!(mine["status"], "delivered", "read receipts are the reader's to share");
    assert_eq!(mine["body"], text);
    let patient = app.cookie_client();
    let signed_in =
        app.browser_sign_in(&patient, "patient@twinbridge.test", twinbridge::demo::DEMO_PASSWORD, None).await;
    assert!(signed_in.status().is_redirection());
    let page = patient.get(app.url("/account")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("action=\"/account/read-receipts\""), "participants get the choice");
    let saved = patient.post(app.url("/account/read-receipts")).form(&[("share", "yes")]).send().await.unwrap();
    assert!(saved.status().is_redirection(), "{}", saved.status());
    let (_, mine) = app.api(&t.donor, reqwest::Method::GET, &path, None).await;
    assert_eq!(mine["status"], "read");
    let (_, listed) =
        app.api(&t.donor, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    assert!(listed.as_array().unwrap().iter().any(|l| l["id"] == letter.as_str() && l["status"] == "read"), "{listed}");
    // Unticking takes it back.
    let saved = patient.post(app.url("/account/read-receipts")).form::<[(&str, &str); 0]>(&[]).send().await.unwrap();
    assert!(saved.status().is_redirection());
    let (_, mine) = app.api(&t.donor, reqwest::Method::GET, &path, None).await;
    assert_eq!(mine["status"], "delivered");
}

#[tokio::test]
async fn a_returned_letter_carries_the_reasons_back_and_refusals_name_their_reason() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    let pairing = first_pairing(&app, &t.patient).await;
    let (_, written) =
        write(&app, &t.patient, &pairing, json!({"body": "Thank you from Regensburg!", "language": "de"})).await;
    let path = format!("/api/v1/letters/{}", written["id"].as_str().unwrap());
    // Returning needs a reason.
    let (status, _) = app
        .api(&t.centre, reqwest::Method::POST, &format!("{path}/reviews"), Some(json!({"decision": "return"})))
        .await;
    assert_eq!(status, 422);
    let (status, returned) = app
        .api(
            &t.centre,
            reqwest::Method::POST,
            &format!("{path}/reviews"),
            Some(json!({"decision": "return", "note": "Please leave out the name of your town."})),
        )
        .await;
    assert_eq!((status, returned["status"].as_str()), (200, Some("returned")));
    let (_, mine) = app.api(&t.patient, reqwest::Method::GET, &path, None).await;
    assert_eq!(mine["reasons"][0], "Please leave out the name of your town.");
    // A returned letter cannot be approved; the donor never sees it.
    let (status, refused) = app
        .api(&t.centre, reqwest::Method::POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"})))
        .await;
    assert_eq!(status, 409);
    assert_eq!(refused["type"], "/problems/wrong-state");
    assert_eq!(app.api(&t.donor, reqwest::Method::GET, &path, None).await.0, 404);
    assert_eq!(app.api(&t.registry, reqwest::Method::GET, &path, None).await.0, 404);
    // Bad input changes nothing.
    let (status, _) = write(&app, &t.patient, &pairing, json!({"body": "   "})).await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn letter_texts_are_encrypted_at_rest() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    let pairing = first_pairing(&app, &t.donor).await;
    write(&app, &t.donor, &pairing, json!({"body": "Greetings from Pune"})).await;
    use sea_orm::EntityTrait;
    let rows = twinbridge_store::entities::letters::Entity::find().all(app.store.read()).await.unwrap();
    assert_eq!(rows.len(), 3, "the two demo letters and the new one");
    for row in &rows {
        for word in [&b"Pune"[..], b"Spender", b"friend"] {
            assert!(!row.body.windows(word.len()).any(|w| w == word), "plain text in a stored letter");
        }
    }
}

#[tokio::test]
async fn the_demo_pairing_has_a_delivered_letter_and_one_in_review() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    let pairing = first_pairing(&app, &t.donor).await;
    let (_, letters) =
        app.api(&t.donor, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    let letters = letters.as_array().unwrap();
    assert!(letters.iter().any(|l| l["from"] == "patient" && l["status"] == "delivered"), "{letters:?}");
    assert!(letters.iter().any(|l| l["from"] == "donor" && l["status"] == "in_review"), "{letters:?}");
    let (_, queue) = app.api(&t.registry, reqwest::Method::GET, "/api/v1/review-queue", None).await;
    assert_eq!(queue.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn writers_revise_returned_letters_send_drafts_and_withdraw_before_delivery() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    let pairing = first_pairing(&app, &t.patient).await;
    let letters_path = format!("/api/v1/pairings/{pairing}/letters");

    // A draft stays with the writer until sent.
    let (status, draft) = app
        .api(&t.patient, reqwest::Method::POST, &letters_path, Some(json!({"body": "Erster Entwurf", "draft": true})))
        .await;
    assert_eq!((status, draft["status"].as_str()), (201, Some("draft")));
    let path = format!("/api/v1/letters/{}", draft["id"].as_str().unwrap());
    assert_eq!(app.api(&t.centre, reqwest::Method::GET, &path, None).await.0, 404, "staff do not see drafts");
    let (status, sent) = app
        .api(&t.patient, reqwest::Method::PUT, &path, Some(json!({"body": "Zweiter Entwurf", "submit": true})))
        .await;
    assert_eq!((status, sent["status"].as_str()), (200, Some("in_review")));

    // Returned with a reason, revised and sent again.
    app.api(
        &t.centre,
        reqwest::Method::POST,
        &format!("{path}/reviews"),
        Some(json!({"decision": "return", "note": "Bitte ohne Ort."})),
    )
    .await;
    let (status, again) = app
        .api(&t.patient, reqwest::Method::PUT, &path, Some(json!({"body": "Dritter Entwurf", "submit": true})))
        .await;
    assert_eq!((status, again["status"].as_str()), (200, Some("in_review")));
    let (_, seen) = app.api(&t.centre, reqwest::Method::GET, &path, None).await;
    assert_eq!(seen["original"], "Dritter Entwurf");

    // Withdrawn before delivery: gone from the queue; a letter in review cannot be edited.
    let (status, _) = app.api(&t.patient, reqwest::Method::PUT, &path, Some(json!({"body": "x"}))).await;
    assert_eq!(status, 409);
    let (status, withdrawn) = app.api(&t.patient, reqwest::Method::POST, &format!("{path}/withdraw"), None).await;
    assert_eq!((status, withdrawn["status"].as_str()), (200, Some("withdrawn")));
    let (_, queue) = app.api(&t.centre, reqwest::Method::GET, "/api/v1/review-queue", None).await;
    assert!(queue.as_array().unwrap().iter().all(|l| l["id"] != draft["id"]));
    // Only the writer changes a letter.
    assert_eq!(app.api(&t.centre, reqwest::Method::POST, &format!("{path}/withdraw"), None).await.0, 403);
}

#[tokio::test]
async fn consent_is_versioned_and_no_contact_stops_letters_both_ways() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    let pairing = first_pairing(&app, &t.donor).await;
    let consent = format!("/api/v1/pairings/{pairing}/consent");
    let (_, start) = app.api(&t.patient, reqwest::Method::GET, &consent, None).await;
    assert_eq!(start["level"], "anonymous_letters", "demo consent starts at anonymous letters");

    // Bad input changes nothing.
    assert_eq!(app.api(&t.patient, reqwest::Method::PUT, &consent, Some(json!({"level": "everything"}))).await.0, 422);
    assert_eq!(app.api(&t.registry, reqwest::Method::PUT, &consent, Some(json!({"level": "meet"}))).await.0, 403);

    // The donor's answer is in review; the patient withdraws consent before it is delivered.
    let (status, changed) = app
        .api(&t.patient, reqwest::Method::PUT, &consent, Some(json!({"level": "no_contact", "share": ["email"]})))
        .await;
    assert_eq!(status, 200);
    assert_eq!(changed["share"], json!([]), "details are kept only at share_details and above");
    let (_, queue) = app.api(&t.registry, reqwest::Method::GET, "/api/v1/review-queue", None).await;
    let waiting = queue[0]["id"].as_str().unwrap().to_owned();
    app.api(
        &t.registry,
        reqwest::Method::POST,
        &format!("/api/v1/letters/{waiting}/reviews"),
        Some(json!({"decision": "approve"})),
    )
    .await;
    let (status, refused) = app
        .api(
            &t.centre,
            reqwest::Method::POST,
            &format!("/api/v1/letters/{waiting}/reviews"),
            Some(json!({"decision": "approve"})),
        )
        .await;
    assert_eq!(status, 409);
    assert_eq!(refused["type"], "/problems/consent");
    assert_eq!(app.api(&t.patient, reqwest::Method::GET, &format!("/api/v1/letters/{waiting}"), None).await.0, 404);

    // The donor is told gently that no letter is possible, without learning more.
    let (status, told) = write(&app, &t.donor, &pairing, json!({"body": "Hello again"})).await;
    assert_eq!(status, 409);
    assert_eq!(told["type"], "/problems/consent");
    assert!(!told["detail"].as_str().unwrap().contains("patient"));

    // Consent back: letters are possible again.
    app.api(
        &t.patient,
        reqwest::Method::PUT,
        &consent,
        Some(json!({"level": "share_details", "share": ["first_name", "email"]})),
    )
    .await;
    let (_, now) = app.api(&t.patient, reqwest::Method::GET, &consent, None).await;
    assert_eq!(now["share"], json!(["first_name", "email"]));
    let (status, _) = write(&app, &t.donor, &pairing, json!({"body": "Hello again"})).await;
    assert_eq!(status, 201);
    let changes = twinbridge_store::repo::audit::with_action(app.store.read(), "consent_changed").await.unwrap();
    assert_eq!(changes.len(), 2);
}

/// An approval that says nothing about redactions removes what the screen suggests: nothing identifying
/// passes on by omission.
#[tokio::test]
async fn approving_without_choosing_redactions_removes_the_screens_suggestions() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    let pairing = first_pairing(&app, &t.donor).await;
    let text = "My name is Aarav, I live in Pune, call me on +91 98220 12345";
    let (_, written) = write(&app, &t.donor, &pairing, json!({"body": text})).await;
    let path = format!("/api/v1/letters/{}", written["id"].as_str().unwrap());
    assert_eq!(app.api(&t.patient, reqwest::Method::GET, &path, None).await.0, 404);
    app.api(&t.registry, reqwest::Method::POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"}))).await;
    assert_eq!(app.api(&t.patient, reqwest::Method::GET, &path, None).await.0, 404, "not before both approved");
    let (_, centre_view) = app.api(&t.centre, reqwest::Method::GET, &path, None).await;
    assert!(centre_view.get("original").is_none());
    let (status, done) = app
        .api(&t.centre, reqwest::Method::POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"})))
        .await;
    assert_eq!((status, done["status"].as_str()), (200, Some("delivered")));
    let (_, read) = app.api(&t.patient, reqwest::Method::GET, &path, None).await;
    let shown = read["text"].as_str().unwrap();
    for secret in ["Aarav", "Pune", "98220"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    let (_, mine) = app.api(&t.donor, reqwest::Method::GET, &path, None).await;
    assert_eq!(mine["status"], "delivered");
}

#[tokio::test]
async fn a_one_letter_country_refuses_the_second_letter_and_cord_blood_refuses_any() {
    let app = TestApp::spawn_demo().await;
    // Switzerland: one letter from each side.
    let swiss = app.demo_token("patient4@twinbridge.test").await;
    let pairing = first_pairing(&app, &swiss).await;
    let (_, policy) = app.api(&swiss, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/policy"), None).await;
    assert_eq!(policy["anonymous_letters"]["max_letters_per_side"], 1);
    let letters = format!("/api/v1/pairings/{pairing}/letters");
    let (status, _) = app.api(&swiss, reqwest::Method::POST, &letters, Some(json!({"body": "Danke!"}))).await;
    assert_eq!(status, 201);
    let (status, refused) =
        app.api(&swiss, reqwest::Method::POST, &letters, Some(json!({"body": "Noch einmal danke!"}))).await;
    assert_eq!(status, 409);
    assert_eq!(refused["type"], "/problems/quota-used");
    assert!(refused["detail"].as_str().unwrap().contains("Every letter"));

    // Cord blood: no contact at all.
    let cord = app.demo_token("donor5@twinbridge.test").await;
    let pairing = first_pairing(&app, &cord).await;
    let (status, refused) = write(&app, &cord, &pairing, json!({"body": "Hello"})).await;
    assert_eq!(status, 409);
    assert_eq!(refused["type"], "/problems/cord-blood");
    let (_, policy) = app.api(&cord, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/policy"), None).await;
    assert_eq!(policy["identity_release"]["possible"], "never");
}

#[tokio::test]
async fn the_readers_side_attaches_a_translation_that_is_screened_and_delivered_with_the_letter() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    // The donor's answer waiting in review (English) goes to the German patient.
    let (_, queue) = app.api(&t.registry, reqwest::Method::GET, "/api/v1/review-queue", None).await;
    let path = format!("/api/v1/letters/{}", queue[0]["id"].as_str().unwrap());
    let translation = json!({"language": "de", "text": "Liebe Freundin, vielen Dank für Ihren Brief aus Pune."});
    // The writer's side may not attach one; the reader's side only once it sees the letter.
    assert_eq!(
        app.api(&t.registry, reqwest::Method::POST, &format!("{path}/translation"), Some(translation.clone())).await.0,
        403
    );
    assert_eq!(
        app.api(&t.centre, reqwest::Method::POST, &format!("{path}/translation"), Some(translation.clone())).await.0,
        404
    );
    app.api(&t.registry, reqwest::Method::POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"}))).await;
    let (status, _) =
        app.api(&t.centre, reqwest::Method::POST, &format!("{path}/translation"), Some(translation)).await;
    assert_eq!(status, 201);
    let (_, seen) = app.api(&t.centre, reqwest::Method::GET, &path, None).await;
    assert!(
        seen["translation"]["findings"].as_array().unwrap().iter().any(|f| f["text"] == "Pune"),
        "the translation is screened: {seen}"
    );
    app.api(&t.centre, reqwest::Method::POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"}))).await;
    let (_, read) = app.api(&t.patient, reqwest::Method::GET, &path, None).await;
    assert_eq!(read["translation"]["language"], "de");
    assert!(read["text"].as_str().unwrap().contains("Dear friend"), "the approved text comes too");
}

/// The ids of the demo registry (India) and the demo centre (Germany), as the registry's administrator
/// sees them.
async fn demo_organisations(app: &TestApp, admin: &str) -> (String, String) {
    let (_, list) = app.api(admin, reqwest::Method::GET, "/api/v1/organisations", None).await;
    let id_of = |name: &str| {
        list.as_array().unwrap().iter().find(|o| o["name"] == name).unwrap()["id"].as_str().unwrap().to_owned()
    };
    (id_of("Demo Donor Registry India"), id_of("Demo Transplant Centre Germany"))
}

async fn set_review(app: &TestApp, token: &str, organisation: &str, reviews: bool) -> u16 {
    let path = format!("/api/v1/organisations/{organisation}/letter-review");
    app.api(token, reqwest::Method::PUT, &path, Some(json!({"reviews_letters": reviews}))).await.0
}

/// When the writer's registry leaves review to the screen, the reader's centre gets the screen's redacted
/// text (never the original), and its approval delivers.
#[tokio::test]
async fn a_side_that_does_not_review_is_replaced_by_the_screen_before_the_other_side_reads() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    let admin = app.demo_token("admin@twinbridge.test").await;
    let (registry_org, centre_org) = demo_organisations(&app, &admin).await;
    // Only an organisation's own administrators change the setting.
    assert_eq!(set_review(&app, &admin, &centre_org, false).await, 404);
    assert_eq!(set_review(&app, &t.registry, &registry_org, false).await, 404);
    assert_eq!(set_review(&app, &admin, &registry_org, false).await, 200);
    let (_, organisations) = app.api(&admin, reqwest::Method::GET, "/api/v1/organisations", None).await;
    let registry = organisations.as_array().unwrap().iter().find(|o| o["id"] == registry_org.as_str()).unwrap();
    assert_eq!(registry["reviews_letters"], false);

    let pairing = first_pairing(&app, &t.donor).await;
    let text = "My name is Aarav, I live in Pune, call me on +91 98220 12345";
    let (status, written) = write(&app, &t.donor, &pairing, json!({"body": text})).await;
    assert_eq!((status, written["status"].as_str()), (201, Some("in_review")));
    let letter = written["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/letters/{letter}");

    let (_, queue) = app.api(&t.registry, reqwest::Method::GET, "/api/v1/review-queue", None).await;
    assert!(queue.as_array().unwrap().iter().all(|l| l["id"] != letter.as_str()), "{queue}");
    let (_, queue) = app.api(&t.centre, reqwest::Method::GET, "/api/v1/review-queue", None).await;
    let entry = queue.as_array().unwrap().iter().find(|l| l["id"] == letter.as_str()).expect("in the centre's queue");
    assert_eq!(entry["stage"], "reader_side");
    let (_, seen) = app.api(&t.centre, reqwest::Method::GET, &path, None).await;
    assert!(seen.get("original").is_none());
    assert_eq!(seen["writer_side_review"], "screen");
    let shown = seen["text"].as_str().unwrap();
    for secret in ["Aarav", "Pune", "98220"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    // The registry's staff still see their writer's original and that the screen stood in for them.
    let (_, own) = app.api(&t.registry, reqwest::Method::GET, &path, None).await;
    assert_eq!(own["original"], text);
    assert_eq!(own["reviews"][0]["by"], "screen");

    let (status, done) = app
        .api(&t.centre, reqwest::Method::POST, &format!("{path}/reviews"), Some(json!({"decision": "approve"})))
        .await;
    assert_eq!((status, done["status"].as_str()), (200, Some("delivered")), "{done}");
    let (_, read) = app.api(&t.patient, reqwest::Method::GET, &path, None).await;
    let shown = read["text"].as_str().unwrap();
    for secret in ["Aarav", "Pune", "98220"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    let screened = twinbridge_store::repo::audit::with_action(app.store.read(), "letter_screened_in_place_of_review")
        .await
        .unwrap();
    assert_eq!(screened.len(), 1);
    let changed = twinbridge_store::repo::audit::with_action(app.store.read(), "organisation_letter_review_changed")
        .await
        .unwrap();
    assert_eq!(changed.len(), 1);
}

/// When the reader's side does not review, the writer's side's approval delivers, after the screen seeded
/// with the reader's identifiers removed what a writer guessed; the writer's side is not told where.
#[tokio::test]
async fn when_the_readers_side_does_not_review_the_screen_with_the_readers_details_runs_before_delivery() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    let admin = app.demo_token("admin@twinbridge.test").await;
    let (registry_org, _) = demo_organisations(&app, &admin).await;
    assert_eq!(set_review(&app, &admin, &registry_org, false).await, 200);

    let pairing = first_pairing(&app, &t.patient).await;
    let text = "Dear donor, is it warm in Pune now? Thank you for my second life.";
    let (_, written) = write(&app, &t.patient, &pairing, json!({"body": text})).await;
    let path = format!("/api/v1/letters/{}", written["id"].as_str().unwrap());
    let (_, seen) = app.api(&t.centre, reqwest::Method::GET, &path, None).await;
    assert_eq!(seen["reader_side_reviews"], false);
    // The centre keeps the text as it is; the screen on the donor's side removes the donor's town.
    let (status, done) = app
        .api(
            &t.centre,
            reqwest::Method::POST,
            &format!("{path}/reviews"),
            Some(json!({"decision": "approve", "redactions": []})),
        )
        .await;
    assert_eq!((status, done["status"].as_str()), (200, Some("delivered")), "{done}");
    let (_, read) = app.api(&t.donor, reqwest::Method::GET, &path, None).await;
    let shown = read["text"].as_str().unwrap();
    assert!(!shown.contains("Pune") && shown.contains("second life"), "{shown}");
    let (_, own) = app.api(&t.centre, reqwest::Method::GET, &path, None).await;
    let screen_review = own["reviews"].as_array().unwrap().iter().find(|r| r["by"] == "screen").expect("screen review");
    assert!(screen_review["redactions"].is_null(), "{own}");
}

/// If neither side reviews, the writer's side still does: every letter is read by a person.
#[tokio::test]
async fn someone_always_reviews_even_when_both_sides_opt_out() {
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    for org in twinbridge_store::repo::organisations::list(app.store.read()).await.unwrap() {
        twinbridge_store::repo::organisations::set_reviews_letters(app.store.read(), org.id, false).await.unwrap();
    }
    let pairing = first_pairing(&app, &t.donor).await;
    let (_, written) = write(&app, &t.donor, &pairing, json!({"body": "I think of you every day."})).await;
    let (_, queue) = app.api(&t.registry, reqwest::Method::GET, "/api/v1/review-queue", None).await;
    let entry = queue.as_array().unwrap().iter().find(|l| l["id"] == written["id"]).expect("the registry reviews");
    assert_eq!(entry["stage"], "writer_side");
    let path = format!("/api/v1/letters/{}/reviews", written["id"].as_str().unwrap());
    let (_, done) = app.api(&t.registry, reqwest::Method::POST, &path, Some(json!({"decision": "approve"}))).await;
    assert_eq!(done["status"], "delivered");
}

#[tokio::test]
async fn a_letter_sent_after_the_session_ended_is_still_there_after_signing_in_again() {
    let app = TestApp::spawn_demo().await;
    let donor = app.signed_in_client("donor@twinbridge.test").await;
    let token = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&token, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let (_, before) = app.api(&token, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;

    // Writing took longer than the session lasts.
    app.clock.advance(twinbridge::auth::IDLE_TIMEOUT + TimeDelta::minutes(5));
    let text = "It took me an hour to find the right words, and here they are.";
    let sent = donor
        .post(app.url(&format!("/pairings/{pairing}/letters/new")))
        .header("origin", &app.address)
        .form(&[("body", text), ("action", "submit")])
        .send()
        .await
        .unwrap();
    assert_eq!((sent.status().as_u16(), sent.headers()["location"].to_str().unwrap()), (303, "/sign-in"));
    use sea_orm::EntityTrait;
    let sessions = twinbridge_store::entities::sessions::Entity::find().all(app.store.read()).await.unwrap();
    assert!(sessions.iter().all(|s| !s.data.contains("right words")), "kept sealed, never in clear");

    // Signing in again leads back to the letter, with the text as typed; nothing was sent meanwhile.
    let signed = donor
        .post(app.url("/sign-in"))
        .header("origin", &app.address)
        .form(&[("email", "donor@twinbridge.test"), ("password", twinbridge::demo::DEMO_PASSWORD)])
        .send()
        .await
        .unwrap();
    let back = signed.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(back, format!("/pairings/{pairing}/letters/new"));
    let page = donor.get(app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(text), "the letter is in the form again");
    let (_, after) = app.api(&token, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    assert_eq!(before, after, "nothing was sent without the writer");
    // Shown once: the next visit starts empty.
    let again = donor.get(app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(!again.contains(text));
}

#[tokio::test]
async fn an_empty_letter_is_refused_in_words_for_its_writer() {
    let app = TestApp::spawn_demo().await;
    let donor = app.signed_in_client("donor@twinbridge.test").await;
    let token = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&token, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let page = donor
        .post(app.url(&format!("/pairings/{pairing}/letters/new")))
        .header("origin", &app.address)
        .header("accept-language", "en")
        .form(&[("body", "   "), ("action", "submit")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let said = twinbridge::web::i18n::Lang::Hi.t("letters-error-bad-text");
    let said_en = twinbridge::web::i18n::Lang::En.t("letters-error-bad-text");
    assert!(page.contains(&said) || page.contains(&said_en), "the writer is told what to do");
    assert!(!page.contains("rejecting") && !page.contains("अस्वीकार"), "not the reviewers' wording");
}

#[tokio::test]
async fn saving_contact_choices_is_confirmed_on_the_page() {
    let app = TestApp::spawn_demo().await;
    let donor = app.signed_in_client("donor@twinbridge.test").await;
    let token = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&token, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let saved = donor
        .post(app.url(&format!("/pairings/{pairing}/consent")))
        .header("origin", &app.address)
        .form(&[("level", "updates_only")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let back = saved.headers()["location"].to_str().unwrap().to_owned();
    let page = donor.get(app.url(&back)).send().await.unwrap().text().await.unwrap();
    let said =
        [twinbridge::web::i18n::Lang::Hi, twinbridge::web::i18n::Lang::En].map(|l| l.t("contact-notice-consent-saved"));
    assert!(said.iter().any(|s| page.contains(s.as_str())), "the page confirms the choice");
}

#[tokio::test]
async fn where_the_rules_route_the_patients_first_letter_through_the_centre_the_centre_reviews_it() {
    use sea_orm::{ActiveModelTrait, Set};
    let app = TestApp::spawn_demo().await;
    let t = tokens(&app).await;
    // The German centre follows Anthony Nolan's rules (the patient's first letter goes through the transplant
    // centre) and has turned its own letter review off.
    let centre = twinbridge_store::repo::organisations::list(app.store.read())
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name.as_str() == "Demo Transplant Centre Germany")
        .unwrap();
    twinbridge_store::entities::organisations::ActiveModel {
        id: Set(centre.id.as_uuid()),
        policy_entry: Set(Some("GB Anthony Nolan".to_owned())),
        reviews_letters: Set(false),
        ..Default::default()
    }
    .update(app.store.read())
    .await
    .unwrap();
    // The second demo pairing, where the patient has not written yet.
    let patient = app.demo_token("patient2@twinbridge.test").await;
    let donor = app.demo_token("donor2@twinbridge.test").await;
    let pairing = first_pairing(&app, &patient).await;
    let stage = |queue: &serde_json::Value, id: &serde_json::Value| {
        queue.as_array().unwrap().iter().find(|l| l["id"] == *id).map(|l| l["stage"].as_str().unwrap().to_owned())
    };
    let queue = |token: String| {
        let app = &app;
        async move { app.api(&token, reqwest::Method::GET, "/api/v1/review-queue", None).await.1 }
    };

    app.clock.advance(TimeDelta::minutes(5));
    let (status, first) = write(&app, &patient, &pairing, json!({"body": "Thank you, with all my heart."})).await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(stage(&queue(t.centre.clone()).await, &first["id"]).as_deref(), Some("writer_side"));
    assert_eq!(stage(&queue(t.registry.clone()).await, &first["id"]), None, "not yet the reader's side");

    // After an answer from the donor, the patient's next letter skips the centre, as the centre chose.
    app.clock.advance(TimeDelta::minutes(5));
    let (status, answer) = write(&app, &donor, &pairing, json!({"body": "Your letter made my week."})).await;
    assert_eq!(status, 201, "{answer}");
    app.clock.advance(TimeDelta::minutes(5));
    let (status, second) = write(&app, &patient, &pairing, json!({"body": "I am back at work now."})).await;
    assert_eq!(status, 201, "{second}");
    assert_eq!(stage(&queue(t.centre.clone()).await, &second["id"]), None);
    assert_eq!(stage(&queue(t.registry.clone()).await, &second["id"]).as_deref(), Some("reader_side"));
}

#[tokio::test]
async fn after_approving_a_coordinator_sees_what_their_side_removed_and_kept() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = first_pairing(&app, &donor).await;
    let text = "I live in Pune, and the mango garden behind our house is lovely in May.";
    let (status, letter) = write(&app, &donor, &pairing, json!({"body": text})).await;
    assert_eq!(status, 201, "{letter}");
    let id = letter["id"].as_str().unwrap().to_owned();
    // The registry removes its own word ("mango garden") and keeps the town the screen suggested.
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let (start, end) = span(text, "mango garden");
    let review = json!({"decision": "approve", "redactions": [{"start": start, "end": end, "category": "OTHER"}]});
    let (status, _) =
        app.api(&registry, reqwest::Method::POST, &format!("/api/v1/letters/{id}/reviews"), Some(review)).await;
    assert_eq!(status, 200);
    let client = app.signed_in_client("registry.coordinator@twinbridge.test").await;
    let page = client.get(app.url(&format!("/letters/{id}"))).send().await.unwrap().text().await.unwrap();
    let lang = twinbridge::web::i18n::Lang::En;
    assert!(page.contains(&lang.t("review-own-lead")), "the page says the side approved");
    let also = page.split(&lang.t("review-own-also")).nth(1).expect("the also-removed list");
    assert!(also.contains("<strong>mango garden</strong>"), "the reviewer's own word");
    let kept = format!("{}</span> <strong>Pune</strong>", lang.t("review-own-kept"));
    assert!(page.contains(&kept), "the town shows as kept");
}

/// The letter quota reads counts up to a cap and the newest letters only; in a pairing of many letters it
/// agrees with what every letter of the pairing says.
#[tokio::test]
async fn the_quota_read_of_a_long_pairing_agrees_with_all_its_letters() {
    use twinbridge_domain::rules::Side;
    use twinbridge_store::repo;
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let (_, mine) = app.api(&donor, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing_id = mine[0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/pairings/{pairing_id}/letters");
    let write = |token: String| {
        let path = path.clone();
        let app = &app;
        async move {
            let body = json!({"body": "Thinking of you, and hoping the days are kind.", "language": "en"});
            let (status, letter) = app.api(&token, reqwest::Method::POST, &path, Some(body)).await;
            assert_eq!(status, 201, "{letter}");
            app.clock.advance(chrono::TimeDelta::seconds(1));
        }
    };
    let pairing: twinbridge_domain::PairingId = pairing_id.parse().unwrap();
    let check = || {
        let app = &app;
        async move {
            let all: Vec<_> = repo::letters::summaries(app.store.read(), pairing)
                .await
                .unwrap()
                .into_iter()
                .filter(|l| l.status.counts_as_sent())
                .collect();
            let count = |side: Side| u32::try_from(all.iter().filter(|l| l.side == side).count()).unwrap();
            let latest = |side: Side| all.iter().rev().find(|l| l.side == side).map(|l| l.created_at);
            // Nothing is answered while a side has sent nothing.
            let recent: Vec<_> = match (latest(Side::Donor), latest(Side::Patient)) {
                (Some(donor), Some(patient)) => {
                    all.iter().filter(|l| l.created_at >= donor.min(patient)).copied().collect()
                }
                _ => Vec::new(),
            };
            for cap in [1, 3, 1000] {
                let read = repo::letters::sent_letters(app.store.read(), pairing, cap).await.unwrap();
                assert_eq!((read.donor, read.patient), (count(Side::Donor).min(cap), count(Side::Patient).min(cap)));
                assert_eq!(read.recent, recent, "cap {cap}");
            }
        }
    };
    check().await;
    // One side only, first fewer and then more letters than a page holds.
    for n in 0..35 {
        write(donor.clone()).await;
        if n == 2 {
            check().await;
        }
    }
    check().await;
    // More patient letters than a page of the newest letters holds.
    for _ in 0..40 {
        write(patient.clone()).await;
    }
    check().await;
    write(donor.clone()).await;
    check().await;
}
