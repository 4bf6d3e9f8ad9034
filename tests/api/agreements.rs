//! Working agreements through the CLI and the pages: versions and history, diffs (CLI and
//! page), sanitized markdown, review reminders through MailDev, "reviewed", the chart markers
//! at each version, and the team page's list.

use candor::db::schema::{agreement_reviews, agreement_versions, agreements, memberships, people};
use candor::db::{self};
use candor::domain::agreements::reviews::queue_due_review_reminders;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

const V1: &str = "# Review SLA\n\nEvery pull request gets a first review within two working days.\n\n- Keep pull requests small.\n- The author merges after one approval.\n";
const V2: &str = "# Review SLA\n\nEvery pull request gets a first review within one working day.\n\n- Keep pull requests small.\n- The author merges after one approval.\n";
const V3: &str = "# Review SLA\n\nEvery pull request gets a first review within one working day.\n\n- Keep pull requests small.\n- The author merges after one approval.\n- Pair on changes larger than 400 lines.\n";

/// Runs the CLI, expects success, returns stdout.
fn ok(db: &TestDb, args: &[&str]) -> String {
    let out = db.candor(args);
    assert!(out.status.success(), "{args:?}: {:?}", texts(&out));
    texts(&out).0
}

/// Runs the CLI, expects exit 1 with one `error:` line containing `expected`.
fn refused(db: &TestDb, args: &[&str], expected: &str) {
    let out = db.candor(args);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("error: ") && err.contains(expected), "{args:?}: {err}");
}

/// Adds `review-sla` to `team` (which must exist) with versions 1 to 3 by ana, bo and bo.
fn review_sla(db: &TestDb, team: &str, extra: &[&str]) {
    let (v1, v2, v3) = (
        write_file(&db.dir, "v1.md", V1),
        write_file(&db.dir, "v2.md", V2),
        write_file(&db.dir, "v3.md", V3),
    );
    let mut add =
        vec!["agreement", "add", "--team", team, "--title", "Review SLA", "--file", &v1, "--author", "ana"];
    add.extend_from_slice(extra);
    assert_eq!(ok(db, &add).trim(), "review-sla");
    let edit = |file: &str, note: &str| {
        ok(
            db,
            &[
                "agreement",
                "edit",
                "--team",
                team,
                "review-sla",
                "--file",
                file,
                "--note",
                note,
                "--author",
                "bo",
            ],
        )
    };
    assert!(
        edit(&v2, "One-day SLA").contains("saved version 2 of review-sla (1 line added, 1 line removed)")
    );
    assert!(
        edit(&v3, "Pair on large changes")
            .contains("saved version 3 of review-sla (1 line added, 0 lines removed)")
    );
}

