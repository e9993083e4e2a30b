//! The authorization table of the case routes: for each route, who may use it. Everyone else gets `403`
//! or `404` (a pairing one may not see does not exist for them); those allowed never do (the requests carry
//! no or bad input, so they are answered `200`, `303`, `409` or `422` and change little).

use serde_json::json;
use twinbridge_test_support::TestApp;

const DONOR: &str = "donor@twinbridge.test";
const PATIENT: &str = "patient@twinbridge.test";
const REGISTRY: &str = "registry.coordinator@twinbridge.test";
const CENTRE: &str = "centre.coordinator@twinbridge.test";
const FRANCE: &str = "france.coordinator@twinbridge.test";
const ADMIN: &str = "admin@twinbridge.test";
const AUDITOR: &str = "auditor@twinbridge.test";
const EVERYONE: [&str; 7] = [DONOR, PATIENT, REGISTRY, CENTRE, FRANCE, ADMIN, AUDITOR];

/// One route: method, path (`{p}` the demo pairing of `donor@`, `{o}` a pairing with an offline centre,
/// `{d}` the demo donor's participant, `{l}` a letter of `{o}` ready to send) and who may use it.
const TABLE: &[(&str, &str, &[&str])] = &[
    ("POST", "/api/v1/pairings", &[REGISTRY]),
    ("POST", "/api/v1/pairings/{p}/patient", &[CENTRE]),
    ("POST", "/api/v1/pairings/{p}/donations", &[REGISTRY]),
    ("PUT", "/api/v1/pairings/{p}/transplant", &[CENTRE]),
    ("POST", "/api/v1/pairings/{p}/patient-status", &[CENTRE]),
    ("PUT", "/api/v1/pairings/{o}/transplant", &[REGISTRY]),
    ("POST", "/api/v1/pairings/{o}/letters", &[REGISTRY]),
    ("GET", "/api/v1/letters/{l}/export?format=txt", &[REGISTRY]),
    ("POST", "/api/v1/letters/{l}/sent", &[REGISTRY]),
    ("GET", "/pairings/new", &[REGISTRY]),
    ("POST", "/pairings/new", &[REGISTRY]),
    ("GET", "/pairings/{p}/manage", &[REGISTRY, CENTRE]),
    ("POST", "/pairings/{p}/manage/donations", &[REGISTRY]),
    ("POST", "/pairings/{p}/manage/transplant", &[CENTRE]),
    ("POST", "/pairings/{p}/manage/status", &[CENTRE]),
    ("POST", "/pairings/{p}/manage/participants/{d}/email", &[REGISTRY]),
    ("POST", "/pairings/{p}/manage/participants/{d}/erase", &[REGISTRY]),
    ("POST", "/api/v1/pairings/{p}/participants/{d}/erasure", &[REGISTRY]),
    ("GET", "/api/v1/pairings/{p}/participants/{d}/export", &[REGISTRY]),
    ("GET", "/pairings/{o}/manage", &[REGISTRY]),
    ("POST", "/pairings/{o}/manage/status", &[REGISTRY]),
    ("GET", "/pairings/{p}/letters/enter", &[REGISTRY, CENTRE]),
    ("GET", "/pairings/{o}/letters/enter", &[REGISTRY]),
    ("GET", "/letters/{l}/print", &[REGISTRY]),
    ("POST", "/api/v1/pairings/{p}/release-requests", &[DONOR, PATIENT]),
    ("GET", "/api/v1/pairings/{p}/release", &[DONOR, PATIENT, REGISTRY, CENTRE]),
    ("GET", "/api/v1/pairings/{p}/counterpart", &[DONOR, PATIENT]),
    ("GET", "/api/v1/pairings/{p}/meetings", &[DONOR, PATIENT, REGISTRY, CENTRE]),
    ("POST", "/api/v1/pairings/{p}/meetings", &[DONOR, PATIENT]),
    ("GET", "/api/v1/pairings/{p}/health-updates", &[DONOR, PATIENT, REGISTRY, CENTRE]),
    ("POST", "/api/v1/pairings/{p}/health-updates", &[CENTRE]),
    ("POST", "/pairings/{p}/release", &[DONOR, PATIENT]),
    ("POST", "/pairings/{p}/meetings", &[DONOR, PATIENT]),
    ("POST", "/pairings/{p}/health-updates", &[CENTRE]),
    ("GET", "/api/v1/me/waiting", &EVERYONE),
    ("GET", "/api/v1/questions", &EVERYONE),
    ("POST", "/api/v1/questions", &[DONOR, PATIENT]),
    ("GET", "/api/v1/donor-registrations", &[REGISTRY]),
    ("GET", "/api/v1/donor-registrations/export.csv", &[REGISTRY]),
    ("GET", "/registrations", &[REGISTRY]),
    ("GET", "/api/v1/service-tokens", &[ADMIN]),
    ("POST", "/api/v1/service-tokens", &[ADMIN]),
    ("GET", "/api/v1/webhooks", &[ADMIN]),
    ("POST", "/api/v1/webhooks", &[ADMIN]),
    ("GET", "/webhooks", &[ADMIN]),
    ("POST", "/webhooks", &[ADMIN]),
    ("GET", "/api/v1/statistics", &[REGISTRY, CENTRE, FRANCE, ADMIN, AUDITOR]),
    ("GET", "/statistics", &[REGISTRY, CENTRE, FRANCE, ADMIN, AUDITOR]),
    ("GET", "/statistics.csv", &[REGISTRY, CENTRE, FRANCE, ADMIN, AUDITOR]),
];

