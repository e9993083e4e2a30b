//! Consent recorded from a signed paper form: the form itself (a scan or photo, cleaned of its metadata and
//! encrypted like every identity field), tied to the consent version it supports and to who recorded it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConsentForms {
    Table,
    Id,
    ConsentId,
    PairingId,
    ParticipantId,
    ContentType,
    Data,
    SignedOn,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Consents {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConsentForms::Table)
                    .col(pk_uuid(ConsentForms::Id))
                    .col(uuid(ConsentForms::ConsentId))
                    .col(uuid(ConsentForms::PairingId))
                    .col(uuid(ConsentForms::ParticipantId))
                    .col(string_len(ConsentForms::ContentType, 32))
                    .col(blob(ConsentForms::Data))
                    .col(date(ConsentForms::SignedOn))
                    .col(uuid(ConsentForms::RecordedBy))
                    .col(timestamp_with_time_zone(ConsentForms::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConsentForms::Table, ConsentForms::ConsentId)
                            .to(Consents::Table, Consents::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("consent_forms_pairing")
                    .table(ConsentForms::Table)
                    .col(ConsentForms::PairingId)
                    .take(),
            )
            .await
    }
}
