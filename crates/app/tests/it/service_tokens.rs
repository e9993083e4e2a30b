//! Service tokens for registry systems: created by an administrator and shown once, scoped, acting with the
//! organisation's coordinator rights but never as a participant, seeing no identity without the scope,
//! audited on every use, and dead the moment they are revoked.

use reqwest::Method;
use serde_json::{Value, json};
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;

async fn call(app: &TestApp, token: &str, method: Method, path: &str, body: Option<Value>) -> (u16, Value) {
    app.api(token, method, path, body).await
}

#[tokio::test]
async fn a_scoped_token_opens_a_case_is_refused_elsewhere_and_dies_when_revoked() {
    let app = TestApp::spawn_demo().await;
    let admin = app.demo_token("admin@twinbridge.test").await;
    app.clock.advance(chrono::TimeDelta::seconds(30));
    let coordinator = app.demo_token("registry.coordinator@twinbridge.test").await;

    // Only an administrator manages tokens; bad scopes are refused naming the field.
    let body = json!({"name": "Registry CRM", "scopes": ["cases:write"]});
    assert_eq!(call(&app, &coordinator, Method::POST, "/api/v1/service-tokens", Some(body.clone())).await.0, 404);
    let (status, refused) = call(
        &app,
        &admin,
        Method::POST,
        "/api/v1/service-tokens",
        Some(json!({"name": "x", "scopes": ["everything"]})),
    )
    .await;
    assert_eq!(status, 422, "{refused}");
    let (status, created) = call(&app, &admin, Method::POST, "/api/v1/service-tokens", Some(body.clone())).await;
    assert_eq!(status, 201, "{created}");
    let token = created["token"].as_str().unwrap().to_owned();
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(call(&app, &admin, Method::POST, "/api/v1/service-tokens", Some(body)).await.0, 409, "names are unique");
    let (_, listed) = call(&app, &admin, Method::GET, "/api/v1/service-tokens", None).await;
    assert_eq!(listed[0]["name"], "Registry CRM");
    assert!(!listed.to_string().contains(&token), "the secret is shown once only");

    // The token opens a pairing as the registry's coordinators would.
    let (status, organisations) = call(&app, &token, Method::GET, "/api/v1/organisations", None).await;
    assert_eq!(status, 200, "{organisations}");
    let germany =
        organisations.as_array().unwrap().iter().find(|o| o["name"] == "Demo Transplant Centre Germany").unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let collected = (app.clock.today() - chrono::TimeDelta::days(30)).to_string();
    let new_case = json!({
        "donor": {"full_name": "Kiran Desai", "email": "kiran@example.org", "country": "IN", "town": "Nashik"},
        "patient_organisation_id": germany,
        "donations": [{"product": "pbsc", "collected_on": collected}],
    });
    let (status, case) = call(&app, &token, Method::POST, "/api/v1/pairings", Some(new_case)).await;
    assert_eq!(status, 201, "{case}");
    let pairing = case["id"].as_str().unwrap().to_owned();
    // It reads the case, but sees no identity: its scopes do not include identities:read.
    let (status, detail) = call(&app, &token, Method::GET, &format!("/api/v1/pairings/{pairing}"), None).await;
    assert_eq!(status, 200, "{detail}");
    assert!(!detail.to_string().contains("Kiran") && !detail.to_string().contains("Nashik"), "{detail}");
    // A participant's route, a review and the token routes are not open to it.
    let consent = json!({"level": "meet", "share": []});
    let (status, _) =
        call(&app, &token, Method::PUT, &format!("/api/v1/pairings/{pairing}/consent"), Some(consent)).await;
    assert_eq!(status, 403);
    assert_eq!(call(&app, &token, Method::GET, "/api/v1/service-tokens", None).await.0, 403);
    assert_eq!(call(&app, &token, Method::GET, "/api/v1/review-queue", None).await.0, 403, "letters:read not granted");

    // Every use is in the audit trail under the token's name.
    let used = twinbridge_store::repo::audit::with_action(app.store.read(), "service_token_used").await.unwrap();
    assert!(used.len() >= 6, "{}", used.len());
    assert!(used.iter().all(|e| e.details.contains("Registry CRM")));

    // Revoked, it is refused at once; revoking again changes nothing.
    assert_eq!(call(&app, &admin, Method::DELETE, &format!("/api/v1/service-tokens/{id}"), None).await.0, 204);
    assert_eq!(call(&app, &token, Method::GET, "/api/v1/organisations", None).await.0, 401);
    assert_eq!(call(&app, &admin, Method::DELETE, &format!("/api/v1/service-tokens/{id}"), None).await.0, 204);
    let revoked = twinbridge_store::repo::audit::with_action(app.store.read(), "service_token_revoked").await.unwrap();
    assert_eq!(revoked.len(), 1);
    let (_, listed) = call(&app, &admin, Method::GET, "/api/v1/service-tokens", None).await;
    assert!(listed[0]["revoked_at"].is_string());
}

