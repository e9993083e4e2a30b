#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Integration tests of the domain crate.

mod rules;
