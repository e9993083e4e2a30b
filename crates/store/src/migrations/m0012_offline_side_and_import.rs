//! What a registry needs on day one (see docs/adr/0010-offline-other-side.md):
//! - organisations not on Twinbridge (`offline`), and one name per organisation;
//! - a registry's own reference for a pairing, the key of a bulk import;
//! - letters written by an offline side (no participant on Twinbridge, so `writer_id` may be empty), who
//!   entered a letter received on paper and when it arrived, and when a letter to an offline side was sent.
//!
//! SQLite cannot drop a NOT NULL constraint, so there `letters` is rebuilt inside the migration's
//! transaction with its foreign keys deferred to the commit (`PRAGMA defer_foreign_keys`), the way SQLite's
//! documentation describes for schema changes it has no ALTER for.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Offline,
}

#[derive(DeriveIden)]
enum Pairings {
    Table,
    Id,
    DonorOrganisationId,
    ExternalReference,
}

#[derive(DeriveIden)]
enum Participants {
    Table,
    Id,
}

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
    EnteredBy,
    ReceivedOn,
    SentAt,
}

#[derive(DeriveIden)]
enum LettersRebuilt {
    Table,
}

/// The columns `letters` had before this migration, in order.
const OLD_LETTER_COLUMNS: &str = "id, pairing_id, writer_id, writer_side, language, in_reply_to, status, body, \
                                  created_at, updated_at, submitted_at, delivered_at, read_at";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .add_column(boolean(Organisations::Offline).default(false))
                    .take(),
            )
            .await?;
        // Two organisations of one name would be told apart by nobody, on a page or in an import file.
        manager
            .get_connection()
            .execute_unprepared("CREATE UNIQUE INDEX organisations_name ON organisations (lower(name))")
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Pairings::Table)
                    .add_column(string_len_null(Pairings::ExternalReference, 64))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("pairings_external_reference")
                    .table(Pairings::Table)
                    .col(Pairings::DonorOrganisationId)
                    .col(Pairings::ExternalReference)
                    .unique()
                    .take(),
            )
            .await?;
        match manager.get_database_backend() {
            DbBackend::Sqlite => rebuild_letters_on_sqlite(manager).await?,
            _ => {
                manager
                    .alter_table(
                        Table::alter().table(Letters::Table).modify_column(uuid_null(Letters::WriterId)).take(),
                    )
                    .await?;
                for column in [
                    uuid_null(Letters::EnteredBy),
                    date_null(Letters::ReceivedOn),
                    timestamp_with_time_zone_null(Letters::SentAt),
                ] {
                    manager.alter_table(Table::alter().table(Letters::Table).add_column(column).take()).await?;
                }
            }
        }
        Ok(())
    }
}

/// `letters` as before, with `writer_id` optional and the three new columns.
async fn rebuild_letters_on_sqlite(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let conn = manager.get_connection();
    conn.execute_unprepared("PRAGMA defer_foreign_keys = ON").await?;
    manager
        .create_table(
            Table::create()
                .table(LettersRebuilt::Table)
                .col(pk_uuid(Letters::Id))
                .col(uuid(Letters::PairingId))
                .col(uuid_null(Letters::WriterId))
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
                .col(uuid_null(Letters::EnteredBy))
                .col(date_null(Letters::ReceivedOn))
                .col(timestamp_with_time_zone_null(Letters::SentAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(LettersRebuilt::Table, Letters::PairingId)
                        .to(Pairings::Table, Pairings::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(LettersRebuilt::Table, Letters::WriterId)
                        .to(Participants::Table, Participants::Id),
                )
                .take(),
        )
        .await?;
    conn.execute_unprepared(&format!(
        "INSERT INTO letters_rebuilt ({OLD_LETTER_COLUMNS}) SELECT {OLD_LETTER_COLUMNS} FROM letters"
    ))
    .await?;
    conn.execute_unprepared("DROP TABLE letters").await?;
    conn.execute_unprepared("ALTER TABLE letters_rebuilt RENAME TO letters").await?;
    manager
        .create_index(Index::create().name("letters_pairing").table(Letters::Table).col(Letters::PairingId).take())
        .await
}
