#![doc = include_str!("../README.md")]

mod api;
pub mod attachments;
pub mod audit;
pub mod auth;
pub mod cases;
pub mod cli;
pub mod config;
pub mod consent;
pub mod demo;
pub mod error;
pub mod keys;
pub mod letters;
pub mod mail;
pub mod policy;
mod server;
pub mod startup;
pub mod telemetry;
pub mod web;

pub use config::Config;
pub use startup::{AppState, Application};
