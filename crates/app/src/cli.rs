//! The command line (`interfaces.md`): `serve` and `migrate`. Exit codes: 0 success, 1 check failed or
//! operation refused, 2 bad usage or bad input — always with one clear line on stderr, never a panic.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};
use twinbridge_domain::SystemClock;

use crate::config::{Config, Overrides};
use crate::startup::{self, Application, Mode, StartError};
use crate::telemetry;

/// Twinbridge: contact between stem cell donors and the patients who received their cells.
#[derive(Debug, Parser)]
#[command(name = "twinbridge", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the pages, the API and the background worker.
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate(DatabaseArgs),
}

#[derive(Debug, Args)]
struct DatabaseArgs {
    /// Database URL: sqlite://FILE or postgres://USER@HOST:PORT/DB [default: sqlite://twinbridge.db].
    #[arg(long, env = "TWINBRIDGE_DATABASE_URL")]
    database_url: Option<String>,
    /// Configuration file (TOML); see config/twinbridge.example.toml.
    #[arg(long, env = "TWINBRIDGE_CONFIG")]
    config: Option<PathBuf>,
    /// The identity key ring file [default: twinbridge.keys beside the SQLite database].
    #[arg(long, env = "TWINBRIDGE_KEY_FILE")]
    key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "TWINBRIDGE_LISTEN")]
    listen: Option<String>,
    #[command(flatten)]
    database: DatabaseArgs,
    /// Seed demo organisations, accounts and pairings into an empty database; loopback addresses only.
    #[arg(long)]
    demo: bool,
}

impl DatabaseArgs {
    fn overrides(&self, listen: Option<String>) -> Overrides {
        Overrides {
            listen,
            database_url: self.database_url.clone(),
            config_file: self.config.clone(),
            key_file: self.key_file.clone(),
        }
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => return fail(&StartError::Other(format!("cannot start the async runtime: {e}"))),
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn fail(err: &StartError) -> ExitCode {
    eprintln!("twinbridge: {err}");
    ExitCode::from(err.exit_code())
}

async fn run(cli: Cli) -> Result<(), StartError> {
    match cli.command {
        Command::Serve(args) => {
            let config = load_config(&args.database.overrides(args.listen.clone()))?;
            telemetry::init(&config);
            let mode = if args.demo { Mode::Demo } else { Mode::Production };
            let app = Application::build(config, Arc::new(SystemClock), mode).await?;
            tracing::info!(address = %app.local_addr(), demo = args.demo, "serving");
            app.run_until_stopped(shutdown_signal())
                .await
                .map_err(|e| StartError::Other(format!("server stopped: {e}")))?;
            tracing::info!("stopped");
            Ok(())
        }
        Command::Migrate(args) => {
            let config = load_config(&args.overrides(None))?;
            telemetry::init(&config);
            let (store, _keys) = startup::open_store(&config, &SystemClock).await?;
            store.close().await?;
            eprintln!("twinbridge: migrations applied to {}", config.database_url);
            Ok(())
        }
    }
}

fn load_config(overrides: &Overrides) -> Result<Config, StartError> {
    Config::load(overrides).map_err(|e| StartError::Usage(e.to_string()))
}

/// Completes on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
