//! Letters; `body` is ciphertext.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "letters")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub pairing_id: Uuid,
    pub writer_id: Option<Uuid>,
    pub writer_side: String,
    pub language: String,
    pub in_reply_to: Option<Uuid>,
    pub status: String,
    pub body: Vec<u8>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
    pub delivered_at: Option<DateTimeUtc>,
    pub read_at: Option<DateTimeUtc>,
    pub entered_by: Option<Uuid>,
    pub received_on: Option<Date>,
    pub sent_at: Option<DateTimeUtc>,
    pub kind: String,
    pub health_status: Option<String>,
    pub health_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
