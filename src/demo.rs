//! Demo data, so a newcomer sees every feature at once: an organisation with Product,
//! Engineering and Design under Acme, and 12 months of answers given through the same code
//! paths as real ones (pulses opened, links answered, pulses closed). Design is below the
//! anonymity threshold; Engineering's workload balance really declines. Loading twice
//! changes nothing.

use std::fmt;

use chrono::{Duration, Utc};
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::{Distribution, Normal};

use crate::db::schema::{agreement_versions, outbox, pulses as pulses_table, users};
use crate::db::{self, DbConnection};
use crate::domain::agreements::{self, Edit, NewAgreement, Relates, ReviewEvery};
use crate::domain::cadence::{OPEN_DAYS, scheduled_open};
use crate::domain::followups::{self, NewAction};
use crate::domain::people::{self, PersonRow};
use crate::domain::period::Period;
use crate::domain::pulse_state::PulseState;
use crate::domain::pulses::PulseTools;
use crate::domain::responses::Submission;
use crate::domain::survey::{self, Question};
use crate::domain::teams::{self, NewTeam, Team};
use crate::domain::{Email, Role, Slug, pulses};
use crate::error::AppError;
use crate::submissions::{self, Outcome, Pending};

/// Demo teams: slug, name, parent, size. Design is deliberately below the default min_group.
const TEAMS: &[(&str, &str, Option<&str>, usize)] = &[
    ("acme", "Acme leadership", None, 4),
    ("product", "Product", Some("acme"), 8),
    ("engineering", "Engineering", Some("acme"), 14),
    ("design", "Design", Some("acme"), 4),
];

/// Months of history.
const MONTHS: i32 = 12;

/// The demo's admin account (password sign-in at /login).
pub const DEMO_ADMIN: &str = "admin@demo.candor.test";
/// Its password; a demo binds to 127.0.0.1 by default.
pub const DEMO_PASSWORD: &str = "candor-demo-admin";

/// What the demo loader did.
#[derive(Debug, Default)]
pub struct DemoSummary {
    teams_added: usize,
    people_added: usize,
    pulses: usize,
    responses: usize,
}

impl fmt::Display for DemoSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "demo data: {} teams and {} people added; {} closed pulses with {} responses; sign in as {DEMO_ADMIN} with the password {DEMO_PASSWORD}",
            self.teams_added, self.people_added, self.pulses, self.responses
        )
    }
}

/// Adds whatever part of the demo organisation is missing.
/// `tools` open the pulses (their invitations go nowhere: demo addresses get no email).
pub fn seed(
    conn: &mut DbConnection,
    min_group: i32,
    tools: &PulseTools<'_>,
) -> Result<DemoSummary, AppError> {
    db::write(conn, |c| {
        let mut summary = DemoSummary::default();
        let existing = teams::team_ids_by_slug(c)?;
        for (slug, name, parent, _) in TEAMS.iter().filter(|t| !existing.contains_key(t.0)) {
            let new = NewTeam {
                slug: Slug::parse(slug).map_err(|m| AppError::invalid("slug", m))?,
                name: (*name).to_string(),
                parent: parent.map(Slug::parse).transpose().map_err(|m| AppError::invalid("parent", m))?,
                min_group,
            };
            teams::add_team(c, &new)?;
            summary.teams_added += 1;
        }
        // The demo's pulses run from the start: its teams are launched (demo addresses get no
        // email).
        crate::domain::launch::launch_all(c, Utc::now())?;
        summary.people_added = people::import_people(c, &demo_people()?, "demo", || {})?.people_added;
        let acme = teams::find_team(c, "acme")?;
        let has_history: i64 =
            pulses_table::table.filter(pulses_table::team_id.eq(acme.id)).count().get_result(c)?;
        if has_history == 0 {
            add_history(c, tools, &mut summary)?;
            add_agreements(c)?;
            add_followups(c)?;
        }
        let admin = Email::parse(DEMO_ADMIN).map_err(|m| AppError::invalid("email", m))?;
        let has_admin: i64 = users::table.filter(users::email.eq(DEMO_ADMIN)).count().get_result(c)?;
        if has_admin == 0 {
            crate::auth::login::create_admin(c, &admin, Some(DEMO_PASSWORD), Utc::now().naive_utc())?;
        }
        Ok(summary)
    })
}

fn demo_people() -> Result<Vec<PersonRow>, AppError> {
    let mut rows = Vec::new();
    for (slug, name, _, size) in TEAMS {
        for i in 1..=*size {
            let email = Email::parse(&format!("{slug}{i}@demo.candor.test"))
                .map_err(|m| AppError::invalid("email", m))?;
            rows.push(PersonRow {
                line: rows.len() as u64 + 2,
                email,
                name: format!("{name} Person {i}"),
                team: Slug::parse(slug).map_err(|m| AppError::invalid("team", m))?,
                role: if i == 1 { Role::Lead } else { Role::Member },
                home: false,
                language: None,
            });
        }
    }
    Ok(rows)
}

