//! Repositories: functions that map rows to domain types and back. Each takes any connection (a pool for
//! reads, a [`crate::WriteTx`] for writes), so several of them compose into one transaction.

pub mod accounts;
pub mod audit;
pub mod consent_forms;
pub mod consents;
pub mod donations;
pub mod gauges;
pub mod idempotency;
pub mod jobs;
pub mod letters;
pub mod meetings;
pub mod notices;
pub mod organisation_policies;
pub mod organisations;
pub mod outbox;
pub mod pairings;
pub mod patient_statuses;
pub mod persons;
pub mod questions;
pub mod registrations;
pub mod release_requests;
pub mod rotation;
pub mod service_tokens;
pub mod sessions;
pub mod settings;
pub mod statistics;
pub mod throttle;
pub mod tokens;
pub mod translation_requests;
pub mod webhooks;

use sea_orm::{DbErr, SqlErr};

use crate::StoreError;

/// Maps a unique-constraint violation to [`StoreError::Duplicate`]; other errors pass through.
pub(crate) fn duplicate_as(what: &'static str) -> impl FnOnce(DbErr) -> StoreError {
    move |err| match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => StoreError::Duplicate(what),
        _ => StoreError::Db(err),
    }
}
