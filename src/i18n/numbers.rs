//! Numbers and percentages in each language's format (CLDR's defaults for the five locales):
//! "3.8" and "46%" in English, "3,8" and "46 %" in German and Spanish, "3,8" and "46 %" (a
//! narrow no-break space) in French, "٣٫٨" and "٤٦٪؜" in Arabic. Pages and emails use these;
//! the JSON API and the CSV keep the plain "3.8".

use super::Lang;

/// No-break space (German and Spanish percent, CLDR).
const NBSP: char = '\u{a0}';
/// Narrow no-break space (French grouping and percent, CLDR).
const NNBSP: char = '\u{202f}';
/// The Arabic letter mark CLDR puts after the Arabic percent sign and before the minus.
const ALM: char = '\u{61c}';

/// How a language writes a number: its decimal mark, group mark, digits and minus.
struct Symbols {
    decimal: char,
    group: char,
    /// Digits of four or more are grouped (German, English, ...), or of five or more (Spanish).
    min_grouping: usize,
    /// Arabic-Indic digits (`٠`–`٩`), CLDR's default numbering system for `ar`.
    arabic_digits: bool,
    minus: &'static str,
}

fn symbols(lang: Lang) -> Symbols {
    let latin = |decimal, group, min_grouping| Symbols {
        decimal,
        group,
        min_grouping,
        arabic_digits: false,
        minus: "-",
    };
    match lang {
        Lang::En => latin('.', ',', 4),
        Lang::De => latin(',', '.', 4),
        Lang::Fr => latin(',', NNBSP, 4),
        Lang::Es => latin(',', '.', 5),
        Lang::Ar => Symbols {
            decimal: '\u{66b}',
            group: '\u{66c}',
            min_grouping: 4,
            arabic_digits: true,
            minus: "\u{61c}-",
        },
    }
}

fn digit(symbols: &Symbols, c: char) -> char {
    match c.to_digit(10) {
        Some(d) if symbols.arabic_digits => char::from_u32(0x660 + d).unwrap_or(c),
        _ => c,
    }
}

fn grouped(symbols: &Symbols, integer: &str) -> String {
    let digits: Vec<char> = integer.chars().map(|c| digit(symbols, c)).collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        let left = digits.len() - i;
        if i > 0 && left.is_multiple_of(3) && digits.len() >= symbols.min_grouping {
            out.push(symbols.group);
        }
        out.push(*c);
    }
    out
}

/// `value` rounded to `decimals` places in `lang`'s format: `format_number(Lang::De, 3.75, 1)`
/// is "3,8"; a value that rounds to zero has no minus sign.
pub fn format_number(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let symbols = symbols(lang);
    let plain = format!("{:.decimals$}", value.abs());
    let rounds_to_zero = plain.chars().all(|c| c == '0' || c == '.');
    let (integer, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut out = String::new();
    if value < 0.0 && !rounds_to_zero {
        out.push_str(symbols.minus);
    }
    out.push_str(&grouped(&symbols, integer));
    if !fraction.is_empty() {
        out.push(symbols.decimal);
        out.extend(fraction.chars().map(|c| digit(&symbols, c)));
    }
    out
}

/// `percent` (already times 100: 46.0 for 46 %) with `decimals` places and the language's
/// percent sign and spacing: "46%", "46 %", "46 %", "٤٦٪؜".
pub fn format_percent(lang: Lang, percent: f64, decimals: usize) -> String {
    let number = format_number(lang, percent, decimals);
    match lang {
        Lang::En => format!("{number}%"),
        Lang::De | Lang::Es => format!("{number}{NBSP}%"),
        Lang::Fr => format!("{number}{NNBSP}%"),
        Lang::Ar => format!("{number}\u{66a}{ALM}"),
    }
}

/// `text` with its ASCII digits in `lang`'s own digits (Arabic-Indic in Arabic), for dates
/// and numbers formatted elsewhere (chrono, Fluent).
pub fn localize_digits(lang: Lang, text: &str) -> String {
    let symbols = symbols(lang);
    if !symbols.arabic_digits {
        return text.to_string();
    }
    text.chars().map(|c| if c.is_ascii_digit() { digit(&symbols, c) } else { c }).collect()
}

/// A whole number (a count) in `lang`'s digits and grouping: "1.234" in German.
pub fn format_count(lang: Lang, count: i64) -> String {
    format_number(lang, count as f64, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_use_each_languages_mark() {
        assert_eq!(format_number(Lang::En, 3.75, 1), "3.8");
        assert_eq!(format_number(Lang::De, 3.75, 1), "3,8");
        assert_eq!(format_number(Lang::Fr, 3.75, 1), "3,8");
        assert_eq!(format_number(Lang::Es, 3.75, 1), "3,8");
        assert_eq!(format_number(Lang::Ar, 3.75, 1), "٣٫٨");
        assert_eq!(format_number(Lang::De, 4.0, 2), "4,00");
        assert_eq!(format_number(Lang::En, 12.0, 0), "12");
    }

    #[test]
    fn signs_and_zero() {
        assert_eq!(format_number(Lang::De, -0.26, 1), "-0,3");
        assert_eq!(format_number(Lang::En, -0.04, 1), "0.0", "no minus on a zero");
        assert_eq!(format_number(Lang::Ar, -1.5, 1), "\u{61c}-١٫٥");
    }

    #[test]
    fn thousands_are_grouped_as_cldr_says() {
        assert_eq!(format_count(Lang::En, 1234567), "1,234,567");
        assert_eq!(format_count(Lang::De, 1234), "1.234");
        assert_eq!(format_count(Lang::Fr, 1234), "1\u{202f}234");
        assert_eq!(format_count(Lang::Es, 1234), "1234", "Spanish groups from five digits");
        assert_eq!(format_count(Lang::Es, 12345), "12.345");
        assert_eq!(format_count(Lang::Ar, 1234), "١٬٢٣٤");
        assert_eq!(format_count(Lang::En, 999), "999");
    }

    #[test]
    fn percentages_have_the_languages_spacing() {
        assert_eq!(format_percent(Lang::En, 46.0, 0), "46%");
        assert_eq!(format_percent(Lang::De, 46.0, 0), "46\u{a0}%");
        assert_eq!(format_percent(Lang::Fr, 46.0, 0), "46\u{202f}%");
        assert_eq!(format_percent(Lang::Es, 46.4, 0), "46\u{a0}%");
        assert_eq!(format_percent(Lang::Ar, 46.0, 0), "٤٦٪\u{61c}");
    }
}
