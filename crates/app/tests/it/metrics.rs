//! `GET /metrics`: Prometheus text for operators, behind a token (open in demo mode), with route patterns
//! rather than paths, the queues read at scrape time, and nothing that names a person.

use twinbridge_test_support::{TestApp, TestAppOptions, mentions};

const TOKEN: &str = "metrics-token-for-the-tests";

#[tokio::test]
async fn the_demo_shows_requests_by_route_and_the_queues() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let (status, _) = app.api(&donor, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/policy"), None).await;
    assert_eq!(status, 200);
    let (status, _) = app
        .api(&donor, reqwest::Method::POST, "/api/v1/screen", Some(serde_json::json!({"text": "Greetings from Pune"})))
        .await;
    assert_eq!(status, 200);

    let response = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/openmetrics-text"));
    let text = response.text().await.unwrap();
    assert!(
        text.contains(
            r#"twinbridge_http_requests_total{method="GET",route="/api/v1/pairings/{id}/policy",status="200"} 1"#
        ),
        "{text}"
    );
    assert!(text.contains(r#"twinbridge_http_request_duration_seconds_bucket{"#), "{text}");
    assert!(text.contains("twinbridge_screening_duration_seconds_count 1"), "{text}");
    // The demo has a letter waiting for the registry's review.
    assert!(text.contains(r#"twinbridge_review_waiting{side="donor"} 1"#), "{text}");
    for metric in [
        "twinbridge_outbox_waiting",
        "twinbridge_webhooks_waiting",
        "twinbridge_scheduler_lag_seconds",
        "twinbridge_database_connections",
    ] {
        assert!(text.contains(metric), "{metric}: {text}");
    }
    assert!(!text.contains(&pairing), "routes are patterns, never ids");
    for identity in ["Aarav", "Mehta", "Pune", "Lena", "Vogel", "donor@twinbridge.test"] {
        assert!(!mentions(&text, identity), "{identity} in the metrics");
    }
}

#[tokio::test]
async fn outside_demo_mode_metrics_need_the_configured_token() {
    let app =
        TestApp::spawn_with(TestAppOptions { metrics_token: Some(TOKEN.into()), ..TestAppOptions::default() }).await;
    assert_eq!(app.client.get(app.url("/metrics")).send().await.unwrap().status(), 401);
    let wrong = app.client.get(app.url("/metrics")).bearer_auth("not-the-token-at-all").send().await.unwrap();
    assert_eq!(wrong.status(), 401);
    let right = app.client.get(app.url("/metrics")).bearer_auth(TOKEN).send().await.unwrap();
    assert_eq!(right.status(), 200);
    assert!(right.text().await.unwrap().contains("twinbridge_http_requests_total"));

    // Without a token configured there is nothing there.
    let closed = TestApp::spawn().await;
    assert_eq!(closed.client.get(closed.url("/metrics")).send().await.unwrap().status(), 404);
}
