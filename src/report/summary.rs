//! The summary email sent when a pulse closes: the round's shown figures and sentences, to the
//! team's leads (and to every active member when the team publishes to members), queued once
//! per pulse and person in the caller's transaction.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::followups;
use diesel::prelude::*;
use serde::Serialize;
use tera::Context;

use super::model::{DIMENSIONS, DimensionFigures, PeriodReport, TeamReport, dimension_label};
use super::words::{self, month_label};
use crate::db::DbConnection;
use crate::db::schema::{memberships, people, pulses, teams};
use crate::error::AppError;
use crate::mail::outbox::{self, NewMail};
use crate::mail::{Composed, Composer};

/// A closed pulse whose summary is still to be queued.
#[derive(Debug, Queryable)]
struct DuePulse {
    id: i64,
    period: String,
    slug: String,
    publish_to_members: bool,
}

/// Someone who receives the summary.
#[derive(Debug, Queryable)]
struct Recipient {
    person_id: i64,
    email: String,
    name: String,
    role: String,
}

/// Queues the summary email of each pulse in `pulse_ids` that is closed and whose summary was
/// not queued yet, then marks it sent. Returns how many emails were queued. Call inside the
/// transaction that closed the pulses ([`crate::db::write`]); running it again queues nothing.
pub fn queue_summaries(
    conn: &mut DbConnection,
    composer: &Composer,
    pulse_ids: &[i64],
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    if pulse_ids.is_empty() {
        return Ok(0);
    }
    let due: Vec<DuePulse> = pulses::table
        .inner_join(teams::table)
        .filter(pulses::id.eq_any(pulse_ids))
        .filter(pulses::state.eq("closed").and(pulses::summary_sent.eq(false)))
        .order(pulses::id.asc())
        .select((pulses::id, pulses::period, teams::slug, teams::publish_to_members))
        .load(conn)?;
    let mut queued = 0;
    for pulse in &due {
        queued += queue_pulse_summary(conn, composer, pulse, now)?;
    }
    Ok(queued)
}

fn queue_pulse_summary(
    conn: &mut DbConnection,
    composer: &Composer,
    pulse: &DuePulse,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let report = super::team_report(conn, &pulse.slug)?;
    let mut view = SummaryView::new(&report, &pulse.period, composer.base_url());
    (view.done_actions, view.open_actions) = action_lines(conn, pulse, now.date())?;
    let mut queued = 0;
    for person in recipients(conn, &pulse.slug, pulse.publish_to_members)? {
        let mail = NewMail {
            idempotency_key: format!("summary:{}:{}", pulse.id, person.person_id),
            to: &person.email,
            content: compose(composer, &view, &person)?,
            holds_secret: false,
        };
        if outbox::enqueue(conn, &mail, now)? {
            queued += 1;
        }
    }
    diesel::update(pulses::table.find(pulse.id).filter(pulses::summary_sent.eq(false)))
        .set(pulses::summary_sent.eq(true))
        .execute(conn)?;
    tracing::info!(team = %pulse.slug, pulse = pulse.id, queued, "queued pulse summaries");
    Ok(queued)
}

/// Follow-up actions done since the team's previous pulse closed, and those still open.
fn action_lines(
    conn: &mut DbConnection,
    pulse: &DuePulse,
    today: NaiveDate,
) -> Result<(Vec<String>, Vec<String>), AppError> {
    let (team_id, previous_close): (i64, Option<NaiveDateTime>) = {
        let team_id: i64 = pulses::table.find(pulse.id).select(pulses::team_id).first(conn)?;
        let previous = pulses::table
            .filter(pulses::team_id.eq(team_id).and(pulses::period.lt(&pulse.period)))
            .select(diesel::dsl::max(pulses::closes_at))
            .first::<Option<NaiveDateTime>>(conn)?;
        (team_id, previous)
    };
    let done = followups::done_between(conn, team_id, previous_close.map(|t| t.date()), today)?;
    let open: Vec<_> = followups::followups_of_team(conn, team_id)?
        .into_iter()
        .flat_map(|f| f.actions)
        .filter(|a| a.done_on.is_none())
        .collect();
    let line = |a: &followups::ActionView| format!("{} ({})", a.text, a.owner);
    Ok((
        done.iter()
            .map(|a| format!("{}, done {}", line(a), a.done_on.map(|d| d.to_string()).unwrap_or_default()))
            .collect(),
        open.iter()
            .map(|a| match (a.overdue(today), a.due_on) {
                (true, Some(due)) => format!("{}, overdue since {due}", line(a)),
                (false, Some(due)) => format!("{}, due {due}", line(a)),
                _ => line(a),
            })
            .collect(),
    ))
}

