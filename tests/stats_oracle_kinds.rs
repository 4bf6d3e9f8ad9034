#![allow(clippy::unwrap_used)]
//! Checks the statistics of the newer question kinds against scipy and statsmodels:
//! every figure of every case in tests/data/stats-cases-kinds.json (written by
//! scripts/oracle/stats_cases_kinds.py), to 1e-9 relative, the minimum detectable change to 1e-6.

use candor::stats::{AnswerScale, choice_shares, describe, favorable, favorable_on, mdc, pooled_sd};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Debug;

const ORACLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/stats-cases-kinds.json");

/// Relative tolerance of most figures; also the absolute tolerance for expected values near 0.
const TOL: f64 = 1e-9;

/// Relative tolerance of the minimum detectable change against the tightened statsmodels solver.
const MDC_TOL: f64 = 1e-6;

/// statsmodels' shipped `solve_power` stops at xtol = 1e-5 on the effect size; twice that, in sds.
const SHIPPED_XTOL: f64 = 2e-5;

/// Below this magnitude an expected value counts as "near 0" and is compared absolutely.
const NEAR_ZERO: f64 = 1e-9;

/// Keys of a case that are inputs, not figures.
const INPUTS: [&str; 8] = ["kind", "answers", "options", "n1", "n2", "sd", "a", "b"];

/// JSON of one of our results; panics on NaN or infinities, which JSON would turn into null.
fn to_value<T: Serialize + Debug>(x: T) -> Value {
    let text = format!("{x:?}");
    let non_finite = text.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| t == "NaN" || t == "inf");
    assert!(!non_finite, "non-finite figure in {text}");
    serde_json::to_value(x).unwrap()
}

fn floats(case: &Value, key: &str) -> Vec<f64> {
    let arr = case[key].as_array().unwrap_or_else(|| panic!("input {key} is not a list"));
    arr.iter().map(|v| v.as_f64().unwrap()).collect()
}

fn size(case: &Value, key: &str) -> usize {
    usize::try_from(case[key].as_u64().unwrap()).unwrap()
}

/// Our minimum detectable change for a case given by sizes and sd, or by two groups of answers.
fn our_mdc(case: &Value) -> Option<f64> {
    if case["kind"] == "pooled" {
        let (a, b) = (floats(case, "a"), floats(case, "b"));
        return pooled_sd(&a, &b).and_then(|sd| mdc(a.len(), b.len(), sd));
    }
    mdc(size(case, "n1"), size(case, "n2"), case["sd"].as_f64().unwrap())
}

/// Our value for the oracle figure `key` of `case`; `None` for a key we do not know.
fn ours(case: &Value, key: &str) -> Option<Value> {
    let answers = || floats(case, "answers");
    let green = || favorable_on(&answers(), AnswerScale::ThreePoint);
    let five = || {
        let f = favorable(&answers());
        assert_eq!(f, favorable_on(&answers(), AnswerScale::FivePoint));
        f
    };
    Some(match key {
        "describe" => to_value(describe(&answers())),
        "favorable_green" => to_value(green().map(|f| f.share)),
        "favorable_green_wilson95" => to_value(green().map(|f| f.wilson95)),
        "favorable_five" => to_value(five().map(|f| f.share)),
        "favorable_five_wilson95" => to_value(five().map(|f| f.wilson95)),
        "choice_shares" => to_value(choice_shares(&answers(), size(case, "options")).unwrap()),
        "pooled_sd" => to_value(pooled_sd(&floats(case, "a"), &floats(case, "b"))),
        "mdc" | "mdc_statsmodels_default" => to_value(our_mdc(case)),
        _ => return None,
    })
}

/// How close a figure must be: relative (near 0: absolute), or absolute in units of `sd`.
#[derive(Clone, Copy)]
enum Tolerance {
    Relative(f64),
    AbsoluteSd(f64),
}

/// Tolerance of the figure `key` in `case`.
fn tolerance(case: &Value, key: &str) -> Tolerance {
    match key {
        "mdc" => Tolerance::Relative(MDC_TOL),
        "mdc_statsmodels_default" => {
            let sd = case.get("sd").and_then(Value::as_f64).or_else(|| case["pooled_sd"].as_f64());
            Tolerance::AbsoluteSd(SHIPPED_XTOL * sd.unwrap_or(1.0))
        }
        _ => Tolerance::Relative(TOL),
    }
}

#[derive(Default)]
struct Checker {
    figures: usize,
    failures: Vec<String>,
    /// Largest relative error per figure (leaf names joined by dots).
    by_figure: BTreeMap<String, f64>,
    /// Cases that hold each top-level figure.
    cases_by_figure: BTreeMap<String, usize>,
}

impl Checker {
    fn fail(&mut self, path: &str, msg: String) {
        self.failures.push(format!("{path}: {msg}"));
    }

