//! The summary email when a pulse closes: to the leads (and members when the team publishes to
//! them), exactly once however often the close step runs, through MailDev; with the round's
//! figures and the team page link, and no figures for a suppressed round.

use candor::db::{self, schema::outbox, schema::pulses, schema::teams};
use candor::domain::pulses::close_pulse;
use candor::summaries::queue_summaries;
use diesel::prelude::*;
use serde_json::Value;

use crate::backend_tests;
use crate::helpers::*;
use crate::team_page::answered_pulse;

const TEAM_URL: &str = "http://127.0.0.1:8080/teams/";

/// Summary emails MailDev received for `address`.
async fn summaries_to(address: &str) -> Vec<Value> {
    maildev_messages_to(address)
        .await
        .into_iter()
        .filter(|m| m["subject"].as_str().is_some_and(|s| s.contains("results of the")))
        .collect()
}

fn queued_summaries(app: &TestApp, pulse_id: candor::domain::PulseId) -> i64 {
    app.with_conn(|c| {
        outbox::table
            .filter(outbox::idempotency_key.like(format!("summary:{pulse_id}:%")))
            .count()
            .get_result(c)
            .unwrap()
    })
}

fn summary_sent(app: &TestApp, pulse_id: candor::domain::PulseId) -> bool {
    app.with_conn(|c| pulses::table.find(pulse_id).select(pulses::summary_sent).first(c).unwrap())
}

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

backend_tests!(
    leads_get_one_summary_with_the_figures_and_the_link,
    members_get_it_when_the_team_publishes_to_them,
    a_suppressed_round_sends_no_figures
);

async fn leads_get_one_summary_with_the_figures_and_the_link(backend: Backend) {
    let app = spawn_app(backend).await;
    if service_url("CANDOR_TEST_MAILDEV_API").is_none() {
        return;
    }
    let (team, emails) = app.with_conn(|c| seed_team(c, "sumlead", 6));
    let private = app.db.candor(&["team", "set", "sumlead", "--publish-to-members", "false"]);
    assert!(private.status.success(), "{:?}", texts(&private));
    let pulse = answered_pulse(&app, &team, "2025-03", 5).await;
    let composer = app.state.composer.clone();
    let queued = app
        .with_conn(|c| {
            db::write(c, |c| {
                close_pulse(c, &app.state.answer_key, pulse.id)?;
                queue_summaries(c, &composer, &[pulse.id], now())
            })
        })
        .unwrap();
    assert_eq!(queued, 1, "only the lead: the team does not publish to members");
    assert!(summary_sent(&app, pulse.id));
    // The close step again, directly and through the scheduler: nothing more is queued.
    let again = app.with_conn(|c| db::write(c, |c| queue_summaries(c, &composer, &[pulse.id], now())));
    assert_eq!(again.unwrap(), 0);
    candor::scheduler::tick(&app.pool, &app.scheduler_tools(), chrono::Utc::now()).await.unwrap();
    assert_eq!(queued_summaries(&app, pulse.id), 1);
    flush_at(&app, now()).await;
    flush_at(&app, now()).await;

    let mail = summaries_to(&emails[0]).await;
    assert_eq!(mail.len(), 1, "exactly one summary for the lead");
    assert_eq!(mail[0]["subject"], "Team sumlead: results of the March 2025 pulse");
    let text = mail[0]["text"].as_str().unwrap();
    let html = &mail[0]["html"].as_str().unwrap().replace("&#x2F;", "/");
    for part in [text, html] {
        assert!(part.contains(&format!("{TEAM_URL}sumlead")), "the team page link: {part}");
        assert!(part.contains("4.1 of 5"), "trust's mean: {part}");
        assert!(part.contains("3.5 of 5") && part.contains("2.5 of 5"), "clarity and workload: {part}");
        assert!(part.contains("5 of 6 invited people answered."), "{part}");
        assert!(part.contains("Trust is 4.1 of 5"), "the summary sentences: {part}");
        assert!(!part.contains("Standups run long."), "comments stay on the page");
    }
    assert!(!html.contains("<svg") && !html.contains("<img") && !html.contains("class="), "{html}");
    assert!(html.contains("background:#0b5cad"), "bars made of table cells: {html}");
    assert!(summaries_to(&emails[1]).await.is_empty(), "members get nothing unless published");
}

