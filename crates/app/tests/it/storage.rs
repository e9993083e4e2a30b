use std::sync::Arc;

use chrono::NaiveDate;
use sea_orm::EntityTrait;
use twinbridge_crypto::KeyRing;
use twinbridge_domain::access::IdentityAccess;
use twinbridge_domain::person::{DateOfBirth, IdentityText, Phone};
use twinbridge_domain::{
    CountryCode, Email, Language, Organisation, OrganisationId, OrganisationKind, OrganisationName, Pairing, PairingId,
    PairingReference, Participant, ParticipantId, Person, PersonId, PersonName, ProxyRelation, Role,
};
use twinbridge_store::{Store, StoreError, entities, repo};
use twinbridge_test_support::{TestDatabase, default_now};

fn organisation(name: &str, kind: OrganisationKind, country: &str) -> Organisation {
    Organisation {
        id: OrganisationId::random(),
        name: OrganisationName::parse(name).unwrap(),
        kind,
        country: CountryCode::parse(country).unwrap(),
        policy_entry: None,
        reviews_letters: true,
        offline: false,
    }
}

fn person(name: &str, email: &str) -> Person {
    Person {
        id: PersonId::random(),
        legal_name: PersonName::parse(name).unwrap(),
        preferred_first_name: Some(PersonName::parse("Priya").unwrap()),
        email: Email::parse(email).unwrap(),
        phone: Some(Phone::parse("+91 98220 12345").unwrap()),
        postal_address: Some(IdentityText::parse("12 MG Road\nKoregaon Park").unwrap()),
        town: Some(PersonName::parse("Pune").unwrap()),
        country: CountryCode::parse("IN").unwrap(),
        date_of_birth: Some(
            DateOfBirth::new(NaiveDate::from_ymd_opt(1990, 2, 28).unwrap(), default_now().date_naive()).unwrap(),
        ),
        language: Language::parse("hi").unwrap(),
        sex: Some(twinbridge_domain::person::Sex::Female),
        other_identifiers: vec![
            IdentityText::parse("Ruby Hall Clinic").unwrap(),
            IdentityText::parse("Infosys").unwrap(),
        ],
    }
}

async fn insert_org(store: &Store, org: &Organisation) {
    store.write_tx(|tx| async move { repo::organisations::insert(&*tx, org, default_now()).await }).await.unwrap();
}

async fn insert_person(store: &Store, keys: &KeyRing, p: &Person, org: OrganisationId) -> Result<(), StoreError> {
    store.write_tx(|tx| async move { repo::persons::insert(&*tx, keys, p, org, default_now()).await }).await
}

