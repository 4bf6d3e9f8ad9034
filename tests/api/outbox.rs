//! The outbox against real SMTP: a server that is down, one that rejects with 5xx, and the
//! file transport used when no SMTP server is configured.

use candor::config::Settings;
use candor::db::schema::outbox;
use candor::mail::Mailer;
use chrono::{Duration, Utc};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;
use crate::smtp_stub::{closed_port, rejecting_smtp_server};

fn mailer_for(smtp_url: &str) -> Mailer {
    let settings = Settings { smtp_url: Some(smtp_url.into()), ..Settings::default() };
    Mailer::new(&candor::startup::mail_options(&settings)).unwrap()
}

fn states(app: &TestApp) -> Vec<(String, i32, Option<String>)> {
    app.with_conn(|c| {
        outbox::table
            .order(outbox::id)
            .select((outbox::state, outbox::attempts, outbox::last_error))
            .load(c)
            .unwrap()
    })
}

backend_tests!(
    smtp_down_keeps_mail_queued_until_it_is_back,
    permanent_rejection_fails_with_the_reason,
    a_stopping_worker_gives_its_claim_back_unsent,
    a_row_taken_over_after_its_lease_ran_out_is_not_sent_by_the_first_claimer,
    a_claim_whose_lease_is_half_spent_is_renewed_and_sent
);

async fn smtp_down_keeps_mail_queued_until_it_is_back(backend: Backend) {
    let app = spawn_app(backend).await;
    if service_url("CANDOR_TEST_MAILDEV_API").is_none() {
        return;
    }
    let (team, emails) = app.with_conn(|c| seed_team(c, "down", 3));
    open_pulse(&app, &team, 7);
    let now = Utc::now().naive_utc();
    let down = mailer_for(&format!("smtp://127.0.0.1:{}", closed_port()));
    let report = flush_with(&app, &down, now).await;
    assert_eq!((report.claimed, report.retried, report.sent), (3, 3, 0));
    for (state, attempts, error) in states(&app) {
        assert_eq!((state.as_str(), attempts), ("queued", 1));
        assert!(error.unwrap().to_lowercase().contains("connect"), "the reason is kept");
    }
    // Not due again before the backoff has passed.
    assert_eq!(flush_at(&app, now + Duration::seconds(5)).await.claimed, 0);
    // The server is back: everything is delivered once.
    let report = flush_at(&app, now + Duration::hours(2)).await;
    assert_eq!((report.sent, report.failed), (3, 0));
    assert_eq!(flush_at(&app, now + Duration::hours(4)).await.claimed, 0, "nothing is sent twice");
    for email in &emails {
        assert_eq!(maildev_messages_to(email).await.len(), 1, "{email} got exactly one");
    }
    assert!(states(&app).iter().all(|(s, a, e)| s == "sent" && *a == 2 && e.is_none()));
}

async fn permanent_rejection_fails_with_the_reason(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "reject", 1));
    open_pulse(&app, &team, 7);
    let stub = mailer_for(&format!("smtp://127.0.0.1:{}", rejecting_smtp_server().await));
    let now = Utc::now().naive_utc();
    let report = flush_with(&app, &stub, now).await;
    assert_eq!((report.failed, report.retried), (1, 0), "a 5xx is not retried");
    let (state, attempts, error) = states(&app).remove(0);
    assert_eq!((state.as_str(), attempts), ("failed", 1));
    let error = error.unwrap();
    assert!(error.contains("550") || error.contains("mailbox unavailable"), "{error}");
    assert_eq!(flush_at(&app, now + Duration::days(1)).await.claimed, 0, "failed rows stay failed");
}

#[tokio::test]
async fn without_smtp_mail_is_written_as_eml_files() {
    let db = TestDb::new(Backend::Sqlite);
    assert!(db.candor(&["team", "add", "files", "--name", "Files"]).status.success());
    let csv = write_file(
        &db.dir,
        "p.csv",
        "email,name,team,role\na@x.test,A,files,member\nb@x.test,B,files,lead\n",
    );
    assert!(db.candor(&["people", "import", &csv]).status.success());
    let out = db.candor(&["pulse", "open", "--team", "files"]);
    let (stdout, stderr) = texts(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.trim().parse::<i64>().is_ok(), "prints the pulse id: {stdout}");
    assert!(stderr.contains("2 invitations queued"), "{stderr}");
    let flush = db.candor(&["outbox", "flush"]);
    assert!(texts(&flush).0.contains("sent 2, to retry later 0, failed 0"), "{:?}", texts(&flush));
    let files: Vec<_> = std::fs::read_dir(db.dir.path().join("outbox")).unwrap().collect();
    assert_eq!(files.len(), 2, "one .eml per invitation");
    let (list, _) = texts(&db.candor(&["outbox", "list"]));
    assert_eq!(list.lines().filter(|l| l.contains(" sent ")).count(), 2, "{list}");
}

