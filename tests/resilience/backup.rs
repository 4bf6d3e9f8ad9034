//! Backup and restore, tried once (docs/deploy.md, "Backups"): `candor backup` runs while a
//! `candor serve` takes survey answers from eight clients; the copy is restored as a fresh
//! installation would be (the file copied into place), a new `candor serve` starts on it, and
//! the copy holds exactly a consistent moment: every answer acknowledged before the backup began,
//! no link spent without its response or the reverse, nothing that was never acknowledged. The
//! restored instance takes the answers still missing, and once closed with the same answer key
//! its report counts what the copy held plus the answer given after the restore.

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use candor::db::schema::{invitation_tokens, invitations, sealed_responses};
use diesel::prelude::*;

use crate::helpers::{Backend, candor_with, texts};
use crate::process::{CandorProcess, Options};
use crate::support::{Fixture, Outcome, Submitters, TEST_ANSWER_KEY, acknowledged, join_all, submit};

/// People invited: enough that the load is still running when the backup is done.
const PEOPLE: usize = 3_000;

/// Links kept back from the load, to answer on the restored instance.
const KEPT_BACK: usize = 5;

/// Answers acknowledged before the backup starts.
const BEFORE_BACKUP: usize = 300;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_under_load_restores_to_a_consistent_moment() {
    let fixture = Fixture::new(Backend::Sqlite, "backup", PEOPLE);
    let mut tokens = fixture.tokens();
    let kept_back: Vec<String> = tokens.drain(..KEPT_BACK).collect();
    let process = CandorProcess::start("backed-up", &fixture.db.url, &Options::default()).await;
    let submitters = Submitters::new(tokens);
    let tasks = submitters.spawn(&process.base, 8, false, true);
    wait_for_acknowledged(&submitters, BEFORE_BACKUP).await;

    let before: Vec<String> = acknowledged(&submitters.attempts());
    let backup = fixture.db.dir.path().join("backups").join("candor-backup.db");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();
    let output = run_backup(&fixture, &backup).await;
    let after_backup = submitters.acknowledged_count();
    let (stdout, stderr) = texts(&output);
    assert!(output.status.success(), "candor backup failed: {stdout}{stderr}");
    assert!(stdout.contains("Backed up") && stdout.contains("1 pulse was open"), "{stdout}");
    assert!(stdout.contains("Keep the answer key (CANDOR_ANSWER_KEY)"), "the reminder: {stdout}");
    wait_for_acknowledged(&submitters, after_backup + 50).await;
    submitters.stop();
    join_all(tasks).await;
    let answered: HashSet<String> = acknowledged(&submitters.attempts()).into_iter().collect();
    drop(process);

    // A second backup to the same name is refused, and leaves the first one as it was.
    let again = run_backup(&fixture, &backup).await;
    assert_eq!(again.status.code(), Some(1), "{:?}", texts(&again));
    assert!(texts(&again).1.contains("exists already"), "{:?}", texts(&again));
    let leftovers = std::fs::read_dir(backup.parent().unwrap()).unwrap().count();
    assert_eq!(leftovers, 1, "no partial file is left beside the backup");

    // Restore: the copy becomes the database of a new installation.
    let restored_dir = tempfile::tempdir().unwrap();
    let restored = restored_dir.path().join("candor.db");
    std::fs::copy(&backup, &restored).unwrap();
    let url = format!("sqlite://{}", restored.display());
    let spent = spent_in_copy(&url, &fixture.tokens(), fixture.pulse_id);
    for token in &before {
        assert!(spent.contains(token), "an answer acknowledged before the backup is not in it");
    }
    assert!(spent.is_subset(&answered), "the copy holds an answer that was never acknowledged");
    assert!(
        spent.len() < answered.len(),
        "answers went on after the backup ({} in the copy, {} in all): it was taken under load",
        spent.len(),
        answered.len()
    );
    assert_eq!(sealed_in_copy(&url, fixture.pulse_id), spent.len() as i64, "one response per spent link");
    println!(
        "backup: {} acknowledged before it began, {} by its end, {} in the copy, {} in all",
        before.len(),
        after_backup,
        spent.len(),
        answered.len()
    );

    // A fresh server on the restored file answers as the copy's moment says.
    let fresh = CandorProcess::start("restored", &url, &Options::default()).await;
    let client = reqwest::Client::new();
    assert_eq!(submit(&client, &fresh.base, &kept_back[0]).await, Outcome::Status(200));
    assert_eq!(submit(&client, &fresh.base, &before[0]).await, Outcome::Status(409), "answered before");
    let after = answered.iter().find(|t| !spent.contains(*t)).expect("an answer given after the copy");
    assert_eq!(submit(&client, &fresh.base, after).await, Outcome::Status(200), "answered after the copy");
    assert_report_counts(restored_dir.path(), &url, spent.len() as i64 + 2);
}

