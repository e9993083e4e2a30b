//! Indexes for the lists that grow with an instance: a coordinator's pairings and review queue find the
//! pairings of their organisation on either side or as transplant centre, and the review queue finds the
//! letters waiting for a review, oldest first, without reading every letter.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Pairings {
    Table,
    PatientOrganisationId,
    TransplantCentreId,
}

#[derive(DeriveIden)]
enum Letters {
    Table,
    Status,
    SubmittedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("pairings_patient_organisation")
                    .table(Pairings::Table)
                    .col(Pairings::PatientOrganisationId)
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("pairings_transplant_centre")
                    .table(Pairings::Table)
                    .col(Pairings::TransplantCentreId)
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("letters_status_submitted")
                    .table(Letters::Table)
                    .col(Letters::Status)
                    .col(Letters::SubmittedAt)
                    .take(),
            )
            .await
    }
}
