//! What the summary email sent when a pulse closes shows: the round's shown figures and
//! sentences, built from the report's view model only. Who receives it and the queueing are
//! [`crate::summaries`]'s.

use serde::Serialize;

use super::model::{DimensionFigures, PeriodReport, TeamReport, dimension_label};
use super::words::{self, month_label};

/// What the summary email shows of one round; built only from the report's view model, so a
/// figure the anonymity rules hide cannot appear.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryView {
    /// The team's display name.
    pub team: String,
    /// "March 2026".
    pub month: String,
    /// The team page.
    pub team_url: String,
    /// The round's threshold.
    pub min_group: i64,
    /// True when the round shows nothing computed from answers.
    pub suppressed: bool,
    /// "9 of 12 invited people answered." (absent when suppressed).
    pub participation: Option<String>,
    /// One row per dimension (empty when suppressed).
    pub dimensions: Vec<DimensionRow>,
    /// "+20 (standard error 12)", when shown.
    pub enps: Option<String>,
    /// Plain sentences about this round and the trends.
    pub summary: Vec<String>,
    /// Follow-up actions done since the team's previous pulse, one line each.
    pub done_actions: Vec<String>,
    /// Follow-up actions still open, one line each (overdue ones say so).
    pub open_actions: Vec<String>,
}

/// One dimension of the round, as text ready to print.
#[derive(Debug, Clone, Serialize)]
pub struct DimensionRow {
    /// "Workload balance".
    pub label: String,
    /// The figures, absent when this dimension may not be shown.
    pub figures: Option<RowFigures>,
    /// "Needs attention: only 42% …" for the latest round (words first).
    pub verdict: Option<String>,
}

/// The printed figures of a shown dimension.
#[derive(Debug, Clone, Serialize)]
pub struct RowFigures {
    /// Mean, one decimal ("3.8").
    pub mean: String,
    /// Bar width in percent of a 0–5 scale (1 to 100).
    pub bar: u32,
    /// "95% interval 3.3 to 4.3 · 67% favourable · n = 9".
    pub detail: String,
    /// The same mean as a text bar of ten cells, e.g. "#######...".
    pub text_bar: String,
}

impl SummaryView {
    /// The view of `period` in `report`; `base_url` makes the team page link.
    pub fn new(report: &TeamReport, period: &str, base_url: &str) -> Self {
        let round = report.periods.iter().find(|p| p.period == period);
        let suppressed = round.is_none_or(|p| p.suppressed);
        let shown = round.filter(|_| !suppressed);
        SummaryView {
            team: report.name.clone(),
            month: month_label(period),
            team_url: format!("{}/teams/{}", base_url.trim_end_matches('/'), report.team),
            min_group: round.map(|p| p.min_group).unwrap_or(i64::from(report.min_group)),
            suppressed,
            participation: shown.and_then(participation),
            dimensions: shown.map(|p| dimension_rows(report, p)).unwrap_or_default(),
            enps: shown.and_then(enps_text),
            summary: sentences_for(report, period),
            done_actions: Vec::new(),
            open_actions: Vec::new(),
        }
    }
}

fn participation(p: &PeriodReport) -> Option<String> {
    let responded = p.responded?;
    Some(match p.invited {
        Some(invited) => format!("{responded} of {invited} invited people answered."),
        None => format!("{responded} people answered."),
    })
}

fn dimension_rows(report: &TeamReport, p: &PeriodReport) -> Vec<DimensionRow> {
    let latest = report.periods.last().is_some_and(|l| l.period == p.period);
    let verdict = |key: &str| {
        let v = report.verdicts.iter().find(|v| v.dimension == key).filter(|_| latest)?;
        Some(format!("{}: {}", v.verdict.label(), v.why))
    };
    report
        .scored_dimensions()
        .map(|key| DimensionRow {
            label: dimension_label(key).to_string(),
            figures: p.dimensions.get(key).map(row_figures),
            verdict: verdict(key),
        })
        .collect()
}

fn row_figures(f: &DimensionFigures) -> RowFigures {
    let mut detail = Vec::new();
    if let Some((lo, hi)) = f.ci95 {
        detail.push(format!("95% interval {lo:.1} to {hi:.1}"));
    }
    detail.push(format!("{:.0}% favourable", f.favorable * 100.0));
    detail.push(format!("n = {}", f.n));
    let filled = (f.mean * 2.0).round().clamp(0.0, 10.0) as usize;
    RowFigures {
        mean: format!("{:.1}", f.mean),
        bar: (f.mean / 5.0 * 100.0).round().clamp(1.0, 100.0) as u32,
        detail: detail.join(" · "),
        text_bar: format!("{}{}", "#".repeat(filled), ".".repeat(10 - filled)),
    }
}

