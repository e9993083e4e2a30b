//! The versions the database keeps of what the contact rules read (m0033, ADR 0027). A letter's write
//! transaction trusts the facts it read before it only while the pairing's stamp is unchanged, and pages
//! take a pairing's standing kept under its stamp (ADR 0028), so every change of such a fact must change
//! the stamp: each kind of row, each kind of change, on both databases.

use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter};
use twinbridge_domain::PairingId;
use twinbridge_domain::clock::Clock;
use twinbridge_store::entities::{
    consents, donations, organisation_policies, organisations, pairings, participants, patient_statuses,
    release_requests,
};
use twinbridge_store::repo;
use twinbridge_store::repo::pairings::FactsStamp;
use twinbridge_test_support::TestApp;
use uuid::Uuid;

async fn stamp(app: &TestApp, pairing: Uuid) -> FactsStamp {
    repo::pairings::facts_stamp(app.store.read(), PairingId::from_uuid(pairing)).await.unwrap().expect("exists")
}

fn organisations_of(p: &pairings::Model) -> Vec<Uuid> {
    [Some(p.donor_organisation_id), p.patient_organisation_id, p.transplant_centre_id].into_iter().flatten().collect()
}

/// Two demo pairings, and an organisation of the first that has no part in the second.
async fn two_pairings(app: &TestApp) -> (Uuid, Uuid, Uuid) {
    let all = pairings::Entity::find().all(app.store.read()).await.unwrap();
    for mine in &all {
        for theirs in all.iter().filter(|p| p.id != mine.id) {
            let shared = organisations_of(theirs);
            if let Some(own) = organisations_of(mine).into_iter().find(|o| !shared.contains(o)) {
                return (mine.id, theirs.id, own);
            }
        }
    }
    panic!("the demo has pairings of different organisations")
}

/// Runs `change` and tells whether it changed the stamp of `pairing`, and asserts it left `other`'s alone.
async fn changes<F: std::future::Future<Output = ()>>(app: &TestApp, pairing: Uuid, other: Uuid, change: F) -> bool {
    let (before, other_before) = (stamp(app, pairing).await, stamp(app, other).await);
    change.await;
    assert_eq!(stamp(app, other).await, other_before, "another pairing's stamp stays");
    stamp(app, pairing).await != before
}

/// Adds `row` (of `entity`), changes it, removes it: each of the three changes the stamp.
macro_rules! each_change_of_a_row_counts {
    ($app:expr, $pairing:expr, $other:expr, $entity:ident, $row:expr) => {{
        let (app, pairing, other) = (&$app, $pairing, $other);
        let row: $entity::Model = $row;
        let id = row.id;
        let db = app.store.read();
        assert!(
            changes(app, pairing, other, async {
                $entity::Entity::insert(row.into_active_model()).exec_without_returning(db).await.unwrap();
            })
            .await,
            "adding a row of {}",
            stringify!($entity)
        );
        assert!(
            changes(app, pairing, other, async {
                $entity::Entity::update_many()
                    .col_expr($entity::Column::PairingId, Expr::value(pairing))
                    .filter($entity::Column::Id.eq(id))
                    .exec(db)
                    .await
                    .unwrap();
            })
            .await,
            "changing a row of {}",
            stringify!($entity)
        );
        assert!(
            changes(app, pairing, other, async {
                $entity::Entity::delete_by_id(id).exec(db).await.unwrap();
            })
            .await,
            "removing a row of {}",
            stringify!($entity)
        );
    }};
}

