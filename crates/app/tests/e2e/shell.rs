use thirtyfour::prelude::*;
use twinbridge::web::i18n::Lang;
use twinbridge_test_support::TestApp;
use twinbridge_test_support::browser::Browser;

async fn html_lang(browser: &Browser) -> String {
    browser.driver.find(By::Css("html")).await.unwrap().attr("lang").await.unwrap().unwrap_or_default()
}

async fn press_language(browser: &Browser, code: &str) {
    let button =
        browser.driver.find(By::Css(format!("form.lang-switch button[value='{code}']"))).await.expect("switch button");
    button.click().await.expect("click");
}

#[tokio::test]
async fn the_home_page_switches_to_hindi_and_stays_accessible() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn().await;
    browser.driver.goto(app.url("/")).await.unwrap();
    browser.wait_for_heading(&Lang::En.t("home-title")).await;
    assert_eq!(html_lang(&browser).await, "en");
    browser.assert_accessible("home (en)").await;

    press_language(&browser, "hi").await;
    browser.wait_for_heading(&Lang::Hi.t("home-title")).await;
    assert_eq!(html_lang(&browser).await, "hi");
    browser.screenshot("home-hi").await;
    browser.assert_accessible("home (hi)").await;

    // The choice is remembered for the next page.
    browser.driver.goto(app.url("/faq")).await.unwrap();
    browser.wait_for_heading(&Lang::Hi.t("faq-title")).await;
    browser.driver.goto(app.url("/rules")).await.unwrap();
    browser.wait_for_heading(&Lang::Hi.t("rules-title")).await;
    browser.assert_accessible("rules (hi)").await;
    browser.close().await;
}

#[tokio::test]
async fn the_faq_reads_in_german_and_unknown_pages_answer_in_german_too() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn().await;
    browser.driver.goto(app.url("/faq")).await.unwrap();
    press_language(&browser, "de").await;
    browser.wait_for_heading(&Lang::De.t("faq-title")).await;
    let questions = browser.driver.find_all(By::Css(".faq h2")).await.unwrap();
    assert!(questions.len() >= 10, "the FAQ has its questions");
    assert_eq!(questions[0].text().await.unwrap(), Lang::De.t("faq-anonymity-q"));
    browser.screenshot("faq-de").await;
    browser.assert_accessible("faq (de)").await;

    browser.driver.goto(app.url("/no/such/page")).await.unwrap();
    browser.wait_for_heading(&Lang::De.t("error-not-found-title")).await;
    browser.assert_accessible("404 (de)").await;
    browser.close().await;
}

#[tokio::test]
async fn keyboard_alone_reaches_and_uses_the_language_switch() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn().await;
    browser.driver.goto(app.url("/")).await.unwrap();
    let body = browser.driver.find(By::Css("body")).await.unwrap();

    // The first Tab lands on the skip link; then Tab on until a language button has focus.
    body.send_keys(Key::Tab).await.unwrap();
    let first = browser.driver.active_element().await.unwrap();
    assert_eq!(first.attr("class").await.unwrap().as_deref(), Some("skip-link"));
    let mut reached = None;
    for _ in 0..10 {
        let active = browser.driver.active_element().await.unwrap();
        if active.attr("name").await.unwrap().as_deref() == Some("lang")
            && active.attr("value").await.unwrap().as_deref() == Some("de")
        {
            reached = Some(active);
            break;
        }
        active.send_keys(Key::Tab).await.unwrap();
    }
    let german = reached.expect("Tab reaches the German button of the language switch");
    german.send_keys(Key::Enter).await.unwrap();
    browser.wait_for_heading(&Lang::De.t("home-title")).await;
    browser.close().await;
}

/// The accessibility check itself must be able to fail: an image without a text alternative is a
/// critical violation.
#[tokio::test]
async fn the_accessibility_check_catches_a_violation() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn().await;
    browser.driver.goto(app.url("/")).await.unwrap();
    let script = "const img = document.createElement('img'); img.src = '/static/app.css'; document.querySelector('main').appendChild(img);";
    browser.driver.execute(script, Vec::new()).await.unwrap();
    if let Some(violations) = browser.serious_accessibility_violations().await {
        assert!(violations.iter().any(|v| v["id"] == "image-alt"), "{violations:?}");
    }
    browser.close().await;
}
