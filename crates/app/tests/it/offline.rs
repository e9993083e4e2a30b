//! A partner centre that is not on Twinbridge: the donor side opens the case with it, enters its paper
//! letters, and prints, exports and sends the donor's letters to it.

use chrono::TimeDelta;
use serde_json::{Value, json};
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;

const POST: reqwest::Method = reqwest::Method::POST;
const GET: reqwest::Method = reqwest::Method::GET;

/// A participant signed in with the link of their invitation e-mail (a client holding the session cookie).
pub(crate) async fn signed_in_with_invitation(app: &TestApp, email: &str) -> reqwest::Client {
    let mail = app.mail.wait_for(email).await;
    let link = mail.link().unwrap();
    let token = link.rsplit('/').next().unwrap().to_owned();
    let client = app.cookie_client();
    let answer = client.post(app.url("/sign-in/link")).form(&[("token", token.as_str())]).send().await.unwrap();
    assert_eq!(answer.status(), 303, "the invitation link signs the participant in");
    client
}

async fn json_of(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Opens a pairing with an offline German centre; returns its id.
pub(crate) async fn offline_pairing(app: &TestApp, registry: &str, donor_email: &str, centre: &str) -> String {
    let collected = (app.clock.today() - TimeDelta::days(240)).to_string();
    let body = json!({
        "donor": {"full_name": "Ishaan Verma", "email": donor_email, "country": "IN", "town": "Nashik", "language": "en"},
        "patient_organisation": {"name": centre, "country": "DE", "kind": "transplant_centre"},
        "donations": [{"product": "pbsc", "collected_on": collected}],
        "transplant_date": collected,
    });
    let (status, created) = app.api(registry, POST, "/api/v1/pairings", Some(body)).await;
    assert_eq!(status, 201, "{created}");
    created["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_paper_letter_from_an_offline_centre_reaches_the_donor_and_the_answer_is_printed_and_sent() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let id = offline_pairing(&app, &registry, "ishaan@example.org", "Klinikum Offline Nord").await;
    // The same centre again is the same organisation, not a second one; its staff have no accounts.
    let second = offline_pairing(&app, &registry, "second.donor@example.org", "klinikum offline nord").await;
    assert_ne!(id, second);
    let (_, organisations) = app.api(&registry, GET, "/api/v1/organisations", None).await;
    let named: Vec<_> = organisations
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["name"].as_str().unwrap().eq_ignore_ascii_case("Klinikum Offline Nord"))
        .collect();
    assert_eq!(named.len(), 1, "{organisations}");

    // The centre's letter arrives on paper; the registry's coordinator enters it.
    let received = (app.clock.today() - TimeDelta::days(2)).to_string();
    let paper = json!({
        "body": "Dear donor, thanks to you I could go home to Lübeck last spring. My name is Greta Sommer.",
        "on_behalf_of": "patient",
        "received_on": received,
        "language": "en",
    });
    let (status, entered) =
        app.api(&registry, POST, &format!("/api/v1/pairings/{id}/letters"), Some(paper.clone())).await;
    assert_eq!(status, 201, "{entered}");
    assert_eq!(entered["status"], "in_review");
    let letter = entered["id"].as_str().unwrap().to_owned();
    // Only for a side that is not on Twinbridge, and only by coordinators.
    let demo_pairing = {
        let (_, list) = app.api(&registry, GET, "/api/v1/pairings", None).await;
        list.as_array().unwrap().iter().find(|p| p["id"] != id.as_str() && p["id"] != second.as_str()).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let (status, _) =
        app.api(&registry, POST, &format!("/api/v1/pairings/{demo_pairing}/letters"), Some(paper.clone())).await;
    assert_eq!(status, 403, "the German demo centre is on Twinbridge and enters its own paper letters");
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, own) = app.api(&donor, GET, "/api/v1/pairings", None).await;
    let own = own[0]["id"].as_str().unwrap().to_owned();
    let (status, _) = app.api(&donor, POST, &format!("/api/v1/pairings/{own}/letters"), Some(paper)).await;
    assert_eq!(status, 403, "a participant cannot enter letters on behalf of anyone");

    // It waits in the registry's queue; the registry's review is the only one.
    let (_, queue) = app.api(&registry, GET, "/api/v1/review-queue", None).await;
    assert!(queue.as_array().unwrap().iter().any(|l| l["id"] == letter.as_str()), "{queue}");
    let (_, seen) = app.api(&registry, GET, &format!("/api/v1/letters/{letter}"), None).await;
    assert_eq!(seen["entered_by_staff"], true, "{seen}");
    assert_eq!(seen["received_on"], received.as_str());
    let (status, reviewed) = app
        .api(&registry, POST, &format!("/api/v1/letters/{letter}/reviews"), Some(json!({"decision": "approve"})))
        .await;
    assert_eq!(status, 200, "{reviewed}");
    assert_eq!(reviewed["status"], "delivered");

    // The donor reads it, without the name or the town the screen found.
    let donor_client = signed_in_with_invitation(&app, "ishaan@example.org").await;
    let (status, read) =
        json_of(donor_client.get(app.url(&format!("/api/v1/letters/{letter}"))).send().await.unwrap()).await;
    assert_eq!(status, 200, "{read}");
    let text = read["text"].as_str().unwrap_or_else(|| panic!("{read}"));
    assert!(text.contains("thanks to you"), "{text}");
    assert!(!text.contains("Greta") && !text.contains("Lübeck"), "{text}");

    // The donor answers; the registry approves; the answer is ready to send on paper.
    let answer =
        json!({"body": "Dear friend, I am so glad. I live in Nashik and my name is Ishaan.", "in_reply_to": letter});
    let (status, written) = json_of(
        donor_client.post(app.url(&format!("/api/v1/pairings/{id}/letters"))).json(&answer).send().await.unwrap(),
    )
    .await;
    assert_eq!(status, 201, "{written}");
    let reply = written["id"].as_str().unwrap().to_owned();
    let (status, reviewed) = app
        .api(&registry, POST, &format!("/api/v1/letters/{reply}/reviews"), Some(json!({"decision": "approve"})))
        .await;
    assert_eq!(status, 200, "{reviewed}");
    assert_eq!(reviewed["status"], "ready_to_send");

    // Printed and exported: the reference and the approved text, nothing of the donor's side.
    let reference = {
        let (_, list) = app.api(&registry, GET, "/api/v1/pairings", None).await;
        list.as_array().unwrap().iter().find(|p| p["id"] == id.as_str()).unwrap()["reference"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let registry_pages = app.cookie_client();
    let code = app.totp_code("JBSWY3DPEHPK3PXP");
    app.clock.advance(TimeDelta::seconds(30));
    let code_now = app.totp_code("JBSWY3DPEHPK3PXP");
    assert_ne!(code, "");
    app.browser_sign_in(&registry_pages, "registry.coordinator@twinbridge.test", "twinbridge-demo", Some(&code_now))
        .await;
    let print = registry_pages.get(app.url(&format!("/letters/{reply}/print"))).send().await.unwrap();
    assert_eq!(print.status(), 200);
    let page = print.text().await.unwrap();
    assert!(page.contains(&reference) && page.contains("I am so glad"), "{page}");
    let identities = ["Ishaan", "Verma", "Nashik", "ishaan@example.org", "Demo Donor Registry India"];
    for identity in identities {
        assert!(!page.contains(identity), "the print page shows {identity}");
    }
    for format in ["txt", "pdf"] {
        let export = app
            .client
            .get(app.url(&format!("/api/v1/letters/{reply}/export?format={format}")))
            .bearer_auth(&registry)
            .send()
            .await
            .unwrap();
        assert_eq!(export.status(), 200, "{format}");
        let bytes = export.bytes().await.unwrap();
        let content = String::from_utf8_lossy(&bytes);
        assert!(content.contains(&reference), "{format}");
        for identity in identities {
            assert!(!content.contains(identity), "the {format} export shows {identity}");
        }
        if format == "pdf" {
            assert!(bytes.starts_with(b"%PDF-"));
        } else {
            assert!(content.contains("I am so glad"));
        }
    }
    let (status, _) = app.api(&registry, GET, &format!("/api/v1/letters/{reply}/export?format=doc"), None).await;
    assert_eq!(status, 422);
    // The donor neither exports nor marks sent; the coordinator marks it sent, once.
    let (status, _) =
        json_of(donor_client.post(app.url(&format!("/api/v1/letters/{reply}/sent"))).send().await.unwrap()).await;
    assert_eq!(status, 403);
    let (status, sent) = app.api(&registry, POST, &format!("/api/v1/letters/{reply}/sent"), None).await;
    assert_eq!((status, sent["status"].as_str()), (200, Some("sent")), "{sent}");
    assert_eq!(app.api(&registry, POST, &format!("/api/v1/letters/{reply}/sent"), None).await.0, 409);
    // A letter that went out counts against the quota like any delivered one, and the trail has each step.
    let conn = app.store.read();
    for action in ["letter_entered", "letter_exported", "letter_sent", "organisation_added"] {
        let events = twinbridge_store::repo::audit::with_action(conn, action).await.unwrap();
        assert!(!events.is_empty(), "{action}");
    }
}

#[tokio::test]
async fn staff_enter_a_letter_for_their_own_participant_without_internet() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let id = offline_pairing(&app, &registry, "nonet@example.org", "Klinik ohne Netz").await;
    let body =
        json!({"body": "Namaste, I think of you often.", "on_behalf_of": "donor", "received_on": app.clock.today()});
    let (status, entered) = app.api(&registry, POST, &format!("/api/v1/pairings/{id}/letters"), Some(body)).await;
    assert_eq!(status, 201, "{entered}");
    let letter = entered["id"].as_str().unwrap();
    // The donor sees it among their letters, as its writer.
    let donor_client = signed_in_with_invitation(&app, "nonet@example.org").await;
    let (_, list) =
        json_of(donor_client.get(app.url(&format!("/api/v1/pairings/{id}/letters"))).send().await.unwrap()).await;
    assert!(list.as_array().unwrap().iter().any(|l| l["id"] == letter), "{list}");
    // Bad input is refused and stores nothing.
    let count = || async {
        let (_, list) = app.api(&registry, GET, &format!("/api/v1/pairings/{id}/letters"), None).await;
        list.as_array().unwrap().len()
    };
    let before = count().await;
    let tomorrow = app.clock.today() + TimeDelta::days(1);
    for bad in [
        json!({"body": "x", "on_behalf_of": "registry"}),
        json!({"body": "   ", "on_behalf_of": "donor"}),
        json!({"body": "x", "on_behalf_of": "donor", "received_on": tomorrow}),
    ] {
        let (status, problem) = app.api(&registry, POST, &format!("/api/v1/pairings/{id}/letters"), Some(bad)).await;
        assert_eq!(status, 422, "{problem}");
    }
    assert_eq!(count().await, before);
}
