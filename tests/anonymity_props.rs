//! Property test of the anonymity promise (docs/anonymity.md, "The rules"): random organisations
//! are built in a real SQLite database and driven through the real domain functions — teams with
//! their own thresholds, people in several teams, pulses opened (some late, into months already
//! shown), answered through their links and closed, thresholds changed, homes moved, people
//! removed. After every close, every team's outputs (the report's view model, its JSON, CSV and
//! text, the SVG charts and the summary email) are checked against the ground truth the test
//! keeps of who answered what:
//!
//! 1. Thresholds: a shown month counts exactly the respondents of the team's subtree, at least
//!    the month's threshold; every figure has n at or above it; eNPS needs 10; a comment block
//!    holds exactly the subtree's comments of its month, from at least the comment threshold.
//! 2. Subtraction: a shown group minus its largest shown sub-groups, and a shown group minus a
//!    shown group inside it, leave 0 or at least the threshold promised to the respondents left
//!    (and for scores, dimensions and eNPS the first leaves 0 or at least the group's own
//!    threshold) — for scores, each dimension, eNPS and comments; within one snapshot and over
//!    all snapshots taken so far.
//! 3. One voice: opening a pulse invites exactly the people whose home it is and who have no
//!    invitation for the month anywhere; nobody ever holds two invitations for one month, nor
//!    answers twice in one.
//! 4. Frozen months: a late pulse into a month published at or above its team is refused, and a
//!    month once shown is shown identically ever after, comments included.
//! 5. Nothing before close: a report lists a month only when every pulse of it in the subtree
//!    closed; the outputs of a suppressed month carry no figure and no comment.
//!
//! The past bugs of docs/anonymity.md fail here: comments outside subtraction fail 2 for
//! comments (a parent's comment block minus a child's, e.g. 8 − 5 = 3 < 5); one person in five
//! teams counted five times fails 3 when the pulses open (the invitees are not the people at
//! home) and then the database check; a late pulse into a published month fails 4 when it opens,
//! and the month's JSON when it closes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet, HashMap};

use candor::db::schema::{invitations, memberships, people, pulses};
use candor::db::{self, DbConnection, PoolOptions};
use candor::domain::people::{PersonRow, import_people, remove_person};
use candor::domain::period::Period;
use candor::domain::pulses::{PulseTools, close_pulse, open_pulse_with_links};
use candor::domain::responses::parse_submission;
use candor::domain::sealed::{adopt_master_key, scrub_after_close};
use candor::domain::teams::{NewTeam, TeamSettings, add_team, find_team, update_team};
use candor::domain::{Email, Role, Slug};
use candor::error::AppError;
use candor::mail::Composer;
use candor::report::summary::SummaryView;
use candor::report::words::month_label;
use candor::report::{TeamReport, format, svg, team_report};
use candor::sealing::{KeySource, MasterKey};
use candor::submissions::{self, Pending, find_ballot, store_batch};
use chrono::{Duration, Utc};
use diesel::prelude::*;
use proptest::prelude::*;
use serde_json::Value;

/// The months a run may use, in order.
const PERIODS: [&str; 3] = ["2026-01", "2026-02", "2026-03"];
/// The scored items of the default survey, in the order a generated answer fills them.
const LIKERT: [&str; 6] = ["trust_1", "trust_2", "clarity_1", "clarity_2", "workload_1", "workload_2"];
/// The dimensions a report can show figures for (`helped` only where the pulse asked it).
const DIMS: [&str; 4] = ["trust", "clarity", "workload", "helped"];
/// Every comment starts with this, so any output can be searched for comments.
const MARK: &str = "remark-";
/// The composer's base URL (nothing is sent).
const BASE_URL: &str = "http://127.0.0.1:1";
/// eNPS is shown only from this many answers (docs/anonymity.md, "Thresholds").
const ENPS_MIN: i64 = 10;

// ---------------------------------------------------------------------------------------------
// The generated plan

/// One generated organisation and what happens to it.
#[derive(Debug, Clone)]
struct Plan {
    /// Per team: its parent (an earlier team) and its `min_group`.
    teams: Vec<(Option<usize>, i32)>,
    /// Per person: their rows in the people file (team, role, `home` column).
    people: Vec<Vec<(usize, Role, bool)>>,
    /// Per period, in order: the events while it is the current month.
    periods: Vec<Vec<Event>>,
}

/// One thing that happens. Pulses and people are picked by index modulo what exists then, so
/// every event stays meaningful while proptest shrinks the plan.
#[derive(Debug, Clone)]
enum Event {
    /// Opens a pulse for `team`: in the current month, or with `late`, in the month of one of
    /// the pulses closed so far (a late pulse).
    Open { team: usize, late: Option<usize> },
    /// Answers the waiting links of an open pulse whose bit (index mod 32) is set in `mask`,
    /// with answers drawn from `seed`.
    Answer { pulse: usize, mask: u32, seed: u64 },
    /// Closes an open pulse, then snapshots every output.
    Close { pulse: usize },
    /// Changes a team's threshold and whether its next pulses ask "helped".
    Settings { team: usize, min_group: i32, helped: bool },
    /// Moves a person's home by a people file (adding the membership if needed): `person` picks
    /// among the people invited this month, when there are any, and `team` among the teams with
    /// no pulse this month, when there are any — the move that one voice per month is about.
    MoveHome { person: usize, team: usize },
    /// Removes a person (their memberships and invitations; never their answers).
    Remove { person: usize },
}

/// A role in a team, members most often.
fn role() -> impl Strategy<Value = Role> {
    prop_oneof![4 => Just(Role::Member), 2 => Just(Role::Lead), 1 => Just(Role::Admin)]
}

/// One event of a month, for an organisation of `teams` teams and `people` people.
fn event(teams: usize, people: usize) -> impl Strategy<Value = Event> {
    prop_oneof![
        4 => (0..teams, prop::option::weighted(0.5, any::<usize>()))
            .prop_map(|(team, late)| Event::Open { team, late }),
        12 => (any::<usize>(), prop_oneof![3 => Just(u32::MAX), 1 => any::<u32>()], any::<u64>())
            .prop_map(|(pulse, mask, seed)| Event::Answer { pulse, mask, seed }),
        3 => any::<usize>().prop_map(|pulse| Event::Close { pulse }),
        2 => (0..teams, 3i32..=6, any::<bool>())
            .prop_map(|(team, min_group, helped)| Event::Settings { team, min_group, helped }),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(person, team)| Event::MoveHome { person, team }),
        1 => (0..people).prop_map(|person| Event::Remove { person }),
    ]
}

