//! Charts as SVG strings: one dimension's monthly means with their 95% intervals, months
//! without results drawn as gaps, and optional markers at the days something changed (e.g.
//! a new version of an agreement). Pure (periods in, text out); every text is escaped.

use std::fmt::Write;

use chrono::{Datelike, Duration, NaiveDate};

use super::model::{PeriodReport, dimension_label_in};
use super::words::month_label_in;
use crate::domain::period::Period;
use crate::i18n::{self, Lang};

/// Most calendar months a chart spans, ending with the latest closed round.
pub const CHART_MONTHS: usize = 12;

const WIDTH: f64 = 400.0;
const HEIGHT: f64 = 210.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 44.0;
/// Most month labels under the axis (the latest month is always labelled).
const MAX_LABELS: usize = 6;

/// What one calendar month of a chart holds.
#[derive(Debug, Clone, PartialEq)]
pub enum MonthState {
    /// A shown mean, with its 95% interval when there is one.
    Shown {
        /// Mean of respondents' scores.
        mean: f64,
        /// 95% t interval.
        ci95: Option<(f64, f64)>,
        /// Respondents.
        n: i64,
    },
    /// A closed round whose figures for this dimension may not be shown.
    Hidden,
    /// No closed round that month.
    NoPulse,
}

/// One calendar month of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartMonth {
    /// `YYYY-MM`.
    pub period: String,
    /// What there is to draw.
    pub state: MonthState,
}

impl ChartMonth {
    /// A sentence for screen readers and tooltips in `lang`, e.g. "March 2026: mean 3.8 (95%
    /// interval 3.3 to 4.3), n = 9".
    pub fn describe(&self, lang: Lang) -> String {
        let month = month_label_in(lang, &self.period);
        let num = |x: f64| i18n::format_number(lang, x, 1);
        match &self.state {
            MonthState::Shown { mean, ci95: Some((lo, hi)), n } => i18n::t(
                lang,
                "chart-month-interval",
                &[
                    ("month", month.into()),
                    ("mean", num(*mean).into()),
                    ("low", num(*lo).into()),
                    ("high", num(*hi).into()),
                    ("n", (*n).into()),
                ],
            ),
            MonthState::Shown { mean, ci95: None, n } => i18n::t(
                lang,
                "chart-month-mean",
                &[("month", month.into()), ("mean", num(*mean).into()), ("n", (*n).into())],
            ),
            MonthState::Hidden => i18n::t(lang, "chart-month-hidden", &[("month", month.into())]),
            MonthState::NoPulse => i18n::t(lang, "chart-month-no-pulse", &[("month", month.into())]),
        }
    }
}

/// The calendar months a chart of `dimension` spans (at most [`CHART_MONTHS`], oldest first),
/// each with what the report shows for it.
pub fn chart_months(periods: &[PeriodReport], dimension: &str) -> Vec<ChartMonth> {
    let parsed: Vec<(Period, &PeriodReport)> =
        periods.iter().filter_map(|p| Period::parse(&p.period).ok().map(|k| (k, p))).collect();
    let (Some(first), Some(last)) = (parsed.iter().map(|p| p.0).min(), parsed.iter().map(|p| p.0).max())
    else {
        return Vec::new();
    };
    let mut months = Vec::new();
    let mut month = last;
    while months.len() < CHART_MONTHS && month >= first {
        let state = match parsed.iter().find(|(k, _)| *k == month) {
            None => MonthState::NoPulse,
            Some((_, p)) => match p.dimensions.get(dimension) {
                Some(f) if !p.suppressed => MonthState::Shown { mean: f.mean, ci95: f.ci95, n: f.n },
                _ => MonthState::Hidden,
            },
        };
        months.push(ChartMonth { period: month.to_string(), state });
        month = month.previous();
    }
    months.reverse();
    months
}

/// The chart of `dimension` over `periods` as an inline `<svg>` element (no script, no styles:
/// classes `chart`, `grid`, `gap`, `band`, `line`, `point`, `axis` are styled by the page),
/// its texts in `lang`.
pub fn dimension_chart(periods: &[PeriodReport], dimension: &str, lang: Lang) -> String {
    render(&chart_months(periods, dimension), dimension, &[], scale_points(periods, dimension), lang)
}

/// The top of a dimension's scale: 3 for a traffic light, else 5.
fn scale_points(periods: &[PeriodReport], dimension: &str) -> usize {
    periods.iter().find_map(|p| p.dimensions.get(dimension)).map_or(5, |f| f.distribution.len())
}

