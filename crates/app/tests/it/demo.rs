use chrono::Months;
use twinbridge::startup::{Application, Mode, StartError};
use twinbridge_domain::access::IdentityAccess;
use twinbridge_domain::{Email, FakeClock, PatientStatus, Product, Role, patient_status};
use twinbridge_store::repo;
use twinbridge_test_support::{TestApp, TestAppOptions, TestDatabase, default_now};

async fn counts(app: &TestApp) -> (u64, u64, usize) {
    let conn = app.store.read();
    let organisations = repo::organisations::count(conn).await.unwrap();
    let pairings = repo::pairings::count(conn).await.unwrap();
    let mut participants = 0;
    for pairing in repo::pairings::list(conn).await.unwrap() {
        participants += repo::pairings::participants(conn, pairing.id).await.unwrap().len();
    }
    (organisations, pairings, participants)
}

#[tokio::test]
async fn demo_seeds_the_documented_organisations_people_and_pairings() {
    let app = TestApp::spawn_demo().await;
    assert_eq!(counts(&app).await, (4, 5, 10));
    let conn = app.store.read();

    let names: Vec<String> =
        repo::organisations::list(conn).await.unwrap().into_iter().map(|o| o.name.as_str().to_owned()).collect();
    for expected in [
        "Demo Donor Registry India",
        "Demo Transplant Centre Germany",
        "Demo Transplant Centre France",
        "Demo Transplant Centre Switzerland",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected} missing from {names:?}");
    }

    let email = Email::parse("donor@twinbridge.test").unwrap();
    let donor_id = repo::persons::find_id_by_email(conn, &app.keys, &email).await.unwrap().expect("demo donor exists");
    let access = IdentityAccess::for_system(donor_id, "test");
    let (donor, _) = repo::persons::read(conn, &app.keys, &access).await.unwrap().expect("readable");
    assert_eq!(donor.legal_name.as_str(), "Aarav Mehta");
    assert_eq!(donor.town.as_ref().map(|t| t.as_str()), Some("Pune"));

    // The donor's pairing: a PBSC donation about 8 months before today, patient Lena Vogel in Germany.
    let participation = repo::pairings::participations_of(conn, donor.id).await.unwrap();
    assert_eq!(participation.len(), 1);
    assert_eq!(participation[0].role, Role::Donor);
    let pairing = repo::pairings::get(conn, participation[0].pairing).await.unwrap().expect("pairing");
    let donations = repo::donations::of_pairing(conn, pairing.id).await.unwrap();
    let today = default_now().date_naive();
    assert_eq!(donations.len(), 1);
    assert_eq!(donations[0].product, Product::Pbsc);
    assert_eq!(donations[0].collected_on, today.checked_sub_months(Months::new(8)).unwrap());
    assert!(pairing.transplant_date.is_some_and(|d| d >= donations[0].collected_on));
    let history = repo::patient_statuses::of_pairing(conn, pairing.id).await.unwrap();
    assert_eq!(patient_status::current(&history).map(|e| e.status), Some(PatientStatus::Well));

    let participants = repo::pairings::participants(conn, pairing.id).await.unwrap();
    let patient = participants.iter().find(|p| p.role == Role::Patient).expect("patient");
    let access = IdentityAccess::for_system(patient.person, "test");
    let (patient, organisation) = repo::persons::read(conn, &app.keys, &access).await.unwrap().expect("person");
    assert_eq!((patient.legal_name.as_str(), patient.country.as_str()), ("Lena Vogel", "DE"));
    let organisation = repo::organisations::get(conn, organisation).await.unwrap().expect("organisation");
    assert_eq!(organisation.name.as_str(), "Demo Transplant Centre Germany");
}

#[tokio::test]
async fn a_restart_in_demo_mode_adds_nothing_and_data_survives() {
    let app = TestApp::spawn_demo().await;
    let before = counts(&app).await;
    let references: Vec<String> =
        repo::pairings::list(app.store.read()).await.unwrap().into_iter().map(|p| p.reference.to_string()).collect();
    let db = app.stop().await;

    let app = TestApp::spawn_on(db, TestAppOptions { demo: true, ..TestAppOptions::default() }).await;
    assert_eq!(counts(&app).await, before);
    let again: Vec<String> =
        repo::pairings::list(app.store.read()).await.unwrap().into_iter().map(|p| p.reference.to_string()).collect();
    assert_eq!(again, references);
}

#[tokio::test]
async fn a_demo_database_is_refused_without_demo_and_a_real_one_with_it() {
    let app = TestApp::spawn_demo().await;
    let db = app.stop().await;
    let clock = std::sync::Arc::new(FakeClock::at(default_now()));
    let refused = Application::build(db.config(), clock.clone(), Mode::Production).await;
    assert!(matches!(&refused, Err(StartError::Refused(m)) if m.contains("--demo")), "{refused:?}");

    // A database with real (non-demo) data must not get demo accounts.
    let real = TestDatabase::new().await;
    let app = TestApp::spawn_on(real, TestAppOptions::default()).await;
    let org = twinbridge_domain::Organisation {
        id: twinbridge_domain::OrganisationId::random(),
        name: twinbridge_domain::OrganisationName::parse("A Real Registry").unwrap(),
        kind: twinbridge_domain::OrganisationKind::DonorRegistry,
        country: twinbridge_domain::CountryCode::parse("PL").unwrap(),
        policy_entry: None,
        reviews_letters: true,
        offline: false,
    };
    let now = default_now();
    app.store
        .write_tx(|tx| {
            let org = &org;
            async move { repo::organisations::insert(&*tx, org, now).await }
        })
        .await
        .unwrap();
    let real = app.stop().await;
    let refused = Application::build(real.config(), clock, Mode::Demo).await;
    assert!(matches!(&refused, Err(StartError::Refused(_))), "{refused:?}");
}

#[tokio::test]
async fn demo_mode_refuses_a_non_loopback_address() {
    let db = TestDatabase::new().await;
    let mut config = db.config();
    config.listen = "0.0.0.0:0".parse().unwrap();
    let refused = Application::build(config, std::sync::Arc::new(FakeClock::at(default_now())), Mode::Demo).await;
    assert!(matches!(&refused, Err(e @ StartError::Usage(_)) if e.exit_code() == 2), "{refused:?}");
}