fn agreement_id(conn: &mut candor::db::DbConnection, slug: &str) -> i64 {
    agreements::table.filter(agreements::slug.eq(slug)).select(agreements::id).first(conn).unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

backend_tests!(
    versions_history_and_diff_through_the_cli,
    refusals_are_one_clear_line,
    diff_page_shows_the_changes_and_bad_versions_are_4xx,
    markdown_is_sanitized_on_every_page,
    review_reminders_go_once_per_due_date_to_each_lead,
    reviewed_moves_the_date_and_twice_a_day_is_harmless,
    chart_markers_land_at_the_months_of_the_versions,
    the_team_page_lists_agreements
);

async fn versions_history_and_diff_through_the_cli(backend: Backend) {
    let db = TestDb::new(backend);
    ok(&db, &["team", "add", "platform", "--name", "Platform"]);
    review_sla(&db, "platform", &["--relates", "trust,clarity"]);

    let history = ok(&db, &["agreement", "history", "--team", "platform", "review-sla"]);
    let rows: Vec<&str> = history.lines().skip(1).collect();
    assert_eq!(rows.len(), 3, "{history}");
    assert!(
        rows[0].trim_start().starts_with("1 ")
            && rows[0].contains("ana")
            && rows[0].contains("First version.")
    );
    assert!(
        rows[1].trim_start().starts_with("2 ") && rows[1].contains("bo") && rows[1].contains("One-day SLA")
    );
    assert!(rows[2].contains("Pair on large changes"), "{history}");

    assert_eq!(ok(&db, &["agreement", "show", "--team", "platform", "review-sla"]), V3);
    assert_eq!(ok(&db, &["agreement", "show", "--team", "platform", "review-sla", "--version", "1"]), V1);

    let diff = ok(&db, &["agreement", "diff", "--team", "platform", "review-sla", "1", "3"]);
    let lines: Vec<&str> = diff.lines().collect();
    assert!(lines[0].starts_with("--- review-sla v1 (") && lines[0].ends_with(", ana)"), "{diff}");
    assert!(lines[1].starts_with("+++ review-sla v3 (") && lines[1].ends_with(", bo)"), "{diff}");
    let changed: Vec<&str> = lines[2..].iter().copied().filter(|l| l.starts_with(['+', '-'])).collect();
    assert_eq!(
        changed,
        [
            "-Every pull request gets a first review within two working days.",
            "+Every pull request gets a first review within one working day.",
            "+- Pair on changes larger than 400 lines.",
        ],
        "{diff}"
    );
    assert!(lines.contains(&" - Keep pull requests small."), "context lines: {diff}");
    let same = ok(&db, &["agreement", "diff", "--team", "platform", "review-sla", "2", "2"]);
    assert!(same.contains("have the same text"), "{same}");

    let v3 = write_file(&db.dir, "again.md", &V3.replace('\n', "\r\n"));
    refused(
        &db,
        &["agreement", "edit", "--team", "platform", "review-sla", "--file", &v3, "--note", "x"],
        "is the same as version 3: nothing to save",
    );

    let dod = write_file(&db.dir, "dod.md", "Done means deployed.\n");
    let out = candor_with(
        &db.url,
        db.dir.path().to_path_buf(),
        &["agreement", "add", "--team", "platform", "--title", "Definition of Done", "--file", &dod],
        &[("USER", "dana")],
    );
    assert!(out.status.success(), "{:?}", texts(&out));
    let history = ok(&db, &["agreement", "history", "--team", "platform", "definition-of-done"]);
    assert!(history.contains("dana"), "the default author is $USER: {history}");
    let list = ok(&db, &["agreement", "list", "--team", "platform"]);
    assert!(
        list.lines().any(|l| l.starts_with("review-sla") && l.contains("trust,clarity") && l.contains(" 3 "))
    );
    assert!(
        list.lines().any(|l| l.starts_with("definition-of-done") && l.contains("Definition of Done")),
        "{list}"
    );
}

async fn refusals_are_one_clear_line(backend: Backend) {
    let db = TestDb::new(backend);
    ok(&db, &["team", "add", "platform", "--name", "Platform"]);
    let body = write_file(&db.dir, "body.md", V1);
    let empty = write_file(&db.dir, "empty.md", "  \n\n");
    ok(&db, &["agreement", "add", "--team", "platform", "--title", "Review SLA", "--file", &body]);
    let add = |title: &'static str, file: &str, extra: &[&'static str]| {
        let mut args = vec!["agreement", "add", "--team", "platform", "--title", title, "--file"];
        args.push(file);
        args.extend_from_slice(extra);
        args.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (add("Review SLA", &body, &[]), "has an agreement 'review-sla' already"),
        (add("Other", &body, &["--relates", "trust,trst"]), "--relates: 'trst' is not a dimension"),
        (add("Other", &body, &["--review-every", "0"]), "--review-every: 0 is not a review cadence"),
        (add("Other", &body, &["--review-every", "731"]), "use 1 to 730 days"),
        (add("Other", &empty, &[]), "--file: The text is empty: an agreement needs some text."),
        (add("Other", "missing.md", &[]), "--file: cannot read missing.md"),
        (add("!!!", &body, &[]), "cannot make a slug from '!!!'"),
    ];
    for (args, expected) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&db, &args, expected);
    }
    let missing: [(&[&str], &str); 4] = [
        (
            &["agreement", "history", "--team", "platform", "nope"],
            "no agreement 'nope' in team 'platform': `candor agreement list --team platform`",
        ),
        (&["agreement", "history", "--team", "nope", "review-sla"], "no team 'nope'"),
        (
            &["agreement", "show", "--team", "platform", "review-sla", "--version", "9"],
            "has no version 9; it has only version 1",
        ),
        (&["agreement", "diff", "--team", "platform", "review-sla", "1", "2"], "has no version 2"),
    ];
    for (args, expected) in missing {
        refused(&db, args, expected);
    }
    let (help, _) = texts(&db.candor(&["agreement", "diff", "--help"]));
    assert!(help.contains("candor agreement diff --team platform review-sla 1 3"), "{help}");
    let versions: i64 = agreement_versions::table.count().get_result(&mut db.pool().get().unwrap()).unwrap();
    assert_eq!(versions, 1, "nothing half-done");
}