/// A 1–3 month drawn on the 1–5 geometry (1, 2, 3 at the heights of 1, 3, 5).
fn stretched(months: &[ChartMonth]) -> Vec<ChartMonth> {
    let at = |v: f64| 1.0 + (v - 1.0) * 2.0;
    months
        .iter()
        .map(|m| match &m.state {
            MonthState::Shown { mean, ci95, n } => ChartMonth {
                period: m.period.clone(),
                state: MonthState::Shown {
                    mean: at(*mean),
                    ci95: ci95.map(|(lo, hi)| (at(lo), at(hi))),
                    n: *n,
                },
            },
            _ => m.clone(),
        })
        .collect()
}

/// A dashed vertical line on a chart at the day something changed, labelled above the plot.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// The day it happened.
    pub on: NaiveDate,
    /// A short label above the line, e.g. `v2`.
    pub label: String,
    /// What a reader hears, or sees on hover, e.g. "Version 2, 12 March 2026: one-day SLA".
    pub title: String,
}

/// [`dimension_chart`] with `markers`. The chart reaches forward to the latest marker's month
/// (still at most [`CHART_MONTHS`]), so a change not yet followed by a pulse is visible too;
/// markers before the first month drawn are left out.
pub fn dimension_chart_with_markers(
    periods: &[PeriodReport],
    dimension: &str,
    markers: &[Marker],
    lang: Lang,
) -> String {
    let months = months_reaching(chart_months(periods, dimension), markers);
    render(&months, dimension, markers, scale_points(periods, dimension), lang)
}

/// `months` followed by empty months up to the latest marker's month, keeping the last
/// [`CHART_MONTHS`]; unchanged when there are no months or no later marker.
pub fn months_reaching(mut months: Vec<ChartMonth>, markers: &[Marker]) -> Vec<ChartMonth> {
    let latest = markers.iter().map(|m| Period::of(m.on)).max();
    let last = months.last().and_then(|m| Period::parse(&m.period).ok());
    let (Some(latest), Some(mut month)) = (latest, last) else { return months };
    while month < latest {
        month = next_month(month);
        months.push(ChartMonth { period: month.to_string(), state: MonthState::NoPulse });
    }
    let extra = months.len().saturating_sub(CHART_MONTHS);
    months.drain(..extra);
    months
}

fn next_month(period: Period) -> Period {
    Period::of(period.first_day() + Duration::days(31))
}

/// Horizontal position of the day `on` on a chart of `months`: in its month's column, as far
/// along as the day is in the month. `None` when the month is not drawn.
pub fn marker_x(months: &[ChartMonth], on: NaiveDate) -> Option<f64> {
    let period = Period::of(on);
    let i = months.iter().position(|m| Period::parse(&m.period).ok() == Some(period))?;
    let days = (next_month(period).first_day() - period.first_day()).num_days() as f64;
    let along = (f64::from(on.day()) - 0.5) / days;
    Some(LEFT + (i as f64 + along) * slot_width(months.len()))
}

/// Escapes text for SVG/HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Letters, digits, `-` and `_` of `key`, for element ids.
fn id_part(key: &str) -> String {
    key.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

/// Horizontal position of the middle of month `i` of `count`.
fn x_of(i: usize, count: usize) -> f64 {
    LEFT + (i as f64 + 0.5) * slot_width(count)
}

fn slot_width(count: usize) -> f64 {
    (WIDTH - LEFT - RIGHT) / count.max(1) as f64
}

/// Vertical position of a score 1 to 5 (clamped).
fn y_of(score: f64) -> f64 {
    let plot = HEIGHT - TOP - BOTTOM;
    TOP + (5.0 - score.clamp(1.0, 5.0)) / 4.0 * plot
}

fn render(months: &[ChartMonth], dimension: &str, markers: &[Marker], points: usize, lang: Lang) -> String {
    let label = dimension_label_in(lang, dimension).into_owned();
    let id = format!("chart-{}", id_part(dimension));
    let title = escape(&i18n::t(lang, "chart-title", &[("label", label.into()), ("points", points.into())]));
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">\
         <title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(&description(months, markers, lang))
    );
    grid(&mut svg, points, lang);
    let drawn = if points == 3 { stretched(months) } else { months.to_vec() };
    gaps(&mut svg, &drawn, lang);
    bands(&mut svg, &drawn);
    lines(&mut svg, &drawn);
    self::points(&mut svg, &drawn, lang);
    draw_markers(&mut svg, months, markers);
    month_labels(&mut svg, months, lang);
    svg.push_str("</svg>");
    svg
}

