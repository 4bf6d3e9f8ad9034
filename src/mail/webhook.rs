//! Sending one webhook delivery: a JSON POST signed with the endpoint's secret
//! (docs/design.md, "Webhooks"). The signature covers the send time and the body, so a
//! receiver can refuse a replay of an old delivery and a body changed on the way.
//!
//! Headers: `Candor-Event` (e.g. `pulse.closed`), `Candor-Delivery` (the outbox row id: the
//! same on every retry, so a receiver can drop a second copy), and `Candor-Signature:
//! t=UNIX_SECONDS,v1=HEX` where HEX is HMAC-SHA256(secret, "{t}.{body}").

use std::time::Duration;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::outbox::OutboxMail;
use super::transport::SendError;

/// How long one POST may take, connection included.
const POST_TIMEOUT: Duration = Duration::from_secs(10);

/// The signature header's value for `body` sent at `timestamp` (Unix seconds).
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    format!("t={timestamp},v1={}", hex::encode(mac(secret, timestamp, body)))
}

/// Whether `header` is a valid signature of `body` under `secret` (what a receiver checks;
/// the tests and the docs' example use it). Compares in constant time.
pub fn verify(secret: &str, header: &str, body: &str) -> bool {
    let mut timestamp = None;
    let mut given = None;
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => timestamp = t.parse::<i64>().ok(),
            Some(("v1", v)) => given = hex::decode(v).ok(),
            _ => {}
        }
    }
    let (Some(timestamp), Some(given)) = (timestamp, given) else { return false };
    let mut check = keyed(secret);
    check.update(format!("{timestamp}.{body}").as_bytes());
    check.verify_slice(&given).is_ok()
}

fn keyed(secret: &str) -> Hmac<Sha256> {
    // HMAC takes a key of any length; `new_from_slice` cannot fail for it.
    match Hmac::<Sha256>::new_from_slice(secret.as_bytes()) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC accepts keys of every length"),
    }
}

fn mac(secret: &str, timestamp: i64, body: &str) -> Vec<u8> {
    let mut mac = keyed(secret);
    mac.update(format!("{timestamp}.{body}").as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// The HTTP client webhook deliveries share.
#[derive(Clone)]
pub struct WebhookSender {
    client: reqwest::Client,
}

impl WebhookSender {
    /// A client with a short timeout that never follows redirects (a delivery goes where the
    /// admin said, nowhere else).
    pub fn new() -> Result<Self, reqwest::Error> {
        let client = reqwest::Client::builder()
            .timeout(POST_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("Candor-Webhooks/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self { client })
    }

    /// POSTs the delivery `row` (recipient = URL, subject = event, text = body). A 2xx answer
    /// is delivered; 410 Gone and a row without a secret fail for good; anything else (no
    /// connection, a timeout, another status) is tried again later.
    pub async fn post(&self, row: &OutboxMail) -> Result<(), SendError> {
        let Some(secret) = row.webhook_secret.as_deref() else {
            return Err(SendError { permanent: true, message: "the webhook endpoint is gone".into() });
        };
        let timestamp = chrono::Utc::now().timestamp();
        let response = self
            .client
            .post(&row.recipient)
            .header("Content-Type", "application/json")
            .header("Candor-Event", &row.subject)
            .header("Candor-Delivery", row.id.to_string())
            .header("Candor-Signature", signature(secret, timestamp, &row.body_text))
            .body(row.body_text.clone())
            .send()
            .await
            .map_err(|e| SendError {
                permanent: false,
                message: format!("POST failed: {}", without_url(&e)),
            })?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        Err(SendError {
            permanent: status == reqwest::StatusCode::GONE,
            message: format!("the endpoint answered {status}"),
        })
    }
}

/// The error's words without the URL (which may carry a secret in its query).
fn without_url(error: &reqwest::Error) -> String {
    let kind = if error.is_timeout() {
        "timed out"
    } else if error.is_connect() {
        "could not connect"
    } else {
        "request error"
    };
    let mut source = std::error::Error::source(error);
    let mut detail = String::new();
    while let Some(cause) = source {
        detail = cause.to_string();
        source = cause.source();
    }
    if detail.is_empty() { kind.to_string() } else { format!("{kind} ({detail})") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_and_a_changed_body_or_secret_does_not() {
        let header = signature("s3cret", 1_700_000_000, r#"{"event":"pulse.closed"}"#);
        assert!(header.starts_with("t=1700000000,v1="));
        assert!(verify("s3cret", &header, r#"{"event":"pulse.closed"}"#));
        assert!(!verify("s3cret", &header, r#"{"event":"pulse.opened"}"#));
        assert!(!verify("other", &header, r#"{"event":"pulse.closed"}"#));
        let moved = header.replace("t=1700000000", "t=1700000001");
        assert!(!verify("s3cret", &moved, r#"{"event":"pulse.closed"}"#), "the time is signed too");
        assert!(!verify("s3cret", "v1=zz", "{}"));
        assert!(!verify("s3cret", "", "{}"));
    }

    #[test]
    fn the_signature_is_hmac_sha256_of_time_dot_body() {
        // Computed independently with Python: hmac.new(b"s3cret",
        // b'1700000000.{"event":"pulse.closed"}', hashlib.sha256).hexdigest()
        let expected = "4d99d54faa7e07dcf2dfa4f7db31bdec7dd21b365afb771605cd95ca291c94ae";
        assert_eq!(
            signature("s3cret", 1_700_000_000, r#"{"event":"pulse.closed"}"#),
            format!("t=1700000000,v1={expected}")
        );
    }
}
