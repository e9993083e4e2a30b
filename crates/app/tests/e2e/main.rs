//! Browser tests: the main journeys in a real headless Chromium, with an accessibility check on every page
//! visited. They skip with a notice when Chromium is missing, and fail instead when
//! `TWINBRIDGE_REQUIRE_BROWSER=1` (CI).

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod auth;
mod home;
mod letters;
mod offline;
mod outreach;
mod release;
mod shell;
