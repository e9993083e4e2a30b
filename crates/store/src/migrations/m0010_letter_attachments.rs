//! Pictures attached to letters (cards, drawings, photos), stored re-encoded and encrypted, and which of
//! them each review passed on.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LetterAttachments {
    Table,
    Id,
    LetterId,
    Kind,
    ContentType,
    Width,
    Height,
    Data,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LetterReviews {
    Table,
    PassedAttachments,
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
                    .table(LetterAttachments::Table)
                    .col(pk_uuid(LetterAttachments::Id))
                    .col(uuid(LetterAttachments::LetterId))
                    .col(string_len(LetterAttachments::Kind, 16))
                    .col(string_len(LetterAttachments::ContentType, 32))
                    .col(integer(LetterAttachments::Width))
                    .col(integer(LetterAttachments::Height))
                    .col(blob(LetterAttachments::Data))
                    .col(timestamp_with_time_zone(LetterAttachments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(LetterAttachments::Table, LetterAttachments::LetterId)
                            .to(Letters::Table, Letters::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("letter_attachments_letter")
                    .table(LetterAttachments::Table)
                    .col(LetterAttachments::LetterId)
                    .take(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(LetterReviews::Table)
                    .add_column(text(LetterReviews::PassedAttachments).default("[]"))
                    .take(),
            )
            .await
    }
}
