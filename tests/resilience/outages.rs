//! The database unavailable for a while: a SQLite file locked by another writer (503 with
//! Retry-After and a readable page, nothing half-written), and the PostgreSQL server restarted
//! under load (503 at worst, never 500, and the same candor process recovers by itself).

use std::process::Command;
use std::time::{Duration, Instant};

use diesel::Connection;
use diesel::connection::SimpleConnection;

use crate::helpers::{Backend, service_url};
use crate::process::{CandorProcess, Options};
use crate::support::{
    Attempt, Fixture, Outcome, Submitters, acknowledged, join_all, postgres_exclusive, submit, summary,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locked_sqlite_database_gives_503_and_writes_nothing() {
    let fixture = Fixture::new(Backend::Sqlite, "locked", 5);
    let options = Options::default().with("CANDOR_SQLITE_BUSY_TIMEOUT_MS", 300);
    let process = CandorProcess::start("locked", &fixture.db.url, &options).await;
    let path = fixture.db.dir.path().join("candor.db");
    let mut holder = diesel::SqliteConnection::establish(path.to_str().expect("a UTF-8 path"))
        .expect("a second connection to the SQLite file");
    holder.batch_execute("BEGIN IMMEDIATE").expect("the write lock");

    let token = fixture.tokens()[0].clone();
    let client = reqwest::Client::new();
    let response = client
        .post(format!("{}/p/{token}", process.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(crate::support::answers_form())
        .send()
        .await
        .expect("an answer while the database is locked");
    let status = response.status();
    let retry_after = response.headers().get("retry-after").map(|v| v.to_str().unwrap_or("").to_string());
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap_or("").to_string())
        .unwrap_or_default();
    let page = response.text().await.expect("a body");
    holder.batch_execute("ROLLBACK").expect("the lock is released");

    assert_eq!(status, 503, "a locked database answers 503: {page}\n{}", process.log_tail(30));
    let retry_after = retry_after.expect("a Retry-After header on the 503");
    assert!(retry_after.parse::<u64>().is_ok_and(|s| s > 0), "Retry-After is seconds: '{retry_after}'");
    assert!(content_type.starts_with("text/html"), "a page, not {content_type}");
    assert!(page.to_lowercase().contains("try again"), "the page tells what to do: {page}");

    let stored = fixture.stored();
    assert!(
        stored.unspent_hashes.contains(&candor::domain::tokens::hash_token(&token)),
        "the refused answer spent the link"
    );
    assert_eq!((stored.responded, stored.responses), (0, 0), "the refused answer left rows behind");

    assert_eq!(
        submit(&client, &process.base, &token).await,
        Outcome::Status(200),
        "the same answer, once the lock is gone"
    );
    fixture.assert_acknowledged_stored(&[token], "after the lock");
}

/// Restarts PostgreSQL if it is still down when the test ends, however it ends.
struct PostgresComesBack {
    version: String,
    url: String,
}

impl PostgresComesBack {
    fn is_ready(&self) -> bool {
        Command::new("pg_isready").args(["-q", "-d", &self.url]).status().is_ok_and(|s| s.success())
    }

    fn wait_ready(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while !self.is_ready() {
            if Instant::now() > deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        true
    }
}

impl Drop for PostgresComesBack {
    fn drop(&mut self) {
        if !self.wait_ready(Duration::from_secs(10)) {
            let _ = pg_ctlcluster(&self.version, "start");
            if !self.wait_ready(Duration::from_secs(30)) {
                eprintln!("PostgreSQL {} did not come back after the restart test", self.version);
            }
        }
    }
}

fn pg_ctlcluster(version: &str, action: &str) -> std::io::Result<std::process::Output> {
    Command::new("pg_ctlcluster").args(["--skip-systemctl-redirect", version, "main", action]).output()
}

/// The version of the machine's PostgreSQL cluster (`/etc/postgresql/VERSION`), if there is one.
fn local_cluster() -> Option<String> {
    let mut versions: Vec<String> = std::fs::read_dir("/etc/postgresql")
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    versions.sort();
    versions.pop()
}

/// Limit for the service to answer 200 again once PostgreSQL is back.
const RECOVERY: Duration = Duration::from_secs(30);

/// Tokens kept back to test the recovery (one submission every 100 ms for `RECOVERY`).
const RECOVERY_TOKENS: usize = 310;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_restart_under_load_recovers_without_restarting_candor() {
    let Some(url) = service_url("CANDOR_TEST_POSTGRES_URL") else { return };
    let Some(version) = local_cluster().filter(|_| which("pg_ctlcluster")) else {
        if std::env::var("CANDOR_REQUIRE_SERVICES").as_deref() == Ok("1") {
            panic!("no local PostgreSQL cluster to restart (pg_ctlcluster and /etc/postgresql are needed)");
        }
        eprintln!("SKIP: no local PostgreSQL cluster to restart (pg_ctlcluster, /etc/postgresql)");
        return;
    };
    // Every other PostgreSQL test of this binary finishes first; none starts until this ends.
    let _exclusive = postgres_exclusive().await;
    let comes_back = PostgresComesBack { version: version.clone(), url };
    let fixture = Fixture::new(Backend::Postgres, "restart", 3_000);
    let mut process = CandorProcess::start("pg-restart", &fixture.db.url, &Options::default()).await;

    // The load takes most tokens; the ones kept back test the recovery, one every 100 ms.
    let mut tokens = fixture.tokens();
    let mut kept_back = tokens.split_off(tokens.len() - RECOVERY_TOKENS);
    let submitters = Submitters::new(tokens);
    let tasks = submitters.spawn(&process.base, 8, false, true);
    let health = HealthProbe::spawn(&process.base);
    let deadline = Instant::now() + Duration::from_secs(30);
    while submitters.acknowledged_count() < 20 {
        assert!(Instant::now() < deadline, "the load did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    let restart = tokio::task::spawn_blocking(move || pg_ctlcluster(&version, "restart"))
        .await
        .expect("the restart task")
        .expect("pg_ctlcluster runs");
    assert!(
        restart.status.success(),
        "pg_ctlcluster restart failed: {}",
        String::from_utf8_lossy(&restart.stderr)
    );
    let restarted = Instant::now();
    health.mark();
    // Recovered when a submission and a health check, both started after the restart, got 200.
    let client = reqwest::Client::builder().timeout(Duration::from_secs(60)).build().expect("a client");
    let mut probes = Vec::new();
    let mut submit_back = None;
    let mut health_back = None;
    while restarted.elapsed() < RECOVERY && (submit_back.is_none() || health_back.is_none()) {
        if submit_back.is_none() {
            let token = kept_back.pop().expect("a kept-back token");
            let outcome = submit(&client, &process.base, &token).await;
            if outcome == Outcome::Status(200) {
                submit_back = Some(Instant::now());
            }
            probes.push(Attempt { token, outcome });
        }
        health_back = health
            .attempts()
            .iter()
            .filter(|(after, o, _)| *after && *o == Outcome::Status(200))
            .map(|(_, _, t)| *t)
            .min();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    submitters.stop();
    health.stop();
    join_all(tasks).await;
    let health_attempts = health.join().await;
    let mut attempts = submitters.attempts();
    attempts.extend(probes);
    let exited = process.try_exit();

    let since = |t: Option<Instant>| t.map(|t| format!("{:?}", t.saturating_duration_since(restarted)));
    println!(
        "PostgreSQL restart: submissions {}, health checks {}; 200 again after the restart: /healthz in {:?}, \
         a submission in {:?}",
        summary(&attempts),
        health_summary(&health_attempts),
        since(health_back),
        since(submit_back)
    );
    assert!(
        exited.is_none(),
        "candor exited ({exited:?}) when PostgreSQL restarted\n{}",
        process.log_tail(60)
    );
    let bad: Vec<String> = attempts
        .iter()
        .map(|a| &a.outcome)
        .chain(health_attempts.iter().map(|(_, o, _)| o))
        .filter(|o| !matches!(o, Outcome::Status(200) | Outcome::Status(503)))
        .map(|o| format!("{o:?}"))
        .collect();
    assert!(
        bad.is_empty(),
        "{} requests got neither 200 nor 503 around the restart, e.g. {:?}\nerrors logged:\n{}",
        bad.len(),
        &bad[..bad.len().min(5)],
        process.log_lines("ERROR", &["r2d2"], 20)
    );
    assert!(
        health_back.is_some(),
        "/healthz not 200 within {RECOVERY:?} of the restart\n{}",
        process.log_tail(60)
    );
    assert!(
        submit_back.is_some(),
        "no submission got 200 within {RECOVERY:?} of the restart\n{}",
        process.log_tail(60)
    );
    assert!(comes_back.is_ready(), "PostgreSQL is not ready after the restart");
    fixture.assert_acknowledged_stored(&acknowledged(&attempts), "PostgreSQL restart");
}

fn which(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn health_summary(attempts: &[(bool, Outcome, Instant)]) -> String {
    let mut counts = std::collections::BTreeMap::new();
    for (_, o, _) in attempts {
        *counts.entry(format!("{o:?}")).or_insert(0usize) += 1;
    }
    format!("{counts:?}")
}

/// GETs `/healthz` every 100 ms, recording (started after the mark, outcome, finished at).
struct HealthProbe {
    state: std::sync::Arc<ProbeState>,
    task: tokio::task::JoinHandle<()>,
}

#[derive(Default)]
struct ProbeState {
    stop: std::sync::atomic::AtomicBool,
    mark: std::sync::atomic::AtomicBool,
    attempts: std::sync::Mutex<Vec<(bool, Outcome, Instant)>>,
}

impl HealthProbe {
    fn spawn(base: &str) -> HealthProbe {
        use std::sync::atomic::Ordering;
        let state = std::sync::Arc::new(ProbeState::default());
        let url = format!("{base}/healthz");
        let client = reqwest::Client::builder().timeout(Duration::from_secs(60)).build().expect("a client");
        let task = tokio::spawn({
            let state = state.clone();
            async move {
                while !state.stop.load(Ordering::SeqCst) {
                    let after = state.mark.load(Ordering::SeqCst);
                    let outcome = match client.get(&url).send().await {
                        Ok(r) => Outcome::Status(r.status().as_u16()),
                        Err(e) if e.is_connect() => Outcome::Refused,
                        Err(e) => Outcome::Broken(crate::support::error_chain(&e)),
                    };
                    state.attempts.lock().expect("attempts").push((after, outcome, Instant::now()));
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        });
        HealthProbe { state, task }
    }

    fn mark(&self) {
        self.state.mark.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    fn stop(&self) {
        self.state.stop.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    fn attempts(&self) -> Vec<(bool, Outcome, Instant)> {
        self.state.attempts.lock().expect("attempts").clone()
    }

    async fn join(self) -> Vec<(bool, Outcome, Instant)> {
        let HealthProbe { state, task } = self;
        task.await.expect("the health probe");
        state.attempts.lock().expect("attempts").clone()
    }
}
