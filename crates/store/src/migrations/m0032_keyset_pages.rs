//! Indexes for the case list read a page at a time (keyset pages): a coordinator's pairings are read by
//! organisation in reference order, so each side's index carries the reference after the organisation
//! and a page is a range of one index, never a sort of every pairing of the organisation. (The review
//! queue's pages read `letters_status_submitted`, m0028, one side's status at a time.)

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
        Ok(())
    }
}
