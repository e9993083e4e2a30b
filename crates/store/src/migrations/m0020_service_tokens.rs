//! Tokens for registry systems: each stands for a staff account of its own (coordinator rights in one
//! organisation, no password, no person), narrowed to its scopes. Only the token's hash is kept.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ServiceTokens {
    Table,
    Id,
    OrganisationId,
    AccountId,
    Name,
    Scopes,
    TokenHash,
    CreatedBy,
    CreatedAt,
    RevokedAt,
    LastUsedAt,
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
                    .table(ServiceTokens::Table)
                    .col(pk_uuid(ServiceTokens::Id))
                    .col(uuid(ServiceTokens::OrganisationId))
                    .col(uuid(ServiceTokens::AccountId))
                    .col(string_len(ServiceTokens::Name, 100))
                    .col(string_len(ServiceTokens::Scopes, 400))
                    .col(blob(ServiceTokens::TokenHash).unique_key())
                    .col(uuid(ServiceTokens::CreatedBy))
                    .col(timestamp_with_time_zone(ServiceTokens::CreatedAt))
                    .col(timestamp_with_time_zone_null(ServiceTokens::RevokedAt))
                    .col(timestamp_with_time_zone_null(ServiceTokens::LastUsedAt))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("service_tokens_organisation_name")
                    .table(ServiceTokens::Table)
                    .col(ServiceTokens::OrganisationId)
                    .col(ServiceTokens::Name)
                    .unique()
                    .take(),
            )
            .await
    }
}
