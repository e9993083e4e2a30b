//! Notifications and scheduled jobs: who is told what, once, in their language and without content; the
//! jobs run by the fake clock, survive a restart and run once when two instances share one database.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDate, TimeDelta};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use tokio::task::JoinSet;
use twinbridge::services::jobs;
use twinbridge_domain::Clock;
use twinbridge_store::entities::{audit_events, outbox};
use twinbridge_test_support::{TestApp, TestAppOptions, smtp::ReceivedMail};

const POST: reqwest::Method = reqwest::Method::POST;
const GET: reqwest::Method = reqwest::Method::GET;

const REGISTRY: &str = "registry.coordinator@twinbridge.test";
const CENTRE: &str = "centre.coordinator@twinbridge.test";

/// The e-mails sent so far, with their kind (read back from the outbox by the Message-ID): waits until
/// the worker has sent everything queued.
async fn sent(app: &TestApp) -> Vec<(String, ReceivedMail)> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let unsent = outbox::Entity::find().filter(outbox::Column::SentAt.is_null()).count(app.store.read()).await;
        if unsent.unwrap() == 0 {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the outbox did not empty within 10 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let kinds: HashMap<String, String> = outbox::Entity::find()
        .all(app.store.read())
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.id.to_string(), m.kind))
        .collect();
    app.mail
        .mails()
        .into_iter()
        .map(|m| {
            let raw = String::from_utf8_lossy(&m.raw).to_string();
            let id = raw
                .lines()
                .find_map(|l| l.strip_prefix("Message-ID: <").or_else(|| l.strip_prefix("Message-Id: <")))
                .and_then(|rest| rest.split('@').next())
                .unwrap_or_default()
                .to_owned();
            (kinds.get(&id).cloned().unwrap_or_default(), m)
        })
        .collect()
}

/// How many e-mails of `kind` went to `recipient`.
async fn count_to(app: &TestApp, kind: &str, recipient: &str) -> usize {
    sent(app).await.iter().filter(|(k, m)| k == kind && m.to.iter().any(|t| t == recipient)).count()
}

async fn of_kind(app: &TestApp, kind: &str) -> Vec<ReceivedMail> {
    sent(app).await.into_iter().filter(|(k, _)| k == kind).map(|(_, m)| m).collect()
}

async fn run_jobs(app: &TestApp) -> Vec<jobs::JobOutcome> {
    let outcomes = jobs::run_due(&app.state, false).await.unwrap();
    assert!(outcomes.iter().all(|o| o.error.is_none()), "{outcomes:?}");
    outcomes
}

async fn pairing_of(app: &TestApp, token: &str) -> String {
    let (_, pairings) = app.api(token, GET, "/api/v1/pairings", None).await;
    pairings[0]["id"].as_str().unwrap().to_owned()
}

async fn write_letter(app: &TestApp, token: &str, pairing: &str, text: &str) -> String {
    let (status, letter) =
        app.api(token, POST, &format!("/api/v1/pairings/{pairing}/letters"), Some(json!({ "body": text }))).await;
    assert_eq!(status, 201, "{letter}");
    letter["id"].as_str().unwrap().to_owned()
}

async fn review(app: &TestApp, token: &str, letter: &str, body: Value) -> Value {
    let (status, reviewed) = app.api(token, POST, &format!("/api/v1/letters/{letter}/reviews"), Some(body)).await;
    assert_eq!(status, 200, "{reviewed}");
    reviewed
}

