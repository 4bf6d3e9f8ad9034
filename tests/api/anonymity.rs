//! Anonymity by construction: the tables that hold answers can never gain a linking column,
//! and two simultaneous submissions with one token store exactly one response.

use std::collections::BTreeSet;

use candor::db::DbConnection;
use candor::db::schema::{answers, comments, invitations, people, responses};
use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::backend_tests;
use crate::helpers::*;

#[derive(QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Stamp {
    /// The row's `id`, as text.
    #[diesel(sql_type = Text)]
    id: String,
    /// The transaction that wrote the row's current version (PostgreSQL's `xmin`).
    #[diesel(sql_type = Text)]
    xmin: String,
}

/// PostgreSQL only: `(id, xmin)` of every row of `table`.
fn stamps(conn: &mut DbConnection, table: &str) -> Vec<Stamp> {
    stamps_by(conn, table, "id")
}

/// PostgreSQL only: `(key, xmin)` of every row of `table`, the key being the column `key`.
fn stamps_by(conn: &mut DbConnection, table: &str, key: &str) -> Vec<Stamp> {
    let DbConnection::Postgresql(c) = conn else { return Vec::new() };
    let mut rows: Vec<Stamp> =
        diesel::sql_query(format!("SELECT {key}::text AS id, xmin::text AS xmin FROM {table}"))
            .load(c)
            .unwrap();
    rows.sort();
    rows
}

/// PostgreSQL only: the comments in the order they lie in the table.
fn comments_as_stored(conn: &mut DbConnection) -> Vec<String> {
    let DbConnection::Postgresql(c) = conn else { return Vec::new() };
    let rows: Vec<Name> =
        diesel::sql_query("SELECT body AS name FROM comments ORDER BY ctid").load(c).unwrap();
    rows.into_iter().map(|r| r.name).collect()
}

/// What the answers say, whatever their order and ids: sorted `(question, value)` pairs per
/// response, the responses sorted, and the comments sorted.
fn content(conn: &mut DbConnection) -> (Vec<Vec<(i64, i32)>>, Vec<String>) {
    let rows: Vec<(String, i64, i32)> = answers::table
        .select((answers::response_id, answers::question_id, answers::value))
        .load(conn)
        .unwrap();
    let mut by_response: std::collections::BTreeMap<String, Vec<(i64, i32)>> = Default::default();
    for (id, q, v) in rows {
        by_response.entry(id).or_default().push((q, v));
    }
    let mut responses: Vec<Vec<(i64, i32)>> = by_response
        .into_values()
        .map(|mut a| {
            a.sort();
            a
        })
        .collect();
    responses.sort();
    let mut bodies: Vec<String> = comments::table.select(comments::body).load(conn).unwrap();
    bodies.sort();
    (responses, bodies)
}

/// `(email, responded)` of every invitation, by email.
fn flags(conn: &mut DbConnection) -> Vec<(String, bool)> {
    invitations::table
        .inner_join(people::table)
        .select((people::email, invitations::responded))
        .order(people::email.asc())
        .load(conn)
        .unwrap()
}

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

backend_tests!(
    answer_tables_hold_nothing_that_links,
    one_token_submitted_twice_at_once_stores_once,
    answering_writes_nothing_that_points_at_the_person,
    closing_forgets_the_order_of_answers,
    answers_wait_while_links_are_handed_out,
    demo_pulses_end_as_closing_leaves_them
);

/// If this fails, someone added a column to an anonymous table. Every column there must be
/// one that cannot point at a person, an invitation, a token or a moment.
async fn answer_tables_hold_nothing_that_links(backend: Backend) {
    let db = TestDb::new(backend);
    let pool = db.pool();
    let mut conn = pool.get().unwrap();
    assert_eq!(columns(&mut conn, "responses"), set(&["id", "pulse_id"]));
    assert_eq!(columns(&mut conn, "answers"), set(&["response_id", "question_id", "value"]));
    assert_eq!(columns(&mut conn, "comments"), set(&["id", "pulse_id", "body"]));
    assert_eq!(columns(&mut conn, "sealed_responses"), set(&["id", "pulse_id", "sealed"]));
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
    let stored = app.with_conn(stored_responses);
    assert_eq!(stored, tokens.len() as i64);
}

