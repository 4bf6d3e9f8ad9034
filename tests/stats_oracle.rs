#![allow(clippy::unwrap_used)]
//! Checks every figure of every case in tests/data/stats-cases.json (computed with scipy /
//! pymannkendall) against `candor::stats`, plus edge cases the oracle does not cover.

use candor::stats::{
    benjamini_hochberg, cronbach_alpha, describe, enps, favorable, kendall_tau_b, linregress, mann_kendall,
    mann_whitney, scores_describe, welch, wilson95,
};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Debug;

const ORACLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/stats-cases.json");

/// Relative tolerance; also the absolute tolerance for expected values near 0.
const TOL: f64 = 1e-9;

/// Below this magnitude an expected value counts as "near 0" and is compared absolutely.
const NEAR_ZERO: f64 = 1e-9;

/// Keys of a case that are inputs, not figures.
const INPUTS: [&str; 6] = ["a", "b", "trend_y", "items", "nps", "pvalues"];

/// True when the Debug text of `x` shows a NaN or an infinity.
fn has_non_finite<T: Debug>(x: &T) -> bool {
    format!("{x:?}").split(|c: char| !c.is_ascii_alphanumeric()).any(|token| token == "NaN" || token == "inf")
}

/// JSON of one of our results; panics on NaN or infinities, which JSON would turn into null.
fn to_value<T: Serialize + Debug>(x: T) -> Value {
    assert!(!has_non_finite(&x), "non-finite figure in {x:?}");
    serde_json::to_value(x).unwrap()
}

fn floats(case: &Value, key: &str) -> Vec<f64> {
    let arr = case[key].as_array().unwrap_or_else(|| panic!("input {key} is not a list"));
    arr.iter().map(|v| v.as_f64().unwrap()).collect()
}

fn rows(case: &Value, key: &str) -> Vec<Vec<f64>> {
    let arr = case[key].as_array().unwrap_or_else(|| panic!("input {key} is not a list"));
    arr.iter().map(|r| r.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect()).collect()
}

/// Our value for the oracle figure `key` of `case`; `None` for a key we do not know.
fn ours(case: &Value, key: &str) -> Option<Value> {
    let (a, b) = (floats(case, "a"), floats(case, "b"));
    let trend = floats(case, "trend_y");
    let items = rows(case, "items");
    let fav = favorable(&a);
    let alpha = cronbach_alpha(&items);
    let nps = enps(&floats(case, "nps"));
    Some(match key {
        "describe_a" => to_value(describe(&a)),
        "favorable_a" => to_value(fav.map(|f| f.share)),
        "favorable_a_wilson95" => to_value(fav.map(|f| f.wilson95)),
        "welch" => to_value(welch(&a, &b)),
        "mann_whitney" => to_value(mann_whitney(&a, &b)),
        "linregress" => to_value(linregress(&trend)),
        "kendall" => to_value(kendall_tau_b(&trend)),
        "mann_kendall" => to_value(mann_kendall(&trend)),
        "cronbach_alpha" => to_value(alpha.map(|x| x.alpha)),
        "cronbach_alpha_feldt95" => to_value(alpha.map(|x| x.ci95)),
        "scores_describe" => to_value(scores_describe(&items)),
        "enps" => to_value(nps.map(|x| x.score)),
        "enps_se" => to_value(nps.map(|x| x.se)),
        "bh_adjusted" => to_value(benjamini_hochberg(&floats(case, "pvalues"))),
        _ => return None,
    })
}

#[derive(Default)]
struct Checker {
    figures: usize,
    failures: Vec<String>,
    max_rel: f64,
    max_rel_at: String,
    /// Largest relative error per figure name.
    by_figure: BTreeMap<String, f64>,
}

impl Checker {
    fn fail(&mut self, path: &str, msg: String) {
        self.failures.push(format!("{path}: {msg}"));
    }