/// A random organisation (2–7 teams, each with a threshold of 3 to 6; 5–30 people in 1–3 teams
/// each, with random roles and sometimes an explicit home) and 2–3 months of events.
fn plan() -> impl Strategy<Value = Plan> {
    // More people than teams, mostly: groups above the thresholds are where subtraction matters.
    let people = prop_oneof![1 => 5usize..=14, 3 => 15usize..=30];
    (2usize..=7, people, 2usize..=3).prop_flat_map(|(n_teams, n_people, n_periods)| {
        let teams: Vec<_> = (0..n_teams)
            .map(|i| {
                let parent =
                    if i == 0 { Just(None).boxed() } else { prop::option::weighted(0.8, 0..i).boxed() };
                (parent, 3i32..=6)
            })
            .collect();
        let person = (prop::collection::vec((0..n_teams, role()), 1..=3), prop::option::of(0usize..3))
            .prop_map(|(rows, home)| {
                let mut seen = BTreeSet::new();
                let rows: Vec<(usize, Role)> = rows.into_iter().filter(|(t, _)| seen.insert(*t)).collect();
                let home = home.map(|h| h % rows.len());
                rows.into_iter().enumerate().map(|(i, (t, r))| (t, r, Some(i) == home)).collect::<Vec<_>>()
            });
        let people = prop::collection::vec(person, n_people);
        // A month starts with pulses opened for some teams, as the scheduler would, then anything
        // happens.
        let month = (
            prop::collection::vec(0..n_teams, 0..=n_teams),
            prop::collection::vec(event(n_teams, n_people), 6..=20),
        )
            .prop_map(|(opened, events)| {
                opened
                    .into_iter()
                    .map(|team| Event::Open { team, late: None })
                    .chain(events)
                    .collect::<Vec<_>>()
            });
        let periods = prop::collection::vec(month, n_periods);
        (teams, people, periods).prop_map(|(teams, people, periods)| Plan { teams, people, periods })
    })
}

// ---------------------------------------------------------------------------------------------
// Ground truth

/// A team as the test knows it.
#[derive(Debug)]
struct TeamState {
    id: candor::domain::TeamId,
    parent: Option<usize>,
    min_group: i32,
    comment_min: i32,
    helped: bool,
}

/// A person as the test knows them.
#[derive(Debug)]
struct PersonState {
    id: i64,
    teams: Vec<(usize, Role)>,
    home: usize,
    active: bool,
}

/// One answer, with who gave it (which the database must never tell).
#[derive(Debug, Clone)]
struct Answer {
    person: usize,
    helped: Option<i32>,
    enps: Option<i32>,
    comment: String,
}

/// A pulse as the test knows it.
#[derive(Debug)]
struct PulseState {
    id: candor::domain::PulseId,
    team: usize,
    period: usize,
    open: bool,
    min_group: i32,
    comment_min: i32,
    /// People invited: removed people leave it unless they had answered.
    invited: BTreeSet<usize>,
    /// How many were invited when it closed.
    invited_at_close: Option<i64>,
    /// Links not used yet, by person.
    waiting: BTreeMap<usize, String>,
    answers: Vec<Answer>,
}

/// What the subtree of a team holds for one month, from the ground truth.
#[derive(Debug)]
struct Truth {
    respondents: i64,
    /// The round's threshold: the largest locked `min_group` of its pulses.
    threshold: i64,
    /// The round's comment threshold.
    comment_min: i64,
    /// Respondents per dimension.
    dims: BTreeMap<&'static str, i64>,
    enps: i64,
    invited: i64,
    /// The comments, sorted.
    comments: Vec<String>,
}

/// The organisation as it is, kept by the test beside the database.
#[derive(Debug, Default)]
struct Model {
    teams: Vec<TeamState>,
    people: Vec<PersonState>,
    pulses: Vec<PulseState>,
}

impl Model {
    /// The team and every team below it.
    fn subtree(&self, team: usize) -> BTreeSet<usize> {
        let mut out = BTreeSet::from([team]);
        loop {
            let before = out.len();
            for (i, t) in self.teams.iter().enumerate() {
                if t.parent.is_some_and(|p| out.contains(&p)) {
                    out.insert(i);
                }
            }
            if out.len() == before {
                return out;
            }
        }
    }

    /// The team and the teams above it, nearest first.
    fn chain(&self, team: usize) -> Vec<usize> {
        let mut out = vec![team];
        while let Some(p) = self.teams[*out.last().unwrap()].parent {
            out.push(p);
        }
        out
    }

    /// The pulses of `period` in the subtree of `team`.
    fn round(&self, team: usize, period: usize) -> Vec<&PulseState> {
        let below = self.subtree(team);
        self.pulses.iter().filter(|p| p.period == period && below.contains(&p.team)).collect()
    }

    /// The months a report of `team` may list: some pulse of them closed in the subtree and
    /// none is open there ("Nothing before close").
    fn listed(&self, team: usize) -> BTreeSet<usize> {
        (0..PERIODS.len())
            .filter(|&m| {
                let round = self.round(team, m);
                round.iter().any(|p| !p.open) && round.iter().all(|p| !p.open)
            })
            .collect()
    }

    /// The nearest team at or above `team` whose `period` is published: a pulse of it closed
    /// with answers in that team's subtree, and none is open there ("Frozen months").
    fn published_by(&self, team: usize, period: usize) -> Option<usize> {
        self.chain(team).into_iter().find(|&t| {
            let round = self.round(t, period);
            round.iter().any(|p| !p.open && !p.answers.is_empty()) && round.iter().all(|p| !p.open)
        })
    }

    /// The ground truth of `team`'s subtree for `period`.
    fn truth(&self, team: usize, period: usize) -> Truth {
        let round = self.round(team, period);
        let answers: Vec<&Answer> = round.iter().flat_map(|p| &p.answers).collect();
        let n = answers.len() as i64;
        let helped = answers.iter().filter(|a| a.helped.is_some()).count() as i64;
        let mut comments: Vec<String> = answers.iter().map(|a| a.comment.clone()).collect();
        comments.sort();
        Truth {
            respondents: n,
            threshold: round.iter().map(|p| i64::from(p.min_group)).max().unwrap_or(0),
            comment_min: round.iter().map(|p| i64::from(p.comment_min)).max().unwrap_or(0),
            dims: BTreeMap::from([("trust", n), ("clarity", n), ("workload", n), ("helped", helped)]),
            enps: answers.iter().filter(|a| a.enps.is_some()).count() as i64,
            invited: round.iter().map(|p| p.invited_at_close.unwrap_or(0)).sum(),
            comments,
        }
    }