async fn diff_page_shows_the_changes_and_bad_versions_are_4xx(backend: Backend) {
    let app = spawn_app(backend).await;
    ok(&app.db, &["team", "add", "platform", "--name", "Platform"]);
    review_sla(&app.db, "platform", &[]);
    let base = "/teams/platform/agreements/review-sla";

    let response = app.get(&format!("{base}/diff?from=1&to=3")).await;
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert_eq!(page.matches("<del>").count(), 1, "{page}");
    assert_eq!(page.matches("<ins>").count(), 2, "{page}");
    let deleted = &page[page.find("<del>").unwrap()..page.find("</del>").unwrap()];
    assert!(deleted.contains("<strong>two</strong>") && deleted.contains("days."), "{deleted}");
    let added = &page[page.find("<ins>").unwrap()..];
    assert!(added.contains("<strong>one</strong>"), "{added}");
    assert!(page.contains("- Pair on changes larger than 400 lines.</ins>"), "{page}");
    assert!(page.contains("2 lines added, 1 removed"), "{page}");
    assert!(page.contains("One-day SLA") && page.contains("Pair on large changes"), "why it changed");

    let current = app.get(base).await.text().await.unwrap();
    assert!(current.contains("Pair on changes larger than 400 lines."));
    for n in 1..=3 {
        assert!(current.contains(&format!(">Version {n}</a>")), "history lists v{n}");
    }
    assert!(
        current.contains("diff?from=2&amp;to=3") && current.contains("diff?from=1&amp;to=2"),
        "links to diffs"
    );
    let old = app.get(&format!("{base}?version=1")).await.text().await.unwrap();
    assert!(old.contains("two working days") && old.contains("an earlier text"), "{old}");

    for (query, status) in [
        ("/diff?from=abc&to=2", 400),
        ("/diff?from=1", 400),
        ("/diff", 400),
        ("/diff?from=0&to=2", 400),
        ("/diff?from=1&from=2&to=3", 400),
        ("/diff?from=1&to=9", 404),
        ("/diff?from=99999999999&to=1", 400),
        ("?version=x", 400),
        ("?version=4", 404),
    ] {
        let response = app.get(&format!("{base}{query}")).await;
        assert_eq!(response.status(), status, "{query}");
        let body = response.text().await.unwrap();
        assert!(body.contains("<h1>") && !body.contains("<script"), "a page: {body}");
    }
    for path in [
        "/teams/platform/agreements/nope",
        "/teams/nope/agreements/review-sla",
        "/teams/platform/agreements/%3Cscript%3E/diff?from=1&to=2",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        let body = response.text().await.unwrap();
        assert!(
            body.contains("There is no agreement at this address.") && !body.contains("<script"),
            "{body}"
        );
    }
}

const HOSTILE: &str = "# Safe heading\n\nSafe words.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n\
[x](javascript:alert(1))\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<a href=\"#\" onclick=\"alert(1)\">y</a>\n";

