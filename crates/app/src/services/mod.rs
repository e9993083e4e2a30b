//! The use cases: one module per family, shared by the pages (`web/`) and the API (`api/`). A handler
//! parses its input, calls one service and renders what it returns; a service authorizes through
//! `twinbridge_domain::access`, reads and writes through `twinbridge_store` (a write in one `write_tx` with
//! its audit event and any e-mail) and returns typed values. Services never import `web` or `api`
//! (checked by `tests/it/layers.rs`).

pub mod account;
pub mod attachments;
pub mod audit;
pub mod case_view;
pub mod cases;
pub mod consent;
pub mod data_export;
pub mod deceased;
pub mod erasure;
pub mod health_updates;
pub mod idempotency;
pub mod identity;
pub mod import;
pub mod instance;
pub mod jobs;
pub mod letter_rules;
pub mod letters;
pub mod meetings;
pub mod notify;
pub mod organisation;
pub mod paging;
pub mod pairings;
pub mod policy;
pub mod questions;
pub mod rate_limit;
pub mod registrations;
pub mod release;
pub mod screen;
pub mod service_tokens;
pub mod staff;
pub mod statistics;
pub mod waiting;
pub mod webhooks;