    /// The index of the person with database id `id`.
    fn person_by_id(&self, id: i64) -> usize {
        self.people.iter().position(|p| p.id == id).expect("a known person")
    }
}

// ---------------------------------------------------------------------------------------------
// What the outputs have shown

/// Shown groups of one kind (scores, a dimension, eNPS, comments) in one month: by team, the
/// count they were shown with and the threshold that applies to them.
type Shown = BTreeMap<usize, (i64, i64)>;

/// Everything shown by one snapshot, or by all snapshots so far, per (kind, month).
type Families = BTreeMap<(&'static str, usize), Shown>;

/// How often the runs met the cases that matter (read by the deterministic test).
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    /// Pulses refused because their month was published at or above their team.
    late_refused: usize,
    /// Months hidden although they had enough respondents: hidden by subtraction.
    hidden_by_subtraction: usize,
    /// Months whose scores are shown while their comments are not.
    comments_hidden_scores_shown: usize,
    /// Late pulses opened: into a month some of whose pulses had closed, not published above.
    late_opened: usize,
    /// People at home in a team who were not invited, being invited elsewhere that month.
    one_voice_kept: usize,
    /// Months shown, over all snapshots.
    shown: usize,
    /// Snapshots taken.
    snapshots: usize,
}

/// The state of one run: the database's companions, the ground truth and what was shown.
struct World {
    master: MasterKey,
    composer: Composer,
    model: Model,
    /// The first JSON of every (team, month) listed with answers (without `change`).
    frozen: HashMap<(usize, usize), Value>,
    /// The comments of every (team, month) whose comment block was shown.
    frozen_comments: HashMap<(usize, usize), Vec<String>>,
    /// Every group shown by any snapshot so far.
    ever: Families,
    stats: Stats,
    /// Comments written, to make each one unique.
    written: usize,
}

/// What a run ends with: its statistics and every team's last report.
struct Outcome {
    stats: Stats,
    reports: Vec<TeamReport>,
}

/// The slug of team `team`: `team-a`, `team-b`, … (no digits, so an email's digits are its
/// figures).
fn slug(team: usize) -> String {
    format!("team-{}", char::from(b'a' + team as u8))
}

/// The display name of team `team`: `Team A`, `Team B`, …
fn team_name(team: usize) -> String {
    format!("Team {}", char::from(b'A' + team as u8))
}

/// The address of person `person`.
fn email(person: usize) -> String {
    format!("p{person}@org.test")
}

/// 32 random bytes in base64, as `CANDOR_ANSWER_KEY` takes them.
fn random_key() -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(rand::random::<[u8; 32]>())
}

/// A small deterministic generator (splitmix64) for the answers of an answer event.
struct Mix(u64);

impl Mix {
    /// The next number below `n`.
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) % n
    }
}

/// The team a people file makes a person's home (docs/anonymity.md, "One person, one voice"):
/// the `home` row's, else the first member row's, else the first row's.
fn home_in_file(rows: &[(usize, Role, bool)]) -> usize {
    rows.iter()
        .find(|r| r.2)
        .or_else(|| rows.iter().find(|r| r.1 == Role::Member))
        .or(rows.first())
        .map(|r| r.0)
        .expect("every person has a row")
}

/// Builds the plan's organisation in a fresh SQLite database, plays its events, and checks
/// every output after every close (see the header).
fn run(plan: &Plan) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("a.db").display()).parse().unwrap();
    let pool =
        db::connect_and_migrate(&url, &PoolOptions { max_size: 1, min_idle: 0, ..PoolOptions::default() })
            .unwrap();
    let mut pooled = pool.get().unwrap();
    let conn: &mut DbConnection = &mut pooled;
    let source = KeySource { inline: Some(random_key()), file: dir.path().join("unused.key") };
    let mut world = World {
        master: adopt_master_key(conn, &source).unwrap(),
        composer: Composer::new(BASE_URL).unwrap(),
        model: Model::default(),
        frozen: HashMap::new(),
        frozen_comments: HashMap::new(),
        ever: Families::new(),
        stats: Stats::default(),
        written: 0,
    };
    world.build(conn, plan);
    for (period, events) in plan.periods.iter().enumerate() {
        for event in events {
            world.apply(conn, period, event);
        }
    }
    // Some pulses may still be open: nothing of their months may show yet.
    world.snapshot(conn);
    while let Some(i) = world.model.pulses.iter().position(|p| p.open) {
        world.close(conn, i);
    }
    let reports = (0..world.model.teams.len()).map(|t| team_report(conn, &slug(t)).unwrap()).collect();
    Outcome { stats: world.stats, reports }
}

impl World {
    /// Adds the teams and imports the people, checking each person's home.
    fn build(&mut self, conn: &mut DbConnection, plan: &Plan) {
        for (i, &(parent, min_group)) in plan.teams.iter().enumerate() {
            let new = NewTeam {
                slug: Slug::parse(&slug(i)).unwrap(),
                name: team_name(i),
                parent: parent.map(|p| Slug::parse(&slug(p)).unwrap()),
                min_group,
            };
            let team = db::write(conn, |c| add_team(c, &new)).unwrap();
            assert_eq!(team.comment_min, min_group.max(5), "add_team sets comment_min");
            self.model.teams.push(TeamState {
                id: team.id,
                parent,
                min_group,
                comment_min: team.comment_min,
                helped: false,
            });
        }
        let mut rows = Vec::new();
        for (i, person) in plan.people.iter().enumerate() {
            for &(team, role, home) in person {
                rows.push(PersonRow {
                    line: rows.len() as u64 + 2,
                    email: Email::parse(&email(i)).unwrap(),
                    name: format!("Person {i}"),
                    team: Slug::parse(&slug(team)).unwrap(),
                    role,
                    home,
                    language: None,
                });
            }
        }
        db::write(conn, |c| import_people(c, &rows, "people.csv", || {})).unwrap();
        let ids: HashMap<String, i64> =
            people::table.select((people::email, people::id)).load(conn).unwrap().into_iter().collect();
        for (i, person) in plan.people.iter().enumerate() {
            self.model.people.push(PersonState {
                id: ids[&email(i)],
                teams: person.iter().map(|&(t, r, _)| (t, r)).collect(),
                home: home_in_file(person),
                active: true,
            });
        }
        self.check_homes(conn);
    }

