//! Browser tests: the main journeys in a real headless Chromium, with an accessibility check on every page
//! visited. They skip with a notice when Chromium is missing, and fail instead when
//! `TWINBRIDGE_REQUIRE_BROWSER=1` (CI).

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod auth;
mod home;
mod letters;
mod offline;
mod outreach;
mod release;
mod roles;
mod shell;

use thirtyfour::prelude::*;
use twinbridge::demo::{DEMO_PASSWORD, DEMO_TOTP_SECRET};
use twinbridge::web::i18n::Lang;
use twinbridge_test_support::TestApp;
use twinbridge_test_support::browser::Browser;

/// Signs a demo account in through the form (staff with the demo TOTP code, the clock moved on so that
/// the code is a fresh one); `lang` is the account's language, in which the overview then comes.
pub(crate) async fn sign_in(browser: &Browser, app: &TestApp, email: &str, staff: bool, lang: Lang) {
    app.clock.advance(chrono::TimeDelta::seconds(30));
    browser.driver.delete_all_cookies().await.unwrap();
    browser.driver.goto(app.url("/sign-in")).await.unwrap();
    browser.driver.find(By::Css("#email")).await.unwrap().send_keys(email).await.unwrap();
    browser.driver.find(By::Css("#password")).await.unwrap().send_keys(DEMO_PASSWORD).await.unwrap();
    if staff {
        let code = app.totp_code(DEMO_TOTP_SECRET);
        browser.driver.find(By::Css("#totp")).await.unwrap().send_keys(code).await.unwrap();
    }
    browser.driver.find(By::Css("form[action='/sign-in'] button")).await.unwrap().click().await.unwrap();
    browser.wait_for_heading(&lang.t("dashboard-title")).await;
}
