//! Which language a page speaks. The survey: `?lang=xx` if given, else the invited person's
//! language, else the browser's Accept-Language, else English. A workspace page: the
//! switcher's `candor_lang` cookie, else the signed-in person's language, else the browser's
//! Accept-Language, else English. Both are [`LangChoice`], asked by the query or by the cookie.

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

    /// A workspace page's choice: the switcher's cookie (`candor_lang`) asks, the browser's
    /// Accept-Language is the fallback.
    pub fn for_workspace(cookie: Option<&str>, accept_language: Option<&str>) -> Self {
        Self::new(cookie, accept_language)
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

    #[test]
    fn on_workspace_pages_the_cookie_wins_then_the_person_then_the_browser() {
        let switched = LangChoice::for_workspace(Some("ar"), Some("de-DE,de;q=0.9"));
        assert_eq!(switched.pick(Some(Lang::Fr)), Lang::Ar, "the switcher wins over the person");
        let unswitched = LangChoice::for_workspace(None, Some("de-DE,de;q=0.9"));
        assert_eq!(unswitched.pick(Some(Lang::Fr)), Lang::Fr, "the person's language over the browser");
        assert_eq!(
            unswitched.pick(Some(Lang::En)),
            Lang::De,
            "a person's default English lets the browser speak"
        );
        assert_eq!(unswitched.pick(None), Lang::De);
        let stale = LangChoice::for_workspace(Some("klingon"), None);
        assert_eq!(stale.pick(None), Lang::En, "an unknown cookie is no choice");
    }
}