    /// The database's home teams are the test's.
    fn check_homes(&self, conn: &mut DbConnection) {
        let homes: HashMap<i64, candor::domain::TeamId> = memberships::table
            .filter(memberships::home.eq(true))
            .select((memberships::person_id, memberships::team_id))
            .load(conn)
            .unwrap()
            .into_iter()
            .collect();
        for p in self.model.people.iter().filter(|p| p.active) {
            assert_eq!(homes.get(&p.id), Some(&self.model.teams[p.home].id), "home of person {}", p.id);
        }
    }

    /// Plays one event while `current` is the month.
    fn apply(&mut self, conn: &mut DbConnection, current: usize, event: &Event) {
        let people = self.model.people.len();
        let open: Vec<usize> = (0..self.model.pulses.len()).filter(|&i| self.model.pulses[i].open).collect();
        match *event {
            Event::Open { team, late } => {
                let closed: BTreeSet<usize> =
                    self.model.pulses.iter().filter(|p| !p.open).map(|p| p.period).collect();
                let closed: Vec<usize> = closed.into_iter().collect();
                let period = match late {
                    Some(k) if !closed.is_empty() => closed[k % closed.len()],
                    _ => current,
                };
                self.open(conn, team, period);
            }
            Event::Answer { pulse, mask, seed } if !open.is_empty() => {
                self.answer(conn, open[pulse % open.len()], mask, seed);
            }
            Event::Close { pulse } if !open.is_empty() => self.close(conn, open[pulse % open.len()]),
            Event::Answer { .. } | Event::Close { .. } => {}
            Event::Settings { team, min_group, helped } => {
                let changes = TeamSettings {
                    min_group: Some(min_group),
                    ask_changes_helped: Some(helped),
                    ..TeamSettings::default()
                };
                let updated = db::write(conn, |c| update_team(c, &slug(team), &changes)).unwrap();
                let t = &mut self.model.teams[team];
                t.min_group = min_group;
                t.comment_min = t.comment_min.max(min_group);
                t.helped = helped;
                assert_eq!((updated.min_group, updated.comment_min), (t.min_group, t.comment_min));
            }
            Event::MoveHome { person, team } => {
                let month: Vec<&PulseState> =
                    self.model.pulses.iter().filter(|p| p.period == current).collect();
                let invited: BTreeSet<usize> = month.iter().flat_map(|p| p.invited.iter().copied()).collect();
                let invited: Vec<usize> = invited.into_iter().collect();
                let free: Vec<usize> =
                    (0..self.model.teams.len()).filter(|t| month.iter().all(|p| p.team != *t)).collect();
                let person =
                    if invited.is_empty() { person % people } else { invited[person % invited.len()] };
                let team =
                    if free.is_empty() { team % self.model.teams.len() } else { free[team % free.len()] };
                self.move_home(conn, person, team);
            }
            Event::Remove { person } => self.remove(conn, person),
        }
    }

    /// Opens (or is refused) a pulse of `team` for `period`, checking the refusal against the
    /// frozen-month rule and the invitations against one voice per person and month.
    fn open(&mut self, conn: &mut DbConnection, team: usize, period: usize) {
        let exists = self.model.pulses.iter().any(|p| p.team == team && p.period == period);
        let published = self.model.published_by(team, period);
        let row = find_team(conn, &slug(team)).unwrap();
        let tools = PulseTools { composer: &self.composer, master: &self.master };
        let closes_at = (Utc::now() + Duration::days(30)).naive_utc();
        let month = Period::parse(PERIODS[period]).unwrap();
        match db::write(conn, |c| open_pulse_with_links(c, &tools, &row, month, closes_at)) {
            Ok((pulse, links)) => {
                assert!(!exists, "a second pulse of {} for {}", slug(team), PERIODS[period]);
                assert_eq!(
                    published,
                    None,
                    "a late pulse of {} opened into {}, published at {:?}: that month would change \
                     after it was shown (Frozen months)",
                    slug(team),
                    PERIODS[period],
                    published.map(slug)
                );
                let t = &self.model.teams[team];
                let locked = (pulse.min_group, pulse.comment_min, pulse.asks_helped);
                let wanted = (t.min_group, t.comment_min.max(t.min_group), t.helped);
                assert_eq!(locked, wanted, "{} {}: settings locked at opening", slug(team), PERIODS[period]);
                let invited_in_month: BTreeSet<usize> = self
                    .model
                    .pulses
                    .iter()
                    .filter(|p| p.period == period)
                    .flat_map(|p| p.invited.iter().copied())
                    .collect();
                let at_home: BTreeSet<usize> = (0..self.model.people.len())
                    .filter(|&i| self.model.people[i].active && self.model.people[i].home == team)
                    .collect();
                let expected: BTreeSet<usize> = at_home.difference(&invited_in_month).copied().collect();
                self.stats.one_voice_kept += at_home.len() - expected.len();
                if self.model.pulses.iter().any(|p| p.period == period && !p.open) {
                    self.stats.late_opened += 1;
                }
                let waiting: BTreeMap<usize, String> =
                    links.into_iter().map(|l| (self.model.person_by_id(l.person_id), l.token)).collect();
                let got: BTreeSet<usize> = waiting.keys().copied().collect();
                assert_eq!(
                    got,
                    expected,
                    "{} {}: one voice — exactly the people at home here with no invitation this month",
                    slug(team),
                    PERIODS[period]
                );
                self.model.pulses.push(PulseState {
                    id: pulse.id,
                    team,
                    period,
                    open: true,
                    min_group: pulse.min_group,
                    comment_min: pulse.comment_min,
                    invited: got,
                    invited_at_close: None,
                    waiting,
                    answers: Vec::new(),
                });
            }
            Err(AppError::Conflict(message)) => {
                assert!(
                    exists || published.is_some(),
                    "{} {} refused although nothing is published: {message}",
                    slug(team),
                    PERIODS[period]
                );
                if !exists {
                    self.stats.late_refused += 1;
                }
            }
            Err(e) => panic!("opening {} {}: {e}", slug(team), PERIODS[period]),
        }
    }