/// A well-formed body with a bad value for each API route, so that authorization decides, not parsing.
fn body_for(template: &str) -> serde_json::Value {
    let route = template.rsplit('/').next().unwrap_or_default();
    match route {
        "pairings" => json!({
            "donor": {"full_name": "Asha Rao", "email": "asha@example.org", "country": "XX"},
            "patient_organisation_id": "none",
            "donations": [],
        }),
        "patient" => json!({"full_name": "Jan Berg", "email": "jan@example.de", "country": "XX"}),
        "donations" => json!({"product": "blood", "collected_on": "2020-01-01"}),
        "transplant" => json!({"date": "2999-01-01"}),
        "patient-status" => json!({"status": "fine", "on": "2020-01-01"}),
        "letters" => json!({"body": "  ", "on_behalf_of": "donor"}),
        "health-updates" => json!({"status": "fine", "text": "", "on": "2020-01-01"}),
        "service-tokens" => json!({"name": "", "scopes": ["cases:delete"]}),
        "erasure" => json!({"reason": " "}),
        "webhooks" => json!({"url": "http://crm.registry.example/hook", "events": ["letter.read"]}),
        _ => json!({}),
    }
}

#[tokio::test]
async fn each_case_route_admits_exactly_its_table_row() {
    let app = TestApp::spawn_demo().await;
    let mut tokens = Vec::new();
    for who in EVERYONE {
        app.clock.advance(chrono::TimeDelta::seconds(30));
        tokens.push((who, app.demo_token(who).await));
    }
    let token = |who: &str| tokens.iter().find(|(w, _)| *w == who).map(|(_, t)| t.clone()).unwrap();
    let (_, pairings) = app.api(&token(DONOR), reqwest::Method::GET, "/api/v1/pairings", None).await;
    let p = pairings[0]["id"].as_str().unwrap().to_owned();
    let pairing = twinbridge_domain::PairingId::from_uuid(p.parse().unwrap());
    let participants = twinbridge_store::repo::pairings::participants(app.store.read(), pairing).await.unwrap();
    let d = participants.iter().find(|x| x.role.is_donor_side()).unwrap().id.to_string();
    let o = crate::offline::offline_pairing(&app, &token(REGISTRY), "table.donor@example.org", "Table Centre").await;
    let body = json!({"body": "Thank you for everything.", "on_behalf_of": "donor"});
    let (_, entered) =
        app.api(&token(REGISTRY), reqwest::Method::POST, &format!("/api/v1/pairings/{o}/letters"), Some(body)).await;
    let l = entered["id"].as_str().unwrap().to_owned();
    let approve = Some(json!({"decision": "approve"}));
    let (status, _) =
        app.api(&token(REGISTRY), reqwest::Method::POST, &format!("/api/v1/letters/{l}/reviews"), approve).await;
    assert_eq!(status, 200);

    for (method, template, allowed) in TABLE {
        let path = template.replace("{p}", &p).replace("{o}", &o).replace("{d}", &d).replace("{l}", &l);
        for who in EVERYONE {
            let method: reqwest::Method = method.parse().unwrap();
            let mut request = app.client.request(method.clone(), app.url(&path)).bearer_auth(token(who));
            if path.starts_with("/api/") && method != reqwest::Method::GET {
                request = request.json(&body_for(template));
            } else if method == reqwest::Method::POST {
                request = request.form(&[("unused", "")]);
            }
            let status = request.send().await.unwrap().status().as_u16();
            if allowed.contains(&who) {
                assert!(![401, 403, 404].contains(&status), "{who} may use {method} {template}, got {status}");
            } else {
                assert!([403, 404].contains(&status), "{who} may not use {method} {template}, got {status}");
            }
        }
    }
    // The table's routes that read letters for sending left a trail, attributed to the registry.
    let exported = twinbridge_store::repo::audit::with_action(app.store.read(), "letter_exported").await.unwrap();
    assert_eq!(exported.len(), 2, "the export and the print page, by the one allowed caller");
}