#[tokio::test]
async fn persons_round_trip_and_are_encrypted_at_rest() {
    let db = TestDatabase::new().await;
    let store = db.store().await;
    let keys = KeyRing::generate();
    let org = organisation("Registry", OrganisationKind::DonorRegistry, "IN");
    insert_org(&store, &org).await;
    let priya = person("Priya Sharma", "Priya.Sharma@Example.ORG");
    insert_person(&store, &keys, &priya, org.id).await.unwrap();

    let access = IdentityAccess::for_system(priya.id, "test");
    let (read, owner) = repo::persons::read(store.read(), &keys, &access).await.unwrap().expect("stored");
    assert_eq!(read, priya);
    assert_eq!(owner, org.id);
    assert_eq!(read.first_name(), "Priya");

    // Found by e-mail in any letter case, through the blind index.
    let upper = Email::parse("PRIYA.SHARMA@example.org").unwrap();
    let found = repo::persons::find_id_by_email(store.read(), &keys, &upper).await.unwrap();
    assert_eq!(found, Some(priya.id));

    // No identity value is readable in the stored row.
    let row = entities::persons::Entity::find_by_id(priya.id.as_uuid()).one(store.read()).await.unwrap().expect("row");
    let stored = format!("{row:?}");
    let raw: Vec<&Vec<u8>> = [
        Some(&row.legal_name),
        Some(&row.email),
        row.town.as_ref(),
        row.phone.as_ref(),
        row.other_identifiers.as_ref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    for secret in ["Priya", "Sharma", "Pune", "98220", "Ruby Hall", "example.org", "1990"] {
        assert!(!stored.contains(secret), "{secret} visible in {stored}");
        assert!(
            raw.iter().all(|bytes| !bytes.windows(secret.len()).any(|w| w == secret.as_bytes())),
            "{secret} in ciphertext"
        );
    }

    // Another key ring cannot read it.
    let wrong = KeyRing::generate();
    assert!(matches!(repo::persons::read(store.read(), &wrong, &access).await, Err(StoreError::Crypto(_))));
}

#[tokio::test]
async fn a_second_person_with_the_same_email_is_refused_and_nothing_is_written() {
    let db = TestDatabase::new().await;
    let store = db.store().await;
    let keys = KeyRing::generate();
    let org = organisation("Registry", OrganisationKind::DonorRegistry, "IN");
    insert_org(&store, &org).await;
    insert_person(&store, &keys, &person("Priya Sharma", "priya@example.org"), org.id).await.unwrap();
    let twin = person("Other Person", "PRIYA@example.org");
    let refused = insert_person(&store, &keys, &twin, org.id).await;
    assert!(matches!(refused, Err(StoreError::Duplicate("e-mail address"))), "{refused:?}");
    let access = IdentityAccess::for_system(twin.id, "test");
    assert!(repo::persons::read(store.read(), &keys, &access).await.unwrap().is_none());
}

#[tokio::test]
async fn a_failing_write_transaction_leaves_nothing_behind() {
    let db = TestDatabase::new().await;
    let store = db.store().await;
    let org = organisation("Centre", OrganisationKind::TransplantCentre, "DE");
    let result: Result<(), StoreError> = store
        .write_tx(|tx| {
            let org = &org;
            async move {
                repo::organisations::insert(&*tx, org, default_now()).await?;
                Err(StoreError::Duplicate("anything"))
            }
        })
        .await;
    assert!(result.is_err());
    assert_eq!(repo::organisations::count(store.read()).await.unwrap(), 0);
}

#[tokio::test]
async fn pairings_participants_and_references_round_trip() {
    let db = TestDatabase::new().await;
    let store = db.store().await;
    let keys = KeyRing::generate();
    let registry = organisation("Registry", OrganisationKind::DonorRegistry, "IN");
    let centre = organisation("Centre", OrganisationKind::TransplantCentre, "DE");
    insert_org(&store, &registry).await;
    insert_org(&store, &centre).await;
    let donor = person("Priya Sharma", "priya@example.org");
    let parent = person("Anna Vogel", "anna@example.org");
    insert_person(&store, &keys, &donor, registry.id).await.unwrap();
    insert_person(&store, &keys, &parent, centre.id).await.unwrap();

    let pairing = Pairing {
        id: PairingId::random(),
        reference: PairingReference::generate(&mut rand::rng()),
        donor_organisation: registry.id,
        patient_organisation: None,
        transplant_centre: None,
        transplant_date: None,
        created_at: default_now(),
        external_reference: None,
        donor_residence: None,
        patient_residence: None,
        closed_at: None,
    };
    let donor_participant =
        Participant { id: ParticipantId::random(), pairing: pairing.id, person: donor.id, role: Role::Donor };
    let proxy = Participant {
        id: ParticipantId::random(),
        pairing: pairing.id,
        person: parent.id,
        role: Role::Proxy(ProxyRelation::Parent),
    };
    let transplant = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
    store
        .write_tx(|tx| {
            let (pairing, donor_participant, proxy) = (&pairing, &donor_participant, &proxy);
            let centre = centre.id;
            async move {
                repo::pairings::insert(&*tx, pairing).await?;
                repo::pairings::add_participant(&*tx, donor_participant, default_now()).await?;
                repo::pairings::set_patient_organisation(&*tx, pairing.id, centre).await?;
                repo::pairings::set_transplant_date(&*tx, pairing.id, transplant).await?;
                repo::pairings::add_participant(&*tx, proxy, default_now()).await
            }
        })
        .await
        .unwrap();

    let read = repo::pairings::get(store.read(), pairing.id).await.unwrap().expect("stored");
    assert_eq!(read.patient_organisation, Some(centre.id));
    assert_eq!(read.transplant_date, Some(transplant));
    let by_reference = repo::pairings::find_by_reference(store.read(), &pairing.reference).await.unwrap();
    assert_eq!(by_reference.map(|p| p.id), Some(pairing.id));
    let participants = repo::pairings::participants(store.read(), pairing.id).await.unwrap();
    assert_eq!(participants.len(), 2);
    assert!(participants.contains(&proxy) && participants.contains(&donor_participant));

    // The same person cannot take part twice in one pairing.
    let again = Participant { id: ParticipantId::random(), ..donor_participant.clone() };
    let refused = store
        .write_tx(|tx| {
            let again = &again;
            async move { repo::pairings::add_participant(&*tx, again, default_now()).await }
        })
        .await;
    assert!(matches!(refused, Err(StoreError::Duplicate(_))), "{refused:?}");
}

/// 16 tasks each read a counter and write it back plus one, all at once. SQLite must not answer
/// "database is locked"; PostgreSQL must not lose an update; the result is exactly 16 on both.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_read_then_write_transactions_lose_no_update() {
    let db = TestDatabase::new().await;
    let store = Arc::new(db.store().await);
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let store = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            store
                .write_tx(|tx| async move {
                    let current: u32 = repo::settings::get(&*tx, "counter").await?.map_or(0, |v| v.parse().unwrap());
                    // Give the other tasks every chance to interleave between the read and the write.
                    tokio::task::yield_now().await;
                    repo::settings::put(&*tx, "counter", &(current + 1).to_string(), default_now()).await
                })
                .await
        }));
    }
    for task in tasks {
        task.await.expect("task").expect("no locked database, no unretried conflict");
    }
    let total = repo::settings::get(store.read(), "counter").await.unwrap();
    assert_eq!(total.as_deref(), Some("16"));
}

/// Instances started together on one empty database take turns migrating: none fails, and the schema
/// is there once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn instances_starting_together_on_an_empty_database_all_migrate() {
    let db = TestDatabase::new().await;
    let mut starts = tokio::task::JoinSet::new();
    for _ in 0..4 {
        let url = db.url().clone();
        starts.spawn(async move {
            let store = Store::connect(&url, &twinbridge_store::ConnectSettings::default()).await?;
            store.migrate().await?;
            Ok::<_, StoreError>(store)
        });
    }
    let stores: Vec<Store> =
        starts.join_all().await.into_iter().map(|started| started.expect("every instance migrates")).collect();
    assert!(entities::organisations::Entity::find().all(stores[0].read()).await.unwrap().is_empty());
    for store in stores {
        store.close().await.unwrap();
    }
}
