//! The lists that grow with an instance — a coordinator's pairings and review queue — are read a page at
//! a time (keyset pages): the API keeps its JSON array and says where the next page is in a `Link`
//! header, the portal links to it; following the pages gives every line once, in order, even when lines
//! come and go between two pages.

use std::collections::BTreeSet;

use chrono::{DateTime, TimeDelta, Utc};
use reqwest::Method;
use serde_json::Value;
use twinbridge_domain::letter::LetterStatus;
use twinbridge_domain::rules::Side;
use twinbridge_domain::{Clock, LetterId, Pairing, PairingId, PairingReference};
use twinbridge_store::repo;
use twinbridge_store::repo::letters::Letter;
use twinbridge_test_support::TestApp;

const REGISTRY: &str = "registry.coordinator@twinbridge.test";
const CENTRE: &str = "centre.coordinator@twinbridge.test";

async fn token(app: &TestApp, email: &str) -> String {
    app.clock.advance(TimeDelta::seconds(30));
    app.demo_token(email).await
}

/// One GET with a bearer token: the status, the `Link` header's next address (if any) and the body.
async fn get(app: &TestApp, token: &str, path: &str) -> (u16, Option<String>, Value) {
    let response = app.client.get(app.url(path)).bearer_auth(token).send().await.unwrap();
    let status = response.status().as_u16();
    let next = response.headers().get("link").map(|link| {
        let link = link.to_str().unwrap();
        assert!(link.ends_with(">; rel=\"next\""), "{link}");
        link.trim_start_matches('<').split(">;").next().unwrap().to_owned()
    });
    (status, next, response.json().await.unwrap())
}

/// Every page from `first` on, following the `Link` headers: the lines of each page.
async fn all_pages(app: &TestApp, token: &str, first: &str) -> Vec<Vec<Value>> {
    let mut pages = Vec::new();
    let mut next = Some(first.to_owned());
    while let Some(path) = next {
        let (status, link, body) = get(app, token, &path).await;
        assert_eq!(status, 200, "{path}: {body}");
        pages.push(body.as_array().unwrap().clone());
        assert!(pages.len() < 100, "the pages never end");
        next = link;
    }
    pages
}

fn field(lines: &[Value], name: &str) -> Vec<String> {
    lines.iter().map(|l| l[name].as_str().unwrap().to_owned()).collect()
}

/// The demo pairing the donor takes part in.
async fn demo_pairing(app: &TestApp) -> Pairing {
    let donor = token(app, "donor@twinbridge.test").await;
    let (_, list) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let id: PairingId = list[0]["id"].as_str().unwrap().parse().unwrap();
    repo::pairings::get(app.store.read(), id).await.unwrap().unwrap()
}

/// A pairing between the organisations of `like`, with `reference` if given.
async fn add_pairing(app: &TestApp, like: &Pairing, reference: Option<&str>) -> Pairing {
    let mut pairing = Pairing::new(like.donor_organisation, like.patient_organisation, None, app.clock.now());
    if let Some(reference) = reference {
        pairing.reference = PairingReference::parse(reference).unwrap();
    }
    repo::pairings::insert(app.store.read(), &pairing).await.unwrap();
    pairing
}

