#![doc = include_str!("../README.md")]

mod api;
pub mod auth;
pub mod backup;
pub mod checkpoint;
pub mod cli;
pub mod config;
pub mod demo;
pub mod error;
mod export;
pub mod keys;
pub mod mail;
pub mod metrics;
mod server;
pub mod services;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod web;
pub mod webhooks;

pub use config::Config;
pub use startup::{AppState, Application};
