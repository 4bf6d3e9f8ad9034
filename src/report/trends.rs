//! Trends over the last 12 calendar months, and scale reliability pooled over them.

use std::collections::BTreeMap;

use super::build::Computed;
use super::model::{PeriodReport, Reliability, Trend};
use crate::domain::period::Period;
use crate::stats;

/// A trend needs this many shown months.
pub const TREND_MIN_MONTHS: usize = 5;
/// Cronbach's alpha needs this many respondents.
pub const ALPHA_MIN_N: usize = 30;

/// Indices of the periods within the 12 calendar months ending at the latest one.
fn last_twelve(periods: &[PeriodReport]) -> Vec<(usize, Period)> {
    let parsed: Vec<(usize, Period)> = periods
        .iter()
        .enumerate()
        .filter_map(|(i, p)| Period::parse(&p.period).ok().map(|q| (i, q)))
        .collect();
    let Some(&(_, latest)) = parsed.last() else { return Vec::new() };
    parsed.into_iter().filter(|(_, p)| latest.months_since(*p) < 12).collect()
}

/// Mann–Kendall and the OLS slope of the shown monthly means, per dimension, over the months
/// since its wording last changed.
pub fn trends(periods: &[PeriodReport], dimensions: &[String]) -> BTreeMap<String, Trend> {
    let window = last_twelve(periods);
    let mut out = BTreeMap::new();
    for dim in dimensions {
        let mut points: Vec<(Period, f64)> = Vec::new();
        for (i, p) in &window {
            let Some(f) = periods[*i].dimensions.get(dim) else { continue };
            if f.wording_changed {
                points.clear();
            }
            points.push((*p, f.mean));
        }
        if points.len() < TREND_MIN_MONTHS {
            continue;
        }
        let first = points[0].0;
        let xs: Vec<f64> = points.iter().map(|(p, _)| f64::from(p.months_since(first))).collect();
        let ys: Vec<f64> = points.iter().map(|(_, m)| *m).collect();
        let (Some(fit), Some(mk)) = (stats::linregress_xy(&xs, &ys), stats::mann_kendall(&ys)) else {
            continue;
        };
        out.insert(
            dim.to_string(),
            Trend {
                months: points.len(),
                slope: fit.slope,
                slope_p: fit.p,
                mann_kendall_s: mk.s,
                mann_kendall_p: mk.p,
            },
        );
    }
    out
}

/// Cronbach's alpha of each dimension's items, pooling the shown months of the last 12.
pub fn reliability(computed: &Computed<'_>, root: i64) -> BTreeMap<String, Reliability> {
    let window = last_twelve(&computed.periods);
    let mut out = BTreeMap::new();
    for dim in computed.index.reported() {
        let mut rows: Vec<Vec<f64>> = Vec::new();
        for (i, _) in window.iter().filter(|(i, _)| computed.periods[*i].dimensions.contains_key(dim)) {
            for r in computed.rounds[*i].members(&computed.tree, root) {
                let items: Vec<f64> = r.items(computed.index, dim).map(f64::from).collect();
                if items.len() >= 2 {
                    rows.push(items);
                }
            }
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        rows.retain(|r| r.len() == width);
        if rows.len() < ALPHA_MIN_N {
            continue;
        }
        if let Some(a) = stats::cronbach_alpha(&rows) {
            out.insert(dim.to_string(), Reliability { n: rows.len(), alpha: a.alpha, ci95: a.ci95 });
        }
    }
    out
}
