use thirtyfour::prelude::*;
use twinbridge::demo::{DEMO_PASSWORD, DEMO_TOTP_SECRET};
use twinbridge::web::i18n::Lang;
use twinbridge_test_support::TestApp;
use twinbridge_test_support::browser::Browser;

async fn sign_in(browser: &Browser, app: &TestApp, email: &str, totp: Option<&str>) {
    browser.driver.delete_all_cookies().await.unwrap();
    browser.driver.goto(app.url("/sign-in")).await.unwrap();
    browser.driver.find(By::Css("#email")).await.unwrap().send_keys(email).await.unwrap();
    browser.driver.find(By::Css("#password")).await.unwrap().send_keys(DEMO_PASSWORD).await.unwrap();
    if let Some(code) = totp {
        browser.driver.find(By::Css("#totp")).await.unwrap().send_keys(code).await.unwrap();
    }
    browser.driver.find(By::Css("form[action='/sign-in'] button")).await.unwrap().click().await.unwrap();
}

async fn open_first_pairing(browser: &Browser) {
    browser.driver.find(By::Css("a[href='/pairings']")).await.unwrap().click().await.unwrap();
    let link = browser.driver.query(By::Css("td a")).first().await.unwrap();
    link.click().await.unwrap();
}

/// The whole journey: the donor reads the patient's letter and answers; the screen warns about the
/// donor's town; both sides review, the donor side removing the town; the patient reads the answer.
#[tokio::test]
async fn a_letter_travels_from_donor_to_patient_through_both_reviews() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;

    // The demo donor reads Hindi.
    sign_in(&browser, &app, "donor@twinbridge.test", None).await;
    browser.wait_for_heading(&Lang::Hi.t("dashboard-title")).await;
    open_first_pairing(&browser).await;
    browser.driver.query(By::Css("section[aria-labelledby='letters-heading'] li a")).first().await.unwrap();
    browser.assert_accessible("pairing with letters").await;
    browser.driver.goto(app.url("/pairings")).await.unwrap();
    let pairing = browser.driver.query(By::Css("td a")).first().await.unwrap().attr("href").await.unwrap().unwrap();
    browser.driver.goto(app.url(&format!("{pairing}/letters/new"))).await.unwrap();
    browser.wait_for_heading(&Lang::Hi.t("write-title")).await;
    let body = browser.driver.find(By::Css("#body")).await.unwrap();
    body.send_keys("My name is Aarav, I live in Pune, call me on +91 98220 12345. I am so glad you are better.")
        .await
        .unwrap();
    // The live warning appears while typing (JavaScript), and on "check" without it.
    browser
        .driver
        .query(By::XPath("//div[@id='live-warnings']//strong[text()='Pune']"))
        .first()
        .await
        .expect("a live warning about the town");
    // Its reason is plain words in the writer's language, not the screen's English.
    let warning = browser.driver.find(By::Css("#live-warnings li")).await.unwrap().text().await.unwrap();
    let plain: Vec<String> =
        ["finding-own-person", "finding-own-location", "finding-looks-person", "finding-looks-location"]
            .iter()
            .map(|k| Lang::Hi.t(k))
            .collect();
    assert!(plain.iter().any(|p| warning.contains(p.as_str())), "{warning}");
    browser.driver.find(By::Css("button[value='check']")).await.unwrap().click().await.unwrap();
    browser
        .driver
        .query(By::XPath("//div[@id='live-warnings']//strong[text()='Pune']"))
        .first()
        .await
        .expect("the warning after check");
    browser.assert_accessible("write a letter").await;
    browser.driver.find(By::Css("button[value='send']")).await.unwrap().click().await.unwrap();
    browser.wait_for_heading(&Lang::Hi.t("letter-title")).await;

    // The donor's registry: the queue, the original with the town suggested for removal, approve.
    app.clock.advance(chrono::TimeDelta::seconds(30));
    sign_in(&browser, &app, "registry.coordinator@twinbridge.test", Some(&app.totp_code(DEMO_TOTP_SECRET))).await;
    browser.wait_for_heading(&Lang::En.t("dashboard-title")).await;
    browser.driver.goto(app.url("/review")).await.unwrap();
    browser.wait_for_heading(&Lang::En.t("queue-title")).await;
    browser.assert_accessible("review queue").await;
    let newest = browser.driver.query(By::Css("td a")).all_from_selector().await.unwrap();
    newest.last().unwrap().click().await.unwrap();
    browser.wait_for_heading(&Lang::En.t("letter-title")).await;
    let text = browser.driver.find(By::Css(".letter-text")).await.unwrap().text().await.unwrap();
    assert!(text.contains("Pune"), "the writer's side sees the original");
    browser.driver.find(By::Css("button[value='preview']")).await.unwrap().click().await.unwrap();
    let preview = browser.driver.query(By::Css(".preview")).first().await.unwrap().text().await.unwrap();
    assert!(!preview.contains("Pune") && preview.contains("[removed:"), "{preview}");
    browser.assert_accessible("review form").await;
    browser.driver.find(By::Css("button[value='approve']")).await.unwrap().click().await.unwrap();
    browser.driver.query(By::Css("p.notice")).first().await.unwrap();

    // The patient's centre sees only the approved text and approves.
    app.clock.advance(chrono::TimeDelta::seconds(30));
    sign_in(&browser, &app, "centre.coordinator@twinbridge.test", Some(&app.totp_code(DEMO_TOTP_SECRET))).await;
    browser.wait_for_heading(&Lang::En.t("dashboard-title")).await;
    browser.driver.goto(app.url("/review")).await.unwrap();
    browser.driver.query(By::Css("td a")).first().await.unwrap().click().await.unwrap();
    browser.wait_for_heading(&Lang::En.t("letter-title")).await;
    let text = browser.driver.find(By::Css(".letter-text")).await.unwrap().text().await.unwrap();
    assert!(!text.contains("Pune"), "{text}");
    // A translation carrying the writer's name and town: its findings are ticked on the review form.
    browser.driver.find(By::Css("#translation-language")).await.unwrap().send_keys("de").await.unwrap();
    let translation = browser.driver.find(By::Css("#translation-text")).await.unwrap();
    translation.send_keys("Ich heiße Aarav und wohne in Pune.").await.unwrap();
    let save = format!("//button[text()='{}']", Lang::En.t("letter-translation-save"));
    browser.driver.find(By::XPath(&save)).await.unwrap().click().await.unwrap();
    browser.driver.query(By::Css("input[name='redact_translation']:checked")).first().await.expect("pre-ticked");
    browser.assert_accessible("review form with a translation").await;
    browser.driver.find(By::Css("button[value='approve']")).await.unwrap().click().await.unwrap();
    browser.driver.query(By::Css("p.notice")).first().await.unwrap();

    // The patient (German) reads it.
    sign_in(&browser, &app, "patient@twinbridge.test", None).await;
    browser.wait_for_heading(&Lang::De.t("dashboard-title")).await;
    open_first_pairing(&browser).await;
    let links = browser
        .driver
        .query(By::Css("section[aria-labelledby='letters-heading'] li a"))
        .all_from_selector()
        .await
        .unwrap();
    links.last().unwrap().click().await.unwrap();
    browser.wait_for_heading(&Lang::De.t("letter-title")).await;
    let text = browser.driver.find(By::Css(".letter-text")).await.unwrap().text().await.unwrap();
    assert!(text.contains("[entfernt: Ort]"), "{text}");
    let page = browser.driver.find(By::Css("body")).await.unwrap().text().await.unwrap();
    assert!(page.contains("Ich heiße [entfernt: Name]"), "the translation, screened: {page}");
    for secret in ["Aarav", "Pune", "98220"] {
        assert!(!page.contains(secret), "{secret} in {page}");
    }
    browser.assert_accessible("reading a letter").await;
    browser.screenshot("letter-read").await;

    // The donor sees "delivered".
    sign_in(&browser, &app, "donor@twinbridge.test", None).await;
    browser.wait_for_heading(&Lang::Hi.t("dashboard-title")).await;
    browser.driver.goto(app.url(&pairing)).await.unwrap();
    let statuses = browser
        .driver
        .find(By::Css("section[aria-labelledby='letters-heading'] ul"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(statuses.contains(&Lang::Hi.t("letter-status-delivered")), "{statuses}");
    browser.close().await;
}

/// A returned letter goes back to its writer with the reason, and the writer revises and sends it again.
#[tokio::test]
async fn a_returned_letter_is_revised_and_sent_again() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    sign_in(&browser, &app, "patient@twinbridge.test", None).await;
    browser.wait_for_heading(&Lang::De.t("dashboard-title")).await;
    browser.driver.goto(app.url("/pairings")).await.unwrap();
    let pairing = browser.driver.query(By::Css("td a")).first().await.unwrap().attr("href").await.unwrap().unwrap();
    browser.driver.goto(app.url(&format!("{pairing}/letters/new"))).await.unwrap();
    browser.driver.find(By::Css("#body")).await.unwrap().send_keys("Viele Grüße aus Regensburg!").await.unwrap();
    browser.driver.find(By::Css("button[value='send']")).await.unwrap().click().await.unwrap();
    browser.wait_for_heading(&Lang::De.t("letter-title")).await;
    let letter = browser.driver.current_url().await.unwrap().path().to_owned();

    app.clock.advance(chrono::TimeDelta::seconds(30));
    sign_in(&browser, &app, "centre.coordinator@twinbridge.test", Some(&app.totp_code(DEMO_TOTP_SECRET))).await;
    browser.wait_for_heading(&Lang::En.t("dashboard-title")).await;
    browser.driver.goto(app.url(&letter)).await.unwrap();
    browser.driver.find(By::Css("#note")).await.unwrap().send_keys("Bitte ohne den Namen Ihrer Stadt.").await.unwrap();
    browser.driver.find(By::Css("button[value='return']")).await.unwrap().click().await.unwrap();
    browser.driver.query(By::Css("p.notice")).first().await.unwrap();

    sign_in(&browser, &app, "patient@twinbridge.test", None).await;
    browser.wait_for_heading(&Lang::De.t("dashboard-title")).await;
    browser.driver.goto(app.url(&letter)).await.unwrap();
    let reasons =
        browser.driver.find(By::Css("section[aria-labelledby='reasons-heading']")).await.unwrap().text().await.unwrap();
    assert!(reasons.contains("Bitte ohne den Namen Ihrer Stadt."), "{reasons}");
    let body = browser.driver.find(By::Css("#body")).await.unwrap();
    body.clear().await.unwrap();
    body.send_keys("Viele Grüße und danke!").await.unwrap();
    browser.driver.find(By::Css("form[action$='/revise'] button[value='send']")).await.unwrap().click().await.unwrap();
    browser.driver.query(By::Css("p.notice")).first().await.unwrap();
    let status = browser.driver.find(By::Css("p.muted")).await.unwrap().text().await.unwrap();
    assert!(status.contains(&Lang::De.t("letter-status-in_review")), "{status}");
    browser.close().await;
}

