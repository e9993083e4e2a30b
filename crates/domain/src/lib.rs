#![doc = include_str!("../README.md")]

pub mod access;
pub mod account;
pub mod audit;
pub mod case;
pub mod clock;
pub mod consent;
pub mod country;
mod country_names;
pub mod date;
pub mod donation;
pub mod grid;
pub mod ids;
pub mod letter;
pub mod meeting;
pub mod notice;
pub mod organisation;
pub mod pairing;
pub mod participant;
pub mod patient_status;
pub mod person;
pub mod question;
pub mod registration;
pub mod release;
pub mod retention;
pub mod rules;
pub mod service_token;
pub mod statistics;
pub mod text;
pub mod webhook;

pub use account::{AccountKind, StaffRole};
pub use clock::{Clock, FakeClock, SystemClock};
pub use country::CountryCode;
pub use donation::{Donation, Product};
pub use grid::Grid;
pub use ids::{
    AccountId, AttachmentId, DonationId, LetterId, MeetingId, OrganisationId, PairingId, ParticipantId,
    PatientStatusId, PersonId, QuestionId, RegistrationId, ReleaseRequestId, ReviewId,
};
pub use organisation::{Organisation, OrganisationKind, OrganisationName};
pub use pairing::{Pairing, PairingReference};
pub use participant::{Participant, ProxyRelation, Role};
pub use patient_status::{PatientStatus, PatientStatusEntry};
pub use person::{Email, Language, Person, PersonName};

/// A value that failed to parse: names the kind of value and why, never the value itself (it may be
/// identifying).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what}: {why}")]
pub struct ParseError {
    /// What kind of value was being parsed, e.g. "country code".
    pub what: &'static str,
    /// Why it was refused, in words safe to show and log.
    pub why: &'static str,
}

impl ParseError {
    pub(crate) const fn new(what: &'static str, why: &'static str) -> Self {
        Self { what, why }
    }
}
