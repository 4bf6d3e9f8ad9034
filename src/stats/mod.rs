//! Pure statistics over survey answers: descriptives, group comparisons, trends, scale reliability, eNPS, FDR correction.
//!
//! Every undefined figure is `None`, never NaN or an infinity. Definitions follow scipy 1.17 and
//! pymannkendall (see tests/data/stats-cases.json); distributions come from statrs.

pub mod compare;
pub mod describe;
mod dist;
pub mod multiple;
mod sample;
pub mod scale;
pub mod trend;

pub use compare::{MannWhitney, Welch, mann_whitney, welch};
pub use describe::{Describe, FAVORABLE_THRESHOLD, Favorable, describe, favorable, wilson95};
pub use multiple::benjamini_hochberg;
pub use scale::{Alpha, Enps, cronbach_alpha, enps, scores_describe};
pub use trend::{KendallTau, LinearFit, MannKendall, kendall_tau_b, linregress, linregress_xy, mann_kendall};
