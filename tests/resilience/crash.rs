//! Crashes and stops of `candor serve` with survey answers in flight: SIGKILL at a random
//! moment under load must not lose an answer that was acknowledged (200), nor leave a token
//! used without its response or the reverse, and the process must start again cleanly on the
//! same database; SIGTERM must finish the submissions it has taken in, refuse new connections
//! and exit 0.

use std::time::{Duration, Instant};

use candor::db::DbConnection;
use diesel::connection::SimpleConnection;

use crate::helpers::{Backend, service_url};
use crate::process::{CandorProcess, Options};
use crate::support::{
    Fixture, Outcome, Submitters, acknowledged, join_all, postgres_in_use, submit, summary,
};

/// Survey tokens handed out per SIGKILL test (each is submitted at most once).
const TOKENS: usize = 10_000;

/// Tokens a crash round may use: the SIGKILL comes before they run out however fast the
/// machine is (a CI machine took 2,800 answers a second, and ten rounds of up to 700 ms of
/// load ran through 10,000 tokens).
const ROUND_TOKENS: usize = 900;

/// Concurrent submitters during a crash round.
const CLIENTS: usize = 32;

mod sigkill_during_submissions_loses_no_acknowledged_answer {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        super::sigkill_during_submissions(Backend::Sqlite, 10).await;
    }

    /// Ten rounds too: a round takes about as long as on SQLite (start, under a second of load,
    /// the checks).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        if service_url("CANDOR_TEST_POSTGRES_URL").is_some() {
            let _shared = postgres_in_use().await;
            super::sigkill_during_submissions(Backend::Postgres, 10).await;
        }
    }
}

