//! Group commit: submissions that arrive together are stored in one transaction; a refused one
//! writes nothing, and every sender hears the outcome of its own submission only.

use candor::db::schema::sealed_responses;
use candor::domain::participation::answered_count;
use candor::domain::responses::Submission;
use candor::mail::Composer;
use candor::metrics::Metrics;
use candor::sealing::MasterKey;
use candor::submissions::{Ballot, Outcome, Pending, SubmissionWriter, find_ballot};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

// current_thread on purpose: every submission of a burst is queued before the writer task
// first runs, so the burst is exactly one batch.
backend_tests!(
    current_thread: a_burst_is_one_transaction_and_a_used_token_fails_alone,
    a_database_failure_rolls_back_the_whole_batch
);

/// A 100-person pulse.
struct Burst {
    _db: TestDb,
    pool: candor::db::DbPool,
    master: MasterKey,
    pulse_id: candor::domain::PulseId,
    /// What each of the 100 links opens.
    ballots: Vec<Ballot>,
    /// The id of the question `trust_1`.
    question: i64,
}

fn burst_fixture(backend: Backend) -> Burst {
    let db = TestDb::new(backend);
    let pool = db.pool();
    let composer = Composer::new("http://127.0.0.1:1").unwrap();
    let mut conn = pool.get().unwrap();
    let master = adopt_test_key(&mut conn);
    let (team, _) = seed_team(&mut conn, "burst", 100);
    let period = candor::domain::period::Period::of(chrono::Utc::now().date_naive());
    let closes = (chrono::Utc::now() + chrono::Duration::days(7)).naive_utc();
    let tools = candor::domain::pulses::PulseTools { composer: &composer, master: &master };
    let (pulse, _) = candor::db::write(&mut conn, |c| {
        candor::domain::pulses::open_pulse(c, &tools, &team, period, closes)
    })
    .unwrap();
    let tokens: Vec<String> = {
        use candor::db::schema::outbox;
        let bodies: Vec<String> = outbox::table.select(outbox::body_text).load(&mut conn).unwrap();
        bodies.iter().map(|b| token_in(b).unwrap()).collect()
    };
    assert_eq!(tokens.len(), 100);
    let now = chrono::Utc::now().naive_utc();
    let ballots: Vec<Ballot> = tokens.iter().map(|t| find_ballot(&mut conn, t, now).unwrap()).collect();
    let question = ballots[0].questions.iter().find(|q| q.key == "trust_1").unwrap().id;
    drop(conn);
    Burst { _db: db, pool, master, pulse_id: pulse.id, ballots, question }
}

/// (responses stored, sealed while the pulse is open; invitations answered) in the pulse.
fn stored_and_answered(pool: &candor::db::DbPool, pulse_id: candor::domain::PulseId) -> (i64, i64) {
    let mut conn = pool.get().unwrap();
    let stored: i64 = sealed_responses::table
        .filter(sealed_responses::pulse_id.eq(pulse_id))
        .count()
        .get_result(&mut conn)
        .unwrap();
    (stored, answered_count(&mut conn, pulse_id).unwrap())
}

/// Makes the database refuse any sealed response beyond the first `limit`, as a full disk or
/// a broken constraint would refuse a write in the middle of a batch.
fn fail_after(pool: &candor::db::DbPool, limit: i64) {
    use diesel::connection::SimpleConnection;
    let mut conn = pool.get().unwrap();
    let sql = match &mut *conn {
        candor::db::DbConnection::Sqlite(_) => format!(
            "CREATE TRIGGER refuse_more BEFORE INSERT ON sealed_responses \
             WHEN (SELECT count(*) FROM sealed_responses) >= {limit} BEGIN SELECT RAISE(ABORT, 'disk full'); END;"
        ),
        candor::db::DbConnection::Postgresql(_) => format!(
            "CREATE FUNCTION refuse_more() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
               IF (SELECT count(*) FROM sealed_responses) >= {limit} THEN RAISE EXCEPTION 'disk full'; END IF; \
               RETURN NEW; END $$; \
             CREATE TRIGGER refuse_more BEFORE INSERT ON sealed_responses FOR EACH ROW EXECUTE FUNCTION refuse_more();"
        ),
    };
    conn.batch_execute(&sql).unwrap();
}

