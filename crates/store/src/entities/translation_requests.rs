use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translation_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub letter_id: Uuid,
    pub language: String,
    pub requested_by: Uuid,
    pub created_at: DateTimeUtc,
    pub fulfilled_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
