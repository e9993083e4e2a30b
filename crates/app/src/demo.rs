//! Demo data for `serve --demo` (the organisations, people and pairings listed in `interfaces.md`).
//!
//! A demo database is marked as such, and the mark is checked on every start: `serve` without `--demo`
//! refuses it (its demo accounts have published passwords), and `--demo` refuses a database that holds
//! anything else.
//!
//! Seeding is a list of numbered steps; the database remembers the last step applied and a start applies
//! only the newer ones, all in one transaction. A later feature (sign-in accounts, letters) adds a step
//! and existing demo databases gain it on their next start without duplicating what is there.
//! Dates are relative to "today" of the clock, so the demo shows the same situations on any day.

use chrono::{Months, NaiveDate, TimeDelta};
use twinbridge_crypto::KeyRing;
use twinbridge_domain::person::DateOfBirth;
use twinbridge_domain::person::Sex;
use twinbridge_domain::{AccountId, AccountKind, StaffRole};
use twinbridge_domain::{
    Clock, CountryCode, Donation, DonationId, Email, Language, Organisation, OrganisationId, OrganisationKind,
    OrganisationName, Pairing, Participant, ParticipantId, PatientStatus, PatientStatusEntry, PatientStatusId, Person,
    PersonId, PersonName, Product, Role,
};
use twinbridge_store::repo::accounts::NewAccount;
use twinbridge_store::{Store, StoreError, WriteTx, repo};

use crate::web::i18n::Lang;

use crate::startup::{Mode, StartError};

const DEMO_MARKER: &str = "demo";
const DEMO_SEED_STEP: &str = "demo_seed_step";

/// The organisations of the demo, as (name, kind, country, rule-data entry it follows).
const ORGANISATIONS: [(&str, OrganisationKind, &str, &str); 3] = [
    ("Demo Donor Registry India", OrganisationKind::DonorRegistry, "IN", "IN DKMS-BMST"),
    ("Demo Transplant Centre Germany", OrganisationKind::TransplantCentre, "DE", "DE German Standards"),
    ("Demo Transplant Centre France", OrganisationKind::TransplantCentre, "FR", "FR France Greffe de Moelle"),
];

/// One demo person: e-mail, full name, town, country, language, day of birth, sex.
struct DemoPerson {
    email: &'static str,
    name: &'static str,
    town: &'static str,
    country: &'static str,
    language: &'static str,
    born: (i32, u32, u32),
    sex: Sex,
}

/// One demo pairing: donor, patient, the patient's organisation (index into [`ORGANISATIONS`]), the
/// product and how many months before today it was collected.
struct DemoPairing {
    donor: DemoPerson,
    patient: DemoPerson,
    patient_organisation: usize,
    product: Product,
    months_ago: u32,
}

const PAIRINGS: [DemoPairing; 3] = [
    DemoPairing {
        donor: DemoPerson {
            email: "donor@twinbridge.test",
            name: "Aarav Mehta",
            sex: Sex::Male,
            town: "Pune",
            country: "IN",
            language: "hi",
            born: (1994, 3, 12),
        },
        patient: DemoPerson {
            email: "patient@twinbridge.test",
            name: "Lena Vogel",
            sex: Sex::Female,
            town: "Regensburg",
            country: "DE",
            language: "de",
            born: (1981, 9, 30),
        },
        patient_organisation: 1,
        product: Product::Pbsc,
        months_ago: 8,
    },
    DemoPairing {
        donor: DemoPerson {
            email: "donor2@twinbridge.test",
            name: "Rohan Iyer",
            sex: Sex::Male,
            town: "Chennai",
            country: "IN",
            language: "en",
            born: (1990, 7, 4),
        },
        patient: DemoPerson {
            email: "patient2@twinbridge.test",
            name: "Sophie Brandt",
            sex: Sex::Female,
            town: "Heidelberg",
            country: "DE",
            language: "de",
            born: (1976, 1, 22),
        },
        patient_organisation: 1,
        product: Product::Pbsc,
        months_ago: 26,
    },
    DemoPairing {
        donor: DemoPerson {
            email: "donor3@twinbridge.test",
            name: "Kavya Nair",
            sex: Sex::Female,
            town: "Kochi",
            country: "IN",
            language: "en",
            born: (1997, 11, 2),
        },
        patient: DemoPerson {
            email: "patient3@twinbridge.test",
            name: "Camille Martin",
            sex: Sex::Female,
            town: "Lyon",
            country: "FR",
            language: "fr",
            born: (1988, 5, 17),
        },
        patient_organisation: 2,
        product: Product::BoneMarrow,
        months_ago: 10,
    },
];

