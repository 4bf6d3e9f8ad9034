//! Property test: random organisations and answers; no output of any team's report shows a
//! figure from fewer than min_group respondents, directly or by subtraction.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{HashMap, HashSet};

use candor::db::{self, PoolOptions};
use candor::domain::Slug;
use candor::domain::history::{History, import_histories};
use candor::domain::period::Period;
use candor::domain::responses::Submission;
use candor::domain::survey;
use candor::domain::teams::{NewTeam, add_team, find_team};
use candor::report::{TeamReport, format, team_report};
use proptest::prelude::*;

/// One generated organisation: parents, threshold, and per team per month the answers.
#[derive(Debug, Clone)]
struct Org {
    parents: Vec<Option<usize>>,
    min_group: i32,
    answers: Vec<Vec<Vec<[i32; 7]>>>,
}

const MONTHS: [&str; 3] = ["2026-01", "2026-02", "2026-03"];

fn org() -> impl Strategy<Value = Org> {
    (2usize..7, prop_oneof![Just(3), Just(5)]).prop_flat_map(|(teams, min_group)| {
        let parents = (0..teams)
            .map(|i| if i == 0 { Just(None).boxed() } else { prop::option::weighted(0.8, 0..i).boxed() })
            .collect::<Vec<_>>();
        let answer = (prop::array::uniform6(1i32..=5), 0i32..=11)
            .prop_map(|(a, e)| [a[0], a[1], a[2], a[3], a[4], a[5], e]);
        let month = prop::collection::vec(answer, 0..12);
        let answers = prop::collection::vec(prop::collection::vec(month, MONTHS.len()), teams);
        (parents, answers).prop_map(move |(parents, answers)| Org { parents, min_group, answers })
    })
}

fn slug(i: usize) -> String {
    format!("t{i}")
}

/// Builds the organisation in a fresh SQLite database and returns every team's report.
fn reports(org: &Org) -> Vec<TeamReport> {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("p.db").display()).parse().unwrap();
    let pool =
        db::connect_and_migrate(&url, &PoolOptions { max_size: 1, min_idle: 0, ..PoolOptions::default() })
            .unwrap();
    let mut conn = pool.get().unwrap();
    db::write(&mut conn, |c| {
        let survey_id = survey::survey_id(c, "default")?;
        let ids: Vec<i64> = survey::load_questions(c, survey_id)?.iter().take(7).map(|q| q.id).collect();
        // One import for all teams: a month shown for a parent takes no answers later.
        let mut histories = Vec::new();
        for (i, parent) in org.parents.iter().enumerate() {
            let new = NewTeam {
                slug: Slug::parse(&slug(i)).unwrap(),
                name: slug(i),
                parent: parent.map(|p| Slug::parse(&slug(p)).unwrap()),
                min_group: org.min_group,
            };
            add_team(c, &new)?;
            let mut history = History::new();
            for (m, rows) in org.answers[i].iter().enumerate().filter(|(_, rows)| !rows.is_empty()) {
                let subs = rows
                    .iter()
                    .map(|r| Submission {
                        // eNPS 11 stands for "not answered", to vary eNPS counts.
                        answers: ids
                            .iter()
                            .zip(r)
                            .filter(|(_, v)| **v <= 10)
                            .map(|(q, v)| (*q, *v))
                            .collect(),
                        comment: None,
                    })
                    .collect();
                history.insert(Period::parse(MONTHS[m]).unwrap(), subs);
            }
            if !history.is_empty() {
                histories.push((find_team(c, &slug(i))?, history));
            }
        }
        import_histories(c, histories, "generated")?;
        Ok::<_, candor::error::AppError>(())
    })
    .unwrap();
    (0..org.parents.len()).map(|i| team_report(&mut conn, &slug(i)).unwrap()).collect()
}