#[tokio::test]
async fn every_change_of_a_fact_the_rules_read_changes_the_pairings_stamp() {
    let app = TestApp::spawn_demo().await;
    let db = app.store.read();
    let (pairing, other, _) = two_pairings(&app).await;
    let in_pairing = |id: Uuid| participants::Column::PairingId.eq(id);
    let my_participant = participants::Entity::find().filter(in_pairing(pairing)).one(db).await.unwrap().unwrap();

    // A participant: someone of the other pairing joins this one.
    let mut joining = participants::Entity::find().filter(in_pairing(other)).one(db).await.unwrap().unwrap();
    joining.id = Uuid::new_v4();
    joining.pairing_id = pairing;
    each_change_of_a_row_counts!(app, pairing, other, participants, joining);

    let mut consent = consents::Entity::find().one(db).await.unwrap().expect("the demo records consents");
    consent.id = Uuid::new_v4();
    consent.pairing_id = pairing;
    consent.participant_id = my_participant.id;
    consent.version = 1000;
    each_change_of_a_row_counts!(app, pairing, other, consents, consent);

    let mut donation = donations::Entity::find().one(db).await.unwrap().expect("the demo records donations");
    donation.id = Uuid::new_v4();
    donation.pairing_id = pairing;
    each_change_of_a_row_counts!(app, pairing, other, donations, donation);

    let mut status = patient_statuses::Entity::find().one(db).await.unwrap().expect("the demo records statuses");
    status.id = Uuid::new_v4();
    status.pairing_id = pairing;
    each_change_of_a_row_counts!(app, pairing, other, patient_statuses, status);

    let now = app.clock.now();
    let request = release_request(pairing, my_participant.id, "stopped", now);
    each_change_of_a_row_counts!(app, pairing, other, release_requests, request);

    // The pairing's own facts count; its other columns do not.
    let set = |column: pairings::Column, value: sea_orm::Value| async move {
        pairings::Entity::update_many()
            .col_expr(column, Expr::value(value))
            .filter(pairings::Column::Id.eq(pairing))
            .exec(db)
            .await
            .unwrap();
    };
    let day = now.date_naive();
    assert!(changes(&app, pairing, other, set(pairings::Column::TransplantDate, day.into())).await);
    assert!(changes(&app, pairing, other, set(pairings::Column::PatientResidence, Some("CH").into())).await);
    assert!(changes(&app, pairing, other, set(pairings::Column::ClosedAt, Some(now).into())).await);
    assert!(!changes(&app, pairing, other, set(pairings::Column::ExternalReference, Some("R-1").into())).await);
}

#[tokio::test]
async fn a_change_of_an_organisations_rules_changes_the_stamps_of_its_pairings() {
    let app = TestApp::spawn_demo().await;
    let db = app.store.read();
    let (pairing, other, registry) = two_pairings(&app).await;
    let set = |column: organisations::Column, value: sea_orm::Value| async move {
        organisations::Entity::update_many()
            .col_expr(column, Expr::value(value))
            .filter(organisations::Column::Id.eq(registry))
            .exec(db)
            .await
            .unwrap();
    };
    assert!(changes(&app, pairing, other, set(organisations::Column::PolicyEntry, Some("CH SBSC").into())).await);
    assert!(changes(&app, pairing, other, set(organisations::Column::Country, "CH".into())).await);
    assert!(!changes(&app, pairing, other, set(organisations::Column::Name, "Renamed Registry".into())).await);

    // Its own policy: set, changed, removed.
    let policy = organisation_policies::Model {
        organisation_id: registry,
        policy: "{}".into(),
        source: "https://registry.example/policy".into(),
        updated_by: Uuid::new_v4(),
        updated_at: app.clock.now(),
    };
    assert!(
        changes(&app, pairing, other, async {
            policy.clone().into_active_model().insert(db).await.unwrap();
        })
        .await
    );
    let change_source = async {
        organisation_policies::Entity::update_many()
            .col_expr(organisation_policies::Column::Source, Expr::value("https://registry.example/v2"))
            .filter(organisation_policies::Column::OrganisationId.eq(registry))
            .exec(db)
            .await
            .unwrap();
    };
    assert!(changes(&app, pairing, other, change_source).await);
    assert!(
        changes(&app, pairing, other, async {
            organisation_policies::Entity::delete_by_id(registry).exec(db).await.unwrap();
        })
        .await
    );
}

/// Letters are not in the stamp: the letter check reads them inside its transaction every time, and
/// letters come and go far more often than the rest (a stamp that changed with each would send every
/// simultaneous letter of a pairing to the slow path).
#[tokio::test]
async fn a_letter_leaves_the_stamp_alone() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, mine) = app.api(&donor, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let id: Uuid = mine[0]["id"].as_str().unwrap().parse().unwrap();
    let before = stamp(&app, id).await;
    let body = serde_json::json!({"body": "Thinking of you, and hoping the days are kind.", "language": "en"});
    let (status, letter) =
        app.api(&donor, reqwest::Method::POST, &format!("/api/v1/pairings/{id}/letters"), Some(body)).await;
    assert_eq!(status, 201, "{letter}");
    assert_eq!(stamp(&app, id).await, before);
}

