//! Cadences (docs/design.md, "Cadence"): quarterly, every N weeks and manual teams, driven by
//! the scheduler at chosen times, open their pulses when the cadence says, for the days the
//! team says, never twice in a month; settings that cannot work are refused in plain words.

use candor::db::schema::{pulses, teams};
use candor::domain::teams::Team;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_quarterly_team_opens_in_the_quarters_first_month_only,
    every_six_weeks_from_the_launch_never_twice_a_month,
    a_manual_team_cannot_be_launched_and_is_never_opened,
    settings_that_cannot_work_are_refused
);

fn at(s: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap().and_utc()
}

/// Sets the team's cadence and days open as `candor team set` does.
fn set(app: &TestApp, slug: &str, cadence: &str, days: &str) {
    let out = app.db.candor(&["team", "set", slug, "--cadence", cadence, "--days-open", days]);
    assert!(out.status.success(), "{:?}", texts(&out));
}

/// Launches the team as if at `when`.
fn launch_at(app: &TestApp, slug: &str, when: DateTime<Utc>) {
    app.with_conn(|c| {
        diesel::update(teams::table.filter(teams::slug.eq(slug)))
            .set(teams::launched_at.eq(when.naive_utc()))
            .execute(c)
            .unwrap()
    });
}

/// Runs the scheduler every 12 hours from `from` for `days` days; returns the pulses opened as
/// (period, opens_at, closes_at), in order.
async fn run_for(
    app: &TestApp,
    from: DateTime<Utc>,
    days: i64,
) -> Vec<(String, NaiveDateTime, NaiveDateTime)> {
    let tools = app.scheduler_tools();
    let mut now = from;
    while now < from + Duration::days(days) {
        candor::scheduler::tick(&app.pool, &tools, now).await.unwrap();
        now += Duration::hours(12);
    }
    app.with_conn(|c| {
        pulses::table
            .order(pulses::id)
            .select((pulses::period, pulses::opens_at, pulses::closes_at))
            .load(c)
            .unwrap()
    })
}

fn periods(opened: &[(String, NaiveDateTime, NaiveDateTime)]) -> Vec<&str> {
    opened.iter().map(|(p, ..)| p.as_str()).collect()
}

async fn a_quarterly_team_opens_in_the_quarters_first_month_only(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "qtr", 3));
    set(&app, "qtr", "quarterly", "10");
    launch_at(&app, "qtr", at("2027-01-12 12:00"));
    let opened = run_for(&app, at("2027-01-12 12:00"), 300).await;
    assert_eq!(periods(&opened), ["2027-04", "2027-07", "2027-10"], "January's window had passed at launch");
    // A pulse records when it really opened (now); it closes the team's 10 days after its
    // scheduled opening, the first working day of the quarter at 09:00.
    let closes: Vec<String> = opened.iter().map(|(_, _, c)| c.format("%Y-%m-%d %H:%M").to_string()).collect();
    assert_eq!(closes, ["2027-04-11 09:00", "2027-07-11 09:00", "2027-10-11 09:00"]);
}

async fn every_six_weeks_from_the_launch_never_twice_a_month(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "six", 3));
    set(&app, "six", "weeks:6", "5");
    // Saturday 6 Feb 2027: the first pulse opens Monday 8 Feb.
    launch_at(&app, "six", at("2027-02-06 10:00"));
    let opened = run_for(&app, at("2027-02-06 10:00"), 364).await;
    let starts: Vec<String> =
        opened.iter().map(|(_, _, c)| (*c - Duration::days(5)).format("%Y-%m-%d").to_string()).collect();
    assert_eq!(starts[..3], ["2027-02-08", "2027-03-22", "2027-05-03"], "every 42 days from the first");
    assert_eq!(opened.len(), 9, "52 weeks hold nine openings 6 weeks apart");
    let mut months = periods(&opened);
    months.dedup();
    assert_eq!(months.len(), opened.len(), "never two pulses in one month: {months:?}");
}

async fn a_manual_team_cannot_be_launched_and_is_never_opened(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "hand", 3));
    set(&app, "hand", "manual", "7");
    let admin = app.admin_client().await;
    let page = admin.get(format!("{}/admin/pulses/teams/hand/launch", app.address)).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(page.contains("opens pulses only by hand") && !page.contains("Launch its pulses</button>"));
    let (status, _, body) = post_form(&app, admin, "/admin/pulses/teams/hand/launch", &[]).await;
    assert_eq!(status, 422, "{body}");
    let out = app.db.candor(&["pulse", "schedule", "--team", "hand"]);
    assert!(!out.status.success() && texts(&out).1.contains("only by hand"), "{:?}", texts(&out));
    launch_at(&app, "hand", at("2027-01-01 00:00"));
    assert!(run_for(&app, at("2027-01-01 00:00"), 70).await.is_empty(), "the scheduler opens nothing");
    let (status, _, _) = post_form(&app, admin, "/admin/pulses/teams/hand/open", &[("days", "7")]).await;
    assert_eq!(status, 303, "opening by hand works");
}

async fn settings_that_cannot_work_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "odd", 3));
    let out = app.db.candor(&["team", "set", "odd", "--cadence", "weeks:2"]);
    assert!(
        !out.status.success() && texts(&out).1.contains("at most one pulse a month"),
        "{:?}",
        texts(&out)
    );
    let admin = app.admin_client().await;
    let form = [("cadence", "weeks:5"), ("days_open", "35"), ("timezone", "UTC")];
    let (status, _, body) = post_form(&app, admin, "/admin/teams/odd", &form).await;
    assert_eq!(status, 422);
    assert!(body.contains("Days open") && body.contains("35 days"), "{body}");
    assert!(body.contains("value=\"35\""), "the typed value comes back");
    let form = [("cadence", "quarterly"), ("days_open", "14"), ("timezone", "UTC")];
    let (status, _, _) = post_form(&app, admin, "/admin/teams/odd", &form).await;
    assert_eq!(status, 303);
    let team: Team = app.with_conn(|c| candor::domain::teams::find_team(c, "odd").unwrap());
    assert_eq!((team.cadence.as_str(), team.days_open), ("quarterly", 14));
    let settings = admin.get(format!("{}/admin/teams/odd", app.address)).send().await.unwrap();
    let settings = settings.text().await.unwrap();
    assert!(settings.contains("<option value=\"quarterly\" selected>"), "the form shows what is stored");
}
