//! Sign-in, sessions and their protections, over HTTP as browsers and API clients use them.

use chrono::TimeDelta;
use twinbridge::demo::{DEMO_PASSWORD, DEMO_TOTP_SECRET};
use twinbridge_test_support::TestApp;

const COORDINATOR: &str = "registry.coordinator@twinbridge.test";
const ADMIN: &str = "admin@twinbridge.test";
const DONOR: &str = "donor@twinbridge.test";

#[tokio::test]
async fn every_demo_account_signs_in_and_staff_need_their_totp() {
    let app = TestApp::spawn_demo().await;
    for email in
        ["donor@twinbridge.test", "patient@twinbridge.test", "donor2@twinbridge.test", "patient3@twinbridge.test"]
    {
        assert_eq!(app.api_sign_in(email, DEMO_PASSWORD, None).await.status(), 200, "{email}");
    }
    for email in [COORDINATOR, "centre.coordinator@twinbridge.test", ADMIN, "france.coordinator@twinbridge.test"] {
        let without = app.api_sign_in(email, DEMO_PASSWORD, None).await;
        assert_eq!(without.status(), 401, "{email} without TOTP");
        let wrong = app.api_sign_in(email, DEMO_PASSWORD, Some("000000")).await;
        assert_eq!(wrong.status(), 401, "{email} with a wrong code");
        // Each account gets a code of a different time step, since a step is accepted once per account.
        app.clock.advance(TimeDelta::seconds(30));
        let code = app.totp_code(DEMO_TOTP_SECRET);
        assert_eq!(app.api_sign_in(email, DEMO_PASSWORD, Some(&code)).await.status(), 200, "{email} with TOTP");
    }
}

#[tokio::test]
async fn a_totp_code_is_accepted_once_per_account_and_time_step() {
    let app = TestApp::spawn_demo().await;
    let code = app.totp_code(DEMO_TOTP_SECRET);
    assert_eq!(app.api_sign_in(COORDINATOR, DEMO_PASSWORD, Some(&code)).await.status(), 200);
    let replay = app.api_sign_in(COORDINATOR, DEMO_PASSWORD, Some(&code)).await;
    assert_eq!(replay.status(), 401);
    let problem: serde_json::Value = replay.json().await.unwrap();
    assert_eq!(problem["type"], "/problems/totp-reused", "the person is told to wait for the next code: {problem}");
    // With a wrong password the same code says nothing about the code.
    let wrong = app.api_sign_in(COORDINATOR, "not the password", Some(&code)).await;
    let problem: serde_json::Value = wrong.json().await.unwrap();
    assert_eq!(problem["type"], "/problems/sign-in-refused");
    // On the sign-in page, in the reader's words.
    let client = app.cookie_client();
    let page = app.browser_sign_in(&client, COORDINATOR, DEMO_PASSWORD, Some(&code)).await;
    assert_eq!(page.status(), 401);
    assert!(page.text().await.unwrap().contains("was used already"));
    // The same code is still good for another account: the rule is per account.
    assert_eq!(app.api_sign_in(ADMIN, DEMO_PASSWORD, Some(&code)).await.status(), 200);
    // The next step's code works.
    app.clock.advance(TimeDelta::seconds(30));
    let next = app.totp_code(DEMO_TOTP_SECRET);
    assert_eq!(app.api_sign_in(COORDINATOR, DEMO_PASSWORD, Some(&next)).await.status(), 200);
}

#[tokio::test]
async fn ten_wrong_passwords_lock_the_address_for_a_while_whether_or_not_it_has_an_account() {
    let app = TestApp::spawn_demo().await;
    for email in [DONOR, "nobody@twinbridge.test"] {
        let mut bodies = Vec::new();
        for _ in 0..10 {
            let response = app.api_sign_in(email, "wrong password", None).await;
            assert_eq!(response.status(), 401);
            bodies.push(response.text().await.unwrap());
        }
        // Locked: the right password is refused too, with the very same answer.
        let locked = app.api_sign_in(email, DEMO_PASSWORD, None).await;
        assert_eq!(locked.status(), 401);
        assert_eq!(locked.text().await.unwrap(), bodies[0]);
    }
    app.clock.advance(TimeDelta::minutes(16));
    assert_eq!(app.api_sign_in(DONOR, DEMO_PASSWORD, None).await.status(), 200, "the lock lasts a while, not for ever");
}

