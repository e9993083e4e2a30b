#![doc = include_str!("../README.md")]
#![allow(clippy::expect_used, clippy::unwrap_used, missing_debug_implementations)]

pub mod browser;
pub mod smtp;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, Database};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use twinbridge::config::{Config, LogFormat};
use twinbridge::mail::{MailConfig, SmtpSecurity, TransportConfig};
use twinbridge::startup::{Application, Mode};
use twinbridge_crypto::KeyRing;
use twinbridge_domain::Clock;
use twinbridge_domain::FakeClock;
use twinbridge_store::{ConnectSettings, DatabaseUrl, Store};

/// The variable naming a PostgreSQL server for the tests.
pub const TEST_DATABASE_URL: &str = "TWINBRIDGE_TEST_DATABASE_URL";

/// The instant every test starts at, unless it sets another: fixed, so results do not depend on the day.
pub fn default_now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-06-15T10:00:00Z").expect("valid literal").to_utc()
}

/// Whether `text` names `word` as a word: a match inside a longer run of letters and digits does not count.
/// Pages carry random tokens (CSRF, links) in which a four-letter name turns up now and then by chance; a
/// real leak stands apart from its neighbours.
pub fn mentions(text: &str, word: &str) -> bool {
    let joins = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let bounded_start = word.chars().next().is_some_and(char::is_alphanumeric);
    let bounded_end = word.chars().next_back().is_some_and(char::is_alphanumeric);
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let inside_a_word = (bounded_start && joins(before)) || (bounded_end && joins(after));
        !inside_a_word
    })
}

/// A database of its own for one test, removed when dropped.
pub struct TestDatabase {
    url: DatabaseUrl,
    /// Holds the SQLite file and the key file; removed on drop.
    dir: tempfile::TempDir,
    postgres: Option<PostgresDatabase>,
}

struct PostgresDatabase {
    admin_url: String,
    name: String,
}

impl TestDatabase {
    /// A new empty database on the backend chosen by `TWINBRIDGE_TEST_DATABASE_URL`.
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        match std::env::var(TEST_DATABASE_URL) {
            Ok(admin_url) if !admin_url.trim().is_empty() => {
                let name = format!("tb_test_{}", uuid::Uuid::new_v4().simple());
                let admin = Database::connect(admin_url.as_str())
                    .await
                    .expect("the PostgreSQL server in TWINBRIDGE_TEST_DATABASE_URL answers");
                // Provisioning a database is administration, not application SQL: it has no place in `store`.
                admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("create test database");
                admin.close().await.ok();
                let mut url = url::Url::parse(&admin_url).expect("valid TWINBRIDGE_TEST_DATABASE_URL");
                url.set_path(&name);
                let url = DatabaseUrl::parse(url.as_str()).expect("valid test database URL");
                Self { url, dir, postgres: Some(PostgresDatabase { admin_url, name }) }
            }
            _ => {
                let path = dir.path().join("twinbridge.db");
                let url = DatabaseUrl::parse(&format!("sqlite://{}", path.display())).expect("valid SQLite URL");
                Self { url, dir, postgres: None }
            }
        }
    }

    /// A new empty SQLite database, whatever backend the run uses (for checks of the SQLite files).
    pub fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("twinbridge.db");
        let url = DatabaseUrl::parse(&format!("sqlite://{}", path.display())).expect("valid SQLite URL");
        Self { url, dir, postgres: None }
    }

    /// Its URL.
    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    /// A private folder that lives as long as the database (for key files and the like).
    pub fn dir(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    /// Whether this is PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// A migrated [`Store`] on this database.
    pub async fn store(&self) -> Store {
        let store = Store::connect(&self.url, &ConnectSettings::default()).await.expect("connect to the test database");
        store.migrate().await.expect("migrations apply");
        store
    }

    /// A configuration for this database: loopback, port 0, key file in the private folder.
    pub fn config(&self) -> Config {
        Config {
            listen: "127.0.0.1:0".parse().expect("valid address"),
            database_url: self.url.clone(),
            database: ConnectSettings::default(),
            key_file: self.dir.path().join("twinbridge.keys"),
            public_url: url::Url::parse("http://127.0.0.1").expect("valid URL"),
            log_format: LogFormat::Text,
            log_filter: "warn".into(),
            mail: MailConfig { from: "Twinbridge <no-reply@twinbridge.test>".into(), transport: TransportConfig::Log },
            // Tests run the jobs themselves, at the fake clock's time (`TestAppOptions::run_jobs` turns
            // the background runner on).
            run_jobs: false,
            metrics_token: None,
            metrics_open: false,
            audit_checkpoint_dir: self.dir.path().join("checkpoints"),
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some(pg) = self.postgres.take() else { return };
        // Drop runs outside async context: use a small runtime on its own thread.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            runtime.block_on(async {
                let admin = Database::connect(pg.admin_url.as_str()).await.ok()?;
                admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", pg.name)).await.ok()?;
                admin.close().await.ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            eprintln!("warning: could not drop a test database");
        }
    }
}

