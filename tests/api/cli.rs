//! `candor team …` through the real binary: exit codes, one clear line, nothing half-done.

use crate::backend_tests;
use crate::helpers::{Backend, TestDb, texts};

backend_tests!(team_add_then_list, team_add_refusals_are_one_clear_line, migrate_twice_is_up_to_date);

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
        (&["team", "add", "x", "--name", "X", "--min-group", "2"], "between 3 and 10"),
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
