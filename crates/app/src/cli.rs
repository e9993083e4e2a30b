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
    /// The contact rules: what a donor–patient pair may do, and every rule with its source.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// Screen letters (from stdin) for identifying details.
    Screen(ScreenArgs),
    /// The audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// The identity key ring.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// The organisations on this instance.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// Staff accounts.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// Bulk import from a registry's system.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
    /// A consistent snapshot of the database into a new folder (the key ring only with --with-keys).
    Backup(BackupArgs),
    /// Restores a backup into a new database, after checking that the key ring is the backup's.
    Restore(RestoreArgs),
    /// Erase a person's identity (crypto-shredding): their data key is destroyed and what names them is
    /// overwritten; the audit records that an erasure happened and why, not whose.
    Erase(EraseArgs),
    /// The scheduled jobs (digests, reminders).
    Jobs {
        #[command(subcommand)]
        command: JobsCommand,
    },
}

#[derive(Debug, Subcommand)]
enum JobsCommand {
    /// Run every scheduled job now, once, and exit; the e-mails go to the outbox (a running `serve`
    /// sends them). Each notice still goes out once: what a job told before is not told again.
    RunDue(DatabaseArgs),
}

#[derive(Debug, Subcommand)]
enum OrgCommand {
    /// Add an organisation; prints its id.
    Add(OrgAddArgs),
    /// List the organisations.
    List(OrgListArgs),
}

#[derive(Debug, Args)]
struct OrgAddArgs {
    /// Its name (unique on the instance).
    #[arg(long)]
    name: String,
    /// donor_registry, transplant_centre or patient_registry.
    #[arg(long)]
    kind: String,
    /// Its country (ISO 3166-1 alpha-2, e.g. IN).
    #[arg(long)]
    country: String,
    /// The rule entry whose policy it follows, as `policy list` prints it (e.g. "IN DKMS-BMST").
    #[arg(long)]
    follows: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[command(flatten)]
    database: DatabaseArgs,
}

#[derive(Debug, Args)]
struct OrgListArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[command(flatten)]
    database: DatabaseArgs,
}

#[derive(Debug, Subcommand)]
enum StaffCommand {
    /// Invite a staff member (an organisation's first administrator): an e-mail through the outbox, and
    /// the link printed here.
    Invite(StaffInviteArgs),
}

#[derive(Debug, Args)]
struct StaffInviteArgs {
    /// The organisation's id (`org list`).
    #[arg(long)]
    org: String,
    /// Their e-mail address.
    #[arg(long)]
    email: String,
    /// administrator, coordinator or auditor.
    #[arg(long)]
    role: String,
    #[command(flatten)]
    database: DatabaseArgs,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Import pairings (CSV with a header, or JSON lines; one row per donation; see docs/import.md).
    Pairings(ImportArgs),
}

#[derive(Debug, Args)]
struct ImportArgs {
    /// The file.
    file: PathBuf,
    /// The donor registry the pairings belong to.
    #[arg(long)]
    org: String,
    /// Also e-mail each new donor an invitation (off by default: the registry decides when donors hear).
    #[arg(long)]
    invite: bool,
    #[command(flatten)]
    database: DatabaseArgs,
}

#[derive(Debug, Subcommand)]
enum KeysCommand {
    /// Add a new key and re-encrypt every identity field with it (older keys stay in the ring).
    Rotate(DatabaseArgs),
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Check the keyed hash chain: exit 0 when intact, 1 naming the first changed, missing or unreadable
    /// event; with --checkpoint, also 1 when events up to the checkpoint were deleted or rewritten.
    Verify(AuditVerifyArgs),
    /// Write a signed checkpoint of the chain's head to FILE (keep it away from the database).
    Checkpoint(AuditCheckpointArgs),
}

#[derive(Debug, Args)]
struct AuditVerifyArgs {
    /// A checkpoint written by `audit checkpoint` or the daily job.
    #[arg(long)]
    checkpoint: Option<PathBuf>,
    #[command(flatten)]
    database: DatabaseArgs,
}

#[derive(Debug, Args)]
struct AuditCheckpointArgs {
    /// Where to write it.
    file: PathBuf,
    #[command(flatten)]
    database: DatabaseArgs,
}