fn descendants(org: &Org, team: usize) -> HashSet<usize> {
    let mut out = HashSet::from([team]);
    loop {
        let before = out.len();
        for (i, p) in org.parents.iter().enumerate() {
            if p.is_some_and(|p| out.contains(&p)) {
                out.insert(i);
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

/// Shown teams' respondent counts for one month, as the reports tell them.
fn shown(reports: &[TeamReport], month: &str) -> HashMap<usize, i64> {
    reports
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            r.periods.iter().find(|p| p.period == month && !p.suppressed).map(|p| (i, p.responded.unwrap()))
        })
        .collect()
}

fn check_direct(org: &Org, reports: &[TeamReport]) {
    let k = i64::from(org.min_group);
    for (i, report) in reports.iter().enumerate() {
        for p in report.periods.iter().filter(|p| !p.suppressed) {
            let truth: i64 = descendants(org, i)
                .iter()
                .map(|t| org.answers[*t][MONTHS.iter().position(|m| *m == p.period).unwrap()].len() as i64)
                .sum();
            assert_eq!(p.responded, Some(truth), "team {i} {} counts every respondent", p.period);
            assert!(truth >= k, "team {i} {} shown with {truth} < {k}", p.period);
            for (dim, f) in &p.dimensions {
                assert!(f.n >= k, "team {i} {} {dim} n = {}", p.period, f.n);
            }
            if p.enps.is_some() {
                assert!(truth >= 10, "eNPS from fewer than 10");
            }
        }
    }
}

fn check_subtraction(org: &Org, reports: &[TeamReport]) {
    let k = i64::from(org.min_group);
    for month in MONTHS {
        let shown = shown(reports, month);
        for (&b, &n_b) in &shown {
            let below: HashSet<usize> = descendants(org, b).into_iter().filter(|t| *t != b).collect();
            // The largest shown groups strictly inside b.
            let maximal: Vec<usize> = below
                .iter()
                .copied()
                .filter(|a| shown.contains_key(a))
                .filter(|a| {
                    !below.iter().any(|c| c != a && shown.contains_key(c) && descendants(org, *c).contains(a))
                })
                .collect();
            let residual = n_b - maximal.iter().map(|a| shown[a]).sum::<i64>();
            assert!(
                residual == 0 || residual >= k,
                "{month}: team {b} minus {maximal:?} leaves {residual} < {k}"
            );
            for a in below.iter().filter(|a| shown.contains_key(a)) {
                let d = n_b - shown[a];
                assert!(d == 0 || d >= k, "{month}: team {b} minus team {a} leaves {d}");
            }
        }
    }
}

fn check_outputs(reports: &[TeamReport]) {
    for report in reports {
        let json = serde_json::to_value(report).unwrap();
        for p in json["periods"].as_array().unwrap().iter().filter(|p| p["suppressed"] == true) {
            assert!(p.get("responded").is_none() && p.get("enps").is_none(), "{p}");
            assert_eq!(p["dimensions"], serde_json::json!({}));
        }
        let csv = format::to_csv(report).unwrap();
        for row in csv.lines().filter(|l| l.contains(",true,")) {
            let cells: Vec<&str> = row.split(',').collect();
            assert!(cells[3..].iter().all(|c| c.is_empty() || *c == "true"), "CSV leaks: {row}");
        }
        let text = format::to_text(report);
        let suppressed = report.periods.iter().filter(|p| p.suppressed).count();
        assert_eq!(text.matches("too few answers to show").count(), suppressed, "{text}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_output_reveals_a_group_below_min_group(org in org()) {
        let reports = reports(&org);
        check_direct(&org, &reports);
        check_subtraction(&org, &reports);
        check_outputs(&reports);
    }
}

/// The generator does produce the cases that matter (hidden parents, shown children).
#[test]
fn the_rule_is_exercised_by_a_known_case() {
    let org = Org {
        parents: vec![None, Some(0), Some(0)],
        min_group: 5,
        answers: vec![
            vec![vec![], vec![], vec![]],
            vec![vec![[4; 7]; 6], vec![], vec![]],
            vec![vec![[2; 7]; 2], vec![], vec![]],
        ],
    };
    let reports = reports(&org);
    assert!(reports[0].periods[0].suppressed, "8 = 6 + 2 would reveal the 2");
    assert!(!reports[1].periods[0].suppressed);
}
