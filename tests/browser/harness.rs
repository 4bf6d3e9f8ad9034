//! The browser suite's harness: an app on a free port with its own SQLite database (its email
//! links point at it), MailDev look-ups, the `candor` binary, and one headless Chromium
//! session per journey (through chromedriver) that saves a screenshot when the journey fails.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use candor::config::Settings;
use candor::db::{self, DbConnection, DbPool};
use candor::domain::pulses::Pulse;
use candor::domain::teams::Team;
use candor::startup::{AppState, Application};
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder};
use futures_util::FutureExt;
use serde_json::{Value, json};
use tempfile::TempDir;

pub use crate::page::Browser;

/// The address of a test service, or a loud SKIP (a failure with CANDOR_REQUIRE_SERVICES=1).
pub fn service_url(var: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(v) if !v.trim().is_empty() => Some(v),
        _ if std::env::var("CANDOR_REQUIRE_SERVICES").as_deref() == Ok("1") => {
            panic!("{var} is not set and CANDOR_REQUIRE_SERVICES=1: start the services with scripts/test.sh")
        }
        _ => {
            // Straight to stderr, past the test harness's capture, so a passing run shows it.
            use std::io::Write;
            let line = format!(
                "SKIP: {var} is not set; run scripts/browser.sh (or scripts/test.sh) to test in a real browser\n"
            );
            let _ = std::io::stderr().write_all(line.as_bytes());
            None
        }
    }
}

/// The password every test account gets.
pub const TEST_PASSWORD: &str = "a long test passphrase";

/// A running app with its own SQLite database, listening where its email links point.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`, also the app's base URL for links in emails.
    pub address: String,
    pub state: AppState,
    pub pool: DbPool,
    db_url: String,
    /// The temp folder with the database; lives as long as the app.
    dir: TempDir,
}

/// A free port on 127.0.0.1 (the OS picks it; the app binds it right after).
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

/// Builds and starts an app on a free port, with background jobs off (tests flush mail).
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// [`spawn_app`] with settings changed by `configure`.
pub async fn spawn_app_with(configure: impl Fn(&mut Settings)) -> TestApp {
    let dir = tempfile::tempdir().expect("a temp folder");
    let db_url = format!("sqlite://{}", dir.path().join("candor.db").display());
    let mut last_error = String::new();
    // The port is chosen before the app binds it, so its links can name it; another process
    // could take it in between, so try again a few times.
    for _ in 0..5 {
        let port = free_port();
        let address = format!("http://127.0.0.1:{port}");
        let mut settings = Settings {
            database_url: db_url.clone(),
            bind: format!("127.0.0.1:{port}"),
            base_url: address.clone(),
            smtp_url: std::env::var("CANDOR_TEST_SMTP_URL").ok().filter(|u| !u.is_empty()),
            outbox_dir: dir.path().join("outbox"),
            answer_key_file: dir.path().join("candor-answer.key"),
            db_pool_size: 4,
            background_jobs: false,
            metrics_bind: "off".into(),
            ..Settings::default()
        };
        configure(&mut settings);
        match Application::build(settings).await {
            Ok(app) => {
                let state = app.state().clone();
                let pool = state.pool.clone();
                tokio::spawn(app.run_until_stopped());
                return TestApp { address, state, pool, db_url, dir };
            }
            Err(e) => last_error = e.to_string(),
        }
    }
    panic!("the app did not start: {last_error}")
}

impl TestApp {
    /// The full URL of a path on this app.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Runs a database job on the app's pool.
    pub fn with_conn<T>(&self, job: impl FnOnce(&mut DbConnection) -> T) -> T {
        job(&mut self.pool.get().expect("a database connection"))
    }

