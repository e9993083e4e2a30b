//! Structured logs with tracing. Identity values never reach a log line: domain identity types redact
//! their `Debug`, SQL statement logging is off, and request spans record the route pattern (`/pairings/{id}`),
//! never the raw URI with its query string.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::writer::MakeWriterExt;

use crate::config::{Config, LogFormat};

/// Installs the global subscriber, writing to stderr. `TWINBRIDGE_LOG` (or `RUST_LOG`) overrides the
/// configured filter. Calling it twice (e.g. in tests) keeps the first subscriber.
pub fn init(config: &Config) {
    let filter = EnvFilter::try_from_env("TWINBRIDGE_LOG")
        .or_else(|_| EnvFilter::try_from_default_env())
        .or_else(|_| EnvFilter::try_new(&config.log_filter))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr.with_max_level(tracing::Level::TRACE));
    let _ = match config.log_format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
}
