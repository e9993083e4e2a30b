//! Questions to an organisation's staff. A visitor's address is ciphertext; a participant asks through
//! their account.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "questions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub pairing_id: Option<Uuid>,
    pub asker_account: Option<Uuid>,
    pub visitor_email: Option<Vec<u8>>,
    pub language: String,
    pub status: String,
    pub version: i32,
    pub token_hash: Option<Vec<u8>>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
