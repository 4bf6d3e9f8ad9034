//! Minimum detectable change: the smallest difference in means a pooled two-sample t-test would
//! detect with 80 % power at α = 0.05 (two-sided), and the pooled standard deviation it scales.

use super::dist::{normal_quantile, t_quantile};
use super::nct::nct_cdf;
use super::sample::{finite, sum_sq_dev};

/// Power the minimum detectable change is computed for.
pub const MDC_POWER: f64 = 0.8;

/// Two-sided significance level of the minimum detectable change.
pub const MDC_ALPHA: f64 = 0.05;

/// Bisection stops when the bracket is this narrow relative to its upper end.
const BISECTION_REL_TOL: f64 = 1.0e-15;

/// Most bisection steps (the bracket halves each time, so 200 is never reached in practice).
const BISECTION_STEPS: usize = 200;

/// Most doublings of the upper end while looking for a bracket.
const BRACKET_DOUBLINGS: usize = 60;

/// Pooled standard deviation of two groups: `√((Σ(a - ā)² + Σ(b - b̄)²) / (n_a + n_b - 2))`.
///
/// `None` when either group has fewer than two values or a value is NaN or infinite.
#[must_use]
pub fn pooled_sd(a: &[f64], b: &[f64]) -> Option<f64> {
    if a.len() < 2 || b.len() < 2 {
        return None;
    }
    let df = (a.len() + b.len() - 2) as f64;
    finite(((sum_sq_dev(a)? + sum_sq_dev(b)?) / df).sqrt())
}

/// Minimum detectable change in points for groups of `n1` and `n2` answers with standard
/// deviation `pooled_sd`: `d · pooled_sd`, where d is the effect size (difference / sd) that a
/// pooled two-sample t-test (df = n1 + n2 - 2) detects with power [`MDC_POWER`] at
/// [`MDC_ALPHA`], two-sided.
///
/// Power is computed from the noncentral t distribution with noncentrality `d · √(n1·n2/(n1+n2))`,
/// `P(T' > t_crit) + P(T' < -t_crit)`, as statsmodels' `TTestIndPower`; its CDF is algorithm AS 243
/// (Lenth 1989, Applied Statistics 38, 185–189) on statrs' incomplete beta and log-gamma, and d is
/// found by bisection. Agrees with `TTestIndPower().solve_power(...) · pooled_sd` (scripts/oracle).
/// Sizes beyond a few hundred thousand lose a little accuracy in the log-gamma difference.
/// `None` for `n1 < 2`, `n2 < 2`, or a `pooled_sd` that is not positive and finite.
#[must_use]
pub fn mdc(n1: usize, n2: usize, pooled_sd: f64) -> Option<f64> {
    if n1 < 2 || n2 < 2 || !pooled_sd.is_finite() || pooled_sd <= 0.0 {
        return None;
    }
    finite(detectable_effect(n1 as f64, n2 as f64)? * pooled_sd)
}

/// Effect size d with power exactly [`MDC_POWER`] for groups of `n1` and `n2`.
fn detectable_effect(n1: f64, n2: f64) -> Option<f64> {
    let df = n1 + n2 - 2.0;
    let t_crit = t_quantile(1.0 - MDC_ALPHA / 2.0, df)?;
    let scale = (n1 * n2 / (n1 + n2)).sqrt();
    let shortfall = |d: f64| Some(two_sided_power(t_crit, df, d * scale)? - MDC_POWER);
    // The normal approximation (z_{1-α/2} + z_power) / scale is a close lower guess.
    let guess = (normal_quantile(1.0 - MDC_ALPHA / 2.0)? + normal_quantile(MDC_POWER)?) / scale;
    let hi = bracket_upper(&shortfall, guess)?;
    bisect(&shortfall, 0.0, hi)
}

/// Power of the two-sided t-test with critical value `t_crit` when the statistic is noncentral t
/// with `df` degrees of freedom and noncentrality `nc`.
fn two_sided_power(t_crit: f64, df: f64, nc: f64) -> Option<f64> {
    Some(1.0 - nct_cdf(t_crit, df, nc)? + nct_cdf(-t_crit, df, nc)?)
}

/// First of `start`, `2·start`, `4·start`, … where the increasing function `f` is not negative.
fn bracket_upper(f: &impl Fn(f64) -> Option<f64>, start: f64) -> Option<f64> {
    let mut hi = finite(start).filter(|&s| s > 0.0)?;
    for _ in 0..BRACKET_DOUBLINGS {
        if f(hi)? >= 0.0 {
            return Some(hi);
        }
        hi *= 2.0;
    }
    None
}

/// Root of the increasing function `f` in [`lo`, `hi`] by bisection, to a relative width of
/// [`BISECTION_REL_TOL`]; `None` when `f` is undefined at a step.
fn bisect(f: &impl Fn(f64) -> Option<f64>, mut lo: f64, mut hi: f64) -> Option<f64> {
    for _ in 0..BISECTION_STEPS {
        if hi - lo <= BISECTION_REL_TOL * hi.abs() {
            break;
        }
        let mid = 0.5 * (lo + hi);
        if f(mid)? < 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    finite(0.5 * (lo + hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bisection_finds_a_square_root() {
        let root = bisect(&|x: f64| Some(x * x - 2.0), 0.0, 2.0).unwrap();
        assert!((root - 2f64.sqrt()).abs() < 1e-14);
    }

    #[test]
    fn power_at_the_mdc_is_eighty_percent() {
        let d = detectable_effect(10.0, 12.0).unwrap();
        let t_crit = t_quantile(0.975, 20.0).unwrap();
        let power = two_sided_power(t_crit, 20.0, d * (120.0f64 / 22.0).sqrt()).unwrap();
        assert!((power - MDC_POWER).abs() < 1e-12);
    }

    #[test]
    fn mdc_scales_with_the_sd_and_shrinks_with_n() {
        let one = mdc(10, 10, 1.0).unwrap();
        assert!((mdc(10, 10, 2.5).unwrap() - 2.5 * one).abs() < 1e-12);
        assert!(mdc(40, 40, 1.0).unwrap() < one);
        assert_eq!(mdc(7, 3, 1.0), mdc(3, 7, 1.0));
    }

    #[test]
    fn large_groups_approach_the_normal_approximation() {
        // (1.959964 + 0.841621) · √(2/n) for n = 5000 per group.
        let ours = mdc(5000, 5000, 1.0).unwrap();
        let normal = 2.801_585_218 * (2.0f64 / 5000.0).sqrt();
        assert!((ours - normal).abs() / normal < 1e-3, "{ours} vs {normal}");
    }

    #[test]
    fn undefined_inputs_give_none() {
        assert_eq!(mdc(1, 10, 1.0), None);
        assert_eq!(mdc(10, 1, 1.0), None);
        assert_eq!(mdc(10, 10, 0.0), None);
        assert_eq!(mdc(10, 10, -1.0), None);
        assert_eq!(mdc(10, 10, f64::NAN), None);
        assert_eq!(mdc(10, 10, f64::INFINITY), None);
        assert_eq!(pooled_sd(&[1.0], &[1.0, 2.0]), None);
        assert_eq!(pooled_sd(&[1.0, 2.0], &[]), None);
        assert_eq!(pooled_sd(&[1.0, f64::NAN], &[1.0, 2.0]), None);
        assert_eq!(pooled_sd(&[3.0, 3.0], &[4.0, 4.0]), Some(0.0));
    }
}
