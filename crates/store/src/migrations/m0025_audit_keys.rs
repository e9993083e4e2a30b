//! The audit chain becomes keyed (ADR 0007): each event's hash is an HMAC with a key derived from the key
//! ring, and the event names that key's id. Existing events are sealed again with the key when the
//! database is next opened with its key ring.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    KeyId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(AuditEvents::Table).add_column(integer_null(AuditEvents::KeyId)).take())
            .await
    }
}
