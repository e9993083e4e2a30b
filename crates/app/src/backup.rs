//! `twinbridge backup DIR` and `twinbridge restore DIR`: a consistent snapshot of the database, with a
//! manifest that names the key ring it needs (by its check value, never the keys). The key ring goes into
//! the backup only when asked for: kept apart, a stolen backup is ciphertext.
//!
//! SQLite is copied with `VACUUM INTO` (a consistent copy while the service runs). PostgreSQL is dumped with
//! `pg_dump --format=custom` and restored with `pg_restore`, which must be installed (Debian package
//! `postgresql-client`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};
use twinbridge_domain::audit::AuditAction;
use twinbridge_store::{Backend, ConnectionTrait, repo};

use crate::config::Config;
use crate::keys;
use crate::startup::{KEY_CHECK, StartError, open_store};

const MANIFEST: &str = "twinbridge-backup.json";
const SQLITE_FILE: &str = "twinbridge.db";
const POSTGRES_FILE: &str = "twinbridge.pgdump";
const KEY_FILE: &str = "twinbridge.keys";

/// What a backup holds, written beside it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    /// The manifest's own format.
    pub format: u32,
    /// When the backup was made (UTC, RFC 3339).
    pub created_at: String,
    /// `sqlite` or `postgres`.
    pub backend: String,
    /// The database file in the backup folder.
    pub file: String,
    /// SHA-256 of that file, hex.
    pub sha256: String,
    /// The check value of the key ring the data was sealed with (identifies the ring, reveals no key).
    pub key_check: String,
    /// Whether the key ring was put into the backup too.
    pub keys_included: bool,
}

fn io(what: &str, path: &Path) -> impl Fn(std::io::Error) -> StartError {
    let text = format!("{what} {}", path.display());
    move |e| StartError::Other(format!("{text}: {e}"))
}

fn sha256_of(path: &Path) -> Result<String, StartError> {
    let bytes = fs::read(path).map_err(io("cannot read", path))?;
    Ok(hex::encode(twinbridge_crypto::secrets::sha256(&bytes)))
}

/// Makes a backup of the configured database into `dir` (new or empty), with the key ring when `with_keys`.
pub async fn backup(
    config: &Config,
    dir: &Path,
    with_keys: bool,
    clock: &dyn twinbridge_domain::Clock,
) -> Result<Manifest, StartError> {
    crate::startup::require_existing_database(config)?;
    if dir.exists() && fs::read_dir(dir).map_err(io("cannot read", dir))?.next().is_some() {
        return Err(StartError::Usage(format!("{} is not empty; back up into a new folder", dir.display())));
    }
    fs::create_dir_all(dir).map_err(io("cannot create", dir))?;
    let (store, ring) = open_store(config, clock).await?;
    let key_check = repo::settings::get(store.read(), KEY_CHECK).await?.unwrap_or_else(|| keys::check_value(&ring));
    let now = clock.now();
    // Recorded first, so that the backup holds the event of its own making.
    let backend = store.backend().as_str();
    let keys = &ring;
    store
        .write_tx(|tx| async move {
            let event = repo::audit::NewEvent {
                details: serde_json::json!({ "backend": backend, "keys_included": with_keys }),
                ..repo::audit::NewEvent::new(AuditAction::BackupMade)
            };
            repo::audit::append(&*tx, keys, event, now).await
        })
        .await?;
    let file = match store.backend() {
        Backend::Sqlite => {
            let target = dir.join(SQLITE_FILE);
            let quoted = target.to_string_lossy().replace('\'', "''");
            store
                .read()
                .execute_unprepared(&format!("VACUUM INTO '{quoted}'"))
                .await
                .map_err(twinbridge_store::StoreError::from)?;
            target
        }
        Backend::Postgres => {
            let target = dir.join(POSTGRES_FILE);
            run(
                "pg_dump",
                &["--format=custom", "--no-owner", "--file", &target.to_string_lossy(), config.database_url.expose()],
            )?;
            target
        }
    };
    store.close().await?;
    if with_keys {
        let copy = dir.join(KEY_FILE);
        fs::copy(&config.key_file, &copy).map_err(io("cannot copy the key ring to", &copy))?;
        restrict(&copy)?;
    }
    let manifest = Manifest {
        format: 1,
        created_at: now.to_rfc3339(),
        backend: backend.to_owned(),
        file: file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        sha256: sha256_of(&file)?,
        key_check,
        keys_included: with_keys,
    };
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| StartError::Other(e.to_string()))?;
    fs::write(dir.join(MANIFEST), text).map_err(io("cannot write", &dir.join(MANIFEST)))?;
    Ok(manifest)
}

