//! The team page `/teams/{slug}`: the report's sentences, a chart per dimension, the latest
//! answers, participation, eNPS and comments — all taken from the report's view model, so
//! only what the anonymity rules let through can be shown.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, web};
use serde::Serialize;

use super::pages::{State, render};
use super::viewer::SignedIn;
use crate::db;
use crate::domain::teams::Team;
use crate::domain::{pulse_board, team_changes};
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::report::model::{DimensionFigures, PeriodReport, TeamReport, dimension_label_in};
use crate::report::svg::{self, MonthState};
use crate::report::verdicts::{self, Verdict};
use crate::report::words::{self, month_label_in};
use crate::report::{self as reports};

/// `GET /teams/{slug}`: the team's report as a page; an unknown team is a 404 page.
pub async fn show(
    state: State,
    viewer: SignedIn,
    csrf: crate::auth::csrf::Csrf,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (slug, viewer, csrf) = (slug.into_inner(), viewer.0, csrf.token()?);
    let lang = super::page_lang::current();
    let (report, agreements, followups, about) = db::run(&state.pool, move |c| {
        let (team, access) = super::guard::readable_team(c, &viewer, &slug)?;
        let followups = super::followups::block(c, &team, &access, csrf, lang)?;
        let agreements = super::agreements::team_list(c, &team, &access, lang)?;
        let warning = team_changes::threshold_gap(c, &team)?.map(|gap| gap.sentence_in(lang));
        let pulse = OpenPulse::of(c, &team, lang)?;
        let about = (warning, team.archived_at.is_some(), access.lead, pulse);
        Ok((reports::team_report_of(c, team.id)?, agreements, followups, about))
    })
    .await?;
    let (warning, archived, can_edit, pulse) = about;
    let mut context = tera::Context::new();
    context.insert("open_pulse", &pulse);
    context.insert("warning", &warning);
    context.insert("archived", &archived);
    context.insert("can_edit", &can_edit);
    context.insert("page", &TeamPage::new(&report, lang));
    context.insert("agreements", &agreements);
    context.insert("followups", &followups);
    render(&state, "team.html", &context)
}

/// The team's open pulse: until when, and whether its invitations are failing. Never how many
/// answered (docs/anonymity.md).
#[derive(Debug, Serialize)]
struct OpenPulse {
    id: i64,
    until: String,
    failing: i64,
}

impl OpenPulse {
    fn of(conn: &mut crate::db::DbConnection, team: &Team, lang: Lang) -> Result<Option<Self>, AppError> {
        let Some(pulse) = pulse_board::open_pulse(conn, team.id)? else { return Ok(None) };
        let failing = crate::mail::delivery::failing_invitations(conn, &[pulse.id.0])?;
        let zone = team.zone();
        let at = pulse.closes_at.and_utc().with_timezone(&zone);
        let until =
            format!("{} {}", i18n::format_date(lang, "format-date-day", at.date_naive()), at.format("%H:%M"));
        let until = i18n::localize_digits(lang, &until);
        Ok(Some(Self { id: pulse.id.0, until: format!("{until} ({zone})"), failing }))
    }
}

/// Everything the template shows, as ready-to-print values.
#[derive(Debug, Serialize)]
struct TeamPage {
    name: String,
    slug: String,
    min_group: i32,
    summary: Vec<String>,
    verdicts: Vec<VerdictLine>,
    dimensions: Vec<DimensionSection>,
    choices: Vec<ChoiceSection>,
    participation: Vec<ParticipationRow>,
    enps: Option<EnpsFigure>,
    comments: Option<Comments>,
}

/// A single-choice dimension's latest shown month: shares, no mean.
#[derive(Debug, Serialize)]
struct ChoiceSection {
    key: String,
    label: String,
    month: String,
    n: i64,
    wording_changed: bool,
    options: Vec<ChoiceBar>,
}

#[derive(Debug, Serialize)]
struct ChoiceBar {
    label: String,
    count: i64,
    /// The share as a whole percent, the bar's width.
    width: i64,
    percent: String,
    interval: String,
}

#[derive(Debug, Serialize)]
struct DimensionSection {
    key: String,
    label: String,
    /// The chart, escaped by [`svg::dimension_chart`].
    chart: String,
    /// The chart's months as text, for the hidden data table.
    months: Vec<MonthRow>,
    latest: Option<Latest>,
    verdict: Option<VerdictLine>,
}

/// A dimension's verdict, words first.
#[derive(Debug, Clone, Serialize)]
struct VerdictLine {
    label: String,
    word: String,
    /// `needs_attention`, `steady`, `improving` or `too_few` (the CSS class).
    class: String,
    why: String,
}

