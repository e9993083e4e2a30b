//! Asking and answering a question, and registering as a potential donor, in the browser.

use thirtyfour::prelude::*;
use twinbridge::web::i18n::Lang;
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;
use twinbridge_test_support::browser::Browser;

use crate::sign_in;

async fn click(browser: &Browser, css: &str) {
    browser.driver.find(By::Css(css)).await.unwrap().click().await.unwrap();
}

async fn type_into(browser: &Browser, css: &str, text: &str) {
    browser.driver.find(By::Css(css)).await.unwrap().send_keys(text).await.unwrap();
}

#[tokio::test]
async fn a_donor_asks_and_the_registry_answers() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;

    // The demo donor reads the portal in Hindi.
    sign_in(&browser, &app, "donor@twinbridge.test", false, Lang::Hi).await;
    browser.driver.goto(app.url("/ask")).await.unwrap();
    browser.wait_for_heading(&Lang::Hi.t("ask-title")).await;
    browser.assert_accessible("ask (participant)").await;
    type_into(&browser, "#ask-body", "When may I write my second letter?").await;
    click(&browser, "form[action='/ask'] button[type='submit']").await;
    browser.wait_for_heading(&Lang::Hi.t("question-title")).await;

    sign_in(&browser, &app, "registry.coordinator@twinbridge.test", true, Lang::En).await;
    browser.driver.goto(app.url("/questions")).await.unwrap();
    browser.assert_accessible("question queue").await;
    click(&browser, "table a[href^='/questions/']").await;
    browser.wait_for_heading(&Lang::En.t("question-title")).await;
    browser.assert_accessible("question with the answer form").await;
    type_into(&browser, "#answer-body", "You can write again as soon as your first letter has been delivered.").await;
    click(&browser, "#answer-faq option[value='letters']").await;
    click(&browser, "form[action$='/answer'] button").await;
    browser.wait_for_text("p.notice[role='status']", &Lang::En.t("question-notice-answered")).await;

    sign_in(&browser, &app, "donor@twinbridge.test", false, Lang::Hi).await;
    browser.driver.goto(app.url("/questions")).await.unwrap();
    click(&browser, "table a[href^='/questions/']").await;
    let thread = browser.wait_for_text("ol.thread", "as soon as your first letter").await;
    assert!(thread.contains(&Lang::Hi.t("faq-letters-q")), "the FAQ entry in the donor's language: {thread}");
    browser.close().await;
}

#[tokio::test]
async fn a_visitor_registers_confirms_and_is_listed_for_the_registry() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    browser.driver.goto(app.url("/register")).await.unwrap();
    browser.wait_for_heading(&Lang::En.t("register-title")).await;
    browser.assert_accessible("registration form").await;
    type_into(&browser, "#reg-name", "Neha Kapoor").await;
    type_into(&browser, "#reg-email", "neha@example.org").await;
    // A date input takes the digits in the browser's order; set the value directly.
    let born = app.clock.today().checked_sub_months(chrono::Months::new(12 * 30)).unwrap().to_string();
    browser
        .driver
        .execute(&format!("document.getElementById('reg-date_of_birth').value = '{born}';"), Vec::new())
        .await
        .unwrap();
    click(&browser, "input[name='consent']").await;
    click(&browser, "form[action='/register'] button").await;
    browser.wait_for_heading(&Lang::En.t("register-thanks-title")).await;

    let link = app.mail.wait_for("neha@example.org").await.link().expect("a link");
    browser.driver.goto(link).await.unwrap();
    browser.wait_for_heading(&Lang::En.t("register-own-title")).await;
    browser.assert_accessible("own registration").await;
    click(&browser, "form[action$='/confirm'] button").await;
    browser.wait_for_text("#registration-status", &Lang::En.t("register-status-confirmed")).await;

    sign_in(&browser, &app, "registry.coordinator@twinbridge.test", true, Lang::En).await;
    browser.driver.goto(app.url("/registrations")).await.unwrap();
    browser.wait_for_heading(&Lang::En.t("registrations-title")).await;
    browser.assert_accessible("registrations").await;
    let table = browser.wait_for_text("table", "Neha Kapoor").await;
    assert!(table.contains("neha@example.org"), "{table}");
    click(&browser, "form[action$='/status'] button").await;
    browser.wait_for_text("p.notice[role='status']", &Lang::En.t("registrations-done-status")).await;
    let export = browser.driver.find(By::Css("a[href='/registrations/export.csv']")).await.unwrap();
    assert!(export.text().await.unwrap().contains("CSV"));
    browser.close().await;
}