fn store_backend_name(url: &twinbridge_store::DatabaseUrl) -> &'static str {
    if url.sqlite_path().is_some() { "sqlite" } else { "postgres" }
}

#[cfg(unix)]
fn restrict(path: &Path) -> Result<(), StartError> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600)).map_err(io("cannot restrict", path))
}

#[cfg(not(unix))]
fn restrict(_path: &Path) -> Result<(), StartError> {
    Ok(())
}

fn run(program: &str, args: &[&str]) -> Result<(), StartError> {
    let output = Command::new(program).args(args).output().map_err(|e| {
        StartError::Usage(format!("{program} could not be run ({e}); install the Debian package postgresql-client"))
    })?;
    if output.status.success() {
        Ok(())
    } else {
        Err(StartError::Other(format!("{program} failed: {}", String::from_utf8_lossy(&output.stderr).trim())))
    }
}

/// Restores the backup in `dir` into the configured database, which must not exist yet (SQLite) or be
/// empty of data (PostgreSQL), after checking the file and that the key ring — the configured one, or the
/// backup's own when there is none — is the one the backup was sealed with.
pub async fn restore(config: &Config, dir: &Path) -> Result<Manifest, StartError> {
    let manifest_path = dir.join(MANIFEST);
    let text = fs::read_to_string(&manifest_path).map_err(|e| {
        StartError::Usage(format!("{} is not a Twinbridge backup ({}: {e})", dir.display(), manifest_path.display()))
    })?;
    let manifest: Manifest =
        serde_json::from_str(&text).map_err(|e| StartError::Usage(format!("{}: {e}", manifest_path.display())))?;
    let file = dir.join(&manifest.file);
    if sha256_of(&file)? != manifest.sha256 {
        return Err(StartError::Refused(format!(
            "{} does not match its manifest: the backup is damaged",
            file.display()
        )));
    }
    if manifest.backend != store_backend_name(&config.database_url) {
        return Err(StartError::Usage(format!(
            "this backup is of a {} database; restore it into one",
            manifest.backend
        )));
    }
    let ring = match keys::load(&config.key_file).map_err(|e| StartError::Usage(e.to_string()))? {
        Some(ring) => ring,
        None if manifest.keys_included => {
            let ring = keys::load(&dir.join(KEY_FILE))
                .map_err(|e| StartError::Usage(e.to_string()))?
                .ok_or_else(|| StartError::Refused("the backup's key ring is missing from its folder".into()))?;
            fs::copy(dir.join(KEY_FILE), &config.key_file).map_err(io("cannot write", &config.key_file))?;
            restrict(&config.key_file)?;
            ring
        }
        None => {
            return Err(StartError::Refused(format!(
                "the key file {} is missing and the backup holds none; put the key ring this backup was made with there",
                config.key_file.display()
            )));
        }
    };
    if !keys::matches_check(&ring, &manifest.key_check) {
        return Err(StartError::Refused(format!(
            "the key ring {} is not the one this backup was sealed with: nothing restored",
            config.key_file.display()
        )));
    }
    match config.database_url.sqlite_path() {
        Some(target) => {
            if target.exists() {
                return Err(StartError::Usage(format!(
                    "{} exists; restore into a new database file (move the old one away first)",
                    target.display()
                )));
            }
            if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
                fs::create_dir_all(parent).map_err(io("cannot create", parent))?;
            }
            let partial: PathBuf = target.with_extension("restoring");
            fs::copy(&file, &partial).map_err(io("cannot write", &partial))?;
            fs::rename(&partial, target).map_err(io("cannot write", target))?;
        }
        None => run(
            "pg_restore",
            &[
                "--clean",
                "--if-exists",
                "--no-owner",
                "--dbname",
                config.database_url.expose(),
                &file.to_string_lossy(),
            ],
        )?,
    }
    // The restored database opens with this ring (the same check as at every start) and is migrated.
    let (store, _) = open_store(config, &twinbridge_domain::SystemClock).await?;
    store.close().await?;
    Ok(manifest)
}