impl VerdictLine {
    fn of(lang: Lang, verdicts: &[Verdict], key: &str) -> Option<Self> {
        let v = verdicts.iter().find(|v| v.dimension == key)?;
        let class = serde_json::to_value(v.verdict).ok()?.as_str()?.to_string();
        Some(Self {
            label: dimension_label_in(lang, &v.dimension).into_owned(),
            word: v.verdict.label(lang),
            class,
            why: v.why.clone(),
        })
    }
}

#[derive(Debug, Serialize)]
pub(super) struct MonthRow {
    month: String,
    mean: Option<String>,
    interval: Option<String>,
    n: Option<i64>,
    note: Option<String>,
}

/// The latest month in which a dimension was shown.
#[derive(Debug, Serialize)]
struct Latest {
    month: String,
    mean: String,
    interval: Option<String>,
    favorable: String,
    n: i64,
    /// The top of the scale: 5, or 3 for a traffic light.
    points: usize,
    /// The dimension's questions or wording changed this month.
    wording_changed: bool,
    /// The report's sentence about this month and its change.
    words: String,
    /// "up" or "down", only for a significant change.
    arrow: Option<&'static str>,
    distribution: Vec<Bar>,
}

#[derive(Debug, Serialize)]
struct Bar {
    label: String,
    value: usize,
    count: i64,
    percent: i64,
}

#[derive(Debug, Serialize)]
struct ParticipationRow {
    month: String,
    invited: Option<i64>,
    responded: Option<i64>,
    rate: Option<String>,
    suppressed: bool,
}

#[derive(Debug, Serialize)]
struct EnpsFigure {
    month: String,
    score: String,
    se: Option<String>,
}

#[derive(Debug, Serialize)]
struct Comments {
    month: String,
    comments: Vec<String>,
}

impl TeamPage {
    fn new(report: &TeamReport, lang: Lang) -> Self {
        let verdicts = verdicts::verdicts_in(lang, report);
        TeamPage {
            name: report.name.clone(),
            slug: report.team.clone(),
            min_group: report.min_group,
            summary: words::summary_in(lang, report),
            verdicts: report
                .scored_dimensions()
                .filter_map(|d| VerdictLine::of(lang, &verdicts, d))
                .collect(),
            dimensions: report
                .scored_dimensions()
                .map(|d| dimension_section(lang, report, &verdicts, d))
                .collect(),
            choices: report
                .dimension_order
                .iter()
                .filter(|d| d.kind == crate::domain::survey::Kind::Choice)
                .filter_map(|d| choice_section(lang, report, &d.key))
                .collect(),
            participation: report.periods.iter().rev().map(|p| participation_row(lang, p)).collect(),
            enps: enps(lang, &report.periods),
            comments: report
                .comments
                .as_ref()
                .map(|c| Comments { month: month_label_in(lang, &c.period), comments: c.comments.clone() }),
        }
    }
}

fn choice_section(lang: Lang, report: &TeamReport, key: &str) -> Option<ChoiceSection> {
    let (p, f) = report
        .periods
        .iter()
        .rev()
        .filter(|p| !p.suppressed)
        .find_map(|p| p.choices.get(key).map(|f| (p, f)))?;
    Some(ChoiceSection {
        key: key.to_string(),
        label: dimension_label_in(lang, key).into_owned(),
        month: month_label_in(lang, &p.period),
        n: f.n,
        wording_changed: f.wording_changed,
        options: f
            .options
            .iter()
            .map(|o| ChoiceBar {
                label: o.label.clone(),
                count: o.count,
                width: (o.share * 100.0).round() as i64,
                percent: i18n::format_percent(lang, o.share * 100.0, 0),
                interval: i18n::t(
                    lang,
                    "figure-range",
                    &[
                        ("low", i18n::format_percent(lang, o.ci95.0 * 100.0, 0).into()),
                        ("high", i18n::format_percent(lang, o.ci95.1 * 100.0, 0).into()),
                    ],
                ),
            })
            .collect(),
    })
}

fn dimension_section(lang: Lang, report: &TeamReport, verdicts: &[Verdict], key: &str) -> DimensionSection {
    let latest = report
        .periods
        .iter()
        .rev()
        .filter(|p| !p.suppressed)
        .find_map(|p| p.dimensions.get(key).map(|f| (p, f)))
        .map(|(p, f)| latest(lang, report, p, key, f));
    DimensionSection {
        key: key.to_string(),
        label: dimension_label_in(lang, key).into_owned(),
        chart: svg::dimension_chart(&report.periods, key, lang),
        months: svg::chart_months(&report.periods, key).iter().map(|m| month_row(lang, m)).collect(),
        latest,
        verdict: VerdictLine::of(lang, verdicts, key),
    }
}

