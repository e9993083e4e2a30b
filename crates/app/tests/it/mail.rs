//! The e-mail outbox: sent once, retried after failures, never lost.

use chrono::TimeDelta;
use twinbridge::mail::{MailConfig, Mailer, SmtpSecurity, TransportConfig, worker};
use twinbridge::startup::Application;
use twinbridge_store::repo::outbox;
use twinbridge_test_support::{TestApp, TestDatabase, default_now, smtp::SmtpSink};

#[tokio::test]
async fn a_failed_send_is_retried_later_and_then_sent_exactly_once() {
    // An application whose worker is not running: we drive sending by hand.
    let db = TestDatabase::new().await;
    let clock = std::sync::Arc::new(twinbridge_domain::FakeClock::at(default_now()));
    let app = Application::build(db.config(), clock.clone(), twinbridge::startup::Mode::Demo).await.unwrap();
    let state = app.state().clone();
    twinbridge::auth::service::request_sign_in_link(&state, "donor@twinbridge.test", "en").await.unwrap();
    assert_eq!(outbox::unsent_count(state.store.read()).await.unwrap(), 1);

    // Nobody listens on this port: the attempt fails and is put off, not lost.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let down = Mailer::new(&MailConfig {
        from: "Twinbridge <no-reply@twinbridge.test>".into(),
        transport: TransportConfig::Smtp {
            host: "127.0.0.1".into(),
            port: closed,
            security: SmtpSecurity::None,
            credentials: None,
        },
    })
    .unwrap();
    assert!(worker::send_one(&state, &down, "Twinbridge <no-reply@twinbridge.test>").await.unwrap());
    assert_eq!(outbox::unsent_count(state.store.read()).await.unwrap(), 1);
    let sink = SmtpSink::start().await;
    let up = Mailer::new(&MailConfig {
        from: "Twinbridge <no-reply@twinbridge.test>".into(),
        transport: TransportConfig::Smtp {
            host: "127.0.0.1".into(),
            port: sink.port,
            security: SmtpSecurity::None,
            credentials: None,
        },
    })
    .unwrap();
    assert!(!worker::send_one(&state, &up, "Twinbridge <no-reply@twinbridge.test>").await.unwrap(), "not due yet");
    clock.advance(TimeDelta::minutes(3));
    assert!(worker::send_one(&state, &up, "Twinbridge <no-reply@twinbridge.test>").await.unwrap());
    assert!(!worker::send_one(&state, &up, "Twinbridge <no-reply@twinbridge.test>").await.unwrap(), "nothing left");
    assert_eq!(sink.mails().len(), 1);
    assert_eq!(outbox::unsent_count(state.store.read()).await.unwrap(), 0);
}

#[tokio::test]
async fn two_workers_never_send_the_same_message_twice() {
    let db = TestDatabase::new().await;
    let clock = std::sync::Arc::new(twinbridge_domain::FakeClock::at(default_now()));
    let app = Application::build(db.config(), clock, twinbridge::startup::Mode::Demo).await.unwrap();
    let state = app.state().clone();
    for email in
        ["donor@twinbridge.test", "patient@twinbridge.test", "donor2@twinbridge.test", "patient2@twinbridge.test"]
    {
        twinbridge::auth::service::request_sign_in_link(&state, email, "en").await.unwrap();
    }
    let sink = SmtpSink::start().await;
    let mailer = Mailer::new(&MailConfig {
        from: "Twinbridge <no-reply@twinbridge.test>".into(),
        transport: TransportConfig::Smtp {
            host: "127.0.0.1".into(),
            port: sink.port,
            security: SmtpSecurity::None,
            credentials: None,
        },
    })
    .unwrap();
    let worker = |state: twinbridge::startup::AppState, mailer: Mailer| async move {
        while worker::send_one(&state, &mailer, "Twinbridge <no-reply@twinbridge.test>").await.unwrap() {}
    };
    tokio::join!(worker(state.clone(), mailer.clone()), worker(state.clone(), mailer.clone()));
    let mut recipients: Vec<String> = sink.mails().iter().flat_map(|m| m.to.clone()).collect();
    recipients.sort();
    assert_eq!(recipients.len(), 4, "{recipients:?}");
    recipients.dedup();
    assert_eq!(recipients.len(), 4, "each message once");
}

#[tokio::test]
async fn e_mails_are_translated_and_carry_no_identity() {
    let app = TestApp::spawn_demo().await;
    // The demo patient reads German.
    app.client.post(app.url("/sign-in/email")).form(&[("email", "patient@twinbridge.test")]).send().await.unwrap();
    let mail = app.mail.wait_for("patient@twinbridge.test").await;
    assert_eq!(mail.subject(), twinbridge::web::i18n::Lang::De.t("mail-sign-in-link-subject"));
    for identity in ["Lena", "Vogel", "Regensburg", "Aarav"] {
        assert!(!mail.body().contains(identity) && !mail.subject().contains(identity));
    }
}
