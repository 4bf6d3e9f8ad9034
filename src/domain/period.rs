//! Periods: the calendar month a pulse belongs to, `YYYY-MM`.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::error::Said;

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    year: i32,
    month: u32,
}

impl Period {
    /// Parses `YYYY-MM` (years 2000 to 2999); the refusal in English words.
    pub fn parse(raw: &str) -> Result<Self, String> {
        Self::read(raw).map_err(|said| crate::i18n::english(&said))
    }

    /// Parses `YYYY-MM` (years 2000 to 2999); the refusal as a message to say in any language.
    pub fn read(raw: &str) -> Result<Self, Said> {
        let shown: String = raw.trim().chars().take(20).collect();
        let fail = || Said::new("refused-period").text("period", shown.as_str());
        let (y, m) = raw.trim().split_once('-').ok_or_else(fail)?;
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(y, 4) || !digits(m, 2) {
            return Err(fail());
        }
        let year: i32 = y.parse().map_err(|_| fail())?;
        let month: u32 = m.parse().map_err(|_| fail())?;
        if !(2000..=2999).contains(&year) || !(1..=12).contains(&month) {
            return Err(fail());
        }
        Ok(Period { year, month })
    }

    /// The month containing `date`.
    pub fn of(date: NaiveDate) -> Self {
        Period { year: date.year(), month: date.month() }
    }

    /// The first day of the month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The month before.
    pub fn previous(self) -> Self {
        if self.month == 1 {
            Period { year: self.year - 1, month: 12 }
        } else {
            Period { year: self.year, month: self.month - 1 }
        }
    }

    /// The month after.
    pub fn next(self) -> Self {
        if self.month == 12 {
            Period { year: self.year + 1, month: 1 }
        } else {
            Period { year: self.year, month: self.month + 1 }
        }
    }

    /// Whole months from `earlier` to `self` (negative when `earlier` is later).
    pub fn months_since(self, earlier: Period) -> i32 {
        (self.year - earlier.year) * 12 + self.month as i32 - earlier.month as i32
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::Period;

    #[test]
    fn parse_and_step() {
        let p = Period::parse("2026-01").unwrap();
        assert_eq!(p.previous().to_string(), "2025-12");
        assert_eq!(p.months_since(Period::parse("2025-03").unwrap()), 10);
        for bad in ["2026-13", "2026-1", "26-01", "2026/01", "x", "2026-+1", "+202-01"] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
    }
}
