//! `twinbridge import pairings`: a registry's file in, all or nothing, every bad row reported, and the
//! same file again adds nothing.

use std::process::Output;

use twinbridge_test_support::TestDatabase;

use crate::cli::twinbridge;

fn run(db: &TestDatabase, args: &[&str]) -> Output {
    twinbridge()
        .current_dir(db.dir())
        .env("TWINBRIDGE_KEY_FILE", db.dir().join("twinbridge.keys"))
        .env("TWINBRIDGE_DATABASE_URL", db.url().to_string())
        .env("RUST_LOG", "warn")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn org(db: &TestDatabase, name: &str, kind: &str, country: &str) -> String {
    let added = run(db, &["org", "add", "--name", name, "--kind", kind, "--country", country]);
    assert_eq!(added.status.code(), Some(0), "{}", text(&added.stderr));
    text(&added.stdout).trim().to_owned()
}

fn import(db: &TestDatabase, registry: &str, name: &str, content: &str) -> Output {
    let file = db.dir().join(name);
    std::fs::write(&file, content).unwrap();
    run(db, &["import", "pairings", file.to_str().unwrap(), "--org", registry])
}

async fn counts(db: &TestDatabase) -> (u64, usize, usize) {
    let store = db.store().await;
    let conn = store.read();
    let pairings = twinbridge_store::repo::pairings::list(conn).await.unwrap();
    let mut donations = 0;
    for p in &pairings {
        donations += twinbridge_store::repo::donations::of_pairing(conn, p.id).await.unwrap().len();
    }
    let organisations = twinbridge_store::repo::organisations::list(conn).await.unwrap().len();
    let count = twinbridge_store::repo::pairings::count(conn).await.unwrap();
    store.close().await.unwrap();
    (count, donations, organisations)
}

#[tokio::test]
async fn a_registry_file_is_imported_once_and_bad_rows_reject_the_whole_file() {
    let db = TestDatabase::new().await;
    let registry = org(&db, "Registry Chennai", "donor_registry", "IN");
    let centre = org(&db, "Klinikum Süd", "transplant_centre", "DE");

    // A file with three bad rows: every one is reported with its line and column, nothing is stored.
    let bad = format!(
        "external_reference,donor_full_name,donor_email,donor_country,patient_organisation_id,product,collected_on,transplant_date\n\
         R-1,Lakshmi Iyer,lakshmi@example.org,IN,{centre},pbsc,2024-03-01,2024-03-02\n\
         R-2,Arjun Rao,arjun@example.org,IN,{centre},pbsc,2099-01-01,\n\
         R-3,Vikram Nair,not-an-address,IN,{centre},pbsc,2024-01-01,\n\
         R-4,Sana Khan,sana@example.org,IN,{centre},pbsc,2024-05-01,2024-04-01\n"
    );
    let refused = import(&db, &registry, "bad.csv", &bad);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused.stderr));
    let report = text(&refused.stdout);
    assert!(report.contains("line 3: collected_on:"), "{report}");
    assert!(report.contains("line 4: donor_email:"), "{report}");
    assert!(report.contains("line 5: transplant_date:"), "{report}");
    assert!(!report.contains("line 2"), "{report}");
    assert!(text(&refused.stderr).contains("nothing was imported"));
    assert_eq!(counts(&db).await, (0, 0, 2));

    // A good file: one pairing with a second donation (DLI), one with a centre not on Twinbridge (twice the
    // same centre in other letter case: one organisation).
    let good = format!(
        "external_reference,donor_full_name,donor_email,donor_country,donor_grid,patient_organisation_id,patient_organisation_name,patient_organisation_country,product,collected_on,transplant_date\n\
         R-1,Lakshmi Iyer,lakshmi@example.org,IN,,{centre},,,pbsc,2024-03-01,2024-03-02\n\
         R-1,Lakshmi Iyer,lakshmi@example.org,IN,,{centre},,,dli,2024-09-10,2024-03-02\n\
         R-5,\"Rao, Meera\",meera@example.org,IN,,,Hospital Sul,BR,bone-marrow,2023-11-11,\n\
         R-6,Kiran Das,kiran@example.org,IN,,,hospital sul,BR,pbsc,2024-02-02,\n"
    );
    let imported = import(&db, &registry, "good.csv", &good);
    assert_eq!(imported.status.code(), Some(0), "{}{}", text(&imported.stdout), text(&imported.stderr));
    assert!(text(&imported.stdout).contains("3 pairings created"), "{}", text(&imported.stdout));
    assert_eq!(counts(&db).await, (3, 4, 3));

    // The same file again changes nothing; a later file with one more donation adds only that.
    let again = import(&db, &registry, "good.csv", &good);
    assert_eq!(again.status.code(), Some(0));
    assert!(text(&again.stdout).contains("0 pairings created, 0 donations added, 3 pairings already present"));
    assert_eq!(counts(&db).await, (3, 4, 3));
    let later = "{\"external_reference\": \"R-1\", \"donor_full_name\": \"Lakshmi Iyer\", \"donor_email\": \"lakshmi@example.org\", \"donor_country\": \"IN\", \"patient_organisation_id\": \"CENTRE\", \"product\": \"dli\", \"collected_on\": \"2025-01-15\", \"transplant_date\": \"2024-03-02\"}\n"
        .replace("CENTRE", &centre);
    let more = import(&db, &registry, "later.jsonl", &later);
    assert_eq!(more.status.code(), Some(0), "{}{}", text(&more.stdout), text(&more.stderr));
    assert!(text(&more.stdout).contains("1 donations added"), "{}", text(&more.stdout));
    assert_eq!(counts(&db).await, (3, 5, 3));

    // Rows of one pairing that disagree are refused; so are unknown columns and a registry that is none.
    let disagree = "external_reference,donor_full_name,donor_email,donor_country,patient_organisation_name,patient_organisation_country,product,collected_on\n\
         R-9,Asha Pillai,asha@example.org,IN,Hospital Sul,BR,pbsc,2024-01-01\n\
         R-9,Asha Pilai,asha@example.org,IN,Hospital Sul,BR,dli,2024-06-01\n";
    let refused = import(&db, &registry, "disagree.csv", disagree);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stdout).contains("line 3: donor_full_name:"), "{}", text(&refused.stdout));
    let unknown = import(&db, &registry, "unknown.csv", "external_reference,donor_shoe_size\nR-1,44\n");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("donor_shoe_size"));
    let not_registry = import(&db, &centre, "good.csv", &good);
    assert_eq!(not_registry.status.code(), Some(2), "{}", text(&not_registry.stderr));
    assert_eq!(counts(&db).await, (3, 5, 3));
}
