//! When a team's pulses open and how long they stay open: the scheduling rules the scheduler,
//! the launch page and the demo follow.
//!
//! A cadence is monthly (the first working day of each month), quarterly (the first working
//! day of January, April, July and October), every N weeks (from the first working day on or
//! after the launch, the same weekday every N weeks) or manual (the scheduler opens nothing).
//! Every pulse opens at 09:00 in the team's time zone and stays open for the team's days open.
//!
//! A team has at most one pulse per calendar month: results are grouped, compared and kept
//! anonymous across the tree by month (docs/anonymity.md), and two pulses in one month would
//! halve each month's answers and let the two be set against each other. So "every N weeks"
//! starts at 5 weeks (35 days: never twice in a month) and days open stay below the shortest
//! gap between two openings.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use super::period::Period;
use crate::error::Said;

/// How long a scheduled pulse stays open unless the team says otherwise.
pub const OPEN_DAYS: i64 = 7;

/// The fewest and most days a pulse may stay open.
pub const DAYS_OPEN: std::ops::RangeInclusive<i64> = 1..=21;

/// The shortest and longest "every N weeks".
pub const WEEKS: std::ops::RangeInclusive<u32> = 5..=26;

/// When a team's pulses open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    /// The first working day of each month.
    Monthly,
    /// The first working day of each quarter.
    Quarterly,
    /// Every N weeks from the launch.
    EveryWeeks(u32),
    /// Only by hand.
    Manual,
}

impl Cadence {
    /// Reads a stored or typed cadence: `monthly`, `quarterly`, `weeks:N` (N from 5 to 26) or
    /// `manual`; the refusal says what is allowed.
    pub fn parse(raw: &str) -> Result<Self, Said> {
        let raw = raw.trim();
        match raw {
            "monthly" => return Ok(Self::Monthly),
            "quarterly" => return Ok(Self::Quarterly),
            "manual" => return Ok(Self::Manual),
            _ => {}
        }
        let weeks = raw.strip_prefix("weeks:").and_then(|n| n.trim().parse::<u32>().ok());
        match weeks {
            Some(n) if WEEKS.contains(&n) => Ok(Self::EveryWeeks(n)),
            Some(n) => Err(Said::new("refused-cadence-weeks")
                .number("weeks", n)
                .number("min", *WEEKS.start())
                .number("max", *WEEKS.end())),
            None => Err(Said::new("refused-cadence-unknown")
                .text("cadence", raw)
                .number("min", *WEEKS.start())
                .number("max", *WEEKS.end())),
        }
    }

    /// As stored in `teams.cadence`.
    pub fn as_stored(self) -> String {
        match self {
            Self::Monthly => "monthly".into(),
            Self::Quarterly => "quarterly".into(),
            Self::EveryWeeks(n) => format!("weeks:{n}"),
            Self::Manual => "manual".into(),
        }
    }

    /// In words, for pages.
    pub fn words(self) -> String {
        match self {
            Self::Monthly => "every month, on its first working day".into(),
            Self::Quarterly => {
                "every quarter, on the first working day of January, April, July and October".into()
            }
            Self::EveryWeeks(n) => format!("every {n} weeks, on the weekday of the first pulse"),
            Self::Manual => "only when opened by hand".into(),
        }
    }

    /// Whether the scheduler opens pulses by itself (once the team is launched).
    pub fn is_scheduled(self) -> bool {
        self != Self::Manual
    }

    /// Days open must leave a gap before the next opening.
    pub fn check_days_open(self, days: i64) -> Result<(), Said> {
        if !DAYS_OPEN.contains(&days) {
            return Err(Said::new("refused-days-open")
                .number("days", days)
                .number("min", *DAYS_OPEN.start())
                .number("max", *DAYS_OPEN.end()));
        }
        match self {
            Self::EveryWeeks(n) if days >= i64::from(n) * 7 => {
                Err(Said::new("refused-days-open-gap").number("days", days).number("weeks", n))
            }
            _ => Ok(()),
        }
    }