fn enps_text(p: &PeriodReport) -> Option<String> {
    let score = p.enps?;
    Some(match p.enps_se {
        Some(se) => format!("{score:+.0} (standard error {se:.0})"),
        None => format!("{score:+.0}"),
    })
}

/// The report's sentences as of `period`: the report's own when it is the latest round,
/// otherwise those of the report cut at that round (without trends, which look further on).
fn sentences_for(report: &TeamReport, period: &str) -> Vec<String> {
    if report.periods.last().is_some_and(|p| p.period == period) {
        return report.summary.clone();
    }
    let mut cut = report.clone();
    cut.periods.retain(|p| p.period.as_str() <= period);
    cut.trends.clear();
    cut.comments = None;
    words::summary(&cut)
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// A report of `periods`, with its sentences.
    pub(crate) fn report(periods: Vec<PeriodReport>) -> TeamReport {
        let mut r = TeamReport {
            team: "platform".into(),
            name: "Platform".into(),
            min_group: 5,
            dimension_order: crate::domain::survey::DIMENSIONS
                .iter()
                .map(|d| crate::report::model::DimensionInfo {
                    key: d.to_string(),
                    label: crate::report::model::dimension_label(d).into_owned(),
                    kind: crate::domain::survey::Kind::Likert5,
                })
                .collect(),
            periods,
            trends: BTreeMap::new(),
            reliability: BTreeMap::new(),
            comments: None,
            summary: Vec::new(),
            verdicts: Vec::new(),
        };
        r.summary = words::summary(&r);
        r.verdicts = super::super::verdicts::verdicts(&r);
        r
    }

    /// A shown round: trust at `mean`, 9 of 12 answered.
    pub(crate) fn shown(period: &str, mean: f64) -> PeriodReport {
        let figures = DimensionFigures {
            n: 9,
            mean,
            sd: Some(0.7),
            ci95: Some((mean - 0.5, mean + 0.5)),
            favorable: 2.0 / 3.0,
            favorable_ci95: (0.35, 0.88),
            distribution: vec![0, 2, 4, 6, 6],
            kind: crate::domain::survey::Kind::Likert5,
            wording_changed: false,
            change: None,
        };
        PeriodReport {
            period: period.into(),
            invited: Some(12),
            responded: Some(9),
            suppressed: false,
            min_group: 5,
            dimensions: BTreeMap::from([("trust".to_string(), figures)]),
            choices: BTreeMap::new(),
            enps: Some(20.0),
            enps_se: Some(12.3),
        }
    }

    fn suppressed(period: &str) -> PeriodReport {
        PeriodReport {
            period: period.into(),
            invited: Some(12),
            responded: None,
            suppressed: true,
            min_group: 5,
            dimensions: BTreeMap::new(),
            choices: BTreeMap::new(),
            enps: None,
            enps_se: None,
        }
    }

    #[test]
    fn a_shown_round_prints_its_figures() {
        let view = SummaryView::new(&report(vec![shown("2026-03", 3.8)]), "2026-03", "https://c.example/");
        assert_eq!(view.team_url, "https://c.example/teams/platform");
        assert_eq!(view.month, "March 2026");
        assert_eq!(view.participation.as_deref(), Some("9 of 12 invited people answered."));
        assert_eq!(view.dimensions.len(), 3, "trust, clarity, workload");
        let trust = view.dimensions[0].figures.as_ref().expect("trust is shown");
        assert_eq!((trust.mean.as_str(), trust.bar), ("3.8", 76));
        assert_eq!(trust.detail, "95% interval 3.3 to 4.3 · 67% favourable · n = 9");
        assert_eq!(trust.text_bar, "########..");
        assert!(view.dimensions[1].figures.is_none(), "clarity is absent from the model");
        assert_eq!(view.enps.as_deref(), Some("+20 (standard error 12)"));
        assert!(view.summary[0].starts_with("Trust is 3.8 of 5"));
    }

    #[test]
    fn a_suppressed_round_prints_no_figures() {
        let r = report(vec![shown("2026-02", 3.8), suppressed("2026-03")]);
        let view = SummaryView::new(&r, "2026-03", "http://x");
        assert!(view.suppressed && view.participation.is_none() && view.enps.is_none());
        assert!(view.dimensions.is_empty());
        assert!(view.summary[0].starts_with("Too few answers in March 2026"));
    }

    #[test]
    fn an_earlier_round_gets_its_own_sentences() {
        let r = report(vec![shown("2026-02", 3.1), suppressed("2026-03")]);
        let view = SummaryView::new(&r, "2026-02", "http://x");
        assert!(!view.suppressed);
        assert!(view.summary[0].starts_with("Trust is 3.1 of 5"), "{:?}", view.summary);
    }
}