async fn members_get_it_when_the_team_publishes_to_them(backend: Backend) {
    let app = spawn_app(backend).await;
    if service_url("CANDOR_TEST_MAILDEV_API").is_none() {
        return;
    }
    let (team, emails) = app.with_conn(|c| seed_team(c, "sumall", 6));
    app.with_conn(|c| {
        diesel::update(teams::table.find(team.id))
            .set((teams::publish_to_members.eq(true), teams::cadence.eq("manual")))
            .execute(c)
            .unwrap()
    });
    let pulse = answered_pulse(&app, &team, "2025-04", 5).await;
    let past = (chrono::Utc::now() - chrono::Duration::minutes(1)).naive_utc();
    app.with_conn(|c| {
        diesel::update(pulses::table.find(pulse.id)).set(pulses::closes_at.eq(past)).execute(c).unwrap()
    });
    let first = candor::scheduler::tick(&app.pool, &app.scheduler_tools(), chrono::Utc::now()).await.unwrap();
    assert_eq!(first.closed, 1);
    let second =
        candor::scheduler::tick(&app.pool, &app.scheduler_tools(), chrono::Utc::now()).await.unwrap();
    assert_eq!(second.closed, 0);
    assert_eq!(queued_summaries(&app, pulse.id), 6, "the lead and five members");
    flush_at(&app, now()).await;

    for (i, address) in emails.iter().enumerate() {
        let mail = summaries_to(address).await;
        assert_eq!(mail.len(), 1, "exactly one summary for person {i}");
        let text = mail[0]["text"].as_str().unwrap();
        assert!(text.contains(&format!("{TEAM_URL}sumall")) && text.contains("4.1 of 5"), "{text}");
        let why = if i == 0 { "you lead Team sumall" } else { "shares its results with its members" };
        assert!(text.contains(why), "{text}");
    }
}

async fn a_suppressed_round_sends_no_figures(backend: Backend) {
    let app = spawn_app(backend).await;
    if service_url("CANDOR_TEST_MAILDEV_API").is_none() {
        return;
    }
    let (team, emails) = app.with_conn(|c| seed_team(c, "sumfew", 6));
    let private = app.db.candor(&["team", "set", "sumfew", "--publish-to-members", "false"]);
    assert!(private.status.success(), "{:?}", texts(&private));
    let pulse = answered_pulse(&app, &team, "2025-05", 3).await; // below min_group 5
    // Through the command line, which closes and queues in one transaction.
    let out = app.db.candor(&["pulse", "close", &pulse.id.to_string()]);
    assert!(out.status.success(), "{:?}", texts(&out));
    assert!(texts(&out).1.contains("1 summary emails queued"), "{:?}", texts(&out));
    assert!(summary_sent(&app, pulse.id));
    flush_at(&app, now()).await;

    let mail = summaries_to(&emails[0]).await;
    assert_eq!(mail.len(), 1);
    let text = mail[0]["text"].as_str().unwrap();
    let html = &mail[0]["html"].as_str().unwrap().replace("&#x2F;", "/");
    for part in [text, html] {
        assert!(part.contains("Too few answers in May 2025 to show results"), "{part}");
        assert!(part.contains("No figures are shown for this month"), "{part}");
        assert!(part.contains(&format!("{TEAM_URL}sumfew")), "{part}");
        for figure in ["of 5", "favourable", "n = ", "answered.", "eNPS", "3 of 6"] {
            assert!(!part.contains(figure), "no '{figure}' for a suppressed round: {part}");
        }
    }
}
