//! The identity vault's rows: every identity column is XChaCha20-Poly1305 ciphertext bound to its row and
//! column and sealed with the person's own data key (`person_keys`); `email_index` is a blind index for
//! look-ups by e-mail. An erased person keeps only the row's id, organisation and language.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "persons")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub email_index: Vec<u8>,
    pub legal_name: Vec<u8>,
    pub preferred_first_name: Option<Vec<u8>>,
    pub email: Vec<u8>,
    pub phone: Option<Vec<u8>>,
    pub postal_address: Option<Vec<u8>>,
    pub town: Option<Vec<u8>>,
    pub country: Vec<u8>,
    pub date_of_birth: Option<Vec<u8>>,
    pub other_identifiers: Option<Vec<u8>>,
    pub language: String,
    pub sex: Option<Vec<u8>>,
    pub created_at: DateTimeUtc,
    pub erased_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
