//! Refusals in the reader's language. The domain refuses with [`refused`]: the error carries
//! its English words (the command line, the API and the logs read those) and the message id
//! that says the same in every language; a page shows [`say`] in its own language.

use fluent_bundle::FluentValue;

use super::{Arg, Lang, t};
use crate::error::{AppError, Said, SaidArg};

/// A refusal of `field`'s value, in the words of the message `said`.
pub fn refused(field: impl Into<String>, said: Said) -> AppError {
    AppError::Invalid { field: field.into(), message: english(&said), said: Some(said) }
}

/// The message `said` in English: for the command line, the API and the logs, where a
/// refusal is read without an [`AppError`] around it (an import's problems).
pub fn english(said: &Said) -> String {
    words(Lang::En, said)
}

/// What a page says about `error` in `lang`: a translated refusal in that language, any other
/// error in the words it was made with.
pub fn say(error: &AppError, lang: Lang) -> String {
    match error {
        AppError::Invalid { said: Some(said), .. } => words(lang, said),
        other => other.to_string(),
    }
}

/// The message `said` in `lang`.
fn words(lang: Lang, said: &Said) -> String {
    let args: Vec<Arg<'_>> = said
        .args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                SaidArg::Text(text) => FluentValue::from(text.as_str()),
                SaidArg::Number(n) => FluentValue::from(*n),
            };
            (*name, value)
        })
        .collect();
    t(lang, said.id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_reads_in_english_for_the_cli_and_in_the_pages_language_for_a_page() {
        let error =
            refused("min_group", Said::new("refused-team-threshold").number("min", 3).number("max", 10));
        assert_eq!(error.to_string(), "min_group: The threshold must be a number from 3 to 10.");
        assert_eq!(say(&error, Lang::De), "Die Schwelle muss eine Zahl von 3 bis 10 sein.");
        let arabic = say(&error, Lang::Ar).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(arabic, "يجب أن تكون العتبة رقمًا من ٣ إلى ١٠.");
        let untranslated = AppError::invalid("x", "is odd");
        assert_eq!(say(&untranslated, Lang::De), "x: is odd", "an untranslated refusal keeps its words");
    }

    /// Each refusal of `locales/en/refusals.ftl` with the arguments its English names.
    fn every_refusal() -> Vec<Said> {
        let english = include_str!("../../locales/en/refusals.ftl");
        let mut out: Vec<Said> = Vec::new();
        for line in english.lines() {
            if let Some((id, _)) = line.split_once(" = ").filter(|(id, _)| id.starts_with("refused-")) {
                let id: &'static str = Box::leak(id.to_string().into_boxed_str());
                out.push(Said::new(id));
            }
            let Some(said) = out.last_mut() else { continue };
            for (at, _) in line.match_indices("{ $") {
                let name: String = line[at + 3..].chars().take_while(|c| *c != ' ' && *c != '}').collect();
                if !said.args.iter().any(|(n, _)| *n == name) {
                    let name: &'static str = Box::leak(name.into_boxed_str());
                    said.args.push((name, SaidArg::Number(7)));
                }
            }
        }
        out
    }

    #[test]
    fn every_refusal_reads_in_every_language_with_the_english_arguments() {
        let all = every_refusal();
        assert!(all.len() > 50, "the scan finds the refusals ({} found)", all.len());
        for said in &all {
            for lang in Lang::ALL {
                let text = words(lang, said);
                assert!(!text.contains("{$") && !text.contains(said.id), "{lang} {}: {text}", said.id);
                assert!(text.ends_with(['.', '?', '؟', ')']), "{lang} {} is a sentence: {text}", said.id);
            }
        }
    }

    #[test]
    fn counted_refusals_choose_their_plural() {
        let days =
            |n: i64| Said::new("refused-days-open").number("days", n).number("min", 1).number("max", 21);
        assert_eq!(english(&days(1)), "A pulse stays open from 1 to 21 days, not 1 day.");
        assert_eq!(words(Lang::De, &days(22)), "Ein Puls bleibt 1 bis 21 Tage offen, nicht 22 Tage.");
        let arabic = |said: &Said| words(Lang::Ar, said).replace(['\u{2068}', '\u{2069}'], "");
        assert!(arabic(&days(2)).ends_with("لا يومين."), "{}", arabic(&days(2)));
        assert!(arabic(&days(30)).ends_with("لا ٣٠ يومًا."), "{}", arabic(&days(30)));
        let note = Said::new("refused-followup-note-long").number("count", 10_001).number("max", 10_000);
        assert_eq!(
            arabic(&note),
            "الملاحظة طويلة جدًا: فيها ١٠٬٠٠١ حرف، ويجب أن تكون الملاحظة من ١ إلى ١٠٬٠٠٠ حرف."
        );
        let option = Said::new("refused-option-text").text("language", "de");
        assert_eq!(words(Lang::Fr, &option), "Chaque option a besoin d'un texte en allemand.");
    }
}