    /// Runs the `candor` binary against this app's database; panics when it fails.
    pub fn candor(&self, args: &[&str]) -> String {
        let out: Output = std::process::Command::new(env!("CARGO_BIN_EXE_candor"))
            .args(args)
            .current_dir(self.dir.path())
            .env("CANDOR_DATABASE_URL", &self.db_url)
            .env_remove("CANDOR_CONFIG")
            .output()
            .expect("the candor binary runs");
        let (stdout, stderr) =
            (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "candor {args:?} failed:\n{stdout}\n{stderr}");
        stdout
    }

    /// Writes a file into the app's temp folder and returns its path.
    pub fn write_file(&self, name: &str, body: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, body).expect("a temp file");
        path.display().to_string()
    }

    /// A team with `size` members whose addresses are unique to this test (MailDev is
    /// shared); the first is the team's lead.
    pub fn seed_team(&self, slug: &str, size: usize) -> (Team, Vec<String>) {
        use candor::domain::people::{PersonRow, import_people};
        use candor::domain::teams::{NewTeam, add_team, find_team};
        use candor::domain::{Email, Role, Slug};
        let domain = format!("{}.test", uuid::Uuid::new_v4().simple());
        let emails: Vec<String> = (0..size).map(|i| format!("{slug}{i}@{domain}")).collect();
        let rows: Vec<PersonRow> = emails
            .iter()
            .enumerate()
            .map(|(i, e)| PersonRow {
                line: i as u64 + 2,
                email: Email::parse(e).expect("an address"),
                name: format!("Person {i}"),
                team: Slug::parse(slug).expect("a slug"),
                role: if i == 0 { Role::Lead } else { Role::Member },
                home: false,
                language: None,
            })
            .collect();
        let new = NewTeam {
            slug: Slug::parse(slug).expect("a slug"),
            name: format!("Team {slug}"),
            parent: None,
            min_group: 5,
        };
        self.with_conn(|c| {
            add_team(c, &new).expect("team added");
            import_people(c, &rows, "test", || {}).expect("people imported");
            (find_team(c, slug).expect("the team"), emails)
        })
    }

    /// What the scheduler and opening pulses need: the app's composer and answer key.
    pub fn pulse_tools(&self) -> candor::scheduler::Tools {
        candor::scheduler::Tools {
            composer: self.state.composer.clone(),
            answer_key: self.state.answer_key.clone(),
        }
    }

    /// Opens the team's pulse for this month, closing in a week.
    pub fn open_pulse(&self, team: &Team) -> Pulse {
        let period = candor::domain::period::Period::of(chrono::Utc::now().date_naive());
        let closes = (chrono::Utc::now() + chrono::Duration::days(7)).naive_utc();
        let tools = self.pulse_tools();
        self.with_conn(|c| {
            db::write(c, |c| {
                candor::domain::pulses::open_pulse(c, &tools.pulse_tools(), team, period, closes)
            })
        })
        .expect("pulse opened")
        .0
    }

    /// The survey tokens of a pulse's invitations that are still queued, by recipient.
    pub fn queued_tokens(&self, pulse: &Pulse) -> Vec<(String, String)> {
        use candor::db::schema::outbox;
        use diesel::prelude::*;
        let rows: Vec<(String, String)> = self.with_conn(|c| {
            outbox::table
                .filter(outbox::idempotency_key.like(format!("invite:{}:%", pulse.id)))
                .filter(outbox::state.eq("queued"))
                .select((outbox::recipient, outbox::body_text))
                .load(c)
                .expect("the outbox")
        });
        rows.into_iter()
            .map(|(to, body)| {
                let start = body.find("/p/").expect("a survey link") + 3;
                let token = body[start..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                (to, token)
            })
            .collect()
    }

    /// Stores an answer for `token` through the same validation and transaction as the form.
    pub fn answer(&self, token: &str, answers: &[(&str, &str)]) {
        use candor::domain::responses::parse_submission;
        use candor::submissions::{Outcome, Pending, find_ballot, store_batch};
        let now = chrono::Utc::now().naive_utc();
        let form: Vec<(String, String)> =
            answers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        self.with_conn(|c| {
            let ballot = find_ballot(c, token, now).expect("an open ballot");
            let submission = parse_submission(&ballot.questions, &form).expect("valid answers");
            let pending = Pending::new(&ballot, submission, now);
            let outcome = store_batch(c, &self.state.answer_key, &[pending]).expect("answers stored");
            assert_eq!(outcome, [Outcome::Stored], "answers stored");
        });
    }

    /// Closes a pulse (without the scheduler's summary emails).
    pub fn close_pulse(&self, pulse: &Pulse) {
        self.with_conn(|c| {
            db::write(c, |c| candor::domain::pulses::close_pulse(c, &self.state.answer_key, pulse.id))
        })
        .expect("pulse closed");
    }

    /// Makes `email` an admin with [`TEST_PASSWORD`].
    pub fn create_admin(&self, email: &str) {
        let email = candor::domain::Email::parse(email).expect("an address");
        let now = chrono::Utc::now().naive_utc();
        self.with_conn(|c| {
            db::write(c, |c| candor::auth::login::create_admin(c, &email, Some(TEST_PASSWORD), now))
        })
        .expect("admin created");
    }

    /// Delivers every email due now to the SMTP server (MailDev).
    pub async fn flush(&self) {
        use candor::mail::deliver::{DeliveryPolicy, Pacer};
        let policy = DeliveryPolicy { rate_per_second: 10_000.0, ..DeliveryPolicy::default() };
        let pacer = Pacer::new(policy.rate_per_second);
        let now = chrono::Utc::now().naive_utc();
        loop {
            let step = candor::mail::deliver_due(&self.pool, &self.state.mailer, &policy, &pacer, now)
                .await
                .expect("delivery step");
            assert_eq!(step.failed + step.retried, 0, "every email reaches MailDev: {step:?}");
            if step.claimed == 0 {
                return;
            }
        }
    }
}

