//! Where donor and patient live, when it is not their side's country: some countries require anonymity of
//! everyone living there, whatever organisation they are registered with, so the rules read it (ADR 0016).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Pairings {
    Table,
    DonorResidence,
    PatientResidence,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one column at a time.
        for column in [Pairings::DonorResidence, Pairings::PatientResidence] {
            manager
                .alter_table(Table::alter().table(Pairings::Table).add_column(string_len_null(column, 2)).take())
                .await?;
        }
        Ok(())
    }
}