pub(super) fn month_row(lang: Lang, m: &svg::ChartMonth) -> MonthRow {
    let month = month_label_in(lang, &m.period);
    let num = |x: f64| i18n::format_number(lang, x, 2);
    let note = |id: &str| MonthRow {
        month: month.clone(),
        mean: None,
        interval: None,
        n: None,
        note: Some(i18n::t(lang, id, &[])),
    };
    match &m.state {
        MonthState::Shown { mean, ci95, n } => MonthRow {
            month: month.clone(),
            mean: Some(num(*mean)),
            interval: ci95.map(|(lo, hi)| range(lang, num(lo), num(hi))),
            n: Some(*n),
            note: None,
        },
        MonthState::Hidden => note("figure-too-few"),
        MonthState::NoPulse => note("figure-no-pulse"),
    }
}

/// "3.3 to 4.3" in `lang`.
fn range(lang: Lang, low: String, high: String) -> String {
    i18n::t(lang, "figure-range", &[("low", low.into()), ("high", high.into())])
}

fn latest(lang: Lang, report: &TeamReport, p: &PeriodReport, key: &str, f: &DimensionFigures) -> Latest {
    let num = |x: f64| i18n::format_number(lang, x, 1);
    Latest {
        month: month_label_in(lang, &p.period),
        mean: num(f.mean),
        interval: f.ci95.map(|(lo, hi)| range(lang, num(lo), num(hi))),
        favorable: i18n::format_percent(lang, f.favorable * 100.0, 0),
        n: f.n,
        points: f.distribution.len(),
        wording_changed: f.wording_changed,
        words: dimension_words(lang, report, p, key, f),
        arrow: f.change.as_ref().filter(|c| c.significant).map(|c| if c.delta > 0.0 { "up" } else { "down" }),
        distribution: bars(lang, &f.distribution),
    }
}

/// The report's own sentence for one dimension in one month (level and change), made by
/// the same wording rules as the summary.
fn dimension_words(
    lang: Lang,
    report: &TeamReport,
    p: &PeriodReport,
    key: &str,
    f: &DimensionFigures,
) -> String {
    let only = PeriodReport { dimensions: BTreeMap::from([(key.to_string(), f.clone())]), ..p.clone() };
    let cut = TeamReport {
        periods: vec![only],
        trends: BTreeMap::new(),
        reliability: BTreeMap::new(),
        comments: None,
        summary: Vec::new(),
        verdicts: Vec::new(),
        ..report.clone()
    };
    words::summary_in(lang, &cut).join(" ")
}

/// The traffic light's answers, as the bars name them (messages).
const THREE_LABELS: [&str; 3] = ["three-red", "three-amber", "three-green"];

/// The scale of five's answers (messages).
const LIKERT_LABELS: [&str; 5] = ["likert-1", "likert-2", "likert-3", "likert-4", "likert-5"];

fn bars(lang: Lang, distribution: &[i64]) -> Vec<Bar> {
    let total: i64 = distribution.iter().sum();
    let labels: &[&'static str] = if distribution.len() == 3 { &THREE_LABELS } else { &LIKERT_LABELS };
    labels
        .iter()
        .zip(distribution)
        .enumerate()
        .map(|(i, (label, count))| Bar {
            label: i18n::t(lang, label, &[]),
            value: i + 1,
            count: *count,
            percent: if total > 0 { (count * 100 + total / 2) / total } else { 0 },
        })
        .collect()
}

fn participation_row(lang: Lang, p: &PeriodReport) -> ParticipationRow {
    let rate = match (p.responded, p.invited) {
        (Some(r), Some(i)) if i > 0 => Some(i18n::format_percent(lang, r as f64 * 100.0 / i as f64, 0)),
        _ => None,
    };
    ParticipationRow {
        month: month_label_in(lang, &p.period),
        invited: p.invited,
        responded: p.responded,
        rate,
        suppressed: p.suppressed,
    }
}

/// The eNPS of the latest month that shows one.
fn enps(lang: Lang, periods: &[PeriodReport]) -> Option<EnpsFigure> {
    periods.iter().rev().find_map(|p| {
        let score = p.enps?;
        Some(EnpsFigure {
            month: month_label_in(lang, &p.period),
            score: words::signed_in(lang, score, 0),
            se: p.enps_se.map(|se| i18n::format_number(lang, se, 0)),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_shares_of_all_answers() {
        let b = bars(Lang::En, &[1, 0, 2, 3, 4]);
        assert_eq!(b.iter().map(|b| b.percent).collect::<Vec<_>>(), [10, 0, 20, 30, 40]);
        assert_eq!((b[4].label.as_str(), b[4].value), ("Strongly agree", 5));
        assert!(bars(Lang::En, &[0; 5]).iter().all(|b| b.percent == 0));
        assert_eq!(bars(Lang::De, &[1, 2, 3])[0].label, "Rot");
    }
}