/// Polls until `count` submissions were acknowledged (two minutes at most).
async fn wait_for_acknowledged(submitters: &Submitters, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while submitters.acknowledged_count() < count {
        assert!(
            Instant::now() < deadline,
            "only {} of {count} answers acknowledged within two minutes",
            submitters.acknowledged_count()
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// `candor backup FILE` against the fixture's database, off the test's runtime threads.
async fn run_backup(fixture: &Fixture, file: &Path) -> std::process::Output {
    let (url, dir, file) = (fixture.db.url.clone(), fixture.db.dir.path().to_path_buf(), file.to_path_buf());
    tokio::task::spawn_blocking(move || {
        let file = file.display().to_string();
        candor_with(&url, dir, &["backup", &file], &[("CANDOR_ANSWER_KEY", TEST_ANSWER_KEY)])
    })
    .await
    .unwrap()
}

/// The tokens whose links the copy has spent (answered).
fn spent_in_copy(url: &str, tokens: &[String], pulse: candor::domain::PulseId) -> HashSet<String> {
    let mut conn = connect(url);
    let unspent: HashSet<String> = invitation_tokens::table
        .inner_join(invitations::table)
        .filter(invitations::pulse_id.eq(pulse))
        .select(invitation_tokens::token_hash)
        .load::<String>(&mut conn)
        .unwrap()
        .into_iter()
        .collect();
    tokens.iter().filter(|t| !unspent.contains(&candor::domain::tokens::hash_token(t))).cloned().collect()
}

/// The sealed responses of the pulse in the copy.
fn sealed_in_copy(url: &str, pulse: candor::domain::PulseId) -> i64 {
    sealed_responses::table
        .filter(sealed_responses::pulse_id.eq(pulse))
        .count()
        .get_result(&mut connect(url))
        .unwrap()
}

fn connect(url: &str) -> candor::db::DbConnection {
    let manager = candor::db::ConnectionManager::new(url.parse().unwrap());
    diesel::r2d2::ManageConnection::connect(&manager).unwrap()
}

/// Closes the restored pulse with the answer key and checks that its report counts `expected`.
fn assert_report_counts(dir: &Path, url: &str, expected: i64) {
    let key = [("CANDOR_ANSWER_KEY", TEST_ANSWER_KEY)];
    let closed = candor_with(url, dir.into(), &["pulse", "close", "--team", "backup"], &key);
    assert!(closed.status.success(), "closing the restored pulse: {:?}", texts(&closed));
    let report = candor_with(url, dir.into(), &["report", "--team", "backup", "--format", "json"], &key);
    assert!(report.status.success(), "{:?}", texts(&report));
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let latest = report["periods"].as_array().and_then(|p| p.last()).cloned().unwrap_or_default();
    assert_eq!(latest["invited"], PEOPLE as i64, "{latest}");
    assert_eq!(latest["responded"], expected, "the report counts what the copy held, and the new answers");
}
