//! Organisations' own contact policies, set by their administrators, and the history of changes.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum OrganisationPolicies {
    Table,
    OrganisationId,
    Policy,
    Source,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganisationPolicyChanges {
    Table,
    Id,
    OrganisationId,
    Policy,
    Source,
    ChangedBy,
    ChangedAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
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
                    .table(OrganisationPolicies::Table)
                    .col(uuid(OrganisationPolicies::OrganisationId).primary_key())
                    .col(text(OrganisationPolicies::Policy))
                    .col(text(OrganisationPolicies::Source))
                    .col(uuid(OrganisationPolicies::UpdatedBy))
                    .col(timestamp_with_time_zone(OrganisationPolicies::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganisationPolicies::Table, OrganisationPolicies::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganisationPolicyChanges::Table)
                    .col(pk_uuid(OrganisationPolicyChanges::Id))
                    .col(uuid(OrganisationPolicyChanges::OrganisationId))
                    .col(text(OrganisationPolicyChanges::Policy))
                    .col(text(OrganisationPolicyChanges::Source))
                    .col(uuid(OrganisationPolicyChanges::ChangedBy))
                    .col(timestamp_with_time_zone(OrganisationPolicyChanges::ChangedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganisationPolicyChanges::Table, OrganisationPolicyChanges::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("organisation_policy_changes_org")
                    .table(OrganisationPolicyChanges::Table)
                    .col(OrganisationPolicyChanges::OrganisationId)
                    .take(),
            )
            .await
    }
}
