//! Thin wrappers over statrs distributions that return `None` instead of panicking or NaN.

use super::sample::finite;
use statrs::distribution::{ContinuousCDF, FisherSnedecor, Normal, StudentsT};

/// Two-sided p-value of a standard-normal statistic: `2 * sf(|z|)` (scipy's convention).
pub(crate) fn normal_two_sided_p(z: f64) -> Option<f64> {
    finite(2.0 * Normal::standard().sf(finite(z)?.abs()))
}

/// Upper-tail probability of the standard normal at `z`.
pub(crate) fn normal_sf(z: f64) -> Option<f64> {
    finite(Normal::standard().sf(finite(z)?))
}

/// Two-sided p-value of a standard-normal statistic as pymannkendall computes it: `2 * (1 - cdf(|z|))`.
pub(crate) fn normal_two_sided_p_complement(z: f64) -> Option<f64> {
    finite(2.0 * (1.0 - Normal::standard().cdf(finite(z)?.abs())))
}

/// Standard-normal quantile.
pub(crate) fn normal_quantile(p: f64) -> Option<f64> {
    if !(0.0..=1.0).contains(&p) {
        return None;
    }
    finite(Normal::standard().inverse_cdf(p))
}

/// Student's t distribution with `df` degrees of freedom.
fn students_t(df: f64) -> Option<StudentsT> {
    StudentsT::new(0.0, 1.0, finite(df)?).ok()
}

/// Two-sided p-value of a t statistic with `df` degrees of freedom: `2 * sf(|t|)`.
pub(crate) fn t_two_sided_p(t: f64, df: f64) -> Option<f64> {
    finite(2.0 * students_t(df)?.sf(finite(t)?.abs()))
}

/// Quantile of Student's t with `df` degrees of freedom.
pub(crate) fn t_quantile(p: f64, df: f64) -> Option<f64> {
    if !(0.0..1.0).contains(&p) || p == 0.0 {
        return None;
    }
    finite(students_t(df)?.inverse_cdf(p))
}

/// Quantile of the F distribution with (`d1`, `d2`) degrees of freedom.
pub(crate) fn f_quantile(p: f64, d1: f64, d2: f64) -> Option<f64> {
    if !(0.0..1.0).contains(&p) || p == 0.0 {
        return None;
    }
    finite(FisherSnedecor::new(d1, d2).ok()?.inverse_cdf(p))
}
