//! The portal shell over HTTP: language negotiation, the switch, error pages, security headers.

use twinbridge::web::i18n::Lang;
use twinbridge_test_support::TestApp;

async fn page(
    app: &TestApp,
    path: &str,
    accept_language: Option<&str>,
    cookie: Option<&str>,
) -> (u16, String, reqwest::header::HeaderMap) {
    let mut request = app.client.get(app.url(path));
    if let Some(al) = accept_language {
        request = request.header("accept-language", al);
    }
    if let Some(c) = cookie {
        request = request.header("cookie", c);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, response.text().await.unwrap(), headers)
}

fn h1(html: &str) -> String {
    let start = html.find("<h1>").expect("a heading") + 4;
    let end = html[start..].find("</h1>").expect("closed") + start;
    html[start..end].to_owned()
}

#[tokio::test]
async fn pages_answer_in_the_language_of_accept_language_or_the_cookie() {
    let app = TestApp::spawn().await;
    for (accept, lang) in [
        (None, Lang::En),
        (Some("hi-IN,hi;q=0.9,en;q=0.8"), Lang::Hi),
        (Some("de-CH, fr;q=0.5"), Lang::De),
        (Some("fr"), Lang::En),
    ] {
        for (path, key) in [("/", "home-title"), ("/faq", "faq-title")] {
            let (status, html, _) = page(&app, path, accept, None).await;
            assert_eq!(status, 200);
            assert_eq!(h1(&html), lang.t(key), "{path} with {accept:?}");
            assert!(html.contains(&format!("<html lang=\"{}\" dir=\"ltr\">", lang.code())));
        }
    }
    // The cookie wins over the browser's preference.
    let (_, html, _) = page(&app, "/faq", Some("de"), Some("lang=hi")).await;
    assert_eq!(h1(&html), Lang::Hi.t("faq-title"));
}

#[tokio::test]
async fn the_language_switch_sets_a_cookie_and_returns_only_to_local_pages() {
    let app = TestApp::spawn().await;
    let response =
        app.client.post(app.url("/language")).form(&[("lang", "de"), ("next", "/faq")]).send().await.unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/faq");
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("lang=de") && cookie.contains("SameSite=Lax"), "{cookie}");

    let away = app
        .client
        .post(app.url("/language"))
        .form(&[("lang", "hi"), ("next", "https://example.org/")])
        .send()
        .await
        .unwrap();
    assert_eq!(away.headers()["location"], "/");
    let bad = app.client.post(app.url("/language")).form(&[("lang", "xx")]).send().await.unwrap();
    assert_eq!(bad.status(), 422);
}

#[tokio::test]
async fn unknown_pages_get_the_friendly_404_in_the_chosen_language_and_the_api_a_problem() {
    let app = TestApp::spawn().await;
    let (status, html, headers) = page(&app, "/no/such/page", Some("de"), None).await;
    assert_eq!(status, 404);
    assert!(headers["content-type"].to_str().unwrap().starts_with("text/html"));
    assert_eq!(h1(&html), Lang::De.t("error-not-found-title"));
    let (status, body, headers) = page(&app, "/api/v1/nothing", Some("de"), None).await;
    assert_eq!(status, 404);
    assert_eq!(headers["content-type"], "application/problem+json");
    assert!(body.contains("\"status\":404"));
}

#[tokio::test]
async fn every_response_carries_strict_security_headers() {
    let app = TestApp::spawn().await;
    for path in ["/", "/faq", "/static/app.css", "/healthz", "/missing"] {
        let (_, _, headers) = page(&app, path, None, None).await;
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{path}: {csp}");
        assert_eq!(headers["x-frame-options"], "DENY");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
    }
}

#[tokio::test]
async fn pages_need_no_javascript_and_no_inline_styles() {
    let app = TestApp::spawn().await;
    for path in ["/", "/faq"] {
        let (_, html, _) = page(&app, path, None, None).await;
        assert!(!html.contains("<script"), "{path}");
        assert!(!html.contains("style="), "{path}");
        assert!(html.contains("<form class=\"lang-switch\" method=\"post\" action=\"/language\">"), "{path}");
    }
}

/// A page handler's "not found" is the translated page, never a JSON document, whether the pairing is
/// missing or someone else's.
#[tokio::test]
async fn a_pairing_page_that_is_missing_or_hidden_is_the_translated_not_found_page() {
    let app = twinbridge_test_support::TestApp::spawn_demo().await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let (_, theirs) = app.api(&patient, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let hidden = theirs[0]["id"].as_str().unwrap().to_owned();
    let donor = app.cookie_client();
    let signed_in = app.browser_sign_in(&donor, "donor2@twinbridge.test", twinbridge::demo::DEMO_PASSWORD, None).await;
    assert!(signed_in.status().is_redirection());
    for path in [format!("/pairings/{hidden}"), "/pairings/00000000-0000-4000-8000-000000000000".to_owned()] {
        let page = donor.get(app.url(&path)).header("accept-language", "de").send().await.unwrap();
        assert_eq!(page.status(), 404, "{path}");
        assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"), "{path}");
        let text = page.text().await.unwrap();
        assert!(text.contains("lang=\"de\""), "{path}: the page is in the visitor's language");
    }
}
