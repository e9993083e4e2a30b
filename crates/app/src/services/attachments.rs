//! Pictures with letters: cards, drawings and photos, where the pairing's rules allow photos and drawings.
//!
//! An uploaded file is decoded and its pixels encoded again, so what is stored and passed on is only the
//! picture: none of the metadata a camera or phone writes into the file (place, time, device, the owner's
//! name) survives. Large pictures are scaled down. No screen reads pictures, so every side looks at them
//! by hand and passes on only those it approves (see `letters::review`).

use std::io::Cursor;
use twinbridge_domain::audit::AuditAction;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use serde_json::json;
use twinbridge_domain::letter::{AttachmentKind, LetterStatus, MAX_ATTACHMENTS, pictures_allowed};
use twinbridge_domain::{AttachmentId, LetterId};
use twinbridge_store::repo;
use twinbridge_store::repo::letters::AttachmentInfo;

use crate::auth::CurrentUser;
use crate::services::letters::{self, LetterError};
use crate::state::AppState;

/// The largest file accepted, in bytes.
pub const MAX_UPLOAD_BYTES: usize = 8 * 1024 * 1024;
/// The largest request that carries an upload: the picture and the rest of its form.
pub const MAX_UPLOAD_REQUEST_BYTES: usize = MAX_UPLOAD_BYTES + 64 * 1024;
/// Pictures are stored at most this many pixels wide and high (plenty for a card or a photo on a screen).
const MAX_SIDE: u32 = 2000;
/// Decoding stops before it needs more than this (a small file can claim to be a huge picture).
const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;
/// The widest and highest picture decoded at all, read from the header before any pixel is: a few hundred
/// bytes can declare 20000 × 20000 pixels.
const MAX_DECODE_SIDE: u32 = 16_000;
/// The most pixels decoded (a 50-megapixel camera's photo), so that no declared size within the sides above
/// makes the decoder allocate hundreds of megabytes for a file of a few kilobytes.
const MAX_DECODE_PIXELS: u64 = 52_000_000;

/// Why a file is not a picture we can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PictureError {
    /// Larger than [`MAX_UPLOAD_BYTES`].
    #[error("the file is larger than 8 MB")]
    TooLarge,
    /// Not a JPEG or PNG file, or damaged.
    #[error("the file is not a JPEG or PNG picture that can be read")]
    NotAPicture,
}

/// A picture after cleaning: only pixels, in the format it came in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanPicture {
    /// `image/jpeg` or `image/png`.
    pub content_type: &'static str,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The encoded picture.
    pub bytes: Vec<u8>,
}

/// Decodes an uploaded JPEG or PNG (turned upright by its orientation tag, which is dropped with the rest
/// of the metadata), scales it to at most [`MAX_SIDE`] pixels and encodes it again.
pub fn clean_picture(bytes: &[u8]) -> Result<CleanPicture, PictureError> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(PictureError::TooLarge);
    }
    let format = image::guess_format(bytes).map_err(|_| PictureError::NotAPicture)?;
    if !matches!(format, ImageFormat::Jpeg | ImageFormat::Png) {
        return Err(PictureError::NotAPicture);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| PictureError::NotAPicture)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_DECODE_PIXELS {
        return Err(PictureError::NotAPicture);
    }
    let orientation = decoder.orientation().map_err(|_| PictureError::NotAPicture)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|_| PictureError::NotAPicture)?;
    picture.apply_orientation(orientation);
    if picture.width() > MAX_SIDE || picture.height() > MAX_SIDE {
        picture = picture.resize(MAX_SIDE, MAX_SIDE, FilterType::Triangle);
    }
    let mut out = Vec::new();
    let content_type = if format == ImageFormat::Jpeg {
        let rgb = DynamicImage::ImageRgb8(picture.to_rgb8());
        rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut out, 88)).map_err(|_| PictureError::NotAPicture)?;
        "image/jpeg"
    } else {
        picture.write_with_encoder(PngEncoder::new(&mut out)).map_err(|_| PictureError::NotAPicture)?;
        "image/png"
    };
    Ok(CleanPicture { content_type, width: picture.width(), height: picture.height(), bytes: out })
}

