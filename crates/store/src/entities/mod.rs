//! SeaORM entities: persistence structs only. They never leave this crate; repositories map them to and
//! from the domain's types. Identity columns hold ciphertext (see `repo::persons`).

pub mod accounts;
pub mod api_tokens;
pub mod audit_events;
pub mod consent_forms;
pub mod consents;
pub mod donations;
pub mod donor_registrations;
pub mod idempotency_keys;
pub mod instance_settings;
pub mod jobs;
pub mod letter_attachments;
pub mod letter_reviews;
pub mod letter_translations;
pub mod letters;
pub mod meetings;
pub mod notices_sent;
pub mod one_time_tokens;
pub mod organisation_policies;
pub mod organisation_policy_changes;
pub mod organisations;
pub mod outbox;
pub mod pairings;
pub mod participants;
pub mod patient_statuses;
pub mod person_keys;
pub mod persons;
pub mod question_messages;
pub mod questions;
pub mod recovery_codes;
pub mod release_requests;
pub mod service_tokens;
pub mod sessions;
pub mod sign_in_throttle;
pub mod staff_roles;