#[tokio::test]
async fn at_least_sixty_sign_in_attempts_a_minute_are_served_before_429() {
    // All at once: the limit refills as time passes, so attempts sent one after another on a slow machine
    // (each checks a password hash) could be refilled faster than they arrive.
    let app = std::sync::Arc::new(TestApp::spawn().await);
    let mut set = tokio::task::JoinSet::new();
    for i in 0..130 {
        let app = std::sync::Arc::clone(&app);
        set.spawn(async move {
            app.api_sign_in(&format!("person{i}@example.org"), "whatever-password", None).await.status().as_u16()
        });
    }
    let statuses = set.join_all().await;
    let served = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(served + refused, statuses.len(), "{statuses:?}");
    assert!(served >= 60, "at least sixty are served: {statuses:?}");
    assert!(refused > 0, "a flood from one address is cut off: {statuses:?}");
}

#[tokio::test]
async fn a_form_post_from_another_origin_is_refused() {
    let app = TestApp::spawn_demo().await;
    let form = [("email", DONOR), ("password", DEMO_PASSWORD)];
    let forged =
        app.client.post(app.url("/sign-in")).header("origin", "http://evil.example").form(&form).send().await.unwrap();
    assert_eq!(forged.status(), 403);
    let cross_site =
        app.client.post(app.url("/sign-in")).header("sec-fetch-site", "cross-site").form(&form).send().await.unwrap();
    assert_eq!(cross_site.status(), 403);
    let same_origin =
        app.client.post(app.url("/sign-in")).header("origin", app.address.as_str()).form(&form).send().await.unwrap();
    assert_eq!(same_origin.status(), 303);
}

#[tokio::test]
async fn participants_sign_in_with_a_link_that_works_once_and_only_after_a_post() {
    let app = TestApp::spawn_demo().await;
    let client = app.cookie_client();
    let asked = client.post(app.url("/sign-in/email")).form(&[("email", DONOR)]).send().await.unwrap();
    assert_eq!(asked.status(), 200);
    let unknown_answer = {
        let response =
            client.post(app.url("/sign-in/email")).form(&[("email", "stranger@example.org")]).send().await.unwrap();
        response.text().await.unwrap()
    };
    assert_eq!(
        asked.text().await.unwrap(),
        unknown_answer,
        "the answer does not tell whether the address has an account"
    );

    let mail = app.mail.wait_for(DONOR).await;
    assert!(!mail.body().contains("Aarav") && !mail.subject().contains("Aarav"), "no identity in the e-mail");
    let link = mail.link().expect("a link in the e-mail");
    let path = link.strip_prefix(&app.address).expect("the link points at the service");
    let token = path.strip_prefix("/sign-in/link/").expect("a sign-in link");

    // Opening the link (as a mail scanner would) does not sign in and does not use it up.
    for _ in 0..2 {
        let page = client.get(app.url(path)).send().await.unwrap();
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("action=\"/sign-in/link\""));
    }
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 303);

    let used = client.post(app.url("/sign-in/link")).form(&[("token", token)]).send().await.unwrap();
    assert_eq!(used.status(), 303);
    assert_eq!(used.headers()["location"], "/home");
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 200);

    let again = app.cookie_client().post(app.url("/sign-in/link")).form(&[("token", token)]).send().await.unwrap();
    assert_eq!(again.status(), 400, "a link works once");
    assert_eq!(app.mail.mails().len(), 1, "no e-mail for an unknown address");
}

