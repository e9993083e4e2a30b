//! The home page's "waiting for you" list and the e-mail choices, in the browser: a coordinator finds the
//! letter that waits for their review and follows it; a participant finds a letter to read; a coordinator
//! chooses a daily digest.

use thirtyfour::prelude::*;
use twinbridge::web::i18n::Lang;
use twinbridge_test_support::TestApp;
use twinbridge_test_support::browser::Browser;

use crate::sign_in;

async fn waiting_links(browser: &Browser) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for link in browser.driver.find_all(By::Css(".waiting-list a")).await.unwrap() {
        out.push((link.text().await.unwrap(), link.attr("href").await.unwrap().unwrap_or_default()));
    }
    out
}

#[tokio::test]
async fn the_home_page_lists_what_waits_and_leads_to_it() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;

    // The registry's coordinator: the donor's seeded letter waits for their review.
    sign_in(&browser, &app, "registry.coordinator@twinbridge.test", true, Lang::En).await;
    browser.assert_accessible("home of a coordinator").await;
    let links = waiting_links(&browser).await;
    let review = Lang::En.t("waiting-letter_to_review");
    let (_, href) = links.iter().find(|(text, _)| *text == review).expect("a letter to review").clone();
    assert!(href.starts_with("/letters/"), "{href}");
    browser.driver.find(By::Css(".waiting-list a")).await.unwrap().click().await.unwrap();
    browser.driver.query(By::Css("form[action$='/review']")).first().await.expect("the review form of that letter");

    // The digest comes daily from now on.
    browser.driver.goto(app.url("/account")).await.unwrap();
    browser.assert_accessible("account page with e-mail choices").await;
    browser.driver.find(By::Css("#digest option[value='daily']")).await.unwrap().click().await.unwrap();
    browser.driver.find(By::Css("form[action='/account/mail'] button")).await.unwrap().click().await.unwrap();
    browser.wait_for_text("p.notice[role='status']", &Lang::En.t("account-saved")).await;
    let chosen = browser.driver.query(By::Css("#digest option[value='daily']")).first().await.unwrap();
    assert!(chosen.is_selected().await.unwrap());

    // The donor: the patient's seeded letter waits to be read; the centre's coordinator has nothing.
    // The demo donor reads the portal in Hindi.
    sign_in(&browser, &app, "donor@twinbridge.test", false, Lang::Hi).await;
    let links = waiting_links(&browser).await;
    assert!(links.iter().any(|(text, _)| *text == Lang::Hi.t("waiting-letter_to_read")), "{links:?}");
    sign_in(&browser, &app, "centre.coordinator@twinbridge.test", true, Lang::En).await;
    let nothing = browser.driver.find(By::XPath("//section[@aria-labelledby='waiting-heading']/p")).await.unwrap();
    assert_eq!(nothing.text().await.unwrap(), Lang::En.t("waiting-none"));
    browser.close().await;
}