async fn markdown_is_sanitized_on_every_page(backend: Backend) {
    let app = spawn_app(backend).await;
    ok(&app.db, &["team", "add", "platform", "--name", "Platform"]);
    let plain = write_file(&app.db.dir, "plain.md", "Safe words.\n");
    let hostile = write_file(&app.db.dir, "hostile.md", HOSTILE);
    ok(&app.db, &["agreement", "add", "--team", "platform", "--title", "<b>Bold</b> & Co", "--file", &plain]);
    ok(
        &app.db,
        &["agreement", "edit", "--team", "platform", "b-bold-b-co", "--file", &hostile, "--note", "<i>n</i>"],
    );

    let page = app.get("/teams/platform/agreements/b-bold-b-co").await.text().await.unwrap();
    assert!(page.contains("<h2>Safe heading</h2>") && page.contains("<p>Safe words.</p>"), "{page}");
    let lower = page.to_lowercase();
    for bad in
        ["<script", "alert(1)", "onerror", "onclick", "javascript:", "<iframe", "<b>bold</b>", "<i>n</i>"]
    {
        assert!(!lower.contains(bad), "{bad} reached the page: {page}");
    }
    assert!(page.contains("&lt;b&gt;Bold&lt;&#x2F;b&gt; &amp; Co"), "the title is text: {page}");

    let diff = app.get("/teams/platform/agreements/b-bold-b-co/diff?from=1&to=2").await.text().await.unwrap();
    for bad in ["<script", "<img", "<iframe", "<a href=\"#\""] {
        assert!(!diff.to_lowercase().contains(bad), "{bad} reached the diff page: {diff}");
    }
    assert!(
        diff.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || diff.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "shown as text: {diff}"
    );

    let team = app.get("/teams/platform").await.text().await.unwrap();
    assert!(!team.contains("<b>Bold</b>") && team.contains("&lt;b&gt;Bold"), "{team}");
}

/// Makes the `n`th member of `emails` a lead of `team` too.
fn make_lead(app: &TestApp, email: &str) {
    app.with_conn(|c| {
        let person: i64 = people::table.filter(people::email.eq(email)).select(people::id).first(c).unwrap();
        diesel::update(memberships::table.filter(memberships::person_id.eq(person)))
            .set(memberships::role.eq("lead"))
            .execute(c)
            .unwrap()
    });
}

fn set_next_review(app: &TestApp, slug: &str, on: NaiveDate) {
    app.with_conn(|c| {
        let id = agreement_id(c, slug);
        diesel::update(agreements::table.find(id)).set(agreements::next_review_on.eq(on)).execute(c).unwrap()
    });
}

async fn review_reminders_go_once_per_due_date_to_each_lead(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "revs", 4)); // emails[0] leads
    make_lead(&app, &emails[1]);
    let body = write_file(&app.db.dir, "sla.md", V1);
    ok(
        &app.db,
        &[
            "agreement",
            "add",
            "--team",
            "revs",
            "--title",
            "Review SLA",
            "--file",
            &body,
            "--review-every",
            "30",
        ],
    );
    set_next_review(&app, "review-sla", date("2027-03-10"));
    let composer = app.state.composer.clone();
    let remind = |today: &str| {
        let composer = composer.clone();
        app.with_conn(move |c| db::write(c, |c| queue_due_review_reminders(c, &composer, date(today))))
            .unwrap()
    };
    assert_eq!(remind("2027-03-09"), 0, "not due yet");
    assert_eq!(remind("2027-03-10"), 2, "one per lead on the due date");
    assert_eq!(remind("2027-03-10"), 0, "once per due date");
    assert_eq!(remind("2027-03-12"), 0, "still once, when overdue");

    // The next due date (as after a review) is reminded again, here by the scheduler step,
    // in the middle of a month so that no pulse opens.
    set_next_review(&app, "review-sla", date("2027-04-01"));
    let now = NaiveDateTime::parse_from_str("2027-04-20 10:00", "%Y-%m-%d %H:%M").unwrap().and_utc();
    let report = candor::scheduler::tick(&app.pool, &app.scheduler_tools(), now).await.unwrap();
    assert_eq!(report, candor::scheduler::TickReport { reviews: 2, ..Default::default() });
    let again = candor::scheduler::tick(&app.pool, &app.scheduler_tools(), now).await.unwrap();
    assert_eq!(again.reviews, 0);

    assert_eq!(flush_at(&app, Utc::now().naive_utc()).await.sent, 4);
    for lead in &emails[..2] {
        let mut subjects: Vec<String> = maildev_messages_to(lead)
            .await
            .iter()
            .map(|m| m["subject"].as_str().unwrap().to_string())
            .collect();
        subjects.sort();
        assert_eq!(
            subjects,
            ["Review due: Review SLA (Team revs)", "Review overdue: Review SLA (Team revs)"],
            "{lead}"
        );
        let mail = &maildev_messages_to(lead).await[0];
        let text = mail["text"].as_str().unwrap();
        assert!(text.contains("/teams/revs/agreements/review-sla"), "{text}");
        assert!(
            text.contains("/teams/revs/agreements/review-sla#review"),
            "the page with 'Still holds': {text}"
        );
        assert!(text.contains("/teams/revs/agreements/review-sla/edit"), "the edit page: {text}");
        assert!(
            !text.contains("candor agreement"),
            "a lead is not sent to the server's command line: {text}"
        );
        assert!(mail["html"].as_str().unwrap().contains("Read it next to the pulse results"));
    }
    assert!(maildev_messages_to(&emails[2]).await.is_empty(), "members are not reminded");
}