/// A drawing goes with a letter: the donor adds it to a draft, each side ticks it to pass it on, and the
/// patient's page shows it (loaded through the page's own security policy).
#[tokio::test]
async fn a_drawing_is_added_checked_on_both_sides_and_shown_to_the_reader() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    app.allow_pictures().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("drawing.png");
    image::RgbImage::from_pixel(60, 40, image::Rgb([250, 190, 30])).save(&file).unwrap();

    sign_in(&browser, &app, "donor@twinbridge.test", None).await;
    browser.wait_for_heading(&Lang::Hi.t("dashboard-title")).await;
    browser.driver.goto(app.url("/pairings")).await.unwrap();
    let pairing = browser.driver.query(By::Css("td a")).first().await.unwrap().attr("href").await.unwrap().unwrap();
    browser.driver.goto(app.url(&format!("{pairing}/letters/new"))).await.unwrap();
    browser.driver.find(By::Css("#body")).await.unwrap().send_keys("Our daughter drew the sun for you.").await.unwrap();
    browser.driver.find(By::Css("button[value='draft']")).await.unwrap().click().await.unwrap();
    browser.wait_for_heading(&Lang::Hi.t("letter-title")).await;
    let letter = browser.driver.current_url().await.unwrap().path().to_owned();
    browser.driver.find(By::Css("#picture-kind option[value='drawing']")).await.unwrap().click().await.unwrap();
    browser.driver.find(By::Css("#picture-file")).await.unwrap().send_keys(file.to_str().unwrap()).await.unwrap();
    browser.driver.find(By::Css("form[action$='/attachments'] button")).await.unwrap().click().await.unwrap();
    browser.driver.query(By::Css("p.notice")).first().await.unwrap();
    browser.driver.query(By::Css(".pictures img")).first().await.expect("the drawing is shown");
    browser.assert_accessible("a draft with a picture").await;
    browser.driver.find(By::Css("form[action$='/revise'] button[value='send']")).await.unwrap().click().await.unwrap();
    // The draft's page already shows a notice: wait for the status line of the sent letter instead.
    let sent = format!("//p[@class='muted' and contains(., '{}')]", Lang::Hi.t("letter-status-in_review"));
    browser.driver.query(By::XPath(sent)).first().await.expect("the letter is in review");

    for coordinator in ["registry.coordinator@twinbridge.test", "centre.coordinator@twinbridge.test"] {
        app.clock.advance(chrono::TimeDelta::seconds(30));
        sign_in(&browser, &app, coordinator, Some(&app.totp_code(DEMO_TOTP_SECRET))).await;
        browser.wait_for_heading(&Lang::En.t("dashboard-title")).await;
        browser.driver.goto(app.url(&letter)).await.unwrap();
        browser.driver.query(By::Css(".pictures img")).first().await.expect("the coordinator sees the drawing");
        browser.driver.find(By::Css("input[name='pass']")).await.unwrap().click().await.unwrap();
        browser.assert_accessible("reviewing a letter with a picture").await;
        browser.driver.find(By::Css("button[value='approve']")).await.unwrap().click().await.unwrap();
        let done = format!("//p[contains(@class, 'notice') and contains(., '{}')]", Lang::En.t("review-done"));
        browser.driver.query(By::XPath(done)).first().await.expect("the decision is recorded");
    }

    sign_in(&browser, &app, "patient@twinbridge.test", None).await;
    browser.wait_for_heading(&Lang::De.t("dashboard-title")).await;
    browser.driver.goto(app.url(&letter)).await.unwrap();
    browser.driver.query(By::Css(".pictures img")).first().await.expect("the patient sees the drawing");
    let width = browser
        .driver
        .execute("return document.querySelector('.pictures img').naturalWidth;", Vec::new())
        .await
        .unwrap()
        .json()
        .clone();
    assert_eq!(width, serde_json::json!(60), "the picture loads");
    browser.close().await;
}