/// A picture as the API and pages describe it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct PictureInfo {
    /// Its id.
    pub id: String,
    /// `card`, `drawing` or `photo`.
    pub kind: &'static str,
    /// `image/jpeg` or `image/png`.
    pub content_type: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Where to fetch it.
    pub url: String,
}

impl PictureInfo {
    /// The description of a stored picture.
    pub fn of(info: &AttachmentInfo) -> Self {
        Self {
            id: info.id.to_string(),
            kind: info.kind.as_str(),
            content_type: info.content_type.clone(),
            width: info.width,
            height: info.height,
            url: format!("/api/v1/letters/{}/attachments/{}", info.letter, info.id),
        }
    }
}

/// Whether the pairing's rules allow pictures with letters now.
async fn pictures_allowed_now(state: &AppState, pairing: &twinbridge_domain::Pairing) -> Result<bool, LetterError> {
    let explanation = crate::services::policy::explain(state.store.read(), pairing, state.clock.today()).await?;
    Ok(pictures_allowed(explanation.anonymous_letters.photos))
}

/// Whether the rules of the pairing (by its id) allow pictures now; for pages that offer the upload.
#[tracing::instrument(level = "debug", skip_all)]
pub(crate) async fn pictures_allowed_for(state: &AppState, pairing: &str) -> Result<bool, LetterError> {
    let id = pairing.parse::<twinbridge_domain::PairingId>().map_err(|_| LetterError::NotFound)?;
    let pairing = repo::pairings::get(state.store.read(), id).await?.ok_or(LetterError::NotFound)?;
    pictures_allowed_now(state, &pairing).await
}

fn not_allowed() -> LetterError {
    LetterError::NotAllowed {
        code: "pictures-not-allowed",
        detail: "The contact rules of this pairing do not allow photos, drawings or cards with letters.".into(),
    }
}

/// Refuses to send a letter with pictures when the rules (which may have changed since they were added)
/// do not allow them.
#[tracing::instrument(level = "debug", skip_all)]
pub(crate) async fn check_before_sending(
    state: &AppState,
    pairing: &twinbridge_domain::Pairing,
    letter: LetterId,
) -> Result<bool, LetterError> {
    let has_pictures = !repo::letters::attachments_of(state.store.read(), letter).await?.is_empty();
    if has_pictures && !pictures_allowed_now(state, pairing).await? {
        return Err(not_allowed());
    }
    Ok(has_pictures)
}

/// Pictures one account may upload in a minute: enough for a letter's few, while a script sending picture
/// after picture (each is decoded and encoded again) is slowed down.
pub const UPLOADS_PER_MINUTE: u32 = 20;

