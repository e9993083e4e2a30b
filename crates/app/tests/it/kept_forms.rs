//! Nothing typed is lost: every form that takes typed text, sent after the session ended, is in its form
//! again after signing in (which leads back to its page), sealed meanwhile, shown once and never sent
//! without its writer; a refused form keeps what was typed, with the reason beside the field; a letter is
//! saved as a draft on every button.

use chrono::TimeDelta;
use reqwest::Method;
use serde_json::json;
use twinbridge_test_support::TestApp;

/// Lets the session of `client` (signed in as `email`) run out, sends `fields` to `action`, signs in
/// again and returns the page the sign-in leads to, after checking that it is `page`.
async fn send_after_the_session_ended(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    action: &str,
    fields: &[(&str, &str)],
    page: &str,
) -> String {
    app.clock.advance(twinbridge::auth::IDLE_TIMEOUT + TimeDelta::minutes(5));
    let sent = client.post(app.url(action)).header("origin", &app.address).form(fields).send().await.unwrap();
    assert_eq!(sent.status().as_u16(), 303, "{action}");
    assert_eq!(sent.headers()["location"].to_str().unwrap(), "/sign-in", "{action}");
    use sea_orm::EntityTrait;
    let sessions = twinbridge_store::entities::sessions::Entity::find().all(app.store.read()).await.unwrap();
    for (_, value) in fields.iter().filter(|(_, v)| v.len() > 12) {
        assert!(sessions.iter().all(|s| !s.data.contains(value)), "kept sealed, never in clear: {value}");
    }
    let staff = !email.starts_with("donor") && !email.starts_with("patient");
    let code = staff.then(|| {
        app.clock.advance(TimeDelta::seconds(30));
        app.totp_code(twinbridge::demo::DEMO_TOTP_SECRET)
    });
    let signed = app.browser_sign_in(client, email, twinbridge::demo::DEMO_PASSWORD, code.as_deref()).await;
    assert_eq!(signed.status().as_u16(), 303);
    let back = signed.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(back, page, "the sign-in leads back to the form's page");
    client.get(app.url(&back)).send().await.unwrap().text().await.unwrap()
}

struct Demo {
    pairing: String,
    /// The patient's letter delivered to the donor.
    delivered: String,
    /// The donor's letter waiting for the donor side's review.
    in_review: String,
}