/// The letter check's facts read ahead of its transaction: used when nothing changed since, read anew
/// when something did (here the patient's consent, changed between the two moments), with the letters
/// always as they are inside the transaction.
#[tokio::test]
async fn facts_read_ahead_give_way_to_a_change_made_after_them() {
    use twinbridge::services::policy::ReadAhead;
    use twinbridge_domain::consent::ConsentLevel;
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let (_, mine) = app.api(&donor, reqwest::Method::GET, "/api/v1/pairings", None).await;
    let id: PairingId = mine[0]["id"].as_str().unwrap().parse().unwrap();
    let now_in_a_transaction = |ahead: ReadAhead| {
        let store = app.store.clone();
        async move {
            store
                .write_tx(|tx| {
                    let ahead = ahead.clone();
                    async move { Ok::<_, twinbridge_store::StoreError>(ahead.facts_now(&*tx).await.unwrap().unwrap()) }
                })
                .await
                .unwrap()
        }
    };
    let fresh = || async {
        twinbridge::services::policy::facts_of(app.store.read(), &pairing_of(&app, id).await).await.unwrap()
    };

    // Nothing changed: the facts read ahead, with the letters as they are now (one was sent meanwhile).
    let ahead = ReadAhead::read(app.store.read(), &app.state.standings, id).await.unwrap().unwrap();
    let body = serde_json::json!({"body": "Thinking of you, and hoping the days are kind.", "language": "en"});
    let path = format!("/api/v1/pairings/{id}/letters");
    assert_eq!(app.api(&donor, reqwest::Method::POST, &path, Some(body)).await.0, 201);
    let (_, _, facts) = now_in_a_transaction(ahead).await;
    assert_eq!(facts, fresh().await.1);
    assert!(facts.donor_letters.sent > 0, "the letter sent after the read ahead counts");

    // The patient withdraws consent after the read ahead: the transaction sees it.
    let ahead = ReadAhead::read(app.store.read(), &app.state.standings, id).await.unwrap().unwrap();
    let consent = format!("/api/v1/pairings/{id}/consent");
    let level = serde_json::json!({"level": "no_contact"});
    assert_eq!(app.api(&patient, reqwest::Method::PUT, &consent, Some(level)).await.0, 200);
    let (_, _, facts) = now_in_a_transaction(ahead).await;
    assert_eq!(facts.patient_consent, Some(ConsentLevel::NoContact));
    assert_eq!(facts, fresh().await.1);
}

