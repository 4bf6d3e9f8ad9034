//! Staff-facing texts in five languages (docs/design.md, "Languages"): the [`Lang`] a page or
//! an email speaks, how it is chosen (query, the person, Accept-Language, English), the
//! Fluent messages of `locales/` and dates in each language's words. A leaf: it knows no
//! database, page or email, only texts.

mod bundles;
mod choice;
mod dates;
mod numbers;
mod refusals;
mod tera_fn;

pub use bundles::{message_ids, t};
pub use choice::{LangChoice, negotiate};
pub use dates::{format_date, month_label};
pub use numbers::{format_count, format_number, format_percent, localize_digits};
pub use refusals::{english, refused, say};
pub use tera_fn::{FormatNumber, FormatPercent, Translate};

/// An argument of a message: `("team", "Platform".into())`, `("count", 3.into())`.
pub type Arg<'a> = (&'a str, fluent_bundle::FluentValue<'a>);

/// A language Candor speaks to staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(into = "&'static str")]
pub enum Lang {
    /// English, the default and the fallback of every message.
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Arabic, written right to left.
    Ar,
}

impl From<Lang> for &'static str {
    fn from(lang: Lang) -> Self {
        lang.code()
    }
}

impl Lang {
    /// Every language, in the order the language switcher lists them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ar];

    /// The BCP 47 code: `en`, `de`, `fr`, `es`, `ar` (also the `people.language` value).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The writing direction for `<html dir>`: `rtl` for Arabic, `ltr` otherwise.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// The language of a code (`de`, `DE`, ` de `); `None` for any other.
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, as the switcher shows it (`Deutsch`, `العربية`).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_arabic_is_right_to_left() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse(" DE "), Some(Lang::De));
        assert_eq!(Lang::parse("xx"), None);
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Fr.dir(), "ltr");
    }
}