async fn demo(app: &TestApp) -> Demo {
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, mine) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = mine[0]["id"].as_str().unwrap().to_owned();
    let (_, letters) = app.api(&registry, Method::GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    let find = |from: &str, status: &str| {
        letters.as_array().unwrap().iter().find(|l| l["from"] == from && l["status"] == status).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    Demo { delivered: find("patient", "delivered"), in_review: find("donor", "in_review"), pairing }
}

#[tokio::test]
async fn a_translation_and_a_review_note_sent_after_the_session_ended_are_in_their_forms_again() {
    let app = TestApp::spawn_demo().await;
    let d = demo(&app).await;
    let registry = "registry.coordinator@twinbridge.test";

    let client = app.signed_in_client(registry).await;
    let (action, page) = (format!("/letters/{}/translation", d.delivered), format!("/letters/{}", d.delivered));
    let text = "Liebe Spenderin, danke für alles: a translation typed with care.";
    let shown =
        send_after_the_session_ended(&app, &client, registry, &action, &[("language", "de"), ("text", text)], &page)
            .await;
    assert!(shown.contains(text), "the translation is in its form again");
    let again = client.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    assert!(!again.contains(text), "shown once, and not stored without the coordinator");

    let client = app.signed_in_client(registry).await;
    let (action, page) = (format!("/letters/{}/review", d.in_review), format!("/letters/{}", d.in_review));
    let note = "Please leave out the name of your street; the rest reads well.";
    let fields = [("note", note), ("also", "Kothrud"), ("decision", "return")];
    let shown = send_after_the_session_ended(&app, &client, registry, &action, &fields, &page).await;
    assert!(shown.contains(note) && shown.contains("value=\"Kothrud\""), "the review form is filled in again");
    app.clock.advance(TimeDelta::seconds(30));
    let token = app.demo_token(registry).await;
    let (_, letter) = app.api(&token, Method::GET, &format!("/api/v1/letters/{}", d.in_review), None).await;
    assert_eq!(letter["status"], "in_review", "no decision was taken without the reviewer");
}

#[tokio::test]
async fn a_question_an_answer_and_a_health_update_sent_after_the_session_ended_are_in_their_forms_again() {
    let app = TestApp::spawn_demo().await;
    let d = demo(&app).await;

    // A participant's question (the /ask form, which a visitor also uses) stays the participant's.
    let token = app.demo_token("donor@twinbridge.test").await;
    let (_, before) = app.api(&token, Method::GET, "/api/v1/questions", None).await;
    let donor = app.signed_in_client("donor@twinbridge.test").await;
    let question = "When may I learn how my patient is doing after the second year?";
    let shown =
        send_after_the_session_ended(&app, &donor, "donor@twinbridge.test", "/ask", &[("body", question)], "/ask")
            .await;
    assert!(shown.contains(question), "the question is in its form again");
    let (_, after) = app.api(&token, Method::GET, "/api/v1/questions", None).await;
    assert_eq!(before, after, "nothing was asked meanwhile");

    // The registry's answer.
    let (_, asked) = app.api(&token, Method::POST, "/api/v1/questions", Some(json!({"body": question}))).await;
    let id = asked["id"].as_str().unwrap().to_owned();
    let registry = "registry.coordinator@twinbridge.test";
    let client = app.signed_in_client(registry).await;
    let answer = "Health updates come from the transplant centre about once a year.";
    let page = format!("/questions/{id}");
    let shown =
        send_after_the_session_ended(&app, &client, registry, &format!("{page}/answer"), &[("body", answer)], &page)
            .await;
    assert!(shown.contains(answer), "the answer is in its form again");
    let again = client.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    assert!(!again.contains(answer), "shown once, and not sent without the coordinator");

    // The centre's health update.
    let centre = "centre.coordinator@twinbridge.test";
    let client = app.signed_in_client(centre).await;
    let update = "Recovering well, back at school part-time and full of energy.";
    let action = format!("/pairings/{}/health-updates", d.pairing);
    let fields = [("status", "well"), ("on", "2020-01-01"), ("text", update)];
    let page = format!("/pairings/{}#contact", d.pairing);
    let shown = send_after_the_session_ended(&app, &client, centre, &action, &fields, &page).await;
    assert!(shown.contains(update), "the health update is in its form again");
}

#[tokio::test]
async fn a_kept_form_goes_back_to_its_own_account_only() {
    let app = TestApp::spawn_demo().await;
    let d = demo(&app).await;
    let client = app.signed_in_client("registry.coordinator@twinbridge.test").await;
    app.clock.advance(twinbridge::auth::IDLE_TIMEOUT + TimeDelta::minutes(5));
    let text = "A translation by one coordinator that nobody else may read.";
    let action = format!("/letters/{}/translation", d.delivered);
    let sent = client.post(app.url(&action)).header("origin", &app.address).form(&[("text", text)]).send().await;
    assert_eq!(sent.unwrap().status().as_u16(), 303);
    // Someone else signs in on the same browser: the overview, without the text.
    let signed = app.browser_sign_in(&client, "donor@twinbridge.test", twinbridge::demo::DEMO_PASSWORD, None).await;
    assert_eq!(signed.headers()["location"].to_str().unwrap(), "/home");
    let page = client.get(app.url(&format!("/letters/{}", d.delivered))).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains(text));
}