async fn reviewed_moves_the_date_and_twice_a_day_is_harmless(backend: Backend) {
    let app = spawn_app(backend).await;
    ok(&app.db, &["team", "add", "platform", "--name", "Platform"]);
    let body = write_file(&app.db.dir, "sla.md", V1);
    ok(
        &app.db,
        &[
            "agreement",
            "add",
            "--team",
            "platform",
            "--title",
            "Review SLA",
            "--file",
            &body,
            "--review-every",
            "30",
        ],
    );
    ok(&app.db, &["agreement", "add", "--team", "platform", "--title", "No Cadence", "--file", &body]);
    set_next_review(&app, "review-sla", date("2026-01-05"));
    let page = app.get("/teams/platform/agreements/review-sla").await.text().await.unwrap();
    assert!(page.contains("<strong class=\"due\">due</strong>"), "an overdue review is marked: {page}");

    let today = Utc::now().date_naive();
    let next = today + Duration::days(30);
    let reviewed = ["agreement", "reviewed", "--team", "platform", "review-sla", "--author", "ana"];
    let first = ok(&app.db, &reviewed);
    assert!(
        first.contains(&format!("recorded a review of review-sla with no change; next review on {next}")),
        "{first}"
    );
    let second = ok(&app.db, &reviewed);
    assert!(
        second.contains(&format!("reviewed today already; nothing changed; next review on {next}")),
        "{second}"
    );
    let stored: Option<NaiveDate> = app.with_conn(|c| {
        let id = agreement_id(c, "review-sla");
        agreements::table.find(id).select(agreements::next_review_on).first(c).unwrap()
    });
    assert_eq!(stored, Some(next));

    let v2 = write_file(&app.db.dir, "v2.md", V2);
    ok(
        &app.db,
        &["agreement", "edit", "--team", "platform", "review-sla", "--file", &v2, "--note", "One day"],
    );
    let reviews: i64 = app.with_conn(|c| agreement_reviews::table.count().get_result(c).unwrap());
    assert_eq!(reviews, 1, "one review a day, an edit included");
    let page = app.get("/teams/platform/agreements/review-sla").await.text().await.unwrap();
    assert!(!page.contains("class=\"due\""), "{page}");
    let long = |d: NaiveDate| d.format("%-d %B %Y").to_string();
    assert!(page.contains(&format!("last reviewed {} by ana, with no change", long(today))), "{page}");
    assert!(page.contains(&long(next)), "{page}");

    let none = ok(&app.db, &["agreement", "reviewed", "--team", "platform", "no-cadence"]);
    assert!(none.contains("no review cadence"), "{none}");
}

/// Four months, each with five respondents whose trust items are `month` apart.
fn four_months() -> String {
    let mut csv = String::from("period,trust_1,trust_2,clarity_1\n");
    for month in 1..=4 {
        for i in 0..5 {
            csv.push_str(&format!("2026-{month:02},{},{},3\n", 1 + (month + i) % 5, 1 + (month * i) % 5));
        }
    }
    csv
}

fn attrs(svg: &str, marker: &str, attr: &str) -> Vec<f64> {
    svg.split(marker)
        .skip(1)
        .map(|rest| {
            let start = rest.find(&format!("{attr}=\"")).unwrap() + attr.len() + 2;
            rest[start..start + rest[start..].find('"').unwrap()].parse().unwrap()
        })
        .collect()
}