    /// Compares the expected JSON tree with ours, leaf by leaf; `figure` names the leaf.
    fn compare(&mut self, path: &str, figure: &str, tol: Tolerance, expected: &Value, actual: &Value) {
        match (expected, actual) {
            (Value::Object(exp), Value::Object(act)) => {
                for (k, e) in exp {
                    let (path, figure) = (format!("{path}.{k}"), format!("{figure}.{k}"));
                    match act.get(k) {
                        Some(a) => self.compare(&path, &figure, tol, e, a),
                        None => {
                            self.figures += 1;
                            self.fail(&path, "figure missing from our result".to_string());
                        }
                    }
                }
            }
            (Value::Array(exp), Value::Array(act)) if exp.len() == act.len() => {
                for (i, (e, a)) in exp.iter().zip(act).enumerate() {
                    self.compare(&format!("{path}[{i}]"), figure, tol, e, a);
                }
            }
            (Value::Null, Value::Null) => self.figures += 1,
            (Value::Number(e), Value::Number(a)) => {
                self.figures += 1;
                self.number(path, figure, tol, e.as_f64().unwrap(), a.as_f64().unwrap());
            }
            _ => {
                self.figures += 1;
                self.fail(path, format!("expected {expected}, got {actual}"));
            }
        }
    }

    fn number(&mut self, path: &str, figure: &str, tol: Tolerance, e: f64, a: f64) {
        let diff = (a - e).abs();
        if e.abs() >= NEAR_ZERO {
            let worst = self.by_figure.entry(figure.to_string()).or_default();
            *worst = worst.max(diff / e.abs());
        }
        let ok = match tol {
            Tolerance::Relative(rel) if e.abs() < NEAR_ZERO => diff <= rel.min(TOL),
            Tolerance::Relative(rel) => diff <= rel * e.abs(),
            Tolerance::AbsoluteSd(abs) => diff <= abs,
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
    assert!(cases.len() > 250, "oracle has only {} cases", cases.len());
    let mut checker = Checker::default();
    for (i, case) in cases.iter().enumerate() {
        for (key, expected) in case.as_object().unwrap() {
            if INPUTS.contains(&key.as_str()) {
                continue;
            }
            let actual = ours(case, key)
                .unwrap_or_else(|| panic!("case {i}: figure {key} is not checked by this test"));
            *checker.cases_by_figure.entry(key.clone()).or_default() += 1;
            checker.compare(&format!("case {i} {key}"), key, tolerance(case, key), expected, &actual);
        }
    }
    println!("{} cases, {} figures checked", cases.len(), checker.figures);
    for (figure, n) in &checker.cases_by_figure {
        println!("  {figure:<28} {n} cases");
    }
    for (figure, rel) in &checker.by_figure {
        println!("  {figure:<28} max relative error {rel:.2e}");
    }
    assert!(
        checker.failures.is_empty(),
        "{} of {} figures differ from the oracle:\n{}",
        checker.failures.len(),
        checker.figures,
        checker.failures.join("\n")
    );
}

#[test]
fn every_kind_of_case_is_present() {
    let text = std::fs::read_to_string(ORACLE).unwrap();
    let oracle: Value = serde_json::from_str(&text).unwrap();
    let kinds: Vec<&str> =
        oracle["cases"].as_array().unwrap().iter().map(|c| c["kind"].as_str().unwrap()).collect();
    for kind in ["three_point", "five_point", "choice", "mdc", "pooled"] {
        assert!(kinds.contains(&kind), "no {kind} case");
    }
    let mdc_cases = kinds.iter().filter(|k| **k == "mdc").count();
    assert!(mdc_cases >= 200, "only {mdc_cases} MDC cases");
}

/// Edge cases the oracle does not cover: undefined figures are `None`, never NaN.
mod edge_cases {
    use super::*;

    #[test]
    fn three_point_favourable_counts_only_green() {
        let f = favorable_on(&[1.0, 2.0, 3.0, 3.0], AnswerScale::ThreePoint).unwrap();
        assert_eq!(f.share, 0.5);
        assert_eq!(favorable_on(&[1.0, 2.0, 2.0], AnswerScale::ThreePoint).unwrap().share, 0.0);
        assert!(favorable_on(&[], AnswerScale::ThreePoint).is_none());
        assert!(favorable_on(&[3.0, f64::NAN], AnswerScale::ThreePoint).is_none());
    }

    #[test]
    fn five_point_favourable_is_unchanged() {
        let xs = [1.0, 3.0, 4.0, 5.0, 2.0];
        assert_eq!(favorable(&xs), favorable_on(&xs, AnswerScale::FivePoint));
        assert_eq!(favorable(&xs).unwrap().share, 0.4);
    }

    #[test]
    fn choice_answers_out_of_range_are_an_error() {
        assert!(choice_shares(&[1.0, 6.0], 5).is_err());
        assert!(choice_shares(&[1.0, 2.0], 0).is_err());
        assert_eq!(choice_shares(&[], 2).unwrap().len(), 2);
    }

    #[test]
    fn mdc_is_undefined_for_tiny_groups_or_no_spread() {
        assert_eq!(mdc(1, 1, 1.0), None);
        assert_eq!(mdc(0, 10, 1.0), None);
        assert_eq!(mdc(10, 10, 0.0), None);
        assert_eq!(mdc(10, 10, f64::NAN), None);
        assert_eq!(pooled_sd(&[3.0, 3.0], &[4.0, 4.0]).and_then(|sd| mdc(2, 2, sd)), None);
        let large = mdc(2, 2, 1.0).unwrap();
        assert!(large.is_finite() && large > 5.0, "{large}");
    }
}
