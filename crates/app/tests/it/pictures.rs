//! Pictures with letters: allowed only where the rules allow photos, cleaned of metadata, looked at and
//! passed on by hand on each side, shown to each person only as far as it was passed on.

use image::ImageEncoder;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use reqwest::Method;
use serde_json::{Value, json};
use twinbridge_test_support::TestApp;

/// A JPEG as phones write them: with an EXIF block naming the camera's owner.
fn photo_with_owner(owner: &str) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(32, 24, |x, y| image::Rgb([(x * 8) as u8, (y * 10) as u8, 120]));
    let name = format!("{owner}\0");
    let mut exif = b"II\x2a\x00\x08\x00\x00\x00\x01\x00".to_vec();
    exif.extend_from_slice(b"\x3b\x01\x02\x00");
    exif.extend_from_slice(&u32::try_from(name.len()).unwrap().to_le_bytes());
    exif.extend_from_slice(&26u32.to_le_bytes());
    exif.extend_from_slice(&[0, 0, 0, 0]);
    exif.extend_from_slice(name.as_bytes());
    let mut out = Vec::new();
    let mut encoder = JpegEncoder::new(&mut out);
    encoder.set_exif_metadata(exif).unwrap();
    encoder.write_image(pixels.as_raw(), 32, 24, image::ExtendedColorType::Rgb8).unwrap();
    out
}

fn drawing() -> Vec<u8> {
    let pixels = image::RgbaImage::from_pixel(20, 20, image::Rgba([250, 200, 0, 255]));
    let mut out = Vec::new();
    PngEncoder::new(&mut out).write_image(pixels.as_raw(), 20, 20, image::ExtendedColorType::Rgba8).unwrap();
    out
}

/// A PNG of a few dozen bytes whose header declares `width` × `height` RGB pixels (a decompression bomb if
/// decoded: 20000 × 20000 is 1.2 GB), with one tiny compressed data chunk.
fn png_declaring(width: u32, height: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
        let start = out.len();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let crc = crc32(&out[start..]);
        out.extend_from_slice(&crc.to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&width.to_be_bytes());
    header.extend_from_slice(&height.to_be_bytes());
    // 8 bits per sample, RGB, deflate, no filter method beyond the standard one, not interlaced.
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &header);
    // A zlib stream of four zero bytes: the one row of a 1 × 1 picture, far too little for a larger one.
    chunk(&mut out, b"IDAT", &[0x78, 0xda, 0x63, 0x60, 0x60, 0x60, 0x00, 0x00, 0x00, 0x04, 0x00, 0x01]);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

