//! Reading identities: [`read`] is the one path by which a service decrypts a person — to seed the screen
//! with the identifiers it looks for, or to show coordinators their own side's participant. Every read is
//! decided by `twinbridge_domain::access` (or made by the system, naming why) and audited as an
//! `identity_read` with its purpose.

use twinbridge_domain::access::{IdentityAccess, PersonOwner, identity_access};
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::service_token::Scope;
use twinbridge_domain::{Person, PersonId};
use twinbridge_screening::Known;
use twinbridge_store::{StoreError, repo};

use crate::auth::CurrentUser;
use crate::state::AppState;

/// Why identities are read for the screen; recorded with each read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A writer checks their own draft.
    WritingCheck,
    /// A caller of `POST /api/v1/screen`.
    Screening,
    /// A coordinator reviews a letter.
    LetterReview,
    /// The system screens a letter for a side that does not review by hand.
    ScreenInPlaceOfReview,
    /// A coordinator works on a case of their own side (the case page, `GET /api/v1/pairings/{id}`).
    CaseWork,
    /// The system checks whether a patient represented as a minor has turned 18.
    ComingOfAge,
    /// Staff read a question: the screen warns of the asker's own details in it.
    QuestionReview,
    /// A person downloads the data held about them.
    DataExport,
    /// Before an erasure: to check that the reason does not name the person.
    Erasure,
    /// The system screens a translation by the reader's side for the writer's identifiers, which that side
    /// never sees.
    TranslationScreen,
    /// The system screens a meeting proposal's note for its writer's identifiers before the other side sees it.
    MeetingNoteScreen,
}

impl Purpose {
    /// The name in the audit trail.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::WritingCheck => "letter_writing_check",
            Self::Screening => "screening",
            Self::LetterReview => "letter_review",
            Self::ScreenInPlaceOfReview => "letter_screen_in_place_of_review",
            Self::CaseWork => "case_work",
            Self::ComingOfAge => "coming_of_age",
            Self::QuestionReview => "question_review",
            Self::DataExport => "data_export",
            Self::Erasure => "erasure",
            Self::TranslationScreen => "translation_screen",
            Self::MeetingNoteScreen => "meeting_note_screen",
        }
    }
}

/// What the screen may know of a person: their names, places, contacts and dates.
pub fn known_of(person: &Person, known: &mut Known) {
    known.names.push(person.legal_name.as_str().to_owned());
    if let Some(first) = &person.preferred_first_name {
        known.names.push(first.as_str().to_owned());
    }
    if let Some(town) = &person.town {
        known.places.push(town.as_str().to_owned());
    }
    if let Some(address) = &person.postal_address {
        known.places.push(address.as_str().to_owned());
    }
    known.other.push(person.email.as_str().to_owned());
    if let Some(phone) = &person.phone {
        known.other.push(phone.as_str().to_owned());
    }
    if let Some(born) = person.date_of_birth {
        known.other.push(born.date().to_string());
    }
    known.organisations.extend(person.other_identifiers.iter().map(|i| i.as_str().to_owned()));
}

/// The identity of `person`, read with `user`'s access (`None` when they may not see it, or the person
/// is missing), or by the system when `user` is `None`. Each read is audited with `purpose`.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn read(
    state: &AppState,
    user: Option<&CurrentUser>,
    person: PersonId,
    purpose: Purpose,
) -> Result<Option<Person>, StoreError> {
    // A registry system sees identities only where its token's scopes say so.
    if user.and_then(|u| u.service.as_ref()).is_some_and(|s| !s.scopes.allows(Scope::IdentitiesRead)) {
        return Ok(None);
    }
    let Some(organisation) = repo::persons::organisation_of(state.store.read(), person).await? else { return Ok(None) };
    let access = match user {
        Some(user) => identity_access(&user.actor(), PersonOwner { person, organisation }),
        None => Some(IdentityAccess::for_system(person, purpose.as_str())),
    };
    let Some(access) = access else { return Ok(None) };
    let Some((identity, organisation)) = repo::persons::read(state.store.read(), &state.keys, &access).await? else {
        return Ok(None);
    };
    let mut event = crate::services::audit::event(
        AuditAction::IdentityRead,
        user.map(|u| &u.account),
        Some(organisation),
        Some(format!("person:{person}")),
    );
    event.details = serde_json::json!({ "purpose": purpose.as_str() });
    crate::services::audit::record(state, event).await?;
    Ok(Some(identity))
}

/// The identifiers of `people` the screen may look for: read with `user`'s access (people they may not
/// see are skipped), or by the system when `user` is `None`. Each read is audited with `purpose`.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn known_for(
    state: &AppState,
    user: Option<&CurrentUser>,
    people: &[PersonId],
    purpose: Purpose,
) -> Result<Known, StoreError> {
    let mut known = Known::default();
    for &person in people {
        if let Some(identity) = read(state, user, person, purpose).await? {
            known_of(&identity, &mut known);
        }
    }
    Ok(known)
}
