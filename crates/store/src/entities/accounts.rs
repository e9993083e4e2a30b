//! Sign-in accounts. E-mail, display name, TOTP secret and notification e-mail are ciphertext.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "accounts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: String,
    pub person_id: Option<Uuid>,
    pub email_index: Vec<u8>,
    pub email: Vec<u8>,
    pub display_name: Option<Vec<u8>>,
    pub password_hash: Option<String>,
    pub totp_secret: Option<Vec<u8>>,
    pub totp_last_step: Option<i64>,
    pub language: Option<String>,
    pub notification_email: Option<Vec<u8>>,
    pub disabled: bool,
    pub auth_version: i32,
    pub share_read_receipts: bool,
    pub created_at: DateTimeUtc,
    pub mail_off: String,
    pub digest_frequency: Option<String>,
    pub last_digest_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