/// The donor, who reads Hindi, asks for a translation of the patient's German letter; the registry sees
/// the request waiting, attaches the translation, and the donor reads it.
#[tokio::test]
async fn a_reader_asks_for_a_translation_and_reads_it() {
    let Some(browser) = Browser::start().await else { return };
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, mine) = app.api(&donor, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let pairing = mine[0]["id"].as_str().unwrap().to_owned();
    let (_, letters) =
        app.api(&registry, reqwest::Method::GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    let letter = letters.as_array().unwrap().iter().find(|l| l["from"] == "patient" && l["status"] == "delivered");
    let page = format!("/letters/{}", letter.unwrap()["id"].as_str().unwrap());

    sign_in(&browser, &app, "donor@twinbridge.test", None).await;
    browser.wait_for_heading(&Lang::Hi.t("dashboard-title")).await;
    browser.driver.goto(app.url(&page)).await.unwrap();
    browser.wait_for_heading(&Lang::Hi.t("letter-title")).await;
    browser.driver.find(By::Css("form[action$='/translation-request'] button")).await.unwrap().click().await.unwrap();
    browser.wait_for_text("p.notice[role='status']", &Lang::Hi.t("translation-request-sent")).await;
    browser.assert_accessible("letter with a translation asked for").await;

    app.clock.advance(chrono::TimeDelta::seconds(30));
    sign_in(&browser, &app, "registry.coordinator@twinbridge.test", Some(&app.totp_code(DEMO_TOTP_SECRET))).await;
    browser.wait_for_heading(&Lang::En.t("dashboard-title")).await;
    let waiting = format!("a[href='{page}']");
    browser.driver.find(By::Css(&waiting)).await.expect("the request waits on the home page").click().await.unwrap();
    browser.wait_for_heading(&Lang::En.t("letter-title")).await;
    browser.driver.find(By::Css("#translation-request")).await.expect("the page names the request");
    browser.assert_accessible("letter with a translation to add").await;
    let language = browser.driver.find(By::Css("#translation-language")).await.unwrap();
    assert_eq!(language.value().await.unwrap().as_deref(), Some("hi"), "the language asked for is filled in");
    let text = "प्रिय दाता, आपके उपहार के लिए धन्यवाद।";
    browser.driver.find(By::Css("#translation-text")).await.unwrap().send_keys(text).await.unwrap();
    browser.driver.find(By::Css("form[action$='/translation'] button")).await.unwrap().click().await.unwrap();
    browser.wait_for_text("p.notice[role='status']", &Lang::En.t("letter-saved")).await;

    sign_in(&browser, &app, "donor@twinbridge.test", None).await;
    browser.wait_for_heading(&Lang::Hi.t("dashboard-title")).await;
    browser.driver.goto(app.url(&page)).await.unwrap();
    browser.wait_for_text("section[aria-labelledby='translation-heading']", "धन्यवाद").await;
    browser.close().await;
}
