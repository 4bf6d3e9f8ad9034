//! The anonymity promise under attack (docs/anonymity.md): each test plays one way an insider
//! could learn who said what through the normal tools — the CLI, the emailed links and the
//! reports — and checks that the mechanism stops it.

use diesel::prelude::*;
use serde_json::Value;

use candor::db::schema::invitations;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    one_person_in_five_teams_is_one_voice,
    a_published_month_is_frozen,
    comments_obey_subtraction_with_their_own_threshold,
    removing_an_answerer_mid_pulse_does_not_show_that_they_answered
);

fn cli_ok(db: &TestDb, args: &[&str]) -> String {
    let out = db.candor(args);
    assert!(out.status.success(), "{args:?}: {:?}", texts(&out));
    let (stdout, stderr) = texts(&out);
    stdout + &stderr
}

fn report(db: &TestDb, team: &str) -> Value {
    let out = db.candor(&["report", "--team", team, "--format", "json"]);
    assert!(out.status.success(), "{:?}", texts(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Answers every queued invitation of `pulse` with VALID_ANSWERS and `comment`; returns how
/// many were answered.
async fn answer_all(app: &TestApp, pulse: &str, comment: &str) -> usize {
    let tokens = queued_tokens(app, &format!("invite:{pulse}:"));
    for (_, token) in &tokens {
        let mut fields: Vec<(&str, &str)> =
            VALID_ANSWERS.iter().filter(|(k, _)| *k != "comment").copied().collect();
        fields.push(("comment", comment));
        assert_eq!(post_survey(app, token, &fields).await.status(), 200);
    }
    tokens.len()
}

fn open(db: &TestDb, team: &str, period: &str) -> String {
    let out = db.candor(&["pulse", "open", "--team", team, "--period", period]);
    assert!(out.status.success(), "{:?}", texts(&out));
    texts(&out).0.trim().to_string()
}

/// A team `multi` with children m1–m5 whose only member is one person x: opening all five
/// pulses for a month used to invite x five times, and multi's lead then saw "n = 5" made of
/// x's answers and x's comment five times.
async fn one_person_in_five_teams_is_one_voice(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.db;
    cli_ok(db, &["team", "add", "multi", "--name", "Multi", "--min-group", "3"]);
    let mut csv = String::from("email,name,team,role\n");
    for i in 1..=5 {
        let m = format!("m{i}");
        cli_ok(db, &["team", "add", &m, "--name", &m, "--parent", "multi", "--min-group", "3"]);
        csv.push_str(&format!("x@one-voice.test,X,{m},member\n"));
    }
    let imported = cli_ok(db, &["people", "import", &write_file(&db.dir, "p.csv", &csv)]);
    assert!(imported.contains("x@one-voice.test (in m1, m2, m3, m4, m5) answers for m1"), "{imported}");
    let listed = cli_ok(db, &["people", "list"]);
    assert!(listed.lines().any(|l| l.starts_with("x@one-voice.test") && l.contains(" m1 ")), "{listed}");

    let pulses: Vec<String> = (1..=5).map(|i| open(db, &format!("m{i}"), "2026-09")).collect();
    let mut answered = 0;
    for pulse in &pulses {
        answered += answer_all(&app, pulse, "Only x writes like this.").await;
    }
    let invited: i64 = app.with_conn(|c| invitations::table.count().get_result(c).unwrap());
    assert_eq!((invited, answered), (1, 1), "one invitation and one ballot for x in the month");
    let out = db.candor(&["pulse", "open", "--team", "m2", "--period", "2026-10"]);
    assert!(texts(&out).1.contains("1 members of m2 answer for another team"), "{:?}", texts(&out));
    for pulse in &pulses {
        cli_ok(db, &["pulse", "close", pulse]);
    }
    let multi = report(db, "multi");
    let september = &multi["periods"][0];
    assert_eq!(september["suppressed"], true, "one person is not a group: {multi}");
    assert!(september.get("responded").is_none_or(Value::is_null), "{multi}");
    assert!(multi["comments"].is_null(), "{multi}");
}

/// Team eng closes September with five answers; a new child team engb with one member then
/// used to open a September pulse, and eng's September turned into n = 6, the difference
/// being that one person's answers.
async fn a_published_month_is_frozen(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.db;
    cli_ok(db, &["team", "add", "eng", "--name", "Eng"]);
    let mut csv = String::from("email,name,team,role\n");
    for i in 0..5 {
        csv.push_str(&format!("e{i}@frozen.test,E{i},eng,member\n"));
    }
    cli_ok(db, &["people", "import", &write_file(&db.dir, "p.csv", &csv)]);
    let pulse = open(db, "eng", "2026-09");
    assert_eq!(answer_all(&app, &pulse, "Five of us.").await, 5);
    cli_ok(db, &["pulse", "close", &pulse]);
    let before = report(db, "eng");
    assert_eq!(before["periods"][0]["responded"], 5);

    cli_ok(db, &["team", "add", "engb", "--name", "Eng B", "--parent", "eng"]);
    let late = "email,name,team,role\nlate@frozen.test,Late,engb,member\n";
    cli_ok(db, &["people", "import", &write_file(&db.dir, "late.csv", late)]);
    let out = db.candor(&["pulse", "open", "--team", "engb", "--period", "2026-09"]);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("2026-09 results of 'eng', above 'engb',") && err.contains("frozen"), "{err}");
    let history = write_file(&db.dir, "h.csv", "period,trust_1,comment\n2026-09,1,late\n");
    let out = db.candor(&["responses", "import", &history, "--team", "engb"]);
    assert!(texts(&out).1.contains("frozen"), "{:?}", texts(&out));

    // The scheduler does not open engb's late pulse either, at a time inside September's window.
    let september = candor::domain::period::Period::parse("2026-09").unwrap();
    let at = candor::domain::cadence::scheduled_open(september, chrono_tz::UTC) + chrono::Duration::hours(1);
    let tick = candor::scheduler::tick(&app.pool, &app.scheduler_tools(), at).await.unwrap();
    assert_eq!(tick.opened, 0, "no late pulse into a published month");

    // Removing a person who was invited does not change the published month either.
    cli_ok(db, &["people", "remove", "e0@frozen.test"]);
    assert_eq!(report(db, "eng")["periods"], before["periods"], "eng's September is as published");
}

/// `sales` (threshold 3, comments 5) has 3 respondents of its own and its child `salesx` 5:
/// both pages used to show comments, and sales' 8 minus salesx' 5 were the comments of the 3.
async fn comments_obey_subtraction_with_their_own_threshold(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.db;
    cli_ok(db, &["team", "add", "sales", "--name", "Sales", "--min-group", "3"]);
    cli_ok(db, &["team", "add", "salesx", "--name", "Sales X", "--parent", "sales", "--min-group", "3"]);
    let mut csv = String::from("email,name,team,role\n");
    for (team, n) in [("sales", 3), ("salesx", 5)] {
        for i in 0..n {
            csv.push_str(&format!("{team}{i}@comments.test,{team} {i},{team},member\n"));
        }
    }
    cli_ok(db, &["people", "import", &write_file(&db.dir, "p.csv", &csv)]);
    let own = open(db, "sales", "2026-09");
    let child = open(db, "salesx", "2026-09");
    answer_all(&app, &own, "said in sales").await;
    answer_all(&app, &child, "said in salesx").await;
    cli_ok(db, &["pulse", "close", &own]);
    cli_ok(db, &["pulse", "close", &child]);

    let salesx = report(db, "salesx");
    assert_eq!(salesx["comments"]["comments"].as_array().map(Vec::len), Some(5), "{salesx}");
    let sales = report(db, "sales");
    assert_eq!(sales["periods"][0]["responded"], 8, "scores: 8 - 5 = 3 meets the threshold 3");
    assert!(sales["comments"].is_null(), "8 - 5 = 3 comments would be sales' own: {sales}");
    let page = app.get("/teams/sales").await.text().await.unwrap();
    assert!(!page.contains("said in"), "the page shows no comment of sales' own 3");
}

/// A person who answered is removed before the pulse closes: their invitation goes, their
/// anonymous response stays. Counting only the invitations left would show "5 of 4 invited
/// answered" and so tell that the removed person had answered.
async fn removing_an_answerer_mid_pulse_does_not_show_that_they_answered(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.db;
    cli_ok(db, &["team", "add", "ops", "--name", "Ops"]);
    let mut csv = String::from("email,name,team,role\n");
    for i in 0..6 {
        csv.push_str(&format!("o{i}@removed.test,O{i},ops,member\n"));
    }
    cli_ok(db, &["people", "import", &write_file(&db.dir, "p.csv", &csv)]);
    let pulse = open(db, "ops", "2026-09");
    let tokens = queued_tokens(&app, &format!("invite:{pulse}:"));
    let answered: Vec<&(String, String)> = tokens.iter().take(5).collect();
    for (_, token) in &answered {
        assert_eq!(post_survey(&app, token, VALID_ANSWERS).await.status(), 200);
    }
    cli_ok(db, &["people", "remove", &answered[0].0]);
    cli_ok(db, &["pulse", "close", &pulse]);
    let september = &report(db, "ops")["periods"][0];
    assert_eq!((september["invited"].as_i64(), september["responded"].as_i64()), (Some(6), Some(5)));
}
