//! The view models of the agreement pages: versions, review, charts with version markers,
//! and the diff, as ready-to-print values.

use chrono::NaiveDate;
use serde::Serialize;

use super::Loaded;
use crate::domain::agreements::settings::Link;
use crate::domain::agreements::{Version, diff, markdown};
use crate::error::AppError;
use crate::http::team_page::{MonthRow, month_row};
use crate::report::model::dimension_label_in;
use crate::report::svg::{self, Marker};

/// One version, ready to print.
#[derive(Debug, Serialize)]
struct VersionRow {
    number: i32,
    date: String,
    iso: String,
    author: String,
    note: String,
    url: String,
    /// The changes that made it (none for version 1).
    diff_url: Option<String>,
}

fn version_row(base: &str, v: &Version) -> VersionRow {
    VersionRow {
        number: v.number,
        date: page_date(v.created_at.date()),
        iso: v.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        author: v.author.clone(),
        note: v.note.clone(),
        url: format!("{base}?version={}", v.number),
        diff_url: (v.number > 1).then(|| format!("{base}/diff?from={}&to={}", v.number - 1, v.number)),
    }
}

/// `d` as "12 March 2026" in `lang`'s words.
pub(super) fn long_date(lang: crate::i18n::Lang, d: NaiveDate) -> String {
    crate::i18n::format_date(lang, "format-date-full", d)
}

/// `d` as "12 March 2026" in the page's language (outside a database call).
fn page_date(d: NaiveDate) -> String {
    long_date(crate::http::page_lang::current(), d)
}

/// The review cadence and when the next review is.
#[derive(Debug, Serialize)]
struct ReviewBox {
    every_days: Option<i32>,
    next_on: Option<String>,
    next_iso: Option<String>,
    due: bool,
    last: Option<String>,
}

fn review_box(loaded: &Loaded) -> ReviewBox {
    let a = &loaded.agreement;
    ReviewBox {
        every_days: a.review_every_days,
        next_on: a.next_review_on.map(page_date),
        next_iso: a.next_review_on.map(|d| d.to_string()),
        due: a.review_due(loaded.today()),
        last: loaded.last_review.as_ref().map(|r| {
            let lang = crate::http::page_lang::current();
            let id = if r.outcome == "edited" {
                "agreement-reviewed-edited"
            } else {
                "agreement-reviewed-unchanged"
            };
            let args = [("date", page_date(r.reviewed_on).into()), ("author", r.author.clone().into())];
            crate::i18n::t(lang, id, &args)
        }),
    }
}

/// One related dimension's chart with the version markers.
#[derive(Debug, Serialize)]
struct ChartSection {
    key: &'static str,
    label: String,
    /// Escaped by [`svg::dimension_chart_with_markers`].
    chart: String,
    months: Vec<MonthRow>,
}

fn markers(versions: &[Version]) -> Vec<Marker> {
    versions
        .iter()
        .map(|v| Marker { on: v.created_at.date(), label: format!("v{}", v.number), title: marker_title(v) })
        .collect()
}

/// "Version 2 saved 15 February 2026: One-day SLA", in the page's language.
fn marker_title(v: &Version) -> String {
    let lang = crate::http::page_lang::current();
    let args = [
        ("number", v.number.into()),
        ("date", page_date(v.created_at.date()).into()),
        ("note", v.note.trim_end_matches('.').to_string().into()),
    ];
    crate::i18n::t(lang, "agreement-marker", &args)
}

fn charts(loaded: &Loaded) -> Vec<ChartSection> {
    let lang = crate::http::page_lang::current();
    let Some(report) = &loaded.report else { return Vec::new() };
    let markers = markers(&loaded.versions);
    loaded
        .agreement
        .relates()
        .keys()
        .iter()
        .map(|&key| ChartSection {
            key,
            label: dimension_label_in(lang, key).into_owned(),
            chart: svg::dimension_chart_with_markers(&report.periods, key, &markers, lang),
            months: svg::chart_months(&report.periods, key).iter().map(|m| month_row(lang, m)).collect(),
        })
        .collect()
}

/// The agreement page.
#[derive(Debug, Serialize)]
pub(super) struct AgreementPage {
    team_name: String,
    team_slug: String,
    slug: String,
    title: String,
    url: String,
    shown: VersionRow,
    latest: i32,
    is_latest: bool,
    /// Sanitized by [`markdown::to_safe_html`].
    body: String,
    relates: Vec<String>,
    review: ReviewBox,
    charts: Vec<ChartSection>,
    /// Newest first.
    versions: Vec<VersionRow>,
    compare_from: i32,
    compare_to: i32,
    links: Vec<Link>,
    /// Leads and admins see "Edit" and "Still holds".
    can_edit: bool,
    csrf: String,
}

impl AgreementPage {
    pub(super) fn new(loaded: &Loaded, wanted: Option<i32>, csrf: String) -> Result<Self, AppError> {
        let latest = loaded.latest()?;
        let shown = match wanted {
            Some(n) => loaded.version(n)?,
            None => latest,
        };
        let url = loaded.url();
        Ok(AgreementPage {
            team_name: loaded.team.name.clone(),
            team_slug: loaded.team.slug.clone(),
            slug: loaded.agreement.slug.clone(),
            title: loaded.agreement.title.clone(),
            shown: version_row(&url, shown),
            latest: latest.number,
            is_latest: shown.number == latest.number,
            body: markdown::to_safe_html(&shown.body),
            relates: loaded
                .agreement
                .relates()
                .keys()
                .iter()
                .map(|k| dimension_label_in(crate::http::page_lang::current(), k).into_owned())
                .collect(),
            review: review_box(loaded),
            charts: charts(loaded),
            versions: loaded.versions.iter().rev().map(|v| version_row(&url, v)).collect(),
            compare_from: 1,
            compare_to: latest.number,
            links: loaded.links.clone(),
            can_edit: loaded.access.lead,
            csrf,
            url,
        })
    }
}

/// The diff page.
#[derive(Debug, Serialize)]
pub(super) struct DiffPage {
    team_name: String,
    team_slug: String,
    slug: String,
    title: String,
    url: String,
    from: VersionRow,
    to: VersionRow,
    /// The versions saved after `from` up to `to`, with their notes (why it changed).
    between: Vec<VersionRow>,
    added: usize,
    removed: usize,
    /// Escaped by [`diff::diff_bodies`].
    diff: String,
    numbers: Vec<i32>,
}

impl DiffPage {
    pub(super) fn new(loaded: &Loaded, from: i32, to: i32) -> Result<Self, AppError> {
        let (old, new) = (loaded.version(from)?, loaded.version(to)?);
        let changes = diff::diff_bodies(&old.body, &new.body, &format!("v{from}"), &format!("v{to}"));
        let url = loaded.url();
        let (low, high) = (from.min(to), from.max(to));
        Ok(DiffPage {
            team_name: loaded.team.name.clone(),
            team_slug: loaded.team.slug.clone(),
            slug: loaded.agreement.slug.clone(),
            title: loaded.agreement.title.clone(),
            from: version_row(&url, old),
            to: version_row(&url, new),
            between: loaded
                .versions
                .iter()
                .filter(|v| v.number > low && v.number <= high)
                .map(|v| version_row(&url, v))
                .collect(),
            added: changes.added,
            removed: changes.removed,
            diff: changes.html,
            numbers: loaded.versions.iter().map(|v| v.number).collect(),
            url,
        })
    }
}
