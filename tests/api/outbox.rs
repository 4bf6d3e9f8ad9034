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
    a_stopping_worker_gives_its_claim_back_unsent
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