    /// The latest scheduled opening at or before `now` (`None` for manual, or before the
    /// first). `anchor` is when the cadence was launched (every N weeks counts from it).
    pub fn opening_at_or_before(
        self,
        anchor: DateTime<Utc>,
        zone: Tz,
        now: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let today = now.with_timezone(&zone).date_naive();
        let at = |day: NaiveDate| nine_local(day, zone);
        match self {
            Self::Manual => None,
            Self::Monthly | Self::Quarterly => {
                let this = self.round_of(Period::of(today));
                let opens = at(first_working_day(this.first_day()));
                Some(if opens <= now {
                    opens
                } else {
                    at(first_working_day(self.previous_round(this).first_day()))
                })
            }
            Self::EveryWeeks(n) => {
                let first = first_working_day(anchor.with_timezone(&zone).date_naive());
                let step = i64::from(n) * 7;
                let since = (today - first).num_days();
                if since < 0 {
                    return None;
                }
                let opens = at(first + Duration::days(since / step * step));
                if opens <= now {
                    Some(opens)
                } else if since >= step {
                    Some(at(first + Duration::days((since / step - 1) * step)))
                } else {
                    None
                }
            }
        }
    }

    /// The first scheduled opening after `now` (`None` for manual).
    pub fn opening_after(self, anchor: DateTime<Utc>, zone: Tz, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let at = |day: NaiveDate| nine_local(day, zone);
        match self {
            Self::Manual => None,
            Self::Monthly | Self::Quarterly => {
                let this = self.round_of(Period::of(now.with_timezone(&zone).date_naive()));
                let opens = at(first_working_day(this.first_day()));
                Some(if opens > now {
                    opens
                } else {
                    at(first_working_day(self.next_round(this).first_day()))
                })
            }
            Self::EveryWeeks(n) => {
                let first = first_working_day(anchor.with_timezone(&zone).date_naive());
                let step = i64::from(n) * 7;
                let mut day = first;
                while at(day) <= now {
                    day += Duration::days(step);
                }
                Some(at(day))
            }
        }
    }

    /// The month that starts the round `period` falls in (its quarter's first month).
    fn round_of(self, period: Period) -> Period {
        let mut p = period;
        if self == Self::Quarterly {
            while !(p.first_day().month() - 1).is_multiple_of(3) {
                p = p.previous();
            }
        }
        p
    }

    fn previous_round(self, start: Period) -> Period {
        let months = if self == Self::Quarterly { 3 } else { 1 };
        (0..months).fold(start, |p, _| p.previous())
    }

    fn next_round(self, start: Period) -> Period {
        let months = if self == Self::Quarterly { 3 } else { 1 };
        (0..months).fold(start, |p, _| p.next())
    }
}

/// The first weekday on or after `day`.
fn first_working_day(mut day: NaiveDate) -> NaiveDate {
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
        day = day.succ_opt().unwrap_or(day);
    }
    day
}

/// 09:00 on `day` in `zone`, in UTC (the earlier instant when the clock repeats, 09:00 UTC if
/// it never exists).
fn nine_local(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let nine = day.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN));
    zone.from_local_datetime(&nine)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| nine.and_utc())
}

