//! Identity release, meetings and health updates (docs/adr/0012-identity-release.md,
//! docs/adr/0013-meetings-and-health-updates.md):
//! - `release_requests`: one row per request, with each side's sign-off and attested conditions. A partial
//!   unique index keeps at most one live request (requested or released) per pairing, so two simultaneous
//!   requests cannot both start one.
//! - `meetings`: proposals and their arrangements; at most one open (proposed or accepted) per pairing. The
//!   note and the place are ciphertext.
//! - `letters.kind`: a health update travels as a letter of kind `health_update` (screened, reviewed and
//!   delivered like one), with the reported status and its day.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReleaseRequests {
    Table,
    Id,
    PairingId,
    RequestedBy,
    RequesterSide,
    Status,
    DonorSigned,
    PatientSigned,
    DonorCounselled,
    PatientCounselled,
    PatientWell,
    NoFurtherDonation,
    DonorAgreement,
    PatientAgreement,
    DonorSignedBy,
    PatientSignedBy,
    StopReason,
    CreatedAt,
    UpdatedAt,
    EndedAt,
}

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
    PairingId,
    ProposedBy,
    Note,
    Status,
    MeetingDate,
    Place,
    StaffAttending,
    DonorMediaConsent,
    PatientMediaConsent,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Pairings {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Letters {
    Table,
    Kind,
    HealthStatus,
    HealthOn,
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
                    .table(ReleaseRequests::Table)
                    .col(pk_uuid(ReleaseRequests::Id))
                    .col(uuid(ReleaseRequests::PairingId))
                    .col(uuid(ReleaseRequests::RequestedBy))
                    .col(string_len(ReleaseRequests::RequesterSide, 16))
                    .col(string_len(ReleaseRequests::Status, 16))
                    .col(boolean(ReleaseRequests::DonorSigned).default(false))
                    .col(boolean(ReleaseRequests::PatientSigned).default(false))
                    .col(boolean(ReleaseRequests::DonorCounselled).default(false))
                    .col(boolean(ReleaseRequests::PatientCounselled).default(false))
                    .col(boolean(ReleaseRequests::PatientWell).default(false))
                    .col(boolean(ReleaseRequests::NoFurtherDonation).default(false))
                    .col(boolean(ReleaseRequests::DonorAgreement).default(false))
                    .col(boolean(ReleaseRequests::PatientAgreement).default(false))
                    .col(uuid_null(ReleaseRequests::DonorSignedBy))
                    .col(uuid_null(ReleaseRequests::PatientSignedBy))
                    .col(string_len_null(ReleaseRequests::StopReason, 64))
                    .col(timestamp_with_time_zone(ReleaseRequests::CreatedAt))
                    .col(timestamp_with_time_zone(ReleaseRequests::UpdatedAt))
                    .col(timestamp_with_time_zone_null(ReleaseRequests::EndedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReleaseRequests::Table, ReleaseRequests::PairingId)
                            .to(Pairings::Table, Pairings::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Meetings::Table)
                    .col(pk_uuid(Meetings::Id))
                    .col(uuid(Meetings::PairingId))
                    .col(string_len(Meetings::ProposedBy, 16))
                    .col(blob(Meetings::Note))
                    .col(string_len(Meetings::Status, 16))
                    .col(date_null(Meetings::MeetingDate))
                    .col(blob_null(Meetings::Place))
                    .col(text(Meetings::StaffAttending))
                    .col(boolean(Meetings::DonorMediaConsent).default(false))
                    .col(boolean(Meetings::PatientMediaConsent).default(false))
                    .col(timestamp_with_time_zone(Meetings::CreatedAt))
                    .col(timestamp_with_time_zone(Meetings::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Meetings::Table, Meetings::PairingId)
                            .to(Pairings::Table, Pairings::Id),
                    )
                    .take(),
            )
            .await?;
        // Partial unique indexes: the same statement on SQLite and PostgreSQL.
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE UNIQUE INDEX release_requests_one_live ON release_requests (pairing_id) \
             WHERE status IN ('requested', 'released')",
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX meetings_one_open ON meetings (pairing_id) WHERE status IN ('proposed', 'accepted')",
        )
        .await?;
        // SQLite takes one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter().table(Letters::Table).add_column(string_len(Letters::Kind, 16).default("letter")).take(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter().table(Letters::Table).add_column(string_len_null(Letters::HealthStatus, 16)).take(),
            )
            .await?;
        manager.alter_table(Table::alter().table(Letters::Table).add_column(date_null(Letters::HealthOn)).take()).await
    }
}