/// The writer adds a picture to a draft or a returned letter.
#[tracing::instrument(level = "debug", skip_all, fields(letter = %letter_id))]
pub async fn attach(
    state: &AppState,
    user: &CurrentUser,
    letter_id: &str,
    kind: &str,
    bytes: Vec<u8>,
) -> Result<AttachmentInfo, LetterError> {
    state.upload_limit.take(user.account.id, state.clock.now()).map_err(LetterError::TooMany)?;
    let letters::VisibleLetter { letter, pairing, .. } = letters::writers_letter(state, user, letter_id).await?;
    let wrong_state = || LetterError::NotAllowed {
        code: "wrong-state",
        detail: "Pictures can be added only to drafts and returned letters.".into(),
    };
    if !matches!(letter.status, LetterStatus::Draft | LetterStatus::Returned) {
        return Err(wrong_state());
    }
    let kind: AttachmentKind =
        kind.parse().map_err(|e: twinbridge_domain::ParseError| LetterError::BadPicture(e.to_string()))?;
    if !pictures_allowed_now(state, &pairing).await? {
        return Err(not_allowed());
    }
    let too_many = || LetterError::BadPicture(format!("A letter can carry at most {MAX_ATTACHMENTS} pictures."));
    if repo::letters::attachments_of(state.store.read(), letter.id).await?.len() >= MAX_ATTACHMENTS {
        return Err(too_many());
    }
    let clean = tokio::task::spawn_blocking(move || clean_picture(&bytes))
        .await
        .map_err(|_| LetterError::BadPicture(PictureError::NotAPicture.to_string()))?
        .map_err(|e| LetterError::BadPicture(e.to_string()))?;
    let now = state.clock.now();
    let info = AttachmentInfo {
        id: AttachmentId::random(),
        letter: letter.id,
        kind,
        content_type: clean.content_type.to_owned(),
        width: clean.width,
        height: clean.height,
        created_at: now,
    };
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::LetterPictureAdded,
        Some(&user.account),
        organisation,
        Some(format!("letter:{}", letter.id)),
    );
    event.details = json!({ "attachment": info.id.to_string(), "kind": kind.as_str() });
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let (info, bytes, event) = (&info, &clean.bytes, event.clone());
            async move {
                // Checked again where it counts: a letter sent off meanwhile takes no picture, and
                // simultaneous uploads do not pass the limit together.
                let status = repo::letters::status_of(&*tx, letter.id).await?;
                if !matches!(status, Some(LetterStatus::Draft | LetterStatus::Returned)) {
                    return Err(wrong_state());
                }
                if repo::letters::attachments_of(&*tx, letter.id).await?.len() >= MAX_ATTACHMENTS {
                    return Err(too_many());
                }
                repo::letters::add_attachment(&*tx, keys, info, bytes).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await?;
                Ok(())
            }
        })
        .await?;
    Ok(info)
}

/// The writer removes a picture from a draft or a returned letter.
#[tracing::instrument(level = "debug", skip_all, fields(letter = %letter_id, id = %id))]
pub async fn remove(state: &AppState, user: &CurrentUser, letter_id: &str, id: &str) -> Result<(), LetterError> {
    let letter = letters::writers_letter(state, user, letter_id).await?.letter;
    let wrong_state = || LetterError::NotAllowed {
        code: "wrong-state",
        detail: "Pictures can be removed only from drafts and returned letters.".into(),
    };
    if !matches!(letter.status, LetterStatus::Draft | LetterStatus::Returned) {
        return Err(wrong_state());
    }
    let id = id.parse::<AttachmentId>().map_err(|_| LetterError::NotFound)?;
    let now = state.clock.now();
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let mut event = crate::services::audit::event(
        AuditAction::LetterPictureRemoved,
        Some(&user.account),
        organisation,
        Some(format!("letter:{}", letter.id)),
    );
    event.details = json!({ "attachment": id.to_string() });
    let removed = state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                let status = repo::letters::status_of(&*tx, letter.id).await?;
                if !matches!(status, Some(LetterStatus::Draft | LetterStatus::Returned)) {
                    return Err(wrong_state());
                }
                let removed = repo::letters::remove_attachment(&*tx, letter.id, id).await?;
                if removed {
                    repo::audit::append(&*tx, &state.keys, event, now).await?;
                }
                Ok::<_, LetterError>(removed)
            }
        })
        .await?;
    if removed { Ok(()) } else { Err(LetterError::NotFound) }
}

