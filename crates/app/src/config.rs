//! Configuration: one typed [`Config`], built from command-line flags, then environment variables, then
//! the TOML file, then defaults (first one that gives a value wins), and validated before anything starts.
//! Every setting is listed with a comment in `config/twinbridge.example.toml`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use twinbridge_store::{ConnectSettings, DatabaseUrl};

use crate::mail::{MailConfig, SmtpSecurity, TransportConfig};

/// Default address: loopback only, so a fresh install is not reachable from the network.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// Default database: a SQLite file in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://twinbridge.db";

/// A configuration problem, reported as one line and exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(pub String);

/// The TOML file's shape. Unknown keys are an error: a misspelt setting must not be silently ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<String>,
    database_url: Option<String>,
    key_file: Option<PathBuf>,
    public_url: Option<String>,
    log_format: Option<String>,
    log_filter: Option<String>,
    #[serde(default)]
    database: FileDatabase,
    #[serde(default)]
    mail: FileMail,
    run_jobs: Option<bool>,
    metrics_token: Option<String>,
    audit_checkpoint_dir: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileMail {
    from: Option<String>,
    transport: Option<String>,
    file_dir: Option<PathBuf>,
    smtp_host: Option<String>,
    smtp_port: Option<u16>,
    smtp_security: Option<String>,
    smtp_username: Option<String>,
    smtp_password: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDatabase {
    max_connections: Option<u32>,
    busy_timeout_ms: Option<u64>,
    acquire_timeout_ms: Option<u64>,
}

/// Values given on the command line or in the environment (clap merges those two, flags first).
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    /// `--listen` / `TWINBRIDGE_LISTEN`.
    pub listen: Option<String>,
    /// `--database-url` / `TWINBRIDGE_DATABASE_URL`.
    pub database_url: Option<String>,
    /// `--config` / `TWINBRIDGE_CONFIG`.
    pub config_file: Option<PathBuf>,
    /// `TWINBRIDGE_KEY_FILE`.
    pub key_file: Option<PathBuf>,
    /// `TWINBRIDGE_METRICS_TOKEN`.
    pub metrics_token: Option<String>,
}

/// The log filter unless configured: the service's own information, and of the migration runner only its
/// warnings (a command that exits with one line on stderr should not be preceded by a page of migrations).
pub const DEFAULT_LOG_FILTER: &str = "info,sea_orm_migration=warn";

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// The database.
    pub database_url: DatabaseUrl,
    /// Pool settings.
    pub database: ConnectSettings,
    /// The identity key ring file.
    pub key_file: PathBuf,
    /// The address people use to reach the service (links in e-mails; `https` makes cookies `Secure`).
    pub public_url: url::Url,
    /// Log line format.
    pub log_format: LogFormat,
    /// Which log lines to write (tracing `EnvFilter` syntax); `RUST_LOG` overrides it.
    pub log_filter: String,
    /// How e-mail is sent.
    pub mail: MailConfig,
    /// Whether `serve` runs the scheduled jobs (digests, reminders) and sends webhook deliveries in the
    /// background. Every instance may: both are claimed in the database, so each runs once (docs/adr/0014,
    /// 0020).
    pub run_jobs: bool,
    /// The bearer token `/metrics` asks for; without one (and outside demo mode) `/metrics` does not exist.
    pub metrics_token: Option<String>,
    /// Whether `/metrics` answers without a token (demo mode only).
    pub metrics_open: bool,
    /// Where the daily job writes signed checkpoints of the audit chain's head (ADR 0007). Keep it on
    /// other storage than the database, or copy it away: a checkpoint next to the database is only as safe
    /// as the database.
    pub audit_checkpoint_dir: PathBuf,
}

