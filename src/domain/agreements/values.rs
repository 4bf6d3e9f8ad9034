//! The validated values of an agreement: its related dimensions, its review cadence, its
//! text and one-line fields (title, author, note).

use serde::Serialize;

use crate::domain::survey::DIMENSIONS;
use crate::error::{AppError, Said};
use crate::i18n::refused;

/// Longest title, in characters.
pub(super) const MAX_TITLE: usize = 120;
/// Longest body, in bytes.
const MAX_BODY: usize = 100_000;
/// Longest author name or note, in characters.
pub(super) const MAX_LINE: usize = 300;
/// The refusal of a title that is not one line of 1 to [`MAX_TITLE`] characters.
pub(super) const TITLE: &str = "refused-agreement-title";
/// The refusal of an author name that is not one line of 1 to [`MAX_LINE`] characters.
pub(super) const AUTHOR: &str = "refused-agreement-author";
/// The refusal of a note that is not one line of 1 to [`MAX_LINE`] characters.
pub(super) const NOTE: &str = "refused-agreement-note";

/// The dimensions an agreement relates to: a subset of trust, clarity and workload, in
/// display order, without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Relates(Vec<&'static str>);

impl Relates {
    /// Parses `trust,clarity` (spaces and case ignored; empty is none); names the
    /// unknown key and the known ones, in English words.
    pub fn parse(raw: &str) -> Result<Self, String> {
        Self::read(raw).map_err(|said| crate::i18n::english(&said))
    }

    /// [`Relates::parse`] with the refusal as a message to say in any language.
    pub fn read(raw: &str) -> Result<Self, Said> {
        let mut chosen = Vec::new();
        for part in raw.split(',').map(|p| p.trim().to_lowercase()).filter(|p| !p.is_empty()) {
            let key = DIMENSIONS.iter().find(|d| **d == part).ok_or_else(|| {
                let shown: String = part.chars().take(40).collect();
                Said::new("refused-relates").text("dimension", shown).text("known", DIMENSIONS.join(", "))
            })?;
            chosen.push(*key);
        }
        Ok(Relates(DIMENSIONS.iter().copied().filter(|d| chosen.contains(d)).collect()))
    }

    /// Reads the stored column, skipping anything that is no longer a dimension.
    pub fn from_stored(stored: &str) -> Self {
        Relates(DIMENSIONS.iter().copied().filter(|d| stored.split(',').any(|s| s.trim() == *d)).collect())
    }

    /// The dimension keys, in display order.
    pub fn keys(&self) -> &[&'static str] {
        &self.0
    }

    /// The stored form, `trust,clarity`.
    pub fn to_stored(&self) -> String {
        self.0.join(",")
    }
}

/// The longest time between reviews, in days (two years).
const MAX_REVIEW_DAYS: i32 = 730;

/// How often an agreement is reviewed: 1 to 730 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewEvery(i32);

impl ReviewEvery {
    /// Accepts 1 to 730 days (two years); the refusal in English words.
    pub fn parse(days: i64) -> Result<Self, String> {
        Self::read(days).map_err(|said| crate::i18n::english(&said))
    }

    /// Accepts 1 to 730 days (two years); the refusal as a message to say in any language.
    pub fn read(days: i64) -> Result<Self, Said> {
        match i32::try_from(days) {
            Ok(d) if (1..=MAX_REVIEW_DAYS).contains(&d) => Ok(ReviewEvery(d)),
            _ => Err(Said::new("refused-review-every").number("days", days).number("max", MAX_REVIEW_DAYS)),
        }
    }

    /// The days between reviews.
    pub fn days(self) -> i32 {
        self.0
    }
}

/// Line endings made `\n`, trailing space trimmed, one final newline; refuses empty or huge text.
pub fn clean_body(raw: &str) -> Result<String, AppError> {
    let text = raw.replace("\r\n", "\n");
    let text = text.trim_end();
    if text.trim().is_empty() {
        return Err(refused("--file", Said::new("refused-agreement-empty")));
    }
    if text.len() > MAX_BODY {
        let said = Said::new("refused-agreement-long").number("count", text.len()).number("max", MAX_BODY);
        return Err(refused("--file", said));
    }
    if text.contains('\0') {
        return Err(refused("--file", Said::new("refused-agreement-nul")));
    }
    Ok(format!("{text}\n"))
}

/// A trimmed one-line value of 1 to `max` characters; a refusal is on `field`, in the words
/// of the message `id` (which names the value and takes `max`).
pub(super) fn one_line(field: &str, id: &'static str, raw: &str, max: usize) -> Result<String, AppError> {
    let value = raw.trim();
    if value.is_empty() || value.chars().count() > max || value.chars().any(char::is_control) {
        return Err(refused(field, Said::new(id).number("max", max)));
    }
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Slug;

    #[test]
    fn titles_make_agreement_slugs() {
        assert_eq!(Slug::from_title("Review SLA").unwrap().as_str(), "review-sla");
        assert_eq!(
            Slug::from_title("  Definition of Ready / Done ").unwrap().as_str(),
            "definition-of-ready-done"
        );
    }

    #[test]
    fn relates_keeps_known_dimensions_in_order() {
        assert_eq!(Relates::parse("workload, Trust,trust").unwrap().keys(), ["trust", "workload"]);
        assert_eq!(Relates::parse("").unwrap().keys(), [] as [&str; 0]);
        assert_eq!(Relates::parse(" , ").unwrap().to_stored(), "");
        let err = Relates::parse("trust,trst").unwrap_err();
        assert!(
            err.contains("'trst' is not a dimension") && err.contains("trust, clarity, workload"),
            "{err}"
        );
        assert_eq!(Relates::from_stored("clarity,gone,trust").keys(), ["trust", "clarity"]);
    }

    #[test]
    fn review_cadence_is_one_day_to_two_years() {
        assert_eq!(ReviewEvery::parse(1).unwrap().days(), 1);
        assert_eq!(ReviewEvery::parse(730).unwrap().days(), 730);
        for bad in [0, -5, 731, i64::MAX] {
            assert!(ReviewEvery::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bodies_are_normalised_and_empty_ones_refused() {
        assert_eq!(clean_body("# A\r\n\r\ntext  \n\n\n").unwrap(), "# A\n\ntext\n");
        assert!(clean_body(" \n\t\n").is_err());
        assert!(clean_body(&"x".repeat(MAX_BODY + 1)).is_err());
    }

    #[test]
    fn one_line_values_are_checked() {
        assert_eq!(one_line("--note", NOTE, "  tighter SLA ", 20).unwrap(), "tighter SLA");
        assert!(one_line("--note", NOTE, "", 20).is_err());
        assert!(one_line("--note", NOTE, "two\nlines", 20).is_err());
        assert!(one_line("--note", NOTE, &"x".repeat(21), 20).is_err());
    }
}
