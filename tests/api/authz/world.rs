//! The organisation the route × role table runs against, the placeholders of its paths and
//! forms, and a fingerprint of everything a refused request must leave as it was.

use std::sync::atomic::{AtomicUsize, Ordering};

use candor::db::schema::{
    actions, agreement_reviews, agreement_versions, agreements, api_tokens, audit_log, followups,
    invitations, memberships, outbox, people, pulses, teams,
};
use candor::domain::followups::{self as domain_followups, NewAction};
use candor::domain::period::Period;
use candor::domain::teams::{Team, find_team};
use candor::domain::{Email, Role, agreements as domain_agreements, people as domain_people};
use diesel::prelude::*;

use crate::helpers::*;

/// The teams: `org` with `alpha` and `beta` below it; alpha does not publish to members.
pub const TEAMS: [&str; 3] = ["org", "alpha", "beta"];

/// People of the organisation with a sign-in account: (email, team, role).
pub const PEOPLE: &[(&str, &str, &str)] = &[
    ("org-lead@authz.test", "org", "lead"),
    ("alpha-lead@authz.test", "alpha", "lead"),
    ("alpha-member@authz.test", "alpha", "member"),
    ("beta-member@authz.test", "beta", "member"),
];

/// A member of beta without an account: the person the people pages show and save.
pub const KEEPER: &str = "keeper@authz.test";

/// The note and the action of every follow-up the world writes (and the edit form sends back).
pub const NOTE: &str = "We heard that reviews wait.";
pub const ACTION: (&str, &str, &str) = ("Review within a day", "Ana", "2030-01-01");

/// Teams, people, two versions of an agreement `rules` per team, a closed pulse per team and
/// a follow-up with an open action per team.
pub async fn organisation(app: &TestApp) {
    let db = &app.db;
    for team in TEAMS {
        let name = title_case(team);
        let mut add = vec!["team", "add", team, "--name", name.as_str()];
        if team != "org" {
            add.extend(["--parent", "org"]);
        }
        assert!(db.candor(&add).status.success(), "team add {team}");
        let v1 = write_file(&db.dir, "v1.md", "# Rules\n\nBe kind.\n");
        let out = db.candor(&["agreement", "add", "--team", team, "--title", "Rules", "--file", &v1]);
        assert!(out.status.success(), "{:?}", texts(&out));
        let v2 = write_file(&db.dir, "v2.md", "# Rules\n\nBe kind, always.\n");
        let edit = ["agreement", "edit", "--team", team, "rules", "--file", &v2, "--note", "kinder"];
        assert!(db.candor(&edit).status.success(), "agreement edit {team}");
    }
    assert!(db.candor(&["team", "set", "alpha", "--publish-to-members", "false"]).status.success());
    let mut csv = String::from("email,name,team,role\n");
    for (email, team, role) in PEOPLE {
        csv.push_str(&format!("{email},{email},{team},{role}\n"));
    }
    csv.push_str(&format!("{KEEPER},Keeper,beta,member\n"));
    let file = write_file(&db.dir, "people.csv", &csv);
    assert!(db.candor(&["people", "import", &file]).status.success());
    for (email, ..) in PEOPLE {
        app.give_password(email);
    }
    for team in TEAMS {
        let team = app.with_conn(|c| find_team(c, team).unwrap());
        let pulse = open_pulse(app, &team, 7);
        app.close(pulse.id);
        new_followup(app, &team.slug);
    }
}

