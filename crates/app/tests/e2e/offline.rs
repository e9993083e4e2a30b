//! A registry whose partner centre is not on Twinbridge: the coordinator opens the case through the form,
//! enters the centre's paper letter and approves it; the donor reads it and answers; the answer is approved,
//! printed (no identity of the donor's side on the page) and marked sent.

use thirtyfour::prelude::*;
use twinbridge::demo::{DEMO_PASSWORD, DEMO_TOTP_SECRET};
use twinbridge::web::i18n::Lang;
use twinbridge_domain::Clock;
use twinbridge_test_support::TestApp;
use twinbridge_test_support::browser::Browser;

async fn sign_in_staff(browser: &Browser, app: &TestApp, email: &str) {
    app.clock.advance(chrono::TimeDelta::seconds(30));
    browser.driver.delete_all_cookies().await.unwrap();
    browser.driver.goto(app.url("/sign-in")).await.unwrap();
    browser.driver.find(By::Css("#email")).await.unwrap().send_keys(email).await.unwrap();
    browser.driver.find(By::Css("#password")).await.unwrap().send_keys(DEMO_PASSWORD).await.unwrap();
    let code = app.totp_code(DEMO_TOTP_SECRET);
    browser.driver.find(By::Css("#totp")).await.unwrap().send_keys(code).await.unwrap();
    browser.driver.find(By::Css("form[action='/sign-in'] button")).await.unwrap().click().await.unwrap();
    browser.wait_for_heading(&Lang::En.t("dashboard-title")).await;
}

async fn type_into(browser: &Browser, id: &str, text: &str) {
    browser.driver.find(By::Id(id)).await.unwrap().send_keys(text).await.unwrap();
}

/// Sets a date input without typing (typing into a date field depends on the browser's locale).
async fn set_date(browser: &Browser, id: &str, day: chrono::NaiveDate) {
    let script = format!("document.getElementById('{id}').value = '{day}';");
    browser.driver.execute(&script, Vec::new()).await.unwrap();
}

async fn click(browser: &Browser, css: &str) {
    browser.driver.find(By::Css(css)).await.unwrap().click().await.unwrap();
}

async fn approve_open_letter(browser: &Browser) {
    click(browser, "button[value='approve']").await;
    browser.driver.query(By::Css("p.notice")).first().await.unwrap();
}

#[tokio::test]
async fn a_paper_letter_reaches_the_donor_and_the_answer_is_printed_and_sent() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    let today = app.clock.today();

    // The coordinator opens the case with a centre that is not on Twinbridge.
    sign_in_staff(&browser, &app, "registry.coordinator@twinbridge.test").await;
    browser.driver.goto(app.url("/pairings")).await.unwrap();
    click(&browser, "a[href='/pairings/new']").await;
    browser.wait_for_heading(&Lang::En.t("case-new-title")).await;
    browser.assert_accessible("open a pairing").await;
    type_into(&browser, "new-donor_full_name", "Tara Menon").await;
    type_into(&browser, "new-donor_email", "tara.menon@example.org").await;
    type_into(&browser, "new-donor_country", "IN").await;
    type_into(&browser, "new-donor_town", "Thrissur").await;
    click(&browser, "#new-patient_organisation_id option[value='offline']").await;
    type_into(&browser, "new-patient_organisation_name", "Hospital das Clínicas Sul").await;
    type_into(&browser, "new-patient_organisation_country", "BR").await;
    click(&browser, "#new-product option[value='pbsc']").await;
    set_date(&browser, "new-collected_on", today - chrono::TimeDelta::days(200)).await;
    set_date(&browser, "new-transplant_date", today - chrono::TimeDelta::days(199)).await;
    click(&browser, "form[action='/pairings/new'] button[type='submit']").await;
    browser.driver.query(By::Css("p.notice[role='status']")).first().await.expect("the pairing is open");
    let manage = browser.driver.current_url().await.unwrap().path().to_owned();
    let pairing = manage.trim_end_matches("/manage").to_owned();
    browser.assert_accessible("record for a pairing").await;

    // The centre's letter came on paper: the coordinator enters it and, as the only reviewing side, approves.
    browser.driver.goto(app.url(&pairing)).await.unwrap();
    click(&browser, &format!("a[href='{pairing}/letters/enter']")).await;
    browser.wait_for_heading(&Lang::En.t("enter-title")).await;
    browser.assert_accessible("enter a paper letter").await;
    click(&browser, "input[name='on_behalf_of'][value='patient']").await;
    type_into(&browser, "language", "en").await;
    type_into(&browser, "body", "Dear donor, thanks to you I walked on the beach again this summer.").await;
    click(&browser, "form[action$='/letters/enter'] button[type='submit']").await;
    browser.wait_for_heading(&Lang::En.t("letter-title")).await;
    approve_open_letter(&browser).await;

    // The donor follows the invitation and reads the letter.
    app.mail.wait_for("tara.menon@example.org").await;
    let link = app
        .mail
        .mails()
        .iter()
        .filter(|m| m.to.iter().any(|to| to == "tara.menon@example.org"))
        .filter_map(|m| m.link())
        .find(|link| link.contains("/sign-in/link/"))
        .expect("the invitation");
    browser.driver.delete_all_cookies().await.unwrap();
    browser.driver.goto(&link).await.unwrap();
    click(&browser, "form[action='/sign-in/link'] button").await;
    browser.wait_for_heading(&Lang::En.t("dashboard-title")).await;
    browser.driver.goto(app.url(&pairing)).await.unwrap();
    browser
        .driver
        .query(By::Css("section[aria-labelledby='letters-heading'] li a"))
        .first()
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for_heading(&Lang::En.t("letter-title")).await;
    let text = browser.driver.find(By::Css(".letter-text")).await.unwrap().text().await.unwrap();
    assert!(text.contains("walked on the beach"), "{text}");

    // The donor answers.
    click(&browser, "a.button[href*='/letters/new']").await;
    browser.wait_for_heading(&Lang::En.t("write-title")).await;
    type_into(&browser, "body", "I am so happy to read this. Greetings from Thrissur!").await;
    click(&browser, "button[value='send']").await;
    browser.wait_for_heading(&Lang::En.t("letter-title")).await;
    let answer = browser.driver.current_url().await.unwrap().path().to_owned();

    // The registry approves it (removing the town the screen found); it is to be sent on paper.
    sign_in_staff(&browser, &app, "registry.coordinator@twinbridge.test").await;
    browser.driver.goto(app.url(&answer)).await.unwrap();
    approve_open_letter(&browser).await;
    browser.wait_for_text("p.muted", &Lang::En.t("letter-status-ready_to_send")).await;
    click(&browser, &format!("a[href='{answer}/print']")).await;
    let page = browser.driver.find(By::Css("main")).await.unwrap().text().await.unwrap();
    assert!(page.contains("I am so happy"), "{page}");
    for secret in ["Tara", "Menon", "Thrissur", "tara.menon", "Demo Donor Registry"] {
        assert!(!page.contains(secret), "{secret} on the print page: {page}");
    }
    browser.assert_accessible("print page").await;
    browser.driver.goto(app.url(&answer)).await.unwrap();
    click(&browser, &format!("form[action='{answer}/sent'] button")).await;
    browser.driver.query(By::Css("p.notice")).first().await.unwrap();
    let status = browser.driver.find(By::Css("p.muted")).await.unwrap().text().await.unwrap();
    assert!(status.contains(&Lang::En.t("letter-status-sent")), "{status}");
    browser.close().await;
}
