//! Questions to the registry: only the staff of the asker's own organisation see and answer them; the
//! asker is told by e-mail without the text; a visitor's question reaches staff only once its address is
//! confirmed; simultaneous answers store one.

use std::sync::Arc;

use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{Value, json};
use tokio::task::JoinSet;
use twinbridge_store::entities::{outbox, question_messages};
use twinbridge_test_support::TestApp;

const POST: reqwest::Method = reqwest::Method::POST;
const GET: reqwest::Method = reqwest::Method::GET;
const REGISTRY: &str = "registry.coordinator@twinbridge.test";
const CENTRE: &str = "centre.coordinator@twinbridge.test";

async fn ids(app: &TestApp, token: &str) -> Vec<String> {
    let (status, list) = app.api(token, GET, "/api/v1/questions", None).await;
    assert_eq!(status, 200, "{list}");
    list.as_array().unwrap().iter().map(|q| q["id"].as_str().unwrap().to_owned()).collect()
}

fn path_of(link: &str) -> String {
    let (_, rest) = link.split_once("://").unwrap();
    format!("/{}", rest.split_once('/').unwrap().1)
}

#[tokio::test]
async fn a_question_reaches_the_askers_own_organisation_only_and_its_answer_reaches_the_asker() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let registry = app.demo_token(REGISTRY).await;
    let centre = app.demo_token(CENTRE).await;
    let body = json!({"body": "How long until I may learn who received my cells? I am Aarav from Pune."});
    let (status, asked) = app.api(&donor, POST, "/api/v1/questions", Some(body)).await;
    assert_eq!(status, 201, "{asked}");
    let id = asked["id"].as_str().unwrap().to_owned();

    assert!(ids(&app, &registry).await.contains(&id), "the donor's registry sees it");
    assert!(!ids(&app, &centre).await.contains(&id), "the patient's centre does not");
    let (status, _) = app.api(&centre, GET, &format!("/api/v1/questions/{id}"), None).await;
    assert_eq!(status, 404);
    let patient = app.demo_token("patient@twinbridge.test").await;
    let (status, _) = app.api(&patient, GET, &format!("/api/v1/questions/{id}"), None).await;
    assert_eq!(status, 404);

    // Staff are warned of the asker's own details; the asker's home shows nothing yet.
    let (_, thread) = app.api(&registry, GET, &format!("/api/v1/questions/{id}"), None).await;
    let warnings = thread["warnings"].as_array().expect("warnings for staff");
    assert!(warnings.iter().any(|w| w.as_str().unwrap().contains("Pune")), "{thread}");
    let (_, waiting) = app.api(&registry, GET, "/api/v1/me/waiting", None).await;
    assert!(waiting.as_array().unwrap().iter().any(|w| w["kind"] == "question_to_answer"), "{waiting}");
    let (status, _) =
        app.api(&centre, POST, &format!("/api/v1/questions/{id}/answers"), Some(json!({"body": "x"}))).await;
    assert_eq!(status, 404, "the other side cannot answer");

    let answer = json!({"body": "Under the rules for your pairing this is possible two years after your donation.", "faq": "release"});
    let (status, answered) = app.api(&registry, POST, &format!("/api/v1/questions/{id}/answers"), Some(answer)).await;
    assert_eq!((status, answered["status"].as_str()), (201, Some("answered")), "{answered}");
    let mail = app.mail.wait_for("donor@twinbridge.test").await;
    assert!(mail.body().contains(&format!("/questions/{id}")), "{}", mail.body());
    assert!(!mail.body().contains("two years") && !mail.body().contains("Pune"), "no text in the e-mail");

    let (_, seen) = app.api(&donor, GET, &format!("/api/v1/questions/{id}"), None).await;
    let messages = seen["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 2, "{seen}");
    assert_eq!(messages[1]["from"], "staff");
    assert!(messages[1]["body"].as_str().unwrap().contains("two years"));
    assert!(seen.get("warnings").is_none(), "the asker is not shown the screen's warnings");
    let (_, waiting) = app.api(&donor, GET, "/api/v1/me/waiting", None).await;
    assert!(waiting.as_array().unwrap().iter().any(|w| w["kind"] == "question_answered"), "{waiting}");

    // The asker writes again, then closes it; a closed question takes no answer.
    let again = json!({"body": "Thank you. And may I send a photo?"});
    let (status, followed) = app.api(&donor, POST, &format!("/api/v1/questions/{id}/follow-ups"), Some(again)).await;
    assert_eq!((status, followed["status"].as_str()), (201, Some("open")), "{followed}");
    let (status, closed) = app.api(&donor, POST, &format!("/api/v1/questions/{id}/close"), None).await;
    assert_eq!((status, closed["status"].as_str()), (200, Some("closed")), "{closed}");
    let (status, _) =
        app.api(&registry, POST, &format!("/api/v1/questions/{id}/answers"), Some(json!({"body": "Yes."}))).await;
    assert_eq!(status, 409);

    // The patient's question goes to the centre, never to the donor's registry.
    let (_, asked) = app.api(&patient, POST, "/api/v1/questions", Some(json!({"body": "Wie geht es weiter?"}))).await;
    let patients = asked["id"].as_str().unwrap().to_owned();
    assert!(ids(&app, &centre).await.contains(&patients));
    assert!(!ids(&app, &registry).await.contains(&patients));
    // Staff do not ask; an empty question is refused.
    let (status, _) = app.api(&registry, POST, "/api/v1/questions", Some(json!({"body": "Hello?"}))).await;
    assert_eq!(status, 403);
    let (status, refused) = app.api(&donor, POST, "/api/v1/questions", Some(json!({"body": "  "}))).await;
    assert_eq!((status, refused["field"].as_str()), (422, Some("body")), "{refused}");
}

