//! The team page `/teams/{slug}`: charts with one point per shown month and gaps for hidden
//! ones, participation, comments, escaping, and a 404 for an unknown team.

use candor::db::{self, schema::teams};
use candor::domain::period::Period;
use candor::domain::pulses::{Pulse, open_pulse as open_pulse_for};
use candor::domain::teams::Team;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

/// Answers of one respondent with the given trust items (the rest fixed), and a comment.
pub fn answers_with_trust(trust: (&'static str, &'static str)) -> Vec<(&'static str, &'static str)> {
    vec![
        ("trust_1", trust.0),
        ("trust_2", trust.1),
        ("clarity_1", "4"),
        ("clarity_2", "3"),
        ("workload_1", "2"),
        ("workload_2", "3"),
        ("enps", "8"),
        ("comment", "Standups run long."),
    ]
}

/// Trust items of five respondents: scores 4, 5, 3, 4 and 4.5, mean 4.1.
pub const TRUST_ITEMS: [(&str, &str); 5] = [("4", "4"), ("5", "5"), ("3", "3"), ("4", "4"), ("4", "5")];

/// Opens `team`'s pulse for `period` and answers it through the survey `respondents` times
/// (the first of [`TRUST_ITEMS`] over and over); the pulse stays open.
pub async fn answered_pulse(app: &TestApp, team: &Team, period: &str, respondents: usize) -> Pulse {
    let tools = app.scheduler_tools();
    let closes = (chrono::Utc::now() + chrono::Duration::days(7)).naive_utc();
    let period = Period::parse(period).unwrap();
    let pulse = app
        .with_conn(|c| db::write(c, |c| open_pulse_for(c, &tools.pulse_tools(), team, period, closes)))
        .unwrap()
        .0;
    let tokens = queued_tokens(app, &format!("invite:{}:", pulse.id));
    assert!(tokens.len() >= respondents, "enough people invited");
    for (i, (_, token)) in tokens.iter().take(respondents).enumerate() {
        let answers = answers_with_trust(TRUST_ITEMS[i % TRUST_ITEMS.len()]);
        assert_eq!(post_survey(app, token, &answers).await.status(), 200);
    }
    pulse
}

/// [`answered_pulse`], then closed (without summaries).
async fn closed_round(app: &TestApp, team: &Team, period: &str, respondents: usize) {
    let pulse = answered_pulse(app, team, period, respondents).await;
    app.close(pulse.id);
}

/// The `<svg>` element of one dimension's chart in a page.
fn chart<'a>(page: &'a str, dimension: &str) -> &'a str {
    let start = page.find(&format!("aria-labelledby=\"chart-{dimension}-title")).expect("the chart");
    let start = page[..start].rfind("<svg").unwrap();
    let end = start + page[start..].find("</svg>").unwrap();
    &page[start..end]
}

backend_tests!(
    charts_show_each_shown_month_and_a_gap_for_a_suppressed_one,
    team_names_are_escaped_and_unknown_teams_are_404,
    a_team_without_closed_pulses_says_so
);

async fn charts_show_each_shown_month_and_a_gap_for_a_suppressed_one(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "charts", 6));
    closed_round(&app, &team, "2025-01", 5).await;
    closed_round(&app, &team, "2025-02", 3).await; // below min_group 5: suppressed
    closed_round(&app, &team, "2025-03", 5).await;
    closed_round(&app, &team, "2025-04", 5).await;

    let response = app.get("/teams/charts").await;
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(!page.contains("<script"), "no JavaScript");
    for dimension in ["trust", "clarity", "workload"] {
        let svg = chart(&page, dimension);
        assert!(svg.contains("role=\"img\"") && svg.contains("<title id="), "{svg}");
        assert_eq!(svg.matches("class=\"point\"").count(), 3, "one point per shown month: {svg}");
        assert_eq!(svg.matches("class=\"gap\"").count(), 1, "one gap: {svg}");
        assert!(svg.contains("February 2025: too few answers to show"), "{svg}");
        assert_eq!(svg.matches("class=\"line\"").count(), 1, "the line breaks at February: {svg}");
        assert!(svg.contains(">Jan<") && svg.contains(">Apr<"), "month labels: {svg}");
    }
    let trust = chart(&page, "trust");
    assert!(trust.contains("April 2025: mean 4.1"), "{trust}");
    assert!(page.contains("<caption>Trust by month</caption>"), "a text alternative");

    let february = page.split("<th scope=\"row\">February 2025</th>").nth(1).unwrap();
    let row = &february[..february.find("</tr>").unwrap()];
    assert!(row.contains("too few answers to show"), "{row}");
    assert!(!row.contains(">3<"), "no count of a suppressed month: {row}");
    assert!(page.contains("Standups run long."), "the latest month's comments");
    assert!(page.contains("Comments are shown only for a month in which enough people answered"));
    assert!(page.contains("Answers in April 2025") && page.contains("Strongly agree"), "distribution");
    assert!(!page.contains("class=\"arrow"), "no arrow without a significant change");
}

async fn team_names_are_escaped_and_unknown_teams_are_404(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "escaped", 5));
    app.with_conn(|c| {
        diesel::update(teams::table.find(team.id)).set(teams::name.eq("<b>Bold</b> & Co")).execute(c).unwrap()
    });
    closed_round(&app, &team, "2025-05", 5).await;
    let page = app.get("/teams/escaped").await.text().await.unwrap();
    assert!(!page.contains("<b>Bold</b>"), "{page}");
    assert!(page.contains("&lt;b&gt;Bold&lt;"), "{page}");

    let missing = app.get("/teams/no-such-team").await;
    assert_eq!(missing.status(), 404);
    assert!(missing.text().await.unwrap().contains("There is no team at this address."));
    let hostile = app.get("/teams/%3Cscript%3E").await;
    assert_eq!(hostile.status(), 404);
    assert!(!hostile.text().await.unwrap().contains("<script>"));
}

async fn a_team_without_closed_pulses_says_so(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "fresh", 5));
    answered_pulse(&app, &team, "2025-06", 5).await; // open: nothing may show yet
    let page = app.get("/teams/fresh").await.text().await.unwrap();
    assert!(page.contains("No closed pulse yet"), "{page}");
    assert!(!page.contains("class=\"point\""), "no live figures while the pulse is open");
    assert!(!page.contains("Standups run long."), "no live comments");
}