/// The published password of every demo account (demo mode only).
pub const DEMO_PASSWORD: &str = "twinbridge-demo";
/// The published TOTP secret (base32) of every demo staff account (demo mode only).
pub const DEMO_TOTP_SECRET: &str = "JBSWY3DPEHPK3PXP";

/// The demo staff: e-mail, display name, organisation (index into [`ORGANISATIONS`]), role.
const STAFF: [(&str, &str, usize, StaffRole); 4] = [
    ("registry.coordinator@twinbridge.test", "Registry Coordinator", 0, StaffRole::Coordinator),
    ("centre.coordinator@twinbridge.test", "Centre Coordinator", 1, StaffRole::Coordinator),
    ("admin@twinbridge.test", "Registry Administrator", 0, StaffRole::Administrator),
    ("france.coordinator@twinbridge.test", "France Coordinator", 2, StaffRole::Coordinator),
];

/// The demo auditor (step 3): reads the audit trail of the Indian registry.
const AUDITOR: (&str, &str, usize) = ("auditor@twinbridge.test", "Registry Auditor", 0);

/// The newest seed step; raise it when adding one to [`apply_step`].
const LATEST_STEP: u32 = 6;

/// Checks the demo marker against `mode` and, in demo mode, applies the seed steps the database lacks.
pub async fn prepare(store: &Store, keys: &KeyRing, clock: &dyn Clock, mode: Mode) -> Result<(), StartError> {
    let marked = repo::settings::get(store.read(), DEMO_MARKER).await?.as_deref() == Some("true");
    match mode {
        Mode::Production if marked => Err(StartError::Refused(
            "this database holds demo data with published passwords (it was created with --demo); start it with --demo, or use another database for real data".into(),
        )),
        Mode::Production => Ok(()),
        Mode::Demo => {
            if !marked && repo::organisations::count(store.read()).await? > 0 {
                return Err(StartError::Refused(
                    "--demo needs an empty database or one created with --demo, and this one holds other data".into(),
                ));
            }
            seed(store, keys, clock).await.map_err(StartError::from)
        }
    }
}

/// Marks the database as a demo and applies every seed step newer than the last one applied.
pub async fn seed(store: &Store, keys: &KeyRing, clock: &dyn Clock) -> Result<(), StoreError> {
    let now = clock.now();
    let password_hash = tokio::task::spawn_blocking(|| twinbridge_crypto::secrets::hash_password(DEMO_PASSWORD))
        .await
        .unwrap_or_default();
    let password_hash = &password_hash;
    let applied = store
        .write_tx(|tx| async move {
            repo::settings::put(&*tx, DEMO_MARKER, "true", now).await?;
            let done: u32 = repo::settings::get(&*tx, DEMO_SEED_STEP).await?.and_then(|v| v.parse().ok()).unwrap_or(0);
            for step in (done + 1)..=LATEST_STEP {
                apply_step(&tx, keys, clock, step, password_hash).await?;
            }
            repo::settings::put(&*tx, DEMO_SEED_STEP, &LATEST_STEP.to_string(), now).await?;
            Ok::<_, StoreError>(LATEST_STEP.saturating_sub(done))
        })
        .await?;
    if applied > 0 {
        tracing::info!(steps = applied, "seeded demo data");
    }
    Ok(())
}

