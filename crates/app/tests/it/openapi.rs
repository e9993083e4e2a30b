//! The OpenAPI document: served without signing in, in step with the committed `docs/openapi.json`, and
//! listing exactly the routes the API serves.
//!
//! After a change to the API, regenerate the committed file with
//! `TWINBRIDGE_UPDATE_OPENAPI=1 cargo test -p twinbridge --test it openapi` and commit it.

use std::collections::BTreeSet;

use reqwest::Method;
use twinbridge_test_support::TestApp;

const COMMITTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/openapi.json");

/// Every operation of the API. A new route needs its line here as well as its `#[utoipa::path]`.
const OPERATIONS: &[(&str, &str)] = &[
    ("GET", "/healthz"),
    ("GET", "/api/v1/openapi.json"),
    ("POST", "/api/v1/session"),
    ("DELETE", "/api/v1/session"),
    ("GET", "/api/v1/me"),
    ("GET", "/api/v1/me/waiting"),
    ("GET", "/api/v1/me/export"),
    ("GET", "/api/v1/statistics"),
    ("POST", "/api/v1/pairings/{id}/close"),
    ("GET", "/api/v1/pairings/{id}/participants/{participant}/export"),
    ("POST", "/api/v1/pairings/{id}/participants/{participant}/erasure"),
    ("GET", "/api/v1/organisations"),
    ("PUT", "/api/v1/organisations/{id}/letter-review"),
    ("GET", "/api/v1/questions"),
    ("POST", "/api/v1/questions"),
    ("GET", "/api/v1/questions/{id}"),
    ("POST", "/api/v1/questions/{id}/answers"),
    ("POST", "/api/v1/questions/{id}/follow-ups"),
    ("POST", "/api/v1/questions/{id}/close"),
    ("GET", "/api/v1/donor-registrations"),
    ("POST", "/api/v1/donor-registrations"),
    ("GET", "/api/v1/donor-registrations/export.csv"),
    ("POST", "/api/v1/donor-registrations/{id}/status"),
    ("DELETE", "/api/v1/donor-registrations/{id}"),
    ("GET", "/api/v1/service-tokens"),
    ("POST", "/api/v1/service-tokens"),
    ("DELETE", "/api/v1/service-tokens/{id}"),
    ("GET", "/api/v1/webhooks"),
    ("POST", "/api/v1/webhooks"),
    ("DELETE", "/api/v1/webhooks/{id}"),
    ("GET", "/api/v1/pairings"),
    ("POST", "/api/v1/pairings"),
    ("GET", "/api/v1/pairings/{id}"),
    ("POST", "/api/v1/pairings/{id}/patient"),
    ("POST", "/api/v1/pairings/{id}/donations"),
    ("PUT", "/api/v1/pairings/{id}/transplant"),
    ("POST", "/api/v1/pairings/{id}/patient-status"),
    ("GET", "/api/v1/pairings/{id}/policy"),
    ("POST", "/api/v1/screen"),
    ("GET", "/api/v1/pairings/{id}/letters"),
    ("POST", "/api/v1/pairings/{id}/letters"),
    ("GET", "/api/v1/letters/{id}"),
    ("PUT", "/api/v1/letters/{id}"),
    ("POST", "/api/v1/letters/{id}/withdraw"),
    ("GET", "/api/v1/letters/{id}/export"),
    ("POST", "/api/v1/letters/{id}/sent"),
    ("POST", "/api/v1/letters/{id}/translation"),
    ("POST", "/api/v1/letters/{id}/translation-request"),
    ("POST", "/api/v1/letters/{id}/reviews"),
    ("POST", "/api/v1/letters/{id}/attachments"),
    ("GET", "/api/v1/letters/{id}/attachments/{attachment}"),
    ("DELETE", "/api/v1/letters/{id}/attachments/{attachment}"),
    ("GET", "/api/v1/review-queue"),
    ("GET", "/api/v1/pairings/{id}/consent"),
    ("PUT", "/api/v1/pairings/{id}/consent"),
    ("POST", "/api/v1/pairings/{id}/participants/{participant}/consent"),
    ("POST", "/api/v1/pairings/{id}/release-requests"),
    ("GET", "/api/v1/pairings/{id}/release"),
    ("POST", "/api/v1/release-requests/{id}/sign-off"),
    ("GET", "/api/v1/pairings/{id}/counterpart"),
    ("GET", "/api/v1/pairings/{id}/meetings"),
    ("POST", "/api/v1/pairings/{id}/meetings"),
    ("PUT", "/api/v1/meetings/{id}"),
    ("POST", "/api/v1/meetings/{id}/accept"),
    ("POST", "/api/v1/meetings/{id}/decline"),
    ("POST", "/api/v1/meetings/{id}/cancel"),
    ("GET", "/api/v1/pairings/{id}/health-updates"),
    ("POST", "/api/v1/pairings/{id}/health-updates"),
];