    /// Answers the waiting links of pulse `i` picked by `mask`, through the ballot, the form
    /// parser and the one writer (`store_batch`); a second answer with a used link is refused.
    fn answer(&mut self, conn: &mut DbConnection, i: usize, mask: u32, seed: u64) {
        let waiting: Vec<(usize, String)> =
            self.model.pulses[i].waiting.iter().map(|(p, t)| (*p, t.clone())).collect();
        let mut rng = Mix(seed);
        for (j, (person, token)) in waiting.into_iter().enumerate() {
            if mask & (1 << (j % 32)) == 0 {
                continue;
            }
            let now = Utc::now().naive_utc();
            let period = self.model.pulses[i].period;
            let mut month = self.model.pulses.iter().filter(|p| p.period == period).flat_map(|p| &p.answers);
            assert!(month.all(|a| a.person != person), "person {person} answers {} twice", PERIODS[period]);
            let ballot = find_ballot(conn, &token, now).unwrap();
            assert_eq!(ballot.pulse.id, self.model.pulses[i].id, "the link opens its own pulse");
            self.written += 1;
            let comment = format!("{MARK}{}-by-{person}", self.written);
            let mut form: Vec<(String, String)> = Vec::new();
            let mut answer = Answer { person, helped: None, enps: None, comment: comment.clone() };
            for q in &ballot.questions {
                let value = match q.key.as_str() {
                    k if LIKERT.contains(&k) => Some(1 + rng.below(5) as i32),
                    "enps" => (rng.below(5) > 0).then(|| rng.below(11) as i32),
                    "helped" => (rng.below(4) > 0).then(|| 1 + rng.below(5) as i32),
                    "comment" => {
                        form.push((q.key.clone(), comment.clone()));
                        None
                    }
                    other => panic!("an unknown question {other}"),
                };
                match (q.key.as_str(), value) {
                    ("enps", v) => answer.enps = v,
                    ("helped", v) => answer.helped = v,
                    _ => {}
                }
                if let Some(v) = value {
                    form.push((q.key.clone(), v.to_string()));
                }
            }
            let submission = parse_submission(&ballot.questions, &form).unwrap();
            let pending = Pending::new(&ballot, submission, now);
            assert_eq!(
                store_batch(conn, &self.master, std::slice::from_ref(&pending)).unwrap(),
                [submissions::Outcome::Stored]
            );
            let again = find_ballot(conn, &token, now);
            assert!(matches!(again, Err(AppError::Conflict(_))), "a used link opens again: {again:?}");
            let twice = store_batch(conn, &self.master, &[pending]).unwrap();
            assert_eq!(twice, [submissions::Outcome::AnsweredAlready], "an invitation answers twice");
            let pulse = &mut self.model.pulses[i];
            pulse.waiting.remove(&person);
            pulse.answers.push(answer);
        }
    }

    /// Closes pulse `i` (then scrubs, as every way of closing does) and snapshots.
    fn close(&mut self, conn: &mut DbConnection, i: usize) {
        let id = self.model.pulses[i].id;
        let closed = db::write(conn, |c| close_pulse(c, &self.master, id)).unwrap();
        assert_eq!(closed.state, candor::domain::PulseState::Closed);
        scrub_after_close(conn).unwrap();
        let pulse = &mut self.model.pulses[i];
        pulse.open = false;
        pulse.invited_at_close = Some(pulse.invited.len() as i64);
        if let Some(token) = pulse.waiting.values().next() {
            let refused = find_ballot(conn, token, Utc::now().naive_utc());
            assert!(matches!(refused, Err(AppError::Gone(_))), "a closed pulse takes answers: {refused:?}");
        }
        pulse.waiting.clear();
        self.snapshot(conn);
    }

    /// Gives `person` the home `team` by importing their rows with `home` set there.
    fn move_home(&mut self, conn: &mut DbConnection, person: usize, team: usize) {
        let p = &mut self.model.people[person];
        if !p.active {
            return;
        }
        if !p.teams.iter().any(|(t, _)| *t == team) {
            p.teams.push((team, Role::Member));
        }
        let rows: Vec<PersonRow> = p
            .teams
            .iter()
            .enumerate()
            .map(|(k, &(t, role))| PersonRow {
                line: k as u64 + 2,
                email: Email::parse(&email(person)).unwrap(),
                name: format!("Person {person}"),
                team: Slug::parse(&slug(t)).unwrap(),
                role,
                home: t == team,
                language: None,
            })
            .collect();
        db::write(conn, |c| import_people(c, &rows, "move.csv", || {})).unwrap();
        p.home = team;
        self.check_homes(conn);
    }

    /// Removes `person`: their invitations go, their answers stay.
    fn remove(&mut self, conn: &mut DbConnection, person: usize) {
        if !self.model.people[person].active {
            return;
        }
        let address = Email::parse(&email(person)).unwrap();
        db::write(conn, |c| remove_person(c, &address)).unwrap();
        self.model.people[person].active = false;
        for pulse in self.model.pulses.iter_mut().filter(|p| p.open) {
            // Someone who answered stays counted as invited (their response stays); someone
            // who had not leaves with their invitation.
            if pulse.waiting.remove(&person).is_some() {
                pulse.invited.remove(&person);
            }
        }
    }

    /// Reads every team's outputs and checks them all (see the header).
    fn snapshot(&mut self, conn: &mut DbConnection) {
        self.stats.snapshots += 1;
        let mut now = Families::new();
        for team in 0..self.model.teams.len() {
            let report = team_report(conn, &slug(team)).unwrap();
            self.check_report(team, &report, &mut now);
            check_outputs(&report, &self.composer);
            self.check_frozen(team, &report);
        }
        for (&(kind, period), shown) in &now {
            let what = format!("{kind} {} in one snapshot", PERIODS[period]);
            check_subtraction(&self.model, kind, period, &what, shown);
            self.ever.entry((kind, period)).or_default().extend(shown);
        }
        for (&(kind, period), shown) in &self.ever {
            let what = format!("{kind} {} over all snapshots", PERIODS[period]);
            check_subtraction(&self.model, kind, period, &what, shown);
        }
        check_one_voice(conn);
    }

