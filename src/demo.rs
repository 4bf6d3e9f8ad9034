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

use crate::db::schema::{outbox, pulses as pulses_table};
use crate::db::{self, DbConnection};
use crate::domain::people::{self, PersonRow};
use crate::domain::period::Period;
use crate::domain::responses::{self, Submission};
use crate::domain::survey::{self, Question};
use crate::domain::teams::{self, NewTeam, Team};
use crate::domain::{Email, Role, Slug, pulses};
use crate::error::AppError;
use crate::mail::Composer;
use crate::scheduler::{OPEN_DAYS, scheduled_open};

/// Demo teams: slug, name, parent, size. Design is deliberately below the default min_group.
const TEAMS: &[(&str, &str, Option<&str>, usize)] = &[
    ("acme", "Acme leadership", None, 4),
    ("product", "Product", Some("acme"), 8),
    ("engineering", "Engineering", Some("acme"), 14),
    ("design", "Design", Some("acme"), 4),
];

/// Months of history.
const MONTHS: i32 = 12;

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
            "demo data: {} teams and {} people added; {} closed pulses with {} responses",
            self.teams_added, self.people_added, self.pulses, self.responses
        )
    }
}

/// Adds whatever part of the demo organisation is missing.
pub fn seed(conn: &mut DbConnection, min_group: i32, composer: &Composer) -> Result<DemoSummary, AppError> {
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
        summary.people_added = people::import_people(c, &demo_people()?, "demo", || {})?.people_added;
        let acme = teams::find_team(c, "acme")?;
        let has_history: i64 =
            pulses_table::table.filter(pulses_table::team_id.eq(acme.id)).count().get_result(c)?;
        if has_history == 0 {
            add_history(c, composer, &mut summary)?;
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
            });
        }
    }
    Ok(rows)
}

fn add_history(
    conn: &mut DbConnection,
    composer: &Composer,
    summary: &mut DemoSummary,
) -> Result<(), AppError> {
    let mut rng = StdRng::seed_from_u64(2026);
    let survey_id = survey::survey_id(conn, "default")?;
    let questions = survey::load_questions(conn, survey_id)?;
    let this_month = Period::of(Utc::now().date_naive());
    for months_ago in (1..=MONTHS).rev() {
        let period = (0..months_ago).fold(this_month, |p, _| p.previous());
        let step = MONTHS - months_ago;
        for (slug, ..) in TEAMS {
            let team = teams::find_team(conn, slug)?;
            summary.responses += answer_month(conn, composer, &team, period, step, &questions, &mut rng)?;
            summary.pulses += 1;
        }
    }
    Ok(())
}

/// Opens the month's pulse, answers most links through the normal submission path, then
/// dates the pulse back to its month and closes it. Demo addresses get no email.
fn answer_month(
    conn: &mut DbConnection,
    composer: &Composer,
    team: &Team,
    period: Period,
    step: i32,
    questions: &[Question],
    rng: &mut StdRng,
) -> Result<usize, AppError> {
    let now = Utc::now().naive_utc();
    let (pulse, links) =
        pulses::open_pulse_with_links(conn, composer, team, period, now + Duration::days(1))?;
    let mut answered = 0;
    for link in &links {
        if !rng.random_bool(0.85) {
            continue;
        }
        let submission = demo_submission(&team.slug, step, questions, rng)?;
        responses::store_submission(conn, &link.token, &submission, now)?;
        answered += 1;
    }
    let opens = scheduled_open(period, chrono_tz::UTC).naive_utc();
    diesel::update(pulses_table::table.find(pulse.id))
        .set((
            pulses_table::opens_at.eq(opens),
            pulses_table::closes_at.eq(opens + Duration::days(OPEN_DAYS)),
            pulses_table::state.eq("closed"),
            pulses_table::summary_sent.eq(true),
        ))
        .execute(conn)?;
    diesel::delete(outbox::table.filter(outbox::idempotency_key.like(format!("invite:{}:%", pulse.id))))
        .execute(conn)?;
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
    let normal =
        |sd: f64| Normal::new(0.0, sd).map_err(|e| AppError::Unexpected(anyhow::anyhow!("demo noise: {e}")));
    let noise = normal(0.8)?;
    let person: f64 = normal(0.4)?.sample(rng);
    let mut submission = Submission { answers: Vec::new(), comment: None };
    for q in questions {
        let value = match q.kind.range() {
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
