//! The one view model every output is rendered from (JSON, CSV, text, pages, email). Nothing
//! in it was computed from a group that the anonymity rules hide.

use std::collections::BTreeMap;

use serde::Serialize;

pub use crate::domain::survey::{DIMENSIONS, Kind, dimension_label, dimension_label_in};

/// A team's report over every closed round.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TeamReport {
    /// The team's slug.
    pub team: String,
    /// The team's display name.
    pub name: String,
    /// The team's current anonymity threshold (each round keeps the one locked when it opened).
    #[schema(minimum = 3, maximum = 10)]
    pub min_group: i32,
    /// The dimensions reported (means and single choice), in display order.
    pub dimension_order: Vec<DimensionInfo>,
    /// Closed rounds, oldest first.
    pub periods: Vec<PeriodReport>,
    /// Trend per dimension over the last 12 calendar months, when there are 5+ shown months.
    pub trends: BTreeMap<String, Trend>,
    /// Reliability of each two-item scale, pooled over the last 12 months (n ≥ 30).
    pub reliability: BTreeMap<String, Reliability>,
    /// Comments of the latest round whose comments may be shown, shuffled.
    pub comments: Option<CommentBlock>,
    /// Plain sentences about the latest round and the trends.
    pub summary: Vec<String>,
    /// One word per dimension for the latest round, with why (see `report::verdicts`); empty
    /// before the first round closes.
    pub verdicts: Vec<super::verdicts::Verdict>,
}

/// A reported dimension: its key, name and how its questions are answered.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DimensionInfo {
    /// `trust`, a library dimension or a team's own.
    pub key: String,
    /// Its name in sentences.
    pub label: String,
    /// `likert5` (1–5), `three` (1 red – 3 green) or `choice` (shares, no mean).
    pub kind: Kind,
}

impl TeamReport {
    /// The keys of the dimensions with a mean (1–5 and 1–3), in display order.
    pub fn scored_dimensions(&self) -> impl Iterator<Item = &str> {
        self.dimension_order.iter().filter(|d| d.kind != Kind::Choice).map(|d| d.key.as_str())
    }
}

/// One closed round of the team (its own answers and those of the teams below it).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PeriodReport {
    /// `YYYY-MM`.
    #[schema(pattern = "^[0-9]{4}-[0-9]{2}$")]
    pub period: String,
    /// People invited (`null` for history imported from another tool).
    pub invited: Option<i64>,
    /// Respondents; absent when the round is suppressed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responded: Option<i64>,
    /// True when the round has too few respondents, or would reveal a smaller group.
    pub suppressed: bool,
    /// The threshold locked for this round.
    pub min_group: i64,
    /// Figures per dimension with a mean (empty when suppressed).
    pub dimensions: BTreeMap<String, DimensionFigures>,
    /// Shares per single-choice dimension (empty when suppressed).
    pub choices: BTreeMap<String, ChoiceFigures>,
    /// eNPS, shown with at least 10 answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enps: Option<f64>,
    /// Standard error of the eNPS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enps_se: Option<f64>,
}

/// The figures of one dimension in one round.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DimensionFigures {
    /// Respondents who answered this dimension.
    pub n: i64,
    /// Mean of respondents' dimension scores.
    pub mean: f64,
    /// Standard deviation (n - 1).
    pub sd: Option<f64>,
    /// 95% t interval of the mean, `[low, high]`; `null` where it is undefined.
    #[schema(value_type = Option<Vec<f64>>, min_items = 2, max_items = 2)]
    pub ci95: Option<(f64, f64)>,
    /// Share of respondents scoring 4 or more (1–5), or 3 (1–3).
    pub favorable: f64,
    /// Wilson 95% interval of that share, `[low, high]`.
    #[schema(value_type = Vec<f64>, min_items = 2, max_items = 2)]
    pub favorable_ci95: (f64, f64),
    /// `likert5` (1–5 agreement) or `three` (a 1 red to 3 green traffic light).
    pub kind: Kind,
    /// Answers given to this dimension's items, by value 1 to 5 (or 1 to 3).
    #[schema(min_items = 3, max_items = 5)]
    pub distribution: Vec<i64>,
    /// True when the dimension's questions or their wording differ from the last month it was
    /// shown: no change is computed across, and the trend starts here.
    pub wording_changed: bool,
    /// Against the previous calendar month, when both are shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

/// The answers of a single-choice dimension in one round.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ChoiceFigures {
    /// Respondents who answered.
    pub n: i64,
    /// Each option, in order.
    pub options: Vec<ChoiceOption>,
    /// As [`DimensionFigures::wording_changed`].
    pub wording_changed: bool,
}

/// One option of a single-choice dimension.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ChoiceOption {
    /// Option number, from 1.
    #[schema(minimum = 1)]
    pub option: usize,
    /// Its text (English, else the question's own language).
    pub label: String,
    /// Respondents who chose it.
    pub count: i64,
    /// `count / n`.
    pub share: f64,
    /// Wilson 95% interval of the share, `[low, high]`.
    #[schema(value_type = Vec<f64>, min_items = 2, max_items = 2)]
    pub ci95: (f64, f64),
}

/// A change against the previous calendar month.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Change {
    /// The previous month.
    pub since: String,
    /// Difference of means (this month minus the previous).
    pub delta: f64,
    /// Welch's t.
    pub welch_t: Option<f64>,
    /// Welch–Satterthwaite degrees of freedom.
    pub df: Option<f64>,
    /// Two-sided p of Welch's test.
    pub p: Option<f64>,
    /// Benjamini–Hochberg adjusted p across the dimensions of this round.
    pub q: Option<f64>,
    /// Mann–Whitney U two-sided p (ordinal check).
    pub mann_whitney_p: Option<f64>,
    /// q < 0.05.
    pub significant: bool,
    /// Respondents in the previous month (this month's are the dimension's `n`).
    pub n_before: i64,
    /// Minimum detectable change: the smallest difference in means a two-sample t-test with
    /// these two months' sizes would detect with 80 % power at α 0.05 (two-sided), from the
    /// pooled sd; `None` where it is undefined (fewer than 2 a month, no spread).
    pub mdc: Option<f64>,
}

/// A trend over monthly means.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Trend {
    /// Shown months used.
    pub months: usize,
    /// OLS slope, points per calendar month.
    pub slope: f64,
    /// p of the slope.
    pub slope_p: Option<f64>,
    /// Mann–Kendall S.
    pub mann_kendall_s: f64,
    /// Mann–Kendall two-sided p.
    pub mann_kendall_p: f64,
}

/// Cronbach's alpha of a dimension's items.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Reliability {
    /// Respondents pooled.
    pub n: usize,
    /// Cronbach's alpha.
    pub alpha: f64,
    /// Feldt 95% interval, `[low, high]`.
    #[schema(value_type = Vec<f64>, min_items = 2, max_items = 2)]
    pub ci95: (f64, f64),
}

/// Comments of one round.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CommentBlock {
    /// The round.
    pub period: String,
    /// The comments, shuffled.
    pub comments: Vec<String>,
}