/// The team's active leads, and every other active member when `everyone` is set.
fn recipients(conn: &mut DbConnection, slug: &str, everyone: bool) -> Result<Vec<Recipient>, AppError> {
    let rows: Vec<Recipient> = memberships::table
        .inner_join(people::table)
        .inner_join(teams::table)
        .filter(teams::slug.eq(slug).and(people::active.eq(true)))
        .order(people::id.asc())
        .select((people::id, people::email, people::name, memberships::role))
        .load(conn)?;
    Ok(rows.into_iter().filter(|r| everyone || r.role == "lead").collect())
}

fn compose(composer: &Composer, view: &SummaryView, person: &Recipient) -> Result<Composed, AppError> {
    let mut ctx = Context::from_serialize(view).map_err(|e| AppError::unexpected("summary context", e))?;
    ctx.insert("name", &person.name);
    ctx.insert("is_lead", &(person.role == "lead"));
    composer.compose("summary", &ctx)
}

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
            dimensions: shown.map(dimension_rows).unwrap_or_default(),
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

fn dimension_rows(p: &PeriodReport) -> Vec<DimensionRow> {
    let extra = p.dimensions.keys().map(String::as_str).filter(|k| !DIMENSIONS.contains(k));
    DIMENSIONS
        .iter()
        .copied()
        .chain(extra)
        .map(|key| DimensionRow {
            label: dimension_label(key).to_string(),
            figures: p.dimensions.get(key).map(row_figures),
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
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn report(periods: Vec<PeriodReport>) -> TeamReport {
        let mut r = TeamReport {
            team: "platform".into(),
            name: "Platform".into(),
            min_group: 5,
            periods,
            trends: BTreeMap::new(),
            reliability: BTreeMap::new(),
            comments: None,
            summary: Vec::new(),
        };
        r.summary = words::summary(&r);
        r
    }

    fn shown(period: &str, mean: f64) -> PeriodReport {
        let figures = DimensionFigures {
            n: 9,
            mean,
            sd: Some(0.7),
            ci95: Some((mean - 0.5, mean + 0.5)),
            favorable: 2.0 / 3.0,
            favorable_ci95: (0.35, 0.88),
            distribution: [0, 2, 4, 6, 6],
            change: None,
        };
        PeriodReport {
            period: period.into(),
            invited: Some(12),
            responded: Some(9),
            suppressed: false,
            min_group: 5,
            dimensions: BTreeMap::from([("trust".to_string(), figures)]),
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
    fn the_email_is_text_and_inline_styled_html() {
        let composer = Composer::new("https://c.example").unwrap();
        let view = SummaryView::new(&report(vec![shown("2026-03", 3.8)]), "2026-03", composer.base_url());
        let lead =
            Recipient { person_id: 1, email: "a@b.c".into(), name: "Ann <3".into(), role: "lead".into() };
        let mail = compose(&composer, &view, &lead).unwrap();
        assert_eq!(mail.subject, "Platform: results of the March 2026 pulse");
        assert!(mail.text.contains("Trust: 3.8 of 5  [########..]") && mail.text.contains("Hi Ann <3,"));
        assert!(mail.text.contains("https://c.example/teams/platform"), "{}", mail.text);
        assert!(mail.html.contains("Hi Ann &lt;3,") && mail.html.contains("width:76%"), "{}", mail.html);
        for banned in ["class=", "<svg", "<img", "<style", "<script"] {
            assert!(!mail.html.contains(banned), "{banned} in {}", mail.html);
        }
    }

    #[test]
    fn an_earlier_round_gets_its_own_sentences() {
        let r = report(vec![shown("2026-02", 3.1), suppressed("2026-03")]);
        let view = SummaryView::new(&r, "2026-02", "http://x");
        assert!(!view.suppressed);
        assert!(view.summary[0].starts_with("Trust is 3.1 of 5"), "{:?}", view.summary);
    }
}
