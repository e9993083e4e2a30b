//! The integration tests of the service, in one binary (linking is the slow part on small machines).
//! Each test gets its own database: SQLite by default, PostgreSQL with `TWINBRIDGE_TEST_DATABASE_URL`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod anonymity;
mod audit;
mod auth;
mod authorization;
mod backup;
mod case_pages;
mod cases;
mod cli;
mod concurrency;
mod consent_forms;
mod crawl;
mod data_export;
mod demo;
mod erasure;
mod faults;
mod health;
mod health_updates;
mod idempotency;
mod import;
mod kept_forms;
mod keys;
mod layers;
mod letters;
mod mail;
mod meetings;
mod metrics;
mod notifications;
mod offline;
mod openapi;
mod pictures;
mod policy;
mod questions;
mod registrations;
mod release;
mod screen;
mod secrets_at_rest;
mod service_tokens;
mod setup;
mod sign_in_links;
mod statistics;
mod storage;
mod web;
mod webhooks;
