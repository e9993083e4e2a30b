//! Headless Chromium for browser tests, driven through Debian's `chromedriver` (WebDriver), and the axe-core
//! accessibility check.
//!
//! When Chromium or chromedriver is missing the tests print a notice and skip, except when
//! `TWINBRIDGE_REQUIRE_BROWSER=1` (set by CI), where they fail: CI must never pass by skipping.
//! Nothing here downloads a browser; axe-core comes from the npm registry (installed on first use into
//! `target/axe-core`, or named by `TWINBRIDGE_AXE_CORE`).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use thirtyfour::common::capabilities::chromium::ChromiumLikeCapabilities;
use thirtyfour::prelude::*;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The axe-core release the checks were written against.
const AXE_VERSION: &str = "4.14.1";

/// Whether browser tests must run (CI) rather than skip.
pub fn browser_required() -> bool {
    std::env::var("TWINBRIDGE_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

/// A Chromium session with its own chromedriver and profile, closed by [`Browser::close`].
pub struct Browser {
    /// The WebDriver session.
    pub driver: WebDriver,
    chromedriver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts Chromium, or returns `None` (after a notice) when it is not installed and not required.
    pub async fn start() -> Option<Self> {
        let binary = std::env::var("TWINBRIDGE_CHROMIUM").unwrap_or_else(|_| CHROMIUM.to_owned());
        let driver_binary = std::env::var("TWINBRIDGE_CHROMEDRIVER").unwrap_or_else(|_| CHROMEDRIVER.to_owned());
        if !Path::new(&binary).exists() || !Path::new(&driver_binary).exists() {
            let message =
                format!("browser test needs {binary} and {driver_binary} (Debian packages chromium, chromium-driver)");
            assert!(!browser_required(), "{message}, and TWINBRIDGE_REQUIRE_BROWSER=1");
            eprintln!("SKIPPED: {message}");
            return None;
        }
        let port = free_port();
        let mut chromedriver = Command::new(&driver_binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        wait_for_port(port, &mut chromedriver);

        let profile = tempfile::tempdir().expect("profile folder");
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(&binary).expect("binary capability");
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--window-size=1280,900",
            "--lang=en-US",
        ] {
            caps.add_arg(arg).expect("argument capability");
        }
        caps.add_arg(&format!("--user-data-dir={}", profile.path().display())).expect("argument capability");
        let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await.expect("a Chromium session starts");
        Some(Self { driver, chromedriver, _profile: profile })
    }

    /// Ends the session and chromedriver.
    pub async fn close(mut self) {
        let _ = self.driver.clone().quit().await;
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
    }

    /// Waits (up to 10 s) until the page's first `h1` reads `expected` — after a click the old page may
    /// still be showing — and fails with what it read otherwise.
    pub async fn wait_for_heading(&self, expected: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Ok(h1) = self.driver.find(By::Css("h1")).await
                && let Ok(text) = h1.text().await
            {
                if text == expected {
                    return;
                }
                last = text;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let at = self.driver.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        panic!("expected the heading {expected:?}, the page at {at} shows {last:?}");
    }

    /// Waits (up to 10 s) until the first element matching `css` has a text containing `expected` — after
    /// a click the old page may still be showing, or be replaced while it is read — and returns that text;
    /// fails with what it read otherwise.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Ok(element) = self.driver.find(By::Css(css)).await
                && let Ok(text) = element.text().await
            {
                if text.contains(expected) {
                    return text;
                }
                last = text;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("expected {css} to read {expected:?}, it reads {last:?}");
    }

    /// Saves a screenshot under `target/e2e-screenshots/NAME.png`, for people to look at.
    pub async fn screenshot(&self, name: &str) {
        let dir = workspace_root().join("target").join("e2e-screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        self.driver.screenshot(&dir.join(format!("{name}.png"))).await.expect("screenshot");
    }

    /// Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the current page and fails on any serious or
    /// critical violation, listing them.
    pub async fn assert_accessible(&self, page: &str) {
        let Some(violations) = self.serious_accessibility_violations().await else { return };
        assert!(violations.is_empty(), "accessibility violations on {page}: {}", serde_json::Value::from(violations));
    }

    /// The serious and critical axe-core violations of the current page (`None` when axe-core is not
    /// available and browsers are not required).
    pub async fn serious_accessibility_violations(&self) -> Option<Vec<serde_json::Value>> {
        let axe = axe_source()?;
        self.driver.execute(axe.as_str(), Vec::new()).await.expect("axe-core loads");
        let script = "const done = arguments[arguments.length - 1];\
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})\
              .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))\
              .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));";
        let result = self.driver.execute_async(script, Vec::new()).await.expect("axe runs");
        let violations = result.json().as_array().cloned().unwrap_or_default();
        Some(violations.into_iter().filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical"))).collect())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.chromedriver.kill();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

fn wait_for_port(port: u16, child: &mut Child) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(15) {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("chromedriver exited at start: {status}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("chromedriver did not listen on port {port} within 15 s");
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..")
}

/// The axe-core script: from `TWINBRIDGE_AXE_CORE`, else installed once from npm into `target/axe-core`.
/// `None` (after a notice) when it cannot be had and browsers are not required.
fn axe_source() -> Option<&'static String> {
    static AXE: OnceLock<Result<String, String>> = OnceLock::new();
    let loaded = AXE.get_or_init(|| {
        let path = match std::env::var("TWINBRIDGE_AXE_CORE") {
            Ok(path) => PathBuf::from(path),
            Err(_) => {
                let prefix = workspace_root().join("target").join("axe-core");
                let path = prefix.join("node_modules").join("axe-core").join("axe.min.js");
                if !path.exists() {
                    let status = Command::new("npm")
                        .args(["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--prefix"])
                        .arg(&prefix)
                        .arg(format!("axe-core@{AXE_VERSION}"))
                        .status();
                    if !matches!(status, Ok(s) if s.success()) {
                        return Err(format!("could not install axe-core {AXE_VERSION} with npm"));
                    }
                }
                path
            }
        };
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    });
    match loaded {
        Ok(source) => Some(source),
        Err(why) => {
            assert!(!browser_required(), "{why}, and TWINBRIDGE_REQUIRE_BROWSER=1");
            eprintln!("SKIPPED accessibility check: {why}");
            None
        }
    }
}
