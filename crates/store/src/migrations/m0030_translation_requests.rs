//! A reader's request for a translation of a delivered letter: one per letter (asked twice, it is the
//! same request), open until the reader's side attaches a translation. Ids and the language only: the
//! request holds no text.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TranslationRequests {
    Table,
    LetterId,
    Language,
    RequestedBy,
    CreatedAt,
    FulfilledAt,
}

#[derive(DeriveIden)]
enum Letters {
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
                    .table(TranslationRequests::Table)
                    .col(pk_uuid(TranslationRequests::LetterId))
                    .col(string_len(TranslationRequests::Language, 8))
                    .col(uuid(TranslationRequests::RequestedBy))
                    .col(timestamp_with_time_zone(TranslationRequests::CreatedAt))
                    .col(timestamp_with_time_zone_null(TranslationRequests::FulfilledAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(TranslationRequests::Table, TranslationRequests::LetterId)
                            .to(Letters::Table, Letters::Id),
                    )
                    .take(),
            )
            .await
    }
}
