//! How mail leaves: one pooled lettre SMTP transport reused across sends (with timeouts), or
//! .eml files in a folder when no SMTP server is configured.

use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::outbox::OutboxMail;
use crate::db::redact;
use crate::error::AppError;

/// Why one send failed, and whether trying again could help.
#[derive(Debug, Clone)]
pub struct SendError {
    /// A 5xx answer or an unusable address: retrying cannot help.
    pub permanent: bool,
    /// What the server or transport said.
    pub message: String,
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// Sends outbox rows; cheap to clone (the SMTP pool is shared).
#[derive(Clone)]
pub struct Mailer {
    transport: std::sync::Arc<Transport>,
    from: Mailbox,
    message_id_domain: String,
    webhooks: super::webhook::WebhookSender,
}

const SMTP_TIMEOUT: Duration = Duration::from_secs(15);

/// What a [`Mailer`] needs to know (built by `startup.rs` from the settings).
#[derive(Debug, Clone)]
pub struct MailOptions {
    /// The From address (`CANDOR_MAIL_FROM`).
    pub from: String,
    /// `smtp://host:port`; `None` writes .eml files to `outbox_dir`.
    pub smtp_url: Option<String>,
    /// Where mail goes without SMTP.
    pub outbox_dir: std::path::PathBuf,
    /// This instance's public address, whose host names the Message-IDs.
    pub base_url: String,
}

impl Mailer {
    /// SMTP when `smtp_url` is set, else .eml files under `outbox_dir`.
    pub fn new(options: &MailOptions) -> Result<Self, AppError> {
        let from: Mailbox = options.from.parse().map_err(|e| {
            AppError::Startup(format!("CANDOR_MAIL_FROM '{}' is not an address: {e}", options.from))
        })?;
        let transport = match &options.smtp_url {
            Some(url) => Transport::Smtp(smtp_transport(url)?),
            None => {
                std::fs::create_dir_all(&options.outbox_dir).map_err(|e| {
                    AppError::Startup(format!("cannot create {}: {e}", options.outbox_dir.display()))
                })?;
                Transport::Files(AsyncFileTransport::new(&options.outbox_dir))
            }
        };
        let message_id_domain = url::Url::parse(&options.base_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| "candor.localhost".into());
        let webhooks = super::webhook::WebhookSender::new()
            .map_err(|e| AppError::Startup(format!("cannot make the webhook client: {e}")))?;
        Ok(Self { transport: std::sync::Arc::new(transport), from, message_id_domain, webhooks })
    }

    /// Sends one row as a multipart text + HTML message with a Message-ID made from its id,
    /// so a resend of the same row is recognisable as the same message; a webhook delivery
    /// (kind `webhook`) is POSTed to its endpoint instead.
    pub async fn send(&self, mail: &OutboxMail) -> Result<(), SendError> {
        if mail.kind == super::outbox::WEBHOOK {
            return self.webhooks.post(mail).await;
        }
        let message = self.build(mail)?;
        match self.transport.as_ref() {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| SendError { permanent: e.is_permanent(), message: e.to_string() }),
            Transport::Files(files) => files
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| SendError { permanent: false, message: e.to_string() }),
        }
    }

    fn build(&self, mail: &OutboxMail) -> Result<Message, SendError> {
        let to: Mailbox = mail.recipient.parse().map_err(|e| SendError {
            permanent: true,
            message: format!("recipient '{}' is not an address: {e}", mail.recipient),
        })?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(format!("<outbox-{}@{}>", mail.id, self.message_id_domain)))
            .multipart(MultiPart::alternative_plain_html(mail.body_text.clone(), mail.body_html.clone()))
            .map_err(|e| SendError { permanent: true, message: format!("cannot build the message: {e}") })
    }
}

/// Sends in flight share this many pooled connections. lettre 0.11.23 leaves Nagle on, so each
/// message waits ~40 ms for the server's delayed ACK (fixed upstream in lettre PR #1159, not
/// yet released); parallel connections keep throughput up meanwhile.
fn smtp_transport(url: &str) -> Result<AsyncSmtpTransport<Tokio1Executor>, AppError> {
    let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
        .map_err(|e| AppError::Startup(format!("CANDOR_SMTP_URL '{}' is not usable: {e}", redact(url))))?;
    Ok(builder
        .timeout(Some(SMTP_TIMEOUT))
        .pool_config(PoolConfig::new().max_size(16).idle_timeout(Duration::from_secs(60)))
        .build())
}
