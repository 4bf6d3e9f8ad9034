//! Changes against the previous calendar month, with Benjamini–Hochberg across the
//! dimensions of a round.

use std::collections::BTreeMap;

use super::model::{Change, PeriodReport};
use crate::domain::period::Period;
use crate::stats;

/// q below this is called a significant change.
pub const SIGNIFICANT_Q: f64 = 0.05;

/// Adds `change` to every shown dimension whose previous calendar month is shown too.
/// `scores[i]` holds the respondents' scores behind `periods[i]` (shown dimensions only).
pub fn add_changes(periods: &mut [PeriodReport], scores: &[BTreeMap<String, Vec<f64>>]) {
    let index: BTreeMap<String, usize> =
        periods.iter().enumerate().map(|(i, p)| (p.period.clone(), i)).collect();
    for i in 0..periods.len() {
        let Some(previous) = Period::parse(&periods[i].period).ok().map(|p| p.previous().to_string()) else {
            continue;
        };
        let Some(&j) = index.get(&previous) else { continue };
        for (dim, now) in &scores[i] {
            let Some(before) = scores[j].get(dim) else { continue };
            let change = compare(&previous, now, before);
            // Two wordings are different questions: no test compares them.
            if let Some(figures) = periods[i].dimensions.get_mut(dim).filter(|f| !f.wording_changed) {
                figures.change = Some(change);
            }
        }
        adjust(&mut periods[i]);
    }
}

fn compare(since: &str, now: &[f64], before: &[f64]) -> Change {
    let welch = stats::welch(now, before);
    let mean = |xs: &[f64]| xs.iter().sum::<f64>() / xs.len().max(1) as f64;
    Change {
        since: since.to_string(),
        delta: mean(now) - mean(before),
        welch_t: welch.t,
        df: welch.df,
        p: welch.p,
        q: None,
        mann_whitney_p: stats::mann_whitney(now, before).map(|m| m.p),
        significant: false,
        n_before: i64::try_from(before.len()).unwrap_or(i64::MAX),
        mdc: stats::pooled_sd(now, before).and_then(|sd| stats::mdc(now.len(), before.len(), sd)),
    }
}

/// Benjamini–Hochberg over the defined p-values of one round's changes.
fn adjust(period: &mut PeriodReport) {
    let with_p: Vec<(String, f64)> = period
        .dimensions
        .iter()
        .filter_map(|(d, f)| f.change.as_ref().and_then(|c| c.p).map(|p| (d.clone(), p)))
        .collect();
    let ps: Vec<f64> = with_p.iter().map(|(_, p)| *p).collect();
    let Some(qs) = stats::benjamini_hochberg(&ps) else { return };
    for ((dim, _), q) in with_p.iter().zip(qs) {
        if let Some(change) = period.dimensions.get_mut(dim).and_then(|f| f.change.as_mut()) {
            change.q = Some(q);
            change.significant = q < SIGNIFICANT_Q;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_carries_the_smallest_change_its_sizes_could_detect() {
        let now = [4.0, 4.5, 3.0, 5.0, 4.0, 3.5];
        let before = [3.0, 3.5, 4.0, 2.5];
        let change = compare("2026-10", &now, &before);
        assert_eq!(change.n_before, 4);
        let expected = stats::mdc(6, 4, stats::pooled_sd(&now, &before).unwrap());
        assert_eq!(change.mdc, expected);
        assert!(change.mdc.is_some_and(|m| m > change.delta.abs()), "small groups: a big MDC");
        assert_eq!(compare("2026-10", &[4.0], &before).mdc, None, "one answer: no MDC");
    }
}
