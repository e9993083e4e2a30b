//! An index for the letter quota, which every submission checks: a pairing's sent letters counted per
//! side from the index alone, and its latest ones found by range, however many letters the pairing holds.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Letters {
    Table,
    PairingId,
    Status,
    CreatedAt,
    WriterSide,
    Kind,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("letters_sent")
                    .table(Letters::Table)
                    .col(Letters::PairingId)
                    .col(Letters::Status)
                    .col(Letters::CreatedAt)
                    .col(Letters::WriterSide)
                    .col(Letters::Kind)
                    .take(),
            )
            .await
    }
}
