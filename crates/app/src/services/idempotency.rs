//! Idempotency keys of API requests (`Idempotency-Key`): whether a request with a key runs, is answered
//! again, waits for its twin, or is refused; and keeping its answer. The HTTP side is in
//! `api/idempotency.rs`.
//!
//! Keys are per caller (the signed-in account) and kept for [`KEEP`]. The first request marks its key as
//! started before it runs, in a write transaction, so that simultaneous requests with one key run once.

use chrono::{DateTime, TimeDelta, Utc};
use twinbridge_crypto::secrets::sha256;
use twinbridge_domain::AccountId;
use twinbridge_store::StoreError;
use twinbridge_store::repo::idempotency::{self, Record};

pub use twinbridge_store::repo::idempotency::StoredResponse;

use crate::state::AppState;

/// How long an answer is kept for its key.
const KEEP: TimeDelta = TimeDelta::hours(24);
/// A started request without an answer after this long died with its process; its key may run again.
const ABANDONED_AFTER: TimeDelta = TimeDelta::minutes(2);

/// What to do with a request that came with a key.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// New, expired or abandoned: run it (its key is now marked as started).
    Run,
    /// Answered before: give that answer again.
    Replay(StoredResponse),
    /// The first request with this key is still running.
    InProgress,
    /// The key was used for another request.
    OtherRequest,
}

fn decide(record: Option<Record>, request_hash: &[u8], now: DateTime<Utc>) -> Step {
    let Some(record) = record.filter(|r| now - r.started_at < KEEP) else { return Step::Run };
    if record.request_hash != request_hash {
        return Step::OtherRequest;
    }
    match record.response {
        Some(response) => Step::Replay(response),
        None if now - record.started_at >= ABANDONED_AFTER => Step::Run,
        None => Step::InProgress,
    }
}

/// A key is 1 to 255 visible ASCII characters (UUIDs are typical).
pub fn valid_key(key: &str) -> bool {
    (1..=255).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

/// A key as stored: it belongs to one caller.
#[derive(Debug, Clone)]
pub struct KeyId(Vec<u8>);

impl KeyId {
    /// The key `key` of the account `caller`.
    pub fn new(caller: AccountId, key: &str) -> Self {
        Self(sha256(&[b"idempotency-key\0".as_slice(), caller.as_uuid().as_bytes(), key.as_bytes()].concat()).to_vec())
    }
}

/// What a request with `key` should do; a request that is to run has its key marked as started.
/// `request` identifies the request (its target and body), so that a key reused for another is caught.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn begin(state: &AppState, key: &KeyId, request: &[u8]) -> Result<Step, StoreError> {
    let request_hash = sha256(request);
    let now = state.clock.now();
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let request_hash = &request_hash;
            async move {
                let step = decide(idempotency::get(&*tx, keys, &key.0).await?, request_hash, now);
                if step == Step::Run {
                    idempotency::purge_before(&*tx, now - KEEP).await?;
                    idempotency::start(&*tx, &key.0, request_hash, now).await?;
                }
                Ok(step)
            }
        })
        .await
}

/// Keeps the answer of the request with `key`.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn complete(state: &AppState, key: &KeyId, response: &StoredResponse) -> Result<(), StoreError> {
    let keys = &state.keys;
    state.store.write_tx(|tx| async move { idempotency::complete(&*tx, keys, &key.0, response).await }).await
}

/// Forgets the request with `key` (an answer of ours that failed: the retry may run).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn forget(state: &AppState, key: &KeyId) -> Result<(), StoreError> {
    state.store.write_tx(|tx| async move { idempotency::forget(&*tx, &key.0).await }).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(hash: &[u8], response: Option<StoredResponse>, started_at: DateTime<Utc>) -> Option<Record> {
        Some(Record { request_hash: hash.to_vec(), response, started_at })
    }

    #[test]
    fn a_key_runs_once_answers_again_and_expires() {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let answer = StoredResponse { status: 201, content_type: None, body: b"{}".to_vec() };
        assert_eq!(decide(None, b"a", now), Step::Run);
        assert_eq!(decide(record(b"a", Some(answer.clone()), now), b"a", now), Step::Replay(answer.clone()));
        assert_eq!(decide(record(b"a", Some(answer.clone()), now), b"b", now), Step::OtherRequest);
        assert_eq!(decide(record(b"a", None, now), b"a", now), Step::InProgress);
        assert_eq!(decide(record(b"a", None, now - ABANDONED_AFTER), b"a", now), Step::Run, "abandoned");
        assert_eq!(decide(record(b"a", Some(answer), now - KEEP), b"b", now), Step::Run, "expired");
    }

    #[test]
    fn keys_are_short_visible_ascii() {
        assert!(valid_key("0b6f2a8e-3f7c-4d5e-9a1b-2c3d4e5f6a7b"));
        for bad in ["", "with space", "ü", &"x".repeat(256)] {
            assert!(!valid_key(bad), "{bad:?}");
        }
    }
}