/// A release request of the donor side in `pairing`, made at `at`, with only the donor's counselling
/// attested.
fn release_request(
    pairing: Uuid,
    requester: Uuid,
    status: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> release_requests::Model {
    release_requests::Model {
        id: Uuid::new_v4(),
        pairing_id: pairing,
        requested_by: requester,
        requester_side: "donor".into(),
        status: status.into(),
        donor_signed: false,
        patient_signed: false,
        donor_counselled: true,
        patient_counselled: false,
        patient_well: false,
        no_further_donation: false,
        donor_agreement: false,
        patient_agreement: false,
        donor_signed_by: None,
        patient_signed_by: None,
        stop_reason: None,
        created_at: at,
        updated_at: at,
        ended_at: (status == "stopped").then_some(at),
    }
}

async fn pairing_of(app: &TestApp, id: PairingId) -> twinbridge_domain::Pairing {
    repo::pairings::get(app.store.read(), id).await.unwrap().unwrap()
}

/// The pairing's rules as a page evaluates them (through the standings kept under stamps), for its
/// donor side's coordinator, with the pairing and its participants as they are now.
async fn evaluated_now(app: &TestApp, id: PairingId) -> twinbridge::services::policy::Evaluated {
    let (pairing, participants) = repo::pairings::with_participants(app.store.read(), id).await.unwrap().unwrap();
    let relation = twinbridge_domain::access::Relation::DonorSideStaff;
    let visible = twinbridge::services::pairings::VisiblePairing { pairing, relation, participants };
    twinbridge::services::policy::evaluate(&app.state, &visible).await.unwrap()
}

/// A kept standing serves only while nothing in it changed: changes made behind the services' back (a
/// hand fix, another instance) are seen by the next page, as if nothing were kept. Each step compares with
/// the facts read afresh, and checks that the step did change what the rules read.
#[tokio::test]
async fn a_kept_standing_gives_way_to_every_change_of_what_it_holds() {
    use twinbridge_domain::consent::ConsentLevel;
    let app = TestApp::spawn_demo().await;
    let db = app.store.read();
    let (pairing, _, _) = two_pairings(&app).await;
    let id = PairingId::from_uuid(pairing);
    let fresh = || async {
        twinbridge::services::policy::facts_of(app.store.read(), &pairing_of(&app, id).await).await.unwrap().1
    };
    let first = evaluated_now(&app, id).await;
    assert_eq!(first.facts, fresh().await);
    assert_eq!(evaluated_now(&app, id).await.facts, first.facts, "kept and read agree while nothing changes");

    // Every consent of the pairing becomes "no contact".
    consents::Entity::update_many()
        .col_expr(consents::Column::Level, Expr::value(ConsentLevel::NoContact.as_str()))
        .filter(consents::Column::PairingId.eq(pairing))
        .exec(db)
        .await
        .unwrap();
    let now = evaluated_now(&app, id).await;
    assert_eq!(now.facts, fresh().await);
    assert_ne!(now.facts.donor_consent, first.facts.donor_consent, "the demo pairing's donor had consented");
    assert!(now.consents.values().all(|c| c.level() == ConsentLevel::NoContact));

    // A donation twenty years later.
    let mut donation = donations::Entity::find().one(db).await.unwrap().expect("the demo records donations");
    donation.id = Uuid::new_v4();
    donation.pairing_id = pairing;
    donation.collected_on = donation.collected_on + chrono::Days::new(20 * 365);
    donations::Entity::insert(donation.into_active_model()).exec_without_returning(db).await.unwrap();
    let before = now;
    let now = evaluated_now(&app, id).await;
    assert_eq!(now.facts, fresh().await);
    assert_ne!(now.facts.donations, before.facts.donations);

    // A release request appears.
    let at = app.clock.now();
    let requester = participants::Entity::find()
        .filter(participants::Column::PairingId.eq(pairing))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let request = release_request(pairing, requester.id, "requested", at);
    let request_id = request.id;
    release_requests::Entity::insert(request.into_active_model()).exec_without_returning(db).await.unwrap();
    let now = evaluated_now(&app, id).await;
    assert_eq!(now.facts, fresh().await);
    assert_eq!(now.requests.len(), before.requests.len() + 1);
    assert!(now.live_request().is_some_and(|r| r.id.as_uuid() == request_id));

    // The pairing's donor side moves to an organisation of the other pairing, after a page read the
    // pairing but before it read the stamp: what it reads under the new stamp is for the old
    // organisations, and the next page, with the moved pairing, does not take it for the new ones.
    let (moved, participants) = repo::pairings::with_participants(db, id).await.unwrap().unwrap();
    let old_registry = moved.donor_organisation.as_uuid();
    let all = organisations::Entity::find().all(db).await.unwrap();
    let old_country = all.iter().find(|o| o.id == old_registry).unwrap().country.clone();
    let involved = organisations_of(&pairings::Entity::find_by_id(pairing).one(db).await.unwrap().unwrap());
    let elsewhere = all
        .into_iter()
        .find(|o| !involved.contains(&o.id) && o.country != old_country && o.policy_entry.is_some())
        .expect("the demo has organisations in several countries");
    let relation = twinbridge_domain::access::Relation::DonorSideStaff;
    let before_move = twinbridge::services::pairings::VisiblePairing { pairing: moved, relation, participants };
    pairings::Entity::update_many()
        .col_expr(pairings::Column::DonorOrganisationId, Expr::value(elsewhere.id))
        .filter(pairings::Column::Id.eq(pairing))
        .exec(db)
        .await
        .unwrap();
    twinbridge::services::policy::evaluate(&app.state, &before_move).await.unwrap();
    let now = evaluated_now(&app, id).await;
    assert_eq!(now.facts, fresh().await);
    assert_ne!(now.facts.parties, before.facts.parties, "the donor side's rules are the new registry's");
}