#[tokio::test]
async fn a_submitted_letter_brings_one_digest_to_the_side_whose_turn_it_is() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    write_letter(&app, &donor, &pairing, "I think of you often and hope the winter is kind to you.").await;

    run_jobs(&app).await;
    assert_eq!(count_to(&app, "digest", REGISTRY).await, 1);
    assert_eq!(count_to(&app, "digest", CENTRE).await, 0, "nothing waits for the centre");
    let digest = of_kind(&app, "digest").await.remove(0);
    assert!(digest.body().contains("/home"), "{}", digest.body());
    assert!(!digest.body().contains("winter") && !digest.body().contains("Aarav"), "no content, no identity");

    // Nothing new: no second digest, not even after the hour.
    run_jobs(&app).await;
    app.clock.advance(TimeDelta::hours(2));
    jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(count_to(&app, "digest", REGISTRY).await, 1);

    // Something new within the hour waits for the hour; then one more digest.
    write_letter(&app, &donor, &pairing, "Another short note to say thank you.").await;
    app.clock.advance(TimeDelta::minutes(10));
    jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(count_to(&app, "digest", REGISTRY).await, 2, "the first digest of this hour went out");
    let reply = write_letter(&app, &donor, &pairing, "And one more, because I could not stop.").await;
    app.clock.advance(TimeDelta::minutes(10));
    jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(count_to(&app, "digest", REGISTRY).await, 2, "at most one an hour");
    app.clock.advance(TimeDelta::hours(1));
    jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(count_to(&app, "digest", REGISTRY).await, 3);

    // The home page and the API list the same items.
    let registry = app.demo_token(REGISTRY).await;
    let (status, waiting) = app.api(&registry, GET, "/api/v1/me/waiting", None).await;
    assert_eq!(status, 200, "{waiting}");
    let items = waiting.as_array().unwrap();
    assert!(items.iter().any(|i| i["path"] == format!("/letters/{reply}").as_str()), "{waiting}");
    assert!(items.iter().all(|i| i["kind"] == "letter_to_review"), "{waiting}");
    let centre = app.demo_token(CENTRE).await;
    let (_, centre_waiting) = app.api(&centre, GET, "/api/v1/me/waiting", None).await;
    assert_eq!(centre_waiting, json!([]));
}

#[tokio::test]
async fn a_returned_letter_tells_its_writer_without_its_text() {
    let app = TestApp::spawn_demo().await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let centre = app.demo_token(CENTRE).await;
    let pairing = pairing_of(&app, &patient).await;
    let letter = write_letter(&app, &patient, &pairing, "Greetings from my garden in the Oberpfalz!").await;
    review(&app, &centre, &letter, json!({"decision": "return", "note": "Please leave out the region."})).await;

    let returned = of_kind(&app, "letter-returned").await;
    assert_eq!(returned.len(), 1);
    assert_eq!(returned[0].to, ["patient@twinbridge.test"]);
    let body = returned[0].body();
    assert!(body.contains(&format!("/letters/{letter}")), "{body}");
    assert!(!body.contains("Oberpfalz") && !body.contains("region"), "neither the text nor the reasons: {body}");
    assert_eq!(count_to(&app, "letter-returned", "donor@twinbridge.test").await, 0);

    // The patient's home lists it; revised and passed on by both sides, it reaches the donor.
    let (_, waiting) = app.api(&patient, GET, "/api/v1/me/waiting", None).await;
    assert!(waiting.as_array().unwrap().iter().any(|i| i["kind"] == "letter_returned"), "{waiting}");
}

#[tokio::test]
async fn the_writer_hears_of_delivery_only_where_the_reader_shares_read_receipts() {
    let app = TestApp::spawn_demo().await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let (centre, registry) = (app.demo_token(CENTRE).await, app.demo_token(REGISTRY).await);
    let pairing = pairing_of(&app, &patient).await;
    let approve = json!({"decision": "approve"});

    let first = write_letter(&app, &patient, &pairing, "Thank you for everything.").await;
    review(&app, &centre, &first, approve.clone()).await;
    review(&app, &registry, &first, approve.clone()).await;
    assert_eq!(count_to(&app, "letter-waiting", "donor@twinbridge.test").await, 1, "the reader is told");
    assert_eq!(count_to(&app, "letter-delivered", "patient@twinbridge.test").await, 0, "no receipts shared");

    let donor = app.signed_in_client("donor@twinbridge.test").await;
    let saved = donor.post(app.url("/account/read-receipts")).form(&[("share", "yes")]).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    let second = write_letter(&app, &patient, &pairing, "I wanted to say it once more: thank you.").await;
    review(&app, &centre, &second, approve.clone()).await;
    review(&app, &registry, &second, approve).await;
    assert_eq!(count_to(&app, "letter-delivered", "patient@twinbridge.test").await, 1);
}

fn noon(day: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    day.and_hms_opt(12, 0, 0).unwrap().and_utc()
}

async fn earliest_release(app: &TestApp, token: &str, pairing: &str) -> NaiveDate {
    let (_, policy) = app.api(token, GET, &format!("/api/v1/pairings/{pairing}/policy"), None).await;
    policy["identity_release"]["earliest_date"].as_str().expect("a release date").parse().unwrap()
}