impl Config {
    /// Builds the configuration from overrides, the file they name (if any) and defaults.
    pub fn load(overrides: &Overrides) -> Result<Self, ConfigError> {
        let file = match &overrides.config_file {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        Self::resolve(overrides, file)
    }

    fn resolve(overrides: &Overrides, file: FileConfig) -> Result<Self, ConfigError> {
        let listen_text = overrides.listen.clone().or(file.listen).unwrap_or_else(|| DEFAULT_LISTEN.to_owned());
        let listen: SocketAddr = listen_text.parse().map_err(|_| {
            ConfigError(format!("listen address {listen_text:?} is not of the form IP:PORT, e.g. 127.0.0.1:8080"))
        })?;

        let url_text =
            overrides.database_url.clone().or(file.database_url).unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        let database_url = DatabaseUrl::parse(&url_text).map_err(|e| ConfigError(format!("database URL: {e}")))?;

        let defaults = ConnectSettings::default();
        let max_connections = file.database.max_connections.unwrap_or(defaults.max_connections);
        if !(1..=64).contains(&max_connections) {
            return Err(ConfigError("database.max_connections must be between 1 and 64".into()));
        }
        let database = ConnectSettings {
            max_connections,
            busy_timeout: file.database.busy_timeout_ms.map_or(defaults.busy_timeout, Duration::from_millis),
            acquire_timeout: file.database.acquire_timeout_ms.map_or(defaults.acquire_timeout, Duration::from_millis),
            ..defaults
        };

        let key_file = overrides.key_file.clone().or(file.key_file).unwrap_or_else(|| default_key_file(&database_url));

        let public_text = file.public_url.unwrap_or_else(|| format!("http://{listen}"));
        let public_url = url::Url::parse(&public_text)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
            .ok_or_else(|| ConfigError(format!("public_url {public_text:?} must be an http:// or https:// URL")))?;

        // The environment wins over the file, as for the filter (`TWINBRIDGE_LOG`).
        let log_format_text =
            std::env::var("TWINBRIDGE_LOG_FORMAT").ok().filter(|v| !v.trim().is_empty()).or(file.log_format);
        let log_format = match log_format_text.as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => return Err(ConfigError(format!("log_format {other:?} must be \"text\" or \"json\""))),
        };
        let log_filter = file.log_filter.unwrap_or_else(|| DEFAULT_LOG_FILTER.to_owned());
        let mail = resolve_mail(file.mail, &database_url)?;
        let run_jobs = file.run_jobs.unwrap_or(true);
        let audit_checkpoint_dir = file
            .audit_checkpoint_dir
            .unwrap_or_else(|| default_beside_database(&database_url, "twinbridge-audit-checkpoints"));
        let metrics_token = overrides.metrics_token.clone().or(file.metrics_token).filter(|t| !t.trim().is_empty());
        if metrics_token.as_ref().is_some_and(|t| t.len() < 16) {
            return Err(ConfigError("metrics_token must be at least 16 characters long".into()));
        }

        Ok(Self {
            listen,
            database_url,
            database,
            key_file,
            public_url,
            log_format,
            log_filter,
            mail,
            run_jobs,
            metrics_token,
            metrics_open: false,
            audit_checkpoint_dir,
        })
    }
}

fn resolve_mail(file: FileMail, url: &DatabaseUrl) -> Result<MailConfig, ConfigError> {
    let from = file.from.unwrap_or_else(|| "Twinbridge <no-reply@twinbridge.test>".to_owned());
    if from.parse::<lettre::message::Mailbox>().is_err() {
        return Err(ConfigError(format!(
            "mail.from {from:?} is not an e-mail address such as \"Twinbridge <no-reply@example.org>\""
        )));
    }
    let transport = match file.transport.as_deref().unwrap_or("file") {
        "file" => {
            TransportConfig::File(file.file_dir.unwrap_or_else(|| default_beside_database(url, "twinbridge-mail")))
        }
        "log" => TransportConfig::Log,
        "smtp" => {
            let host = file
                .smtp_host
                .ok_or_else(|| ConfigError("mail.smtp_host is required with transport = \"smtp\"".into()))?;
            let security = match file.smtp_security.as_deref().unwrap_or("starttls") {
                "none" => SmtpSecurity::None,
                "starttls" => SmtpSecurity::StartTls,
                "tls" => SmtpSecurity::Tls,
                other => {
                    return Err(ConfigError(format!(
                        "mail.smtp_security {other:?} must be \"none\", \"starttls\" or \"tls\""
                    )));
                }
            };
            let port = file.smtp_port.unwrap_or(match security {
                SmtpSecurity::None => 25,
                SmtpSecurity::StartTls => 587,
                SmtpSecurity::Tls => 465,
            });
            let credentials = match (file.smtp_username, file.smtp_password) {
                (Some(user), Some(password)) => Some((user, password)),
                (None, None) => None,
                _ => return Err(ConfigError("mail.smtp_username and mail.smtp_password go together".into())),
            };
            TransportConfig::Smtp { host, port, security, credentials }
        }
        other => return Err(ConfigError(format!("mail.transport {other:?} must be \"file\", \"smtp\" or \"log\""))),
    };
    Ok(MailConfig { from, transport })
}

/// `name` beside the SQLite database, or in the working directory for PostgreSQL.
fn default_beside_database(url: &DatabaseUrl, name: &str) -> PathBuf {
    match url.sqlite_path().and_then(Path::parent) {
        Some(dir) => dir.join(name),
        None => PathBuf::from(name),
    }
}