#[tokio::test]
async fn with_identities_read_the_token_sees_its_own_sides_participants() {
    let app = TestApp::spawn_demo().await;
    let admin = app.demo_token("admin@twinbridge.test").await;
    let body = json!({"name": "Case sync", "scopes": ["cases:read", "identities:read"]});
    let (_, created) = call(&app, &admin, Method::POST, "/api/v1/service-tokens", Some(body)).await;
    let token = created["token"].as_str().unwrap().to_owned();
    let (status, pairings) = call(&app, &token, Method::GET, "/api/v1/pairings", None).await;
    assert_eq!(status, 200, "{pairings}");
    let mut seen = String::new();
    for p in pairings.as_array().unwrap() {
        let (_, detail) =
            call(&app, &token, Method::GET, &format!("/api/v1/pairings/{}", p["id"].as_str().unwrap()), None).await;
        seen.push_str(&detail.to_string());
    }
    assert!(seen.contains("Aarav"), "its own donor's identity: {seen}");
    assert!(!seen.contains("Vogel") && !seen.contains("Regensburg"), "never the other side's");
    // Read-only: it cannot open a case.
    assert_eq!(call(&app, &token, Method::POST, "/api/v1/pairings", Some(json!({}))).await.0, 403);
}

#[tokio::test]
async fn administrators_manage_tokens_on_their_page() {
    let app = TestApp::spawn_demo().await;
    let admin = app.signed_in_client("admin@twinbridge.test").await;
    let page = admin.get(app.url("/service-tokens")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let form = [("name", "Nightly import"), ("scope", "cases:write"), ("scope", "statistics:read")];
    let created =
        admin.post(app.url("/service-tokens")).header("origin", &app.address).form(&form).send().await.unwrap();
    assert_eq!(created.status(), 200);
    let html = created.text().await.unwrap();
    let token = html.split("<code id=\"new-token\">").nth(1).and_then(|s| s.split('<').next()).unwrap().to_owned();
    assert!(html.contains("Nightly import") && html.contains("cases:write, statistics:read"), "{html}");
    assert_eq!(call(&app, &token, Method::GET, "/api/v1/pairings", None).await.0, 200);
    // The page shows it again without its secret.
    let again = admin.get(app.url("/service-tokens")).send().await.unwrap().text().await.unwrap();
    assert!(again.contains("Nightly import") && !again.contains(&token));
    // A form without a scope is refused with the name kept.
    let refused = admin
        .post(app.url("/service-tokens"))
        .header("origin", &app.address)
        .form(&[("name", "Second system")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(refused.contains("role=\"alert\"") && refused.contains("value=\"Second system\""), "{refused}");
    let id = again.split("/service-tokens/").nth(1).and_then(|s| s.split('/').next()).unwrap().to_owned();
    let revoked = admin
        .post(app.url(&format!("/service-tokens/{id}/revoke")))
        .header("origin", &app.address)
        .form(&[("unused", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 303);
    assert_eq!(call(&app, &token, Method::GET, "/api/v1/pairings", None).await.0, 401);
    let coordinator = app.signed_in_client("registry.coordinator@twinbridge.test").await;
    assert_eq!(coordinator.get(app.url("/service-tokens")).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn simultaneous_creations_and_revocations_decide_once() {
    let app = TestApp::spawn_demo().await;
    let admin = app.demo_token("admin@twinbridge.test").await;
    let body = json!({"name": "Twice at once", "scopes": ["cases:read"]});
    let (a, b) = tokio::join!(
        call(&app, &admin, Method::POST, "/api/v1/service-tokens", Some(body.clone())),
        call(&app, &admin, Method::POST, "/api/v1/service-tokens", Some(body.clone())),
    );
    let mut statuses = [a.0, b.0];
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409], "one token of a name: {a:?} {b:?}");
    let id = [a.1, b.1].into_iter().find_map(|v| v["id"].as_str().map(str::to_owned)).unwrap();
    let path = format!("/api/v1/service-tokens/{id}");
    let (x, y) =
        tokio::join!(call(&app, &admin, Method::DELETE, &path, None), call(&app, &admin, Method::DELETE, &path, None),);
    assert_eq!((x.0, y.0), (204, 204));
    let revoked = twinbridge_store::repo::audit::with_action(app.store.read(), "service_token_revoked").await.unwrap();
    assert_eq!(revoked.len(), 1, "revoked once");
    let created = twinbridge_store::repo::audit::with_action(app.store.read(), "service_token_created").await.unwrap();
    assert_eq!(created.len(), 1, "created once");
}