async fn chart_markers_land_at_the_months_of_the_versions(backend: Backend) {
    let app = spawn_app(backend).await;
    ok(&app.db, &["team", "add", "charted", "--name", "Charted"]);
    let history = write_file(&app.db.dir, "history.csv", &four_months());
    ok(&app.db, &["responses", "import", &history, "--team", "charted"]);
    review_sla(&app.db, "charted", &["--relates", "trust"]);
    let saved = [(1, "2026-01-10"), (2, "2026-02-15"), (3, "2026-04-25")];
    app.with_conn(|c| {
        let id = agreement_id(c, "review-sla");
        for (number, day) in saved {
            let at = date(day).and_hms_opt(12, 0, 0).unwrap();
            diesel::update(
                agreement_versions::table.filter(
                    agreement_versions::agreement_id.eq(id).and(agreement_versions::number.eq(number)),
                ),
            )
            .set(agreement_versions::created_at.eq(at))
            .execute(c)
            .unwrap();
        }
    });

    let page = app.get("/teams/charted/agreements/review-sla").await.text().await.unwrap();
    assert!(!page.contains("chart-clarity-title"), "only related dimensions are charted");
    let start = page.find("<svg").expect("a chart");
    let svg = &page[start..start + page[start..].find("</svg>").unwrap()];
    assert!(svg.contains("aria-labelledby=\"chart-trust-title"), "{svg}");
    let months = attrs(svg, "class=\"point\"", "cx");
    assert_eq!(months.len(), 4, "January to April: {svg}");
    let slot = months[1] - months[0];
    let markers = attrs(svg, "class=\"marker-line\"", "x1");
    let labels: Vec<&str> = svg
        .split("class=\"marker-label\"")
        .skip(1)
        .map(|r| &r[r.find('>').unwrap() + 1..r.find("</text>").unwrap()])
        .collect();
    assert_eq!(labels, ["v1", "v2", "v3"], "{svg}");
    for ((x, (_, day)), label) in markers.iter().zip(saved).zip(&labels) {
        let on = date(day);
        let i = on.month0() as usize;
        let days = if on.month() == 2 {
            28.0
        } else if on.month() == 4 {
            30.0
        } else {
            31.0
        };
        let expected = months[i] - slot / 2.0 + slot * (f64::from(on.day()) - 0.5) / days;
        assert!((x - expected).abs() < 0.06, "{label} at {x}, expected {expected}: {svg}");
        assert!((x - months[i]).abs() < slot / 2.0, "{label} is inside its month's column");
    }
    assert!(svg.contains("<title>Version 2 saved 15 February 2026: One-day SLA</title>"), "{svg}");
    assert!(svg.contains("Version 3 saved 25 April 2026: Pair on large changes</desc>"), "described: {svg}");
}

async fn the_team_page_lists_agreements(backend: Backend) {
    let app = spawn_app(backend).await;
    ok(&app.db, &["team", "add", "platform", "--name", "Platform"]);
    ok(&app.db, &["team", "add", "quiet", "--name", "Quiet"]);
    review_sla(&app.db, "platform", &["--relates", "trust,clarity", "--review-every", "90"]);
    let body = write_file(&app.db.dir, "dor.md", "Ready means estimated.\n");
    ok(
        &app.db,
        &["agreement", "add", "--team", "platform", "--title", "Definition of Ready", "--file", &body],
    );
    set_next_review(&app, "review-sla", date("2026-01-05"));

    let page = app.get("/teams/platform").await.text().await.unwrap();
    let section = &page[page.find("<h2 id=\"agreements\">").expect("an Agreements section")..];
    let section = &section[..section.find("</section>").unwrap()];
    assert!(
        page.find("id=\"in-short\"").unwrap() < page.find("id=\"agreements\"").unwrap(),
        "after the summary"
    );
    let items: Vec<&str> = section.split("<li>").skip(1).collect();
    assert_eq!(items.len(), 2, "{section}");
    assert!(
        items[0].contains(">Definition of Ready</a>")
            && items[0].contains("1 version")
            && !items[0].contains("due")
    );
    assert!(
        items[1].contains(">Review SLA</a>") && items[1].contains("Trust, Clarity · 3 versions"),
        "{section}"
    );
    assert!(
        items[1].contains("5 January 2026") && items[1].contains("<strong class=\"due\">due</strong>"),
        "{section}"
    );
    assert!(
        items[1].contains("href=\"&#x2F;teams&#x2F;platform&#x2F;agreements&#x2F;review-sla\""),
        "{section}"
    );

    let quiet = app.get("/teams/quiet").await.text().await.unwrap();
    assert!(quiet.contains("No working agreements yet"), "{quiet}");
}