    /// Compares the expected JSON tree with ours, leaf by leaf; a `null` of ours stands for
    /// "every figure below is undefined".
    fn compare(&mut self, path: &str, expected: &Value, actual: &Value) {
        match (expected, actual) {
            (Value::Object(exp), _) => {
                for (k, e) in exp {
                    let path = format!("{path}.{k}");
                    match actual {
                        Value::Null => self.compare(&path, e, &Value::Null),
                        _ => match actual.get(k) {
                            Some(a) => self.compare(&path, e, a),
                            None => {
                                self.figures += 1;
                                self.fail(&path, "figure missing from our result".to_string());
                            }
                        },
                    }
                }
            }
            (Value::Array(exp), Value::Array(act)) if exp.len() == act.len() => {
                for (i, (e, a)) in exp.iter().zip(act).enumerate() {
                    self.compare(&format!("{path}[{i}]"), e, a);
                }
            }
            (Value::Array(exp), Value::Null) => {
                for (i, e) in exp.iter().enumerate() {
                    self.compare(&format!("{path}[{i}]"), e, &Value::Null);
                }
            }
            (Value::Null, Value::Null) => self.figures += 1,
            (Value::Number(e), Value::Number(a)) => {
                self.figures += 1;
                self.number(path, e.as_f64().unwrap(), a.as_f64().unwrap());
            }
            _ => {
                self.figures += 1;
                self.fail(path, format!("expected {expected}, got {actual}"));
            }
        }
    }

    fn number(&mut self, path: &str, e: f64, a: f64) {
        let diff = (a - e).abs();
        let ok = if e.abs() < NEAR_ZERO {
            diff <= TOL
        } else {
            let rel = diff / e.abs();
            let figure = path.split(' ').nth(2).unwrap_or(path);
            let figure = figure.split('[').next().unwrap_or(figure).to_string();
            let worst = self.by_figure.entry(figure).or_default();
            *worst = worst.max(rel);
            if rel > self.max_rel {
                self.max_rel = rel;
                self.max_rel_at = path.to_string();
            }
            rel <= TOL
        };
        if !ok {
            self.fail(path, format!("expected {e:e}, got {a:e} (diff {diff:e})"));
        }
    }
}

#[test]
fn every_figure_matches_the_oracle() {
    let text = std::fs::read_to_string(ORACLE).unwrap();
    let oracle: Value = serde_json::from_str(&text).unwrap();
    let cases = oracle["cases"].as_array().unwrap();
    assert!(!cases.is_empty(), "oracle has no cases");
    let mut checker = Checker::default();
    for (i, case) in cases.iter().enumerate() {
        for (key, expected) in case.as_object().unwrap() {
            if INPUTS.contains(&key.as_str()) {
                continue;
            }
            let actual = ours(case, key)
                .unwrap_or_else(|| panic!("case {i}: figure {key} is not checked by this test"));
            checker.compare(&format!("case {i} {key}"), expected, &actual);
        }
    }
    println!(
        "{} cases, {} figures checked; largest relative error {:e} at {}",
        cases.len(),
        checker.figures,
        checker.max_rel,
        checker.max_rel_at
    );
    for (figure, rel) in &checker.by_figure {
        println!("  {figure:<32} max relative error {rel:.2e}");
    }
    assert!(
        checker.failures.is_empty(),
        "{} of {} figures differ from the oracle:\n{}",
        checker.failures.len(),
        checker.figures,
        checker.failures.join("\n")
    );
}

/// Edge cases the oracle does not cover: undefined figures are `None`, never NaN.
mod edge_cases {
    use super::*;

    const EMPTY: [f64; 0] = [];

    #[test]
    fn empty_input_is_undefined() {
        let d = describe(&EMPTY);
        assert_eq!((d.n, d.mean, d.sd, d.ci95), (0, None, None, None));
        assert!(favorable(&EMPTY).is_none());
        assert!(wilson95(0, 0).is_none());
        let w = welch(&EMPTY, &[1.0, 2.0]);
        assert_eq!((w.t, w.df, w.p), (None, None, None));
        assert!(mann_whitney(&EMPTY, &[1.0, 2.0]).is_none());
        assert!(linregress(&EMPTY).is_none());
        assert!(kendall_tau_b(&EMPTY).is_none());
        assert!(mann_kendall(&EMPTY).is_none());
        assert!(cronbach_alpha::<Vec<f64>>(&[]).is_none());
        assert_eq!(scores_describe::<Vec<f64>>(&[]).mean, None);
        assert!(enps(&EMPTY).is_none());
        assert_eq!(benjamini_hochberg(&EMPTY), Some(vec![]));
    }

