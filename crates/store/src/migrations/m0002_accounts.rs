//! Sign-in and messaging: accounts, staff roles, recovery codes, one-time tokens (e-mail links), sign-in
//! throttling, sessions, API tokens and the e-mail outbox.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
    Kind,
    PersonId,
    EmailIndex,
    Email,
    DisplayName,
    PasswordHash,
    TotpSecret,
    TotpLastStep,
    Language,
    NotificationEmail,
    Disabled,
    AuthVersion,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffRoles {
    Table,
    AccountId,
    OrganisationId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    CodeHash,
    AccountId,
    UsedAt,
}

#[derive(DeriveIden)]
enum OneTimeTokens {
    Table,
    TokenHash,
    AccountId,
    Purpose,
    ExpiresAt,
    ConsumedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SignInThrottle {
    Table,
    EmailIndex,
    Failures,
    LockedUntil,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    IdHash,
    AccountId,
    Data,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    TokenHash,
    AccountId,
    ExpiresAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    Kind,
    Recipient,
    Language,
    Payload,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    SentAt,
    LastError,
}

#[derive(DeriveIden)]
enum Persons {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

fn fk_account(table: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(table, Alias::new("account_id")).to(Accounts::Table, Accounts::Id).take()
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
                    .table(Accounts::Table)
                    .col(pk_uuid(Accounts::Id))
                    .col(string(Accounts::Kind))
                    .col(uuid_null(Accounts::PersonId))
                    .col(blob(Accounts::EmailIndex))
                    .col(blob(Accounts::Email))
                    .col(blob_null(Accounts::DisplayName))
                    .col(text_null(Accounts::PasswordHash))
                    .col(blob_null(Accounts::TotpSecret))
                    .col(big_integer_null(Accounts::TotpLastStep))
                    .col(string_null(Accounts::Language))
                    .col(blob_null(Accounts::NotificationEmail))
                    .col(boolean(Accounts::Disabled))
                    .col(integer(Accounts::AuthVersion))
                    .col(timestamp_with_time_zone(Accounts::CreatedAt))
                    .foreign_key(
                        ForeignKey::create().from(Accounts::Table, Accounts::PersonId).to(Persons::Table, Persons::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("accounts_email_index")
                    .table(Accounts::Table)
                    .col(Accounts::EmailIndex)
                    .unique()
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffRoles::Table)
                    .col(uuid(StaffRoles::AccountId))
                    .col(uuid(StaffRoles::OrganisationId))
                    .col(string(StaffRoles::Role))
                    .col(timestamp_with_time_zone(StaffRoles::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(StaffRoles::AccountId)
                            .col(StaffRoles::OrganisationId)
                            .col(StaffRoles::Role),
                    )
                    .foreign_key(&mut fk_account(StaffRoles::Table))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffRoles::Table, StaffRoles::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RecoveryCodes::Table)
                    .col(blob(RecoveryCodes::CodeHash).primary_key())
                    .col(uuid(RecoveryCodes::AccountId))
                    .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                    .foreign_key(&mut fk_account(RecoveryCodes::Table))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OneTimeTokens::Table)
                    .col(blob(OneTimeTokens::TokenHash).primary_key())
                    .col(uuid(OneTimeTokens::AccountId))
                    .col(string(OneTimeTokens::Purpose))
                    .col(timestamp_with_time_zone(OneTimeTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(OneTimeTokens::ConsumedAt))
                    .col(timestamp_with_time_zone(OneTimeTokens::CreatedAt))
                    .foreign_key(&mut fk_account(OneTimeTokens::Table))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SignInThrottle::Table)
                    .col(blob(SignInThrottle::EmailIndex).primary_key())
                    .col(integer(SignInThrottle::Failures))
                    .col(timestamp_with_time_zone_null(SignInThrottle::LockedUntil))
                    .col(timestamp_with_time_zone(SignInThrottle::UpdatedAt))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(blob(Sessions::IdHash).primary_key())
                    .col(uuid_null(Sessions::AccountId))
                    .col(text(Sessions::Data))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("sessions_account").table(Sessions::Table).col(Sessions::AccountId).take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiTokens::Table)
                    .col(blob(ApiTokens::TokenHash).primary_key())
                    .col(uuid(ApiTokens::AccountId))
                    .col(timestamp_with_time_zone(ApiTokens::ExpiresAt))
                    .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                    .foreign_key(&mut fk_account(ApiTokens::Table))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(pk_uuid(Outbox::Id))
                    .col(string(Outbox::Kind))
                    .col(blob(Outbox::Recipient))
                    .col(string(Outbox::Language))
                    .col(text(Outbox::Payload))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .col(integer(Outbox::Attempts))
                    .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(Outbox::ClaimedUntil))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .col(text_null(Outbox::LastError))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::SentAt)
                    .col(Outbox::NextAttemptAt)
                    .take(),
            )
            .await
    }
}
