//! Anonymous letters and their reviews. Texts (the original, each side's approved version, reviewers'
//! notes) are encrypted like identities: a letter is full of details about its writer.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Letters {
    Table,
    Id,
    PairingId,
    WriterId,
    WriterSide,
    Language,
    InReplyTo,
    Status,
    Body,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
    DeliveredAt,
    ReadAt,
}

#[derive(DeriveIden)]
enum LetterReviews {
    Table,
    Id,
    LetterId,
    Side,
    Reviewer,
    Decision,
    Redactions,
    Note,
    ApprovedText,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Pairings {
    Table,
    Id,
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
                    .table(Letters::Table)
                    .col(pk_uuid(Letters::Id))
                    .col(uuid(Letters::PairingId))
                    .col(uuid(Letters::WriterId))
                    .col(string(Letters::WriterSide))
                    .col(string_len(Letters::Language, 8))
                    .col(uuid_null(Letters::InReplyTo))
                    .col(string(Letters::Status))
                    .col(blob(Letters::Body))
                    .col(timestamp_with_time_zone(Letters::CreatedAt))
                    .col(timestamp_with_time_zone(Letters::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Letters::SubmittedAt))
                    .col(timestamp_with_time_zone_null(Letters::DeliveredAt))
                    .col(timestamp_with_time_zone_null(Letters::ReadAt))
                    .foreign_key(
                        ForeignKey::create().from(Letters::Table, Letters::PairingId).to(Pairings::Table, Pairings::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Letters::Table, Letters::WriterId)
                            .to(Participants::Table, Participants::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(Index::create().name("letters_pairing").table(Letters::Table).col(Letters::PairingId).take())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LetterReviews::Table)
                    .col(pk_uuid(LetterReviews::Id))
                    .col(uuid(LetterReviews::LetterId))
                    .col(string(LetterReviews::Side))
                    .col(uuid(LetterReviews::Reviewer))
                    .col(string(LetterReviews::Decision))
                    .col(text(LetterReviews::Redactions))
                    .col(blob_null(LetterReviews::Note))
                    .col(blob_null(LetterReviews::ApprovedText))
                    .col(timestamp_with_time_zone(LetterReviews::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(LetterReviews::Table, LetterReviews::LetterId)
                            .to(Letters::Table, Letters::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("letter_reviews_letter")
                    .table(LetterReviews::Table)
                    .col(LetterReviews::LetterId)
                    .take(),
            )
            .await
    }
}
