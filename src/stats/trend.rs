//! Trends over an ordered series (x = 0, 1, …, n-1): least-squares line, Kendall's tau-b, Mann–Kendall test.

use super::dist::{normal_two_sided_p, normal_two_sided_p_complement, t_two_sided_p};
use super::sample::{all_finite, finite, mean, tie_groups};
use serde::Serialize;

/// Guard against division by zero for a perfect fit, as in scipy's `linregress`.
const TINY: f64 = 1.0e-20;

/// Ordinary least-squares line through (i, ys[i]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LinearFit {
    /// Change per step of x.
    pub slope: f64,
    /// Fitted value at x = 0.
    pub intercept: f64,
    /// Pearson correlation of x and y; `None` when y is constant.
    pub r: Option<f64>,
    /// Two-sided p-value of slope = 0 (t with n - 2 df); `None` for n = 2 or constant y.
    pub p: Option<f64>,
    /// Standard error of the slope; `None` for n = 2.
    pub stderr: Option<f64>,
}

/// Means and mean (co)deviations of x and y, as numpy's `cov(x, y, bias=1)`.
struct Moments {
    x_mean: f64,
    y_mean: f64,
    /// Mean of (x - x̄)².
    xx: f64,
    /// Mean of (x - x̄)(y - ȳ).
    xy: f64,
    /// Mean of (y - ȳ)².
    yy: f64,
}

impl Moments {
    /// Moments of (xs[i], ys[i]); `None` for an empty series.
    fn of(xs: &[f64], ys: &[f64]) -> Option<Moments> {
        let (x_mean, y_mean) = (mean(xs)?, mean(ys)?);
        let co = |u: &[f64], u_mean: f64, v: &[f64], v_mean: f64| -> f64 {
            let sum: f64 = u.iter().zip(v).map(|(a, b)| (a - u_mean) * (b - v_mean)).sum();
            sum / u.len() as f64
        };
        Some(Moments {
            x_mean,
            y_mean,
            xx: co(xs, x_mean, xs, x_mean),
            xy: co(xs, x_mean, ys, y_mean),
            yy: co(ys, y_mean, ys, y_mean),
        })
    }
}

/// Least-squares fit of `ys` against x = 0..n-1, as `scipy.stats.linregress`;
/// `None` for n < 2 or a NaN or infinite value.
#[must_use]
pub fn linregress(ys: &[f64]) -> Option<LinearFit> {
    let xs: Vec<f64> = (0..ys.len()).map(|i| i as f64).collect();
    linregress_xy(&xs, ys)
}

/// Least-squares fit of `ys` against `xs` (e.g. months since the first, with gaps), as
/// `scipy.stats.linregress(xs, ys)`; `None` for n < 2, unequal lengths, constant x, or a NaN
/// or infinite value.
#[must_use]
pub fn linregress_xy(xs: &[f64], ys: &[f64]) -> Option<LinearFit> {
    let n = ys.len();
    if n < 2 || xs.len() != n || !all_finite(ys) || !all_finite(xs) {
        return None;
    }
    let m = Moments::of(xs, ys)?;
    let slope = finite(m.xy / m.xx)?;
    let r = (m.yy > 0.0).then(|| (m.xy / (m.xx * m.yy).sqrt()).clamp(-1.0, 1.0));
    let df = (n - 2) as f64;
    // With constant y the residuals are all 0, so the slope's standard error is 0.
    let stderr =
        (n > 2).then(|| ((1.0 - r.unwrap_or(0.0).powi(2)) * m.yy / m.xx / df).sqrt()).and_then(finite);
    Some(LinearFit {
        slope,
        intercept: finite(m.y_mean - slope * m.x_mean)?,
        r: r.and_then(finite),
        p: r.filter(|_| n > 2).and_then(|r| slope_p(r, df)),
        stderr,
    })
}