/// A picture the caller may see, with its bytes; anything else is "not found".
#[tracing::instrument(level = "debug", skip_all, fields(letter = %letter_id, id = %id))]
pub async fn fetch(
    state: &AppState,
    user: &CurrentUser,
    letter_id: &str,
    id: &str,
) -> Result<(AttachmentInfo, Vec<u8>), LetterError> {
    let id = id.parse::<AttachmentId>().map_err(|_| LetterError::NotFound)?;
    let letters::VisibleLetter { letter, relation, .. } = letters::visible_letter(state, user, letter_id).await?;
    let all = repo::letters::attachments_of(state.store.read(), letter.id).await?;
    let reviews = repo::letters::reviews_of(state.store.read(), &state.keys, letter.id).await?;
    let visible = letters::visible_pictures(all, &letter, relation, &reviews);
    if !visible.iter().any(|a| a.id == id) {
        return Err(LetterError::NotFound);
    }
    repo::letters::attachment(state.store.read(), &state.keys, letter.id, id).await?.ok_or(LetterError::NotFound)
}

#[cfg(test)]
mod tests {
    use image::{ImageEncoder, RgbImage};

    use super::*;

    /// A JPEG with an EXIF block (orientation "rotate 90°" and a camera owner's name) as phones write them.
    fn jpeg_with_exif(width: u32, height: u32) -> Vec<u8> {
        let picture = RgbImage::from_fn(width, height, |x, _| image::Rgb([(x * 7 % 256) as u8, 80, 160]));
        let mut exif = b"II\x2a\x00\x08\x00\x00\x00\x02\x00".to_vec();
        // Orientation (0x0112), SHORT, 1 value: 6 (rotate 90° clockwise to display).
        exif.extend_from_slice(b"\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00\x00\x00");
        // Artist (0x013b), ASCII, 12 bytes at offset 38.
        exif.extend_from_slice(b"\x3b\x01\x02\x00\x0c\x00\x00\x00\x26\x00\x00\x00");
        exif.extend_from_slice(b"\x00\x00\x00\x00");
        exif.extend_from_slice(b"Aarav Mehta\x00");
        let mut out = Vec::new();
        let mut encoder = JpegEncoder::new(&mut out);
        encoder.set_exif_metadata(exif).unwrap();
        encoder.write_image(picture.as_raw(), width, height, image::ExtendedColorType::Rgb8).unwrap();
        out
    }

    #[test]
    fn metadata_is_gone_and_the_picture_is_upright() {
        let original = jpeg_with_exif(40, 20);
        assert!(original.windows(11).any(|w| w == b"Aarav Mehta"), "the fixture carries the name");
        let clean = clean_picture(&original).unwrap();
        assert_eq!(clean.content_type, "image/jpeg");
        assert!(!clean.bytes.windows(11).any(|w| w == b"Aarav Mehta"));
        assert!(!clean.bytes.windows(4).any(|w| w == b"Exif"));
        // Turned by its orientation tag: 40×20 becomes 20×40.
        assert_eq!((clean.width, clean.height), (20, 40));
        let decoded = image::load_from_memory(&clean.bytes).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (20, 40));
    }

    #[test]
    fn large_pictures_are_scaled_down_and_pngs_stay_pngs() {
        let picture = image::RgbaImage::from_pixel(3000, 1000, image::Rgba([10, 20, 30, 255]));
        let mut png = Vec::new();
        PngEncoder::new(&mut png).write_image(picture.as_raw(), 3000, 1000, image::ExtendedColorType::Rgba8).unwrap();
        let clean = clean_picture(&png).unwrap();
        assert_eq!((clean.content_type, clean.width, clean.height), ("image/png", 2000, 667));
    }

    #[test]
    fn anything_else_is_refused() {
        assert_eq!(clean_picture(b"GIF89a not really"), Err(PictureError::NotAPicture));
        assert_eq!(clean_picture(b"hello"), Err(PictureError::NotAPicture));
        let mut broken = jpeg_with_exif(10, 10);
        broken.truncate(broken.len() / 2);
        assert_eq!(clean_picture(&broken), Err(PictureError::NotAPicture));
        assert_eq!(clean_picture(&vec![0; MAX_UPLOAD_BYTES + 1]), Err(PictureError::TooLarge));
    }
}
