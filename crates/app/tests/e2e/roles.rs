//! Every demo role walks its main pages in English, Hindi and German, with an accessibility check on each
//! page in each language; the English walk also leaves a phone (390×844) and a desktop (1280×800)
//! screenshot of each page in `target/screenshots/` for the review list in `docs/screenshots.md`.

use thirtyfour::prelude::*;
use twinbridge::web::i18n::Lang;
use twinbridge_test_support::TestApp;
use twinbridge_test_support::browser::Browser;

use crate::sign_in;

/// Waits until the page is in `lang` (the `lang` attribute of the document) and has a heading.
async fn wait_for_language(browser: &Browser, lang: Lang, page: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::time::Instant::now() < deadline {
        if let Ok(html) = browser.driver.find(By::Css("html")).await
            && html.attr("lang").await.ok().flatten().as_deref() == Some(lang.code())
            && browser.driver.find(By::Css("h1")).await.is_ok()
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{page} is not shown in {}", lang.code());
}

async fn screenshots(browser: &Browser, name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    for (size, width, height) in [("phone", 390, 844), ("desktop", 1280, 800)] {
        browser.driver.set_window_rect(0, 0, width, height).await.unwrap();
        browser.driver.screenshot(&dir.join(format!("{name}-{size}.png"))).await.unwrap();
    }
    browser.driver.set_window_rect(0, 0, 1280, 800).await.unwrap();
}

/// The first link of the page matching `css`, if any (e.g. the first case of a list).
async fn first_link(browser: &Browser, css: &str) -> Option<String> {
    let link = browser.driver.find_all(By::Css(css)).await.ok()?.into_iter().next()?;
    link.attr("href").await.ok().flatten()
}

/// Signs `email` in and walks `pages` (plus the first link matching each of `follow` on the page before
/// it) in each language, checking accessibility everywhere.
async fn walk(email: &str, staff: bool, own: Lang, role: &str, pages: &[&str], follow: &[(&str, &str)]) {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    sign_in(&browser, &app, email, staff, own).await;
    // The pages each walk visits: the fixed ones and the first item of each list named in `follow`.
    let mut visits: Vec<(String, String)> = pages.iter().map(|p| ((*p).to_owned(), p.replace('/', "-"))).collect();
    for (list, css) in follow {
        browser.driver.goto(app.url(list)).await.unwrap();
        let href = first_link(&browser, css).await.unwrap_or_else(|| panic!("{role}: nothing to open on {list}"));
        visits.push((href, format!("{}-item", list.replace('/', "-"))));
    }
    for lang in [Lang::En, Lang::Hi, Lang::De] {
        browser.driver.goto(app.url("/home")).await.unwrap();
        let button = format!("form.lang-switch button[value='{}']", lang.code());
        browser.driver.find(By::Css(&button)).await.unwrap().click().await.unwrap();
        wait_for_language(&browser, lang, "/home").await;
        for (path, name) in &visits {
            browser.driver.goto(app.url(path)).await.unwrap();
            wait_for_language(&browser, lang, path).await;
            browser.assert_accessible(&format!("{role}: {path} in {}", lang.code())).await;
            if lang == Lang::En {
                screenshots(&browser, &format!("{role}{name}")).await;
            }
        }
    }
    browser.close().await;
}

#[tokio::test]
async fn the_donor_walks_their_pages_in_three_languages() {
    let pages = ["/home", "/pairings", "/ask", "/account", "/account/data"];
    let follow = [("/pairings", "td a"), ("/home", ".waiting-list a")];
    walk("donor@twinbridge.test", false, Lang::Hi, "donor", &pages, &follow).await;
}

#[tokio::test]
async fn the_patient_walks_their_pages_in_three_languages() {
    let pages = ["/home", "/pairings", "/ask", "/account"];
    walk("patient@twinbridge.test", false, Lang::De, "patient", &pages, &[("/pairings", "td a")]).await;
}

#[tokio::test]
async fn the_donor_side_coordinator_walks_their_pages_in_three_languages() {
    let pages = ["/home", "/pairings", "/pairings/new", "/review", "/questions", "/registrations", "/statistics"];
    let follow = [("/review", "td a"), ("/pairings", "tbody a")];
    walk("registry.coordinator@twinbridge.test", true, Lang::En, "registry", &pages, &follow).await;
}

#[tokio::test]
async fn the_patient_side_coordinators_walk_their_pages_in_three_languages() {
    let pages = ["/home", "/pairings", "/review", "/questions"];
    walk("centre.coordinator@twinbridge.test", true, Lang::En, "centre", &pages, &[("/pairings", "tbody a")]).await;
    walk("france.coordinator@twinbridge.test", true, Lang::En, "france", &["/home", "/pairings"], &[]).await;
}

#[tokio::test]
async fn the_administrator_walks_their_pages_in_three_languages() {
    let pages = ["/home", "/staff", "/organisation/policy", "/service-tokens", "/webhooks", "/account"];
    walk("admin@twinbridge.test", true, Lang::En, "admin", &pages, &[]).await;
}

#[tokio::test]
async fn the_auditor_walks_their_pages_in_three_languages() {
    walk("auditor@twinbridge.test", true, Lang::En, "auditor", &["/home", "/audit", "/statistics"], &[]).await;
}