async fn apply_step(
    tx: &WriteTx,
    keys: &KeyRing,
    clock: &dyn Clock,
    step: u32,
    password_hash: &str,
) -> Result<(), StoreError> {
    match step {
        1 => seed_core(tx, keys, clock).await,
        2 => seed_accounts(tx, keys, clock, password_hash).await,
        3 => seed_auditor(tx, keys, clock, password_hash).await,
        4 => seed_letters(tx, keys, clock).await,
        5 => seed_consents(tx, clock).await,
        6 => seed_more_situations(tx, keys, clock, password_hash).await,
        _ => Ok(()),
    }
}

/// A demo staff account with the published password and TOTP secret, and its role.
async fn staff_account(
    tx: &WriteTx,
    keys: &KeyRing,
    (email, name): (&str, &str),
    organisation: OrganisationId,
    role: StaffRole,
    password_hash: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let email = parsed(Email::parse(email))?;
    let name = parsed(PersonName::parse(name))?;
    let account = NewAccount {
        id: AccountId::random(),
        kind: AccountKind::Staff,
        person: None,
        email: &email,
        display_name: Some(&name),
        password_hash: Some(password_hash.to_owned()),
        totp_secret: Some(DEMO_TOTP_SECRET),
        language: None,
    };
    repo::accounts::insert(&**tx, keys, &account, now).await?;
    repo::accounts::add_role(&**tx, account.id, organisation, role, now).await
}

/// A demo participant's account with the published password.
async fn participant_account(
    tx: &WriteTx,
    keys: &KeyRing,
    person: PersonId,
    email: &Email,
    language: &str,
    password_hash: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let account = NewAccount {
        id: AccountId::random(),
        kind: AccountKind::Participant,
        person: Some(person),
        email,
        display_name: None,
        password_hash: Some(password_hash.to_owned()),
        totp_secret: None,
        language: Some(language).filter(|l| Lang::from_code(l).is_some()),
    };
    repo::accounts::insert(&**tx, keys, &account, now).await
}

/// Step 2: sign-in accounts for every demo participant and the demo staff.
async fn seed_accounts(tx: &WriteTx, keys: &KeyRing, clock: &dyn Clock, password_hash: &str) -> Result<(), StoreError> {
    let now = clock.now();
    for demo in &PAIRINGS {
        for who in [&demo.donor, &demo.patient] {
            let email = parsed(Email::parse(who.email))?;
            let Some(person) = repo::persons::find_id_by_email(&**tx, keys, &email).await? else { continue };
            participant_account(tx, keys, person, &email, who.language, password_hash, now).await?;
        }
    }
    let organisations = repo::organisations::list(&**tx).await?;
    for (email, name, org_index, role) in STAFF {
        let Some(org) = organisations.iter().find(|o| o.name.as_str() == ORGANISATIONS[org_index].0) else { continue };
        staff_account(tx, keys, (email, name), org.id, role, password_hash, now).await?;
    }
    Ok(())
}

/// The patient's letter to the donor, delivered after both reviews.
const PATIENT_LETTER: &str = "Liebe Spenderin, lieber Spender,\n\nseit der Transplantation sind einige Monate vergangen, und es geht mir jeden Tag ein wenig besser. Ich kann wieder spazieren gehen und habe angefangen, im Garten zu arbeiten. Ohne Ihre Spende wäre das alles nicht möglich. Danke, dass Sie sich registriert haben und bereit waren, einem fremden Menschen zu helfen.\n\nIn Dankbarkeit\nIhre Empfängerin";

/// The donor's answer, waiting for the donor side's review.
const DONOR_LETTER: &str = "Dear friend,\n\nthank you so much for your letter. It made my whole family very happy to hear that you are getting stronger. I often think of you and hope that you can enjoy your garden in the spring.\n\nWith warm wishes\nYour donor";