/// Options for [`TestApp::spawn_with`].
#[derive(Debug, Clone)]
pub struct TestAppOptions {
    /// Seed the demo data.
    pub demo: bool,
    /// The clock's starting instant.
    pub now: DateTime<Utc>,
    /// Run the scheduled jobs in the background, as `serve` does.
    pub run_jobs: bool,
    /// The token `/metrics` asks for.
    pub metrics_token: Option<String>,
}

impl Default for TestAppOptions {
    fn default() -> Self {
        Self { demo: false, now: default_now(), run_jobs: false, metrics_token: None }
    }
}

/// The whole application, serving on a random port of 127.0.0.1 with its own database.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub address: String,
    /// An HTTP client without redirects or cookies of its own.
    pub client: reqwest::Client,
    /// The application's clock.
    pub clock: FakeClock,
    /// The application's storage (to look behind the HTTP interface).
    pub store: Store,
    /// The application's key ring.
    pub keys: Arc<KeyRing>,
    /// Every e-mail the application sends arrives here.
    pub mail: smtp::SmtpSink,
    /// The application's state (to call services directly, e.g. to run the scheduled jobs).
    pub state: twinbridge::state::AppState,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<std::io::Result<()>>>,
    /// Kept last so the database is dropped after the server stops.
    pub db: TestDatabase,
}

impl TestApp {
    /// An application with an empty database.
    pub async fn spawn() -> Self {
        Self::spawn_with(TestAppOptions::default()).await
    }

    /// An application with the demo data.
    pub async fn spawn_demo() -> Self {
        Self::spawn_with(TestAppOptions { demo: true, ..TestAppOptions::default() }).await
    }

    /// An application with these options.
    pub async fn spawn_with(options: TestAppOptions) -> Self {
        let db = TestDatabase::new().await;
        Self::spawn_on(db, options).await
    }

    /// An application on an existing test database (e.g. to restart on the same data).
    pub async fn spawn_on(db: TestDatabase, options: TestAppOptions) -> Self {
        let clock = FakeClock::at(options.now);
        let mode = if options.demo { Mode::Demo } else { Mode::Production };
        let mail = smtp::SmtpSink::start().await;
        let mut config = db.config();
        config.run_jobs = options.run_jobs;
        config.metrics_token = options.metrics_token.clone();
        config.mail.transport = TransportConfig::Smtp {
            host: "127.0.0.1".into(),
            port: mail.port,
            security: SmtpSecurity::None,
            credentials: None,
        };
        // Links in e-mails point at the server; the port is known only after binding, so bind first.
        let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        let port = probe.local_addr().expect("address").port();
        drop(probe);
        config.listen = format!("127.0.0.1:{port}").parse().expect("valid address");
        config.public_url = url::Url::parse(&format!("http://127.0.0.1:{port}")).expect("valid URL");
        let app = Application::build(config, Arc::new(clock.clone()), mode).await.expect("the application starts");
        let address = format!("http://{}", app.local_addr());
        let store = app.state().store.clone();
        let keys = Arc::clone(&app.state().keys);
        let state = app.state().clone();
        let (tx, rx) = oneshot::channel();
        let server = tokio::spawn(app.run_until_stopped(async {
            let _ = rx.await;
        }));
        let client =
            reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("HTTP client");
        Self { address, client, clock, store, keys, mail, state, shutdown: Some(tx), server: Some(server), db }
    }