    #[test]
    fn single_value_has_a_mean_only() {
        let d = describe(&[3.0]);
        assert_eq!((d.n, d.mean, d.sd, d.ci95), (1, Some(3.0), None, None));
        let w = welch(&[3.0], &[1.0, 2.0, 4.0]);
        assert_eq!((w.t, w.df, w.p), (None, None, None));
        assert!(linregress(&[3.0]).is_none());
        assert!(kendall_tau_b(&[3.0]).is_none());
        assert!(mann_kendall(&[3.0]).is_none());
        assert!(cronbach_alpha(&[vec![1.0, 2.0, 3.0]]).is_none());
        assert!(cronbach_alpha(&[vec![1.0], vec![2.0]]).is_none());
        let f = favorable(&[5.0]).unwrap();
        assert_eq!(f.share, 1.0);
        assert!(f.wilson95.0 > 0.0 && f.wilson95.1 == 1.0);
        let e = enps(&[10.0]).unwrap();
        assert_eq!((e.score, e.se), (100.0, 0.0));
    }

    #[test]
    fn all_equal_values_leave_tests_undefined() {
        let d = describe(&[3.0, 3.0, 3.0]);
        assert_eq!((d.sd, d.ci95), (Some(0.0), Some((3.0, 3.0))));
        let w = welch(&[3.0, 3.0], &[4.0, 4.0, 4.0]);
        assert_eq!((w.t, w.df, w.p), (None, None, None));
        assert!(mann_whitney(&[3.0, 3.0], &[3.0, 3.0, 3.0]).is_none());
        let fit = linregress(&[2.0, 2.0, 2.0, 2.0]).unwrap();
        assert_eq!((fit.slope, fit.intercept), (0.0, 2.0));
        assert_eq!((fit.r, fit.p, fit.stderr), (None, None, Some(0.0)));
        assert!(kendall_tau_b(&[2.0, 2.0, 2.0]).is_none());
        assert!(mann_kendall(&[2.0, 2.0, 2.0]).is_none());
        assert!(cronbach_alpha(&[vec![3.0, 3.0], vec![3.0, 3.0], vec![3.0, 3.0]]).is_none());
    }

    #[test]
    fn two_points_give_no_p_value_for_a_line() {
        let fit = linregress(&[1.0, 3.0]).unwrap();
        assert_eq!((fit.slope, fit.intercept, fit.r), (2.0, 1.0, Some(1.0)));
        assert_eq!((fit.p, fit.stderr), (None, None));
        let tau = kendall_tau_b(&[1.0, 3.0]).unwrap();
        assert_eq!((tau.tau, tau.p), (1.0, None));
        let mk = mann_kendall(&[1.0, 3.0]).unwrap();
        assert_eq!((mk.s, mk.var_s, mk.z, mk.p, mk.tau), (1.0, 1.0, 0.0, 1.0, 1.0));
    }

    #[test]
    fn invalid_input_is_undefined() {
        assert!(benjamini_hochberg(&[0.5, f64::NAN]).is_none());
        assert!(benjamini_hochberg(&[0.5, 1.5]).is_none());
        assert!(cronbach_alpha(&[vec![1.0, 2.0], vec![1.0]]).is_none());
        assert_eq!(describe(&[1.0, f64::NAN]).mean, None);
        assert_eq!(describe(&[1.0, f64::INFINITY]).sd, None);
        assert_eq!(welch(&[1.0, f64::NAN], &[1.0, 2.0]).t, None);
        assert!(linregress(&[1.0, f64::NAN, 2.0]).is_none());
        assert!(kendall_tau_b(&[1.0, f64::NAN, 2.0]).is_none());
        assert!(mann_kendall(&[1.0, f64::NAN, 2.0]).is_none());
        assert!(mann_whitney(&[1.0, 2.0], &[f64::NAN]).is_none());
        assert!(favorable(&[4.0, f64::NAN]).is_none());
        assert!(enps(&[9.0, f64::NAN]).is_none());
        assert!(cronbach_alpha(&[vec![1.0, 2.0], vec![2.0, f64::NAN]]).is_none());
        let scores = scores_describe(&[vec![1.0, 2.0], vec![2.0, f64::NAN]]);
        assert_eq!((scores.n, scores.mean, scores.sd), (2, None, None));
    }
}
