//! Audit events: ids and action names only, never identity values.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub seq: i64,
    pub at: DateTimeUtc,
    pub actor: Option<Uuid>,
    pub action: String,
    pub organisation_id: Option<Uuid>,
    pub subject: Option<String>,
    pub details: String,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
    pub key_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
