use thirtyfour::prelude::*;
use twinbridge::demo::{DEMO_PASSWORD, DEMO_TOTP_SECRET};
use twinbridge::web::i18n::Lang;
use twinbridge_test_support::TestApp;
use twinbridge_test_support::browser::Browser;

async fn fill(browser: &Browser, css: &str, text: &str) {
    browser.driver.find(By::Css(css)).await.expect(css).send_keys(text).await.expect("typed");
}

async fn press(browser: &Browser, css: &str) {
    browser.driver.find(By::Css(css)).await.expect(css).click().await.expect("clicked");
}

#[tokio::test]
async fn a_donor_signs_in_with_the_link_from_the_email_and_signs_out() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    browser.driver.goto(app.url("/sign-in")).await.unwrap();
    browser.assert_accessible("sign-in").await;
    fill(&browser, "#link-email", "donor@twinbridge.test").await;
    press(&browser, "form[action='/sign-in/email'] button").await;
    browser.wait_for_heading(&Lang::En.t("sign-in-link-sent-title")).await;

    let link = app.mail.wait_for("donor@twinbridge.test").await.link().expect("a link");
    browser.driver.goto(link).await.unwrap();
    // The link page is a button: opening the link alone signs nobody in.
    browser.wait_for_heading(&Lang::En.t("link-confirm-title")).await;
    press(&browser, "form[action='/sign-in/link'] button").await;
    // The demo donor reads Hindi: the account's language wins after sign-in.
    browser.wait_for_heading(&Lang::Hi.t("dashboard-title")).await;
    browser.assert_accessible("overview (hi)").await;
    browser.screenshot("dashboard-donor").await;

    press(&browser, "form[action='/sign-out'] button").await;
    // Signing out lands on the home page (in the donor's language, remembered by the switch's cookie
    // or the browser's preference; English here).
    browser.driver.query(By::Css("form[action='/sign-in'], a[href='/sign-in']")).first().await.unwrap();
    browser.driver.goto(app.url("/home")).await.unwrap();
    assert!(browser.driver.current_url().await.unwrap().path().ends_with("/sign-in"), "signed out");
    browser.close().await;
}

#[tokio::test]
async fn a_coordinator_signs_in_with_password_and_authenticator_code() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    browser.driver.goto(app.url("/sign-in")).await.unwrap();
    fill(&browser, "#email", "admin@twinbridge.test").await;
    fill(&browser, "#password", DEMO_PASSWORD).await;
    press(&browser, "form[action='/sign-in'] button").await;
    browser.wait_for_heading(&Lang::En.t("totp-title")).await;
    browser.assert_accessible("TOTP step").await;
    fill(&browser, "#totp", &app.totp_code(DEMO_TOTP_SECRET)).await;
    press(&browser, "form[action='/sign-in/totp'] button").await;
    browser.wait_for_heading(&Lang::En.t("dashboard-title")).await;

    for (path, key) in [("/account", "account-title"), ("/staff", "staff-title"), ("/account/totp", "enrol-title")] {
        browser.driver.goto(app.url(path)).await.unwrap();
        browser.wait_for_heading(&Lang::En.t(key)).await;
        browser.assert_accessible(path).await;
    }
    browser.screenshot("staff").await;

    browser.driver.goto(app.url("/organisation/policy")).await.unwrap();
    browser.wait_for_heading(&Lang::En.t("orgpolicy-title")).await;
    browser.assert_accessible("organisation policy").await;
    browser.close().await;
}

#[tokio::test]
async fn a_coordinator_opens_a_pairing_with_its_rules_and_sources() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    browser.driver.goto(app.url("/sign-in")).await.unwrap();
    fill(&browser, "#email", "registry.coordinator@twinbridge.test").await;
    fill(&browser, "#password", DEMO_PASSWORD).await;
    fill(&browser, "#totp", &app.totp_code(DEMO_TOTP_SECRET)).await;
    press(&browser, "form[action='/sign-in'] button").await;
    browser.wait_for_heading(&Lang::En.t("dashboard-title")).await;
    press(&browser, "a[href='/pairings']").await;
    browser.wait_for_heading(&Lang::En.t("pairings-title")).await;
    browser.assert_accessible("pairings").await;
    let link = browser.driver.find(By::Css("tbody a[href^='/pairings/']")).await.unwrap();
    let reference = link.text().await.unwrap();
    link.click().await.unwrap();
    browser.wait_for_heading(&format!("{} {reference}", Lang::En.t("pairing-title"))).await;
    browser.assert_accessible("pairing").await;
    browser.screenshot("pairing-staff").await;
    browser.close().await;
}
