//! Descriptive figures of one set of answers: n, mean, sd, t interval, favourable share with its Wilson interval.

use super::dist::{normal_quantile, t_quantile};
use super::sample::{all_finite, finite, mean, variance};
use serde::Serialize;

/// Answers at or above this value count as favourable (4 and 5 on a 1–5 scale).
pub const FAVORABLE_THRESHOLD: f64 = 4.0;

/// Count, mean, sample standard deviation and 95 % t interval of the mean.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Describe {
    /// Number of values.
    pub n: usize,
    /// Arithmetic mean; `None` when there are no values.
    pub mean: Option<f64>,
    /// Standard deviation with divisor n - 1; `None` for n < 2.
    pub sd: Option<f64>,
    /// `mean ∓ t(0.975, n-1) · sd / √n`; `None` for n < 2.
    pub ci95: Option<(f64, f64)>,
}

/// Describes `xs`: n, mean, sd (n - 1) and the 95 % t interval of the mean.
///
/// Only `n` is given when `xs` holds a NaN or an infinity.
#[must_use]
pub fn describe(xs: &[f64]) -> Describe {
    let n = xs.len();
    let mean = mean(xs).filter(|_| all_finite(xs));
    let sd = variance(xs).and_then(|v| finite(v.sqrt()));
    let ci95 = match (mean, sd) {
        (Some(m), Some(s)) => t_interval(m, s, n),
        _ => None,
    };
    Describe { n, mean, sd, ci95 }
}

/// `mean ∓ t(0.975, n-1) · sd / √n`.
fn t_interval(mean: f64, sd: f64, n: usize) -> Option<(f64, f64)> {
    let half = t_quantile(0.975, (n - 1) as f64)? * sd / (n as f64).sqrt();
    Some((finite(mean - half)?, finite(mean + half)?))
}

/// Share of favourable answers with its 95 % Wilson score interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Favorable {
    /// Share (0–1) of favourable answers (`>= FAVORABLE_THRESHOLD` on the five-point scale).
    pub share: f64,
    /// 95 % Wilson score interval of the share (no continuity correction).
    pub wilson95: (f64, f64),
}

/// The answer scale of a rated question, which says which answers count as favourable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum AnswerScale {
    /// 1–5 agreement; 4 and 5 are favourable.
    FivePoint,
    /// 1 = red, 2 = amber, 3 = green; only green is favourable.
    ThreePoint,
}

impl AnswerScale {
    /// Lowest favourable answer: [`FAVORABLE_THRESHOLD`] (4) on the five-point scale, 3 (green) on
    /// the three-point scale.
    #[must_use]
    pub const fn favorable_from(self) -> f64 {
        match self {
            AnswerScale::FivePoint => FAVORABLE_THRESHOLD,
            AnswerScale::ThreePoint => 3.0,
        }
    }
}

/// Share of answers `>= 4` and its Wilson interval; `None` when there are no answers
/// or one is NaN or infinite. The same as `favorable_on(xs, AnswerScale::FivePoint)`.
#[must_use]
pub fn favorable(xs: &[f64]) -> Option<Favorable> {
    favorable_on(xs, AnswerScale::FivePoint)
}

/// Share of answers at or above `scale.favorable_from()` (4–5 of five points, 3 of three points)
/// and its Wilson interval; `None` when there are no answers or one is NaN or infinite.
#[must_use]
pub fn favorable_on(xs: &[f64], scale: AnswerScale) -> Option<Favorable> {
    if !all_finite(xs) {
        return None;
    }
    let threshold = scale.favorable_from();
    let hits = xs.iter().filter(|&&x| x >= threshold).count();
    let wilson95 = wilson95(hits, xs.len())?;
    Some(Favorable { share: hits as f64 / xs.len() as f64, wilson95 })
}

/// 95 % Wilson score interval for `successes` out of `n` (as scipy's `proportion_ci(method='wilson')`);
/// `None` when `n` is 0 or `successes > n`.
#[must_use]
pub fn wilson95(successes: usize, n: usize) -> Option<(f64, f64)> {
    if n == 0 || successes > n {
        return None;
    }
    let z = normal_quantile(0.975)?;
    let (n, p) = (n as f64, successes as f64 / n as f64);
    let denom = 2.0 * (n + z * z);
    let center = (2.0 * n * p + z * z) / denom;
    let half = z * (z * z + 4.0 * n * p * (1.0 - p)).sqrt() / denom;
    let lo = finite(center - half)?.max(0.0);
    let hi = finite(center + half)?.min(1.0);
    Some((lo, hi))
}