    /// `address` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// A GET request.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request sent")
    }

    /// A client that keeps cookies (a browser without JavaScript), not following redirects.
    pub fn cookie_client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("HTTP client")
    }

    /// The TOTP code of `secret` now, by the application's clock.
    pub fn totp_code(&self, secret: &str) -> String {
        let now = u64::try_from(self.clock.now().timestamp()).expect("after 1970");
        twinbridge::auth::totp::code_at(secret, now).expect("valid secret")
    }

    /// One API request with a bearer token; the status and the JSON body (`Null` if there is none).
    pub async fn api(
        &self,
        token: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let mut request = self.client.request(method, self.url(path)).bearer_auth(token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(serde_json::Value::Null))
    }

    /// `POST /api/v1/session`; the response.
    pub async fn api_sign_in(&self, email: &str, password: &str, totp: Option<&str>) -> reqwest::Response {
        let mut body = serde_json::json!({ "email": email, "password": password });
        if let Some(code) = totp {
            body["totp"] = code.into();
        }
        self.client.post(self.url("/api/v1/session")).json(&body).send().await.expect("request sent")
    }

    /// Every demo organisation states in its own policy that photos and drawings may go with letters (the
    /// shipped rule data leaves photos unknown, which allows none), set as the demo administrator.
    pub async fn allow_pictures(&self) {
        let policy = twinbridge_domain::rules::OwnPolicy {
            photos: Some(twinbridge_domain::rules::Photos::Allowed),
            ..Default::default()
        };
        for org in twinbridge_store::repo::organisations::list(self.store.read()).await.expect("storage") {
            self.set_own_policy(org.id, &policy).await;
        }
    }

    /// Sets an organisation's own policy, as the demo administrator.
    pub async fn set_own_policy(
        &self,
        organisation: twinbridge_domain::OrganisationId,
        policy: &twinbridge_domain::rules::OwnPolicy,
    ) {
        let email = twinbridge_domain::Email::parse("admin@twinbridge.test").expect("valid e-mail");
        let admin = twinbridge_store::repo::accounts::find_by_email(self.store.read(), &self.keys, &email)
            .await
            .expect("storage")
            .expect("the demo administrator");
        twinbridge_store::repo::organisation_policies::set(
            self.store.read(),
            organisation,
            policy,
            "https://registry.example/pictures",
            admin.id,
            self.clock.now(),
        )
        .await
        .expect("storage");
    }

    /// An API token for a demo account (staff get the demo TOTP code).
    pub async fn demo_token(&self, email: &str) -> String {
        let code = self.totp_code(twinbridge::demo::DEMO_TOTP_SECRET);
        let staff = !email.starts_with("donor") && !email.starts_with("patient");
        let response = self.api_sign_in(email, twinbridge::demo::DEMO_PASSWORD, staff.then_some(code.as_str())).await;
        assert_eq!(response.status(), 200, "demo sign-in of {email}");
        let body: serde_json::Value = response.json().await.expect("JSON");
        body["token"].as_str().expect("token").to_owned()
    }

    /// A cookie client signed in as a demo account through the sign-in form. For staff the clock moves on
    /// 30 s first, so that the demo TOTP code is one not used yet.
    pub async fn signed_in_client(&self, email: &str) -> reqwest::Client {
        let staff = !email.starts_with("donor") && !email.starts_with("patient");
        let code = staff.then(|| {
            self.clock.advance(chrono::TimeDelta::seconds(30));
            self.totp_code(twinbridge::demo::DEMO_TOTP_SECRET)
        });
        let client = self.cookie_client();
        let signed = self.browser_sign_in(&client, email, twinbridge::demo::DEMO_PASSWORD, code.as_deref()).await;
        assert_eq!(signed.status(), 303, "{email} signs in");
        client
    }

    /// Signs a cookie client in through the sign-in form (password, and the demo TOTP code for staff).
    pub async fn browser_sign_in(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
        totp: Option<&str>,
    ) -> reqwest::Response {
        let mut form = vec![("email", email.to_owned()), ("password", password.to_owned())];
        if let Some(code) = totp {
            form.push(("totp", code.to_owned()));
        }
        client.post(self.url("/sign-in")).form(&form).send().await.expect("request sent")
    }

    /// Stops the server gracefully and hands back the database (for a restart on the same data).
    pub async fn stop(mut self) -> TestDatabase {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.expect("server task").expect("server stopped cleanly");
        }
        let Self { db, .. } = self;
        db
    }
}

#[cfg(test)]
mod tests {
    use super::mentions;

    #[test]
    fn a_name_counts_alone_not_inside_a_token() {
        assert!(mentions("Dear Pune, hello", "Pune"));
        assert!(mentions("<td>Pune</td>", "Pune"));
        assert!(mentions("from donor2@twinbridge.test", "donor2@"));
        assert!(!mentions("csrf=x7PuneQ", "Pune"));
        assert!(!mentions("Punekar", "Pune"));
        assert!(!mentions("nothing here", "Pune"));
    }
}