/// Step 4: letters in the first demo pairing: one from the patient, delivered to the donor, and the
/// donor's answer waiting in review.
async fn seed_letters(tx: &WriteTx, keys: &KeyRing, clock: &dyn Clock) -> Result<(), StoreError> {
    use twinbridge_domain::letter::{Decision, LetterStatus};
    use twinbridge_domain::rules::Side;
    use twinbridge_domain::{LetterId, ReviewId};
    use twinbridge_store::repo::letters::{Letter, Review};

    let now = clock.now();
    let donor_email = parsed(Email::parse(PAIRINGS[0].donor.email))?;
    let Some(donor) = repo::persons::find_id_by_email(&**tx, keys, &donor_email).await? else { return Ok(()) };
    let Some(participation) = repo::pairings::participations_of(&**tx, donor).await?.into_iter().next() else {
        return Ok(());
    };
    let participants = repo::pairings::participants(&**tx, participation.pairing).await?;
    let Some(patient) = participants.iter().find(|p| p.role == Role::Patient) else { return Ok(()) };
    let reviewer = |email: &'static str| async move {
        let email = parsed(Email::parse(email))?;
        Ok::<_, StoreError>(repo::accounts::find_by_email(&**tx, keys, &email).await?.map(|a| a.id))
    };
    let (Some(registry), Some(centre)) = (
        reviewer("registry.coordinator@twinbridge.test").await?,
        reviewer("centre.coordinator@twinbridge.test").await?,
    ) else {
        return Ok(());
    };
    let sent = now - TimeDelta::days(20);
    let delivered = Letter {
        id: LetterId::random(),
        pairing: participation.pairing,
        writer: Some(patient.id),
        writer_side: Side::Patient,
        language: "de".into(),
        in_reply_to: None,
        status: LetterStatus::Delivered,
        body: PATIENT_LETTER.into(),
        created_at: sent,
        submitted_at: Some(sent),
        delivered_at: Some(sent + TimeDelta::days(3)),
        read_at: None,
        entered_by: None,
        received_on: None,
        sent_at: None,
        health: None,
    };
    repo::letters::insert(&**tx, keys, &delivered).await?;
    for (side, account, days) in [(Side::Patient, centre, 1), (Side::Donor, registry, 3)] {
        let review = Review {
            id: ReviewId::random(),
            letter: delivered.id,
            side,
            reviewer: Some(account),
            decision: Decision::Approve,
            redactions: "[]".into(),
            note: None,
            approved_text: Some(PATIENT_LETTER.into()),
            passed_attachments: Vec::new(),
            created_at: sent + TimeDelta::days(days),
        };
        repo::letters::add_review(&**tx, keys, &review).await?;
    }
    let answer = Letter {
        id: LetterId::random(),
        pairing: participation.pairing,
        writer: Some(participation.id),
        writer_side: Side::Donor,
        language: "en".into(),
        in_reply_to: Some(delivered.id),
        status: LetterStatus::InReview(Side::Donor),
        body: DONOR_LETTER.into(),
        created_at: now - TimeDelta::days(2),
        submitted_at: Some(now - TimeDelta::days(2)),
        delivered_at: None,
        read_at: None,
        entered_by: None,
        received_on: None,
        sent_at: None,
        health: None,
    };
    repo::letters::insert(&**tx, keys, &answer).await
}