#[tokio::test]
async fn sign_in_links_expire() {
    let app = TestApp::spawn_demo().await;
    app.client.post(app.url("/sign-in/email")).form(&[("email", DONOR)]).send().await.unwrap();
    let link = app.mail.wait_for(DONOR).await.link().unwrap();
    let token = link.rsplit('/').next().unwrap().to_owned();
    app.clock.advance(TimeDelta::minutes(16));
    let late = app.client.post(app.url("/sign-in/link")).form(&[("token", token.as_str())]).send().await.unwrap();
    assert_eq!(late.status(), 400);
}

#[tokio::test]
async fn sessions_are_rotated_http_only_and_end_when_idle_or_after_sign_out() {
    let app = TestApp::spawn_demo().await;
    let client = app.cookie_client();
    let anonymous = client.get(app.url("/sign-in")).send().await.unwrap();
    let before = anonymous.headers().get("set-cookie").map(|v| v.to_str().unwrap().to_owned());
    let signed_in = app.browser_sign_in(&client, DONOR, DEMO_PASSWORD, None).await;
    assert_eq!(signed_in.status(), 303);
    let cookie = signed_in.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"), "{cookie}");
    assert_ne!(Some(cookie.clone()), before);
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 200);

    app.clock.advance(TimeDelta::minutes(31));
    let idle = client.get(app.url("/home")).send().await.unwrap();
    assert_eq!(idle.status(), 303, "idle sessions end");
    assert_eq!(idle.headers()["location"], "/sign-in");

    app.browser_sign_in(&client, DONOR, DEMO_PASSWORD, None).await;
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 200);
    let out = client.post(app.url("/sign-out")).send().await.unwrap();
    assert_eq!(out.status(), 303);
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 303);
    assert_eq!(client.get(app.url("/sign-out")).send().await.unwrap().status(), 405, "sign-out is never a GET");
}

#[tokio::test]
async fn sessions_end_after_twelve_hours_even_when_used() {
    let app = TestApp::spawn_demo().await;
    let client = app.cookie_client();
    app.browser_sign_in(&client, DONOR, DEMO_PASSWORD, None).await;
    for _ in 0..25 {
        app.clock.advance(TimeDelta::minutes(29));
        if client.get(app.url("/home")).send().await.unwrap().status() != 200 {
            return;
        }
    }
    panic!("a session used every 29 minutes must still end after 12 hours");
}

#[tokio::test]
async fn signing_out_everywhere_ends_other_sessions_and_tokens() {
    let app = TestApp::spawn_demo().await;
    let (laptop, phone) = (app.cookie_client(), app.cookie_client());
    app.browser_sign_in(&laptop, DONOR, DEMO_PASSWORD, None).await;
    app.browser_sign_in(&phone, DONOR, DEMO_PASSWORD, None).await;
    let token = app.demo_token(DONOR).await;
    assert_eq!(phone.get(app.url("/home")).send().await.unwrap().status(), 200);
    assert_eq!(laptop.post(app.url("/account/sign-out-everywhere")).send().await.unwrap().status(), 303);
    assert_eq!(phone.get(app.url("/home")).send().await.unwrap().status(), 303);
    assert_eq!(laptop.get(app.url("/home")).send().await.unwrap().status(), 303);
    let me = app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(me.status(), 401);
}

