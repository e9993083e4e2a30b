//! The `twinbridge` binary as operators use it: exit codes, one-line errors, serving and stopping.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use twinbridge_test_support::TestDatabase;

pub(crate) fn twinbridge() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_twinbridge"));
    command.env_remove("TWINBRIDGE_DATABASE_URL").env_remove("TWINBRIDGE_CONFIG").env_remove("TWINBRIDGE_LISTEN");
    command.env_remove("TWINBRIDGE_KEY_FILE").env("RUST_LOG", "info");
    command
}

fn stderr_lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr).lines().map(str::to_owned).collect()
}

fn assert_one_line_exit_2(output: &Output, expected: &str) {
    let lines = stderr_lines(output);
    assert_eq!(output.status.code(), Some(2), "{lines:?}");
    assert_eq!(lines.len(), 1, "expected one line, got {lines:?}");
    assert!(lines[0].contains(expected), "{lines:?}");
    assert!(!lines[0].contains("panicked"));
}

#[test]
fn bad_configuration_gives_one_clear_line_and_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("twinbridge.toml");
    std::fs::write(&config, "listen = \"127.0.0.1:0\"\ndatabse_url = \"sqlite://x.db\"\n").unwrap();
    let output = twinbridge().current_dir(dir.path()).args(["serve", "--config"]).arg(&config).output().unwrap();
    assert_one_line_exit_2(&output, "databse_url");

    let output =
        twinbridge().current_dir(dir.path()).args(["serve", "--database-url", "mysql://localhost/x"]).output().unwrap();
    assert_one_line_exit_2(&output, "sqlite://");

    let output =
        twinbridge().current_dir(dir.path()).args(["migrate", "--database-url", "postgres://"]).output().unwrap();
    assert_one_line_exit_2(&output, "host");

    let output = twinbridge()
        .current_dir(dir.path())
        .env("TWINBRIDGE_DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .arg("serve")
        .output()
        .unwrap();
    assert_one_line_exit_2(&output, "127.0.0.1:1");

    let output = twinbridge().current_dir(dir.path()).args(["serve", "--listen", "not-an-address"]).output().unwrap();
    assert_one_line_exit_2(&output, "IP:PORT");

    let output =
        twinbridge().current_dir(dir.path()).args(["serve", "--demo", "--listen", "0.0.0.0:0"]).output().unwrap();
    assert_one_line_exit_2(&output, "loopback");
    assert!(!dir.path().join("twinbridge.db").exists() || std::fs::metadata(dir.path().join("twinbridge.db")).is_ok());
}

/// A running `twinbridge serve` child process, stopped with SIGTERM (or killed). Killed when dropped, so
/// a failing test leaves no server behind.
pub(crate) struct Server {
    child: Child,
    pub(crate) address: String,
}

impl Server {
    /// `serve` on a free port of 127.0.0.1 with `db`, run in its folder (so the key file and the mail
    /// folder live there too); waits at most 30 s for the address it logs.
    pub(crate) fn start(db: &TestDatabase, extra: &[&str]) -> Self {
        let mut child = twinbridge()
            .current_dir(db.dir())
            .args(["serve", "--listen", "127.0.0.1:0", "--database-url", db.url().expose()])
            .args(extra)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (found, address) = std::sync::mpsc::channel();
        // Reads the address, then keeps draining stderr so the child never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("address=").nth(1) {
                    let _ = found.send(rest.split_whitespace().next().unwrap_or_default().to_owned());
                }
            }
        });
        let mut server = Self { child, address: String::new() };
        let address = address.recv_timeout(Duration::from_secs(30)).expect("the server logs its address within 30 s");
        server.address = format!("http://{address}");
        server
    }

    pub(crate) fn stop(mut self) -> Option<i32> {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        for _ in 0..100 {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the server did not stop within 5 s of SIGTERM");
    }

    /// SIGKILL: the process ends at once, in the middle of whatever it was doing.
    pub(crate) fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // A child already waited for is not signalled again.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn health(address: &str) -> serde_json::Value {
    let response = reqwest::get(format!("{address}/healthz")).await.unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn serve_runs_on_an_empty_database_given_by_flag_and_stops_gracefully_on_sigterm() {
    let db = TestDatabase::new().await;
    let server = Server::start(&db, &[]);
    let body = health(&server.address).await;
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], if db.is_postgres() { "postgres" } else { "sqlite" });
    assert_eq!(server.stop(), Some(0));
    assert!(
        db.dir().join("twinbridge.keys").exists(),
        "the key ring is created in the working directory or beside the SQLite file"
    );
}

