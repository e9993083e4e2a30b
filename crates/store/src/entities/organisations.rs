use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub policy_entry: Option<String>,
    pub created_at: DateTimeUtc,
    pub reviews_letters: bool,
    pub offline: bool,
    pub target_working_days: Option<i32>,
    pub registration_min_age: Option<i16>,
    pub registration_max_age: Option<i16>,
    pub retention_months: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
