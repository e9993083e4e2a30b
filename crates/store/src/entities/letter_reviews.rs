//! Review decisions; `note` and `approved_text` are ciphertext.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "letter_reviews")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub letter_id: Uuid,
    pub side: String,
    pub reviewer: Uuid,
    pub decision: String,
    pub redactions: String,
    pub note: Option<Vec<u8>>,
    pub approved_text: Option<Vec<u8>>,
    pub created_at: DateTimeUtc,
    pub passed_attachments: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
