//! Webhooks for registry systems: each organisation's subscriptions (the signing secret encrypted with the
//! key ring, because it is read back to sign) and the deliveries to make, written in the same transaction
//! as the change they announce and sent by a worker that claims them with a lease, as the e-mail outbox.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Webhooks {
    Table,
    Id,
    OrganisationId,
    Url,
    Events,
    Secret,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum WebhookDeliveries {
    Table,
    Id,
    WebhookId,
    Event,
    Payload,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    DeliveredAt,
    GaveUpAt,
    LastError,
    LastAttemptAt,
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
                    .table(Webhooks::Table)
                    .col(pk_uuid(Webhooks::Id))
                    .col(uuid(Webhooks::OrganisationId))
                    .col(string_len(Webhooks::Url, 2000))
                    .col(string_len(Webhooks::Events, 200))
                    .col(blob(Webhooks::Secret))
                    .col(uuid(Webhooks::CreatedBy))
                    .col(timestamp_with_time_zone(Webhooks::CreatedAt))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("webhooks_organisation")
                    .table(Webhooks::Table)
                    .col(Webhooks::OrganisationId)
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebhookDeliveries::Table)
                    .col(pk_uuid(WebhookDeliveries::Id))
                    .col(uuid(WebhookDeliveries::WebhookId))
                    .col(string_len(WebhookDeliveries::Event, 64))
                    .col(text(WebhookDeliveries::Payload))
                    .col(timestamp_with_time_zone(WebhookDeliveries::CreatedAt))
                    .col(integer(WebhookDeliveries::Attempts).default(0))
                    .col(timestamp_with_time_zone(WebhookDeliveries::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(WebhookDeliveries::ClaimedUntil))
                    .col(timestamp_with_time_zone_null(WebhookDeliveries::DeliveredAt))
                    .col(timestamp_with_time_zone_null(WebhookDeliveries::GaveUpAt))
                    .col(string_len_null(WebhookDeliveries::LastError, 500))
                    .col(timestamp_with_time_zone_null(WebhookDeliveries::LastAttemptAt))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("webhook_deliveries_due")
                    .table(WebhookDeliveries::Table)
                    .col(WebhookDeliveries::DeliveredAt)
                    .col(WebhookDeliveries::NextAttemptAt)
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("webhook_deliveries_webhook")
                    .table(WebhookDeliveries::Table)
                    .col(WebhookDeliveries::WebhookId)
                    .take(),
            )
            .await
    }
}