fn title_case(slug: &str) -> String {
    let mut chars = slug.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The month of the pulses the world closed (this month's).
fn period() -> Period {
    Period::of(chrono::Utc::now().date_naive())
}

fn team_of(app: &TestApp, slug: &str) -> Team {
    app.with_conn(|c| find_team(c, slug)).unwrap_or_else(|e| panic!("team {slug}: {e}"))
}

/// A new follow-up of `slug` with one open action: (follow-up id, action id).
fn new_followup(app: &TestApp, slug: &str) -> (i64, i64) {
    let team = team_of(app, slug);
    let action = NewAction::parse(&format!("{};{};{}", ACTION.0, ACTION.1, ACTION.2)).unwrap();
    let now = chrono::Utc::now().naive_utc();
    app.with_conn(|c| {
        let id = candor::db::write(c, |c| {
            domain_followups::add_followup(c, &team, period(), "authz", NOTE, &[action], now)
        })
        .unwrap();
        let action: i64 =
            actions::table.filter(actions::followup_id.eq(id)).select(actions::id).first(c).unwrap();
        (id, action)
    })
}

/// Resolves the placeholders of the table's paths and forms, at the moment of each request.
pub struct Placeholders<'a> {
    pub app: &'a TestApp,
    fresh: AtomicUsize,
}

impl<'a> Placeholders<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Placeholders { app, fresh: AtomicUsize::new(0) }
    }

    /// `text` with every `{…}` replaced; `{t…}` means team `team`.
    pub fn fill(&self, text: &str, team: Option<&str>) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let end = start + rest[start..].find('}').unwrap_or_else(|| panic!("no }} in {text}"));
            out.push_str(&rest[..start]);
            out.push_str(&self.value(&rest[start + 1..end], team));
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        out
    }

    /// One placeholder: `t` (the row's team), `TEAM.what`, `period`, `fresh`, `person`,
    /// `new-person`. Those starting with `new-` make a new thing for the request.
    fn value(&self, name: &str, team: Option<&str>) -> String {
        let (owner, what) = name.split_once('.').unwrap_or((name, ""));
        let owner = if owner == "t" {
            team.unwrap_or_else(|| panic!("{{{name}}} outside a team row"))
        } else {
            owner
        };
        let app = self.app;
        match (owner, what) {
            ("period", _) => period().to_string(),
            ("fresh", _) => format!("n{}", self.fresh.fetch_add(1, Ordering::Relaxed)),
            ("person", _) => person_id(app, KEEPER).to_string(),
            ("new-person", _) => self.new_person().to_string(),
            ("new-token", _) => self.new_token().to_string(),
            (slug, "") => slug.to_string(),
            (slug, "id") => team_of(app, slug).id.0.to_string(),
            (slug, "name") => team_of(app, slug).name,
            (slug, "version") => current_version(app, slug).to_string(),
            (slug, "followup") => first_followup(app, slug).0.to_string(),
            (slug, "action") => first_followup(app, slug).1.to_string(),
            (slug, "new-followup") => new_followup(app, slug).0.to_string(),
            (slug, "open-action") => new_followup(app, slug).1.to_string(),
            (slug, "done-action") => done_action(app, slug).to_string(),
            (slug, "pulse") => self.open_pulse_of(slug).to_string(),
            (slug, "new-pulse") => self.new_pulse(slug).to_string(),
            _ => panic!("no placeholder {{{name}}}"),
        }
    }

    /// The team's open pulse, opened (for a month of its own, far ahead) when it has none.
    fn open_pulse_of(&self, slug: &str) -> i64 {
        let team = team_of(self.app, slug);
        let open = self.app.with_conn(|c| candor::domain::pulse_board::open_pulse(c, team.id)).unwrap();
        open.map_or_else(|| self.new_pulse(slug), |p| p.id.0)
    }

    /// A new open pulse of the team, for a month no other request uses.
    fn new_pulse(&self, slug: &str) -> i64 {
        let n = self.fresh.fetch_add(1, Ordering::Relaxed) as u32;
        let period = Period::parse(&format!("{}-{:02}", 2031 + n / 12, n % 12 + 1)).unwrap();
        let team = team_of(self.app, slug);
        let tools = self.app.scheduler_tools();
        let closes = (chrono::Utc::now() + chrono::Duration::days(7)).naive_utc();
        self.app
            .with_conn(|c| {
                candor::db::write(c, |c| {
                    candor::domain::pulses::open_pulse(c, &tools.pulse_tools(), &team, period, closes)
                })
            })
            .unwrap()
            .0
            .id
            .0
    }

    /// A new API token of the admin, for the route that revokes one.
    fn new_token(&self) -> i64 {
        let email = Email::parse("admin@candor.test").unwrap();
        let now = chrono::Utc::now().naive_utc();
        let scope = candor::auth::api_tokens::READ_REPORTS;
        self.app
            .with_conn(|c| {
                candor::db::write(c, |c| candor::auth::api_tokens::create(c, &email, "t", scope, now))
            })
            .unwrap()
            .0
    }

    /// A new member of beta, for the routes that deactivate or remove someone.
    fn new_person(&self) -> i64 {
        let n = self.fresh.fetch_add(1, Ordering::Relaxed);
        let email = Email::parse(&format!("leaver{n}@authz.test")).unwrap();
        let beta = team_of(self.app, "beta").id;
        self.app
            .with_conn(|c| {
                candor::db::write(c, |c| domain_people::add_person(c, "Leaver", &email, beta, Role::Member))
            })
            .unwrap()
    }
}

