//! Nothing in the database grants access without the key ring: the links that sign in or set up an
//! account are e-mailed, their tokens are stored only as hashes, and the queued e-mails that carry them are
//! sealed and emptied once sent. A copy of the database alone signs nobody in.

use std::time::Duration;

use chrono::TimeDelta;
use sea_orm::{ConnectionTrait, DatabaseBackend, EntityTrait, Set, Statement};
use twinbridge_crypto::FieldPlace;
use twinbridge_domain::Clock;
use twinbridge_store::Db;
use twinbridge_store::entities::outbox;
use twinbridge_test_support::{TestApp, TestAppOptions};

const PATIENT: &str = "patient@twinbridge.test";
const ADMIN: &str = "admin@twinbridge.test";

async fn rows(conn: &Db, sql: String) -> Vec<sea_orm::QueryResult> {
    let backend = conn.get_database_backend();
    conn.query_all_raw(Statement::from_string(backend, sql)).await.expect("query")
}

/// Every value of every column of every table, as bytes (text as UTF-8, blobs as stored), each with its
/// `table.column`.
pub(crate) async fn every_value(conn: &Db) -> Vec<(String, Vec<u8>)> {
    let postgres = conn.get_database_backend() == DatabaseBackend::Postgres;
    let columns: Vec<(String, String, bool)> = if postgres {
        let sql = "SELECT CAST(table_name AS TEXT) AS t, CAST(column_name AS TEXT) AS c, CAST(data_type AS TEXT) AS d \
                   FROM information_schema.columns WHERE table_schema = current_schema()";
        rows(conn, sql.into())
            .await
            .iter()
            .map(|r| {
                let d: String = r.try_get("", "d").unwrap();
                (r.try_get("", "t").unwrap(), r.try_get("", "c").unwrap(), d == "bytea")
            })
            .collect()
    } else {
        let mut out = Vec::new();
        for table in rows(conn, "SELECT name FROM sqlite_master WHERE type = 'table'".into()).await {
            let table: String = table.try_get("", "name").unwrap();
            for column in rows(conn, format!("SELECT name FROM pragma_table_info('{table}')")).await {
                out.push((table.clone(), column.try_get("", "name").unwrap(), false));
            }
        }
        out
    };
    assert!(columns.len() > 50, "the catalogue lists the tables");
    let mut values = Vec::new();
    for (table, column, blob) in columns {
        let expression = match (postgres, blob) {
            (true, true) => format!("\"{column}\""),
            (true, false) => format!("convert_to(CAST(\"{column}\" AS TEXT), 'UTF8')"),
            (false, _) => format!("CAST(\"{column}\" AS BLOB)"),
        };
        for row in rows(conn, format!("SELECT {expression} AS v FROM \"{table}\"")).await {
            if let Some(value) = row.try_get::<Option<Vec<u8>>>("", "v").unwrap() {
                values.push((format!("{table}.{column}"), value));
            }
        }
    }
    values
}

/// The places where `secret` is stored.
async fn places_holding(conn: &Db, secret: &str) -> Vec<String> {
    every_value(conn)
        .await
        .into_iter()
        .filter(|(_, value)| value.windows(secret.len()).any(|w| w == secret.as_bytes()))
        .map(|(place, _)| place)
        .collect()
}

