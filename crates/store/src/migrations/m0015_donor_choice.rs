//! The donor's answer before each donation: stay anonymous, or may reveal their identity later.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Donations {
    Table,
    DonorChoice,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(Donations::Table).add_column(string_len_null(Donations::DonorChoice, 16)).take(),
            )
            .await
    }
}
