//! Every down.sql reverts its up.sql on both backends, and both backends end with the
//! same tables and columns.

use std::collections::BTreeSet;

use candor::db::{DbConnection, migrate};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::backend_tests;
use crate::helpers::{Backend, TestDb, service_url};

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

const SQLITE_OBJECTS: &str = "SELECT type || ' ' || name || ' ' || coalesce(sql, '') AS line FROM sqlite_master \
     WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '__diesel%'";
const PG_OBJECTS: &str = "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line \
     FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '__diesel_schema_migrations' \
     UNION ALL SELECT indexdef AS line FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> '__diesel_schema_migrations' \
     UNION ALL SELECT conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text <> '__diesel_schema_migrations'";
const SQLITE_TABLES: &str = "SELECT name AS line FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__diesel%'";
const PG_TABLES: &str = "SELECT table_name::text AS line FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> '__diesel_schema_migrations'";
const SQLITE_COLUMNS: &str = "SELECT m.name || '.' || p.name || CASE WHEN p.\"notnull\" = 1 OR p.pk > 0 THEN ' not null' ELSE ' null' END AS line \
     FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__diesel%'";
const PG_COLUMNS: &str = "SELECT table_name || '.' || column_name || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE ' null' END AS line \
     FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '__diesel_schema_migrations'";

fn lines(conn: &mut DbConnection, sqlite: &str, pg: &str) -> BTreeSet<String> {
    let rows: Vec<Line> = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(sqlite).load(c).unwrap(),
        DbConnection::Postgresql(c) => diesel::sql_query(pg).load(c).unwrap(),
    };
    rows.into_iter().map(|l| l.line).collect()
}

fn count_rows(conn: &mut DbConnection, table: &str) -> i64 {
    let query = format!("SELECT count(*) AS n FROM {table}");
    let row: Count = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(query).get_result(c).unwrap(),
        DbConnection::Postgresql(c) => diesel::sql_query(query).get_result(c).unwrap(),
    };
    row.n
}

/// Every table, index, constraint and column, plus each table's row count (seed data).
fn snapshot(conn: &mut DbConnection) -> BTreeSet<String> {
    let mut all = lines(conn, SQLITE_OBJECTS, PG_OBJECTS);
    for table in lines(conn, SQLITE_TABLES, PG_TABLES) {
        let n = count_rows(conn, &table);
        all.insert(format!("rows {table} {n}"));
    }
    all
}

backend_tests!(every_down_reverts_its_up, answered_invitations_spend_their_links_on_upgrade);

/// Migrations that only rewrite rows (they change nothing in an empty database); each has a
/// test of its own with data.
const DATA_ONLY: &[&str] = &["20261125000006"];

async fn every_down_reverts_its_up(backend: Backend) {
    let db = TestDb::new(backend);
    let mut conn = db.connect();
    let mut checked = Vec::new();
    loop {
        let before = snapshot(&mut conn);
        let Some(name) = migrate::run_next(&mut conn).unwrap() else {
            break;
        };
        let after = snapshot(&mut conn);
        if !DATA_ONLY.contains(&name.as_str()) {
            assert_ne!(before, after, "{name}: up.sql changes nothing");
        }
        assert_eq!(migrate::revert_last(&mut conn).unwrap(), name);
        let reverted = snapshot(&mut conn);
        let left: Vec<_> = reverted.symmetric_difference(&before).collect();
        assert!(left.is_empty(), "{name}: down.sql leaves {left:?}");
        migrate::run_next(&mut conn).unwrap();
        checked.push(name);
    }
    assert!(!checked.is_empty());
    assert!(lines(&mut conn, SQLITE_TABLES, PG_TABLES).contains("audit_log"));
}

fn execute(conn: &mut DbConnection, sql: &str) {
    use diesel::connection::SimpleConnection;
    conn.batch_execute(sql).unwrap();
}

/// `(invitation id, responded, links left)` of every invitation.
fn invitation_states(conn: &mut DbConnection) -> Vec<(i64, bool, i64)> {
    use candor::db::schema::{invitation_tokens, invitations};
    let rows: Vec<(i64, bool)> = invitations::table
        .select((invitations::id, invitations::responded))
        .order(invitations::id.asc())
        .load(conn)
        .unwrap();
    rows.into_iter()
        .map(|(id, responded)| {
            let links: i64 = invitation_tokens::table
                .filter(invitation_tokens::invitation_id.eq(id))
                .count()
                .get_result(conn)
                .unwrap();
            (id, responded, links)
        })
        .collect()
}

/// 000006: an invitation answered before the upgrade (flag set, links kept) has its links
/// spent, so it counts as answered now and gets no reminder; down.sql flags the ones
/// answered after the upgrade (no links left), as the earlier code expects.
async fn answered_invitations_spend_their_links_on_upgrade(backend: Backend) {
    let db = TestDb::new(backend);
    let mut conn = db.connect();
    while migrate::run_next(&mut conn).unwrap().as_deref() != Some("20261125000005") {}
    execute(
        &mut conn,
        "INSERT INTO teams (id, slug, name, created_at) VALUES (1, 'up', 'Up', '2026-11-01 00:00:00');
         INSERT INTO people (id, email, name, created_at) VALUES
           (1, 'a@up.test', 'A', '2026-11-01 00:00:00'), (2, 'b@up.test', 'B', '2026-11-01 00:00:00');
         INSERT INTO pulses (id, team_id, survey_id, period, opens_at, closes_at, state, min_group, comment_min)
           VALUES (1, 1, 1, '2026-11', '2026-11-01 00:00:00', '2026-12-01 00:00:00', 'open', 5, 5);
         INSERT INTO invitations (id, pulse_id, person_id, responded) VALUES (1, 1, 1, TRUE), (2, 1, 2, FALSE);
         INSERT INTO invitation_tokens (token_hash, invitation_id) VALUES ('a1', 1), ('a2', 1), ('b1', 2);",
    );
    assert_eq!(migrate::run_next(&mut conn).unwrap().as_deref(), Some("20261125000006"));
    assert_eq!(invitation_states(&mut conn), vec![(1, true, 0), (2, false, 1)], "answered: links spent");
    // B answers under the new code: the links go, the flag waits for the close.
    execute(&mut conn, "DELETE FROM invitation_tokens WHERE invitation_id = 2");
    assert_eq!(migrate::revert_last(&mut conn).unwrap(), "20261125000006");
    assert_eq!(invitation_states(&mut conn), vec![(1, true, 0), (2, true, 0)], "down flags B as answered");
}

#[test]
fn both_backends_have_the_same_tables_and_columns() {
    if service_url("CANDOR_TEST_POSTGRES_URL").is_none() {
        return;
    }
    let (sqlite, pg) = (TestDb::new(Backend::Sqlite), TestDb::new(Backend::Postgres));
    let columns = |db: &TestDb| {
        let pool = db.pool();
        lines(&mut pool.get().unwrap(), SQLITE_COLUMNS, PG_COLUMNS)
    };
    let (on_sqlite, on_pg) = (columns(&sqlite), columns(&pg));
    let only_sqlite: Vec<_> = on_sqlite.difference(&on_pg).collect();
    let only_pg: Vec<_> = on_pg.difference(&on_sqlite).collect();
    assert!(
        only_sqlite.is_empty() && only_pg.is_empty(),
        "only SQLite: {only_sqlite:?}\nonly PostgreSQL: {only_pg:?}"
    );
    assert!(on_sqlite.len() > 100, "the whole data model: {} columns", on_sqlite.len());
}