#[tokio::test]
async fn staff_sign_in_through_the_form_takes_a_second_step_for_the_code() {
    let app = TestApp::spawn_demo().await;
    let client = app.cookie_client();
    let first = app.browser_sign_in(&client, COORDINATOR, DEMO_PASSWORD, None).await;
    assert_eq!(first.status(), 200);
    assert!(first.text().await.unwrap().contains("action=\"/sign-in/totp\""));
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 303, "not signed in before the code");
    let wrong = client.post(app.url("/sign-in/totp")).form(&[("totp", "123456")]).send().await.unwrap();
    assert_eq!(wrong.status(), 401);
    let code = app.totp_code(DEMO_TOTP_SECRET);
    let second = client.post(app.url("/sign-in/totp")).form(&[("totp", code.as_str())]).send().await.unwrap();
    assert_eq!(second.status(), 303);
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn the_api_needs_a_token_and_a_revoked_token_stops_working() {
    let app = TestApp::spawn_demo().await;
    let anonymous = app.get("/api/v1/me").await;
    assert_eq!(anonymous.status(), 401);
    assert_eq!(anonymous.headers()["content-type"], "application/problem+json");
    let token = app.demo_token(DONOR).await;
    let me: serde_json::Value =
        app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert_eq!(me["kind"], "participant");
    let revoked = app.client.delete(app.url("/api/v1/session")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(revoked.status(), 204);
    assert_eq!(app.client.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().status(), 401);
    assert_eq!(app.client.get(app.url("/api/v1/me")).bearer_auth("not-a-token").send().await.unwrap().status(), 401);
}

#[tokio::test]
async fn participants_never_get_the_list_of_organisations_and_staff_do() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token(DONOR).await;
    assert_eq!(
        app.client.get(app.url("/api/v1/organisations")).bearer_auth(&donor).send().await.unwrap().status(),
        404
    );
    let staff = app.demo_token(COORDINATOR).await;
    let list: Vec<serde_json::Value> = app
        .client
        .get(app.url("/api/v1/organisations"))
        .bearer_auth(&staff)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list.len(), 4);
    assert!(
        list.iter()
            .all(|o| o["id"].is_string() && o["name"].is_string() && o["kind"].is_string() && o["country"].is_string())
    );
}

