//! Per-person data keys (crypto-shredding, ADR 0019): each person's identity fields are sealed with a key of
//! their own, kept here wrapped by the key ring. Erasure deletes the key and marks the person erased.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PersonKeys {
    Table,
    PersonId,
    DataKey,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Persons {
    Table,
    ErasedAt,
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
                    .table(PersonKeys::Table)
                    .col(pk_uuid(PersonKeys::PersonId))
                    .col(blob(PersonKeys::DataKey))
                    .col(timestamp_with_time_zone(PersonKeys::CreatedAt))
                    .take(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Persons::Table)
                    .add_column(timestamp_with_time_zone_null(Persons::ErasedAt))
                    .take(),
            )
            .await
    }
}