const METHODS: [&str; 4] = ["GET", "POST", "PUT", "DELETE"];

/// The served document, as text.
async fn served(app: &TestApp) -> String {
    let response = app.get("/api/v1/openapi.json").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    response.text().await.unwrap()
}

/// `(method, path)` of every operation the document lists.
fn listed(document: &serde_json::Value) -> BTreeSet<(String, String)> {
    let mut listed = BTreeSet::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for method in METHODS {
            if item.get(method.to_lowercase()).is_some() {
                listed.insert((method.to_owned(), path.clone()));
            }
        }
    }
    listed
}

#[tokio::test]
async fn the_document_is_openapi_3_1_json_served_without_signing_in() {
    let app = TestApp::spawn().await;
    let document: serde_json::Value = serde_json::from_str(&served(&app).await).unwrap();
    assert!(document["openapi"].as_str().is_some_and(|v| v.starts_with("3.1")), "{}", document["openapi"]);
    assert_eq!(document["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
    let problem = &document["components"]["schemas"]["Problem"]["properties"];
    for member in ["type", "title", "status", "detail"] {
        assert!(problem.get(member).is_some(), "the problem schema has no {member}");
    }
}

#[tokio::test]
async fn the_committed_document_is_the_one_the_code_serves() {
    let app = TestApp::spawn().await;
    let served = served(&app).await;
    if std::env::var("TWINBRIDGE_UPDATE_OPENAPI").is_ok_and(|v| v == "1") {
        std::fs::write(COMMITTED, &served).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    if committed != served {
        let line = committed
            .lines()
            .zip(served.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| committed.lines().count().min(served.lines().count()) + 1, |i| i + 1);
        panic!(
            "docs/openapi.json differs from the document the code serves (first at line {line}); regenerate it \
             with `TWINBRIDGE_UPDATE_OPENAPI=1 cargo test -p twinbridge --test it openapi` and commit it"
        );
    }
}

#[tokio::test]
async fn the_document_lists_every_route_and_the_router_serves_what_it_lists() {
    let app = TestApp::spawn().await;
    let document: serde_json::Value = serde_json::from_str(&served(&app).await).unwrap();
    let listed = listed(&document);
    let expected: BTreeSet<_> = OPERATIONS.iter().map(|(m, p)| ((*m).to_owned(), (*p).to_owned())).collect();
    let missing: Vec<_> = expected.difference(&listed).collect();
    let unexpected: Vec<_> = listed.difference(&expected).collect();
    assert!(missing.is_empty(), "routes without an entry in the document: {missing:?}");
    assert!(unexpected.is_empty(), "entries not in OPERATIONS (add them there): {unexpected:?}");

    // Every listed method of a path is served (no 404 or 405), and no other method is.
    let paths: BTreeSet<_> = listed.iter().map(|(_, path)| path.clone()).collect();
    for path in paths {
        let concrete =
            path.replace("{id}", "no-such-id").replace("{attachment}", "no-such-id").replace("{participant}", "donor");
        for method in METHODS {
            let response =
                app.client.request(Method::from_bytes(method.as_bytes()).unwrap(), app.url(&concrete)).send().await;
            let status = response.unwrap().status().as_u16();
            if listed.contains(&(method.to_owned(), path.clone())) {
                assert!(status != 404 && status != 405, "{method} {path} is listed but answers {status}");
            } else {
                assert_eq!(status, 405, "{method} {path} is not listed but answers {status}");
            }
        }
    }
}
