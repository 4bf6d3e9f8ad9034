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

backend_tests!(every_down_reverts_its_up);

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
        assert_ne!(before, after, "{name}: up.sql changes nothing");
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
