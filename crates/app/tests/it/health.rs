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