#[tokio::test]
async fn the_case_list_is_read_a_page_at_a_time_without_gaps_or_repeats() {
    let app = TestApp::spawn_demo().await;
    let demo = demo_pairing(&app).await;
    for _ in 0..23 {
        add_pairing(&app, &demo, None).await;
    }
    for (who, email) in [("donor side", REGISTRY), ("patient side", CENTRE)] {
        let token = token(&app, email).await;
        // One page that holds everything has no next page.
        let (status, next, whole) = get(&app, &token, "/api/v1/pairings?limit=1000").await;
        assert_eq!((status, next), (200, None), "{who}");
        let whole = field(whole.as_array().unwrap(), "reference");
        assert!(whole.len() >= 24, "{who}: {whole:?}");
        let mut sorted = whole.clone();
        sorted.sort();
        assert_eq!(whole, sorted, "{who}: the list is in reference order");
        // Pages of five give the same lines, each once, in the same order; only the last is short.
        let pages = all_pages(&app, &token, "/api/v1/pairings?limit=5").await;
        assert_eq!(pages.len(), whole.len().div_ceil(5), "{who}");
        assert!(pages.iter().rev().skip(1).all(|p| p.len() == 5), "{who}");
        let paged: Vec<String> = pages.iter().flat_map(|p| field(p, "reference")).collect();
        assert_eq!(paged, whole, "{who}");
    }

    // The search and the filter go on to the next page with the size.
    let registry = token(&app, REGISTRY).await;
    let (_, next, first) = get(&app, &registry, "/api/v1/pairings?q=tb-&limit=4").await;
    let next = next.unwrap();
    assert!(next.starts_with("/api/v1/pairings?") && next.contains("q=tb-") && next.contains("limit=4"), "{next}");
    let (_, _, second) = get(&app, &registry, &next).await;
    assert_eq!(second.as_array().unwrap().len(), 4);
    let first = field(first.as_array().unwrap(), "reference");
    assert!(field(second.as_array().unwrap(), "reference").iter().all(|r| r > first.last().unwrap()));
    let (_, next, waiting) = get(&app, &registry, "/api/v1/pairings?filter=waiting&limit=1").await;
    assert_eq!(waiting.as_array().unwrap().len(), 1, "the demo's letter waits for the registry");
    assert_eq!(next, None, "nothing else waits, however many pairings are read to find out");

    // A pairing that comes before the cursor between two pages changes nothing after it.
    let (_, next, first) = get(&app, &registry, "/api/v1/pairings?limit=6").await;
    add_pairing(&app, &demo, Some("TB-2222-2222")).await;
    let rest: Vec<String> =
        all_pages(&app, &registry, &next.unwrap()).await.iter().flat_map(|p| field(p, "reference")).collect();
    let first = field(first.as_array().unwrap(), "reference");
    assert!(!rest.contains(&"TB-2222-2222".to_owned()), "{rest:?}");
    assert!(rest.iter().all(|r| r > first.last().unwrap()));
    let (_, _, now) = get(&app, &registry, "/api/v1/pairings?limit=1000").await;
    assert_eq!(field(now.as_array().unwrap(), "reference")[0], "TB-2222-2222");
    assert_eq!(first.len() + rest.len() + 1, now.as_array().unwrap().len());

    // A participant pages through their own only.
    let donor = token(&app, "donor@twinbridge.test").await;
    let (_, next, own) = get(&app, &donor, "/api/v1/pairings?limit=1").await;
    assert_eq!((own.as_array().unwrap().len(), next), (1, None));
    assert_eq!(own[0]["id"], demo.id.to_string());
}

#[tokio::test]
async fn bad_page_parameters_are_refused_naming_them() {
    let app = TestApp::spawn_demo().await;
    let registry = token(&app, REGISTRY).await;
    for path in ["/api/v1/pairings", "/api/v1/review-queue"] {
        for (query, name) in [
            ("limit=0", "limit"),
            ("limit=1001", "limit"),
            ("limit=ten", "limit"),
            ("after=not-a-cursor", "after"),
            ("after=1_2", "after"),
        ] {
            let response = app.client.get(app.url(&format!("{path}?{query}"))).bearer_auth(&registry).send().await;
            let response = response.unwrap();
            assert_eq!(response.status(), 422, "{path}?{query}");
            assert_eq!(response.headers()["content-type"], "application/problem+json");
            let problem: Value = response.json().await.unwrap();
            assert_eq!(problem["field"], name, "{path}?{query}: {problem}");
            assert!(problem["detail"].as_str().unwrap().starts_with(name), "{problem}");
        }
        // An empty cursor is the first page.
        let (status, _, _) = get(&app, &registry, &format!("{path}?after=&limit=")).await;
        assert_eq!(status, 200);
    }
}

/// A letter from the donor of `pairing`, waiting for the review of `side`, submitted at `at`.
async fn waiting_letter(app: &TestApp, pairing: &Pairing, side: Side, at: DateTime<Utc>) -> LetterId {
    let writer = repo::pairings::participants_of_pairings(app.store.read(), &[pairing.id])
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.role.is_donor_side())
        .map(|p| p.id);
    let letter = Letter {
        id: LetterId::random(),
        pairing: pairing.id,
        writer,
        writer_side: Side::Donor,
        language: "en".into(),
        in_reply_to: None,
        status: LetterStatus::InReview(side),
        body: "Dear friend, I think of you often.".into(),
        created_at: at,
        submitted_at: Some(at),
        delivered_at: None,
        read_at: None,
        entered_by: None,
        received_on: None,
        sent_at: None,
        health: None,
    };
    repo::letters::insert(app.store.read(), &app.keys, &letter).await.unwrap();
    letter.id
}

