//! Signed checkpoints of the audit chain's head (ADR 0007). The chain is keyed, so an attacker who can
//! write the database but has no key ring cannot change an event and recompute the chain — but they can
//! delete the newest events, and someone holding the key ring could rewrite everything. A checkpoint kept
//! outside the database (written on demand with `twinbridge audit checkpoint FILE`, and daily by the
//! `audit-checkpoint` job) records how many events there were and the hash of the last one, with a MAC from
//! the key ring; `twinbridge audit verify --checkpoint FILE` finds a truncation, or any rewrite up to that
//! point, by comparing.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use twinbridge_crypto::KeyRing;
use twinbridge_store::{Store, StoreError, repo};

const FORMAT: &str = "twinbridge-audit-checkpoint/1";

/// A checkpoint as written to its file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Checkpoint {
    /// The file format.
    pub format: String,
    /// How many events the chain had.
    pub events: i64,
    /// The last event's hash (hex); empty for an empty chain.
    pub head: String,
    /// When it was written.
    pub written_at: DateTime<Utc>,
    /// The key ring's key that signed it.
    pub key_id: u32,
    /// HMAC over the fields above (hex).
    pub mac: String,
}

fn signed_text(events: i64, head: &str, written_at: DateTime<Utc>) -> String {
    format!("{FORMAT}|{events}|{head}|{}", written_at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true))
}

/// A checkpoint of the chain as it stands now.
pub async fn make(store: &Store, keys: &KeyRing, now: DateTime<Utc>) -> Result<Checkpoint, StoreError> {
    let (events, head) =
        repo::audit::head(store.read()).await?.map_or((0, String::new()), |(seq, h)| (seq, hex::encode(h)));
    let (key_id, mac) = keys.audit_mac(signed_text(events, &head, now).as_bytes());
    Ok(Checkpoint { format: FORMAT.into(), events, head, written_at: now, key_id, mac: hex::encode(mac) })
}

/// Writes a checkpoint to `path` (through a temporary file, so that a crash leaves the old one whole).
pub fn write(path: &Path, checkpoint: &Checkpoint) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(checkpoint).map_err(std::io::Error::other)?;
    let temporary = path.with_extension("tmp");
    std::fs::write(&temporary, text + "\n")?;
    std::fs::rename(&temporary, path)
}

/// Reads a checkpoint file.
pub fn read(path: &Path) -> Result<Checkpoint, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let checkpoint: Checkpoint =
        serde_json::from_str(&text).map_err(|e| format!("{} is not a checkpoint: {e}", path.display()))?;
    if checkpoint.format != FORMAT {
        return Err(format!("{} is not a checkpoint of this format", path.display()));
    }
    Ok(checkpoint)
}

/// How the chain compares with a checkpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Comparison {
    /// The chain holds the checkpoint's events unchanged (and maybe more).
    Holds,
    /// The checkpoint was not signed with this key ring (forged, changed, or another instance's).
    NotSigned,
    /// The chain has fewer events than the checkpoint: the newest ones were deleted.
    Truncated {
        /// Events now.
        now: i64,
        /// Events at the checkpoint.
        then: i64,
    },
    /// The event at the checkpoint's head differs: the chain was rewritten up to there.
    Rewritten,
}

/// Compares the chain with `checkpoint`.
pub async fn compare(store: &Store, keys: &KeyRing, checkpoint: &Checkpoint) -> Result<Comparison, StoreError> {
    let text = signed_text(checkpoint.events, &checkpoint.head, checkpoint.written_at);
    let signed = keys
        .audit_mac_with(checkpoint.key_id, text.as_bytes())
        .is_ok_and(|mac| hex::encode(mac) == checkpoint.mac.to_ascii_lowercase());
    if !signed {
        return Ok(Comparison::NotSigned);
    }
    if checkpoint.events == 0 {
        return Ok(Comparison::Holds);
    }
    let now = repo::audit::head(store.read()).await?.map_or(0, |(seq, _)| seq);
    if now < checkpoint.events {
        return Ok(Comparison::Truncated { now, then: checkpoint.events });
    }
    match repo::audit::hash_at(store.read(), checkpoint.events).await? {
        Some(hash) if hex::encode(&hash) == checkpoint.head => Ok(Comparison::Holds),
        _ => Ok(Comparison::Rewritten),
    }
}

/// The daily job: a checkpoint into `dir`, named by its time, so that older ones stay for comparison.
pub async fn write_scheduled(store: &Store, keys: &KeyRing, dir: &Path, now: DateTime<Utc>) -> Result<(), String> {
    let checkpoint = make(store, keys, now).await.map_err(|e| e.to_string())?;
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(format!("checkpoint-{}.json", now.format("%Y%m%dT%H%M%SZ")));
    write(&path, &checkpoint).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