/// When the monthly pulse of `period` opens: the first weekday of the month at 09:00 in `zone`.
pub fn scheduled_open(period: Period, zone: Tz) -> DateTime<Utc> {
    nine_local(first_working_day(period.first_day()), zone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Berlin;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn first_weekday_at_nine_local() {
        // 1 November 2026 is a Sunday: the pulse opens Monday the 2nd, 09:00 in Berlin (UTC+1).
        let at = scheduled_open(Period::parse("2026-11").unwrap(), Berlin);
        assert_eq!(at.to_rfc3339(), "2026-11-02T08:00:00+00:00");
        let at = scheduled_open(Period::parse("2026-08").unwrap(), chrono_tz::America::New_York);
        assert_eq!(at.to_rfc3339(), "2026-08-03T13:00:00+00:00");
    }

    #[test]
    fn cadences_read_back_and_refuse_what_cannot_be() {
        for raw in ["monthly", "quarterly", "weeks:5", "weeks:26", "manual"] {
            assert_eq!(Cadence::parse(raw).unwrap().as_stored(), raw);
        }
        let english = |said| crate::i18n::refused("cadence", said).to_string();
        let too_often = english(Cadence::parse("weeks:2").unwrap_err());
        assert!(too_often.contains("Every 2 weeks") && too_often.contains("at most one pulse a month"));
        assert!(english(Cadence::parse("weekly").unwrap_err()).contains("'weekly' is not a cadence"));
        let long = english(Cadence::EveryWeeks(5).check_days_open(35).unwrap_err());
        assert_eq!(long, "cadence: A pulse stays open from 1 to 21 days, not 35 days.");
        assert!(Cadence::EveryWeeks(5).check_days_open(21).is_ok());
        assert!(Cadence::Monthly.check_days_open(22).is_err());
        assert!(Cadence::Monthly.check_days_open(0).is_err());
    }

    #[test]
    fn monthly_opens_on_the_first_working_day() {
        let anchor = utc("2026-01-01T00:00:00Z");
        let c = Cadence::Monthly;
        // 2 Dec 2026 10:00 Berlin: December's opening (Tue 1 Dec 09:00) has passed.
        let now = utc("2026-12-02T09:00:00Z");
        assert_eq!(
            c.opening_at_or_before(anchor, Berlin, now).unwrap().to_rfc3339(),
            "2026-12-01T08:00:00+00:00"
        );
        assert_eq!(c.opening_after(anchor, Berlin, now).unwrap().to_rfc3339(), "2027-01-01T08:00:00+00:00");
        // Before 09:00 on the first working day, the month's opening is still ahead.
        let early = utc("2026-12-01T07:00:00Z");
        assert_eq!(
            c.opening_at_or_before(anchor, Berlin, early).unwrap().to_rfc3339(),
            "2026-11-02T08:00:00+00:00"
        );
        assert_eq!(c.opening_after(anchor, Berlin, early).unwrap().to_rfc3339(), "2026-12-01T08:00:00+00:00");
    }

    #[test]
    fn quarterly_opens_in_january_april_july_and_october() {
        let anchor = utc("2026-01-01T00:00:00Z");
        let c = Cadence::Quarterly;
        let now = utc("2026-12-02T09:00:00Z");
        // 1 Oct 2026 is a Thursday.
        assert_eq!(
            c.opening_at_or_before(anchor, Berlin, now).unwrap().to_rfc3339(),
            "2026-10-01T07:00:00+00:00"
        );
        assert_eq!(c.opening_after(anchor, Berlin, now).unwrap().to_rfc3339(), "2027-01-01T08:00:00+00:00");
    }

    #[test]
    fn every_n_weeks_counts_from_the_launch_and_never_twice_a_month() {
        // Launched on Saturday 5 Dec 2026: the first pulse is Monday 7 Dec, then every 6 weeks.
        let anchor = utc("2026-12-05T12:00:00Z");
        let c = Cadence::EveryWeeks(6);
        let before = utc("2026-12-06T12:00:00Z");
        assert_eq!(c.opening_at_or_before(anchor, Berlin, before), None);
        assert_eq!(
            c.opening_after(anchor, Berlin, before).unwrap().to_rfc3339(),
            "2026-12-07T08:00:00+00:00"
        );
        let later = utc("2027-02-01T12:00:00Z");
        assert_eq!(
            c.opening_at_or_before(anchor, Berlin, later).unwrap().to_rfc3339(),
            "2027-01-18T08:00:00+00:00"
        );
        assert_eq!(c.opening_after(anchor, Berlin, later).unwrap().to_rfc3339(), "2027-03-01T08:00:00+00:00");
        let mut months = std::collections::BTreeSet::new();
        let mut at = c.opening_after(anchor, Berlin, before).unwrap();
        for _ in 0..40 {
            assert!(
                months.insert(Period::of(at.with_timezone(&Berlin).date_naive())),
                "two in one month at {at}"
            );
            at = c.opening_after(anchor, Berlin, at).unwrap();
        }
    }

    #[test]
    fn manual_never_opens() {
        let now = utc("2026-12-02T09:00:00Z");
        assert_eq!(Cadence::Manual.opening_at_or_before(now, Berlin, now), None);
        assert_eq!(Cadence::Manual.opening_after(now, Berlin, now), None);
    }
}
