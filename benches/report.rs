//! Report generation on a generated organisation: 50 teams (1 root, 7 departments, 42 teams)
//! × 24 months × 30 respondents (36,000 responses, 252,000 answers), and ten times as many
//! teams (500). SQLite always; PostgreSQL when CANDOR_TEST_POSTGRES_URL is set.
//! `CANDOR_BENCH_SCALES=1` runs only the first size. Prints figures; asserts nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::{Duration, Instant};

use candor::db::schema::{answers, pulses, questions, responses, surveys, teams};
use candor::db::{self, DbConnection, DbPool, PoolOptions};
use candor::domain::period::Period;
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const MONTHS: usize = 24;
const RESPONDENTS: usize = 30;

struct Org {
    pool: DbPool,
    slugs: Vec<String>,
    _dir: tempfile::TempDir,
}

fn database(backend: &str) -> Option<(String, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    match backend {
        "sqlite" => Some((format!("sqlite://{}", dir.path().join("bench.db").display()), dir)),
        _ => {
            let base = std::env::var("CANDOR_TEST_POSTGRES_URL").ok()?;
            let schema = format!("bench_{}", uuid::Uuid::new_v4().simple());
            let mut admin = diesel::PgConnection::establish(&base).unwrap();
            diesel::connection::SimpleConnection::batch_execute(
                &mut admin,
                &format!("CREATE SCHEMA {schema}"),
            )
            .unwrap();
            Some((format!("{base}?options=-c%20search_path%3D{schema}"), dir))
        }
    }
}

/// 1 root, `departments` under it, the rest of `total` teams spread under the departments.
fn build(backend: &str, total: usize, departments: usize) -> Option<Org> {
    let (url, dir) = database(backend)?;
    let started = Instant::now();
    let pool = db::connect_and_migrate(&url.parse().unwrap(), &PoolOptions::default()).unwrap();
    let mut conn = pool.get().unwrap();
    let mut slugs: Vec<String> = Vec::new();
    db::write(&mut conn, |c| {
        let mut rng = StdRng::seed_from_u64(1);
        let questions: Vec<i64> = questions::table
            .inner_join(surveys::table)
            .filter(surveys::key.eq("default"))
            .order(questions::position)
            .select(questions::id)
            .limit(7)
            .load(c)?;
        for i in 0..total {
            let parent = match i {
                0 => None,
                i if i <= departments => Some(slugs[0].clone()),
                i => Some(slugs[1 + (i % departments)].clone()),
            };
            let slug = format!("team-{i}");
            add_team(c, &slug, parent.as_deref())?;
            add_history(c, &slug, &questions, &mut rng)?;
            slugs.push(slug);
        }
        Ok::<_, diesel::result::Error>(())
    })
    .unwrap();
    if backend == "postgres" {
        // What autovacuum does soon after a bulk load; without it the planner scans every answer.
        diesel::connection::SimpleConnection::batch_execute(&mut *conn, "ANALYZE").unwrap();
    }
    eprintln!(
        "{backend}: built {total} teams × {MONTHS} months × {RESPONDENTS} respondents in {:.1?}",
        started.elapsed()
    );
    drop(conn);
    Some(Org { pool, slugs, _dir: dir })
}

fn add_team(c: &mut DbConnection, slug: &str, parent: Option<&str>) -> QueryResult<()> {
    let parent_id: Option<i64> = match parent {
        Some(p) => Some(teams::table.filter(teams::slug.eq(p)).select(teams::id).first(c)?),
        None => None,
    };
    diesel::insert_into(teams::table)
        .values((
            teams::slug.eq(slug),
            teams::name.eq(slug),
            teams::parent_id.eq(parent_id),
            teams::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(c)?;
    Ok(())
}

fn add_history(c: &mut DbConnection, slug: &str, questions: &[i64], rng: &mut StdRng) -> QueryResult<()> {
    let team: i64 = teams::table.filter(teams::slug.eq(slug)).select(teams::id).first(c)?;
    let mut period = Period::parse("2024-11").unwrap();
    for _ in 0..MONTHS {
        let opens = period.first_day().and_hms_opt(9, 0, 0).unwrap();
        diesel::insert_into(pulses::table)
            .values((
                pulses::team_id.eq(team),
                pulses::survey_id.eq(surveys::table
                    .filter(surveys::key.eq("default"))
                    .select(surveys::id)
                    .single_value()
                    .assume_not_null()),
                pulses::period.eq(period.to_string()),
                pulses::opens_at.eq(opens),
                pulses::closes_at.eq(opens + chrono::Duration::days(7)),
                pulses::state.eq("closed"),
                pulses::min_group.eq(5),
                pulses::comment_min.eq(5),
            ))
            .execute(c)?;
        let pulse: i64 = pulses::table
            .filter(pulses::team_id.eq(team).and(pulses::period.eq(period.to_string())))
            .select(pulses::id)
            .first(c)?;
        let ids: Vec<String> = (0..RESPONDENTS).map(|_| uuid::Uuid::new_v4().to_string()).collect();
        let rows: Vec<_> =
            ids.iter().map(|id| (responses::id.eq(id), responses::pulse_id.eq(pulse))).collect();
        let insert = diesel::insert_into(responses::table).values(&rows);
        candor::on_inner!(c, |inner| insert.execute(inner)?);
        let mut values = Vec::new();
        for id in &ids {
            for (i, q) in questions.iter().enumerate() {
                let v = if i == 6 { rng.random_range(0..=10) } else { rng.random_range(1..=5) };
                values.push((
                    answers::response_id.eq(id.clone()),
                    answers::question_id.eq(*q),
                    answers::value.eq(v),
                ));
            }
        }
        let insert = diesel::insert_into(answers::table).values(&values);
        candor::on_inner!(c, |inner| insert.execute(inner)?);
        period = next(period);
    }
    Ok(())
}

fn next(p: Period) -> Period {
    let day = p.first_day() + chrono::Duration::days(40);
    Period::of(day)
}

fn bench_org(c: &mut Criterion, backend: &str, total: usize, departments: usize) {
    let Some(org) = build(backend, total, departments) else {
        eprintln!("SKIP {backend}: CANDOR_TEST_POSTGRES_URL is not set");
        return;
    };
    let mut group = c.benchmark_group(format!("{backend}/{total}-teams"));
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    let leaf = org.slugs.last().unwrap().clone();
    let department = org.slugs[1].clone();
    let run = |slug: &str| {
        let mut conn = org.pool.get().unwrap();
        candor::report::team_report(&mut conn, slug).unwrap()
    };
    group.bench_function("one team", |b| b.iter(|| run(&leaf)));
    group.bench_function("one department", |b| b.iter(|| run(&department)));
    group.bench_function("whole organisation, one report", |b| b.iter(|| run(&org.slugs[0])));
    if total <= 50 {
        group.bench_function("every team's report", |b| {
            b.iter(|| org.slugs.iter().map(|s| run(s).periods.len()).sum::<usize>())
        });
    }
    group.finish();
}

fn reports(c: &mut Criterion) {
    let scales = std::env::var("CANDOR_BENCH_SCALES").unwrap_or_else(|_| "1,10".into());
    let backends = std::env::var("CANDOR_BENCH_BACKENDS").unwrap_or_else(|_| "sqlite,postgres".into());
    for backend in ["sqlite", "postgres"].into_iter().filter(|b| backends.contains(b)) {
        for scale in scales.split(',').filter_map(|s| s.trim().parse::<usize>().ok()) {
            bench_org(c, backend, 50 * scale, 7 * scale.min(3));
        }
    }
}

criterion_group!(benches, reports);
criterion_main!(benches);
