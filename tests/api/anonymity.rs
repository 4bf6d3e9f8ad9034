//! Anonymity by construction: the tables that hold answers can never gain a linking column,
//! and two simultaneous submissions with one token store exactly one response.

use std::collections::BTreeSet;

use candor::db::DbConnection;
use candor::db::schema::responses;
use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::backend_tests;
use crate::helpers::*;

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

fn columns(conn: &mut DbConnection, table: &str) -> BTreeSet<String> {
    let rows: Vec<Name> = match conn {
        DbConnection::Sqlite(c) => {
            diesel::sql_query(format!("SELECT name FROM pragma_table_info('{table}')")).load(c).unwrap()
        }
        DbConnection::Postgresql(c) => diesel::sql_query(format!(
            "SELECT column_name::text AS name FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = '{table}'"
        ))
        .load(c)
        .unwrap(),
    };
    rows.into_iter().map(|r| r.name).collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

backend_tests!(answer_tables_hold_nothing_that_links, one_token_submitted_twice_at_once_stores_once);

/// If this fails, someone added a column to an anonymous table. Every column there must be
/// one that cannot point at a person, an invitation, a token or a moment.
async fn answer_tables_hold_nothing_that_links(backend: Backend) {
    let db = TestDb::new(backend);
    let pool = db.pool();
    let mut conn = pool.get().unwrap();
    assert_eq!(columns(&mut conn, "responses"), set(&["id", "pulse_id"]));
    assert_eq!(columns(&mut conn, "answers"), set(&["response_id", "question_id", "value"]));
    assert_eq!(columns(&mut conn, "comments"), set(&["id", "pulse_id", "body"]));
    assert_eq!(
        columns(&mut conn, "invitations").iter().filter(|c| c.contains("at")).count(),
        0,
        "no time of answering"
    );
    if let DbConnection::Sqlite(c) = &mut *conn {
        for table in ["responses", "answers", "comments"] {
            let sql: Vec<Name> =
                diesel::sql_query(format!("SELECT sql AS name FROM sqlite_master WHERE name = '{table}'"))
                    .load(c)
                    .unwrap();
            assert!(sql[0].name.contains("WITHOUT ROWID"), "{table} keeps no insertion order");
        }
    }
}

async fn one_token_submitted_twice_at_once_stores_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "race", 6));
    open_pulse(&app, &team, 7);
    let tokens = queued_tokens(&app, "invite:");
    for (_, token) in &tokens {
        let (a, b) =
            tokio::join!(post_survey(&app, token, VALID_ANSWERS), post_survey(&app, token, VALID_ANSWERS));
        let mut statuses = [a.status().as_u16(), b.status().as_u16()];
        statuses.sort();
        assert_eq!(statuses, [200, 409]);
    }
    let stored: i64 = app.with_conn(|c| responses::table.count().get_result(c).unwrap());
    assert_eq!(stored, tokens.len() as i64);
}