fn add_history(
    conn: &mut DbConnection,
    tools: &PulseTools<'_>,
    summary: &mut DemoSummary,
) -> Result<(), AppError> {
    let mut rng = StdRng::seed_from_u64(2026);
    let survey_id = survey::survey_id(conn, "default")?;
    let questions = survey::load_questions(conn, survey_id)?;
    let this_month = Period::of(Utc::now().date_naive());
    let bar = crate::cli_progress::bar(MONTHS as u64, "answering 12 months of demo pulses");
    let mut teams = Vec::new();
    for (slug, ..) in TEAMS {
        teams.push(teams::find_team(conn, slug)?);
    }
    for months_ago in (1..=MONTHS).rev() {
        bar.inc(1);
        let period = (0..months_ago).fold(this_month, |p, _| p.previous());
        let month = DemoMonth { period, step: MONTHS - months_ago, questions: &questions };
        summary.responses += answer_month(conn, tools, &teams, &month, &mut rng)?;
        summary.pulses += teams.len();
    }
    bar.finish_and_clear();
    Ok(())
}

/// One month of demo history.
struct DemoMonth<'q> {
    period: Period,
    /// 0 for the oldest month.
    step: i32,
    questions: &'q [Question],
}

/// Opens the month's pulse of every team, answers most links through the normal submission
/// path, then dates the pulses back to their month and closes them together, as the scheduler
/// does (a month closed for one team is frozen for the teams above it). Demo addresses get no
/// email.
fn answer_month(
    conn: &mut DbConnection,
    tools: &PulseTools<'_>,
    teams: &[Team],
    month: &DemoMonth<'_>,
    rng: &mut StdRng,
) -> Result<usize, AppError> {
    let now = Utc::now().naive_utc();
    let mut answered = 0;
    let mut ids = Vec::new();
    for team in teams {
        let (pulse, links) =
            pulses::open_pulse_with_links(conn, tools, team, month.period, now + Duration::days(1))?;
        for link in &links {
            if !rng.random_bool(0.85) {
                continue;
            }
            let submission = demo_submission(&team.slug, month.step, month.questions, rng)?;
            let ballot = submissions::find_ballot(conn, &link.token, now)?;
            let pending = Pending::new(&ballot, submission, now);
            if submissions::store_all(conn, tools.master, &[pending])? == [Outcome::Stored] {
                answered += 1;
            }
        }
        ids.push(pulse.id);
    }
    let opens = scheduled_open(month.period, chrono_tz::UTC).naive_utc();
    diesel::update(pulses_table::table.filter(pulses_table::id.eq_any(&ids)))
        .set((
            pulses_table::opens_at.eq(opens),
            pulses_table::closes_at.eq(opens + Duration::days(OPEN_DAYS)),
            pulses_table::state.eq(PulseState::Closed.as_str()),
            pulses_table::summary_sent.eq(true),
        ))
        .execute(conn)?;
    pulses::settle_closed(conn, tools.master, &ids)?;
    for id in ids {
        diesel::delete(outbox::table.filter(outbox::idempotency_key.like(format!("invite:{id}:%"))))
            .execute(conn)?;
    }
    Ok(answered)
}

/// The level each dimension drifts around, per team, at month `step` (0 = oldest).
fn latent(team: &str, dimension: &str, step: i32) -> f64 {
    let t = f64::from(step);
    match (team, dimension) {
        ("engineering", "workload") => 3.9 - 0.11 * t,
        ("product", "clarity") => 3.2 + 0.04 * t,
        (_, "trust") => 3.8,
        (_, "clarity") => 3.5,
        _ => 3.5,
    }
}

const COMMENTS: &[&str] = &[
    "Too many meetings on Tuesdays; hard to get focused time.",
    "The new review SLA helps, reviews come back within a day now.",
    "Priorities changed twice this month without a clear reason.",
    "Good month. Pairing on the migration worked well.",
    "On-call load is uneven across the team.",
    "I'd like to know earlier who decides on scope changes.",
];

