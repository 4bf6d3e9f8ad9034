//! Scale-level figures: Cronbach's alpha with its Feldt interval, respondent scores, eNPS with its standard error.

use super::describe::{Describe, describe};
use super::dist::f_quantile;
use super::sample::{all_finite, finite, variance};
use serde::Serialize;

/// Cronbach's alpha of a multi-item scale with its 95 % Feldt interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Alpha {
    /// k/(k-1) · (1 - Σ item variances / variance of respondent sums).
    pub alpha: f64,
    /// Feldt interval: 1 - (1 - alpha) · F⁻¹(0.975 and 0.025; n-1, (n-1)(k-1)).
    pub ci95: (f64, f64),
}

/// Cronbach's alpha of `rows` (respondents × items) with its 95 % Feldt interval.
///
/// `None` with fewer than two respondents or items, rows of unequal length,
/// a NaN or infinite answer, or when the respondent sums do not vary.
#[must_use]
pub fn cronbach_alpha<R: AsRef<[f64]>>(rows: &[R]) -> Option<Alpha> {
    let n = rows.len();
    let k = rows.first()?.as_ref().len();
    let valid = |r: &R| r.as_ref().len() == k && all_finite(r.as_ref());
    if n < 2 || k < 2 || !rows.iter().all(valid) {
        return None;
    }
    let column = |j: usize| -> Vec<f64> { rows.iter().map(|r| r.as_ref()[j]).collect() };
    let item_var_sum = (0..k).map(|j| variance(&column(j))).sum::<Option<f64>>()?;
    let sums: Vec<f64> = rows.iter().map(|r| r.as_ref().iter().sum()).collect();
    let total_var = variance(&sums).filter(|&v| v > 0.0)?;
    let kf = k as f64;
    let alpha = finite(kf / (kf - 1.0) * (1.0 - item_var_sum / total_var))?;
    Some(Alpha { alpha, ci95: feldt95(alpha, n as f64, kf)? })
}

/// 95 % Feldt interval of alpha for `n` respondents and `k` items.
fn feldt95(alpha: f64, n: f64, k: f64) -> Option<(f64, f64)> {
    let (d1, d2) = (n - 1.0, (n - 1.0) * (k - 1.0));
    let lo = 1.0 - (1.0 - alpha) * f_quantile(0.975, d1, d2)?;
    let hi = 1.0 - (1.0 - alpha) * f_quantile(0.025, d1, d2)?;
    Some((finite(lo)?, finite(hi)?))
}

/// `describe` of each respondent's mean over their items (respondents with no items are left out).
#[must_use]
pub fn scores_describe<R: AsRef<[f64]>>(rows: &[R]) -> Describe {
    let scores: Vec<f64> = rows
        .iter()
        .map(AsRef::as_ref)
        .filter(|r| !r.is_empty())
        .map(|r| r.iter().sum::<f64>() / r.len() as f64)
        .collect();
    describe(&scores)
}

/// Employee Net Promoter Score with its standard error.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Enps {
    /// 100 · (share of 9–10 − share of 0–6), from -100 to 100.
    pub score: f64,
    /// 100 · √((pP + pD − (pP − pD)²) / n).
    pub se: f64,
}

/// eNPS of 0–10 answers and its standard error; `None` when there are no answers
/// or one is NaN or infinite.
#[must_use]
pub fn enps(xs: &[f64]) -> Option<Enps> {
    if xs.is_empty() || !all_finite(xs) {
        return None;
    }
    let n = xs.len() as f64;
    let promoters = xs.iter().filter(|&&x| x >= 9.0).count() as f64 / n;
    let detractors = xs.iter().filter(|&&x| x <= 6.0).count() as f64 / n;
    let diff = promoters - detractors;
    let se = 100.0 * ((promoters + detractors - diff * diff).max(0.0) / n).sqrt();
    Some(Enps { score: 100.0 * diff, se: finite(se)? })
}
