//! The real `candor` binary as a child process: `candor serve` on a free port against a test's
//! database, waited for until `/healthz` answers, then killed (SIGKILL), terminated (SIGTERM)
//! or left to run. Its stdout and stderr go to a log file that is printed when a test fails.

use std::fs::File;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// A port nobody listens on right now (bound to port 0, then released).
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("a local address").port()
}

/// How to start one `candor serve`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `CANDOR_SMTP_URL`; unset writes mail to files in the process's folder.
    pub smtp_url: Option<String>,
    /// `CANDOR_BACKGROUND_JOBS`: the mail worker and the scheduler.
    pub background_jobs: bool,
    /// More `CANDOR_*` variables (they win over the defaults above).
    pub env: Vec<(String, String)>,
}

impl Options {
    /// These options with one more environment variable.
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.env.push((name.to_string(), value.to_string()));
        self
    }
}

/// One running `candor serve`; killed when dropped.
pub struct CandorProcess {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    name: String,
    child: Child,
    log: PathBuf,
    exited: Option<ExitStatus>,
    _dir: TempDir,
}

impl CandorProcess {
    /// Starts `candor serve` on `database_url` and waits (30 s at most) until `/healthz` is 200.
    /// Panics, with the process's log, when it does not come up.
    pub async fn start(name: &str, database_url: &str, options: &Options) -> CandorProcess {
        let mut last_failure = String::new();
        // A port picked by binding port 0 can be taken by someone else before candor binds it:
        // then candor exits at once and another port is tried.
        for _ in 0..3 {
            let mut process = Self::spawn(name, database_url, options);
            match process.wait_healthy(Duration::from_secs(30)).await {
                Ok(()) => return process,
                Err(why) => {
                    let log = process.log();
                    process.kill();
                    last_failure = format!("{why}\n--- log of {name} ---\n{log}");
                    if !log.contains("cannot listen") {
                        break;
                    }
                }
            }
        }
        panic!("candor process '{name}' did not start: {last_failure}");
    }

    fn spawn(name: &str, database_url: &str, options: &Options) -> CandorProcess {
        let dir = tempfile::tempdir().expect("a temp folder");
        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let log = dir.path().join("candor.log");
        let out = File::create(&log).expect("a log file");
        let err = out.try_clone().expect("a second handle on the log file");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_candor"));
        cmd.arg("serve")
            .current_dir(dir.path())
            .env_remove("CANDOR_CONFIG")
            .env_remove("CANDOR_SMTP_URL")
            .env("CANDOR_DATABASE_URL", database_url)
            .env("CANDOR_BIND", format!("127.0.0.1:{port}"))
            .env("CANDOR_BASE_URL", &base)
            // Several instances run at once: each its own free port for metrics.
            .env("CANDOR_METRICS_BIND", "127.0.0.1:0")
            .env("CANDOR_MAIL_RATE_PER_SECOND", "1000")
            .env("CANDOR_SURVEY_RATE_PER_SECOND", "0")
            .env("CANDOR_BACKGROUND_JOBS", options.background_jobs.to_string())
            .env("CANDOR_ANSWER_KEY", crate::support::TEST_ANSWER_KEY)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err);
        if let Some(smtp) = &options.smtp_url {
            cmd.env("CANDOR_SMTP_URL", smtp);
        }
        for (k, v) in &options.env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("the candor binary starts");
        CandorProcess { base, name: name.to_string(), child, log, exited: None, _dir: dir }
    }

    async fn wait_healthy(&mut self, timeout: Duration) -> Result<(), String> {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().expect("a client");
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.try_exit() {
                return Err(format!("it exited with {status} before answering /healthz"));
            }
            if let Ok(r) = client.get(format!("{}/healthz", self.base)).send().await
                && r.status() == 200
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("/healthz was not 200 within {timeout:?}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL, then reap it.
    pub fn kill(&mut self) {
        if self.try_exit().is_none() {
            let _ = self.child.kill();
            if let Ok(status) = self.child.wait() {
                self.exited = Some(status);
            }
        }
    }

    /// SIGTERM (through `kill -TERM`, as `unsafe` is forbidden here); returns at once.
    pub fn terminate(&mut self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .expect("the kill command runs");
        assert!(status.success(), "kill -TERM {} failed", self.pid());
    }

    /// The exit status if it has exited.
    pub fn try_exit(&mut self) -> Option<ExitStatus> {
        if self.exited.is_none() {
            self.exited = self.child.try_wait().ok().flatten();
        }
        self.exited
    }

    /// Waits up to `timeout` for the process to exit; its status, or `None` if it still runs.
    pub async fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.try_exit() {
                return Some(status);
            }
            if Instant::now() > deadline {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Everything the process wrote so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_else(|e| format!("(no log: {e})"))
    }

    /// The log lines holding `needle` but none of `except` (at most `limit`).
    pub fn log_lines(&self, needle: &str, except: &[&str], limit: usize) -> String {
        let log = self.log();
        let found: Vec<&str> = log
            .lines()
            .filter(|l| l.contains(needle) && !except.iter().any(|e| l.contains(e)))
            .take(limit)
            .collect();
        found.join("\n")
    }

    /// The last `lines` lines of the log.
    pub fn log_tail(&self, lines: usize) -> String {
        let log = self.log();
        let all: Vec<&str> = log.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }
}

impl Drop for CandorProcess {
    fn drop(&mut self) {
        self.kill();
        if std::thread::panicking() {
            eprintln!(
                "--- last lines of the log of candor process '{}' ---\n{}",
                self.name,
                self.log_tail(150)
            );
        }
    }
}