/// While a pulse is open, answering must not write to the invitation: a flag set then carries
/// the moment, and on PostgreSQL the very transaction of the response (`xmin`), so one join
/// would name every respondent. The invitations are left exactly as they were; on closing,
/// the answered ones are flagged all at once.
async fn answering_writes_nothing_that_points_at_the_person(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "stamps", 6));
    let pulse = open_pulse(&app, &team, 7);
    let tokens = queued_tokens(&app, "invite:");
    let (invitations_before, flags_before) = app.with_conn(|c| (stamps(c, "invitations"), flags(c)));
    let answerers: Vec<&(String, String)> = tokens.iter().take(3).collect();
    for (_, token) in &answerers {
        assert_eq!(post_survey(&app, token, VALID_ANSWERS).await.status(), 200);
    }
    let (invitations_after, flags_after, response_stamps) =
        app.with_conn(|c| (stamps(c, "invitations"), flags(c), stamps(c, "responses")));
    assert_eq!(flags_after, flags_before, "answering changed an invitation");
    assert_eq!(invitations_after, invitations_before, "answering rewrote an invitation row");
    let response_xmins: BTreeSet<&String> = response_stamps.iter().map(|s| &s.xmin).collect();
    let linked: Vec<&Stamp> = invitations_after.iter().filter(|i| response_xmins.contains(&i.xmin)).collect();
    assert!(linked.is_empty(), "invitations written with a response: {linked:?}");
    assert_eq!(app.get(&format!("/p/{}", answerers[0].1)).await.status(), 409, "the link is used");

    app.close(pulse.id);
    let (closed_stamps, closed_flags) = app.with_conn(|c| (stamps(c, "invitations"), flags(c)));
    let mut expected: Vec<(String, bool)> =
        tokens.iter().map(|(to, _)| (to.clone(), answerers.iter().any(|(a, _)| a == to))).collect();
    expected.sort();
    assert_eq!(closed_flags, expected, "closing flags exactly those who answered");
    if backend == Backend::Postgres {
        let flagged_ids: BTreeSet<String> = app.with_conn(|c| {
            invitations::table
                .filter(invitations::responded.eq(true))
                .select(invitations::id)
                .load::<i64>(c)
                .unwrap()
                .into_iter()
                .map(|id| id.to_string())
                .collect()
        });
        let close_stamps: BTreeSet<&String> =
            closed_stamps.iter().filter(|s| flagged_ids.contains(&s.id)).map(|s| &s.xmin).collect();
        assert_eq!(close_stamps.len(), 1, "the flags were set together, not one by one");
        assert!(!close_stamps.iter().any(|x| response_xmins.contains(x)), "a flag shares a response's xmin");
    }
}

/// Closing a pulse rewrites its answers in random order under new ids: on PostgreSQL the rows
/// no longer lie in the order people answered, and a comment no longer shares the
/// transaction (`xmin`) of the scores sent with it. What they say is unchanged.
async fn closing_forgets_the_order_of_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "order", 12));
    let pulse = open_pulse(&app, &team, 7);
    for (i, (_, token)) in queued_tokens(&app, "invite:").iter().enumerate() {
        let (value, comment) = ((i % 5 + 1).to_string(), format!("Comment number {i}."));
        let mut fields: Vec<(&str, &str)> =
            VALID_ANSWERS.iter().copied().filter(|(k, _)| *k != "comment" && *k != "trust_1").collect();
        fields.extend([("trust_1", value.as_str()), ("comment", comment.as_str())]);
        assert_eq!(post_survey(&app, token, &fields).await.status(), 200);
    }
    // While open, the answers are sealed: what they say is known only to the answer key.
    let mut content_before: (Vec<Vec<(i64, i32)>>, Vec<String>) = Default::default();
    for plain in unsealed(&app, pulse.id) {
        let mut answers = plain.answers.clone();
        answers.sort();
        content_before.0.push(answers);
        content_before.1.extend(plain.comment);
    }
    content_before.0.sort();
    content_before.1.sort();
    let (ids_before, stamps_before) = app.with_conn(|c| {
        use candor::db::schema::sealed_responses;
        let ids: BTreeSet<String> =
            sealed_responses::table.select(sealed_responses::id).load(c).unwrap().into_iter().collect();
        (ids, stamps(c, "sealed_responses"))
    });
    assert_eq!(ids_before.len(), 12);
    let answering_order: Vec<String> = (0..12).map(|i| format!("Comment number {i}.")).collect();

    app.close(pulse.id);
    let (ids_after, content_after) = app.with_conn(|c| {
        let ids: BTreeSet<String> =
            responses::table.select(responses::id).load(c).unwrap().into_iter().collect();
        (ids, content(c))
    });
    assert_eq!(content_after, content_before, "closing kept every answer and comment");
    assert_eq!(ids_after.len(), 12);
    assert!(ids_after.is_disjoint(&ids_before), "the responses have new ids");
    if backend == Backend::Postgres {
        let (order_after, xmins) = app.with_conn(|c| {
            let mut xmins = BTreeSet::new();
            for (table, key) in [("responses", "id"), ("answers", "response_id"), ("comments", "id")] {
                xmins.extend(stamps_by(c, table, key).into_iter().map(|s| s.xmin));
            }
            (comments_as_stored(c), xmins)
        });
        assert_eq!(xmins.len(), 1, "every row was written by the closing transaction: {xmins:?}");
        assert!(!stamps_before.iter().any(|s| xmins.contains(&s.xmin)));
        // 12 comments lie in the order they were sent by chance once in 12! (about 2e-9).
        assert_ne!(order_after, answering_order, "the comments do not lie in the order of answering");
    }
}

