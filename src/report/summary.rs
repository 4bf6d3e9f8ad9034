//! What the summary email sent when a pulse closes shows: the round's shown figures and
//! sentences, built from the report's view model only. Who receives it and the queueing are
//! [`crate::summaries`]'s.

use serde::Serialize;

use super::model::{DimensionFigures, PeriodReport, TeamReport, dimension_label_in};
use super::words::{self, month_label_in};
use crate::i18n::{self, Lang};

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
    /// The view of `period` in `report`, its texts in `lang`; `base_url` makes the team page
    /// link.
    pub fn new(report: &TeamReport, period: &str, base_url: &str, lang: Lang) -> Self {
        let round = report.periods.iter().find(|p| p.period == period);
        let suppressed = round.is_none_or(|p| p.suppressed);
        let shown = round.filter(|_| !suppressed);
        SummaryView {
            team: report.name.clone(),
            month: month_label_in(lang, period),
            team_url: format!("{}/teams/{}", base_url.trim_end_matches('/'), report.team),
            min_group: round.map(|p| p.min_group).unwrap_or(i64::from(report.min_group)),
            suppressed,
            participation: shown.and_then(|p| participation(lang, p)),
            dimensions: shown.map(|p| dimension_rows(lang, report, p)).unwrap_or_default(),
            enps: shown.and_then(|p| enps_text(lang, p)),
            summary: sentences_for(lang, report, period),
            done_actions: Vec::new(),
            open_actions: Vec::new(),
        }
    }
}

fn participation(lang: Lang, p: &PeriodReport) -> Option<String> {
    let responded = p.responded?;
    Some(match p.invited {
        Some(invited) => i18n::t(
            lang,
            "summary-answered-of",
            &[("responded", responded.into()), ("invited", invited.into())],
        ),
        None => i18n::t(lang, "summary-answered", &[("responded", responded.into())]),
    })
}

fn dimension_rows(lang: Lang, report: &TeamReport, p: &PeriodReport) -> Vec<DimensionRow> {
    let latest = report.periods.last().is_some_and(|l| l.period == p.period);
    let verdicts = if latest { super::verdicts::verdicts_in(lang, report) } else { Vec::new() };
    let verdict = |key: &str| {
        let v = verdicts.iter().find(|v| v.dimension == key)?;
        Some(format!("{}: {}", v.verdict.label(lang), v.why))
    };
    report
        .scored_dimensions()
        .map(|key| DimensionRow {
            label: dimension_label_in(lang, key).into_owned(),
            figures: p.dimensions.get(key).map(|f| row_figures(lang, f)),
            verdict: verdict(key),
        })
        .collect()
}

fn row_figures(lang: Lang, f: &DimensionFigures) -> RowFigures {
    let num = |x: f64| i18n::format_number(lang, x, 1);
    let mut detail = Vec::new();
    if let Some((lo, hi)) = f.ci95 {
        detail.push(i18n::t(lang, "figure-interval", &[("low", num(lo).into()), ("high", num(hi).into())]));
    }
    let favorable = i18n::format_percent(lang, f.favorable * 100.0, 0);
    detail.push(i18n::t(lang, "figure-favourable", &[("percent", favorable.into())]));
    detail.push(i18n::t(lang, "figure-n", &[("n", f.n.into())]));
    let filled = (f.mean * 2.0).round().clamp(0.0, 10.0) as usize;
    RowFigures {
        mean: num(f.mean),
        bar: (f.mean / 5.0 * 100.0).round().clamp(1.0, 100.0) as u32,
        detail: detail.join(" · "),
        text_bar: format!("{}{}", "#".repeat(filled), ".".repeat(10 - filled)),
    }
}

fn enps_text(lang: Lang, p: &PeriodReport) -> Option<String> {
    let score = words::signed_in(lang, p.enps?, 0);
    Some(match p.enps_se {
        Some(se) => {
            let se = i18n::format_number(lang, se, 0);
            i18n::t(lang, "summary-enps-with-se", &[("score", score.into()), ("se", se.into())])
        }
        None => score,
    })
}

/// The report's sentences as of `period`: the report's own when it is the latest round,
/// otherwise those of the report cut at that round (without trends, which look further on).
fn sentences_for(lang: Lang, report: &TeamReport, period: &str) -> Vec<String> {
    if report.periods.last().is_some_and(|p| p.period == period) {
        return words::summary_in(lang, report);
    }
    let mut cut = report.clone();
    cut.periods.retain(|p| p.period.as_str() <= period);
    cut.trends.clear();
    cut.comments = None;
    words::summary_in(lang, &cut)
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
        let view =
            SummaryView::new(&report(vec![shown("2026-03", 3.8)]), "2026-03", "https://c.example/", Lang::En);
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
    fn the_view_speaks_the_recipients_language() {
        let view =
            SummaryView::new(&report(vec![shown("2026-03", 3.8)]), "2026-03", "https://c.example/", Lang::Fr);
        assert_eq!(view.month, "mars 2026");
        assert_eq!(view.participation.as_deref(), Some("9 personnes invitées sur 12 ont répondu."));
        let trust = view.dimensions[0].figures.as_ref().expect("trust is shown");
        assert_eq!(trust.mean, "3,8");
        assert_eq!(trust.detail, "intervalle à 95 % de 3,3 à 4,3 · 67\u{202f}% favorables · n = 9");
        assert!(view.summary[0].starts_with("Confiance : 3,8 sur 5"), "{:?}", view.summary);
    }

    #[test]
    fn a_suppressed_round_prints_no_figures() {
        let r = report(vec![shown("2026-02", 3.8), suppressed("2026-03")]);
        let view = SummaryView::new(&r, "2026-03", "http://x", Lang::En);
        assert!(view.suppressed && view.participation.is_none() && view.enps.is_none());
        assert!(view.dimensions.is_empty());
        assert!(view.summary[0].starts_with("Too few answers in March 2026"));
    }

    #[test]
    fn an_earlier_round_gets_its_own_sentences() {
        let r = report(vec![shown("2026-02", 3.1), suppressed("2026-03")]);
        let view = SummaryView::new(&r, "2026-02", "http://x", Lang::En);
        assert!(!view.suppressed);
        assert!(view.summary[0].starts_with("Trust is 3.1 of 5"), "{:?}", view.summary);
    }
}