#[tokio::test]
async fn the_end_of_the_waiting_period_is_told_once_and_moves_with_the_day_it_counts_from() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    app.clock.advance(chrono::TimeDelta::seconds(30));
    let centre = app.demo_token(CENTRE).await;
    let pairing = pairing_of(&app, &donor).await;
    let first_date = earliest_release(&app, &donor, &pairing).await;

    // The German period counts from the first transplant: the centre corrects its day, and the date moves.
    let (_, detail) = app.api(&centre, GET, &format!("/api/v1/pairings/{pairing}"), None).await;
    let transplant: NaiveDate = detail["transplant_date"].as_str().expect("a transplant day").parse().unwrap();
    let later = transplant + chrono::TimeDelta::days(30);
    let (status, body) = app
        .api(
            &centre,
            reqwest::Method::PUT,
            &format!("/api/v1/pairings/{pairing}/transplant"),
            Some(json!({"date": later.to_string()})),
        )
        .await;
    assert!((200..300).contains(&status), "{status} {body}");
    let moved = earliest_release(&app, &donor, &pairing).await;
    assert!(moved > first_date, "{moved} after {first_date}");

    app.clock.set(noon(first_date));
    run_jobs(&app).await;
    assert!(of_kind(&app, "period-ended").await.is_empty(), "the old date passes silently");

    app.clock.set(noon(moved));
    run_jobs(&app).await;
    let told = of_kind(&app, "period-ended").await;
    let mut to: Vec<String> = told.iter().flat_map(|m| m.to.clone()).collect();
    to.sort();
    assert_eq!(to, ["donor@twinbridge.test", "patient@twinbridge.test"]);
    assert!(told.iter().all(|m| m.body().contains(&moved.to_string())), "{}", told[0].body());
    // The German patient reads it in German.
    let german = told.iter().find(|m| m.to == ["patient@twinbridge.test"]).unwrap();
    assert!(german.subject().contains("Ab heute"), "{}", german.subject());

    app.clock.advance(TimeDelta::days(1));
    jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(of_kind(&app, "period-ended").await.len(), 2, "once");
}

#[tokio::test]
async fn an_item_waiting_past_the_target_is_escalated_once() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    // The seeded letter from the donor is withdrawn; one written today waits from today.
    let (_, letters) = app.api(&donor, GET, &format!("/api/v1/pairings/{pairing}/letters"), None).await;
    for seeded in letters.as_array().unwrap().iter().filter(|l| l["status"] == "in_review") {
        let (status, _) =
            app.api(&donor, POST, &format!("/api/v1/letters/{}/withdraw", seeded["id"].as_str().unwrap()), None).await;
        assert_eq!(status, 200);
    }
    write_letter(&app, &donor, &pairing, "A short hello from me.").await;
    let start = app.clock.today();
    let last_on_target = (1..20)
        .map(|d| start + TimeDelta::days(d))
        .take_while(|d| twinbridge_domain::notice::working_days_between(start, *d) <= 5)
        .last()
        .unwrap();

    app.clock.set(noon(last_on_target));
    run_jobs(&app).await;
    assert_eq!(count_to(&app, "escalation", REGISTRY).await, 0, "five working days are the target, not past it");

    app.clock.set(noon(last_on_target + TimeDelta::days(1)));
    run_jobs(&app).await;
    assert_eq!(count_to(&app, "escalation", REGISTRY).await, 1);
    let escalation = of_kind(&app, "escalation").await.remove(0);
    assert!(escalation.subject().contains('1'), "{}", escalation.subject());
    assert_eq!(count_to(&app, "escalation", CENTRE).await, 0);
    app.clock.advance(TimeDelta::days(1));
    jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(count_to(&app, "escalation", REGISTRY).await, 1, "once per item");
}

#[tokio::test]
async fn a_health_update_due_reminds_the_patient_side_once() {
    let app = TestApp::spawn_demo().await;
    let centre = app.demo_token(CENTRE).await;
    // The first demo pairing (the centre works on two).
    let pairing = pairing_of(&app, &app.demo_token("donor@twinbridge.test").await).await;
    let (_, detail) = app.api(&centre, GET, &format!("/api/v1/pairings/{pairing}"), None).await;
    let transplant: NaiveDate = detail["transplant_date"].as_str().expect("a transplant day").parse().unwrap();
    let year = transplant.checked_add_months(chrono::Months::new(12)).unwrap();

    app.clock.set(noon(year - TimeDelta::days(1)));
    run_jobs(&app).await;
    assert_eq!(count_to(&app, "health-update-due", CENTRE).await, 0);
    app.clock.set(noon(year));
    let outcomes = run_jobs(&app).await;
    assert_eq!(count_to(&app, "health-update-due", CENTRE).await, 1, "{outcomes:?}");
    assert_eq!(count_to(&app, "health-update-due", REGISTRY).await, 0, "the patient side writes them");
    app.clock.advance(TimeDelta::days(2));
    jobs::run_due(&app.state, true).await.unwrap();
    assert_eq!(count_to(&app, "health-update-due", CENTRE).await, 1);
}

