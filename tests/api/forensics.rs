//! Someone with a copy of the database files (docs/anonymity.md, "From a copy of the files"):
//! while a pulse is open they hold no answer in plaintext, and after it closed no copy of the
//! sealed answers or of the pulse's key is left, nor anything that ties a spent link to an
//! answer.

use candor::db::DbConnection;
use candor::db::schema::{pulse_keys, sealed_responses};
use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::helpers::*;

/// How often `needle` occurs in `haystack`.
fn occurrences(haystack: &[u8], needle: &[u8]) -> usize {
    haystack.windows(needle.len()).filter(|w| *w == needle).count()
}

/// The database file and its WAL, as a copy would take them.
fn files(app: &TestApp) -> (Vec<u8>, Vec<u8>) {
    let db = app.db.dir.path().join("candor.db");
    let wal = app.db.dir.path().join("candor.db-wal");
    (std::fs::read(db).unwrap(), std::fs::read(wal).unwrap_or_default())
}

/// Opens a pulse of six and answers it with a unique marker in every comment.
async fn answered_with_markers(app: &TestApp) -> (candor::domain::pulses::Pulse, Vec<String>) {
    let (team, _) = app.with_conn(|c| seed_team(c, "forensic", 6));
    let pulse = open_pulse(app, &team, 7);
    let tag = uuid::Uuid::new_v4().simple().to_string();
    let mut markers = Vec::new();
    for (i, (_, token)) in queued_tokens(app, "invite:").iter().enumerate() {
        let marker = format!("marker-{tag}-{i}");
        let mut fields: Vec<(&str, &str)> =
            VALID_ANSWERS.iter().filter(|(k, _)| *k != "comment").copied().collect();
        fields.push(("comment", &marker));
        assert_eq!(post_survey(app, token, &fields).await.status(), 200);
        markers.push(marker);
    }
    (pulse, markers)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_files_hold_no_answer_while_open_and_no_sealed_copy_after_close() {
    let app = spawn_app(Backend::Sqlite).await;
    let (pulse, markers) = answered_with_markers(&app).await;
    let (db_open, wal_open) = files(&app);
    assert!(!wal_open.is_empty(), "the answers were written to the WAL");
    for marker in &markers {
        let seen = occurrences(&db_open, marker.as_bytes()) + occurrences(&wal_open, marker.as_bytes());
        assert_eq!(seen, 0, "{marker} is readable in the files while the pulse is open");
    }
    let (sealed, wrapped): (Vec<Vec<u8>>, Vec<u8>) = app.with_conn(|c| {
        let sealed = sealed_responses::table.select(sealed_responses::sealed).load(c).unwrap();
        (sealed, pulse_keys::table.find(pulse.id).select(pulse_keys::wrapped).first(c).unwrap())
    });
    assert_eq!(sealed.len(), 6);
    assert!(sealed.iter().all(|s| s.len() == candor::sealing::SEALED_LEN), "every ciphertext is as long");

    app.close(pulse.id);
    let (db_closed, wal_closed) = files(&app);
    assert_eq!(wal_closed.len(), 0, "the WAL, with every frame written before the close, is emptied");
    for marker in &markers {
        assert_eq!(
            occurrences(&db_closed, marker.as_bytes()),
            1,
            "{marker}: one plaintext copy, in comments"
        );
    }
    assert_eq!(occurrences(&db_closed, &wrapped), 0, "the wrapped pulse key is gone from the file");
    for ciphertext in &sealed {
        assert_eq!(occurrences(&db_closed, &ciphertext[..64]), 0, "a sealed answer is left in the file");
    }
}

#[derive(QueryableByName)]
struct Stamp {
    #[diesel(sql_type = Text)]
    xmin: String,
    #[diesel(sql_type = Text)]
    xmax: String,
}

/// `(xmin, xmax)` of every tuple in the heap pages of `table`, dead ones included, as
/// `pageinspect` shows them to someone with the files.
fn tuples(conn: &mut DbConnection, table: &str) -> Vec<Stamp> {
    let DbConnection::Postgresql(c) = conn else { unreachable!("PostgreSQL only") };
    let sql = format!(
        "SELECT t_xmin::text AS xmin, t_xmax::text AS xmax \
         FROM generate_series(0, (pg_relation_size('{table}') / current_setting('block_size')::bigint)::int - 1) AS p, \
              public.heap_page_items(public.get_raw_page('{table}', p)) WHERE t_xmin IS NOT NULL"
    );
    diesel::sql_query(sql).load(c).unwrap()
}

/// Answering deletes the answerer's links; had the answer's rows been written in that
/// transaction, the dead link's `xmax` would equal their `xmin` and name the respondent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_pages_tie_no_spent_link_to_an_answer() {
    use diesel::connection::SimpleConnection;
    if service_url("CANDOR_TEST_POSTGRES_URL").is_none() {
        return;
    }
    let app = spawn_app(Backend::Postgres).await;
    let (pulse, _) = answered_with_markers(&app).await;
    let mut conn = app.db.connect();
    conn.batch_execute("CREATE EXTENSION IF NOT EXISTS pageinspect SCHEMA public").unwrap();
    // The transactions that spent links, read from the dead link tuples while the pulse is open.
    let spent: std::collections::BTreeSet<String> =
        tuples(&mut conn, "invitation_tokens").into_iter().map(|t| t.xmax).filter(|x| x != "0").collect();
    assert!(!spent.is_empty(), "the answers spent links");
    for table in ["responses", "answers", "comments"] {
        let written = tuples(&mut conn, table).len();
        assert_eq!(written, 0, "{table} pages hold {written} tuples while the pulse is open: all is sealed");
    }
    app.close(pulse.id);
    for table in ["responses", "answers", "comments"] {
        let written = tuples(&mut conn, table);
        assert!(!written.is_empty(), "{table} holds the closed pulse's rows");
        let linked: Vec<&Stamp> = written.iter().filter(|t| spent.contains(&t.xmin)).collect();
        assert!(linked.is_empty(), "{} {table} tuples share a spent link's transaction", linked.len());
    }
    let left: (i64, i64) = app.with_conn(|c| {
        (
            pulse_keys::table.count().get_result(c).unwrap(),
            sealed_responses::table.count().get_result(c).unwrap(),
        )
    });
    assert_eq!(left, (0, 0), "the pulse key and the sealed answers are deleted at close");
}