#[tokio::test]
async fn a_demo_database_is_served_again_with_demo_and_refused_without() {
    let db = TestDatabase::new().await;
    let server = Server::start(&db, &["--demo"]);
    health(&server.address).await;
    assert_eq!(server.stop(), Some(0));

    let server = Server::start(&db, &["--demo"]);
    health(&server.address).await;
    assert_eq!(server.stop(), Some(0));

    let output = twinbridge()
        .current_dir(db.dir())
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url", db.url().expose()])
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    let lines = stderr_lines(&output);
    assert_eq!(output.status.code(), Some(1), "{lines:?}");
    assert!(lines.last().is_some_and(|l| l.contains("demo")), "{lines:?}");
}

#[tokio::test]
async fn migrate_prepares_a_database_and_exits_0() {
    let db = TestDatabase::new().await;
    let output =
        twinbridge().current_dir(db.dir()).args(["migrate", "--database-url", db.url().expose()]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{:?}", stderr_lines(&output));
    let again =
        twinbridge().current_dir(db.dir()).args(["migrate", "--database-url", db.url().expose()]).output().unwrap();
    assert_eq!(again.status.code(), Some(0), "migrating twice is harmless");
}

/// A pipe whose reading end is closed before the child starts: its first write fails with a broken pipe,
/// as behind `| head -1` once `head` has gone.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer.into()
}

/// `/dev/full`, where every write fails with "no space left on device" (Linux).
fn full_disk() -> Option<Stdio> {
    std::fs::OpenOptions::new().write(true).open("/dev/full").ok().map(Stdio::from)
}

/// Every command that prints, with what it reads on stdin.
fn printing_commands(db: &TestDatabase) -> Vec<(Vec<String>, &'static str)> {
    let explain =
        "policy explain --donor-country IN --patient-country DE --donation 2025-03-01:pbsc --today 2026-06-15";
    let url = db.url().expose();
    [
        (explain.to_owned(), ""),
        (format!("{explain} --format json"), ""),
        ("policy list".to_owned(), ""),
        ("policy list --format json".to_owned(), ""),
        ("screen".to_owned(), "My name is Aarav Mehta and I live in Pune."),
        ("screen --format jsonl".to_owned(), "{\"id\": \"L1\", \"text\": \"Hello from Pune\"}\n"),
        (format!("audit verify --database-url {url}"), ""),
        (format!("keys rotate --database-url {url}"), ""),
        (format!("jobs run-due --database-url {url}"), ""),
    ]
    .into_iter()
    .map(|(args, input)| (args.split_whitespace().map(str::to_owned).collect(), input))
    .collect()
}