/// Step 6: a Swiss centre (one letter per side, release never) with a pairing, and a cord-blood pairing
/// (no contact at all), with accounts and consents like the others.
async fn seed_more_situations(
    tx: &WriteTx,
    keys: &KeyRing,
    clock: &dyn Clock,
    password_hash: &str,
) -> Result<(), StoreError> {
    use twinbridge_domain::consent::{Consent, ConsentLevel};
    let now = clock.now();
    let today = clock.today();
    let swiss = Organisation {
        id: OrganisationId::random(),
        name: parsed(OrganisationName::parse("Demo Transplant Centre Switzerland"))?,
        kind: OrganisationKind::TransplantCentre,
        country: parsed(CountryCode::parse("CH"))?,
        policy_entry: Some("CH Swiss Blood Stem Cells".into()),
        reviews_letters: true,
        offline: false,
    };
    repo::organisations::insert(&**tx, &swiss, now).await?;
    let organisations = repo::organisations::list(&**tx).await?;
    let find = |name: &str| organisations.iter().find(|o| o.name.as_str() == name).map(|o| o.id);
    let (Some(registry), Some(germany)) = (find(ORGANISATIONS[0].0), find(ORGANISATIONS[1].0)) else { return Ok(()) };
    let situations = [
        (
            DemoPerson {
                email: "donor4@twinbridge.test",
                name: "Ishaan Verma",
                sex: Sex::Male,
                town: "Jaipur",
                country: "IN",
                language: "en",
                born: (1992, 8, 19),
            },
            DemoPerson {
                email: "patient4@twinbridge.test",
                name: "Noah Keller",
                sex: Sex::Male,
                town: "Basel",
                country: "CH",
                language: "de",
                born: (1985, 2, 11),
            },
            swiss.id,
            Product::Pbsc,
            6,
        ),
        (
            DemoPerson {
                email: "donor5@twinbridge.test",
                name: "Ananya Rao",
                sex: Sex::Female,
                town: "Mysuru",
                country: "IN",
                language: "en",
                born: (1991, 12, 3),
            },
            DemoPerson {
                email: "patient5@twinbridge.test",
                name: "Mia Schulz",
                sex: Sex::Female,
                town: "Freiburg",
                country: "DE",
                language: "de",
                born: (2001, 6, 25),
            },
            germany,
            Product::CordBlood,
            5,
        ),
    ];
    for (donor, patient, patient_org, product, months) in situations {
        let collected = months_before(today, months);
        let pairing = Pairing::new(registry, Some(patient_org), collected.succ_opt(), now);
        repo::pairings::insert(&**tx, &pairing).await?;
        for (who, role, organisation) in [(&donor, Role::Donor, registry), (&patient, Role::Patient, patient_org)] {
            let person = demo_person(who, today)?;
            repo::persons::insert(&**tx, keys, &person, organisation, now).await?;
            let participant = Participant { id: ParticipantId::random(), pairing: pairing.id, person: person.id, role };
            repo::pairings::add_participant(&**tx, &participant, now).await?;
            participant_account(tx, keys, person.id, &person.email, who.language, password_hash, now).await?;
            repo::consents::record(
                &**tx,
                pairing.id,
                participant.id,
                &Consent::new(ConsentLevel::AnonymousLetters, []),
                None,
                now,
            )
            .await?;
        }
        let donation = Donation {
            id: DonationId::random(),
            pairing: pairing.id,
            product,
            collected_on: collected,
            donor_choice: None,
        };
        repo::donations::insert(&**tx, &donation, now).await?;
        let entry = PatientStatusEntry {
            id: PatientStatusId::random(),
            pairing: pairing.id,
            status: PatientStatus::Well,
            on: today - TimeDelta::days(30),
            recorded_at: now,
        };
        repo::patient_statuses::insert(&**tx, &entry).await?;
    }
    let who = ("switzerland.coordinator@twinbridge.test", "Switzerland Coordinator");
    staff_account(tx, keys, who, swiss.id, StaffRole::Coordinator, password_hash, now).await
}

/// Step 5: every demo participant's consent starts at anonymous letters.
async fn seed_consents(tx: &WriteTx, clock: &dyn Clock) -> Result<(), StoreError> {
    use twinbridge_domain::consent::{Consent, ConsentLevel};
    for pairing in repo::pairings::list(&**tx).await? {
        for participant in repo::pairings::participants(&**tx, pairing.id).await? {
            let consent = Consent::new(ConsentLevel::AnonymousLetters, []);
            repo::consents::record(&**tx, pairing.id, participant.id, &consent, None, clock.now()).await?;
        }
    }
    Ok(())
}