#[tokio::test]
async fn a_job_claimed_before_a_restart_runs_after_it() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    run_jobs(&app).await;
    assert_eq!(count_to(&app, "digest", REGISTRY).await, 1, "the seeded letter");
    write_letter(&app, &donor, &pairing, "Written just before the restart.").await;
    let later = app.clock.now() + TimeDelta::hours(25);
    let mails_before = app.mail.mails().len();
    let db = app.stop().await;

    let app = TestApp::spawn_on(db, TestAppOptions { demo: true, now: later, ..TestAppOptions::default() }).await;
    let outcomes = run_jobs(&app).await;
    assert!(outcomes.iter().all(|o| o.ran), "every job was due again: {outcomes:?}");
    let digest = outcomes.iter().find(|o| o.job == "digest").unwrap();
    assert_eq!(digest.queued, 1, "{outcomes:?}");
    let outcomes = run_jobs(&app).await;
    assert!(outcomes.iter().all(|o| !o.ran), "nothing is due right after a run: {outcomes:?}");
    assert!(mails_before > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_running_the_jobs_at_once_tell_everyone_once() {
    let app = Arc::new(TestApp::spawn_demo().await);
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    write_letter(&app, &donor, &pairing, "Hello from the other side of the world.").await;
    let first = earliest_release(&app, &donor, &pairing).await;
    app.clock.set(noon(first));
    let second = twinbridge::startup::open_state(app.db.config(), Arc::new(app.clock.clone())).await.unwrap();

    let mut set = JoinSet::new();
    for i in 0..8 {
        let state = if i % 2 == 0 { app.state.clone() } else { second.clone() };
        set.spawn(async move { jobs::run_due(&state, true).await.unwrap() });
    }
    let outcomes: Vec<Vec<jobs::JobOutcome>> = set.join_all().await;
    assert!(outcomes.iter().flatten().all(|o| o.error.is_none()), "{outcomes:?}");
    second.store.close().await.unwrap();

    let queued = |kind: &'static str| {
        let app = Arc::clone(&app);
        async move { outbox::Entity::find().filter(outbox::Column::Kind.eq(kind)).count(app.store.read()).await.unwrap() }
    };
    assert_eq!(queued("digest").await, 1, "one digest to the registry's one coordinator");
    assert_eq!(queued("period-ended").await, 2, "one to the donor, one to the patient");
    assert_eq!(queued("escalation").await, 1, "the letter waited for months by now");
    assert_eq!(count_to(&app, "period-ended", "donor@twinbridge.test").await, 1);
}

#[tokio::test]
async fn the_background_runner_sends_the_digest_of_what_waits() {
    let app = TestApp::spawn_with(TestAppOptions { demo: true, run_jobs: true, ..TestAppOptions::default() }).await;
    // The seeded letter from the donor waits for the registry: the first run at start tells them.
    let mail = app.mail.wait_for(REGISTRY).await;
    assert!(of_kind(&app, "digest").await.iter().any(|m| m.raw == mail.raw));
}

