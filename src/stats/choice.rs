//! Single-choice questions: how many chose each option, its share and the share's Wilson interval.

use super::describe::wilson95;
use serde::Serialize;

/// One option of a single-choice question with how often it was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChoiceShare {
    /// Option number, from 1.
    pub option: usize,
    /// Answers that chose this option.
    pub count: usize,
    /// `count / n` (0–1); `None` when there are no answers.
    pub share: Option<f64>,
    /// 95 % Wilson score interval of the share; `None` when there are no answers.
    pub wilson95: Option<(f64, f64)>,
}

/// Why answers cannot be counted as choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChoiceError {
    /// The question has no options.
    #[error("a single-choice question needs at least one option")]
    NoOptions,
    /// The answer at `position` (from 0) is not a whole number from 1 to `options`.
    #[error("answer {position} is not one of the options 1 to {options}")]
    OutOfRange {
        /// Index of the offending answer in the input.
        position: usize,
        /// Number of options of the question.
        options: usize,
    },
}

/// Count, share and 95 % Wilson interval (as `scipy.stats.binomtest(k, n).proportion_ci(0.95,
/// method='wilson')`) of each option 1..=`options`, in option order.
///
/// # Errors
/// [`ChoiceError::NoOptions`] when `options` is 0; [`ChoiceError::OutOfRange`] for the first
/// answer that is not a whole number from 1 to `options` (NaN and infinities included).
pub fn choice_shares(values: &[f64], options: usize) -> Result<Vec<ChoiceShare>, ChoiceError> {
    if options == 0 {
        return Err(ChoiceError::NoOptions);
    }
    let mut counts = vec![0usize; options];
    for (position, &value) in values.iter().enumerate() {
        let index = option_index(value, options).ok_or(ChoiceError::OutOfRange { position, options })?;
        counts[index] += 1;
    }
    let n = values.len();
    Ok(counts.into_iter().enumerate().map(|(i, count)| share_of(i + 1, count, n)).collect())
}

/// Index (from 0) of the option `value` names, or `None` when it names none of 1..=`options`.
fn option_index(value: f64, options: usize) -> Option<usize> {
    let whole = value.is_finite() && value.fract() == 0.0 && value >= 1.0 && value <= options as f64;
    whole.then(|| value as usize - 1)
}

/// The figures of one option chosen `count` times out of `n`.
fn share_of(option: usize, count: usize, n: usize) -> ChoiceShare {
    let share = (n > 0).then(|| count as f64 / n as f64);
    ChoiceShare { option, count, share, wilson95: wilson95(count, n) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_option_in_order() {
        let shares = choice_shares(&[2.0, 1.0, 2.0, 3.0], 4).unwrap();
        let counts: Vec<usize> = shares.iter().map(|s| s.count).collect();
        assert_eq!(counts, vec![1, 2, 1, 0]);
        assert_eq!(shares[1].share, Some(0.5));
        assert_eq!(shares[3].share, Some(0.0));
        assert_eq!(shares[3].wilson95.map(|w| w.0), Some(0.0));
        assert_eq!(shares.iter().map(|s| s.option).collect::<Vec<_>>(), vec![1, 2, 3, 4]);
    }

    #[test]
    fn no_answers_leave_shares_undefined() {
        let shares = choice_shares(&[], 3).unwrap();
        assert_eq!(shares.len(), 3);
        assert!(shares.iter().all(|s| s.count == 0 && s.share.is_none() && s.wilson95.is_none()));
    }

    #[test]
    fn one_answer_takes_the_whole_share() {
        let shares = choice_shares(&[2.0], 2).unwrap();
        assert_eq!((shares[0].share, shares[1].share), (Some(0.0), Some(1.0)));
        let (lo, hi) = shares[1].wilson95.unwrap();
        assert!(lo > 0.0 && hi == 1.0);
    }

    #[test]
    fn answers_outside_the_options_are_refused() {
        let out = |position| Err(ChoiceError::OutOfRange { position, options: 3 });
        assert_eq!(choice_shares(&[1.0, 4.0], 3), out(1));
        assert_eq!(choice_shares(&[0.0], 3), out(0));
        assert_eq!(choice_shares(&[1.0, 2.5], 3), out(1));
        assert_eq!(choice_shares(&[-1.0], 3), out(0));
        assert_eq!(choice_shares(&[f64::NAN], 3), out(0));
        assert_eq!(choice_shares(&[f64::INFINITY], 3), out(0));
        assert_eq!(choice_shares(&[1.0], 0), Err(ChoiceError::NoOptions));
        let message = choice_shares(&[9.0], 3).unwrap_err().to_string();
        assert_eq!(message, "answer 0 is not one of the options 1 to 3");
    }
}
