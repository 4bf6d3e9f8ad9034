//! A new installation sends nothing by itself (docs/design.md, "Launch"): `candor serve` on a
//! fresh database with teams and people imported runs its scheduler round after round, and no
//! pulse opens and no invitation is queued until a team is launched.

use diesel::prelude::*;

use crate::helpers::{Backend, TestDb, write_file};
use crate::process::{CandorProcess, Options, free_port};

/// `candor_scheduler_rounds_total` on the operator's metrics address, once it is there.
async fn rounds(client: &reqwest::Client, metrics: &str) -> Option<u64> {
    let text = client.get(format!("{metrics}/metrics")).send().await.ok()?.text().await.ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("candor_scheduler_rounds_total "))
        .and_then(|v| v.trim().parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_install_with_people_opens_nothing_before_launch() {
    let db = TestDb::new(Backend::Sqlite);
    assert!(db.candor(&["team", "add", "eng", "--name", "Engineering"]).status.success());
    let people =
        "email,name,team,role\nana@x.test,Ana,eng,lead\nbo@x.test,Bo,eng,member\ncy@x.test,Cy,eng,member\n";
    let csv = write_file(&db.dir, "people.csv", people);
    let imported = db.candor(&["people", "import", &csv]);
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));

    let metrics = format!("127.0.0.1:{}", free_port());
    let options = Options { background_jobs: true, ..Options::default() }
        .with("CANDOR_SCHEDULER_SECONDS", 1)
        .with("CANDOR_METRICS_BIND", &metrics);
    let process = CandorProcess::start("fresh", &db.url, &options).await;
    let client = reqwest::Client::new();
    let metrics = format!("http://{metrics}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while rounds(&client, &metrics).await.unwrap_or(0) < 2 {
        assert!(
            std::time::Instant::now() < deadline,
            "two scheduler rounds within a minute:\n{}",
            process.log_tail(30)
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    let mut conn = db.connect();
    let pulses: i64 = candor::db::schema::pulses::table.count().get_result(&mut conn).unwrap();
    let mail: i64 = candor::db::schema::outbox::table.count().get_result(&mut conn).unwrap();
    assert_eq!((pulses, mail), (0, 0), "(pulses, emails) before any launch:\n{}", process.log_tail(30));
}
