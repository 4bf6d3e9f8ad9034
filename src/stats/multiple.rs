//! Multiple-testing correction: Benjamini–Hochberg false discovery rate.

/// Benjamini–Hochberg adjusted p-values, in the input order, as
/// `scipy.stats.false_discovery_control(ps, method='bh')`.
///
/// `None` when any p-value is NaN or outside [0, 1]; an empty input gives an empty list.
#[must_use]
pub fn benjamini_hochberg(ps: &[f64]) -> Option<Vec<f64>> {
    if ps.iter().any(|p| !(0.0..=1.0).contains(p)) {
        return None;
    }
    let m = ps.len() as f64;
    let mut order: Vec<usize> = (0..ps.len()).collect();
    order.sort_by(|&i, &j| ps[i].total_cmp(&ps[j]));
    let mut adjusted = vec![0.0; ps.len()];
    let mut running_min = f64::INFINITY;
    for (rank, &idx) in order.iter().enumerate().rev() {
        running_min = running_min.min(ps[idx] * (m / (rank + 1) as f64));
        adjusted[idx] = running_min.clamp(0.0, 1.0);
    }
    Some(adjusted)
}