/// Two-sided p-value of the slope from r with `df` = n - 2 degrees of freedom.
fn slope_p(r: f64, df: f64) -> Option<f64> {
    let t = r * (df / ((1.0 - r + TINY) * (1.0 + r + TINY))).sqrt();
    t_two_sided_p(t, df)
}

/// Kendall's S: concordant minus discordant pairs of (i, ys[i]).
fn kendall_s(ys: &[f64]) -> f64 {
    let mut s = 0i64;
    for (i, a) in ys.iter().enumerate() {
        for b in &ys[i + 1..] {
            s += i64::from(b > a) - i64::from(b < a);
        }
    }
    s as f64
}

/// Tie sums of `ys`: (pairs tied, Σ t(t-1)(2t+5)) over groups of t equal values.
fn tie_sums(ys: &[f64]) -> (f64, f64) {
    tie_groups(ys)
        .into_iter()
        .map(|t| t as f64)
        .fold((0.0, 0.0), |(pairs, v), t| (pairs + t * (t - 1.0) / 2.0, v + t * (t - 1.0) * (2.0 * t + 5.0)))
}

/// Null variance of S with ties in y only: (n(n-1)(2n+5) - Σ t(t-1)(2t+5)) / 18.
fn s_variance(n: f64, tie_v: f64) -> f64 {
    (n * (n - 1.0) * (2.0 * n + 5.0) - tie_v) / 18.0
}

/// Kendall's tau-b between x = 0..n-1 and y.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct KendallTau {
    /// Tau-b (tie-adjusted for y; x has no ties).
    pub tau: f64,
    /// Two-sided p-value, normal approximation without continuity correction; `None` for n = 2.
    pub p: Option<f64>,
}

/// Tau-b as `scipy.stats.kendalltau(range(n), ys, method='asymptotic')`;
/// `None` for n < 2, when all values are equal, or for a NaN or infinite value.
#[must_use]
pub fn kendall_tau_b(ys: &[f64]) -> Option<KendallTau> {
    let n = ys.len() as f64;
    let total_pairs = n * (n - 1.0) / 2.0;
    let (tied_pairs, tie_v) = tie_sums(ys);
    if ys.len() < 2 || tied_pairs >= total_pairs || !all_finite(ys) {
        return None;
    }
    let s = kendall_s(ys);
    let tau = s / total_pairs.sqrt() / (total_pairs - tied_pairs).sqrt();
    // scipy's extra term x0·y0 / (9 m (n-2)) is 0 / 0 for n = 2, hence no p there.
    let p = (ys.len() > 2).then(|| normal_two_sided_p(s / s_variance(n, tie_v).sqrt())).flatten();
    Some(KendallTau { tau: finite(tau)?.clamp(-1.0, 1.0), p })
}

/// Mann–Kendall trend test of a series.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MannKendall {
    /// Kendall's S: Σ over i < j of `sign(y[j] - y[i])`.
    pub s: f64,
    /// Tie-corrected variance of S.
    pub var_s: f64,
    /// (S - sign(S)) / √Var(S).
    pub z: f64,
    /// Two-sided normal p-value of z.
    pub p: f64,
    /// Kendall's tau-a: S / (n(n-1)/2).
    pub tau: f64,
}

/// Mann–Kendall test as `pymannkendall.original_test`;
/// `None` for n < 2, when all values are equal, or for a NaN or infinite value.
#[must_use]
pub fn mann_kendall(ys: &[f64]) -> Option<MannKendall> {
    let n = ys.len() as f64;
    let var_s = s_variance(n, tie_sums(ys).1);
    if ys.len() < 2 || var_s <= 0.0 || !all_finite(ys) {
        return None;
    }
    let s = kendall_s(ys);
    let z = if s == 0.0 { 0.0 } else { finite((s - s.signum()) / var_s.sqrt())? };
    Some(MannKendall { s, var_s, z, p: normal_two_sided_p_complement(z)?, tau: s / (0.5 * n * (n - 1.0)) })
}