fn description(months: &[ChartMonth], markers: &[Marker], lang: Lang) -> String {
    if months.is_empty() {
        return i18n::t(lang, "chart-no-pulse-yet", &[]);
    }
    let shown = markers.iter().filter(|m| marker_x(months, m.on).is_some()).map(|m| m.title.clone());
    months.iter().map(|m| m.describe(lang)).chain(shown).collect::<Vec<_>>().join("; ")
}

fn grid(svg: &mut String, points: usize, lang: Lang) {
    svg.push_str("<g class=\"grid\" aria-hidden=\"true\">");
    let step = if points == 3 { 2 } else { 1 };
    for (score, at) in (1..=points).zip((1..=5).step_by(step)) {
        let y = y_of(f64::from(at));
        let _ = write!(
            svg,
            "<line x1=\"{LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#d8dde3\"/>\
             <text class=\"axis\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{score}</text>",
            WIDTH - RIGHT,
            LEFT - 8.0,
            y + 4.0,
            score = i18n::format_count(lang, score as i64),
        );
    }
    svg.push_str("</g>");
}

/// A grey column for each month without figures, with its reason as a tooltip.
fn gaps(svg: &mut String, months: &[ChartMonth], lang: Lang) {
    let w = slot_width(months.len());
    for (i, m) in months.iter().enumerate() {
        if matches!(m.state, MonthState::Shown { .. }) {
            continue;
        }
        let _ = write!(
            svg,
            "<rect class=\"gap\" x=\"{:.1}\" y=\"{TOP}\" width=\"{:.1}\" height=\"{}\" fill=\"#eef1f4\">\
             <title>{}</title></rect>",
            x_of(i, months.len()) - w * 0.4,
            w * 0.8,
            HEIGHT - TOP - BOTTOM,
            escape(&m.describe(lang))
        );
    }
}