/// On PostgreSQL, a transaction handing out a pulse's links (a reminder) or closing it holds
/// answers to that pulse back until it commits, so it never adds a link to an invitation an
/// answer is spending (which would make it look unanswered, open to a second answer).
/// Answers to other pulses go on. On SQLite the single writer holds everything back.
async fn answers_wait_while_links_are_handed_out(backend: Backend) {
    use diesel::connection::SimpleConnection;
    let app = spawn_app(backend).await;
    let (held_team, _) = app.with_conn(|c| seed_team(c, "held", 2));
    let (other_team, _) = app.with_conn(|c| seed_team(c, "other", 2));
    let held = open_pulse(&app, &held_team, 7);
    let held_tokens = queued_tokens(&app, &format!("invite:{}:", held.id));
    let other = open_pulse(&app, &other_team, 7);
    let other_tokens = queued_tokens(&app, &format!("invite:{}:", other.id));
    // A connection of its own, not the pool's: should the test fail, dropping it ends the
    // transaction and its locks, so the app can stop.
    let mut holder = app.db.connect();
    // On SQLite, what a reminder's transaction holds: the write lock.
    holder.batch_execute(if backend == Backend::Sqlite { "BEGIN IMMEDIATE" } else { "BEGIN" }).unwrap();
    candor::domain::participation::lock_against_answers(&mut holder, &[held.id]).unwrap();
    let answer = |token: &str| {
        let (address, token) = (app.address.clone(), token.to_string());
        tokio::spawn(async move {
            let form: Vec<(&str, &str)> = VALID_ANSWERS.to_vec();
            reqwest::Client::new()
                .post(format!("{address}/p/{token}"))
                .form(&form)
                .send()
                .await
                .unwrap()
                .status()
        })
    };
    let held_answer = answer(&held_tokens[0].1);
    if backend == Backend::Postgres {
        let other_answer =
            tokio::time::timeout(std::time::Duration::from_secs(10), answer(&other_tokens[0].1));
        let status = other_answer.await.expect("another pulse's answer was held back too").unwrap();
        assert_eq!(status, 200, "another pulse's answer goes on");
    }
    // A setup wait, not a measurement: the answer must still be waiting after it.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(!held_answer.is_finished(), "an answer was stored while its pulse's links were handed out");
    holder.batch_execute("COMMIT").unwrap();
    assert_eq!(held_answer.await.unwrap(), 200, "the answer is stored once the lock is gone");
}

/// The demo answers its pulses through the normal path and closes them itself: each closed
/// pulse flags exactly as many invitations as it has responses, as closing does.
async fn demo_pulses_end_as_closing_leaves_them(backend: Backend) {
    use candor::db::schema::pulses;
    let app = spawn_app(backend).await;
    let tools = app.scheduler_tools();
    app.with_conn(|c| candor::demo::seed(c, 5, &tools.pulse_tools())).unwrap();
    let per_pulse: Vec<(i64, i64, i64)> = app.with_conn(|c| {
        let ids: Vec<i64> =
            pulses::table.filter(pulses::state.eq("closed")).select(pulses::id).load(c).unwrap();
        ids.into_iter()
            .map(|id| {
                let flagged: i64 = invitations::table
                    .filter(invitations::pulse_id.eq(id).and(invitations::responded.eq(true)))
                    .count()
                    .get_result(c)
                    .unwrap();
                let stored: i64 =
                    responses::table.filter(responses::pulse_id.eq(id)).count().get_result(c).unwrap();
                (id, flagged, stored)
            })
            .collect()
    });
    assert!(per_pulse.len() >= 40, "the demo closes a year of pulses: {}", per_pulse.len());
    let differing: Vec<_> = per_pulse.iter().filter(|(_, flagged, stored)| flagged != stored).collect();
    assert!(differing.is_empty(), "(pulse, flagged, responses) differ: {differing:?}");
    assert!(per_pulse.iter().all(|(_, _, stored)| *stored > 0));
}
