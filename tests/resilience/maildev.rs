//! A MailDev of a test's own (the binary from `CANDOR_TEST_MAILDEV_BIN`), so that a test can
//! stop and restart its SMTP server and count exactly what it received, without the thousands
//! of messages other tests send to the shared one.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::process::free_port;

/// One running MailDev; killed when dropped.
pub struct MailDev {
    /// SMTP port.
    pub smtp_port: u16,
    /// Web/API port.
    pub web_port: u16,
    child: Child,
    dir: TempDir,
    client: reqwest::Client,
}

impl MailDev {
    /// Starts MailDev on free ports.
    pub async fn start(bin: &str) -> MailDev {
        Self::start_on(bin, free_port(), free_port()).await
    }

    /// Starts MailDev on the given ports, with an empty store of its own; waits until both the
    /// API and the SMTP port answer (30 s at most).
    pub async fn start_on(bin: &str, smtp_port: u16, web_port: u16) -> MailDev {
        let dir = tempfile::tempdir().expect("a temp folder");
        let mails = dir.path().join("mail");
        std::fs::create_dir(&mails).expect("a mail folder");
        let log = File::create(dir.path().join("maildev.log")).expect("a log file");
        let child = Command::new(bin)
            .args(["--ip", "127.0.0.1", "--web-ip", "127.0.0.1"])
            .args(["-s", &smtp_port.to_string(), "-w", &web_port.to_string()])
            .arg("--mail-directory")
            .arg(&mails)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("a second log handle"))
            .stderr(log)
            .spawn()
            .expect("MailDev starts");
        let client = reqwest::Client::builder().timeout(Duration::from_secs(30)).build().expect("a client");
        let mut maildev = MailDev { smtp_port, web_port, child, dir, client };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let api = maildev.client.get(format!("{}/api/email", maildev.api())).send().await;
            let smtp = std::net::TcpStream::connect(("127.0.0.1", smtp_port));
            if api.is_ok_and(|r| r.status() == 200) && smtp.is_ok() {
                return maildev;
            }
            if let Ok(Some(status)) = maildev.child.try_wait() {
                panic!("MailDev exited with {status}:\n{}", maildev.log());
            }
            assert!(Instant::now() < deadline, "MailDev did not start within 30 s:\n{}", maildev.log());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// `smtp://127.0.0.1:PORT`.
    pub fn smtp_url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.smtp_port)
    }

    fn api(&self) -> String {
        format!("http://127.0.0.1:{}", self.web_port)
    }

    /// The recipient of every message received (one entry per message and recipient).
    pub async fn recipients(&self) -> Vec<String> {
        self.messages().await.into_iter().map(|(to, _)| to).collect()
    }

    /// `(recipient, Message-ID)` of every message received (one entry per message and
    /// recipient).
    pub async fn messages(&self) -> Vec<(String, String)> {
        let all: Vec<serde_json::Value> = self
            .client
            .get(format!("{}/api/email", self.api()))
            .send()
            .await
            .expect("the MailDev API answers")
            .json()
            .await
            .expect("MailDev lists its messages as JSON");
        all.iter()
            .flat_map(|m| {
                let id = m["headers"]["message-id"].as_str().unwrap_or_default().to_string();
                let to = m["to"].as_array().cloned().unwrap_or_default();
                to.into_iter()
                    .filter_map(move |to| to["address"].as_str().map(|a| (a.to_lowercase(), id.clone())))
            })
            .collect()
    }

    /// How many messages MailDev has started to store (one file each, created when the message
    /// data begins): cheap to poll, for progress only.
    pub fn files(&self) -> usize {
        std::fs::read_dir(self.mail_dir()).map(|d| d.count()).unwrap_or(0)
    }

    /// Where MailDev stores messages (one `.eml` file each).
    pub fn mail_dir(&self) -> PathBuf {
        self.dir.path().join("mail")
    }

    /// SIGKILL, then reap it (its stored files stay, see [`complete_recipients_in`]).
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("maildev.log")).unwrap_or_default()
    }
}

impl Drop for MailDev {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The recipients of the complete messages stored in a MailDev mail folder (one entry per
/// message), and how many files held a message cut short (its sender was not told it arrived,
/// so it is sent again). A complete multipart message ends with its closing boundary `--…--`.
pub fn complete_recipients_in(dir: &Path, domain: &str) -> (Vec<String>, usize) {
    let mut recipients = Vec::new();
    let mut partial = 0;
    for entry in std::fs::read_dir(dir).expect("the mail folder") {
        let path = entry.expect("a folder entry").path();
        let raw = std::fs::read_to_string(&path).unwrap_or_default();
        let complete =
            raw.trim_end().lines().last().is_some_and(|l| l.starts_with("--") && l.ends_with("--"));
        if !complete {
            partial += 1;
            continue;
        }
        let end = raw.find("\r\n\r\n").or_else(|| raw.find("\n\n")).unwrap_or(raw.len());
        let to = raw[..end]
            .replace("\r\n", "\n")
            .replace("\n ", " ")
            .replace("\n\t", " ")
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("to:"))
            .map(|l| l[3..].trim().to_lowercase())
            .unwrap_or_default();
        let address = to.trim_start_matches(|c| c != '<').trim_matches(|c| c == '<' || c == '>').to_string();
        let address = if address.is_empty() { to } else { address };
        assert!(address.ends_with(domain), "unexpected recipient '{address}' in {}", path.display());
        recipients.push(address);
    }
    (recipients, partial)
}

/// Messages per recipient.
pub fn tally(recipients: &[String]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for r in recipients {
        *counts.entry(r.clone()).or_insert(0) += 1;
    }
    counts
}
