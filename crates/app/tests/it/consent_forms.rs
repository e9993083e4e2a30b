//! Consent recorded from a signed paper form by the participant's own coordinator: the form is kept
//! (cleaned, encrypted), the consent takes effect and the history names the form; nobody else records or
//! opens it.

use image::ImageEncoder;
use image::codecs::png::PngEncoder;
use serde_json::Value;
use twinbridge_test_support::TestApp;

const GET: reqwest::Method = reqwest::Method::GET;

fn scan() -> Vec<u8> {
    let pixels = image::RgbaImage::from_pixel(40, 60, image::Rgba([255, 255, 255, 255]));
    let mut out = Vec::new();
    PngEncoder::new(&mut out).write_image(pixels.as_raw(), 40, 60, image::ExtendedColorType::Rgba8).unwrap();
    out
}

async fn record(app: &TestApp, token: &str, pairing: &str, participant: &str, file: Vec<u8>) -> (u16, Value) {
    let form = reqwest::multipart::Form::new()
        .text("level", "share_details")
        .text("share", "first_name")
        .text("signed_on", "2026-01-15")
        .part("form", reqwest::multipart::Part::bytes(file).file_name("form.png").mime_str("image/png").unwrap());
    let response = app
        .client
        .post(app.url(&format!("/api/v1/pairings/{pairing}/participants/{participant}/consent")))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_coordinator_records_a_consent_from_a_signed_form_of_their_own_sides_participant() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let id = twinbridge_domain::PairingId::from_uuid(pairing.parse().unwrap());
    let participants = twinbridge_store::repo::pairings::participants(app.store.read(), id).await.unwrap();
    let donor_participant = participants.iter().find(|p| p.role.is_donor_side()).unwrap().id.to_string();

    // The other side's coordinator, and the donor, may not.
    let (status, _) = record(&app, &centre, &pairing, &donor_participant, scan()).await;
    assert_eq!(status, 404);
    let (status, _) = record(&app, &donor, &pairing, &donor_participant, scan()).await;
    assert_eq!(status, 403);
    // A damaged PDF, or something that is neither a picture nor a PDF, is refused, and nothing changes.
    for bad in [b"%PDF-1.7 ...".to_vec(), b"GIF89a not a scan".to_vec()] {
        let (status, refused) = record(&app, &registry, &pairing, &donor_participant, bad).await;
        assert_eq!(status, 422, "{refused}");
    }
    let (_, before) = app.api(&donor, GET, &format!("/api/v1/pairings/{pairing}/consent"), None).await;
    assert_eq!(before["level"], "anonymous_letters", "{before}");

    let (status, recorded) = record(&app, &registry, &pairing, &donor_participant, scan()).await;
    assert_eq!(status, 201, "{recorded}");
    let (_, now) = app.api(&donor, GET, &format!("/api/v1/pairings/{pairing}/consent"), None).await;
    assert_eq!((now["level"].as_str(), now["share"][0].as_str()), (Some("share_details"), Some("first_name")));

    // The form is kept, for the registry's coordinators only.
    let forms = twinbridge_store::repo::consent_forms::of_pairing(app.store.read(), id).await.unwrap();
    assert_eq!(forms.len(), 1);
    let path = format!("/pairings/{pairing}/consent-forms/{}", forms[0].id);
    let response = app.client.get(app.url(&path)).bearer_auth(&registry).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    let served = image::load_from_memory(&response.bytes().await.unwrap()).unwrap();
    assert_eq!((served.width(), served.height()), (40, 60));
    for other in [&centre, &donor] {
        let response = app.client.get(app.url(&path)).bearer_auth(other).send().await.unwrap();
        assert_eq!(response.status(), 404);
    }
    let reads = twinbridge_store::repo::audit::with_action(app.store.read(), "identity_read").await.unwrap();
    assert!(reads.iter().any(|e| e.details.contains("consent_form")), "opening the form is audited");

    // A signed form as a PDF is kept as it came and downloaded, never shown in the page.
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec();
    let (status, recorded) = record(&app, &registry, &pairing, &donor_participant, pdf.clone()).await;
    assert_eq!(status, 201, "{recorded}");
    let forms = twinbridge_store::repo::consent_forms::of_pairing(app.store.read(), id).await.unwrap();
    let newest = forms.iter().find(|f| f.id.to_string() != path.rsplit('/').next().unwrap()).unwrap();
    let response = app
        .client
        .get(app.url(&format!("/pairings/{pairing}/consent-forms/{}", newest.id)))
        .bearer_auth(&registry)
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert!(response.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    assert_eq!(response.headers()["content-security-policy"], "sandbox");
    assert_eq!(response.bytes().await.unwrap().to_vec(), pdf);
}