#[tokio::test]
async fn an_administrator_invites_staff_who_set_a_password_and_an_authenticator() {
    let app = TestApp::spawn_demo().await;
    let admin = app.cookie_client();
    let code = app.totp_code(DEMO_TOTP_SECRET);
    assert_eq!(app.browser_sign_in(&admin, ADMIN, DEMO_PASSWORD, Some(&code)).await.status(), 303);
    let staff_page = admin.get(app.url("/staff")).send().await.unwrap().text().await.unwrap();
    assert!(
        staff_page.contains("admin@twinbridge.test") && staff_page.contains("registry.coordinator@twinbridge.test")
    );
    assert!(!staff_page.contains("centre.coordinator@"), "only the administrator's own organisation");
    let org =
        staff_page.split("name=\"organisation\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();

    let invited = admin
        .post(app.url("/staff/invite"))
        .form(&[
            ("organisation", org.as_str()),
            ("name", "Neha Rao"),
            ("email", "neha@registry.test"),
            ("coordinator", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(invited.headers()["location"], "/staff?done=invited");
    let mail = app.mail.wait_for("neha@registry.test").await;
    let path = mail.link().unwrap().strip_prefix(&app.address).unwrap().to_owned();
    let token = path.strip_prefix("/invitation/").unwrap().to_owned();

    let newcomer = app.cookie_client();
    assert_eq!(newcomer.get(app.url(&path)).send().await.unwrap().status(), 200);
    let short = newcomer
        .post(app.url("/invitation"))
        .form(&[("token", token.as_str()), ("password", "short")])
        .send()
        .await
        .unwrap();
    assert_eq!(short.status(), 422);
    let set = newcomer
        .post(app.url("/invitation"))
        .form(&[("token", token.as_str()), ("password", "a long enough passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(set.headers()["location"], "/account/totp");
    // Nothing but enrolment is open until the authenticator is set up.
    assert_eq!(newcomer.get(app.url("/home")).send().await.unwrap().status(), 303);
    let enrol = newcomer.get(app.url("/account/totp")).send().await.unwrap().text().await.unwrap();
    let secret = enrol.split("name=\"secret\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
    let code = app.totp_code(&secret);
    let confirmed = newcomer
        .post(app.url("/account/totp"))
        .form(&[("secret", secret.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(confirmed.status(), 200);
    assert!(confirmed.text().await.unwrap().contains("class=\"codes\""), "recovery codes are shown");
    assert_eq!(newcomer.get(app.url("/home")).send().await.unwrap().status(), 200);

    // The new coordinator signs in later with password and a fresh code; the coordinator is no administrator.
    app.clock.advance(TimeDelta::seconds(60));
    let later = app.cookie_client();
    let code = app.totp_code(&secret);
    assert_eq!(
        app.browser_sign_in(&later, "neha@registry.test", "a long enough passphrase", Some(&code)).await.status(),
        303
    );
    assert_eq!(later.get(app.url("/staff")).send().await.unwrap().status(), 404);

    // The administrator disables the account: its sessions end.
    let staff_page = admin.get(app.url("/staff")).send().await.unwrap().text().await.unwrap();
    let row = staff_page.split("neha@registry.test").nth(1).unwrap();
    let action = row.split("action=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
    assert!(action.ends_with("/disable"));
    assert_eq!(admin.post(app.url(&action)).send().await.unwrap().status(), 303);
    assert_eq!(later.get(app.url("/home")).send().await.unwrap().status(), 303);
}

#[tokio::test]
async fn administrators_cannot_touch_staff_of_other_organisations() {
    let app = TestApp::spawn_demo().await;
    let admin = app.cookie_client();
    let code = app.totp_code(DEMO_TOTP_SECRET);
    app.browser_sign_in(&admin, ADMIN, DEMO_PASSWORD, Some(&code)).await;
    // The German centre's coordinator, found through its own API session.
    app.clock.advance(TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let me: serde_json::Value =
        app.client.get(app.url("/api/v1/me")).bearer_auth(&centre).send().await.unwrap().json().await.unwrap();
    let target = me["id"].as_str().unwrap();
    let refused = admin.post(app.url(&format!("/staff/{target}/disable"))).send().await.unwrap();
    assert_eq!(refused.status(), 404);
    let still = app.client.get(app.url("/api/v1/me")).bearer_auth(&centre).send().await.unwrap();
    assert_eq!(still.status(), 200);
}

#[tokio::test]
async fn participants_may_set_a_password_and_then_sign_in_with_it() {
    let app = TestApp::spawn_demo().await;
    let client = app.cookie_client();
    app.browser_sign_in(&client, "patient@twinbridge.test", DEMO_PASSWORD, None).await;
    let refused = client
        .post(app.url("/account/password"))
        .form(&[("current", "not my password"), ("new", "my new long passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.headers()["location"], "/account?done=password-refused");
    let changed = client
        .post(app.url("/account/password"))
        .form(&[("current", DEMO_PASSWORD), ("new", "my new long passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(changed.headers()["location"], "/account?done=password");
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 200, "this session continues");
    assert_eq!(app.api_sign_in("patient@twinbridge.test", DEMO_PASSWORD, None).await.status(), 401);
    assert_eq!(app.api_sign_in("patient@twinbridge.test", "my new long passphrase", None).await.status(), 200);
}

#[tokio::test]
async fn the_pages_after_sign_in_link_everything_and_offer_sign_out_as_a_form() {
    let app = TestApp::spawn_demo().await;
    let client = app.cookie_client();
    let code = app.totp_code(DEMO_TOTP_SECRET);
    app.browser_sign_in(&client, ADMIN, DEMO_PASSWORD, Some(&code)).await;
    let home = client.get(app.url("/home")).send().await.unwrap().text().await.unwrap();
    for href in ["href=\"/account\"", "href=\"/staff\"", "href=\"/account/totp\"", "action=\"/sign-out\""] {
        assert!(home.contains(href), "{href} missing");
    }
    for path in ["/account", "/staff", "/account/totp"] {
        assert_eq!(client.get(app.url(path)).send().await.unwrap().status(), 200, "{path}");
    }
}
