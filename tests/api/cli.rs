//! `candor team …` through the real binary: exit codes, one clear line, nothing half-done.

use crate::backend_tests;
use crate::helpers::{Backend, TestDb, candor_with, texts};

backend_tests!(
    team_add_then_list,
    team_add_refusals_are_one_clear_line,
    migrate_twice_is_up_to_date,
    backup_copies_sqlite_and_sends_postgres_to_pg_dump,
);

async fn team_add_then_list(backend: Backend) {
    let db = TestDb::new(backend);
    let out = db.candor(&["team", "add", "product", "--name", "Product"]);
    assert!(out.status.success(), "{:?}", texts(&out));
    let out = db.candor(&["team", "add", "platform", "--name", "Platform Team", "--parent", "product"]);
    assert!(out.status.success(), "{:?}", texts(&out));
    let (list, _) = texts(&db.candor(&["team", "list"]));
    let platform = list.lines().find(|l| l.starts_with("platform")).expect(&list);
    assert!(platform.contains("product") && platform.contains("Platform Team"), "{list}");
    assert!(list.lines().any(|l| l.starts_with("product ")), "{list}");
}

async fn team_add_refusals_are_one_clear_line(backend: Backend) {
    let db = TestDb::new(backend);
    assert!(db.candor(&["team", "add", "product", "--name", "Product"]).status.success());
    let cases: [(&[&str], &str); 4] = [
        (&["team", "add", "product", "--name", "Again"], "exists already"),
        (&["team", "add", "qa", "--name", "QA", "--parent", "nope"], "no team 'nope'"),
        (&["team", "add", "Bad Slug", "--name", "X"], "not a slug"),
        (
            &["team", "add", "x", "--name", "X", "--min-group", "2"],
            "min_group: The threshold must be a number from 3 to 10.",
        ),
    ];
    for (args, expected) in cases {
        let out = db.candor(args);
        let (_, err) = texts(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(err.starts_with("error: ") && err.contains(expected), "{args:?}: {err}");
    }
    let (list, _) = texts(&db.candor(&["team", "list"]));
    assert_eq!(list.lines().count(), 2, "header + product only: {list}");
}

async fn migrate_twice_is_up_to_date(backend: Backend) {
    let db = TestDb::new(backend);
    let (first, _) = texts(&db.candor(&["migrate"]));
    assert!(first.contains("applied"), "{first}");
    let out = db.candor(&["migrate"]);
    assert!(out.status.success());
    assert!(texts(&out).0.contains("up to date"));
}

backend_tests!(pulse_open_twice_is_refused_and_close_by_team);

async fn pulse_open_twice_is_refused_and_close_by_team(backend: Backend) {
    let db = TestDb::new(backend);
    assert!(db.candor(&["team", "add", "ops", "--name", "Ops"]).status.success());
    let first = db.candor(&["pulse", "open", "--team", "ops", "--period", "2026-11"]);
    assert!(first.status.success(), "{:?}", texts(&first));
    let id = texts(&first).0.trim().to_string();
    let again = db.candor(&["pulse", "open", "--team", "ops", "--period", "2026-11"]);
    let (_, err) = texts(&again);
    assert_eq!(again.status.code(), Some(1));
    assert!(err.contains(&format!("has a pulse for 2026-11 already (id {id})")), "{err}");
    let bad = db.candor(&["pulse", "open", "--team", "ops", "--period", "2026-13"]);
    assert!(texts(&bad).1.contains("not a month"));
    let closed = db.candor(&["pulse", "close", "--team", "ops"]);
    assert!(texts(&closed).0.contains(&format!("closed pulse {id}")), "{:?}", texts(&closed));
    let twice = db.candor(&["pulse", "close", &id]);
    assert!(texts(&twice).1.contains("closed already"));
}

/// `candor backup FILE` (docs/deploy.md, "Backups"): on SQLite a private copy that reads as the
/// database did, an existing file refused unless `--force`; on PostgreSQL nothing is written,
/// the message says to use pg_dump, and the exit status is 1 so a backup job notices.
async fn backup_copies_sqlite_and_sends_postgres_to_pg_dump(backend: Backend) {
    let db = TestDb::new(backend);
    assert!(db.candor(&["team", "add", "product", "--name", "Product"]).status.success());
    let file = db.dir.path().join("copy.db");
    let path = file.display().to_string();
    let out = db.candor(&["backup", &path]);
    let (stdout, stderr) = texts(&out);
    if backend == Backend::Postgres {
        assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
        assert!(stderr.contains("use pg_dump") && stderr.contains("pg_dump --format=custom"), "{stderr}");
        assert!(stderr.contains("nothing was written") && !file.exists(), "{stderr}");
        return;
    }
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("Backed up") && stdout.contains("Keep the answer key"), "{stdout}");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the copy is its owner's only");
    }
    let copy_url = format!("sqlite://{path}");
    let list_copy = || texts(&candor_with(&copy_url, db.dir.path().into(), &["team", "list"], &[])).0;
    let list = list_copy();
    assert!(list.lines().any(|l| l.starts_with("product ")), "the copy holds the team: {list}");

    assert!(db.candor(&["team", "add", "later", "--name", "Later"]).status.success());
    let refused = db.candor(&["backup", &path]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        texts(&refused).1.contains("exists already; give another name, or --force"),
        "{:?}",
        texts(&refused)
    );
    assert!(db.candor(&["backup", &path, "--force"]).status.success());
    let list = list_copy();
    assert!(list.lines().any(|l| l.starts_with("later ")), "--force replaced the copy: {list}");
}