/// Waits for the moment of a SIGKILL: a random 150–700 ms into the load, or earlier once a
/// random 200–700 of the round's submissions have finished (so that a fast machine is still
/// killed mid-load, with tokens left). Says which came first.
async fn kill_under_load(submitters: &Submitters) -> String {
    let after_ms = rand::random_range(150..=700);
    let after_count = rand::random_range(200..=ROUND_TOKENS - 200);
    let started = Instant::now();
    let deadline = started + Duration::from_millis(after_ms);
    loop {
        let finished = submitters.finished_count();
        if finished >= after_count {
            return format!("after {finished} finished submissions ({:?})", started.elapsed());
        }
        if Instant::now() >= deadline {
            return format!("after {after_ms} ms ({finished} finished submissions)");
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

/// `rounds` times: start candor on the same database, let 32 clients submit distinct unused
/// tokens, SIGKILL it at a random moment of the load, then check that every acknowledged answer
/// is stored.
async fn sigkill_during_submissions(backend: Backend, rounds: usize) {
    let started = Instant::now();
    let fixture = Fixture::new(backend, "crash", TOKENS);
    println!("{backend:?}: {TOKENS} people invited in {:?}", started.elapsed());
    let mut tokens = fixture.tokens();
    let mut total_acknowledged = 0;
    for round in 1..=rounds {
        let mut process =
            CandorProcess::start(&format!("crash-{backend:?}-{round}"), &fixture.db.url, &Options::default())
                .await;
        let budget: Vec<String> = tokens.drain(..ROUND_TOKENS).collect();
        let submitters = Submitters::new(budget);
        let tasks = submitters.spawn(&process.base, CLIENTS, true, true);
        let trigger = kill_under_load(&submitters).await;
        process.kill();
        join_all(tasks).await;
        let mut left = submitters.take_remaining();
        assert!(
            !left.is_empty(),
            "round {round}: the round's {ROUND_TOKENS} tokens ran out before the SIGKILL"
        );
        left.append(&mut tokens);
        tokens = left;
        let attempts = submitters.attempts();
        let acknowledged = acknowledged(&attempts);
        total_acknowledged += acknowledged.len();
        let unexpected: Vec<&Outcome> = attempts
            .iter()
            .map(|a| &a.outcome)
            .filter(|o| matches!(o, Outcome::Status(s) if *s != 200 && *s != 503))
            .collect();
        assert!(
            unexpected.is_empty(),
            "round {round}: unexpected answers {unexpected:?}\n{}",
            process.log_tail(40)
        );
        let stored =
            fixture.assert_acknowledged_stored(&acknowledged, &format!("{backend:?}, round {round}"));
        println!(
            "{backend:?} round {round}: SIGKILL {trigger}; acknowledged {} (outcomes {}), \
             stored in all {} (responses {}), tokens left {}",
            acknowledged.len(),
            summary(&attempts),
            stored.responded,
            stored.responses,
            tokens.len()
        );
    }
    assert!(total_acknowledged > 0, "no submission was acknowledged: the load did not run");
    // After the last SIGKILL too, candor starts cleanly and takes answers.
    let process =
        CandorProcess::start(&format!("crash-{backend:?}-after"), &fixture.db.url, &Options::default()).await;
    let token = tokens.pop().expect("a token left for the last check");
    let client = reqwest::Client::new();
    assert_eq!(submit(&client, &process.base, &token).await, Outcome::Status(200));
    let stored = fixture.assert_acknowledged_stored(&[token], &format!("{backend:?}, after the last kill"));
    println!(
        "{backend:?}: {rounds} SIGKILLs, {total_acknowledged} answers acknowledged, {} stored in all",
        stored.responded
    );
}

mod sigterm_finishes_in_flight_work_then_exits {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        super::sigterm_finishes_in_flight_work(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        if service_url("CANDOR_TEST_POSTGRES_URL").is_some() {
            let _shared = postgres_in_use().await;
            super::sigterm_finishes_in_flight_work(Backend::Postgres).await;
        }
    }
}

/// Seconds candor is given to finish its work after SIGTERM.
const SHUTDOWN_SECONDS: u64 = 10;

/// Submissions in flight when the SIGTERM comes.
const IN_FLIGHT: usize = 50;

/// Holds the table the submissions write to, from a connection of the test's own, so that
/// submissions reach candor and wait there: SQLite's write lock, or a PostgreSQL lock on
/// `sealed_responses` that blocks inserts (reads go on).
fn hold_writes(fixture: &Fixture, backend: Backend) -> DbConnection {
    let mut conn = fixture.db.connect();
    let sql = match backend {
        Backend::Sqlite => "BEGIN IMMEDIATE",
        Backend::Postgres => "BEGIN; LOCK TABLE sealed_responses IN SHARE MODE",
    };
    conn.batch_execute(sql).expect("the lock");
    conn
}

/// 50 submissions are sent while the test holds the database's write lock, so they are
/// accepted and waiting inside candor; then SIGTERM, and the lock is released. Every one of
/// them must be answered 200 and stored; a request started after the SIGTERM must be refused
/// (or, if it slipped in, answered 200); the process exits 0 within `shutdown_seconds`.
async fn sigterm_finishes_in_flight_work(backend: Backend) {
    let fixture = Fixture::new(backend, "term", IN_FLIGHT + 20);
    let options = Options::default()
        .with("CANDOR_SHUTDOWN_SECONDS", SHUTDOWN_SECONDS)
        .with("CANDOR_SQLITE_BUSY_TIMEOUT_MS", 60_000);
    let mut process = CandorProcess::start(&format!("term-{backend:?}"), &fixture.db.url, &options).await;
    let mut tokens = fixture.tokens();
    let late_tokens = tokens.split_off(IN_FLIGHT);

    let mut lock = hold_writes(&fixture, backend);
    let in_flight = Submitters::new(tokens);
    let tasks = in_flight.spawn(&process.base, IN_FLIGHT, true, false);
    // Time for the 50 requests to be sent and taken in (they then wait for the lock); a setup
    // delay, not a measurement: a request still outside would be refused and fail the test.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let early = in_flight.attempts();
    assert!(
        early.is_empty(),
        "submissions finished while the database was locked (the test needs them waiting): {}",
        summary(&early)
    );
    process.terminate();
    let terminated = Instant::now();
    // Requests after the SIGTERM, while the first ones still wait.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let late = Submitters::new(late_tokens);
    join_all(late.spawn(&process.base, 10, true, false)).await;
    let late_attempts = late.attempts();
    assert!(
        process.try_exit().is_none(),
        "candor exited while requests were waiting for the database\n{}",
        process.log_tail(60)
    );
    lock.batch_execute("ROLLBACK").expect("the lock is released");
    let exit = process.wait_exit(Duration::from_secs(SHUTDOWN_SECONDS + 5)).await;
    join_all(tasks).await;
    let attempts = in_flight.attempts();
    let all_acknowledged: Vec<String> =
        acknowledged(&attempts).into_iter().chain(acknowledged(&late_attempts)).collect();
    let stored = fixture.assert_acknowledged_stored(&all_acknowledged, &format!("{backend:?} after SIGTERM"));
    println!(
        "{backend:?}: SIGTERM with {IN_FLIGHT} submissions waiting: they got {}; requests after the SIGTERM got {}; \
         stored {}; exit {exit:?} {:?} after the SIGTERM",
        summary(&attempts),
        summary(&late_attempts),
        stored.responded,
        terminated.elapsed()
    );
    let status = exit.unwrap_or_else(|| {
        panic!("candor still runs {} s after SIGTERM\n{}", SHUTDOWN_SECONDS + 5, process.log_tail(60))
    });
    assert!(status.success(), "candor exited with {status} after SIGTERM\n{}", process.log_tail(60));
    let unfinished: Vec<String> = attempts
        .iter()
        .filter(|a| a.outcome != Outcome::Status(200))
        .map(|a| format!("{:?}", a.outcome))
        .collect();
    assert!(
        unfinished.is_empty(),
        "{} of the {IN_FLIGHT} submissions in flight at the SIGTERM were not answered 200: {:?}\n{}",
        unfinished.len(),
        &unfinished[..unfinished.len().min(5)],
        process.log_tail(60)
    );
    let unclean: Vec<&Outcome> = late_attempts
        .iter()
        .map(|a| &a.outcome)
        .filter(|o| !matches!(o, Outcome::Refused | Outcome::Status(200)))
        .collect();
    assert!(unclean.is_empty(), "requests started after the SIGTERM got {unclean:?}, not a clean refusal");
    assert_eq!(
        stored.responded as usize,
        all_acknowledged.len(),
        "stored answers that were never acknowledged"
    );
}