/// Runs `args` with `stdout` as its standard output and `input` on stdin.
fn run_into(args: &[String], input: &str, stdout: Stdio, dir: &std::path::Path) -> Output {
    use std::io::Write;
    let mut child = twinbridge()
        .current_dir(dir)
        .env("RUST_LOG", "off")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

fn assert_write_failure(output: &Output, args: &[String], sink: &str) {
    let lines = stderr_lines(output);
    assert_ne!(output.status.code(), Some(101), "{args:?} into {sink}: {lines:?}");
    assert!(!lines.iter().any(|l| l.contains("panicked")), "{args:?} into {sink}: {lines:?}");
    assert_eq!(output.status.code(), Some(1), "{args:?} into {sink}: {lines:?}");
    assert_eq!(lines.len(), 1, "{args:?} into {sink}: {lines:?}");
    assert!(lines[0].starts_with("twinbridge: cannot write the output"), "{args:?} into {sink}: {lines:?}");
}

#[tokio::test]
async fn every_printing_command_exits_1_with_one_line_when_stdout_is_closed_or_full() {
    let db = TestDatabase::sqlite();
    let migrated =
        twinbridge().current_dir(db.dir()).args(["migrate", "--database-url", db.url().expose()]).output().unwrap();
    assert_eq!(migrated.status.code(), Some(0), "{:?}", stderr_lines(&migrated));
    for (args, input) in printing_commands(&db) {
        // The command works when its output can be written…
        let output = run_into(&args, input, Stdio::piped(), &db.dir());
        assert_eq!(output.status.code(), Some(0), "{args:?}: {:?}", stderr_lines(&output));
        assert!(!output.stdout.is_empty(), "{args:?} printed nothing");
        // …and fails cleanly when it cannot.
        assert_write_failure(&run_into(&args, input, closed_pipe(), &db.dir()), &args, "a closed pipe");
        if let Some(full) = full_disk() {
            assert_write_failure(&run_into(&args, input, full, &db.dir()), &args, "/dev/full");
        }
    }
}

#[test]
fn audit_verify_and_keys_rotate_refuse_a_missing_database_file_and_leave_it_missing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nested").join("missing.db");
    let url = format!("sqlite://{}", missing.display());
    for command in [["audit", "verify"], ["keys", "rotate"]] {
        let output =
            twinbridge().current_dir(dir.path()).args(command).args(["--database-url", &url]).output().unwrap();
        assert_one_line_exit_2(&output, &missing.display().to_string());
        assert!(!missing.exists(), "{command:?} created {}", missing.display());
        assert!(!dir.path().join("nested").exists(), "{command:?} created the database's folder");
        // The default database in the working directory is not created either.
        let output = twinbridge().current_dir(dir.path()).args(command).output().unwrap();
        assert_one_line_exit_2(&output, "twinbridge.db");
        assert!(!dir.path().join("twinbridge.db").exists(), "{command:?} created twinbridge.db");
        assert!(!dir.path().join("twinbridge.keys").exists(), "{command:?} created a key file");
    }

    // `migrate` still creates a new database, which both commands then accept.
    let output = twinbridge().current_dir(dir.path()).args(["migrate", "--database-url", &url]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{:?}", stderr_lines(&output));
    assert!(missing.exists());
    for command in [["audit", "verify"], ["keys", "rotate"]] {
        let output =
            twinbridge().current_dir(dir.path()).args(command).args(["--database-url", &url]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{command:?}: {:?}", stderr_lines(&output));
    }
}

#[test]
fn serve_on_an_address_in_use_stops_before_creating_a_database() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("x.db");
    let output = twinbridge()
        .current_dir(dir.path())
        .args(["serve", "--demo", "--listen", &address, "--database-url"])
        .arg(format!("sqlite://{}", database.display()))
        .output()
        .unwrap();
    let lines = stderr_lines(&output);
    assert!(matches!(output.status.code(), Some(1 | 2)), "{lines:?}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("twinbridge: ") && lines[0].contains(&address), "{lines:?}");
    assert!(!database.exists(), "x.db was created although the address was taken");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "nothing is written before the address is bound: {left:?}");
    drop(taken);
}

#[test]
fn the_log_format_is_chosen_by_the_environment() {
    let db = TestDatabase::sqlite();
    let mut child = twinbridge()
        .current_dir(db.dir())
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url", db.url().expose()])
        .env("TWINBRIDGE_LOG_FORMAT", "json")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = Vec::new();
    let serving = loop {
        let line = lines.next().expect("the server logs").unwrap();
        let parsed: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        seen.push(line);
        if parsed["message"] == "serving" {
            break parsed;
        }
        assert!(seen.len() < 200, "no 'serving' line in {seen:?}");
    };
    assert!(serving["address"].as_str().is_some_and(|a| a.starts_with("127.0.0.1:")), "{serving}");
    let _ = child.kill();
    let _ = child.wait();
}
