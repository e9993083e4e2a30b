//! The full release of the demo pairing past its waiting period, in the browser: both participants choose
//! what they share, the patient asks, each side's coordinator signs off for their side, the patient then
//! sees the donor's first name and e-mail and nothing else; a meeting is proposed and accepted.

use thirtyfour::prelude::*;
use twinbridge::web::i18n::Lang;
use twinbridge_test_support::TestApp;
use twinbridge_test_support::browser::Browser;

use crate::sign_in;

async fn click(browser: &Browser, css: &str) {
    browser.driver.find(By::Css(css)).await.unwrap().click().await.unwrap();
}

/// The notice after a step, which must be the expected one (the page before may show another notice).
async fn notice(browser: &Browser, lang: Lang, key: &str) {
    browser.wait_for_text("p.notice[role='status']", &lang.t(key)).await;
}

/// `lang` is the participant's language, in which the page confirms the choice.
async fn choose(browser: &Browser, app: &TestApp, pairing: &str, level: &str, share: &[&str], lang: Lang) {
    browser.driver.goto(app.url(&format!("/pairings/{pairing}"))).await.unwrap();
    click(browser, &format!("input[name='level'][value='{level}']")).await;
    for field in share {
        click(browser, &format!("input[name='share'][value='{field}']")).await;
    }
    click(browser, "form[action$='/consent'] button[type='submit']").await;
    browser.wait_for_text("p.notice[role='status']", &lang.t("contact-notice-consent-saved")).await;
}

async fn sign_off_as(browser: &Browser, app: &TestApp, email: &str, pairing: &str, expected: &str) {
    sign_in(browser, app, email, true, Lang::En).await;
    browser.driver.goto(app.url(&format!("/pairings/{pairing}"))).await.unwrap();
    click(browser, "input[name='counselling_recorded']").await;
    click(browser, "form[action$='/sign-off'] button[type='submit']").await;
    notice(browser, Lang::En, expected).await;
}

#[tokio::test]
async fn the_demo_pairing_past_its_period_is_released_and_its_people_agree_to_meet() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    let token = app.demo_token("donor2@twinbridge.test").await;
    let (_, pairings) = app.api(&token, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();

    // The donor shares only the first name and e-mail; the patient shares the first name. Both would meet.
    sign_in(&browser, &app, "donor2@twinbridge.test", false, Lang::En).await;
    choose(&browser, &app, &pairing, "meet", &["first_name", "email"], Lang::En).await;
    sign_in(&browser, &app, "patient2@twinbridge.test", false, Lang::De).await;
    choose(&browser, &app, &pairing, "meet", &["first_name"], Lang::De).await;
    browser.assert_accessible("pairing page before release").await;
    click(&browser, &format!("form[action='/pairings/{pairing}/release'] button")).await;
    notice(&browser, Lang::De, "contact-notice-release-requested").await;
    let page = browser.driver.find(By::Css("main")).await.unwrap().text().await.unwrap();
    assert!(page.contains(&Lang::De.t("contact-needs-donor-sign-off")), "{page}");

    sign_off_as(&browser, &app, "registry.coordinator@twinbridge.test", &pairing, "contact-notice-release-signed")
        .await;
    browser.assert_accessible("pairing page with the sign-off form").await;
    sign_off_as(&browser, &app, "centre.coordinator@twinbridge.test", &pairing, "contact-notice-release-released")
        .await;
    let timeline = browser.driver.find(By::Css("#timeline-heading + table")).await.unwrap().text().await.unwrap();
    assert!(timeline.contains(&Lang::En.t("case-event-release-released")), "{timeline}");

    // The patient sees exactly what the donor shared.
    sign_in(&browser, &app, "patient2@twinbridge.test", false, Lang::De).await;
    browser.driver.goto(app.url(&format!("/pairings/{pairing}"))).await.unwrap();
    let facts = browser.driver.find(By::Css("dl.counterpart")).await.unwrap().text().await.unwrap();
    assert!(facts.contains("Rohan") && facts.contains("donor2@twinbridge.test"), "{facts}");
    assert!(!facts.contains("Iyer") && !facts.contains("Chennai"), "{facts}");
    let labels = browser.driver.find_all(By::Css("dl.counterpart dt")).await.unwrap();
    assert_eq!(labels.len(), 2, "{facts}");
    browser.assert_accessible("pairing page after release").await;

    // A meeting: proposed by the patient, accepted by the donor.
    browser
        .driver
        .find(By::Id("meeting-note"))
        .await
        .unwrap()
        .send_keys("I would love to thank you in person.")
        .await
        .unwrap();
    click(&browser, &format!("form[action='/pairings/{pairing}/meetings'] button")).await;
    notice(&browser, Lang::De, "contact-notice-meeting-proposed").await;
    sign_in(&browser, &app, "donor2@twinbridge.test", false, Lang::En).await;
    browser.driver.goto(app.url(&format!("/pairings/{pairing}"))).await.unwrap();
    let proposal = browser.driver.find(By::Css("article.card")).await.unwrap().text().await.unwrap();
    assert!(proposal.contains("thank you in person"), "{proposal}");
    click(&browser, "form[action$='/accept'] button").await;
    notice(&browser, Lang::En, "contact-notice-meeting-updated").await;
    let meeting = browser.driver.find(By::Css("article.card")).await.unwrap().text().await.unwrap();
    assert!(meeting.contains(&Lang::En.t("contact-meeting-accepted")), "{meeting}");
    browser.close().await;
}
