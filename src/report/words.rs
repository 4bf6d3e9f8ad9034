//! The report in plain sentences: what changed, what did not, and where there is too little
//! to tell. Arrows are only ever drawn from significant changes.

use super::model::{Change, DimensionFigures, TeamReport, dimension_label};
use crate::domain::period::Period;

/// "2026-03" as "March 2026".
pub fn month_label(period: &str) -> String {
    Period::parse(period).map(|p| p.first_day().format("%B %Y").to_string()).unwrap_or_else(|_| period.into())
}

/// "2026-03" as "March".
fn month_name(period: &str) -> String {
    Period::parse(period).map(|p| p.first_day().format("%B").to_string()).unwrap_or_else(|_| period.into())
}

/// Fewer respondents than this in either month: say that a change cannot be told.
const TELL_MIN: i64 = 10;

/// Sentences about the latest round and the trends.
pub fn summary(report: &TeamReport) -> Vec<String> {
    let Some(latest) = report.periods.last() else {
        return vec!["No closed pulse yet: results appear here when the first one closes.".into()];
    };
    let month = month_label(&latest.period);
    if latest.suppressed {
        return vec![format!(
            "Too few answers in {month} to show results: a group needs at least {} respondents, and none may be revealed by subtracting one group from another.",
            latest.min_group
        )];
    }
    let mut lines: Vec<String> = report
        .scored_dimensions()
        .filter_map(|dim| latest.dimensions.get(dim).map(|f| dimension_sentence(dim, f)))
        .collect();
    for (dim, trend) in report.scored_dimensions().filter_map(|d| report.trends.get(d).map(|t| (d, t))) {
        if trend.mann_kendall_p < 0.05 {
            let direction = if trend.slope > 0.0 { "rising" } else { "falling" };
            lines.push(format!(
                "{} has been {direction} over the last {} shown months ({:+.2} points a month, Mann–Kendall {}).",
                dimension_label(dim),
                trend.months,
                trend.slope,
                p_text("p", trend.mann_kendall_p)
            ));
        }
    }
    lines
}

fn dimension_sentence(dim: &str, f: &DimensionFigures) -> String {
    let label = dimension_label(dim);
    let level = format!(
        "{label} is {:.1} of {}, {:.0}% favourable (n = {})",
        f.mean,
        f.distribution.len(),
        f.favorable * 100.0,
        f.n
    );
    match &f.change {
        None if f.wording_changed => {
            format!("{level}; its wording changed this month, so it is not compared with the month before.")
        }
        None => format!("{level}; no shown month right before to compare with."),
        Some(c) => format!("{level}. {}", change_sentence(&label, f.n, c)),
    }
}

fn change_sentence(label: &str, n: i64, c: &Change) -> String {
    let since = month_name(&c.since);
    match c.q {
        Some(q) if c.significant => {
            let verb = if c.delta > 0.0 { "rose" } else { "fell" };
            format!("{label} {verb} {:.1} points since {since}, {}.", c.delta.abs(), p_text("q", q))
        }
        _ if n < TELL_MIN => format!("Too few answers to tell a change since {since}."),
        Some(q) => format!(
            "No detectable change since {since} ({} points, {}){}",
            signed(c.delta),
            p_text("q", q),
            noise_floor(n, c)
        ),
        None => {
            format!("No detectable change since {since} ({} points){}", signed(c.delta), noise_floor(n, c))
        }
    }
}

/// ": with 9 and 11 answers, a change under 0.6 points cannot be told from noise." (the
/// minimum detectable change), or "." when it is undefined.
fn noise_floor(n: i64, c: &Change) -> String {
    match c.mdc {
        Some(mdc) => format!(
            ": with {} and {n} answers, a change under {mdc:.1} points cannot be told from noise.",
            c.n_before
        ),
        None => ".".into(),
    }
}

/// "q = 0.03", or "q < 0.01" for the small ones.
pub fn p_text(name: &str, p: f64) -> String {
    if p < 0.01 { format!("{name} < 0.01") } else { format!("{name} = {p:.2}") }
}

/// One decimal with its sign; a change that rounds to zero is "0.0", never "-0.0".
pub fn signed(x: f64) -> String {
    if (x * 10.0).round() == 0.0 { "0.0".into() } else { format!("{x:+.1}") }
}
