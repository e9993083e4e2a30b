//! Indexes for the lists read a page at a time (keyset pages): a coordinator's pairings are read by
//! organisation in reference order, so each side's index carries the reference after the organisation
//! and a page is a range of one index, never a sort of every pairing of the organisation; the review
//! queue reads the letters waiting for a review oldest first from an index of those letters alone (a
//! partial index: delivered and read letters, nearly all of them, are not in it).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Pairings {
    Table,
    Reference,
    DonorOrganisationId,
    PatientOrganisationId,
    TransplantCentreId,
}

#[derive(DeriveIden)]
enum Letters {
    Table,
    Id,
    Status,
    SubmittedAt,
}

/// The statuses of a letter waiting for a review (`LetterStatus::InReview`); a query must name the same
/// values for the partial index to serve it.
const IN_REVIEW: [&str; 2] = ["in_review_donor_side", "in_review_patient_side"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let by_reference = [
            ("pairings_donor_reference", Pairings::DonorOrganisationId),
            ("pairings_patient_reference", Pairings::PatientOrganisationId),
            ("pairings_centre_reference", Pairings::TransplantCentreId),
        ];
        for (name, organisation) in by_reference {
            manager
                .create_index(
                    Index::create().name(name).table(Pairings::Table).col(organisation).col(Pairings::Reference).take(),
                )
                .await?;
        }
        // The new indexes start with the same columns.
        for old in ["pairings_patient_organisation", "pairings_transplant_centre"] {
            manager.drop_index(Index::drop().name(old).table(Pairings::Table).to_owned()).await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("letters_in_review")
                    .table(Letters::Table)
                    .col(Letters::SubmittedAt)
                    .col(Letters::Id)
                    .and_where(Expr::col(Letters::Status).is_in(IN_REVIEW))
                    .take(),
            )
            .await
    }
}
