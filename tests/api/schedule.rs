//! Reminders (halfway and last day, weekdays in working hours, at most once each, never to
//! someone who answered) and the monthly scheduler, driven at chosen times.

use candor::db::{self, schema::pulses, schema::teams};
use candor::domain::cadence::scheduled_open;
use candor::domain::reminders::queue_due_reminders;
use candor::domain::survey;
use candor::scheduler::open_due_pulses;
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

fn at(s: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap().and_utc()
}

fn remind(app: &TestApp, now: &str) -> usize {
    let composer = app.state.composer.clone();
    app.with_conn(|c| db::write(c, |c| queue_due_reminders(c, &composer, at(now)))).unwrap()
}

backend_tests!(
    reminders_halfway_and_last_day_on_weekdays_only,
    scheduler_opens_each_month_once,
    two_instances_scheduling_at_once_open_each_pulse_once,
    default_survey_is_there,
    nothing_is_sent_before_a_team_is_launched
);

/// Launches `team`'s cadence as `candor pulse schedule` does.
fn launch(app: &TestApp, team: &candor::domain::teams::Team) {
    let now = Utc::now();
    app.with_conn(|c| db::write(c, |c| candor::domain::launch::launch(c, team, now))).unwrap();
}

/// A new installation with people imported: two scheduler rounds inside the month's window
/// queue nothing; once the team is launched (and the launch said how many people and when),
/// the next round opens the pulse and invites them.
async fn nothing_is_sent_before_a_team_is_launched(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "fresh", 3));
    let tools = app.scheduler_tools();
    for minute in ["2027-02-01 09:05", "2027-02-01 09:06"] {
        let report = candor::scheduler::tick(&app.pool, &tools, at(minute)).await.unwrap();
        assert_eq!(report.opened, 0, "a round at {minute} opened a pulse before launch");
    }
    let queued: i64 = app.with_conn(|c| {
        use candor::db::schema::outbox;
        outbox::table.count().get_result(c).unwrap()
    });
    assert_eq!(queued, 0, "nothing queued before launch");

    let out = app.db.candor(&["pulse", "schedule", "--team", "fresh"]);
    let (said, err) = texts(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        said.contains("launched pulses for fresh: every month") && said.contains("invites 3 people"),
        "{said}"
    );
    let report = candor::scheduler::tick(&app.pool, &tools, at("2027-02-01 09:07")).await.unwrap();
    assert_eq!(report.opened, 1);
    assert_eq!(queued_tokens(&app, "invite:").len(), 3, "the three people are invited once launched");
    let again = app.db.candor(&["pulse", "schedule", "--team", "fresh"]);
    assert!(again.status.success(), "launching twice is harmless: {:?}", texts(&again));
    assert!(!app.db.candor(&["pulse", "schedule", "--team", "nope"]).status.success());
}

async fn reminders_halfway_and_last_day_on_weekdays_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "remind", 3));
    let pulse = open_pulse(&app, &team, 7);
    // Open Monday 2027-03-01 08:00 UTC, close Tuesday 2027-03-09 12:00: halfway is Friday
    // 10:00, the last day starts Monday 2027-03-08 12:00.
    app.with_conn(|c| {
        diesel::update(pulses::table.find(pulse.id))
            .set((
                pulses::opens_at.eq(at("2027-03-01 08:00").naive_utc()),
                pulses::closes_at.eq(at("2027-03-09 12:00").naive_utc()),
            ))
            .execute(c)
            .unwrap()
    });
    let (_, answered) = queued_tokens(&app, "invite:").remove(0);
    assert_eq!(post_survey(&app, &answered, VALID_ANSWERS).await.status(), 200);

    assert_eq!(remind(&app, "2027-03-04 10:00"), 0, "before halfway");
    assert_eq!(remind(&app, "2027-03-05 09:00"), 0, "still before halfway");
    assert_eq!(remind(&app, "2027-03-05 11:00"), 2, "halfway: the two who have not answered");
    assert_eq!(remind(&app, "2027-03-05 15:00"), 0, "at most one halfway reminder");
    assert_eq!(remind(&app, "2027-03-08 12:30".replace("03-08", "03-06").as_str()), 0, "never on a Saturday");
    assert_eq!(remind(&app, "2027-03-08 07:30"), 0, "not before working hours");
    assert_eq!(remind(&app, "2027-03-08 12:30"), 2, "last day");
    assert_eq!(remind(&app, "2027-03-08 16:00"), 0, "at most one last-day reminder");

    let reminders = queued_tokens(&app, "remind-");
    assert_eq!(reminders.len(), 4);
    let (_, fresh) = &reminders[0];
    assert_eq!(app.get(&format!("/p/{fresh}")).await.status(), 200, "a reminder carries a working link");
    assert_eq!(post_survey(&app, fresh, VALID_ANSWERS).await.status(), 200);
    let (_, old) = queued_tokens(&app, "invite:").into_iter().find(|(to, _)| to == &reminders[0].0).unwrap();
    assert_eq!(
        post_survey(&app, &old, VALID_ANSWERS).await.status(),
        409,
        "one answer per person, whatever the link"
    );
}

