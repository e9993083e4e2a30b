//! The audit trail: append-only events in a hash chain (each event's hash covers the previous one), so
//! that a changed, removed or inserted event is detected by `twinbridge audit verify`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    Seq,
    At,
    Actor,
    Action,
    OrganisationId,
    Subject,
    Details,
    PrevHash,
    Hash,
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
                    .table(AuditEvents::Table)
                    .col(pk_uuid(AuditEvents::Id))
                    .col(big_integer_uniq(AuditEvents::Seq))
                    .col(timestamp_with_time_zone(AuditEvents::At))
                    .col(uuid_null(AuditEvents::Actor))
                    .col(string(AuditEvents::Action))
                    .col(uuid_null(AuditEvents::OrganisationId))
                    .col(string_null(AuditEvents::Subject))
                    .col(text(AuditEvents::Details))
                    .col(blob(AuditEvents::PrevHash))
                    .col(blob(AuditEvents::Hash))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_events_org")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::OrganisationId)
                    .take(),
            )
            .await
    }
}