async fn outbox_settled(app: &TestApp) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while twinbridge_store::repo::outbox::unsent_count(app.store.read()).await.unwrap() > 0 {
        assert!(tokio::time::Instant::now() < deadline, "the outbox did not empty within 10 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn no_table_holds_an_e_mailed_link_and_the_links_still_work() {
    let app = TestApp::spawn_demo().await;
    // A sign-in link for a participant.
    let asked = app.client.post(app.url("/sign-in/email")).form(&[("email", PATIENT)]).send().await.unwrap();
    assert_eq!(asked.status(), 200);
    let sign_in = app.mail.wait_for(PATIENT).await.link().expect("a sign-in link");
    let sign_in_token = sign_in.rsplit('/').next().unwrap().to_owned();

    // An invitation from the staff page.
    let admin = app.signed_in_client(ADMIN).await;
    let staff_page = admin.get(app.url("/staff")).send().await.unwrap().text().await.unwrap();
    let org =
        staff_page.split("name=\"organisation\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
    let form =
        [("organisation", org.as_str()), ("name", "Neha Rao"), ("email", "neha@registry.test"), ("coordinator", "on")];
    let invited = admin.post(app.url("/staff/invite")).form(&form).send().await.unwrap();
    assert_eq!(invited.status(), 303);
    let invitation = app.mail.wait_for("neha@registry.test").await.link().expect("an invitation link");
    let invitation_path = invitation.strip_prefix(&app.address).unwrap().to_owned();
    let invitation_token = invitation.rsplit('/').next().unwrap().to_owned();
    outbox_settled(&app).await;

    for (what, secret) in [("sign-in token", &sign_in_token), ("invitation token", &invitation_token)] {
        assert!(secret.len() >= 20, "{what} looks like a token: {secret}");
        let found = places_holding(app.store.read(), secret).await;
        assert!(found.is_empty(), "the {what} is stored in {found:?}");
    }
    for path in ["/sign-in/link/", "/invitation/"] {
        let found = places_holding(app.store.read(), path).await;
        assert!(found.is_empty(), "a link {path}… is stored in {found:?}");
    }

    // The links work as before.
    let client = app.cookie_client();
    let used = client.post(app.url("/sign-in/link")).form(&[("token", sign_in_token.as_str())]).send().await.unwrap();
    assert_eq!(used.status(), 303, "the sign-in link signs in");
    assert_eq!(client.get(app.url("/home")).send().await.unwrap().status(), 200);
    assert_eq!(app.cookie_client().get(app.url(&invitation_path)).send().await.unwrap().status(), 200);
    let set = app
        .cookie_client()
        .post(app.url("/invitation"))
        .form(&[("token", invitation_token.as_str()), ("password", "a long enough passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(set.headers()["location"], "/account/totp", "the invitation sets a password");
}

#[tokio::test]
async fn a_waiting_e_mail_is_sealed_and_older_plain_rows_are_sealed_or_emptied_at_start() {
    let app = TestApp::spawn_with(TestAppOptions::default()).await;
    let later = app.clock.now() + TimeDelta::days(1);
    let link = "http://127.0.0.1/sign-in/link/LegacyTokenLegacyTokenLegacy";
    let payload = serde_json::json!({ "link": link, "minutes": 15 });
    // One queued now (due tomorrow, so the worker leaves it alone) …
    let message = twinbridge_store::repo::outbox::OutgoingMessage {
        id: uuid::Uuid::new_v4(),
        kind: "sign-in-link".into(),
        recipient: twinbridge_domain::Email::parse("someone@example.org").unwrap(),
        language: "en".into(),
        payload: payload.clone(),
        attempts: 0,
        person: None,
    };
    twinbridge_store::repo::outbox::enqueue(app.store.read(), &app.keys, &message, later).await.unwrap();
    let stored = outbox::Entity::find_by_id(message.id).one(app.store.read()).await.unwrap().unwrap();
    assert!(!stored.payload.contains("LegacyToken"), "sealed: {}", stored.payload);

    // … and two as an older version wrote them, in plain text: one waiting, one sent.
    let plain = |id: uuid::Uuid, sent: Option<chrono::DateTime<chrono::Utc>>| outbox::ActiveModel {
        id: Set(id),
        kind: Set("sign-in-link".into()),
        recipient: Set(app
            .keys
            .encrypt(FieldPlace { table: "outbox", column: "recipient", row: id.as_bytes() }, b"someone@example.org")),
        language: Set("en".into()),
        payload: Set(payload.to_string()),
        created_at: Set(later),
        attempts: Set(0),
        next_attempt_at: Set(later),
        claimed_until: Set(None),
        sent_at: Set(sent),
        last_error: Set(None),
        person_id: Set(None),
        gave_up_at: Set(None),
    };
    let (waiting, sent) = (uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
    outbox::Entity::insert(plain(waiting, None)).exec_without_returning(app.store.read()).await.unwrap();
    outbox::Entity::insert(plain(sent, Some(later))).exec_without_returning(app.store.read()).await.unwrap();
    assert!(!places_holding(app.store.read(), "LegacyToken").await.is_empty());

    let db = app.stop().await;
    let app = TestApp::spawn_on(db, TestAppOptions::default()).await;
    let found = places_holding(app.store.read(), "LegacyToken").await;
    assert!(found.is_empty(), "after a start no plain link is left: {found:?}");
    let sent_row = outbox::Entity::find_by_id(sent).one(app.store.read()).await.unwrap().unwrap();
    assert_eq!(sent_row.payload, "", "a sent message keeps no content");
    // Both waiting messages still carry their content, sealed: the worker reads it back.
    for _ in 0..2 {
        let claimed = twinbridge_store::repo::outbox::claim_due(app.store.read(), &app.keys, later, later)
            .await
            .unwrap()
            .expect("a waiting message");
        assert!([message.id, waiting].contains(&claimed.id));
        assert_eq!(claimed.payload, payload);
    }
}