#[tokio::test]
async fn a_visitors_question_reaches_staff_only_once_its_address_is_confirmed() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token(REGISTRY).await;
    let client = app.cookie_client();
    let sent = client
        .post(app.url("/ask"))
        .header("origin", &app.address)
        .form(&[("email", "visitor@example.org"), ("body", "Can I register if I had malaria as a child?")])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 200);
    assert!(ids(&app, &registry).await.is_empty(), "nothing unconfirmed reaches staff");

    let mail = app.mail.wait_for("visitor@example.org").await;
    let link = path_of(&mail.link().expect("a link"));
    let page = client.get(app.url(&link)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("malaria") && page.contains(&format!("{link}/confirm")), "the visitor's page");
    let confirmed =
        client.post(app.url(&format!("{link}/confirm"))).header("origin", &app.address).send().await.unwrap();
    assert_eq!(confirmed.status(), 303);
    let queue = ids(&app, &registry).await;
    assert_eq!(queue.len(), 1);

    let (status, _) = app
        .api(
            &registry,
            POST,
            &format!("/api/v1/questions/{}/answers", queue[0]),
            Some(json!({"body": "", "faq": "who"})),
        )
        .await;
    assert_eq!(status, 201, "a FAQ entry alone is an answer");
    // The answer e-mail carries a fresh link; the first one no longer opens the thread.
    let answered = loop {
        let latest = app.mail.wait_for("visitor@example.org").await;
        if latest.raw != mail.raw {
            break latest;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let fresh = path_of(&answered.link().expect("a link"));
    assert_ne!(fresh, link);
    assert_eq!(client.get(app.url(&link)).send().await.unwrap().status(), 404);
    let page = client.get(app.url(&fresh)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Who may register?"), "the FAQ entry is in the answer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_answers_store_one() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let donor = app.demo_token("donor@twinbridge.test").await;
    let registry = app.demo_token(REGISTRY).await;
    let (_, asked) = app.api(&donor, POST, "/api/v1/questions", Some(json!({"body": "Is there news?"}))).await;
    let path = format!("/api/v1/questions/{}/answers", asked["id"].as_str().unwrap());
    let messages_before = question_messages::Entity::find().count(app.store.read()).await.unwrap();
    let mails_before = outbox::Entity::find().count(app.store.read()).await.unwrap();

    let mut set = JoinSet::new();
    for i in 0..6 {
        let (app, token, path) = (Arc::clone(&app), registry.clone(), path.clone());
        set.spawn(async move { app.api(&token, POST, &path, Some(json!({"body": format!("Answer {i}")}))).await });
    }
    let answers: Vec<(u16, Value)> = set.join_all().await;
    assert_eq!(answers.iter().filter(|(s, _)| *s == 201).count(), 1, "{answers:?}");
    assert!(answers.iter().all(|(s, _)| *s == 201 || *s == 409), "{answers:?}");
    assert_eq!(question_messages::Entity::find().count(app.store.read()).await.unwrap(), messages_before + 1);
    assert_eq!(outbox::Entity::find().count(app.store.read()).await.unwrap(), mails_before + 1, "one e-mail");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_confirmations_and_a_close_racing_a_follow_up_agree_with_what_is_stored() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let client = app.cookie_client();
    let sent = client
        .post(app.url("/ask"))
        .header("origin", &app.address)
        .form(&[("email", "racer@example.org"), ("body", "Two tabs, one question.")])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 200);
    let link = path_of(&app.mail.wait_for("racer@example.org").await.link().unwrap());
    let mut set = JoinSet::new();
    for _ in 0..6 {
        let (app, link) = (Arc::clone(&app), link.clone());
        set.spawn(async move {
            let url = app.url(&format!("{link}/confirm"));
            app.client.post(url).header("origin", &app.address).send().await.unwrap().status().as_u16()
        });
    }
    assert!(set.join_all().await.iter().all(|s| *s == 303), "confirming twice is harmless");
    let asked = twinbridge_store::repo::audit::with_action(app.store.read(), "question_asked").await.unwrap();
    assert_eq!(asked.len(), 1, "one question reached the registry");

    // The asker closes while writing again in another tab: one of the two wins, and the stored state says which.
    let donor = app.demo_token("donor@twinbridge.test").await;
    for round in 0..3 {
        let (_, asked) =
            app.api(&donor, POST, "/api/v1/questions", Some(json!({"body": format!("Round {round}")}))).await;
        let id = asked["id"].as_str().unwrap().to_owned();
        let (a, b) = (Arc::clone(&app), Arc::clone(&app));
        let (t1, t2) = (donor.clone(), donor.clone());
        let (close_path, follow_path) =
            (format!("/api/v1/questions/{id}/close"), format!("/api/v1/questions/{id}/follow-ups"));
        let close = tokio::spawn(async move { a.api(&t1, POST, &close_path, None).await.0 });
        let follow =
            tokio::spawn(
                async move { b.api(&t2, POST, &follow_path, Some(json!({"body": "One more thing."}))).await.0 },
            );
        let (closed, followed) = (close.await.unwrap(), follow.await.unwrap());
        let (_, thread) = app.api(&donor, GET, &format!("/api/v1/questions/{id}"), None).await;
        let messages = thread["messages"].as_array().unwrap().len();
        match (closed, followed) {
            (200, 201) => assert_eq!((thread["status"].as_str(), messages), (Some("closed"), 2), "{thread}"),
            (200, 409) => assert_eq!((thread["status"].as_str(), messages), (Some("closed"), 1), "{thread}"),
            (409, 201) => assert_eq!((thread["status"].as_str(), messages), (Some("open"), 2), "{thread}"),
            other => panic!("unexpected answers {other:?}: {thread}"),
        }
    }
}

#[tokio::test]
async fn a_refused_question_keeps_what_was_typed_with_the_reason_beside_its_field() {
    let app = TestApp::spawn_demo().await;
    let client = app.cookie_client();
    let question = "Is there an age limit for registering as a donor?";
    let sent = client
        .post(app.url("/ask"))
        .header("origin", &app.address)
        .form(&[("email", "not an address"), ("body", question)])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 422);
    let page = sent.text().await.unwrap();
    assert!(page.contains(question), "the question is still in its field");
    assert!(page.contains("id=\"ask-email-error\""), "the reason is beside the address");
    assert!(page.contains("aria-describedby=\"ask-email-error ask-email-hint\""), "and tied to it");
    assert!(page.contains("href=\"#ask-email\""), "the summary leads to the field");
    assert!(!page.contains("id=\"ask-body-error\""), "the question itself was fine");

    let donor = app.signed_in_client("donor@twinbridge.test").await;
    let (_, mine) = app.api(&app.demo_token("donor@twinbridge.test").await, GET, "/api/v1/pairings", None).await;
    let pairing = mine[0]["id"].as_str().unwrap();
    let sent = donor
        .post(app.url("/ask"))
        .header("origin", &app.address)
        .form(&[("body", "   "), ("pairing_id", pairing)])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 422);
    let page = sent.text().await.unwrap();
    assert!(page.contains("id=\"ask-body-error\""), "the reason is beside the question");
    assert!(page.contains(&format!("value=\"{pairing}\" selected")), "the chosen pairing stays chosen");
}
