//! SeaORM entities: persistence structs only. They never leave this crate; repositories map them to and
//! from the domain's types. Identity columns hold ciphertext (see `repo::persons`).

pub mod donations;
pub mod instance_settings;
pub mod organisations;
pub mod pairings;
pub mod participants;
pub mod patient_statuses;
pub mod persons;
