//! Meetings; `note` and `place` are ciphertext.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meetings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub pairing_id: Uuid,
    pub proposed_by: String,
    pub note: Vec<u8>,
    pub status: String,
    pub meeting_date: Option<Date>,
    pub place: Option<Vec<u8>>,
    pub staff_attending: String,
    pub donor_media_consent: bool,
    pub patient_media_consent: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
