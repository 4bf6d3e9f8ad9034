//! Which language a survey page speaks: `?lang=xx` if given, else the invited person's
//! language, else the browser's Accept-Language, else English.

use fluent_langneg::{NegotiationStrategy, negotiate_languages, parse_accepted_languages};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// The language of an Accept-Language header value, if it names one Candor speaks.
pub fn negotiate(accept_language: &str) -> Option<Lang> {
    let requested = parse_accepted_languages(accept_language);
    let available: Vec<LanguageIdentifier> = Lang::ALL.iter().filter_map(|l| l.code().parse().ok()).collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen.first().and_then(|id| Lang::parse(id.language.as_str()))
}

/// What a request says about its language, before the person is known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LangChoice {
    /// `?lang=xx`, when it names a language Candor speaks.
    pub asked: Option<Lang>,
    /// The best match of the Accept-Language header.
    pub browser: Option<Lang>,
}

impl LangChoice {
    /// From the query's `lang` value and the Accept-Language header, either possibly absent.
    pub fn new(query_lang: Option<&str>, accept_language: Option<&str>) -> Self {
        LangChoice { asked: query_lang.and_then(Lang::parse), browser: accept_language.and_then(negotiate) }
    }

    /// The language to speak, once the person (if any) is known. English is every person's
    /// language until one is chosen (the column's default), so a person's English lets the
    /// browser's language speak.
    pub fn pick(&self, person: Option<Lang>) -> Lang {
        let chosen = person.filter(|lang| *lang != Lang::En);
        self.asked.or(chosen).or(self.browser).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_language_spoken() {
        assert_eq!(negotiate("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::Fr));
        assert_eq!(negotiate("ja, de;q=0.5"), Some(Lang::De));
        assert_eq!(negotiate("ar-EG"), Some(Lang::Ar));
        assert_eq!(negotiate("ja"), None);
        assert_eq!(negotiate(""), None);
    }

    #[test]
    fn the_query_wins_then_the_person_then_the_browser() {
        let choice = LangChoice::new(Some("es"), Some("fr"));
        assert_eq!(choice.pick(Some(Lang::De)), Lang::Es);
        let choice = LangChoice::new(Some("xx"), Some("fr"));
        assert_eq!(choice.pick(Some(Lang::De)), Lang::De);
        assert_eq!(choice.pick(None), Lang::Fr);
        assert_eq!(choice.pick(Some(Lang::En)), Lang::Fr, "English is the default, not a choice");
        assert_eq!(LangChoice::default().pick(None), Lang::En);
    }
}
