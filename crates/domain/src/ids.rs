//! Identifiers of records. Every id is a random UUIDv4: ids leave the process (URLs, API, e-mails), and a
//! time-ordered id (v7, serial) would reveal when and in what order pairings or letters were created.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ParseError;

macro_rules! random_id {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A new random id.
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }

            /// Wraps an id read back from storage.
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// The underlying UUID, for storage.
            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({})"), self.0)
            }
        }

        impl FromStr for $name {
            type Err = ParseError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s)
                    .map(Self)
                    .map_err(|_| ParseError::new($what, "not a valid id"))
            }
        }
    };
}

random_id!(
    /// An organisation: donor registry, transplant centre or patient registry.
    OrganisationId,
    "organisation id"
);
random_id!(
    /// A person in the identity vault.
    PersonId,
    "person id"
);
random_id!(
    /// A person in a role in one pairing.
    ParticipantId,
    "participant id"
);
random_id!(
    /// A pairing (the case): one donor and one patient.
    PairingId,
    "pairing id"
);
random_id!(
    /// One donation of a pairing.
    DonationId,
    "donation id"
);
random_id!(
    /// One entry of a patient's status history.
    PatientStatusId,
    "patient status id"
);

random_id!(
    /// An anonymous letter.
    LetterId,
    "letter id"
);
random_id!(
    /// One review decision on a letter.
    ReviewId,
    "review id"
);
random_id!(
    /// A picture attached to a letter.
    AttachmentId,
    "attachment id"
);
random_id!(
    /// A request to release the identities of a pairing's participants to each other.
    ReleaseRequestId,
    "release request id"
);
random_id!(
    /// A meeting of donor and patient, proposed by one of them.
    MeetingId,
    "meeting id"
);
random_id!(
    /// A sign-in account (a participant's or a staff member's).
    AccountId,
    "account id"
);
random_id!(
    /// A potential donor's registration with a registry.
    RegistrationId,
    "registration id"
);
random_id!(
    /// A question to a registry or centre, with its thread.
    QuestionId,
    "question id"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_random_version_4_and_round_trip() {
        let a = PairingId::random();
        let b = PairingId::random();
        assert_ne!(a, b);
        assert_eq!(a.as_uuid().get_version_num(), 4);
        assert_eq!(a.to_string().parse::<PairingId>(), Ok(a));
        assert!("TB-7QK4-M2XP".parse::<PairingId>().is_err());
    }
}
