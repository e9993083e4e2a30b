//! Reading identities to seed the screen: the one path by which a service turns people into the
//! identifiers the screen looks for. Every read is decided by `twinbridge_domain::access` (or made by the
//! system, naming why) and audited as an `identity_read` with its purpose.

use twinbridge_domain::access::{IdentityAccess, PersonOwner, identity_access};
use twinbridge_domain::audit::AuditAction;
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
}

impl Purpose {
    /// The name in the audit trail.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::WritingCheck => "letter_writing_check",
            Self::Screening => "screening",
            Self::LetterReview => "letter_review",
            Self::ScreenInPlaceOfReview => "letter_screen_in_place_of_review",
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

/// The identifiers of `people` the screen may look for: read with `user`'s access (people they may not
/// see are skipped), or by the system when `user` is `None`. Each read is audited with `purpose`.
#[tracing::instrument(skip_all)]
pub async fn known_for(
    state: &AppState,
    user: Option<&CurrentUser>,
    people: &[PersonId],
    purpose: Purpose,
) -> Result<Known, StoreError> {
    let mut known = Known::default();
    let actor = user.map(CurrentUser::actor);
    for &person in people {
        let Some(organisation) = repo::persons::organisation_of(state.store.read(), person).await? else { continue };
        let access = match &actor {
            Some(actor) => identity_access(actor, PersonOwner { person, organisation }),
            None => Some(IdentityAccess::for_system(person, purpose.as_str())),
        };
        let Some(access) = access else { continue };
        let Some((identity, organisation)) = repo::persons::read(state.store.read(), &state.keys, &access).await?
        else {
            continue;
        };
        known_of(&identity, &mut known);
        let mut event = crate::services::audit::event(
            AuditAction::IdentityRead,
            user.map(|u| &u.account),
            Some(organisation),
            Some(format!("person:{person}")),
        );
        event.details = serde_json::json!({ "purpose": purpose.as_str() });
        crate::services::audit::record(state, event).await?;
    }
    Ok(known)
}
