//! Dates in each language's words, from chrono's locale data (never month names of our own).
//! The pattern of each language is a message (`format-date-day`, …) in its locale file.

use chrono::{Locale, NaiveDate};

use super::{Lang, t};

fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en_GB,
        Lang::De => Locale::de_DE,
        Lang::Fr => Locale::fr_FR,
        Lang::Es => Locale::es_ES,
        // Egyptian Arabic names the Gregorian months as they are used with Gregorian dates.
        Lang::Ar => Locale::ar_EG,
    }
}

/// `date` with the strftime pattern of message `pattern_id` (e.g. `format-date-day`:
/// "Friday 13 March", "Freitag, 13. März").
pub fn format_date(lang: Lang, pattern_id: &str, date: NaiveDate) -> String {
    let pattern = t(lang, pattern_id, &[]);
    super::numbers::localize_digits(lang, &date.format_localized(&pattern, locale(lang)).to_string())
}

/// A month as "March 2026", "März 2026", "marzo de 2026".
pub fn month_label(lang: Lang, first_day: NaiveDate) -> String {
    format_date(lang, "format-month", first_day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_in_the_words_of_each_language() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 13).expect("a date");
        assert_eq!(format_date(Lang::En, "format-date-day", day), "Friday 13 March");
        assert_eq!(format_date(Lang::De, "format-date-day", day), "Freitag, 13. März");
        assert_eq!(format_date(Lang::Fr, "format-date-day", day), "vendredi 13 mars");
        assert_eq!(format_date(Lang::Es, "format-date-day", day), "viernes, 13 de marzo");
        assert!(format_date(Lang::Ar, "format-date-day", day).contains("مارس"));
        assert!(
            format_date(Lang::Ar, "format-date-day", day).contains("١٣"),
            "Arabic-Indic digits, as CLDR's ar"
        );
        assert_eq!(month_label(Lang::De, day), "März 2026");
    }
}
