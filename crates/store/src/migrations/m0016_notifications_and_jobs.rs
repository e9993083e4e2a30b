//! Notifications and scheduled jobs: the jobs and when each runs next (claimed with a lease so that one
//! instance runs it), the marks of notices already sent (so that each goes out once), each account's
//! e-mail choices, each organisation's target for waiting items, and which person an outbox message is
//! for and when sending it was given up (so that a coordinator learns of an address that bounces).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Name,
    NextRunAt,
    ClaimedUntil,
    LastRunAt,
    LastError,
}

#[derive(DeriveIden)]
enum NoticesSent {
    Table,
    Key,
    SentAt,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    MailOff,
    DigestFrequency,
    LastDigestAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    TargetWorkingDays,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    PersonId,
    GaveUpAt,
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
                    .table(Jobs::Table)
                    .col(string_len(Jobs::Name, 64).primary_key())
                    .col(timestamp_with_time_zone(Jobs::NextRunAt))
                    .col(timestamp_with_time_zone_null(Jobs::ClaimedUntil))
                    .col(timestamp_with_time_zone_null(Jobs::LastRunAt))
                    .col(string_len_null(Jobs::LastError, 500))
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NoticesSent::Table)
                    .col(string_len(NoticesSent::Key, 255).primary_key())
                    .col(timestamp_with_time_zone(NoticesSent::SentAt))
                    .take(),
            )
            .await?;
        // SQLite takes one added column per statement.
        let add = |table: TableAlterStatement| async move { manager.alter_table(table).await };
        add(Table::alter().table(Accounts::Table).add_column(string_len(Accounts::MailOff, 500).default("")).take())
            .await?;
        add(Table::alter().table(Accounts::Table).add_column(string_len_null(Accounts::DigestFrequency, 16)).take())
            .await?;
        add(Table::alter()
            .table(Accounts::Table)
            .add_column(timestamp_with_time_zone_null(Accounts::LastDigestAt))
            .take())
        .await?;
        add(Table::alter()
            .table(Organisations::Table)
            .add_column(integer_null(Organisations::TargetWorkingDays))
            .take())
        .await?;
        add(Table::alter().table(Outbox::Table).add_column(uuid_null(Outbox::PersonId)).take()).await?;
        add(Table::alter().table(Outbox::Table).add_column(timestamp_with_time_zone_null(Outbox::GaveUpAt)).take())
            .await
    }
}