/// The first link starting with `prefix` in the text part of an email MailDev received for
/// `address`; waits up to 10 s for the email to arrive.
pub async fn link_in_mail(maildev: &str, address: &str, prefix: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let all: Vec<Value> = reqwest::get(format!("{maildev}/api/email"))
            .await
            .expect("MailDev answers")
            .json()
            .await
            .expect("MailDev's JSON");
        let link = all
            .iter()
            .filter(|m| m["to"].as_array().is_some_and(|to| to.iter().any(|t| t["address"] == address)))
            .filter_map(|m| m["text"].as_str())
            .find_map(|text| {
                let start = text.find(prefix)?;
                Some(text[start..].split_whitespace().next().unwrap_or_default().to_string())
            });
        if let Some(link) = link {
            return link;
        }
        assert!(Instant::now() < deadline, "no email to {address} with a link {prefix}… reached MailDev");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// How a journey's browser starts.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub width: u32,
    pub height: u32,
    /// `false` starts Chromium with page scripts disabled (WebDriver's own scripts still run).
    pub javascript: bool,
    /// Chromium's own language (its UI and the Accept-Language it sends); `None` is en-GB.
    pub lang: Option<&'static str>,
}

impl Default for Options {
    fn default() -> Self {
        Options { width: 1024, height: 900, javascript: true, lang: None }
    }
}

/// The flags Chromium needs here: headless as root, and no background connections (this
/// machine's closed network refuses them, which stalls start-up).
fn chrome_args(profile: &Path, options: Options) -> Vec<String> {
    let mut args: Vec<String> = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // Overlay scrollbars, as on a phone: a 320 px window lays pages out 320 px wide.
        "--hide-scrollbars",
    ]
    .iter()
    .map(|a| a.to_string())
    .collect();
    // Headless Chromium on Linux sends the Accept-Language of --accept-lang; --lang alone
    // leaves the header as it was (tried: the German survey came out English).
    let lang = options.lang.unwrap_or("en-GB");
    args.push(format!("--lang={lang}"));
    args.push(format!("--accept-lang={lang}"));
    args.push(format!("--user-data-dir={}", profile.display()));
    if !options.javascript {
        args.push("--blink-settings=scriptEnabled=false".into());
    }
    args
}