async fn upload(app: &TestApp, token: &str, letter: &str, kind: &str, bytes: Vec<u8>) -> (u16, Value) {
    let response = app
        .client
        .post(app.url(&format!("/api/v1/letters/{letter}/attachments?kind={kind}")))
        .bearer_auth(token)
        .header("content-type", "application/octet-stream")
        .body(bytes)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn download(app: &TestApp, token: &str, url: &str) -> (u16, Vec<u8>) {
    let response = app.client.get(app.url(url)).bearer_auth(token).send().await.unwrap();
    (response.status().as_u16(), response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn pictures_are_cleaned_checked_by_hand_on_both_sides_and_passed_on_only_when_ticked() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    app.clock.advance(chrono::TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let (status, draft) = app
        .api(
            &donor,
            Method::POST,
            &format!("/api/v1/pairings/{pairing}/letters"),
            Some(json!({"body": "A drawing from our garden.", "draft": true})),
        )
        .await;
    assert_eq!(status, 201);
    let letter = draft["id"].as_str().unwrap().to_owned();

    // The demo rules do not say photos are allowed: "unknown" counts as no.
    let (status, refused) = upload(&app, &donor, &letter, "photo", photo_with_owner("Aarav Mehta")).await;
    assert_eq!((status, refused["type"].as_str().map(|t| t.ends_with("pictures-not-allowed"))), (409, Some(true)));

    app.allow_pictures().await;
    // The registry leaves text review to the centre, but pictures are looked at on both sides anyway.
    let admin = app.demo_token("admin@twinbridge.test").await;
    let (_, orgs) = app.api(&admin, Method::GET, "/api/v1/organisations", None).await;
    let registry_org =
        orgs.as_array().unwrap().iter().find(|o| o["name"] == "Demo Donor Registry India").unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let path = format!("/api/v1/organisations/{registry_org}/letter-review");
    assert_eq!(app.api(&admin, Method::PUT, &path, Some(json!({"reviews_letters": false}))).await.0, 200);

    let original = photo_with_owner("Aarav Mehta");
    assert!(contains(&original, b"Aarav Mehta"));
    let (status, photo) = upload(&app, &donor, &letter, "photo", original).await;
    assert_eq!(status, 201, "{photo}");
    assert_eq!((photo["kind"].as_str(), photo["content_type"].as_str()), (Some("photo"), Some("image/jpeg")));
    let (status, drawn) = upload(&app, &donor, &letter, "drawing", drawing()).await;
    assert_eq!(status, 201, "{drawn}");
    let (status, _) = upload(&app, &donor, &letter, "drawing", b"not a picture at all".to_vec()).await;
    assert_eq!(status, 422);
    let (status, _) = upload(&app, &donor, &letter, "sticker", drawing()).await;
    assert_eq!(status, 422);

    let photo_url = photo["url"].as_str().unwrap().to_owned();
    let drawing_url = drawn["url"].as_str().unwrap().to_owned();
    let (status, stored) = download(&app, &donor, &photo_url).await;
    assert_eq!(status, 200);
    assert!(!contains(&stored, b"Aarav") && !contains(&stored, b"Exif"), "metadata is gone");
    assert!(image::load_from_memory(&stored).is_ok());
    // Nobody else sees a draft's pictures; the stored bytes are encrypted.
    for token in [&patient, &registry, &centre] {
        assert_eq!(download(&app, token, &photo_url).await.0, 404);
    }
    use sea_orm::EntityTrait;
    let rows = twinbridge_store::entities::letter_attachments::Entity::find().all(app.store.read()).await.unwrap();
    assert_eq!(rows.len(), 2);
    for row in &rows {
        assert!(
            !contains(&row.data, b"\x89PNG") && !contains(&row.data, b"JFIF") && !contains(&row.data, &stored[..64])
        );
    }

    let (status, sent) = app
        .api(
            &donor,
            Method::PUT,
            &format!("/api/v1/letters/{letter}"),
            Some(json!({"body": "A drawing from our garden.", "submit": true})),
        )
        .await;
    assert_eq!((status, sent["status"].as_str()), (200, Some("in_review")), "{sent}");
    let (_, queue) = app.api(&registry, Method::GET, "/api/v1/review-queue", None).await;
    assert!(queue.as_array().unwrap().iter().any(|l| l["id"] == letter.as_str()), "the registry looks at pictures");
    let (status, _) = upload(&app, &donor, &letter, "card", drawing()).await;
    assert_eq!(status, 409, "no new pictures once sent");

    let reviews = format!("/api/v1/letters/{letter}/reviews");
    let bogus = json!({"decision": "approve", "attachments": ["00000000-0000-4000-8000-000000000000"]});
    assert_eq!(app.api(&registry, Method::POST, &reviews, Some(bogus)).await.0, 422);
    // The registry passes the drawing on and holds the photo back.
    let passed = json!({"decision": "approve", "attachments": [drawn["id"]]});
    let (status, _) = app.api(&registry, Method::POST, &reviews, Some(passed)).await;
    assert_eq!(status, 200);
    let (_, seen) = app.api(&centre, Method::GET, &format!("/api/v1/letters/{letter}"), None).await;
    let ids: Vec<&str> = seen["attachments"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec![drawn["id"].as_str().unwrap()]);
    assert_eq!(download(&app, &centre, &photo_url).await.0, 404);
    assert_eq!(download(&app, &centre, &drawing_url).await.0, 200);
    // The centre cannot pass on what it never saw.
    let smuggled = json!({"decision": "approve", "attachments": [photo["id"]]});
    assert_eq!(app.api(&centre, Method::POST, &reviews, Some(smuggled)).await.0, 422);
    let (status, done) = app
        .api(&centre, Method::POST, &reviews, Some(json!({"decision": "approve", "attachments": [drawn["id"]]})))
        .await;
    assert_eq!((status, done["status"].as_str()), (200, Some("delivered")), "{done}");

    let (_, read) = app.api(&patient, Method::GET, &format!("/api/v1/letters/{letter}"), None).await;
    assert_eq!(read["attachments"].as_array().unwrap().len(), 1);
    assert_eq!(download(&app, &patient, &drawing_url).await.0, 200);
    assert_eq!(download(&app, &patient, &photo_url).await.0, 404);
    let added = twinbridge_store::repo::audit::with_action(app.store.read(), "letter_picture_added").await.unwrap();
    assert_eq!(added.len(), 2);
}

/// An approval that says nothing about pictures passes none on: each needs a person's yes.
#[tokio::test]
async fn an_approval_without_a_word_on_pictures_passes_none_on() {
    let app = TestApp::spawn_demo().await;
    app.allow_pictures().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let patient = app.demo_token("patient@twinbridge.test").await;
    let registry = app.demo_token("registry.coordinator@twinbridge.test").await;
    app.clock.advance(chrono::TimeDelta::seconds(30));
    let centre = app.demo_token("centre.coordinator@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let (_, draft) = app
        .api(
            &donor,
            Method::POST,
            &format!("/api/v1/pairings/{pairing}/letters"),
            Some(json!({"body": "Hello", "draft": true})),
        )
        .await;
    let letter = draft["id"].as_str().unwrap().to_owned();
    assert_eq!(upload(&app, &donor, &letter, "card", drawing()).await.0, 201);
    // Removing and adding again works before sending.
    let (_, again) = upload(&app, &donor, &letter, "drawing", drawing()).await;
    let url = again["url"].as_str().unwrap().to_owned();
    let response = app.client.delete(app.url(&url)).bearer_auth(&donor).send().await.unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(download(&app, &donor, &url).await.0, 404);
    app.api(&donor, Method::PUT, &format!("/api/v1/letters/{letter}"), Some(json!({"body": "Hello", "submit": true})))
        .await;
    let reviews = format!("/api/v1/letters/{letter}/reviews");
    for token in [&registry, &centre] {
        let (status, _) = app.api(token, Method::POST, &reviews, Some(json!({"decision": "approve"}))).await;
        assert_eq!(status, 200);
    }
    let (_, read) = app.api(&patient, Method::GET, &format!("/api/v1/letters/{letter}"), None).await;
    assert_eq!(read["status"], "delivered");
    assert!(read["attachments"].as_array().unwrap().is_empty(), "{read}");
}

/// The same journey through the pages: the writer adds a picture on the draft's page, the coordinators
/// tick it to pass it on, and the reader's page shows it.
#[tokio::test]
async fn pictures_go_through_the_pages_with_a_tick_on_each_side() {
    let app = TestApp::spawn_demo().await;
    app.allow_pictures().await;
    let sign_in = |email: &'static str| {
        let app = &app;
        async move {
            let client = app.cookie_client();
            let staff = !email.starts_with("donor") && !email.starts_with("patient");
            app.clock.advance(chrono::TimeDelta::seconds(31));
            let code = staff.then(|| app.totp_code(twinbridge::demo::DEMO_TOTP_SECRET));
            app.browser_sign_in(&client, email, twinbridge::demo::DEMO_PASSWORD, code.as_deref()).await;
            client
        }
    };
    let donor = sign_in("donor@twinbridge.test").await;
    let token = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&token, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let write_page = donor.get(app.url(&format!("/pairings/{pairing}/letters/new"))).send().await.unwrap();
    let text = write_page.text().await.unwrap();
    // The demo donor reads the portal in Hindi: "save as a draft, then add pictures on the letter's page".
    assert!(text.contains("फिर पत्र के पेज पर चित्र जोड़ें"), "{text}");
    let saved = donor
        .post(app.url(&format!("/pairings/{pairing}/letters/new")))
        .form(&[("body", "Our daughter drew this for you."), ("action", "draft"), ("in_reply_to", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let letter_page = saved.headers()["location"].to_str().unwrap().split('?').next().unwrap().to_owned();
    let letter = letter_page.trim_start_matches("/letters/").to_owned();
    let page = donor.get(app.url(&letter_page)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("enctype=\"multipart/form-data\""), "the draft offers the upload");

    let form = reqwest::multipart::Form::new().text("kind", "drawing").part(
        "picture",
        reqwest::multipart::Part::bytes(drawing()).file_name("drawing.png").mime_str("image/png").unwrap(),
    );
    let added = donor.post(app.url(&format!("{letter_page}/attachments"))).multipart(form).send().await.unwrap();
    assert_eq!(added.status(), 303);
    let bad = reqwest::multipart::Form::new()
        .text("kind", "photo")
        .part("picture", reqwest::multipart::Part::bytes(b"%PDF-1.4".to_vec()).file_name("x.pdf"));
    let refused = donor.post(app.url(&format!("{letter_page}/attachments"))).multipart(bad).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("JPEG"));
    let page = donor.get(app.url(&letter_page)).send().await.unwrap().text().await.unwrap();
    let src =
        page.split("<img src=\"").nth(1).and_then(|s| s.split('"').next()).expect("the picture is shown").to_owned();
    assert_eq!(donor.get(app.url(&src)).send().await.unwrap().status(), 200);
    let sent = donor
        .post(app.url(&format!("{letter_page}/revise")))
        .form(&[("body", "Our daughter drew this for you."), ("action", "send")])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 303);

    for coordinator in ["registry.coordinator@twinbridge.test", "centre.coordinator@twinbridge.test"] {
        let client = sign_in(coordinator).await;
        let page = client.get(app.url(&letter_page)).send().await.unwrap().text().await.unwrap();
        let id = page.split("name=\"pass\" value=\"").nth(1).and_then(|s| s.split('"').next()).expect("a tick box");
        assert!(page.contains(&src), "the coordinator sees the picture");
        let done = client
            .post(app.url(&format!("{letter_page}/review")))
            .form(&[("decision", "approve"), ("pass", id), ("also", ""), ("note", "")])
            .send()
            .await
            .unwrap();
        assert_eq!(done.status(), 303, "{coordinator}");
    }
    let patient = sign_in("patient@twinbridge.test").await;
    let page = patient.get(app.url(&letter_page)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&src), "{page}");
    assert_eq!(patient.get(app.url(&src)).send().await.unwrap().status(), 200);
    assert!(!letter.is_empty());
}

/// Refusals of the framework itself (a file over the limit, a body that is not JSON) are problem documents
/// like every other API error.
#[tokio::test]
async fn an_oversized_upload_and_a_broken_body_get_problem_documents() {
    let app = TestApp::spawn_demo().await;
    app.allow_pictures().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let letters = format!("/api/v1/pairings/{pairing}/letters");
    let (_, draft) = app.api(&donor, Method::POST, &letters, Some(json!({"body": "Hi", "draft": true}))).await;
    let letter = draft["id"].as_str().unwrap().to_owned();
    let (status, problem) = upload(&app, &donor, &letter, "photo", vec![0; 9 * 1024 * 1024]).await;
    assert_eq!(status, 413);
    assert!(problem["detail"].as_str().is_some_and(|d| !d.is_empty()), "{problem}");
    let broken = app
        .client
        .post(app.url(&letters))
        .bearer_auth(&donor)
        .header("content-type", "application/json")
        .body("{\"body\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(broken.status(), 400);
    assert_eq!(broken.headers()["content-type"], "application/problem+json");
    let (_, list) = app.api(&donor, Method::GET, &letters, None).await;
    assert_eq!(list.as_array().unwrap().len(), 3, "nothing was added: the two demo letters and the draft");
}

#[tokio::test]
async fn one_organisation_alone_does_not_allow_pictures() {
    let app = TestApp::spawn_demo().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let (_, draft) = app
        .api(
            &donor,
            Method::POST,
            &format!("/api/v1/pairings/{pairing}/letters"),
            Some(json!({"body": "A drawing from our garden.", "draft": true})),
        )
        .await;
    let letter = draft["id"].as_str().unwrap().to_owned();
    // Only the donor's registry says photos may go with letters; the centre's rules say nothing.
    let registry = twinbridge_store::repo::organisations::list(app.store.read())
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name.as_str() == "Demo Donor Registry India")
        .unwrap();
    let policy = twinbridge_domain::rules::OwnPolicy {
        photos: Some(twinbridge_domain::rules::Photos::Allowed),
        ..Default::default()
    };
    app.set_own_policy(registry.id, &policy).await;
    let (status, refused) = upload(&app, &donor, &letter, "drawing", drawing()).await;
    assert_eq!(status, 409, "{refused}");
    assert!(refused["type"].as_str().unwrap().ends_with("pictures-not-allowed"));
}

/// A small PNG declaring a huge picture is refused from its header, before anything is decoded or allocated.
#[tokio::test]
async fn a_png_declaring_twenty_thousand_pixels_a_side_is_refused_before_decoding() {
    let app = TestApp::spawn_demo().await;
    app.allow_pictures().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let letters = format!("/api/v1/pairings/{pairing}/letters");
    let (_, draft) = app.api(&donor, Method::POST, &letters, Some(json!({"body": "Hi", "draft": true}))).await;
    let letter = draft["id"].as_str().unwrap().to_owned();
    let bomb = png_declaring(20_000, 20_000);
    assert!(bomb.len() < 100);
    // The header is valid: the same file with a sane size is a picture (the refusal is about the size).
    let image = image::load_from_memory(&png_declaring(1, 1)).unwrap();
    assert_eq!((image.width(), image.height()), (1, 1));
    let (status, problem) = upload(&app, &donor, &letter, "drawing", bomb).await;
    assert_eq!(status, 422, "{problem}");
    assert!(problem["type"].as_str().unwrap().ends_with("/bad-picture"), "{problem}");
    let (status, problem) = upload(&app, &donor, &letter, "drawing", png_declaring(9_000, 9_000)).await;
    assert_eq!(status, 422, "{problem}");
}

#[tokio::test]
async fn picture_uploads_are_limited_per_account() {
    let app = TestApp::spawn_demo().await;
    app.allow_pictures().await;
    let donor = app.demo_token("donor@twinbridge.test").await;
    let (_, pairings) = app.api(&donor, Method::GET, "/api/v1/pairings", None).await;
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let letters = format!("/api/v1/pairings/{pairing}/letters");
    let (_, draft) = app.api(&donor, Method::POST, &letters, Some(json!({"body": "Hi", "draft": true}))).await;
    let letter = draft["id"].as_str().unwrap().to_owned();
    let limit = twinbridge::services::attachments::UPLOADS_PER_MINUTE;
    for _ in 0..limit {
        let (status, _) = upload(&app, &donor, &letter, "drawing", drawing()).await;
        assert_ne!(status, 429);
    }
    let response = app
        .client
        .post(app.url(&format!("/api/v1/letters/{letter}/attachments?kind=drawing")))
        .bearer_auth(&donor)
        .header("content-type", "application/octet-stream")
        .body(drawing())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    assert!(response.headers().contains_key("retry-after"));
    // A minute later the budget is back.
    app.clock.advance(chrono::TimeDelta::seconds(60));
    assert_ne!(upload(&app, &donor, &letter, "drawing", drawing()).await.0, 429);
}
