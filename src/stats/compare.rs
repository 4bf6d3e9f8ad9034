//! Comparisons of two groups of answers: Welch's t-test and the Mann–Whitney U test.

use super::dist::{normal_sf, t_two_sided_p};
use super::sample::{all_finite, average_ranks, finite, mean, tie_groups, variance};
use serde::Serialize;

/// Welch's unequal-variance t-test of `a` against `b` (two-sided).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Welch {
    /// t statistic of mean(a) - mean(b); `None` when undefined.
    pub t: Option<f64>,
    /// Welch–Satterthwaite degrees of freedom; `None` when undefined.
    pub df: Option<f64>,
    /// Two-sided p-value; `None` when undefined.
    pub p: Option<f64>,
}

impl Welch {
    /// Every figure undefined.
    const UNDEFINED: Welch = Welch { t: None, df: None, p: None };
}

/// Welch's t-test as `scipy.stats.ttest_ind(a, b, equal_var=False)`.
///
/// Every figure is `None` when either group has fewer than two values, both variances are 0,
/// or a value is NaN or infinite.
#[must_use]
pub fn welch(a: &[f64], b: &[f64]) -> Welch {
    welch_parts(a, b).unwrap_or(Welch::UNDEFINED)
}

/// Welch's t, df and p, or `None` when undefined.
fn welch_parts(a: &[f64], b: &[f64]) -> Option<Welch> {
    let (n1, n2) = (a.len() as f64, b.len() as f64);
    let vn1 = variance(a)? / n1;
    let vn2 = variance(b)? / n2;
    let sum = vn1 + vn2;
    if sum <= 0.0 {
        return None;
    }
    let df = finite(sum * sum / (vn1 * vn1 / (n1 - 1.0) + vn2 * vn2 / (n2 - 1.0)))?;
    let t = finite((mean(a)? - mean(b)?) / sum.sqrt())?;
    Some(Welch { t: Some(t), df: Some(df), p: t_two_sided_p(t, df) })
}

/// Mann–Whitney U test of `a` against `b`, normal approximation.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MannWhitney {
    /// U statistic of `a`: its rank sum in the pooled sample minus `n_a · (n_a + 1) / 2`.
    pub u: f64,
    /// Two-sided p-value (tie- and continuity-corrected normal approximation).
    pub p: f64,
}

/// Mann–Whitney U as `scipy.stats.mannwhitneyu(a, b, method='asymptotic', use_continuity=True)`.
///
/// `None` when either group is empty, a value is NaN or infinite, or all values are equal
/// (the null variance of U is 0).
#[must_use]
pub fn mann_whitney(a: &[f64], b: &[f64]) -> Option<MannWhitney> {
    if a.is_empty() || b.is_empty() || !all_finite(a) || !all_finite(b) {
        return None;
    }
    let (n1, n2) = (a.len() as f64, b.len() as f64);
    let pooled: Vec<f64> = a.iter().chain(b).copied().collect();
    let rank_sum_a: f64 = average_ranks(&pooled)[..a.len()].iter().sum();
    let u1 = rank_sum_a - n1 * (n1 + 1.0) / 2.0;
    let u = u1.max(n1 * n2 - u1);
    let sd = u_null_sd(&pooled, n1, n2)?;
    // z of the larger U, so it is >= -0.5 / sd; doubling its upper tail gives the two-sided p.
    let z = (u - n1 * n2 / 2.0 - 0.5) / sd;
    Some(MannWhitney { u: finite(u1)?, p: (2.0 * normal_sf(z)?).min(1.0) })
}

/// Tie-corrected standard deviation of U under the null hypothesis; `None` when it is 0.
fn u_null_sd(pooled: &[f64], n1: f64, n2: f64) -> Option<f64> {
    let n = n1 + n2;
    let tie_term: f64 = tie_groups(pooled)
        .into_iter()
        .map(|t| {
            let t = t as f64;
            t * t * t - t
        })
        .sum();
    let var = n1 * n2 / 12.0 * ((n + 1.0) - tie_term / (n * (n - 1.0)));
    (var > 0.0).then(|| var.sqrt()).and_then(finite)
}
