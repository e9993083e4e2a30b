use twinbridge_test_support::TestApp;

#[tokio::test]
async fn healthz_answers_ok_with_the_backend_in_use() {
    let app = TestApp::spawn().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(body["status"], "ok");
    let expected = if app.db.is_postgres() { "postgres" } else { "sqlite" };
    assert_eq!(body["database"], expected);
}

#[tokio::test]
async fn unknown_paths_get_a_problem_document_and_every_response_a_request_id() {
    let app = TestApp::spawn().await;
    let response = app.get("/api/v1/no-such-thing").await;
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    assert!(response.headers().contains_key("x-request-id"));
    let body: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(body["status"], 404);
    assert!(body["type"].as_str().is_some_and(|t| !t.is_empty()));
}

/// A database that went away: requests get `503` with `Retry-After` — a valid token is not answered "sign
/// in first", a write is not a 500 — and pages show the "try again shortly" page.
#[tokio::test]
async fn a_database_that_does_not_answer_gives_503_with_retry_after_never_401() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let browser = app.cookie_client();
    let signed_in = app.browser_sign_in(&browser, "donor@twinbridge.test", twinbridge::demo::DEMO_PASSWORD, None).await;
    assert!(signed_in.status().is_redirection());

    // Closing the shared pool makes every later connection attempt fail, as with a server that is gone.
    app.store.clone().close().await.unwrap();

    let requests = [
        (reqwest::Method::GET, "/api/v1/me".to_owned(), None),
        (reqwest::Method::GET, "/api/v1/pairings".to_owned(), None),
        (
            reqwest::Method::POST,
            format!("/api/v1/pairings/{pairing}/letters"),
            Some(serde_json::json!({"body": "Hello from the donor."})),
        ),
    ];
    for (method, path, body) in requests {
        let mut request = app.client.request(method.clone(), app.url(&path)).bearer_auth(&donor);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 503, "{method} {path}");
        assert_eq!(response.headers()["content-type"], "application/problem+json");
        assert!(response.headers().contains_key("retry-after"), "{method} {path}");
        let problem: serde_json::Value = response.json().await.unwrap();
        assert_eq!(problem["type"], "/problems/unavailable");
    }

    let page = browser.get(app.url("/pairings")).header("accept-language", "de").send().await.unwrap();
    assert_eq!(page.status(), 503);
    assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    assert!(page.headers().contains_key("retry-after"));
    assert!(page.text().await.unwrap().contains("Bitte gleich noch einmal versuchen"));

    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 503);
}

/// A client that sends half its headers and then nothing holds neither its connection nor the stop: the
/// server ends within its grace period while others are served as usual.
#[tokio::test]
async fn a_client_sending_half_its_headers_does_not_hold_up_a_stop() {
    use tokio::io::AsyncWriteExt as _;
    let app = TestApp::spawn().await;
    let mut slow = tokio::net::TcpStream::connect(app.address.trim_start_matches("http://")).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n").await.unwrap();
    assert_eq!(app.get("/healthz").await.status(), 200, "others are served meanwhile");

    let stopped = tokio::time::timeout(std::time::Duration::from_secs(30), app.stop()).await;
    assert!(stopped.is_ok(), "the server did not stop while a client held half a request");
    drop(slow);
}

/// Every refusal under `/api/` is a problem document: a sign-in body that is not JSON, and a method a
/// route does not take.
#[tokio::test]
async fn malformed_sign_in_and_wrong_methods_get_problem_documents() {
    let app = TestApp::spawn().await;
    let malformed = app
        .client
        .post(app.url("/api/v1/session"))
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .unwrap();
    assert!(malformed.status().is_client_error(), "{}", malformed.status());
    assert_eq!(malformed.headers()["content-type"], "application/problem+json");
    let problem: serde_json::Value = malformed.json().await.unwrap();
    assert!(problem["detail"].as_str().is_some_and(|d| !d.is_empty()), "{problem}");

    let wrong = app.client.patch(app.url("/api/v1/pairings")).send().await.unwrap();
    assert_eq!(wrong.status(), 405);
    assert_eq!(wrong.headers()["content-type"], "application/problem+json");
    assert!(wrong.headers().contains_key("allow"));
    let problem: serde_json::Value = wrong.json().await.unwrap();
    assert_eq!(problem["status"], 405);
    assert!(problem["detail"].as_str().unwrap().contains("PATCH"), "{problem}");
    let allowed = app.client.patch(app.url("/api/v1/pairings")).send().await.unwrap().headers()["allow"].clone();
    assert!(allowed.to_str().unwrap().contains("GET"), "{allowed:?}");
}
