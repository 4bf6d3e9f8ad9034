//! Small numeric helpers shared by the statistics families.

/// `Some(x)` when `x` is finite, `None` for NaN and the infinities.
pub(crate) fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// True when every value is finite (no NaN, no infinity).
pub(crate) fn all_finite(xs: &[f64]) -> bool {
    xs.iter().all(|x| x.is_finite())
}

/// Arithmetic mean; `None` for an empty slice.
pub(crate) fn mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    finite(xs.iter().sum::<f64>() / xs.len() as f64)
}

/// Sum of squared deviations from the mean; `None` for an empty slice.
pub(crate) fn sum_sq_dev(xs: &[f64]) -> Option<f64> {
    let m = mean(xs)?;
    finite(xs.iter().map(|x| (x - m) * (x - m)).sum())
}

/// Sample variance (divisor n - 1); `None` for fewer than two values.
pub(crate) fn variance(xs: &[f64]) -> Option<f64> {
    if xs.len() < 2 {
        return None;
    }
    finite(sum_sq_dev(xs)? / (xs.len() - 1) as f64)
}

/// Sizes of the groups of equal values (ties) in `xs`, groups of one included.
pub(crate) fn tie_groups(xs: &[f64]) -> Vec<usize> {
    let mut sorted = xs.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mut groups = Vec::new();
    let mut start = 0;
    for i in 1..=sorted.len() {
        if i == sorted.len() || sorted[i] != sorted[start] {
            groups.push(i - start);
            start = i;
        }
    }
    groups
}

/// Average (mid) ranks, 1-based, in the order of `xs`: ties share the mean of their ranks.
pub(crate) fn average_ranks(xs: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..xs.len()).collect();
    order.sort_by(|&i, &j| xs[i].total_cmp(&xs[j]));
    let mut ranks = vec![0.0; xs.len()];
    let mut start = 0;
    for end in 1..=order.len() {
        if end == order.len() || xs[order[end]] != xs[order[start]] {
            let rank = (start + 1 + end) as f64 / 2.0;
            order[start..end].iter().for_each(|&k| ranks[k] = rank);
            start = end;
        }
    }
    ranks
}