async fn connect(webdriver: &str, options: Options, profile: &Path) -> Client {
    let binary = std::env::var("CANDOR_TEST_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({ "binary": binary, "args": chrome_args(profile, options) }),
    );
    let client = ClientBuilder::native()
        .capabilities(caps)
        .connect(webdriver)
        .await
        .unwrap_or_else(|e| panic!("no browser session from chromedriver at {webdriver}: {e}"));
    client.set_window_size(options.width, options.height).await.expect("window size");
    // A page or script that hangs fails its journey in 30 s, not chromedriver's 300 s.
    let timeouts =
        TimeoutConfiguration::new(Some(Duration::from_secs(30)), Some(Duration::from_secs(30)), None);
    client.update_timeouts(timeouts).await.expect("timeouts");
    client
}

/// Where a failing journey's screenshot goes: `target/browser-failures/<name>.png`.
pub fn failure_screenshot(name: &str) -> PathBuf {
    target_dir().join("browser-failures").join(format!("{name}.png"))
}

/// The target folder (`CARGO_TARGET_TMPDIR` is `<target>/tmp`).
pub fn target_dir() -> PathBuf {
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().map(Path::to_path_buf).unwrap_or(tmp)
}

/// Runs one journey in a browser session of its own: SKIP without chromedriver, and on a
/// failure (an error or a panic) a screenshot of the page before the test fails; problems the
/// page audits found fail it at the end (each has its own screenshot). The session is always
/// closed.
pub async fn journey<F, Fut>(name: &str, options: Options, body: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let Some(webdriver) = service_url("CANDOR_TEST_WEBDRIVER_URL") else { return };
    let started = Instant::now();
    let shot = failure_screenshot(name);
    remove_old_screenshots(name);
    let profile = tempfile::tempdir().expect("a browser profile folder");
    let client = connect(&webdriver, options, profile.path()).await;
    let browser = Browser::new(client.clone(), name);
    let outcome = AssertUnwindSafe(body(browser.clone())).catch_unwind().await;
    let failed = !matches!(outcome, Ok(Ok(())));
    if failed {
        match client.screenshot().await {
            Ok(png) => {
                std::fs::create_dir_all(shot.parent().expect("a folder")).expect("failures folder");
                std::fs::write(&shot, png).expect("screenshot written");
                eprintln!("{name}: screenshot of the failing page: {}", shot.display());
            }
            Err(e) => eprintln!("{name}: no screenshot ({e})"),
        }
    }
    if let Err(e) = client.close().await {
        eprintln!("{name}: closing the browser session failed: {e}");
    }
    eprintln!("{name}: {:.1} s", started.elapsed().as_secs_f64());
    let problems = browser.problems();
    let audits = if problems.is_empty() {
        String::new()
    } else {
        format!("\nand the page audits found:\n{}", problems.join("\n"))
    };
    match outcome {
        Ok(Ok(())) if problems.is_empty() => {}
        Ok(Ok(())) => panic!("{name}: the page audits found:\n{}", problems.join("\n")),
        Ok(Err(e)) => panic!("{name} failed: {e:#}\n(screenshot: {}){audits}", shot.display()),
        Err(panic) => {
            if !problems.is_empty() {
                eprintln!("{name}: {audits}");
            }
            std::panic::resume_unwind(panic)
        }
    }
}

/// Removes the screenshots an earlier run of this journey left.
fn remove_old_screenshots(name: &str) {
    let Ok(entries) = std::fs::read_dir(target_dir().join("browser-failures")) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file == format!("{name}.png") || file.starts_with(&format!("{name}--")) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The MailDev API, or a SKIP (a failure with CANDOR_REQUIRE_SERVICES=1).
pub fn maildev() -> Option<String> {
    service_url("CANDOR_TEST_MAILDEV_API")
}
