//! Translations of letters attached by staff (encrypted like the letters themselves).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LetterTranslations {
    Table,
    Id,
    LetterId,
    Language,
    Body,
    AddedBy,
    CreatedAt,
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
                    .table(LetterTranslations::Table)
                    .col(pk_uuid(LetterTranslations::Id))
                    .col(uuid(LetterTranslations::LetterId))
                    .col(string_len(LetterTranslations::Language, 8))
                    .col(blob(LetterTranslations::Body))
                    .col(uuid(LetterTranslations::AddedBy))
                    .col(timestamp_with_time_zone(LetterTranslations::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(LetterTranslations::Table, LetterTranslations::LetterId)
                            .to(Letters::Table, Letters::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("letter_translations_letter")
                    .table(LetterTranslations::Table)
                    .col(LetterTranslations::LetterId)
                    .take(),
            )
            .await
    }
}
