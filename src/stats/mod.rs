//! Pure statistics over survey answers: descriptives, favourable shares per answer scale, single-choice
//! shares, group comparisons, minimum detectable change, trends, scale reliability, eNPS, FDR correction.
//!
//! Every undefined figure is `None`, never NaN or an infinity. Definitions follow scipy 1.17 and
//! pymannkendall (see tests/data/stats-cases.json); distributions come from statrs.

pub mod choice;
pub mod compare;
pub mod describe;
mod dist;
pub mod multiple;
mod nct;
pub mod power;
mod sample;
pub mod scale;
pub mod trend;

/// Single-choice questions: count, share and Wilson interval per option ([`choice_shares`]).
pub use choice::{ChoiceError, ChoiceShare, choice_shares};
pub use compare::{MannWhitney, Welch, mann_whitney, welch};
/// Descriptives; favourable share per [`AnswerScale`] with [`favorable_on`] (five-point: [`favorable`]).
pub use describe::{
    AnswerScale, Describe, FAVORABLE_THRESHOLD, Favorable, describe, favorable, favorable_on, wilson95,
};
pub use multiple::benjamini_hochberg;
/// Minimum detectable change of a pooled two-sample t-test ([`mdc`]) and the pooled sd it scales.
pub use power::{MDC_ALPHA, MDC_POWER, mdc, pooled_sd};
pub use scale::{Alpha, Enps, cronbach_alpha, enps, scores_describe};
pub use trend::{KendallTau, LinearFit, MannKendall, kendall_tau_b, linregress, linregress_xy, mann_kendall};
