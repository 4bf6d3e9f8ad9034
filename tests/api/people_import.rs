//! `candor people import`: all or nothing, every problem with its line and field, idempotent.

use candor::db::schema::{memberships, people};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::{Backend, TestDb, texts, write_file};

const GOOD: &str = "email,name,team,role
ana@example.org,Ana Lima,platform,lead
bo@example.org,Bo Chen,platform,member
Cy@Example.org,Cy Diaz,platform,member
ana@example.org,Ana Lima,product,member
dee@example.org,Dee Ek,product,admin
";

fn counts(db: &TestDb) -> (i64, i64) {
    let pool = db.pool();
    let mut conn = pool.get().unwrap();
    let p = people::table.count().get_result(&mut conn).unwrap();
    let m = memberships::table.count().get_result(&mut conn).unwrap();
    (p, m)
}

fn with_teams(backend: Backend) -> TestDb {
    let db = TestDb::new(backend);
    assert!(db.candor(&["team", "add", "product", "--name", "Product"]).status.success());
    assert!(
        db.candor(&["team", "add", "platform", "--name", "Platform", "--parent", "product"]).status.success()
    );
    db
}

backend_tests!(
    import_is_idempotent_and_updates_changes,
    bad_rows_are_all_reported_and_nothing_is_stored,
    unknown_team_refuses_the_whole_file,
    broken_csv_and_missing_columns_are_refused
);

async fn import_is_idempotent_and_updates_changes(backend: Backend) {
    let db = with_teams(backend);
    let file = write_file(&db.dir, "people.csv", GOOD);
    let out = db.candor(&["people", "import", &file]);
    let (stdout, stderr) = texts(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("5 rows; people: 4 added, 0 updated; memberships: 5 added, 0 changed"),
        "{stdout}"
    );
    assert_eq!(counts(&db), (4, 5));
    let (again, _) = texts(&db.candor(&["people", "import", &file]));
    assert!(again.contains("people: 0 added, 0 updated; memberships: 0 added, 0 changed"), "{again}");
    assert_eq!(counts(&db), (4, 5));
    let changed = GOOD.replace("Bo Chen,platform,member", "Bo Chen-Li,platform,lead");
    let file = write_file(&db.dir, "people2.csv", &changed);
    let (third, _) = texts(&db.candor(&["people", "import", &file]));
    assert!(third.contains("people: 0 added, 1 updated; memberships: 0 added, 1 changed"), "{third}");
    let (list, _) = texts(&db.candor(&["team", "list"]));
    assert!(list.lines().any(|l| l.starts_with("platform") && l.contains(" 3 ")), "{list}");
}

async fn bad_rows_are_all_reported_and_nothing_is_stored(backend: Backend) {
    let db = with_teams(backend);
    let bad = "email,name,team,role
not-an-email,Ann,platform,member
bo@example.org,,platform,member
cy@example.org,Cy,platform,boss
dee@example.org,Dee,platform,member
DEE@example.org,Dee,platform,lead
ed@example.org,Ed,Bad Team,member
";
    let file = write_file(&db.dir, "bad.csv", bad);
    let out = db.candor(&["people", "import", &file]);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for expected in [
        "5 problems; nothing was imported",
        "line 2, email: 'not-an-email' is not a valid email address",
        "line 3, name: The name is empty: a person needs a name.",
        "line 4, role: 'boss' is not a role",
        "line 6, email: dee@example.org is listed for team 'platform' already on line 5",
        "line 6, role",
        "line 7, team: 'Bad Team' is not a slug",
    ] {
        if expected == "line 6, role" {
            assert!(!err.contains(expected), "a valid role is not a problem: {err}");
        } else {
            assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
        }
    }
    assert_eq!(counts(&db), (0, 0));
}

async fn unknown_team_refuses_the_whole_file(backend: Backend) {
    let db = with_teams(backend);
    let file = write_file(
        &db.dir,
        "p.csv",
        "email,name,team,role\nana@example.org,Ana,platform,member\nbo@example.org,Bo,qa,member\n",
    );
    let out = db.candor(&["people", "import", &file]);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("line 3, team: no team 'qa': `candor team list` shows the teams"), "{err}");
    assert_eq!(counts(&db), (0, 0), "the good line 2 is not stored either");
}

async fn broken_csv_and_missing_columns_are_refused(backend: Backend) {
    let db = with_teams(backend);
    let ragged = write_file(
        &db.dir,
        "r.csv",
        "email,name,team,role\nana@example.org,Ana,platform,member\nbo@example.org,Bo\n",
    );
    let (_, err) = texts(&db.candor(&["people", "import", &ragged]));
    assert!(err.contains("line 3, row:"), "{err}");
    let headless = write_file(&db.dir, "h.csv", "mail,name,team\nana@example.org,Ana,platform\n");
    let (_, err) = texts(&db.candor(&["people", "import", &headless]));
    assert!(err.contains("line 1, header: no 'email' column") && err.contains("no 'role' column"), "{err}");
    let (_, err) = texts(&db.candor(&["people", "import", "/no/such/file.csv"]));
    assert!(err.contains("cannot read /no/such/file.csv"), "{err}");
    assert_eq!(counts(&db), (0, 0));
}