#[tokio::test]
async fn the_review_queue_is_read_a_page_at_a_time_oldest_first() {
    let app = TestApp::spawn_demo().await;
    let demo = demo_pairing(&app).await;
    let start = app.clock.now() - TimeDelta::days(20);
    let mut mine = Vec::new();
    for n in 0..7 {
        mine.push(waiting_letter(&app, &demo, Side::Donor, start + TimeDelta::hours(n)).await);
    }
    // Three submitted in the same instant: their ids order them, and no page boundary loses one.
    let same = start + TimeDelta::hours(3) + TimeDelta::minutes(30);
    for _ in 0..3 {
        mine.push(waiting_letter(&app, &demo, Side::Donor, same).await);
    }
    let theirs = waiting_letter(&app, &demo, Side::Patient, start).await;

    let registry = token(&app, REGISTRY).await;
    let (status, next, whole) = get(&app, &registry, "/api/v1/review-queue?limit=1000").await;
    assert_eq!((status, next), (200, None));
    let whole = field(whole.as_array().unwrap(), "id");
    let set: BTreeSet<String> = whole.iter().cloned().collect();
    assert!(mine.iter().all(|id| set.contains(&id.to_string())), "{whole:?}");
    assert!(!set.contains(&theirs.to_string()), "the patient side's review is not the registry's");
    assert_eq!(set.len(), whole.len(), "no letter twice");
    for limit in [1, 2, 3, 4] {
        let pages = all_pages(&app, &registry, &format!("/api/v1/review-queue?limit={limit}")).await;
        let paged: Vec<String> = pages.iter().flat_map(|p| field(p, "id")).collect();
        assert_eq!(paged, whole, "pages of {limit}");
    }
    let centre = token(&app, CENTRE).await;
    let (_, _, centre_queue) = get(&app, &centre, "/api/v1/review-queue").await;
    assert!(field(centre_queue.as_array().unwrap(), "id").contains(&theirs.to_string()));

    // A letter of the first page leaves the queue (approved) before the second page is read: the second
    // page still starts with the letter after the first page's last, none is skipped.
    let (_, next, first) = get(&app, &registry, "/api/v1/review-queue?limit=3").await;
    let first = field(first.as_array().unwrap(), "id");
    let approve = serde_json::json!({"decision": "approve", "redactions": []});
    let (status, body) =
        app.api(&registry, Method::POST, &format!("/api/v1/letters/{}/reviews", first[0]), Some(approve)).await;
    assert_eq!(status, 200, "{body}");
    let (_, _, second) = get(&app, &registry, &next.unwrap()).await;
    assert_eq!(field(second.as_array().unwrap(), "id"), whole[3..6]);
}

#[tokio::test]
async fn the_portal_links_the_pages_of_the_case_list_and_the_queue() {
    let app = TestApp::spawn_demo().await;
    let demo = demo_pairing(&app).await;
    for _ in 0..4 {
        add_pairing(&app, &demo, None).await;
    }
    for n in 0..3 {
        waiting_letter(&app, &demo, Side::Donor, app.clock.now() - TimeDelta::hours(30 - n)).await;
    }
    app.clock.advance(TimeDelta::seconds(30));
    let client = app.signed_in_client(REGISTRY).await;
    for (start, row_link) in [("/pairings?limit=2", "href=\"/pairings/"), ("/review?limit=2", "href=\"/letters/")] {
        let mut path = start.to_owned();
        let mut seen = BTreeSet::new();
        let mut pages = 0;
        loop {
            let html = client.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
            pages += 1;
            let rows: BTreeSet<&str> = html
                .split(row_link)
                .skip(1)
                .filter_map(|r| r.get(..36))
                .filter(|r| uuid::Uuid::parse_str(r).is_ok())
                .collect();
            assert!(!rows.is_empty() && rows.len() <= 2, "{path}: {rows:?}");
            for row in rows {
                assert!(seen.insert(row.to_owned()), "{row} shown twice ({path})");
            }
            assert_eq!(html.contains("First page"), pages > 1, "{path}");
            let Some(rest) = html.split("<a rel=\"next\" href=\"").nth(1) else { break };
            assert!(rest.contains(">Next page</a>"));
            path = rest.split('"').next().unwrap().replace("&#38;", "&").replace("&amp;", "&");
            assert!(path.contains("limit=2"), "{path}");
        }
        assert!(pages >= 2, "{start}: {pages} page(s)");
    }
}
