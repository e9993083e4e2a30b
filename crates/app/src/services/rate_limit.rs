//! Per-account rate limits for work that is heavy or that a script could repeat to learn something: the
//! screen (`POST /api/v1/screen`) and picture uploads (each is decoded and encoded again).

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use twinbridge_domain::AccountId;

/// A token bucket per account: `per_minute` requests at once, refilled evenly over a minute, on the
/// application's clock. Kept in memory (a restart forgets it, which costs a script at most one more minute's
/// budget).
#[derive(Debug)]
pub struct AccountLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<AccountId, Bucket>>,
}

/// Requests left, as of when.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: DateTime<Utc>,
}

/// Accounts remembered before full buckets (the same as none) are dropped.
const MAX_BUCKETS: usize = 10_000;

impl AccountLimiter {
    /// A limiter of `per_minute` requests a minute per account.
    pub fn new(per_minute: u32) -> Self {
        Self { per_minute, buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one request from the account's budget: `Err` with the seconds until one is free if none is.
    pub fn take(&self, account: AccountId, now: DateTime<Utc>) -> Result<(), u32> {
        let capacity = f64::from(self.per_minute);
        let per_second = capacity / 60.0;
        // A clock set back refills nothing.
        let elapsed = |b: &Bucket| (now - b.at).to_std().map_or(0.0, |d| d.as_secs_f64());
        let refilled = |b: &Bucket| (b.tokens + elapsed(b) * per_second).min(capacity);
        let mut buckets = self.buckets.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if buckets.len() >= MAX_BUCKETS {
            buckets.retain(|_, b| refilled(b) < capacity);
        }
        let bucket = buckets.entry(account).or_insert(Bucket { tokens: capacity, at: now });
        let tokens = refilled(bucket);
        if tokens < 1.0 {
            *bucket = Bucket { tokens, at: now };
            // Whole seconds, rounded up: at most a minute.
            let wait = ((1.0 - tokens) / per_second).ceil().clamp(1.0, 60.0);
            return Err(wait as u32);
        }
        *bucket = Bucket { tokens: tokens - 1.0, at: now };
        Ok(())
    }
}
