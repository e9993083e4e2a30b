//! Schema migrations, one module per step, run in order on start and by `twinbridge migrate`.
//!
//! Rules (see docs/adr/0002): every migration runs in a transaction on both backends; written with
//! sea-query's schema builder so SQLite and PostgreSQL share them; raw SQL only where a backend needs its
//! own DDL, branching on `manager.get_database_backend()`; never edit a migration that has shipped. Some
//! tables carry triggers (m0033): a SQLite migration that rebuilds such a table creates them again.

use sea_orm_migration::prelude::*;

mod m0001_core;
mod m0002_accounts;
mod m0003_organisation_policies;
mod m0004_audit;
mod m0005_letters;
mod m0006_consents;
mod m0007_letter_translations;
mod m0008_read_receipts;
mod m0009_letter_review_setting;
mod m0010_letter_attachments;
mod m0011_idempotency_keys;
mod m0012_offline_side_and_import;
mod m0013_release_meetings_health_updates;
mod m0014_consent_forms;
mod m0015_donor_choice;
mod m0016_notifications_and_jobs;
mod m0017_questions_and_registrations;
mod m0018_person_sex;
mod m0019_residence;
mod m0020_service_tokens;
mod m0021_person_keys;
mod m0022_webhooks;
mod m0023_case_closing_and_retention;
mod m0025_audit_keys;
mod m0026_approved_translations;
mod m0028_list_indexes;
mod m0029_sent_letters_index;
mod m0030_translation_requests;
mod m0031_letter_quota_indexes;
mod m0032_keyset_pages;
mod m0033_facts_versions;

/// The ordered list of migrations.
#[derive(Debug)]
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_core::Migration),
            Box::new(m0002_accounts::Migration),
            Box::new(m0003_organisation_policies::Migration),
            Box::new(m0004_audit::Migration),
            Box::new(m0005_letters::Migration),
            Box::new(m0006_consents::Migration),
            Box::new(m0007_letter_translations::Migration),
            Box::new(m0008_read_receipts::Migration),
            Box::new(m0009_letter_review_setting::Migration),
            Box::new(m0010_letter_attachments::Migration),
            Box::new(m0011_idempotency_keys::Migration),
            Box::new(m0012_offline_side_and_import::Migration),
            Box::new(m0013_release_meetings_health_updates::Migration),
            Box::new(m0014_consent_forms::Migration),
            Box::new(m0015_donor_choice::Migration),
            Box::new(m0016_notifications_and_jobs::Migration),
            Box::new(m0017_questions_and_registrations::Migration),
            Box::new(m0018_person_sex::Migration),
            Box::new(m0019_residence::Migration),
            Box::new(m0020_service_tokens::Migration),
            Box::new(m0021_person_keys::Migration),
            Box::new(m0022_webhooks::Migration),
            Box::new(m0023_case_closing_and_retention::Migration),
            Box::new(m0025_audit_keys::Migration),
            Box::new(m0026_approved_translations::Migration),
            Box::new(m0028_list_indexes::Migration),
            Box::new(m0029_sent_letters_index::Migration),
            Box::new(m0030_translation_requests::Migration),
            Box::new(m0031_letter_quota_indexes::Migration),
            Box::new(m0032_keyset_pages::Migration),
            Box::new(m0033_facts_versions::Migration),
        ]
    }
}
