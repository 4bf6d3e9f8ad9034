//! When a team's pulses open and how long they stay open: the scheduling rules the scheduler
//! and the demo both follow (monthly today; the room for other cadences).

use chrono::{DateTime, Datelike, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use super::period::Period;

/// How long a scheduled pulse stays open.
pub const OPEN_DAYS: i64 = 7;

/// When the pulse of `period` opens: the first weekday of the month at 09:00 in `zone`.
pub fn scheduled_open(period: Period, zone: Tz) -> DateTime<Utc> {
    let mut day = period.first_day();
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
        day = day.succ_opt().unwrap_or(day);
    }
    let nine = day.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN));
    zone.from_local_datetime(&nine)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| nine.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_weekday_at_nine_local() {
        // 1 November 2026 is a Sunday: the pulse opens Monday the 2nd, 09:00 in Berlin (UTC+1).
        let at = scheduled_open(Period::parse("2026-11").unwrap(), chrono_tz::Europe::Berlin);
        assert_eq!(at.to_rfc3339(), "2026-11-02T08:00:00+00:00");
        let at = scheduled_open(Period::parse("2026-08").unwrap(), chrono_tz::America::New_York);
        assert_eq!(at.to_rfc3339(), "2026-08-03T13:00:00+00:00");
    }
}