async fn scheduler_opens_each_month_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "monthly", 2));
    launch(&app, &team);
    let tools = app.scheduler_tools();
    let opens = scheduled_open(candor::domain::period::Period::parse("2027-02").unwrap(), chrono_tz::UTC);
    assert_eq!(opens, at("2027-02-01 09:00"), "Monday 1 February, 09:00");
    let run = |now: DateTime<Utc>| {
        app.with_conn(|c| db::write(c, |c| open_due_pulses(c, &tools.pulse_tools(), now))).unwrap()
    };
    assert!(run(at("2027-02-01 08:59")).is_empty(), "not before 09:00 on the first weekday");
    let opened = run(at("2027-02-01 09:05"));
    assert_eq!(opened.len(), 1);
    assert_eq!(opened[0].2, 2, "both members invited");
    assert!(run(at("2027-02-01 09:10")).is_empty(), "only once a month");
    assert_eq!(queued_tokens(&app, "invite:").len(), 2);
    // A team that opts out of the schedule gets nothing.
    app.with_conn(|c| {
        diesel::update(teams::table.find(team.id)).set(teams::cadence.eq("manual")).execute(c).unwrap()
    });
    assert!(run(at("2027-03-01 09:05")).is_empty());
}

async fn default_survey_is_there(backend: Backend) {
    let app = spawn_app(backend).await;
    let keys: Vec<String> = app.with_conn(|c| {
        let id = survey::survey_id(c, "default").unwrap();
        survey::load_questions(c, id).unwrap().into_iter().map(|q| q.key).collect()
    });
    assert_eq!(
        keys,
        [
            "trust_1",
            "trust_2",
            "clarity_1",
            "clarity_2",
            "workload_1",
            "workload_2",
            "enps",
            "comment",
            "helped"
        ]
    );
}

/// Two instances (two pools on one database), two scheduler steps each, all at the same moment:
/// every pulse opens once, no step fails, and the 1,000-person team gets 1,000 invitations.
async fn two_instances_scheduling_at_once_open_each_pulse_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let sizes = [("big", 1000), ("small", 7), ("tiny", 3)];
    for (slug, size) in sizes {
        let (team, _) = app.with_conn(|c| seed_team(c, slug, size));
        launch(&app, &team);
    }
    let now = at("2027-02-01 09:05");
    let instances = [app.state.pool.clone(), app.db.pool()];
    let steps = instances.iter().flat_map(|pool| {
        let tools = app.scheduler_tools();
        (0..2).map(move |_| {
            let (pool, tools) = (pool.clone(), tools.clone());
            tokio::spawn(async move { candor::scheduler::tick(&pool, &tools, now).await })
        })
    });
    let reports: Vec<_> = futures_util::future::join_all(steps.collect::<Vec<_>>()).await;
    let opened: usize = reports.into_iter().map(|r| r.unwrap().expect("no step fails").opened).sum();
    assert_eq!(opened, 3, "each team's pulse opened once across all steps");
    let pulses_per_team: Vec<i64> = app.with_conn(|c| {
        pulses::table.group_by(pulses::team_id).select(diesel::dsl::count_star()).load(c).unwrap()
    });
    assert_eq!(pulses_per_team, vec![1, 1, 1]);
    let invitations = app.with_conn(|c| {
        use candor::db::schema::outbox;
        outbox::table.filter(outbox::idempotency_key.like("invite:%")).count().get_result::<i64>(c).unwrap()
    });
    assert_eq!(invitations, 1010, "1,000 + 7 + 3 invitations, none twice");
}