/// Once shutdown is given, a claimed batch is not sent: every row goes back to `queued` at once
/// (even at a slow rate), due now, for this or another instance to send.
async fn a_stopping_worker_gives_its_claim_back_unsent(backend: Backend) {
    use candor::mail::deliver::{DeliveryPolicy, Pacer};
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "stopping", 5));
    open_pulse(&app, &team, 7);
    // One email a minute: were the pacer waited for, this step would take four minutes.
    let policy = DeliveryPolicy {
        rate_per_second: 1.0 / 60.0,
        lease: std::time::Duration::from_secs(3600),
        ..DeliveryPolicy::default()
    };
    let pacer = Pacer::new(policy.rate_per_second);
    let shutdown = candor::shutdown::Shutdown::new();
    shutdown.begin();
    let now = Utc::now().naive_utc();
    let step = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        candor::mail::deliver_due_until(&app.pool, &app.state.mailer, &policy, &pacer, now, &shutdown),
    )
    .await
    .expect("released at once, not paced")
    .unwrap();
    assert_eq!((step.claimed, step.sent, step.released), (5, 0, 5), "{step:?}");
    let states: Vec<(String, Option<chrono::NaiveDateTime>)> =
        app.with_conn(|c| outbox::table.select((outbox::state, outbox::lease_until)).load(c).unwrap());
    assert_eq!(states.len(), 5);
    assert!(states.iter().all(|(state, lease)| state == "queued" && lease.is_none()), "{states:?}");
}

/// Instance A claimed the invitations, then stalled past its lease; instance B claimed them
/// again and sent them. A may not send them as well: its lease end no longer matches, so the
/// renewal before its send says no (and changes nothing), while B's lease renews.
async fn a_row_taken_over_after_its_lease_ran_out_is_not_sent_by_the_first_claimer(backend: Backend) {
    use candor::db;
    use candor::mail::outbox::{claim_due, lease_end, renew_lease};
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "takeover", 3));
    open_pulse(&app, &team, 7);
    let lease = Duration::seconds(3);
    let at_a = Utc::now().naive_utc() + Duration::seconds(1);
    let at_b = at_a + Duration::seconds(4);
    let claimed_by_a = app.with_conn(|c| db::write(c, |c| claim_due(c, at_a, 10, lease)).unwrap());
    let claimed_by_b = app.with_conn(|c| db::write(c, |c| claim_due(c, at_b, 10, lease)).unwrap());
    assert_eq!((claimed_by_a.len(), claimed_by_b.len()), (3, 3), "B takes every row whose lease ran out");
    let id = claimed_by_a[0].id;
    let a_renews =
        app.with_conn(|c| renew_lease(c, id, lease_end(at_a, lease), lease_end(at_b, lease)).unwrap());
    assert!(!a_renews, "A's lease was taken over; A must not send");
    let lease_now: Option<chrono::NaiveDateTime> =
        app.with_conn(|c| outbox::table.find(id).select(outbox::lease_until).first(c).unwrap());
    assert_eq!(lease_now, Some(lease_end(at_b, lease)), "A's refused renewal leaves B's lease alone");
    let b_renews =
        app.with_conn(|c| renew_lease(c, id, lease_end(at_b, lease), lease_end(at_b, lease * 2)).unwrap());
    assert!(b_renews, "B still holds the row and renews its lease");
}

/// A batch whose lease is more than half spent when a row's turn comes is renewed (the stored
/// lease end compared to the microsecond on both databases) and still sent, once.
async fn a_claim_whose_lease_is_half_spent_is_renewed_and_sent(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "halfspent", 4));
    open_pulse(&app, &team, 7);
    let an_hour_ago = Utc::now().naive_utc() - Duration::hours(1);
    app.with_conn(|c| {
        diesel::update(outbox::table)
            .set(outbox::next_attempt_at.eq(an_hour_ago - Duration::minutes(1)))
            .execute(c)
            .unwrap()
    });
    // Claimed "an hour ago" with a two-minute lease: every send must renew first.
    let step = flush_at(&app, an_hour_ago).await;
    assert_eq!((step.claimed, step.sent), (4, 4), "{step:?}");
    let states = states(&app);
    assert!(states.iter().all(|(state, attempts, _)| state == "sent" && *attempts == 1), "{states:?}");
}