fn demo_submission(
    team: &str,
    step: i32,
    questions: &[Question],
    rng: &mut StdRng,
) -> Result<Submission, AppError> {
    let normal = |sd: f64| Normal::new(0.0, sd).map_err(|e| AppError::unexpected("demo noise", e));
    let noise = normal(0.8)?;
    let person: f64 = normal(0.4)?.sample(rng);
    let mut submission = Submission { answers: Vec::new(), comment: None };
    for q in questions {
        let value = match q.range() {
            Some(range) if q.dimension == "enps" => {
                let raw = 2.0 * latent(team, "trust", step) + 2.0 * person + 1.5 * noise.sample(rng) - 0.5;
                (raw.round() as i32).clamp(*range.start(), *range.end())
            }
            Some(range) => {
                let raw = latent(team, &q.dimension, step) + person + noise.sample(rng);
                (raw.round() as i32).clamp(*range.start(), *range.end())
            }
            None => {
                if rng.random_bool(0.25) {
                    submission.comment = Some(COMMENTS[rng.random_range(0..COMMENTS.len())].to_string());
                }
                continue;
            }
        };
        submission.answers.push((q.id, value));
    }
    Ok(submission)
}

/// A month `months_ago` months before this one, on its 10th.
fn months_ago(months_ago: i32) -> chrono::DateTime<Utc> {
    let period = (0..months_ago).fold(Period::of(Utc::now().date_naive()), |p, _| p.previous());
    let day = period.first_day() + Duration::days(9);
    day.and_hms_opt(10, 0, 0).unwrap_or_default().and_utc()
}

/// Engineering's review SLA (changed four months ago, when workload kept falling) and
/// Product's decision rights, dated back so their chart markers land inside the history.
fn add_agreements(conn: &mut DbConnection) -> Result<(), AppError> {
    let relates = |raw: &str| Relates::parse(raw).map_err(|m| AppError::invalid("relates", m));
    let every = ReviewEvery::parse(90).map_err(|m| AppError::invalid("review", m))?;
    let engineering = teams::find_team(conn, "engineering")?;
    let sla = NewAgreement {
        title: "Review SLA".into(),
        body: "# Review SLA\n\nEvery pull request gets a first review within **two working days**.\n\n- Keep pull requests under 400 changed lines.\n- The author merges after one approval.\n".into(),
        relates: relates("workload,clarity")?,
        review_every: Some(every),
        author: "Engineering Person 1".into(),
    };
    let (agreement, first) = agreements::add_agreement(conn, &engineering, &sla, months_ago(10))?;
    let edit = Edit {
        body: sla.body.replace("two working days", "one working day")
            + "- On-call engineers are not expected to review.\n",
        note: "Slow reviews and on-call load came up in two pulses".into(),
        author: "Engineering Person 1".into(),
    };
    let second = agreements::edit_agreement(conn, &engineering, &agreement, &edit, months_ago(4))?;
    for (version, when) in [(first.number, months_ago(10)), (second.number, months_ago(4))] {
        diesel::update(agreement_versions::table.filter(
            agreement_versions::agreement_id.eq(agreement.id).and(agreement_versions::number.eq(version)),
        ))
        .set(agreement_versions::created_at.eq(when.naive_utc()))
        .execute(conn)?;
    }
    let product = teams::find_team(conn, "product")?;
    let rights = NewAgreement {
        title: "Decision rights".into(),
        body: "# Who decides what\n\n| Decision | Decides | Consulted |\n|---|---|---|\n| Scope of a release | Product | Engineering |\n| Technical approach | Engineering | Product |\n| Release date | Product and Engineering together | Design |\n".into(),
        relates: relates("clarity,trust")?,
        review_every: Some(every),
        author: "Product Person 1".into(),
    };
    agreements::add_agreement(conn, &product, &rights, months_ago(8))?;
    Ok(())
}

/// Engineering's leads answered the last two pulses, with one action done and one overdue.
fn add_followups(conn: &mut DbConnection) -> Result<(), AppError> {
    let engineering = teams::find_team(conn, "engineering")?;
    let last = Period::of(Utc::now().date_naive()).previous();
    let action = |raw: &str| NewAction::parse(raw).map_err(|m| AppError::invalid("action", m));
    let earlier = followups::add_followup(
        conn,
        &engineering,
        last.previous(),
        "Engineering Person 1",
        "We heard that reviews and on-call eat the week. We changed the review SLA and will balance on-call.",
        &[action(&format!("Rebalance the on-call rota;Engineering Person 2;{}", last.first_day()))?],
        months_ago(1).naive_utc(),
    )?;
    let rota: i64 = crate::db::schema::actions::table
        .filter(crate::db::schema::actions::followup_id.eq(earlier))
        .select(crate::db::schema::actions::id)
        .first(conn)?;
    followups::mark_done(conn, rota, last.first_day() + Duration::days(3))?;
    followups::add_followup(
        conn,
        &engineering,
        last,
        "Engineering Person 1",
        "Workload balance is still falling. We are pausing one initiative until the next pulse.",
        &[
            action(&format!(
                "Pause the search rewrite;Engineering Person 1;{}",
                last.first_day() + Duration::days(14)
            ))?,
            action("Ask Product to cut one goal this quarter;Engineering Person 1")?,
        ],
        Utc::now().naive_utc(),
    )?;
    Ok(())
}
