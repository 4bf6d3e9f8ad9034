//! Group commit: submissions that arrive together are stored in one transaction, each under its
//! own savepoint, and every sender hears the outcome of its own submission only.

use candor::db::schema::{invitations, responses};
use candor::domain::group_commit::SubmissionWriter;
use candor::domain::responses::{Submission, find_ballot};
use candor::mail::Composer;
use candor::metrics::Metrics;
use diesel::prelude::*;

use crate::helpers::*;

// current_thread on purpose: every submission of the burst is queued before the writer task
// first runs, so the burst is exactly one batch.
#[tokio::test]
async fn a_burst_is_one_transaction_and_a_used_token_fails_alone_sqlite() {
    a_burst_is_one_transaction_and_a_used_token_fails_alone(Backend::Sqlite).await
}

#[tokio::test]
async fn a_burst_is_one_transaction_and_a_used_token_fails_alone_postgres() {
    if service_url("CANDOR_TEST_POSTGRES_URL").is_some() {
        a_burst_is_one_transaction_and_a_used_token_fails_alone(Backend::Postgres).await
    }
}

async fn a_burst_is_one_transaction_and_a_used_token_fails_alone(backend: Backend) {
    let db = TestDb::new(backend);
    let pool = db.pool();
    let composer = Composer::new("http://127.0.0.1:1").unwrap();
    let mut conn = pool.get().unwrap();
    let (team, _) = seed_team(&mut conn, "burst", 100);
    let period = candor::domain::period::Period::of(chrono::Utc::now().date_naive());
    let closes = (chrono::Utc::now() + chrono::Duration::days(7)).naive_utc();
    let (pulse, _) = candor::db::write(&mut conn, |c| {
        candor::domain::pulses::open_pulse(c, &composer, &team, period, closes)
    })
    .unwrap();
    let tokens: Vec<String> = {
        use candor::db::schema::outbox;
        let bodies: Vec<String> = outbox::table.select(outbox::body_text).load(&mut conn).unwrap();
        bodies.iter().map(|b| token_in(b).unwrap()).collect()
    };
    assert_eq!(tokens.len(), 100);
    let now = chrono::Utc::now().naive_utc();
    let ballot = find_ballot(&mut conn, &tokens[0], now).unwrap();
    let question = ballot.questions.iter().find(|q| q.key == "trust_1").unwrap().id;
    drop(conn);

    let metrics = Metrics::new().unwrap();
    let (writer, tasks) = SubmissionWriter::start(pool.clone(), 1, 512, metrics.clone());
    let submission = |value| Submission { answers: vec![(question, value)], comment: None };
    // 100 people at once, and the first of them pressing "Send" twice.
    let mut burst: Vec<_> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| writer.submit(t.clone(), pulse.id, submission(1 + (i % 5) as i32), now))
        .collect();
    burst.push(writer.submit(tokens[0].clone(), pulse.id, submission(5), now));
    let outcomes = futures_util::future::join_all(burst).await;

    let refused: Vec<_> = outcomes.iter().filter_map(|o| o.as_ref().err()).collect();
    assert_eq!(refused.len(), 1, "only the second press fails: {refused:?}");
    assert_eq!(refused[0].status(), 409, "and says the link was used");
    let mut conn = pool.get().unwrap();
    let stored: i64 =
        responses::table.filter(responses::pulse_id.eq(pulse.id)).count().get_result(&mut conn).unwrap();
    let answered: i64 = invitations::table
        .filter(invitations::pulse_id.eq(pulse.id).and(invitations::responded.eq(true)))
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!((stored, answered), (100, 100), "every acknowledged answer stored, each token used once");
    let text = metrics.text().unwrap();
    assert!(
        text.contains("candor_submission_batch_size_count 1\n"),
        "one transaction for the burst:\n{text}"
    );
    assert!(text.contains("candor_submissions_stored_total 100\n"), "{text}");

    // After the writer is closed, a submission is refused plainly (503), not lost in a queue.
    let late = writer.clone();
    tasks.finished().await;
    let refused = late.submit(tokens[1].clone(), pulse.id, submission(3), now).await.unwrap_err();
    assert_eq!(refused.status(), 503);
}
