//! A translation's text as the reader gets it: the reader's side approves it (with the screen's findings
//! removed unless a reviewer unticked them) before the reader sees it. Sealed like the translation; empty
//! until approved, and a translation without it never reaches the reader.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LetterTranslations {
    Table,
    ApprovedBody,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(LetterTranslations::Table)
                    .add_column(blob_null(LetterTranslations::ApprovedBody))
                    .take(),
            )
            .await
    }
}