fn stop_failing(pool: &candor::db::DbPool) {
    use diesel::connection::SimpleConnection;
    pool.get().unwrap().batch_execute("DROP TRIGGER refuse_more ON sealed_responses").unwrap_or_else(|_| {
        pool.get().unwrap().batch_execute("DROP TRIGGER refuse_more").unwrap();
    });
}

async fn a_burst_is_one_transaction_and_a_used_token_fails_alone(backend: Backend) {
    let Burst { _db, pool, master, pulse_id, ballots, question } = burst_fixture(backend);
    let now = chrono::Utc::now().naive_utc();
    let metrics = Metrics::new().unwrap();
    let (writer, tasks) = SubmissionWriter::start(pool.clone(), 1, 512, metrics.clone(), master);
    let pending = |ballot: &Ballot, value| {
        Pending::new(ballot, Submission { answers: vec![(question, value)], comment: None }, now)
    };
    // 100 people at once, and the first of them pressing "Send" twice.
    let mut burst: Vec<_> =
        ballots.iter().enumerate().map(|(i, b)| writer.submit(pending(b, 1 + (i % 5) as i32))).collect();
    burst.push(writer.submit(pending(&ballots[0], 5)));
    let outcomes = futures_util::future::join_all(burst).await;

    let refused: Vec<_> = outcomes.iter().filter(|o| !matches!(o, Ok(Outcome::Stored))).collect();
    assert_eq!(refused.len(), 1, "only the second press fails: {refused:?}");
    let refusal = ballots[0].refusal(*refused[0].as_ref().unwrap()).unwrap();
    assert_eq!(refusal.status(), 409, "and says the link was used");
    assert_eq!(
        stored_and_answered(&pool, pulse_id),
        (100, 100),
        "every acknowledged answer stored, each token used once"
    );
    let text = metrics.text().unwrap();
    assert!(
        text.contains("candor_submission_batch_size_count 1\n"),
        "one transaction for the burst:\n{text}"
    );
    assert!(text.contains("candor_submissions_stored_total 100\n"), "{text}");

    // After the writer is closed, a submission is refused plainly (503), not lost in a queue.
    let late = writer.clone();
    tasks.finished().await;
    let refused = late.submit(pending(&ballots[1], 3)).await.unwrap_err();
    assert_eq!(refused.status(), 503);
}

/// The database refuses the last write of a batch, after the links of the others were spent:
/// the batch is rolled back and every sender is told, so no token is left used without its
/// response, and the valid ones can simply be sent again.
async fn a_database_failure_rolls_back_the_whole_batch(backend: Backend) {
    let Burst { _db, pool, master, pulse_id, ballots, question } = burst_fixture(backend);
    let now = chrono::Utc::now().naive_utc();
    let (writer, _tasks) = SubmissionWriter::start(pool.clone(), 1, 512, Metrics::new().unwrap(), master);
    let valid = Submission { answers: vec![(question, 4)], comment: None };
    let pending = |ballot: &Ballot| Pending::new(ballot, valid.clone(), now);
    fail_after(&pool, 10);
    let burst: Vec<_> = ballots[..11].iter().map(|b| writer.submit(pending(b))).collect();
    let outcomes = futures_util::future::join_all(burst).await;
    assert!(outcomes.iter().all(|o| o.is_err()), "every sender hears the batch failed: {outcomes:?}");
    assert_eq!(stored_and_answered(&pool, pulse_id), (0, 0), "nothing half-written");
    stop_failing(&pool);

    let again: Vec<_> = ballots[..10].iter().map(|b| writer.submit(pending(b))).collect();
    let outcomes = futures_util::future::join_all(again).await;
    assert!(outcomes.iter().all(|o| matches!(o, Ok(Outcome::Stored))), "{outcomes:?}");
    assert_eq!(stored_and_answered(&pool, pulse_id), (10, 10));
}