/// Runs of consecutive months for which `value` gives something, as (index, value) lists.
fn runs<T>(months: &[ChartMonth], value: impl Fn(&MonthState) -> Option<T>) -> Vec<Vec<(usize, T)>> {
    let mut out: Vec<Vec<(usize, T)>> = Vec::new();
    let mut current = Vec::new();
    for (i, m) in months.iter().enumerate() {
        match value(&m.state) {
            Some(v) => current.push((i, v)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The 95% intervals as shaded polygons, broken wherever a month has none.
fn bands(svg: &mut String, months: &[ChartMonth]) {
    let count = months.len();
    let half = slot_width(count) * 0.15;
    let ci = |s: &MonthState| match s {
        MonthState::Shown { ci95: Some(ci), .. } => Some(*ci),
        _ => None,
    };
    for run in runs(months, ci) {
        let mut upper: Vec<(f64, f64)> =
            run.iter().map(|(i, (_, hi))| (x_of(*i, count), y_of(*hi))).collect();
        let mut lower: Vec<(f64, f64)> =
            run.iter().map(|(i, (lo, _))| (x_of(*i, count), y_of(*lo))).collect();
        if run.len() == 1 {
            // A lone month: a narrow box, so its interval is still visible.
            upper = vec![(upper[0].0 - half, upper[0].1), (upper[0].0 + half, upper[0].1)];
            lower = vec![(lower[0].0 - half, lower[0].1), (lower[0].0 + half, lower[0].1)];
        }
        lower.reverse();
        let points: Vec<String> =
            upper.iter().chain(lower.iter()).map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let _ = write!(svg, "<polygon class=\"band\" points=\"{}\" fill=\"#cfe0f3\"/>", points.join(" "));
    }
}

fn mean_of(s: &MonthState) -> Option<f64> {
    match s {
        MonthState::Shown { mean, .. } => Some(*mean),
        _ => None,
    }
}

/// The means joined by lines, broken at every gap (a lone month is only a point).
fn lines(svg: &mut String, months: &[ChartMonth]) {
    let count = months.len();
    for run in runs(months, mean_of).into_iter().filter(|r| r.len() > 1) {
        let d: Vec<String> = run
            .iter()
            .enumerate()
            .map(|(k, (i, mean))| {
                format!("{}{:.1},{:.1}", if k == 0 { 'M' } else { 'L' }, x_of(*i, count), y_of(*mean))
            })
            .collect();
        let _ = write!(
            svg,
            "<path class=\"line\" d=\"{}\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\"/>",
            d.join(" ")
        );
    }
}

fn points(svg: &mut String, months: &[ChartMonth], lang: Lang) {
    let count = months.len();
    for (i, m) in months.iter().enumerate() {
        if let Some(mean) = mean_of(&m.state) {
            let _ = write!(
                svg,
                "<circle class=\"point\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"#0b5cad\"><title>{}</title></circle>",
                x_of(i, count),
                y_of(mean),
                escape(&m.describe(lang))
            );
        }
    }
}

/// Markers closer than this share one label, so labels never overlap.
const LABEL_GAP: f64 = 26.0;

/// A dashed line from the top to the bottom of the plot at each marker's day with its title
/// for screen readers and tooltips, and the labels above the plot.
fn draw_markers(svg: &mut String, months: &[ChartMonth], markers: &[Marker]) {
    let mut placed: Vec<(f64, &Marker)> =
        markers.iter().filter_map(|m| marker_x(months, m.on).map(|x| (x, m))).collect();
    placed.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (x, marker) in &placed {
        let _ = write!(
            svg,
            "<g class=\"marker\"><title>{}</title>\
             <line class=\"marker-line\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{TOP}\" y2=\"{}\" stroke=\"#8a4b08\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/></g>",
            escape(&marker.title),
            HEIGHT - BOTTOM,
        );
    }
    for group in placed.chunk_by(|a, b| b.0 - a.0 < LABEL_GAP) {
        marker_label(svg, group);
    }
}

/// One label for markers that stand close together: `v2`, `v2, v3` or `v1–v4`, centred over
/// them and kept inside the chart.
fn marker_label(svg: &mut String, group: &[(f64, &Marker)]) {
    let (Some(first), Some(last)) = (group.first(), group.last()) else { return };
    let text = match group.len() {
        1 => first.1.label.clone(),
        2 => format!("{}, {}", first.1.label, last.1.label),
        _ => format!("{}–{}", first.1.label, last.1.label),
    };
    let x = (first.0 + last.0) / 2.0;
    let half = text.chars().count() as f64 * 3.8;
    let (anchor, x) = if x + half > WIDTH {
        ("end", WIDTH)
    } else if x - half < 0.0 {
        ("start", 0.0)
    } else {
        ("middle", x)
    };
    let _ = write!(
        svg,
        "<text class=\"marker-label\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" fill=\"#8a4b08\" aria-hidden=\"true\">{}</text>",
        TOP - 2.0,
        escape(&text)
    );
}

/// Short month names under the axis (at most [`MAX_LABELS`], always the latest), with the
/// year under the first label and under each January.
fn month_labels(svg: &mut String, months: &[ChartMonth], lang: Lang) {
    let count = months.len();
    let step = count.div_ceil(MAX_LABELS).max(1);
    let base = HEIGHT - BOTTOM;
    svg.push_str("<g class=\"axis\" aria-hidden=\"true\">");
    let mut last_year = None;
    for (i, m) in months.iter().enumerate().filter(|(i, _)| (count - 1 - i).is_multiple_of(step)) {
        let Ok(period) = Period::parse(&m.period) else { continue };
        let day = period.first_day();
        let x = x_of(i, count);
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}",
            base + 18.0,
            escape(&i18n::format_date(lang, "format-month-short", day))
        );
        let year = i18n::localize_digits(lang, &day.year().to_string());
        if last_year.as_ref() != Some(&year) {
            let _ = write!(svg, "<tspan x=\"{x:.1}\" dy=\"1.2em\">{year}</tspan>");
            last_year = Some(year);
        }
        svg.push_str("</text>");
    }
    svg.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::report::model::DimensionFigures;

    fn figures(mean: f64) -> DimensionFigures {
        DimensionFigures {
            n: 6,
            mean,
            sd: Some(0.5),
            ci95: Some((mean - 0.4, mean + 0.4)),
            favorable: 0.5,
            favorable_ci95: (0.2, 0.8),
            distribution: vec![0, 1, 2, 3, 6],
            kind: crate::domain::survey::Kind::Likert5,
            wording_changed: false,
            change: None,
        }
    }

    fn period(period: &str, mean: Option<f64>) -> PeriodReport {
        let mut dimensions = BTreeMap::new();
        if let Some(m) = mean {
            dimensions.insert("trust".to_string(), figures(m));
        }
        PeriodReport {
            period: period.into(),
            invited: Some(8),
            responded: mean.map(|_| 6),
            suppressed: mean.is_none(),
            min_group: 5,
            dimensions,
            choices: BTreeMap::new(),
            enps: None,
            enps_se: None,
        }
    }

    #[test]
    fn suppressed_and_missing_months_break_the_line_and_the_band() {
        // Jan, Feb shown; Mar suppressed; Apr shown; May no pulse; Jun, Jul shown.
        let periods = vec![
            period("2026-01", Some(3.0)),
            period("2026-02", Some(3.5)),
            period("2026-03", None),
            period("2026-04", Some(4.0)),
            period("2026-06", Some(3.2)),
            period("2026-07", Some(3.4)),
        ];
        let months = chart_months(&periods, "trust");
        assert_eq!(months.len(), 7, "every calendar month from January to July");
        assert_eq!(months[2].state, MonthState::Hidden);
        assert_eq!(months[4].state, MonthState::NoPulse);
        let svg = dimension_chart(&periods, "trust", Lang::En);
        assert_eq!(svg.matches("class=\"point\"").count(), 5, "one point per shown month");
        assert_eq!(svg.matches("class=\"gap\"").count(), 2, "one gap per month without figures");
        assert_eq!(svg.matches("class=\"line\"").count(), 2, "Jan–Feb and Jun–Jul; April alone");
        assert_eq!(svg.matches("class=\"band\"").count(), 3, "the lone month keeps its interval");
        assert!(svg.contains("March 2026: too few answers to show"));
        assert!(svg.contains("May 2026: no pulse"));
        assert!(svg.contains("April 2026: mean 4.0 (95% interval 3.6 to 4.4), n = 6"));
        let path = svg.split("class=\"line\" d=\"").nth(1).unwrap_or_default();
        assert_eq!(path.matches('L').count(), 1, "a segment joins only neighbouring months: {path}");
    }

    #[test]
    fn means_sit_on_a_one_to_five_axis() {
        assert_eq!(y_of(5.0), TOP);
        assert_eq!(y_of(1.0), HEIGHT - BOTTOM);
        assert_eq!(y_of(0.2), y_of(1.0), "intervals are clamped to the scale");
        let svg = dimension_chart(&[period("2026-05", Some(5.0))], "trust", Lang::En);
        assert!(svg.contains(&format!("cy=\"{TOP:.1}\"")), "{svg}");
        for score in ["1", "2", "3", "4", "5"] {
            assert!(svg.contains(&format!("text-anchor=\"end\">{score}</text>")));
        }
    }

    #[test]
    fn only_the_last_twelve_months_are_drawn() {
        let periods: Vec<PeriodReport> = (1..=12)
            .map(|m| period(&format!("2025-{m:02}"), Some(3.0)))
            .chain((1..=6).map(|m| period(&format!("2026-{m:02}"), Some(4.0))))
            .collect();
        let months = chart_months(&periods, "trust");
        assert_eq!(months.len(), CHART_MONTHS);
        assert_eq!(months[0].period, "2025-07");
        assert_eq!(months[11].period, "2026-06");
        let svg = dimension_chart(&periods, "trust", Lang::En);
        assert_eq!(svg.matches("<text x=").count(), 6, "at most six month labels");
        assert!(svg.contains(">Jun<"), "the latest month is labelled");
        assert!(svg.contains(">2026</tspan>") && svg.contains(">2025</tspan>"));
    }

    #[test]
    fn a_dimension_absent_from_a_shown_month_is_a_gap() {
        let mut shown = period("2026-02", Some(3.0));
        shown.dimensions.clear();
        let svg = dimension_chart(&[period("2026-01", Some(3.0)), shown], "trust", Lang::En);
        assert_eq!(svg.matches("class=\"point\"").count(), 1);
        assert_eq!(svg.matches("class=\"gap\"").count(), 1);
        assert!(!svg.contains("class=\"line\""));
    }

    #[test]
    fn every_text_is_escaped() {
        let key = "<b>\"x\" & 'y'</b>";
        let mut p = period("2026-01", None);
        p.suppressed = false;
        p.responded = Some(6);
        p.dimensions.insert(key.to_string(), figures(3.0));
        let svg = dimension_chart(&[p], key, Lang::En);
        assert!(!svg.contains("<b>") && !svg.contains("'y'"), "{svg}");
        assert!(svg.contains("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;: monthly mean"));
        assert!(svg.contains("id=\"chart-bxyb-title\""), "ids keep only safe characters");
        assert_eq!(escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;");
    }

    fn day(on: &str) -> NaiveDate {
        NaiveDate::parse_from_str(on, "%Y-%m-%d").unwrap()
    }

    fn marker(on: &str, label: &str) -> Marker {
        Marker { on: day(on), label: label.into(), title: format!("Version {label} <b>") }
    }

    fn quarter() -> Vec<PeriodReport> {
        vec![period("2026-01", Some(3.0)), period("2026-02", Some(3.5)), period("2026-03", Some(4.0))]
    }

    #[test]
    fn markers_sit_in_their_month_as_far_along_as_their_day() {
        let months = chart_months(&quarter(), "trust");
        let slot = slot_width(3);
        let february = LEFT + slot;
        let first = marker_x(&months, day("2026-02-01")).unwrap();
        assert!((first - (february + slot * 0.5 / 28.0)).abs() < 1e-9, "{first}");
        let last = marker_x(&months, day("2026-02-28")).unwrap();
        assert!(last > x_of(1, 3) && last < february + slot, "late February is right of its point: {last}");
        assert_eq!(marker_x(&months, day("2025-12-31")), None, "not drawn before the chart");

        let on = marker("2026-02-14", "v2");
        let svg = dimension_chart_with_markers(&quarter(), "trust", std::slice::from_ref(&on), Lang::En);
        assert_eq!(svg.matches("class=\"marker\"").count(), 1);
        assert!(svg.contains(">v2</text>"), "{svg}");
        let x = marker_x(&months, on.on).unwrap();
        assert!(svg.contains(&format!("x1=\"{x:.1}\" x2=\"{x:.1}\"")), "{svg}");
        assert!(svg.contains("<title>Version v2 &lt;b&gt;</title>"), "titles are escaped: {svg}");
        assert!(svg.contains("n = 6; Version v2 &lt;b&gt;</desc>"), "and described: {svg}");
    }

    #[test]
    fn a_later_marker_extends_the_chart_and_an_earlier_one_is_left_out() {
        let markers = [marker("2025-11-03", "v1"), marker("2026-05-10", "v3")];
        let svg = dimension_chart_with_markers(&quarter(), "trust", &markers, Lang::En);
        assert_eq!(svg.matches("class=\"marker\"").count(), 1, "{svg}");
        assert!(svg.contains(">v3</text>") && !svg.contains(">v1</text>"), "{svg}");
        assert!(svg.contains("May 2026: no pulse") && svg.contains("April 2026: no pulse"), "{svg}");
        assert_eq!(svg.matches("class=\"point\"").count(), 3);

        let year: Vec<PeriodReport> = (1..=12).map(|m| period(&format!("2025-{m:02}"), Some(3.0))).collect();
        let months = months_reaching(chart_months(&year, "trust"), &[marker("2026-03-01", "v2")]);
        assert_eq!(months.len(), CHART_MONTHS);
        assert_eq!((months[0].period.as_str(), months[11].period.as_str()), ("2025-04", "2026-03"));
    }

    #[test]
    fn close_markers_share_one_label_inside_the_chart() {
        let same_day = [marker("2026-03-30", "v1"), marker("2026-03-30", "v2"), marker("2026-03-31", "v3")];
        let svg = dimension_chart_with_markers(&quarter(), "trust", &same_day, Lang::En);
        assert_eq!(svg.matches("class=\"marker-line\"").count(), 3, "every version keeps its line");
        assert_eq!(svg.matches("class=\"marker-label\"").count(), 1, "{svg}");
        assert!(
            svg.contains("text-anchor=\"end\" fill=\"#8a4b08\" aria-hidden=\"true\">v1–v3</text>"),
            "{svg}"
        );
        let two = [marker("2026-01-10", "v1"), marker("2026-01-12", "v2"), marker("2026-02-20", "v3")];
        let svg = dimension_chart_with_markers(&quarter(), "trust", &two, Lang::En);
        assert!(svg.contains(">v1, v2</text>") && svg.contains(">v3</text>"), "{svg}");
    }

    #[test]
    fn without_markers_the_chart_is_as_before() {
        assert_eq!(
            dimension_chart_with_markers(&quarter(), "trust", &[], Lang::En),
            dimension_chart(&quarter(), "trust", Lang::En)
        );
        assert!(
            dimension_chart_with_markers(&[], "trust", &[marker("2026-01-05", "v1")], Lang::En)
                .contains("No closed pulse yet.")
        );
    }

    #[test]
    fn no_periods_draws_an_empty_accessible_chart() {
        let svg = dimension_chart(&[], "trust", Lang::En);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("role=\"img\"") && svg.contains("No closed pulse yet."));
        assert!(!svg.contains("class=\"point\""));
    }
}
