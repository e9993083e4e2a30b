//! A local SMTP server for tests: accepts every message over plain SMTP on 127.0.0.1 and keeps it, so
//! tests read the e-mails the application really sent (through lettre, the outbox and the worker).

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Notify;

/// Addresses starting with this are refused for good (`550`), as a server refuses an unknown mailbox.
pub const REFUSED_PREFIX: &str = "no-such-mailbox";

/// One received message.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    /// The envelope recipients.
    pub to: Vec<String>,
    /// The raw message (headers and body) as sent.
    pub raw: Vec<u8>,
}

impl ReceivedMail {
    /// The decoded subject.
    pub fn subject(&self) -> String {
        mail_parser::MessageParser::default()
            .parse(&self.raw)
            .and_then(|m| m.subject().map(str::to_owned))
            .unwrap_or_default()
    }

    /// The decoded plain-text body.
    pub fn body(&self) -> String {
        mail_parser::MessageParser::default()
            .parse(&self.raw)
            .and_then(|m| m.body_text(0).map(|b| b.into_owned()))
            .unwrap_or_default()
    }

    /// The first `http(s)://` link in the body.
    pub fn link(&self) -> Option<String> {
        let body = self.body();
        let start = body.find("http")?;
        Some(body[start..].split_whitespace().next()?.to_owned())
    }
}

/// The running sink.
#[derive(Debug, Clone)]
pub struct SmtpSink {
    /// The port it listens on.
    pub port: u16,
    mails: Arc<Mutex<Vec<ReceivedMail>>>,
    arrived: Arc<Notify>,
}

impl SmtpSink {
    /// Starts a sink on a free port of 127.0.0.1.
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind SMTP sink");
        let port = listener.local_addr().expect("address").port();
        let sink = Self { port, mails: Arc::default(), arrived: Arc::new(Notify::new()) };
        let accepting = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let sink = accepting.clone();
                tokio::spawn(async move {
                    let _ = sink.session(stream).await;
                });
            }
        });
        sink
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        write.write_all(b"220 sink ESMTP\r\n").await?;
        let mut to = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let command = line.trim_end().to_ascii_uppercase();
            if command.starts_with("EHLO") {
                write.write_all(b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n").await?;
            } else if command.starts_with("HELO")
                || command.starts_with("MAIL FROM")
                || command.starts_with("RSET")
                || command.starts_with("NOOP")
            {
                if command.starts_with("MAIL FROM") || command.starts_with("RSET") {
                    to.clear();
                }
                write.write_all(b"250 OK\r\n").await?;
            } else if command.starts_with("RCPT TO") {
                let address = line.trim_end()[8..].trim().trim_start_matches('<').trim_end_matches('>').to_owned();
                // Like a real server that knows no such mailbox: a permanent refusal.
                if address.to_ascii_lowercase().starts_with(REFUSED_PREFIX) {
                    write.write_all(b"550 5.1.1 no such mailbox\r\n").await?;
                    continue;
                }
                to.push(address);
                write.write_all(b"250 OK\r\n").await?;
            } else if command == "DATA" {
                write.write_all(b"354 go ahead\r\n").await?;
                let mut raw = Vec::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    let unstuffed = line.strip_prefix('.').filter(|_| line.starts_with("..")).unwrap_or(&line);
                    raw.extend_from_slice(unstuffed.as_bytes());
                }
                self.mails
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push(ReceivedMail { to: std::mem::take(&mut to), raw });
                self.arrived.notify_waiters();
                write.write_all(b"250 OK queued\r\n").await?;
            } else if command == "QUIT" {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                write.write_all(b"502 not implemented\r\n").await?;
            }
        }
    }

    /// Every message received so far.
    pub fn mails(&self) -> Vec<ReceivedMail> {
        self.mails.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Waits (up to 10 s) for a message to `recipient` and returns the latest one.
    pub async fn wait_for(&self, recipient: &str) -> ReceivedMail {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let arrived = self.arrived.notified();
            if let Some(mail) =
                self.mails().into_iter().rev().find(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(recipient)))
            {
                return mail;
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                panic!("no e-mail to {recipient} arrived within 10 s");
            }
        }
    }
}