/// Step 3: an auditor for the Indian registry.
async fn seed_auditor(tx: &WriteTx, keys: &KeyRing, clock: &dyn Clock, password_hash: &str) -> Result<(), StoreError> {
    let (email, name, org_index) = AUDITOR;
    let organisations = repo::organisations::list(&**tx).await?;
    let Some(org) = organisations.iter().find(|o| o.name.as_str() == ORGANISATIONS[org_index].0) else { return Ok(()) };
    staff_account(tx, keys, (email, name), org.id, StaffRole::Auditor, password_hash, clock.now()).await
}

/// Step 1: organisations, persons, pairings, donations, patient status.
async fn seed_core(tx: &WriteTx, keys: &KeyRing, clock: &dyn Clock) -> Result<(), StoreError> {
    let now = clock.now();
    let today = clock.today();
    let mut organisation_ids = Vec::new();
    for (name, kind, country, policy) in ORGANISATIONS {
        let org = Organisation {
            id: OrganisationId::random(),
            name: parsed(OrganisationName::parse(name))?,
            kind,
            country: parsed(CountryCode::parse(country))?,
            policy_entry: Some(policy.to_owned()),
            reviews_letters: true,
            offline: false,
        };
        repo::organisations::insert(&**tx, &org, now).await?;
        organisation_ids.push(org.id);
    }
    let donor_registry = organisation_ids[0];

    for demo in &PAIRINGS {
        let collected = months_before(today, demo.months_ago);
        let patient_organisation = organisation_ids[demo.patient_organisation];
        let pairing = Pairing::new(donor_registry, Some(patient_organisation), collected.succ_opt(), now);
        repo::pairings::insert(&**tx, &pairing).await?;

        for (who, role, organisation) in
            [(&demo.donor, Role::Donor, donor_registry), (&demo.patient, Role::Patient, patient_organisation)]
        {
            let person = demo_person(who, today)?;
            repo::persons::insert(&**tx, keys, &person, organisation, now).await?;
            let participant = Participant { id: ParticipantId::random(), pairing: pairing.id, person: person.id, role };
            repo::pairings::add_participant(&**tx, &participant, now).await?;
        }

        let donation = Donation {
            id: DonationId::random(),
            pairing: pairing.id,
            product: demo.product,
            collected_on: collected,
            donor_choice: None,
        };
        repo::donations::insert(&**tx, &donation, now).await?;

        for (status, on) in
            [(PatientStatus::InTreatment, collected), (PatientStatus::Well, today - TimeDelta::days(30))]
        {
            let entry =
                PatientStatusEntry { id: PatientStatusId::random(), pairing: pairing.id, status, on, recorded_at: now };
            repo::patient_statuses::insert(&**tx, &entry).await?;
        }
    }
    Ok(())
}

fn demo_person(who: &DemoPerson, today: NaiveDate) -> Result<Person, StoreError> {
    let born = NaiveDate::from_ymd_opt(who.born.0, who.born.1, who.born.2).unwrap_or(NaiveDate::MIN);
    Ok(Person {
        id: PersonId::random(),
        legal_name: parsed(PersonName::parse(who.name))?,
        preferred_first_name: None,
        email: parsed(Email::parse(who.email))?,
        phone: None,
        postal_address: None,
        town: Some(parsed(PersonName::parse(who.town))?),
        country: parsed(CountryCode::parse(who.country))?,
        date_of_birth: Some(parsed(DateOfBirth::new(born, today))?),
        language: parsed(Language::parse(who.language))?,
        sex: Some(who.sex),
        other_identifiers: Vec::new(),
    })
}

/// The same day `months` calendar months earlier (the 31st becomes the month's last day).
fn months_before(today: NaiveDate, months: u32) -> NaiveDate {
    today.checked_sub_months(Months::new(months)).unwrap_or(today)
}

/// The demo's literals are valid; if one ever is not, say which kind instead of panicking.
fn parsed<T>(value: Result<T, twinbridge_domain::ParseError>) -> Result<T, StoreError> {
    value.map_err(|e| StoreError::corrupt("demo data", "literal", e))
}