    /// Rule 1 and rule 5 for one report: which months it lists, and every shown figure and
    /// comment against the ground truth. Adds the shown groups to `now`.
    fn check_report(&mut self, team: usize, report: &TeamReport, now: &mut Families) {
        let listed: BTreeSet<String> =
            self.model.listed(team).iter().map(|&m| PERIODS[m].to_string()).collect();
        let reported: BTreeSet<String> = report.periods.iter().map(|p| p.period.clone()).collect();
        assert_eq!(
            reported,
            listed,
            "{}: a month is reported exactly when all its pulses closed",
            slug(team)
        );
        for p in &report.periods {
            let m = PERIODS.iter().position(|x| *x == p.period).unwrap();
            let truth = self.model.truth(team, m);
            let here = format!("{} {}", slug(team), p.period);
            assert_eq!(p.min_group, truth.threshold, "{here}: the threshold locked by its pulses");
            assert_eq!(p.invited, Some(truth.invited), "{here}: invited as kept at close");
            if p.suppressed {
                assert!(p.responded.is_none() && p.dimensions.is_empty() && p.enps.is_none(), "{here}");
                if truth.respondents >= truth.threshold {
                    self.stats.hidden_by_subtraction += 1;
                }
                continue;
            }
            self.stats.shown += 1;
            assert_eq!(p.responded, Some(truth.respondents), "{here}: every respondent, once");
            assert!(truth.respondents >= truth.threshold, "{here}: shown with {truth:?}");
            now.entry(("scores", m)).or_default().insert(team, (truth.respondents, truth.threshold));
            for (dim, f) in &p.dimensions {
                let dim = DIMS.iter().find(|d| **d == dim.as_str()).expect("a known dimension");
                assert_eq!(f.n, truth.dims[dim], "{here} {dim}: n is its respondents");
                assert!(f.n >= truth.threshold, "{here} {dim}: n = {} below {}", f.n, truth.threshold);
                now.entry((dim, m)).or_default().insert(team, (f.n, truth.threshold));
            }
            if p.enps.is_some() {
                assert!(
                    truth.enps >= ENPS_MIN && truth.enps >= truth.threshold,
                    "{here}: eNPS from {truth:?}"
                );
                now.entry(("eNPS", m)).or_default().insert(team, (truth.enps, truth.threshold.max(ENPS_MIN)));
            }
            let comments_shown = report.comments.as_ref().is_some_and(|c| c.period == p.period);
            if !comments_shown && report.comments.as_ref().is_none_or(|c| c.period < p.period) {
                self.stats.comments_hidden_scores_shown += 1;
            }
        }
        if let Some(block) = &report.comments {
            let here = format!("{} comments of {}", slug(team), block.period);
            let period = report.periods.iter().find(|p| p.period == block.period);
            assert!(period.is_some_and(|p| !p.suppressed), "{here}: comments of a month not shown");
            let m = PERIODS.iter().position(|x| *x == block.period).unwrap();
            let truth = self.model.truth(team, m);
            let mut comments = block.comments.clone();
            comments.sort();
            assert_eq!(comments, truth.comments, "{here}: exactly the subtree's comments");
            assert!(truth.respondents >= truth.comment_min, "{here}: from {truth:?}");
            now.entry(("comments", m)).or_default().insert(team, (comments.len() as i64, truth.comment_min));
            let first = self.frozen_comments.entry((team, m)).or_insert_with(|| comments.clone());
            assert_eq!(*first, comments, "{here}: changed after they were shown");
        }
    }

    /// Rule "Frozen months": a month listed with answers is listed identically ever after.
    fn check_frozen(&mut self, team: usize, report: &TeamReport) {
        let json = serde_json::to_value(report).unwrap();
        let listed: Vec<&Value> = json["periods"].as_array().unwrap().iter().collect();
        for (p, value) in report.periods.iter().zip(&listed) {
            let m = PERIODS.iter().position(|x| *x == p.period).unwrap();
            if self.model.truth(team, m).respondents > 0 {
                let view = without_changes(value);
                let first = self.frozen.entry((team, m)).or_insert_with(|| view.clone());
                assert_eq!(*first, view, "{} {} changed after it was shown", slug(team), p.period);
            }
            for (dim, f) in p.dimensions.iter().filter_map(|(d, f)| f.change.as_ref().map(|c| (d, c))) {
                let previous = Period::parse(&p.period).unwrap().previous().to_string();
                let before = report.periods.iter().find(|q| q.period == f.since);
                assert!(
                    f.since == previous && before.is_some_and(|q| q.dimensions.contains_key(dim)),
                    "{} {} {dim}: a change against a month not shown ({})",
                    slug(team),
                    p.period,
                    f.since
                );
            }
        }
        for ((t, m), _) in self.frozen.iter().filter(|((t, _), _)| *t == team) {
            assert!(
                report.periods.iter().any(|p| p.period == PERIODS[*m]),
                "{} {} was shown and is gone",
                slug(*t),
                PERIODS[*m]
            );
        }
    }
}

/// A period's JSON as it must stay once shown: without the changes against the previous month,
/// which appear when the previous month is shown later (its last pulse closed after this
/// month's), are computed from two shown months only (checked in `check_frozen`) and add no
/// answer to this month; and with every fraction to 9 decimals, since closing stores the answers
/// in random order and a sum in another order may differ in its last bit.
fn without_changes(period: &Value) -> Value {
    let mut view = period.clone();
    if let Some(dims) = view["dimensions"].as_object_mut() {
        for figures in dims.values_mut() {
            if let Some(figures) = figures.as_object_mut() {
                figures.remove("change");
            }
        }
    }
    rounded(&view)
}

/// `value` with every non-integer number rounded to 9 decimals.
fn rounded(value: &Value) -> Value {
    match value {
        Value::Number(n) if n.is_f64() => serde_json::json!((n.as_f64().unwrap() * 1e9).round() / 1e9),
        Value::Array(items) => Value::Array(items.iter().map(rounded).collect()),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), rounded(v))).collect()),
        other => other.clone(),
    }
}

/// The strictest threshold promised to anyone counted for `kind` in `period` by the pulses of
/// `teams`: the largest threshold of those pulses with at least one such respondent (0 when
/// none has any). A set of respondents learned by subtraction must be at least this large.
fn promise(model: &Model, kind: &str, period: usize, teams: &BTreeSet<usize>) -> i64 {
    let counted = |p: &PulseState| match kind {
        "helped" => p.answers.iter().any(|a| a.helped.is_some()),
        "eNPS" => p.answers.iter().any(|a| a.enps.is_some()),
        _ => !p.answers.is_empty(),
    };
    let threshold = |p: &PulseState| match kind {
        "comments" => i64::from(p.comment_min),
        "eNPS" => i64::from(p.min_group).max(ENPS_MIN),
        _ => i64::from(p.min_group),
    };
    model
        .pulses
        .iter()
        .filter(|p| p.period == period && teams.contains(&p.team) && counted(p))
        .map(threshold)
        .max()
        .unwrap_or(0)
}

