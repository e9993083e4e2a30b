//! Indexes for the letter quota that stay cheap however many letters a pairing holds: a side's sent
//! letters are counted up to a cap (`letters_side_sent`: the side is part of the key, so the other side's
//! letters are never stepped over), and the newest letters are read newest first (`letters_pairing_newest`)
//! until both sides' latest are found. They replace `letters_sent` (m0029), which counted every letter.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Letters {
    Table,
    PairingId,
    WriterSide,
    Status,
    Kind,
    CreatedAt,
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
                    .name("letters_side_sent")
                    .table(Letters::Table)
                    .col(Letters::PairingId)
                    .col(Letters::WriterSide)
                    .col(Letters::Status)
                    .col(Letters::Kind)
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("letters_pairing_newest")
                    .table(Letters::Table)
                    .col(Letters::PairingId)
                    .col(Letters::CreatedAt)
                    .take(),
            )
            .await?;
        manager.drop_index(Index::drop().name("letters_sent").table(Letters::Table).to_owned()).await
    }
}
