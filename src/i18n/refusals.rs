//! Refusals in the reader's language. The domain refuses with [`refused`]: the error carries
//! its English words (the command line, the API and the logs read those) and the message id
//! that says the same in every language; a page shows [`say`] in its own language.

use fluent_bundle::FluentValue;

use super::{Arg, Lang, t};
use crate::error::{AppError, Said, SaidArg};

/// A refusal of `field`'s value, in the words of the message `said`.
pub fn refused(field: impl Into<String>, said: Said) -> AppError {
    AppError::Invalid { field: field.into(), message: words(Lang::En, &said), said: Some(said) }
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
}