/// Rule 2 for the groups of one kind shown in one month (`shown`: team to count and threshold).
///
/// For each shown group B, the residual — B minus its largest shown sub-groups — and for each
/// shown A inside B, the difference B minus A, are each 0 or at least the strictest threshold
/// promised to the respondents they consist of ([`promise`]). Each is a union of the residuals
/// the anonymity rule checked, each at least its own group's threshold, so a correct report
/// never fails this, with any mix of thresholds; with one threshold everywhere it is "at least
/// the threshold" of tests/report_props.rs. B's own threshold (the largest in its subtree) would
/// be wrong for differences: B = A(n 5, threshold 5) + C(n 3, threshold 3) shows B − A = 3, which
/// is C, shown anyway with its own threshold.
///
/// For scores, dimensions and eNPS the groups on display are exactly the groups that may be
/// shown, so the residual is also held to the rule itself: 0 or at least B's threshold
/// (`visible_groups`). Not for comments: a report shows the comments of its latest month that
/// may show them, so fewer comment blocks of a month are on display than may be. With a over c
/// (5 answers, comment threshold 5) and d (6 answers, comment threshold 6), a's 11 comments and
/// d's 6 may be on display while c's block shows a later month: a − d is c's 5 comments, which c's
/// threshold allows, though a's threshold is 6.
fn check_subtraction(model: &Model, kind: &str, period: usize, what: &str, shown: &Shown) {
    let outside = |b: usize, inner: &[usize]| -> BTreeSet<usize> {
        let mut teams = model.subtree(b);
        for a in inner {
            for t in model.subtree(*a) {
                teams.remove(&t);
            }
        }
        teams
    };
    for (&b, &(n_b, k_b)) in shown {
        let tree_b = model.subtree(b);
        let below: Vec<usize> = shown.keys().copied().filter(|a| *a != b && tree_b.contains(a)).collect();
        let maximal: Vec<usize> = below
            .iter()
            .copied()
            .filter(|a| !below.iter().any(|c| c != a && model.subtree(*c).contains(a)))
            .collect();
        let residual = n_b - maximal.iter().map(|a| shown[a].0).sum::<i64>();
        let floor = promise(model, kind, period, &outside(b, &maximal));
        let floor = if kind == "comments" { floor } else { floor.max(k_b) };
        assert!(
            residual == 0 || residual >= floor,
            "{what}: {} ({n_b}) minus {:?} leaves {residual} < {floor}",
            slug(b),
            maximal.iter().map(|a| (slug(*a), shown[a].0)).collect::<Vec<_>>()
        );
        for &a in &below {
            let d = n_b - shown[&a].0;
            let floor = promise(model, kind, period, &outside(b, &[a]));
            assert!(d == 0 || d >= floor, "{what}: {} minus {} leaves {d} < {floor}", slug(b), slug(a));
        }
    }
}

/// Rule 3: no person holds two invitations for one month (read from the database).
fn check_one_voice(conn: &mut DbConnection) {
    let rows: Vec<(i64, String, Option<String>)> = invitations::table
        .inner_join(pulses::table)
        .select((invitations::person_id, pulses::period, invitations::period))
        .load(conn)
        .unwrap();
    let mut per_month: HashMap<(i64, String), usize> = HashMap::new();
    for (person, period, kept) in rows {
        assert_eq!(kept.as_deref(), Some(period.as_str()), "an invitation keeps its pulse's month");
        *per_month.entry((person, period)).or_default() += 1;
    }
    for ((person, period), count) in per_month {
        assert_eq!(count, 1, "person {person} holds {count} invitations for {period}");
    }
}

/// Rule 5 across the outputs of one report: a suppressed month's JSON, CSV, text, charts and
/// summary email carry nothing computed from its answers, and no comment appears anywhere but in
/// the comment block.
fn check_outputs(report: &TeamReport, composer: &Composer) {
    let json = serde_json::to_value(report).unwrap();
    for p in json["periods"].as_array().unwrap().iter().filter(|p| p["suppressed"] == true) {
        for key in ["responded", "enps", "enps_se"] {
            assert!(p.get(key).is_none(), "JSON {key} of a suppressed month: {p}");
        }
        assert_eq!(p["dimensions"], serde_json::json!({}), "{p}");
    }
    let mut rest = json.clone();
    rest.as_object_mut().unwrap().remove("comments");
    assert!(!rest.to_string().contains(MARK), "a comment outside the comment block: {rest}");

    let csv = format::to_csv(report).unwrap();
    let text = format::to_text(report);
    assert!(!csv.contains(MARK) && !text.contains(MARK), "a comment in the CSV or text");
    let mut suppressed = 0;
    for p in report.periods.iter().filter(|p| p.suppressed) {
        suppressed += 1;
        let invited = p.invited.map(|i| i.to_string()).unwrap_or_default();
        // A suppressed month is one CSV row: team, month, invited, nothing, true, nothing.
        let row = format!("{},{},{invited},,true{}", report.team, p.period, ",".repeat(13));
        let rows: Vec<&str> =
            csv.lines().filter(|l| l.starts_with(&format!("{},{},", report.team, p.period))).collect();
        assert_eq!(rows, [row.as_str()], "CSV of a suppressed month:\n{csv}");
        let line =
            format!("{:<15} {:>8} {:>10}  (too few answers to show)", month_label(&p.period), invited, "-");
        assert!(text.lines().any(|l| l == line), "text of a suppressed month:\n{text}");
    }
    assert_eq!(text.matches("too few answers to show").count(), suppressed, "{text}");

    for dim in DIMS {
        check_chart(report, dim);
    }
    for p in &report.periods {
        check_email(report, &p.period, composer);
    }
}