#[tokio::test]
async fn a_refused_form_keeps_what_was_typed_with_the_reason_beside_the_field() {
    let app = TestApp::spawn_demo().await;
    let d = demo(&app).await;
    // A translation in a language code that is none.
    let client = app.signed_in_client("registry.coordinator@twinbridge.test").await;
    let text = "Eine Übersetzung, die bleiben soll.";
    let refused = client
        .post(app.url(&format!("/letters/{}/translation", d.delivered)))
        .header("origin", &app.address)
        .form(&[("language", "??"), ("text", text)])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status().as_u16(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains(text), "the typed translation is kept");
    assert!(page.contains("id=\"translation-error\""), "the reason is beside the field");

    // A health update dated in the future: refused, and in the form again after the redirect.
    let centre = app.signed_in_client("centre.coordinator@twinbridge.test").await;
    let update = "Doing well; typed once, not twice.";
    let refused = centre
        .post(app.url(&format!("/pairings/{}/health-updates", d.pairing)))
        .header("origin", &app.address)
        .form(&[("status", "well"), ("on", "2999-01-01"), ("text", update)])
        .send()
        .await
        .unwrap();
    let back = refused.headers()["location"].to_str().unwrap().to_owned();
    let page = centre.get(app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(update) && page.contains("id=\"update-error\""), "kept, with the reason beside it");
}

#[tokio::test]
async fn every_button_of_the_letter_form_saves_a_draft_which_later_buttons_update() {
    let app = TestApp::spawn_demo().await;
    let donor = app.signed_in_client("donor@twinbridge.test").await;
    let token = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&token, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/pairings/{pairing}/letters");
    let letters = async |app: &TestApp| app.api(&token, Method::GET, &path, None).await.1.as_array().unwrap().clone();
    let before = letters(&app).await.len();
    let form = format!("/pairings/{pairing}/letters/new");
    let checked = donor
        .post(app.url(&form))
        .header("origin", &app.address)
        .form(&[("body", "A first line."), ("action", "check")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let after = letters(&app).await;
    assert_eq!(after.len(), before + 1, "the check saved a draft");
    let draft = after.iter().find(|l| l["status"] == "draft").unwrap()["id"].as_str().unwrap().to_owned();
    assert!(checked.contains(&format!("name=\"draft\" value=\"{draft}\"")), "the page carries the draft on");
    let sent = donor
        .post(app.url(&form))
        .header("origin", &app.address)
        .form(&[("body", "A first line, and a second."), ("action", "send"), ("draft", draft.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.headers()["location"].to_str().unwrap(), format!("/letters/{draft}"));
    let after = letters(&app).await;
    assert_eq!(after.len(), before + 1, "the same letter was sent, no second one made");
    let (_, letter) = app.api(&token, Method::GET, &format!("/api/v1/letters/{draft}"), None).await;
    assert_eq!(
        (letter["status"].as_str(), letter["body"].as_str()),
        (Some("in_review"), Some("A first line, and a second."))
    );
}

#[tokio::test]
async fn saving_a_draft_unchanged_records_nothing() {
    let app = TestApp::spawn_demo().await;
    let token = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&token, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let body = json!({"body": "Typed, paused, typed nothing more.", "draft": true});
    let (_, draft) = app.api(&token, Method::POST, &format!("/api/v1/pairings/{pairing}/letters"), Some(body)).await;
    let path = format!("/api/v1/letters/{}", draft["id"].as_str().unwrap());
    let events = || async {
        use sea_orm::{EntityTrait, PaginatorTrait};
        twinbridge_store::entities::audit_events::Entity::find().count(app.store.read()).await.unwrap()
    };
    let revision = json!({"body": "Typed, paused, typed nothing more.", "submit": false});
    let before = events().await;
    let (status, _) = app.api(&token, Method::PUT, &path, Some(revision.clone())).await;
    assert_eq!(status, 200);
    assert_eq!(events().await, before, "an unchanged save writes no event");
    let (status, _) = app.api(&token, Method::PUT, &path, Some(json!({"body": "Now changed.", "submit": false}))).await;
    assert_eq!(status, 200);
    assert_eq!(events().await, before + 1, "a change is recorded");
}