pub fn person_id(app: &TestApp, email: &str) -> i64 {
    app.with_conn(|c| people::table.filter(people::email.eq(email)).select(people::id).first(c).unwrap())
}

fn current_version(app: &TestApp, slug: &str) -> i32 {
    let team = team_of(app, slug);
    app.with_conn(|c| {
        let rules = domain_agreements::find_agreement(c, &team, "rules")?;
        domain_agreements::current_version(c, &rules)
    })
    .unwrap()
    .number
}

/// The follow-up the world wrote first for `slug`, and its first action.
fn first_followup(app: &TestApp, slug: &str) -> (i64, i64) {
    let team = team_of(app, slug);
    app.with_conn(|c| {
        followups::table
            .inner_join(actions::table)
            .filter(followups::team_id.eq(team.id))
            .order((followups::id, actions::id))
            .select((followups::id, actions::id))
            .first(c)
            .unwrap()
    })
}

/// A new follow-up of `slug` whose action is done: the action's id.
fn done_action(app: &TestApp, slug: &str) -> i64 {
    let (_, action) = new_followup(app, slug);
    let today = chrono::Utc::now().date_naive();
    app.with_conn(|c| candor::db::write(c, |c| domain_followups::mark_done(c, action, today))).unwrap();
    action
}

/// What a team's settings page can change: slug, name, parent, thresholds, publishing, archived.
type TeamRow = (String, String, Option<i64>, i32, i32, bool, bool);

/// Everything the table's routes can change, in one comparable value: a refused request
/// leaves it as it was.
pub fn fingerprint(app: &TestApp) -> String {
    app.with_conn(|c| {
        let counts: Vec<i64> = vec![
            agreements::table.count().get_result(c).unwrap(),
            agreement_versions::table.count().get_result(c).unwrap(),
            agreement_reviews::table.count().get_result(c).unwrap(),
            invitations::table.count().get_result(c).unwrap(),
            outbox::table.filter(outbox::state.eq("queued")).count().get_result(c).unwrap(),
            outbox::table.filter(outbox::state.eq("cancelled")).count().get_result(c).unwrap(),
            audit_log::table.count().get_result(c).unwrap(),
            pulses::table.filter(pulses::state.eq("open")).count().get_result(c).unwrap(),
            pulses::table.count().get_result(c).unwrap(),
            teams::table.filter(teams::launched_at.is_not_null()).count().get_result(c).unwrap(),
            api_tokens::table.filter(api_tokens::revoked_at.is_null()).count().get_result(c).unwrap(),
        ];
        let teams: Vec<TeamRow> = teams::table
            .order(teams::id)
            .select((
                teams::slug,
                teams::name,
                teams::parent_id,
                teams::min_group,
                teams::comment_min,
                teams::publish_to_members,
                teams::archived_at.is_not_null(),
            ))
            .load(c)
            .unwrap();
        let people: Vec<(String, String, bool)> = people::table
            .order(people::id)
            .select((people::email, people::name, people::active))
            .load(c)
            .unwrap();
        let memberships: Vec<(i64, i64, String, bool)> = memberships::table
            .order((memberships::person_id, memberships::team_id))
            .select((memberships::person_id, memberships::team_id, memberships::role, memberships::home))
            .load(c)
            .unwrap();
        let followups: Vec<(i64, String)> =
            followups::table.order(followups::id).select((followups::id, followups::body)).load(c).unwrap();
        let actions: Vec<(i64, String, String, bool)> = actions::table
            .order(actions::id)
            .select((actions::id, actions::text, actions::owner, actions::done_on.is_not_null()))
            .load(c)
            .unwrap();
        format!("{counts:?}\n{teams:?}\n{people:?}\n{memberships:?}\n{followups:?}\n{actions:?}")
    })
}
