//! Closing a case, and how long each organisation keeps identities after its cases are closed: when that
//! period ends for everyone a person takes part with, the scheduled retention job erases them (ADR 0019).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Pairings {
    Table,
    ClosedAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    RetentionMonths,
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
                    .table(Pairings::Table)
                    .add_column(timestamp_with_time_zone_null(Pairings::ClosedAt))
                    .take(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .add_column(integer_null(Organisations::RetentionMonths))
                    .take(),
            )
            .await
    }
}
