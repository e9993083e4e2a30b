use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "release_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub pairing_id: Uuid,
    pub requested_by: Uuid,
    pub requester_side: String,
    pub status: String,
    pub donor_signed: bool,
    pub patient_signed: bool,
    pub donor_counselled: bool,
    pub patient_counselled: bool,
    pub patient_well: bool,
    pub no_further_donation: bool,
    pub donor_agreement: bool,
    pub patient_agreement: bool,
    pub donor_signed_by: Option<Uuid>,
    pub patient_signed_by: Option<Uuid>,
    pub stop_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub ended_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
