//! E-mail: messages are queued in the outbox table (in the transaction that causes them) and sent by
//! [`worker`]. Texts are translated and carry no identifying data: a link and a short sentence.
//!
//! Transports: SMTP (production), a folder of `.eml` files (the demo: read the sign-in links there), or
//! the log (records that a message went out, never its content or recipient).

pub mod worker;

use std::path::PathBuf;

use lettre::message::{Mailbox, Message, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use twinbridge_store::repo::outbox::OutgoingMessage;

use crate::web::i18n::Lang;

/// How mail leaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportConfig {
    /// Write each message as an `.eml` file into this folder.
    File(PathBuf),
    /// Send over SMTP.
    Smtp {
        /// Server host.
        host: String,
        /// Server port.
        port: u16,
        /// `none` (plain, for a local relay or tests), `starttls` or `tls`.
        security: SmtpSecurity,
        /// User name and password, if the server needs them.
        credentials: Option<(String, String)>,
    },
    /// Only log that a message was sent.
    Log,
}

/// Transport security for SMTP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Plain SMTP (only to a relay on the same host or network).
    None,
    /// STARTTLS upgrade (port 587).
    StartTls,
    /// Implicit TLS (port 465).
    Tls,
}

/// Mail settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailConfig {
    /// The sender, e.g. `Twinbridge <no-reply@example.org>`.
    pub from: String,
    /// The transport.
    pub transport: TransportConfig,
}

/// Why a message could not be sent (kept in the outbox row; never contains the recipient).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct SendError {
    message: String,
    /// Sending again cannot help: the server refused the address for good (an SMTP 5xx answer), or the
    /// message cannot be built.
    pub permanent: bool,
}

impl SendError {
    fn temporary(message: String) -> Self {
        Self { message, permanent: false }
    }

    fn permanent(message: String) -> Self {
        Self { message, permanent: true }
    }
}

/// A ready transport.
#[derive(Clone)]
pub enum Mailer {
    /// `.eml` files.
    File(AsyncFileTransport<Tokio1Executor>),
    /// SMTP.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// The log.
    Log,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::File(_) => "Mailer::File",
            Self::Smtp(_) => "Mailer::Smtp",
            Self::Log => "Mailer::Log",
        })
    }
}

impl Mailer {
    /// Builds the transport from the configuration.
    pub fn new(config: &MailConfig) -> Result<Self, SendError> {
        Ok(match &config.transport {
            TransportConfig::File(dir) => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| SendError::temporary(format!("cannot create {}: {e}", dir.display())))?;
                Self::File(AsyncFileTransport::new(dir))
            }
            TransportConfig::Smtp { host, port, security, credentials } => {
                let builder = match security {
                    SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
                    SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)
                        .map_err(|e| SendError::temporary(format!("SMTP relay {host}: {e}")))?,
                    SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)
                        .map_err(|e| SendError::temporary(format!("SMTP relay {host}: {e}")))?,
                };
                let builder = builder.port(*port);
                let builder = match credentials {
                    Some((user, password)) => builder.credentials(Credentials::new(user.clone(), password.clone())),
                    None => builder,
                };
                Self::Smtp(builder.build())
            }
            TransportConfig::Log => Self::Log,
        })
    }

    async fn send(&self, message: Message) -> Result<(), SendError> {
        match self {
            Self::File(t) => t.send(message).await.map(|_| ()).map_err(|e| SendError::temporary(e.to_string())),
            Self::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| {
                if e.is_permanent() { SendError::permanent(e.to_string()) } else { SendError::temporary(e.to_string()) }
            }),
            Self::Log => Ok(()),
        }
    }
}

pub use twinbridge_domain::notice::MailKind;

/// The subject and body of a queued message in its language.
pub fn compose(message: &OutgoingMessage) -> (String, String) {
    let lang = Lang::from_code(&message.language).unwrap_or(Lang::En);
    let args: Vec<(String, String)> = message
        .payload
        .as_object()
        .map(|o| o.iter().map(|(k, v)| (k.clone(), v.as_str().map_or_else(|| v.to_string(), str::to_owned))).collect())
        .unwrap_or_default();
    let subject = lang.t_args(&format!("mail-{}-subject", message.kind), &args);
    let body = lang.t_args(&format!("mail-{}-body", message.kind), &args);
    (subject, body)
}

/// Builds the e-mail. The Message-ID comes from the outbox id, so a message sent twice after a crash can
/// be recognised as one.
pub fn build(message: &OutgoingMessage, from: &str) -> Result<Message, SendError> {
    let (subject, body) = compose(message);
    let from: Mailbox = from.parse().map_err(|e| SendError::permanent(format!("sender address: {e}")))?;
    let to: Mailbox = message
        .recipient
        .as_str()
        .parse()
        .map_err(|_| SendError::permanent("recipient address does not parse".into()))?;
    let domain = from.email.domain().to_owned();
    Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .message_id(Some(format!("<{}@{domain}>", message.id)))
        .header(ContentType::TEXT_PLAIN)
        .body(body)
        .map_err(|e| SendError::permanent(e.to_string()))
}

#[cfg(test)]
mod kind_tests {
    use super::*;

    #[test]
    fn every_kind_of_mail_has_its_texts_in_every_language() {
        for lang in Lang::ALL {
            for kind in MailKind::ALL {
                for part in ["subject", "body"] {
                    let key = format!("mail-{}-{part}", kind.as_str());
                    // Every argument a mail may carry, so that only a missing text fails.
                    let args: Vec<(String, String)> = [
                        ("link", "https://twinbridge.example/x"),
                        ("minutes", "15"),
                        ("days", "7"),
                        ("reference", "TB-7QK4-M2XP"),
                        ("count", "3"),
                        ("new", "1"),
                        ("date", "2026-12-04"),
                    ]
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect();
                    let text = lang.t_args(&key, &args);
                    assert_ne!(text, key, "{key} missing in {}", lang.code());
                }
            }
        }
    }
}