#[derive(Debug, Subcommand)]
enum PolicyCommand {
    /// The effective contact policy of a donor–patient pair, and why.
    Explain(Box<ExplainArgs>),
    /// Every jurisdiction rule with its sources.
    List(FormatArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
struct FormatArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    /// The country the donor lives in (ISO 3166-1 alpha-2, e.g. IN). With a --donor-org of another country,
    /// the rules of both countries bind.
    #[arg(long)]
    donor_country: String,
    /// The country the patient lives in (ISO 3166-1 alpha-2, e.g. DE).
    #[arg(long)]
    patient_country: String,
    /// The rule entry the donor-side organisation follows (e.g. "IN DATRI") [default: the country's main registry].
    #[arg(long)]
    donor_org: Option<String>,
    /// The rule entry the patient-side organisation follows [default: the country's main registry].
    #[arg(long)]
    patient_org: Option<String>,
    /// The rule entry the transplant centre follows, if it has its own.
    #[arg(long)]
    transplant_centre: Option<String>,
    /// A donation as DATE:PRODUCT (products: pbsc, bone-marrow, dli, cd34-boost, cord-blood); repeatable.
    #[arg(long = "donation")]
    donations: Vec<String>,
    /// The transplant date (YYYY-MM-DD); repeatable for later transplants.
    #[arg(long = "transplant")]
    transplants: Vec<String>,
    /// The patient's status: well, in_treatment, relapsed, deceased or unknown.
    #[arg(long)]
    patient_status: Option<String>,
    /// The day to evaluate (YYYY-MM-DD) [default: today, UTC].
    #[arg(long)]
    today: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ScreenFormat {
    Text,
    Jsonl,
}

#[derive(Debug, Args)]
struct ScreenArgs {
    /// `jsonl`: one JSON object per line in and out (see interfaces.md); `text`: the whole input is one letter.
    #[arg(long, value_enum, default_value = "text")]
    format: ScreenFormat,
    /// Language of a `text` letter (en, hi, de, ...).
    #[arg(long)]
    language: Option<String>,
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
struct BackupArgs {
    /// A new (or empty) folder for the backup.
    dir: PathBuf,
    /// Put the identity key ring into the backup too. Without it the backup is ciphertext only: keep the
    /// key ring's own backup somewhere else.
    #[arg(long)]
    with_keys: bool,
    #[command(flatten)]
    database: DatabaseArgs,
}

#[derive(Debug, Args)]
struct EraseArgs {
    /// The person's e-mail address.
    #[arg(long)]
    email: String,
    /// Why (kept in the audit trail, so it must not name the person), e.g. "request of 2026-12-01".
    #[arg(long)]
    reason: String,
    #[command(flatten)]
    database: DatabaseArgs,
}

#[derive(Debug, Args)]
struct RestoreArgs {
    /// The backup's folder.
    dir: PathBuf,
    #[command(flatten)]
    database: DatabaseArgs,
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
    /// The bearer token `GET /metrics` asks for (at least 16 characters); without it `/metrics` is off,
    /// except in demo mode.
    #[arg(long, env = "TWINBRIDGE_METRICS_TOKEN", hide_env_values = true)]
    metrics_token: Option<String>,
}

impl DatabaseArgs {
    fn overrides(&self, listen: Option<String>) -> Overrides {
        Overrides {
            listen,
            database_url: self.database_url.clone(),
            config_file: self.config.clone(),
            key_file: self.key_file.clone(),
            metrics_token: None,
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
    note(&err.to_string());
    ExitCode::from(err.exit_code())
}

/// One line on stderr. A closed stderr must not turn a clean exit code into the panic of `eprintln!`.
fn note(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "twinbridge: {line}");
}

/// Standard output of every command. `println!` panics (exit 101) when the reader has gone (`| head -1`)
/// or the disk is full; here every write can fail, and the failure is an exit 1 with one line.
struct Out(std::io::BufWriter<std::io::StdoutLock<'static>>);

impl Out {
    fn new() -> Self {
        Self(std::io::BufWriter::new(std::io::stdout().lock()))
    }

    fn write(&mut self, text: std::fmt::Arguments<'_>) -> Result<(), StartError> {
        std::io::Write::write_fmt(&mut self.0, text).map_err(write_failed)
    }

    /// Flushes: the buffered end of the output can fail too, and that must not pass unnoticed.
    fn finish(mut self) -> Result<(), StartError> {
        std::io::Write::flush(&mut self.0).map_err(write_failed)
    }

    /// The whole output of a command that prints once.
    fn print(text: std::fmt::Arguments<'_>) -> Result<(), StartError> {
        let mut out = Self::new();
        out.write(text)?;
        out.finish()
    }
}

fn write_failed(e: std::io::Error) -> StartError {
    StartError::Other(format!("cannot write the output: {e}"))
}

async fn run(cli: Cli) -> Result<(), StartError> {
    match cli.command {
        Command::Policy { command: PolicyCommand::Explain(args) } => explain(&args),
        Command::Policy { command: PolicyCommand::List(args) } => list(&args),
        Command::Screen(args) => screen(&args),
        Command::Keys { command: KeysCommand::Rotate(args) } => {
            let config = load_config(&args.overrides(None))?;
            telemetry::init(&config);
            let (key_id, rotated) = startup::rotate_keys(&config, &SystemClock).await?;
            Out::print(format_args!(
                "key {key_id} is now in use: re-encrypted {} persons, {} accounts, {} letters, {} queued e-mails; key file {}\n",
                rotated.persons,
                rotated.accounts,
                rotated.letters,
                rotated.outbox,
                config.key_file.display()
            ))
        }
        Command::Audit { command: AuditCommand::Verify(args) } => {
            use crate::checkpoint::Comparison;
            use twinbridge_store::repo::audit::Verification;
            let config = load_config(&args.database.overrides(None))?;
            startup::require_existing_database(&config)?;
            let checkpoint =
                args.checkpoint.as_deref().map(crate::checkpoint::read).transpose().map_err(StartError::Usage)?;
            let (store, keys) = startup::open_store(&config, &SystemClock).await?;
            let result = twinbridge_store::repo::audit::verify(store.read(), &keys).await;
            let compared = match (&result, &checkpoint) {
                (Ok(Verification::Intact { .. }), Some(checkpoint)) => {
                    Some(crate::checkpoint::compare(&store, &keys, checkpoint).await)
                }
                _ => None,
            };
            store.close().await?;
            let events = match result {
                Ok(Verification::Intact { events }) => events,
                Ok(Verification::Broken { seq, id, why }) => {
                    return Err(StartError::Refused(format!("audit event {id} (number {seq}) {why}")));
                }
                Err(e) => return Err(StartError::Refused(format!("the audit trail cannot be read: {e}"))),
            };
            match compared.transpose()? {
                None => Out::print(format_args!("audit trail intact: {events} events\n")),
                Some(Comparison::Holds) => Out::print(format_args!(
                    "audit trail intact: {events} events, the checkpoint's {} unchanged\n",
                    checkpoint.map_or(0, |c| c.events)
                )),
                Some(Comparison::NotSigned) => {
                    Err(StartError::Refused("the checkpoint was not signed with this key ring".into()))
                }
                Some(Comparison::Truncated { now, then }) => Err(StartError::Refused(format!(
                    "the audit trail has {now} events but had {then} at the checkpoint: events were deleted"
                ))),
                Some(Comparison::Rewritten) => Err(StartError::Refused(
                    "the audit trail was rewritten: its events differ from the checkpoint's".into(),
                )),
            }
        }
        Command::Audit { command: AuditCommand::Checkpoint(args) } => {
            let config = load_config(&args.database.overrides(None))?;
            startup::require_existing_database(&config)?;
            let (store, keys) = startup::open_store(&config, &SystemClock).await?;
            let checkpoint = crate::checkpoint::make(&store, &keys, twinbridge_domain::Clock::now(&SystemClock)).await;
            store.close().await?;
            let checkpoint = checkpoint?;
            crate::checkpoint::write(&args.file, &checkpoint)
                .map_err(|e| StartError::Usage(format!("cannot write {}: {e}", args.file.display())))?;
            Out::print(format_args!(
                "checkpoint of {} audit events written to {}\n",
                checkpoint.events,
                args.file.display()
            ))
        }
        Command::Org { command: OrgCommand::Add(args) } => {
            // The first command of a new instance: it creates the database where there is none yet.
            let config = load_config(&args.database.overrides(None))?;
            telemetry::init(&config);
            let state = startup::open_state(config, Arc::new(SystemClock)).await?;
            let added = crate::services::instance::add_organisation(
                &state,
                &args.name,
                &args.kind,
                &args.country,
                args.follows.as_deref(),
            )
            .await;
            state.store.close().await?;
            let added = added.map_err(instance_error)?;
            match args.format {
                Format::Json => Out::print(format_args!(
                    "{}\n",
                    serde_json::json!({ "id": added.id, "name": added.name, "kind": added.kind, "country": added.country })
                )),
                Format::Text => Out::print(format_args!("{}\n", added.id)),
            }
        }
        Command::Org { command: OrgCommand::List(args) } => {
            let state = operator_state(&args.database).await?;
            let listed = crate::services::instance::organisations(&state).await;
            state.store.close().await?;
            let listed = listed.map_err(instance_error)?;
            match args.format {
                Format::Json => Out::print(format_args!(
                    "{}\n",
                    serde_json::to_string_pretty(&listed).map_err(|e| StartError::Other(e.to_string()))?
                )),
                Format::Text => {
                    let mut out = Out::new();
                    for o in &listed {
                        let offline = if o.offline { "  (offline)" } else { "" };
                        let follows = o.follows.as_deref().unwrap_or("-");
                        out.write(format_args!(
                            "{}  {:<17} {}  {:<16} {}{offline}\n",
                            o.id, o.kind, o.country, follows, o.name
                        ))?;
                    }
                    out.finish()
                }
            }
        }
        Command::Staff { command: StaffCommand::Invite(args) } => {
            let state = operator_state(&args.database).await?;
            let invited = crate::services::instance::invite_staff(&state, &args.org, &args.email, &args.role).await;
            state.store.close().await?;
            let invited = invited.map_err(instance_error)?;
            note("invitation queued; a running `twinbridge serve` sends the e-mail");
            Out::print(format_args!("{}\n", invited.link))
        }
        Command::Import { command: ImportCommand::Pairings(args) } => import(&args).await,
        Command::Backup(args) => {
            let config = load_config(&args.database.overrides(None))?;
            telemetry::init(&config);
            let manifest = crate::backup::backup(&config, &args.dir, args.with_keys, &SystemClock).await?;
            Out::print(format_args!(
                "backup of the {} database in {} ({}){}\n",
                manifest.backend,
                args.dir.display(),
                manifest.file,
                if manifest.keys_included {
                    " with the key ring: keep this folder as safe as the key ring itself"
                } else {
                    "; the key ring is not in it: keep the key ring's own backup"
                }
            ))
        }
        Command::Restore(args) => {
            let config = load_config(&args.database.overrides(None))?;
            telemetry::init(&config);
            let manifest = crate::backup::restore(&config, &args.dir).await?;
            Out::print(format_args!(
                "restored the backup of {} into {}\n",
                manifest.created_at,
                config.database_url.redacted()
            ))
        }
        Command::Erase(args) => {
            use crate::services::erasure::ErasureError;
            let state = operator_state(&args.database).await?;
            let erased = crate::services::erasure::erase_by_email(&state, &args.email, &args.reason).await;
            state.store.close().await?;
            let erased = erased.map_err(|e| match e {
                ErasureError::BadInput(_) => StartError::Usage(e.to_string()),
                ErasureError::Store(e) => StartError::from(e),
                ErasureError::NotFound | ErasureError::Forbidden(_) | ErasureError::AlreadyErased => {
                    StartError::Refused(e.to_string())
                }
            })?;
            Out::print(format_args!(
                "erased: {} pairing(s); {} delivered letter(s) kept as delivered, {} emptied; {} consent form(s) and {} e-mail(s) deleted\n",
                erased.pairings,
                erased.letters_kept_as_delivered,
                erased.letters_emptied,
                erased.consent_forms_deleted,
                erased.emails_deleted
            ))
        }
        Command::Jobs { command: JobsCommand::RunDue(args) } => {
            let state = operator_state(&args).await?;
            let outcomes = crate::services::jobs::run_due(&state, true).await;
            state.store.close().await?;
            let outcomes = outcomes?;
            let mut out = Out::new();
            for o in &outcomes {
                match (&o.error, o.ran) {
                    (Some(e), _) => out.write(format_args!("{}: failed: {e}\n", o.job))?,
                    (None, true) => out.write(format_args!("{}: {} e-mail(s) queued\n", o.job, o.queued))?,
                    (None, false) => out.write(format_args!("{}: running elsewhere, skipped\n", o.job))?,
                }
            }
            out.finish()?;
            if outcomes.iter().any(|o| o.error.is_some()) {
                return Err(StartError::Other("a scheduled job failed".into()));
            }
            Ok(())
        }
        Command::Serve(args) => {
            let overrides =
                Overrides { metrics_token: args.metrics_token.clone(), ..args.database.overrides(args.listen.clone()) };
            let config = load_config(&overrides)?;
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
            note(&format!("migrations applied to {}", config.database_url));
            Ok(())
        }
    }
}

/// The state of an operator's command on an existing database.
async fn operator_state(args: &DatabaseArgs) -> Result<crate::state::AppState, StartError> {
    let config = load_config(&args.overrides(None))?;
    telemetry::init(&config);
    startup::require_existing_database(&config)?;
    startup::open_state(config, Arc::new(SystemClock)).await
}

fn instance_error(e: crate::services::instance::InstanceError) -> StartError {
    use crate::services::instance::InstanceError;
    match e {
        InstanceError::Invalid { .. } => StartError::Usage(e.to_string()),
        InstanceError::Store(e) => StartError::from(e),
    }
}

/// `twinbridge import pairings`: exit 1 with every rejected row when the file is refused.
async fn import(args: &ImportArgs) -> Result<(), StartError> {
    use crate::services::import::{ImportError, import_pairings};
    let content = std::fs::read(&args.file).map_err(|e| usage(&args.file.display().to_string(), e))?;
    let content = String::from_utf8(content)
        .map_err(|_| usage(&args.file.display().to_string(), "the file is not UTF-8 text"))?;
    let state = operator_state(&args.database).await?;
    let report = import_pairings(&state, &args.org, &content, args.invite).await;
    state.store.close().await?;
    let report = report.map_err(|e| match e {
        ImportError::Store(e) => StartError::from(e),
        other => StartError::Usage(other.to_string()),
    })?;
    if report.rejected.is_empty() {
        return Out::print(format_args!(
            "imported {} rows: {} pairings created, {} donations added, {} pairings already present\n",
            report.rows, report.pairings_created, report.donations_added, report.unchanged
        ));
    }
    let mut out = Out::new();
    for r in &report.rejected {
        let field = if r.field.is_empty() { String::new() } else { format!(" {}:", r.field) };
        out.write(format_args!("line {}:{field} {}\n", r.line, r.reason))?;
    }
    out.finish()?;
    Err(StartError::Refused(format!(
        "{} of {} rows rejected; nothing was imported",
        report.rejected.len(),
        report.rows
    )))
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

fn rule_book() -> Result<&'static twinbridge_domain::rules::RuleBook, StartError> {
    crate::services::policy::rule_book().map_err(|e| StartError::Other(e.to_string()))
}

fn usage(what: &str, err: impl std::fmt::Display) -> StartError {
    StartError::Usage(format!("{what}: {err}"))
}

/// A date given on the command line: `YYYY-MM-DD`, with the year range every date of the case has.
fn date(what: &str, text: &str) -> Result<chrono::NaiveDate, StartError> {
    twinbridge_domain::date::parse(text, "date").map_err(|e| usage(what, format!("{text:?}: {e}")))
}

/// `twinbridge policy explain`.
fn explain(args: &ExplainArgs) -> Result<(), StartError> {
    use twinbridge_domain::rules::{Facts, Parties, RuleId};
    use twinbridge_domain::{CountryCode, PatientStatus, Product};

    let donor_country = CountryCode::parse(&args.donor_country).map_err(|e| usage("--donor-country", e))?;
    let patient_country = CountryCode::parse(&args.patient_country).map_err(|e| usage("--patient-country", e))?;
    let entry = |flag: &str, value: &Option<String>| {
        value.as_deref().map(|v| RuleId::parse(v).map_err(|e| usage(flag, e))).transpose()
    };
    let donor_org = entry("--donor-org", &args.donor_org)?;
    let patient_org = entry("--patient-org", &args.patient_org)?;
    // A person registered with another country's organisation: that country's laws bind the side, and the
    // rules of where the person lives bind as well.
    let side = |lives: CountryCode, org: &Option<RuleId>| match org {
        Some(org) if org.country() != lives => (org.country(), Some(lives)),
        _ => (lives, None),
    };
    let (donor_side, donor_residence) = side(donor_country, &donor_org);
    let (patient_side, patient_residence) = side(patient_country, &patient_org);
    let mut parties = Parties::new(donor_side, patient_side);
    parties.donor_residence = donor_residence;
    parties.patient_residence = patient_residence;
    parties.donor_org = donor_org;
    parties.patient_org = patient_org;
    parties.transplant_centre = entry("--transplant-centre", &args.transplant_centre)?;
    let mut facts = Facts::new(parties);
    for donation in &args.donations {
        let (day, product) = donation
            .split_once(':')
            .ok_or_else(|| usage("--donation", format!("{donation:?} is not of the form DATE:PRODUCT")))?;
        let product: Product = product.parse().map_err(|e| usage("--donation", e))?;
        facts.donations.push((product, date("--donation", day)?));
    }
    for transplant in &args.transplants {
        facts.transplants.push(date("--transplant", transplant)?);
    }
    facts.patient_status = args
        .patient_status
        .as_deref()
        .map(|s| s.parse::<PatientStatus>().map_err(|e| usage("--patient-status", e)))
        .transpose()?;
    let today = match &args.today {
        Some(day) => date("--today", day)?,
        None => twinbridge_domain::Clock::today(&SystemClock),
    };
    // A donation has happened by the day evaluated; a transplant may still be planned.
    for (_, day) in &facts.donations {
        twinbridge_domain::date::in_past(*day, today, "date")
            .map_err(|e| usage("--donation", format!("\"{day}\": {e} (the day evaluated is {today})")))?;
    }
    let explanation = rule_book()?.evaluate(&facts, today).map_err(|e| usage("rules", e))?;
    match args.format {
        Format::Json => Out::print(format_args!(
            "{}\n",
            serde_json::to_string_pretty(&explanation).map_err(|e| StartError::Other(e.to_string()))?
        )),
        Format::Text => Out::print(format_args!("{}\n{}", explanation.plain_text(None), explanation.staff_text())),
    }
}

/// `twinbridge policy list`.
fn list(args: &FormatArgs) -> Result<(), StartError> {
    let listing = rule_book()?.listing();
    match args.format {
        Format::Json => Out::print(format_args!(
            "{}\n",
            serde_json::to_string_pretty(&listing).map_err(|e| StartError::Other(e.to_string()))?
        )),
        Format::Text => Out::print(format_args!("{}", listing.text_table())),
    }
}

/// `twinbridge screen`: exit 2 at the end when a JSON line was malformed.
fn screen(args: &ScreenArgs) -> Result<(), StartError> {
    use std::io::{BufRead, Read};
    use twinbridge_screening::{Known, Screener, jsonl, redact};

    let screener = Screener::shared();
    let stdin = std::io::stdin();
    let mut out = Out::new();
    match args.format {
        ScreenFormat::Jsonl => {
            let mut malformed = 0usize;
            // Lines are read as bytes: one line that is not UTF-8 gets an error line, the run goes on.
            for line in stdin.lock().split(b'\n') {
                let mut line = line.map_err(|e| usage("stdin", e))?;
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let (output, bad) = jsonl::process_line_bytes(screener, &line);
                malformed += usize::from(bad);
                out.write(format_args!("{output}\n"))?;
            }
            out.finish()?;
            if malformed > 0 {
                return Err(StartError::Usage(format!(
                    "{malformed} input line(s) were not valid JSON objects with a text"
                )));
            }
        }
        ScreenFormat::Text => {
            let mut text = String::new();
            stdin.lock().read_to_string(&mut text).map_err(|e| usage("stdin", e))?;
            let findings = screener.screen(&text, args.language.as_deref(), &Known::default());
            for f in &findings {
                out.write(format_args!(
                    "{}..{}  {:<12} {:?}  {:.2}  {}\n",
                    f.start,
                    f.end,
                    format!("{:?}", f.category),
                    f.text,
                    f.confidence,
                    f.reason
                ))?;
            }
            out.write(format_args!("\n{}\n", redact(&text, &findings, args.language.as_deref().unwrap_or("en"))))?;
            out.finish()?;
        }
    }
    Ok(())
}
