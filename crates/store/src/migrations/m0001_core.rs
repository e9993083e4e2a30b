//! The core model: installation settings, organisations, the identity vault, pairings, participants,
//! donations and patient status history.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum InstanceSettings {
    Table,
    Key,
    Value,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    Name,
    Kind,
    Country,
    PolicyEntry,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Persons {
    Table,
    Id,
    OrganisationId,
    EmailIndex,
    LegalName,
    PreferredFirstName,
    Email,
    Phone,
    PostalAddress,
    Town,
    Country,
    DateOfBirth,
    OtherIdentifiers,
    Language,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Pairings {
    Table,
    Id,
    Reference,
    DonorOrganisationId,
    PatientOrganisationId,
    TransplantCentreId,
    TransplantDate,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Participants {
    Table,
    Id,
    PairingId,
    PersonId,
    Role,
    Relation,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Donations {
    Table,
    Id,
    PairingId,
    Product,
    CollectedOn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PatientStatuses {
    Table,
    Id,
    PairingId,
    Status,
    OnDate,
    RecordedAt,
}

fn fk(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from_table, from_col).to(to_table, to_col).on_delete(ForeignKeyAction::Restrict).take()
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
                    .table(InstanceSettings::Table)
                    .col(string(InstanceSettings::Key).primary_key())
                    .col(text(InstanceSettings::Value))
                    .col(timestamp_with_time_zone(InstanceSettings::UpdatedAt))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(pk_uuid(Organisations::Id))
                    .col(string(Organisations::Name))
                    .col(string(Organisations::Kind))
                    .col(string_len(Organisations::Country, 2))
                    .col(string_null(Organisations::PolicyEntry))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Persons::Table)
                    .col(pk_uuid(Persons::Id))
                    .col(uuid(Persons::OrganisationId))
                    .col(blob(Persons::EmailIndex))
                    .col(blob(Persons::LegalName))
                    .col(blob_null(Persons::PreferredFirstName))
                    .col(blob(Persons::Email))
                    .col(blob_null(Persons::Phone))
                    .col(blob_null(Persons::PostalAddress))
                    .col(blob_null(Persons::Town))
                    .col(blob(Persons::Country))
                    .col(blob_null(Persons::DateOfBirth))
                    .col(blob_null(Persons::OtherIdentifiers))
                    .col(string_len(Persons::Language, 8))
                    .col(timestamp_with_time_zone(Persons::CreatedAt))
                    .foreign_key(&mut fk(
                        Persons::Table,
                        Persons::OrganisationId,
                        Organisations::Table,
                        Organisations::Id,
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("persons_email_index")
                    .table(Persons::Table)
                    .col(Persons::EmailIndex)
                    .unique()
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Pairings::Table)
                    .col(pk_uuid(Pairings::Id))
                    .col(string_len_uniq(Pairings::Reference, 16))
                    .col(uuid(Pairings::DonorOrganisationId))
                    .col(uuid_null(Pairings::PatientOrganisationId))
                    .col(uuid_null(Pairings::TransplantCentreId))
                    .col(date_null(Pairings::TransplantDate))
                    .col(timestamp_with_time_zone(Pairings::CreatedAt))
                    .foreign_key(&mut fk(
                        Pairings::Table,
                        Pairings::DonorOrganisationId,
                        Organisations::Table,
                        Organisations::Id,
                    ))
                    .foreign_key(&mut fk(
                        Pairings::Table,
                        Pairings::PatientOrganisationId,
                        Organisations::Table,
                        Organisations::Id,
                    ))
                    .foreign_key(&mut fk(
                        Pairings::Table,
                        Pairings::TransplantCentreId,
                        Organisations::Table,
                        Organisations::Id,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Participants::Table)
                    .col(pk_uuid(Participants::Id))
                    .col(uuid(Participants::PairingId))
                    .col(uuid(Participants::PersonId))
                    .col(string(Participants::Role))
                    .col(string_null(Participants::Relation))
                    .col(timestamp_with_time_zone(Participants::CreatedAt))
                    .foreign_key(&mut fk(Participants::Table, Participants::PairingId, Pairings::Table, Pairings::Id))
                    .foreign_key(&mut fk(Participants::Table, Participants::PersonId, Persons::Table, Persons::Id))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("participants_pairing_person")
                    .table(Participants::Table)
                    .col(Participants::PairingId)
                    .col(Participants::PersonId)
                    .unique()
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("participants_person")
                    .table(Participants::Table)
                    .col(Participants::PersonId)
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Donations::Table)
                    .col(pk_uuid(Donations::Id))
                    .col(uuid(Donations::PairingId))
                    .col(string(Donations::Product))
                    .col(date(Donations::CollectedOn))
                    .col(timestamp_with_time_zone(Donations::CreatedAt))
                    .foreign_key(&mut fk(Donations::Table, Donations::PairingId, Pairings::Table, Pairings::Id))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("donations_pairing").table(Donations::Table).col(Donations::PairingId).take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PatientStatuses::Table)
                    .col(pk_uuid(PatientStatuses::Id))
                    .col(uuid(PatientStatuses::PairingId))
                    .col(string(PatientStatuses::Status))
                    .col(date(PatientStatuses::OnDate))
                    .col(timestamp_with_time_zone(PatientStatuses::RecordedAt))
                    .foreign_key(&mut fk(
                        PatientStatuses::Table,
                        PatientStatuses::PairingId,
                        Pairings::Table,
                        Pairings::Id,
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("patient_statuses_pairing")
                    .table(PatientStatuses::Table)
                    .col(PatientStatuses::PairingId)
                    .take(),
            )
            .await
    }
}
