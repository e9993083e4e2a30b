//! Consent versions: every change of a participant's contact level is a new row.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consents {
    Table,
    Id,
    PairingId,
    ParticipantId,
    Version,
    Level,
    Share,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Participants {
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
                    .table(Consents::Table)
                    .col(pk_uuid(Consents::Id))
                    .col(uuid(Consents::PairingId))
                    .col(uuid(Consents::ParticipantId))
                    .col(big_integer(Consents::Version))
                    .col(string(Consents::Level))
                    .col(text(Consents::Share))
                    .col(uuid_null(Consents::RecordedBy))
                    .col(timestamp_with_time_zone(Consents::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Consents::Table, Consents::ParticipantId)
                            .to(Participants::Table, Participants::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("consents_pairing").table(Consents::Table).col(Consents::PairingId).take(),
            )
            .await
    }
}
