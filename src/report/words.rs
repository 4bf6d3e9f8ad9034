//! The report in plain sentences: what changed, what did not, and where there is too little
//! to tell. Arrows are only ever drawn from significant changes.

use super::model::{Change, DimensionFigures, TeamReport, dimension_label_in};
use crate::domain::period::Period;
use crate::i18n::{self, Lang};

/// "2026-03" as "March 2026".
pub fn month_label(period: &str) -> String {
    Period::parse(period).map(|p| p.first_day().format("%B %Y").to_string()).unwrap_or_else(|_| period.into())
}

/// "2026-03" as "March 2026" in `lang` ("März 2026").
pub fn month_label_in(lang: crate::i18n::Lang, period: &str) -> String {
    Period::parse(period)
        .map(|p| crate::i18n::month_label(lang, p.first_day()))
        .unwrap_or_else(|_| period.into())
}

/// "2026-03" as "March" in `lang`.
fn month_name_in(lang: Lang, period: &str) -> String {
    Period::parse(period)
        .map(|p| i18n::format_date(lang, "format-month-name", p.first_day()))
        .unwrap_or_else(|_| period.into())
}

/// Fewer respondents than this in either month: say that a change cannot be told.
const TELL_MIN: i64 = 10;

/// Sentences about the latest round and the trends, in English (the JSON API and the CLI).
pub fn summary(report: &TeamReport) -> Vec<String> {
    summary_in(Lang::En, report)
}

/// [`summary`] in `lang`, for pages and emails.
pub fn summary_in(lang: Lang, report: &TeamReport) -> Vec<String> {
    let Some(latest) = report.periods.last() else {
        return vec![i18n::t(lang, "summary-no-pulse", &[])];
    };
    let month = month_label_in(lang, &latest.period);
    if latest.suppressed {
        let args = [("month", month.into()), ("min_group", latest.min_group.into())];
        return vec![i18n::t(lang, "summary-suppressed", &args)];
    }
    let mut lines: Vec<String> = report
        .scored_dimensions()
        .filter_map(|dim| latest.dimensions.get(dim).map(|f| dimension_sentence(lang, dim, f)))
        .collect();
    for (dim, trend) in report.scored_dimensions().filter_map(|d| report.trends.get(d).map(|t| (d, t))) {
        if trend.mann_kendall_p < 0.05 {
            let id = if trend.slope > 0.0 { "summary-trend-rising" } else { "summary-trend-falling" };
            let args = [
                ("label", dimension_label_in(lang, dim).into_owned().into()),
                ("months", trend.months.into()),
                ("slope", signed_in(lang, trend.slope, 2).into()),
                ("p", p_text_in(lang, "p", trend.mann_kendall_p).into()),
            ];
            lines.push(i18n::t(lang, id, &args));
        }
    }
    lines
}

fn dimension_sentence(lang: Lang, dim: &str, f: &DimensionFigures) -> String {
    let label = dimension_label_in(lang, dim).into_owned();
    let level = i18n::t(
        lang,
        "summary-level",
        &[
            ("label", label.clone().into()),
            ("mean", i18n::format_number(lang, f.mean, 1).into()),
            ("points", f.distribution.len().into()),
            ("favorable", i18n::format_percent(lang, f.favorable * 100.0, 0).into()),
            ("n", f.n.into()),
        ],
    );
    match &f.change {
        None if f.wording_changed => i18n::t(lang, "summary-wording-changed", &[("level", level.into())]),
        None => i18n::t(lang, "summary-nothing-before", &[("level", level.into())]),
        Some(c) => {
            let change = change_sentence(lang, &label, f.n, c);
            i18n::t(lang, "summary-level-and-change", &[("level", level.into()), ("change", change.into())])
        }
    }
}

fn change_sentence(lang: Lang, label: &str, n: i64, c: &Change) -> String {
    let since = month_name_in(lang, &c.since);
    let delta = signed_in(lang, c.delta, 1);
    match c.q {
        Some(q) if c.significant => {
            let id = if c.delta > 0.0 { "change-rose" } else { "change-fell" };
            let args = [
                ("label", label.to_string().into()),
                ("delta", i18n::format_number(lang, c.delta.abs(), 1).into()),
                ("since", since.into()),
                ("q", p_text_in(lang, "q", q).into()),
            ];
            i18n::t(lang, id, &args)
        }
        _ if n < TELL_MIN => i18n::t(lang, "change-too-few", &[("since", since.into())]),
        Some(q) => {
            let args = [
                ("since", since.into()),
                ("delta", delta.into()),
                ("q", p_text_in(lang, "q", q).into()),
                ("noise", noise_floor(lang, n, c).into()),
            ];
            i18n::t(lang, "change-none-q", &args)
        }
        None => {
            let args =
                [("since", since.into()), ("delta", delta.into()), ("noise", noise_floor(lang, n, c).into())];
            i18n::t(lang, "change-none", &args)
        }
    }
}

/// ": with 9 and 11 answers, a change under 0.6 points cannot be told from noise." (the
/// minimum detectable change), or "." when it is undefined.
fn noise_floor(lang: Lang, n: i64, c: &Change) -> String {
    match c.mdc {
        Some(mdc) => {
            let args = [
                ("before", c.n_before.into()),
                ("n", n.into()),
                ("mdc", i18n::format_number(lang, mdc, 1).into()),
            ];
            i18n::t(lang, "change-noise-floor", &args)
        }
        None => ".".into(),
    }
}

/// "q = 0.03", or "q < 0.01" for the small ones, in `lang`'s numbers.
pub fn p_text_in(lang: Lang, name: &str, p: f64) -> String {
    if p < 0.01 {
        format!("{name} < {}", i18n::format_number(lang, 0.01, 2))
    } else {
        format!("{name} = {}", i18n::format_number(lang, p, 2))
    }
}

/// `x` with `decimals` places and its sign in `lang`; a change that rounds to zero has none.
pub fn signed_in(lang: Lang, x: f64, decimals: usize) -> String {
    let number = i18n::format_number(lang, x, decimals);
    let zero = i18n::format_number(lang, 0.0, decimals);
    if number == zero || x < 0.0 { number } else { format!("+{number}") }
}