/// The key file's default place: beside the SQLite database, or in the working directory for PostgreSQL.
pub fn default_key_file(url: &DatabaseUrl) -> PathBuf {
    default_beside_database(url, "twinbridge.keys")
}

fn read_file(path: &Path) -> Result<FileConfig, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError(format!("cannot read the configuration file {}: {e}", path.display())))?;
    toml::from_str(&text).map_err(|e| {
        // toml's message spans several lines with a source excerpt; keep the first line and the location.
        let line = e.span().map(|s| text[..s.start.min(text.len())].lines().count().max(1));
        let message = e.message().lines().next().unwrap_or("invalid TOML").to_owned();
        match line {
            Some(n) => ConfigError(format!("configuration file {} line {n}: {message}", path.display())),
            None => ConfigError(format!("configuration file {}: {message}", path.display())),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> Result<FileConfig, toml::de::Error> {
        toml::from_str(text)
    }

    #[test]
    fn defaults_make_a_working_local_install() {
        let config = Config::resolve(&Overrides::default(), FileConfig::default()).expect("defaults are valid");
        assert_eq!(config.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(config.database_url.sqlite_path(), Some(Path::new("twinbridge.db")));
        assert_eq!(config.key_file, PathBuf::from("twinbridge.keys"));
        assert_eq!(config.public_url.as_str(), "http://127.0.0.1:8080/");
    }

    #[test]
    fn flags_and_env_win_over_the_file() {
        let overrides = Overrides { listen: Some("127.0.0.1:9999".into()), ..Overrides::default() };
        let from_file =
            file("listen = \"127.0.0.1:7777\"\ndatabase_url = \"sqlite:///srv/tb/db.sqlite\"\n").expect("toml");
        let config = Config::resolve(&overrides, from_file).expect("valid");
        assert_eq!(config.listen.port(), 9999);
        assert_eq!(config.key_file, PathBuf::from("/srv/tb/twinbridge.keys"));
    }

    #[test]
    fn the_example_file_is_valid_and_lists_every_setting() {
        let example = include_str!("../../../config/twinbridge.example.toml");
        assert!(file(example).is_ok());
        // With its commented-out settings switched on, every field of the file is set.
        let all_on: String = example
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest) if rest.split(" = ").next().is_some_and(|k| !k.contains(' ')) && rest.contains(" = ") => {
                    rest
                }
                _ => l,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let parsed = file(&all_on).expect("example with every setting parses");
        let FileConfig {
            listen,
            database_url,
            key_file,
            public_url,
            log_format,
            log_filter,
            database,
            mail,
            run_jobs,
            metrics_token,
            audit_checkpoint_dir,
        } = parsed;
        let FileDatabase { max_connections, busy_timeout_ms, acquire_timeout_ms } = database;
        let FileMail { from, transport, file_dir, smtp_host, smtp_port, smtp_security, smtp_username, smtp_password } =
            mail;
        assert!(
            from.is_some() && transport.is_some() && file_dir.is_some() && smtp_host.is_some() && smtp_port.is_some()
        );
        assert!(smtp_security.is_some() && smtp_username.is_some() && smtp_password.is_some());
        assert!(listen.is_some() && database_url.is_some() && key_file.is_some() && public_url.is_some());
        assert!(metrics_token.is_some(), "the example shows the metrics token");
        assert!(audit_checkpoint_dir.is_some());
        assert!(log_format.is_some() && log_filter.is_some() && run_jobs.is_some());
        assert!(max_connections.is_some() && busy_timeout_ms.is_some() && acquire_timeout_ms.is_some());
        assert!(Config::resolve(&Overrides::default(), file(&all_on).expect("parses")).is_ok());
    }

    #[test]
    fn unknown_keys_and_bad_values_are_refused() {
        assert!(file("listn = \"x\"").is_err());
        assert!(file("[database]\nmax_conections = 3").is_err());
        let bad = |text: &str| Config::resolve(&Overrides::default(), file(text).expect("toml")).is_err();
        assert!(bad("listen = \"localhost\""));
        assert!(bad("database_url = \"mysql://x\""));
        assert!(bad("log_format = \"xml\""));
        assert!(bad("public_url = \"ftp://x\""));
        assert!(bad("[database]\nmax_connections = 0"));
        assert!(bad("[mail]\ntransport = \"pigeon\""));
        assert!(bad("[mail]\ntransport = \"smtp\""));
        assert!(bad("[mail]\nfrom = \"not an address\""));
    }
}
