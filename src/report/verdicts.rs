//! Words first (docs/design.md, "Verdicts"): one word per dimension for the latest round, with
//! the reason in one sentence, from figures the report already shows. The rules, in order:
//! - `too_few`: the latest round is suppressed, or shows nothing for the dimension.
//! - `needs_attention`: favourable below 50 %, or a significant fall since the month before
//!   (q < 0.05), or a falling trend (Mann–Kendall p < 0.05 over 5+ shown months).
//! - `improving`: a significant rise, or a rising trend.
//! - `steady`: none of these.

use serde::Serialize;

use super::changes::SIGNIFICANT_Q;
use super::model::{TeamReport, dimension_label_in};
use super::words::month_label_in;
use crate::i18n::{self, Lang};

/// Favourable below this share needs attention.
pub const ATTENTION_BELOW: f64 = 0.5;

/// The four verdicts. `needs_attention`: favourable under 50 %, a fall with q < 0.05, or a
/// falling trend; `improving`: a rise with q < 0.05 or a rising trend; `too_few`: nothing shown
/// for the latest round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Word {
    /// Something to look at now.
    NeedsAttention,
    /// Nothing moved that anyone could tell.
    Steady,
    /// A rise that is more than noise.
    Improving,
    /// Too few answers to say anything.
    TooFew,
}

impl Word {
    /// In words, for pages and email, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            Self::NeedsAttention => "verdict-needs-attention",
            Self::Steady => "verdict-steady",
            Self::Improving => "verdict-improving",
            Self::TooFew => "verdict-too-few",
        };
        i18n::t(lang, id, &[])
    }
}

/// One dimension's verdict.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Verdict {
    /// The dimension's key.
    pub dimension: String,
    /// The word.
    pub verdict: Word,
    /// Why, in one sentence.
    pub why: String,
}

/// A verdict for every dimension of the report's latest round (none before the first
/// closes), its reasons in English (the JSON API).
pub fn verdicts(report: &TeamReport) -> Vec<Verdict> {
    verdicts_in(Lang::En, report)
}

/// [`verdicts`] with the reasons in `lang`, for pages and emails.
pub fn verdicts_in(lang: Lang, report: &TeamReport) -> Vec<Verdict> {
    let Some(latest) = report.periods.last() else { return Vec::new() };
    let month = month_label_in(lang, &latest.period);
    report
        .scored_dimensions()
        .filter(|dim| *dim != crate::domain::survey::CHANGES_HELPED)
        .map(|dim| {
            let label = dimension_label_in(lang, dim).into_owned();
            let (verdict, why) = match latest.dimensions.get(dim).filter(|_| !latest.suppressed) {
                None => {
                    let args = [("month", month.clone().into()), ("label", label.into())];
                    (Word::TooFew, i18n::t(lang, "why-too-few", &args))
                }
                Some(f) => judge(lang, &label, f.favorable, f.change.as_ref(), report.trends.get(dim)),
            };
            Verdict { dimension: dim.to_string(), verdict, why }
        })
        .collect()
}

fn judge(
    lang: Lang,
    label: &str,
    favorable: f64,
    change: Option<&super::model::Change>,
    trend: Option<&super::model::Trend>,
) -> (Word, String) {
    let percent = i18n::format_percent(lang, (favorable * 100.0).round(), 0);
    let say = |id: &str, more: &[i18n::Arg<'_>]| {
        let mut args: Vec<i18n::Arg<'_>> =
            vec![("label", label.to_string().into()), ("percent", percent.clone().into())];
        args.extend(more.iter().cloned());
        i18n::t(lang, id, &args)
    };
    let significant = change.filter(|c| c.significant && c.q.is_some_and(|q| q < SIGNIFICANT_Q));
    let trending = trend.filter(|t| t.mann_kendall_p < 0.05);
    if favorable < ATTENTION_BELOW {
        return (Word::NeedsAttention, say("why-low", &[]));
    }
    if let Some(c) = significant.filter(|c| c.delta < 0.0) {
        let (delta, since) = (i18n::format_number(lang, -c.delta, 1), month_label_in(lang, &c.since));
        return (Word::NeedsAttention, say("why-fell", &[("delta", delta.into()), ("since", since.into())]));
    }
    if let Some(t) = trending.filter(|t| t.slope < 0.0) {
        return (Word::NeedsAttention, say("why-falling", &[("months", t.months.into())]));
    }
    if let Some(c) = significant {
        let (delta, since) = (i18n::format_number(lang, c.delta, 1), month_label_in(lang, &c.since));
        return (Word::Improving, say("why-rose", &[("delta", delta.into()), ("since", since.into())]));
    }
    if let Some(t) = trending {
        return (Word::Improving, say("why-rising", &[("months", t.months.into())]));
    }
    (Word::Steady, say("why-steady", &[]))
}

#[cfg(test)]
mod tests {
    use super::super::model::{Change, Trend};
    use super::*;

    fn change(delta: f64, q: f64) -> Change {
        Change {
            since: "2026-10".into(),
            delta,
            welch_t: None,
            df: None,
            p: Some(q),
            q: Some(q),
            mann_whitney_p: None,
            significant: q < SIGNIFICANT_Q,
            n_before: 12,
            mdc: Some(0.5),
        }
    }

    fn trend(slope: f64, p: f64) -> Trend {
        Trend { months: 6, slope, slope_p: None, mann_kendall_s: 0.0, mann_kendall_p: p }
    }

    #[test]
    fn the_rules_in_their_order() {
        let (word, why) = judge(Lang::En, "Trust", 0.42, Some(&change(0.9, 0.01)), None);
        assert_eq!(word, Word::NeedsAttention, "a low share wins over a rise");
        assert!(why.contains("42%"), "{why}");
        assert_eq!(judge(Lang::En, "Trust", 0.7, Some(&change(-0.8, 0.02)), None).0, Word::NeedsAttention);
        assert_eq!(judge(Lang::En, "Trust", 0.7, None, Some(&trend(-0.1, 0.01))).0, Word::NeedsAttention);
        assert_eq!(judge(Lang::En, "Trust", 0.7, Some(&change(0.8, 0.02)), None).0, Word::Improving);
        assert_eq!(judge(Lang::En, "Trust", 0.7, None, Some(&trend(0.1, 0.03))).0, Word::Improving);
        assert_eq!(
            judge(Lang::En, "Trust", 0.7, Some(&change(-0.8, 0.2)), Some(&trend(-0.1, 0.3))).0,
            Word::Steady
        );
        assert_eq!(
            judge(Lang::En, "Trust", 0.5, None, None).0,
            Word::Steady,
            "exactly half is not under half"
        );
    }
}