#[tokio::test]
async fn each_person_chooses_which_e_mails_they_get() {
    let app = TestApp::spawn_demo().await;
    // The registry's coordinator wants no digest; the patient no returned-letter e-mails.
    let registry = app.signed_in_client(REGISTRY).await;
    let saved = registry
        .post(app.url("/account/mail"))
        .form(&[("on", "case-waiting"), ("on", "escalation"), ("digest", "never")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let page = registry.get(app.url("/account")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(r#"value="never" selected"#), "the page shows the choice");
    let patient = app.signed_in_client("patient@twinbridge.test").await;
    let saved = patient
        .post(app.url("/account/mail"))
        .form(&[("on", "letter-waiting"), ("on", "period-ended"), ("on", "pairing-news")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    // A kind that is not the person's to choose is refused and changes nothing.
    let refused = patient.post(app.url("/account/mail")).form(&[("digest", "weekly")]).send().await.unwrap();
    assert_eq!(refused.status(), 422);

    let token = app.demo_token("patient@twinbridge.test").await;
    let centre = app.demo_token(CENTRE).await;
    let pairing = pairing_of(&app, &token).await;
    let letter = write_letter(&app, &token, &pairing, "A letter that will come back.").await;
    review(&app, &centre, &letter, json!({"decision": "return", "note": "Too short."})).await;
    run_jobs(&app).await;
    assert_eq!(count_to(&app, "letter-returned", "patient@twinbridge.test").await, 0);
    assert_eq!(count_to(&app, "digest", REGISTRY).await, 0);
    // What is not e-mailed still shows on the home page.
    let home = registry.get(app.url("/home")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("/letters/"), "the home page lists the waiting letter");
    let changes = audit_events::Entity::find()
        .filter(audit_events::Column::Action.eq("mail_choices_changed"))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(changes, 2);
}

#[tokio::test]
async fn a_refused_address_is_given_up_and_shown_to_the_coordinator() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token(REGISTRY).await;
    let (_, orgs) = app.api(&registry, GET, "/api/v1/organisations", None).await;
    let centre = orgs.as_array().unwrap().iter().find(|o| o["country"] == "DE").unwrap()["id"].clone();
    let today = app.clock.today();
    let (status, created) = app
        .api(
            &registry,
            POST,
            "/api/v1/pairings",
            Some(json!({
                "donor": {"full_name": "Meera Joshi", "email": "no-such-mailbox@twinbridge.test", "country": "IN"},
                "patient_organisation_id": centre,
                "donations": [{"product": "pbsc", "collected_on": (today - TimeDelta::days(30)).to_string()}],
            })),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap();
    // The invitation is refused for good: given up after one attempt, not retried for days.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let given_up = outbox::Entity::find()
            .filter(outbox::Column::GaveUpAt.is_not_null())
            .count(app.store.read())
            .await
            .unwrap();
        if given_up == 1 {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the invitation was not given up");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (_, case) = app.api(&registry, GET, &format!("/api/v1/pairings/{id}"), None).await;
    assert_eq!(case["mail_given_up_on"], today.to_string().as_str(), "{case}");
    let page = app.signed_in_client(REGISTRY).await.get(app.url(&format!("/pairings/{id}"))).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(page.contains("could not be delivered"), "the case page warns the coordinator");
    let audited = audit_events::Entity::find()
        .filter(audit_events::Column::Action.eq("mail_given_up"))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(audited, 1);
    // The centre's coordinator, on the other side, is not shown the donor's failure.
    let centre = app.demo_token(CENTRE).await;
    let (_, seen) = app.api(&centre, GET, &format!("/api/v1/pairings/{id}"), None).await;
    assert!(seen.get("mail_given_up_on").is_none(), "{seen}");
}

#[tokio::test]
async fn jobs_run_due_from_the_command_line_queues_what_the_running_service_sends() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let pairing = pairing_of(&app, &donor).await;
    write_letter(&app, &donor, &pairing, "Sent while an operator runs the jobs.").await;

    let url = app.db.url().expose().to_owned();
    let run = || {
        crate::cli::twinbridge().current_dir(app.db.dir()).args(["jobs", "run-due", "--database-url", &url]).output()
    };
    let output = run().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    assert_eq!(output.status.code(), Some(0), "{stdout} {}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("digest: 1 e-mail(s) queued"), "{stdout}");
    // The command ran on the real clock: the service's worker sends what is due by its own.
    app.clock.set(twinbridge_domain::SystemClock.now() + TimeDelta::minutes(1));
    app.state.mail_wakeup.notify_one();
    assert_eq!(count_to(&app, "digest", REGISTRY).await, 1);

    // Run again at once: every job runs (an operator's "now"), nothing is told twice.
    let again = run().unwrap();
    let stdout = String::from_utf8_lossy(&again.stdout).to_string();
    assert_eq!(again.status.code(), Some(0), "{stdout} {}", String::from_utf8_lossy(&again.stderr));
    assert!(stdout.contains("digest: 0 e-mail(s) queued"), "{stdout}");
}

#[tokio::test]
async fn an_organisation_sets_how_long_items_may_wait() {
    let app = TestApp::spawn_demo().await;
    let admin = app.signed_in_client("admin@twinbridge.test").await;
    let token = app.demo_token(REGISTRY).await;
    let (_, orgs) = app.api(&token, GET, "/api/v1/organisations", None).await;
    let registry_org = orgs.as_array().unwrap().iter().find(|o| o["country"] == "IN").unwrap()["id"].clone();
    let registry_org = registry_org.as_str().unwrap();
    for bad in ["0", "61", "three"] {
        let refused = admin
            .post(app.url("/organisation/waiting-target"))
            .form(&[("organisation", registry_org), ("days", bad)])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 422, "{bad}");
    }
    let saved = admin
        .post(app.url("/organisation/waiting-target"))
        .form(&[("organisation", registry_org), ("days", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let page = admin.get(app.url("/organisation/policy")).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains(r#"name="days" type="number" min="1" max="60" inputmode="numeric" placeholder="5" value="1""#)
    );

    // The seeded letter waits since two days before today: past one working day on a working day.
    let mut day = app.clock.today() + TimeDelta::days(1);
    while twinbridge_domain::notice::working_days_between(app.clock.today() - TimeDelta::days(2), day) < 2 {
        day += TimeDelta::days(1);
    }
    app.clock.set(noon(day));
    run_jobs(&app).await;
    assert_eq!(count_to(&app, "escalation", REGISTRY).await, 1);
    let audited = audit_events::Entity::find()
        .filter(audit_events::Column::Action.eq("waiting_target_changed"))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(audited, 1, "refused values change nothing");
}

#[tokio::test]
async fn a_patient_represented_as_a_minor_takes_over_at_18() {
    let app = TestApp::spawn_demo().await;
    let registry = app.demo_token(REGISTRY).await;
    app.clock.advance(TimeDelta::seconds(30));
    let centre = app.demo_token(CENTRE).await;
    let (_, orgs) = app.api(&registry, GET, "/api/v1/organisations", None).await;
    let germany = orgs.as_array().unwrap().iter().find(|o| o["country"] == "DE").unwrap()["id"].clone();
    let collected = (app.clock.today() - TimeDelta::days(100)).to_string();
    let (_, created) = app
        .api(
            &registry,
            POST,
            "/api/v1/pairings",
            Some(json!({
                "donor": {"full_name": "Nikhil Rao", "email": "nikhil@example.org", "country": "IN"},
                "patient_organisation_id": germany,
                "donations": [{"product": "bone-marrow", "collected_on": collected}],
            })),
        )
        .await;
    let pairing = created["id"].as_str().unwrap().to_owned();
    // 18 in ten days.
    let today = app.clock.today();
    let eighteenth = today + TimeDelta::days(10);
    let born = eighteenth.checked_sub_months(chrono::Months::new(18 * 12)).unwrap();
    let (status, attached) = app
        .api(
            &centre,
            POST,
            &format!("/api/v1/pairings/{pairing}/patient"),
            Some(json!({
                "full_name": "Mia Krause", "email": "mia@example.org", "country": "DE",
                "date_of_birth": born.to_string(),
                "proxy": {"full_name": "Anna Krause", "email": "anna@example.org", "relation": "parent"},
            })),
        )
        .await;
    assert_eq!(status, 200, "{attached}");
    let mia = twinbridge_domain::Email::parse("mia@example.org").unwrap();
    let account = || async {
        twinbridge_store::repo::accounts::find_by_email(app.store.read(), &app.keys, &mia).await.unwrap().unwrap()
    };

    app.clock.set(noon(eighteenth - TimeDelta::days(1)));
    run_jobs(&app).await;
    assert!(account().await.disabled, "still a minor");
    assert_eq!(count_to(&app, "participant-invitation", "mia@example.org").await, 0);

    app.clock.set(noon(eighteenth));
    run_jobs(&app).await;
    assert!(!account().await.disabled, "the account is opened on the 18th birthday");
    assert_eq!(count_to(&app, "participant-invitation", "mia@example.org").await, 1);
    assert_eq!(count_to(&app, "patient-came-of-age", CENTRE).await, 1);
    assert_eq!(count_to(&app, "patient-came-of-age", REGISTRY).await, 0, "the donor side is not told");
    let events = audit_events::Entity::find()
        .filter(audit_events::Column::Action.eq("patient_came_of_age"))
        .count(app.store.read())
        .await
        .unwrap();
    assert_eq!(events, 1);

    // Once only: a coordinator who closes the account again is not overruled the next day.
    let closed = account().await;
    twinbridge_store::repo::accounts::set_disabled(app.store.read(), closed.id, true, closed.auth_version + 1)
        .await
        .unwrap();
    app.clock.advance(TimeDelta::days(1));
    jobs::run_due(&app.state, true).await.unwrap();
    assert!(account().await.disabled);
    assert_eq!(count_to(&app, "participant-invitation", "mia@example.org").await, 1);
}
