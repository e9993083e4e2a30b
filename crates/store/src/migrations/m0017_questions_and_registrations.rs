//! Questions to the registry (with their thread) and potential-donor registrations. What identifies a
//! person — a visitor's address, a registrant's details, the texts — is encrypted like the identity
//! vault; a blind index finds a registrant's earlier registration by address.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Questions {
    Table,
    Id,
    OrganisationId,
    PairingId,
    AskerAccount,
    VisitorEmail,
    Language,
    Status,
    Version,
    TokenHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum QuestionMessages {
    Table,
    Id,
    QuestionId,
    Position,
    ByStaff,
    Author,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DonorRegistrations {
    Table,
    Id,
    OrganisationId,
    Status,
    EmailIndex,
    Identity,
    TokenHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    RegistrationMinAge,
    RegistrationMaxAge,
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
                    .table(Questions::Table)
                    .col(pk_uuid(Questions::Id))
                    .col(uuid(Questions::OrganisationId))
                    .col(uuid_null(Questions::PairingId))
                    .col(uuid_null(Questions::AskerAccount))
                    .col(blob_null(Questions::VisitorEmail))
                    .col(string_len(Questions::Language, 8))
                    .col(string_len(Questions::Status, 16))
                    .col(integer(Questions::Version).default(0))
                    .col(blob_null(Questions::TokenHash))
                    .col(timestamp_with_time_zone(Questions::CreatedAt))
                    .col(timestamp_with_time_zone(Questions::UpdatedAt))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("questions_queue")
                    .table(Questions::Table)
                    .col(Questions::OrganisationId)
                    .col(Questions::Status)
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(QuestionMessages::Table)
                    .col(pk_uuid(QuestionMessages::Id))
                    .col(uuid(QuestionMessages::QuestionId))
                    .col(integer(QuestionMessages::Position))
                    .col(boolean(QuestionMessages::ByStaff))
                    .col(uuid_null(QuestionMessages::Author))
                    .col(blob(QuestionMessages::Body))
                    .col(timestamp_with_time_zone(QuestionMessages::CreatedAt))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("question_messages_question")
                    .table(QuestionMessages::Table)
                    .col(QuestionMessages::QuestionId)
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DonorRegistrations::Table)
                    .col(pk_uuid(DonorRegistrations::Id))
                    .col(uuid(DonorRegistrations::OrganisationId))
                    .col(string_len(DonorRegistrations::Status, 16))
                    .col(blob(DonorRegistrations::EmailIndex))
                    .col(blob(DonorRegistrations::Identity))
                    .col(blob(DonorRegistrations::TokenHash))
                    .col(timestamp_with_time_zone(DonorRegistrations::CreatedAt))
                    .col(timestamp_with_time_zone(DonorRegistrations::UpdatedAt))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("donor_registrations_email")
                    .table(DonorRegistrations::Table)
                    .col(DonorRegistrations::OrganisationId)
                    .col(DonorRegistrations::EmailIndex)
                    .unique()
                    .take(),
            )
            .await?;
        let add = |table: TableAlterStatement| async move { manager.alter_table(table).await };
        add(Table::alter()
            .table(Organisations::Table)
            .add_column(small_integer_null(Organisations::RegistrationMinAge))
            .take())
        .await?;
        add(Table::alter()
            .table(Organisations::Table)
            .add_column(small_integer_null(Organisations::RegistrationMaxAge))
            .take())
        .await
    }
}
