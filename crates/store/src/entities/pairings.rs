use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pairings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub reference: String,
    pub donor_organisation_id: Uuid,
    pub patient_organisation_id: Option<Uuid>,
    pub transplant_centre_id: Option<Uuid>,
    pub transplant_date: Option<Date>,
    pub created_at: DateTimeUtc,
    pub external_reference: Option<String>,
    pub donor_residence: Option<String>,
    pub patient_residence: Option<String>,
    pub closed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