/// The chart of `dim` draws a point for exactly the months that show `dim`, and its description
/// (also every point's and gap's tooltip) gives each month's mean and n only for those; every
/// other month reads "too few answers to show". The SVG is a pure function of the report's
/// periods, so this is exact: a suppressed month's figure would have to be a point or a number
/// in the description.
fn check_chart(report: &TeamReport, dim: &str) {
    let chart = svg::dimension_chart(&report.periods, dim, candor::i18n::Lang::En);
    assert!(!chart.contains(MARK), "a comment in a chart");
    if report.periods.is_empty() {
        return;
    }
    let desc = chart.split("-desc\">").nth(1).and_then(|d| d.split("</desc>").next()).expect("a description");
    let described: HashMap<&str, &str> = desc.split("; ").filter_map(|item| item.split_once(": ")).collect();
    let mut points = 0;
    for p in &report.periods {
        let said = described.get(month_label(&p.period).as_str()).copied().unwrap_or_default();
        match p.dimensions.get(dim).filter(|_| !p.suppressed) {
            Some(f) => {
                points += 1;
                let ok = said.starts_with(&format!("mean {:.1}", f.mean))
                    && said.ends_with(&format!("n = {}", f.n));
                assert!(ok, "{} {} chart of {dim}: {said}", report.team, p.period);
            }
            None => {
                assert_eq!(said, "too few answers to show", "{} {} chart of {dim}", report.team, p.period)
            }
        }
    }
    assert_eq!(chart.matches("class=\"point\"").count(), points, "{} chart of {dim}: {chart}", report.team);
}

/// The summary email of `period`, rendered as `summaries` renders it (its `compose` is
/// private; `SummaryView::new` and the same template through `Composer::compose` are public).
/// Exact checks: no comment anywhere in it; a suppressed month's email has no digit left once
/// its month, the threshold it states and the team page address are taken out, so it holds no
/// count and no figure; a shown month's email states its own respondents and every "n = " is
/// one of its shown dimensions'.
fn check_email(report: &TeamReport, period: &str, composer: &Composer) {
    let p = report.periods.iter().find(|p| p.period == period).unwrap();
    let view = SummaryView::new(report, period, composer.base_url(), candor::i18n::Lang::En);
    let mut ctx = tera::Context::from_serialize(&view).unwrap();
    ctx.insert("name", "Lee");
    ctx.insert("is_lead", &true);
    let mail = composer.compose("summary", &ctx).unwrap();
    let all = format!("{}\n{}\n{}", mail.subject, mail.text, mail.html);
    assert!(!all.contains(MARK), "a comment in the summary email: {all}");
    let here = format!("{} {period} email", report.team);
    if p.suppressed {
        assert!(view.suppressed && view.participation.is_none() && view.enps.is_none(), "{here}");
        assert!(view.dimensions.is_empty(), "{here}");
        let rest = format!("{}\n{}", mail.subject, mail.text)
            .replace(BASE_URL, "")
            .replace(&month_label(period), "")
            .replace(&format!("at least {} ", p.min_group), "");
        assert!(!rest.chars().any(|c| c.is_ascii_digit()), "{here} holds a number:\n{}", mail.text);
    } else {
        let answered = format!("{} of {} invited people answered.", p.responded.unwrap(), p.invited.unwrap());
        assert!(mail.text.contains(&answered), "{here}:\n{}", mail.text);
        let ns: BTreeSet<i64> = p.dimensions.values().map(|f| f.n).collect();
        for said in mail.text.split("n = ").skip(1) {
            let digits: String = said.chars().take_while(char::is_ascii_digit).collect();
            assert!(
                ns.contains(&digits.parse().unwrap()),
                "{here}: n = {digits} is not shown:\n{}",
                mail.text
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_output_reveals_fewer_than_the_threshold(plan in plan()) {
        run(&plan);
    }
}

/// The cases that matter occur: a known organisation meets each of them, and so do the plans the
/// generator draws from a fixed seed.
#[test]
fn the_interesting_cases_are_exercised() {
    use Event::*;
    use proptest::strategy::ValueTree;
    // Team a over b, c, d and e, all with threshold 3 (comments 5). Four people answer for b;
    // person 4 leads b but answers for c, as person 5 does until moved to d.
    let member = |t| vec![(t, Role::Member, false)];
    let mut people: Vec<Vec<(usize, Role, bool)>> = (0..4).map(|_| member(1)).collect();
    people.push(vec![(1, Role::Lead, false), (2, Role::Member, true)]);
    people.push(member(2));
    let known = Plan {
        teams: vec![(None, 3), (Some(0), 3), (Some(0), 3), (Some(0), 3), (Some(0), 3)],
        people,
        periods: vec![vec![
            Open { team: 1, late: None },
            Open { team: 2, late: None },
            Answer { pulse: 0, mask: u32::MAX, seed: 1 },
            Answer { pulse: 1, mask: 0b1, seed: 2 },
            Close { pulse: 0 },
            // b is shown, but a is not (c is open): d may still join, without person 5, who
            // holds c's invitation for the month. Person 5 is the sixth person invited this
            // month, d the second team without a pulse.
            MoveHome { person: 5, team: 1 },
            Open { team: 3, late: None },
            Close { pulse: 0 },
            Close { pulse: 0 },
            // Now a's month is published: neither e nor a may join it.
            Open { team: 4, late: None },
            Open { team: 0, late: None },
        ]],
    };
    let outcome = run(&known);
    let [a, b, c, d, _] = &outcome.reports[..] else { panic!("five reports") };
    assert!(a.periods[0].suppressed, "a: 5 = 4 + 1 would reveal c's one answer");
    assert!(c.periods[0].suppressed, "c: one answer");
    assert_eq!(d.periods[0].invited, Some(0), "d: person 5 was invited by c already");
    assert_eq!(b.periods[0].responded, Some(4), "b: shown with 4 of threshold 3");
    assert!(b.comments.is_none(), "b: 4 comments are below the comment threshold 5");
    let stats = outcome.stats;
    assert_eq!((stats.late_refused, stats.late_opened, stats.one_voice_kept), (2, 1, 1), "{stats:?}");
    assert!(stats.hidden_by_subtraction > 0 && stats.comments_hidden_scores_shown > 0, "{stats:?}");

    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut total = Stats::default();
    for _ in 0..16 {
        let stats = run(&plan().new_tree(&mut runner).unwrap().current()).stats;
        total.late_refused += stats.late_refused;
        total.late_opened += stats.late_opened;
        total.one_voice_kept += stats.one_voice_kept;
        total.hidden_by_subtraction += stats.hidden_by_subtraction;
        total.comments_hidden_scores_shown += stats.comments_hidden_scores_shown;
        total.shown += stats.shown;
        total.snapshots += stats.snapshots;
    }
    let Stats { late_refused, late_opened, one_voice_kept, hidden_by_subtraction, .. } = total;
    assert!(late_refused > 0 && late_opened > 0 && one_voice_kept > 0, "{total:?}");
    assert!(
        hidden_by_subtraction > 0 && total.comments_hidden_scores_shown > 0 && total.shown > 0,
        "{total:?}"
    );
}
