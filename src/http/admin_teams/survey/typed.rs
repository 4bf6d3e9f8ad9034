//! The survey page's forms as typed (a refused form comes back with every character) and the
//! change each asks of the domain: a new question, or a new wording of one.

use serde::Serialize;

use crate::domain::survey::{Kind, Question, Texts};
use crate::domain::team_survey::{NewQuestion, NewWording};
use crate::error::{AppError, Said};
use crate::i18n::{self, Lang};

/// The value of `key` among the posted pairs, empty when the form did not send it.
pub(super) fn field(pairs: &[(String, String)], key: &str) -> String {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default()
}

/// One text of a question in one language, as typed.
#[derive(Debug, Clone, Serialize)]
pub(super) struct TextIn {
    /// The language code (`de`), also the field's `lang`.
    pub code: &'static str,
    /// `rtl` for Arabic.
    pub dir: &'static str,
    /// What was typed.
    pub value: String,
}

/// The texts of `pairs` (`text_de`, …) in every language but `own`.
fn texts_in(own: Lang, value: impl Fn(Lang) -> String) -> Vec<TextIn> {
    Lang::ALL
        .into_iter()
        .filter(|l| *l != own)
        .map(|l| TextIn { code: l.code(), dir: l.dir(), value: value(l) })
        .collect()
}

/// Options typed one per line: the non-empty lines, trimmed.
fn option_lines(typed: &str) -> Vec<String> {
    typed.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

/// A choice question's options typed one per line in its own language and, optionally, in
/// others (as many lines each, in the same order): each option's texts by language.
fn options_of(own: Lang, typed: &str, others: &[TextIn]) -> Result<Vec<Texts>, AppError> {
    let mut options: Vec<Texts> =
        option_lines(typed).into_iter().map(|o| Texts::from([(own.code().to_string(), o)])).collect();
    for other in others {
        let labels = option_lines(&other.value);
        if labels.is_empty() {
            continue;
        }
        if labels.len() != options.len() {
            let said =
                Said::new("refused-option-lines").text("language", other.code).number("count", options.len());
            return Err(i18n::refused("option", said));
        }
        for (option, label) in options.iter_mut().zip(labels) {
            option.insert(other.code.to_string(), label);
        }
    }
    Ok(options)
}

/// The options of `q` in `lang`, one per line, as the form shows them.
fn option_text(q: &Question, lang: Lang) -> String {
    q.options.iter().filter_map(|o| o.get(lang.code())).cloned().collect::<Vec<_>>().join("\n")
}

/// "Add a question" as typed. The question's own language is English; the others are optional.
#[derive(Debug, Clone, Serialize)]
pub(super) struct AddTyped {
    pub key: String,
    pub dimension: String,
    pub kind: String,
    pub text: String,
    pub translations: Vec<TextIn>,
    pub options: String,
    /// The options in the other languages, one per line.
    pub option_translations: Vec<TextIn>,
    pub optional: bool,
}

impl Default for AddTyped {
    fn default() -> Self {
        AddTyped {
            key: String::new(),
            dimension: String::new(),
            kind: Kind::Likert5.as_str().to_string(),
            text: String::new(),
            translations: texts_in(Lang::En, |_| String::new()),
            options: String::new(),
            option_translations: texts_in(Lang::En, |_| String::new()),
            optional: false,
        }
    }
}

impl AddTyped {
    /// Reads the posted pairs.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        AddTyped {
            key: field(pairs, "key"),
            dimension: field(pairs, "dimension"),
            kind: field(pairs, "kind"),
            text: field(pairs, "text"),
            translations: texts_in(Lang::En, |l| field(pairs, &format!("text_{}", l.code()))),
            options: field(pairs, "options"),
            option_translations: texts_in(Lang::En, |l| field(pairs, &format!("options_{}", l.code()))),
            optional: field(pairs, "optional") == "true",
        }
    }

    /// The question to add; the domain checks the rest and names the field at fault.
    pub fn new_question(&self) -> Result<NewQuestion, AppError> {
        let kind = Kind::parse(self.kind.trim())
            .ok_or_else(|| i18n::refused("kind", Said::new("refused-question-kind")))?;
        Ok(NewQuestion {
            key: self.key.trim().to_string(),
            dimension: self.dimension.trim().to_string(),
            kind,
            text: self.text.clone(),
            text_lang: Lang::En,
            translations: self
                .translations
                .iter()
                .filter(|t| !t.value.trim().is_empty())
                .map(|t| (t.code.to_string(), t.value.trim().to_string()))
                .collect(),
            options: options_of(Lang::En, &self.options, &self.option_translations)?,
            required: !self.optional,
        })
    }
}

/// A question's edit form as typed: its text in its own language and in the others, and (for
/// a choice question) its options in each language, one per line.
#[derive(Debug, Clone, Serialize)]
pub(super) struct EditTyped {
    pub text: String,
    pub translations: Vec<TextIn>,
    pub options: String,
    /// The options in the other languages, one per line.
    pub option_translations: Vec<TextIn>,
}

impl EditTyped {
    /// The form filled in with the question as it is.
    pub fn of(q: &Question) -> Self {
        EditTyped {
            text: q.text.clone(),
            translations: texts_in(q.text_lang, |l| {
                q.translations.get(l.code()).cloned().unwrap_or_default()
            }),
            options: option_text(q, q.text_lang),
            option_translations: texts_in(q.text_lang, |l| option_text(q, l)),
        }
    }

    /// Reads the posted pairs for question `q`.
    pub fn from_pairs(pairs: &[(String, String)], q: &Question) -> Self {
        EditTyped {
            text: field(pairs, "text"),
            translations: texts_in(q.text_lang, |l| field(pairs, &format!("text_{}", l.code()))),
            options: field(pairs, "options"),
            option_translations: texts_in(q.text_lang, |l| field(pairs, &format!("options_{}", l.code()))),
        }
    }

    /// The new wording of `q`: the text, the translations typed or cleared, and all options
    /// anew when any of their lines differs, in any language.
    pub fn wording(&self, q: &Question) -> Result<NewWording, AppError> {
        let translations = self
            .translations
            .iter()
            .filter(|t| {
                let before = q.translations.get(t.code).map_or("", |s| s.trim());
                !(t.value.trim().is_empty() && before.is_empty())
            })
            .map(|t| (t.code.to_string(), t.value.trim().to_string()))
            .collect();
        let options = match self.options_changed(q) {
            true => Some(options_of(q.text_lang, &self.options, &self.option_translations)?),
            false => None,
        };
        Ok(NewWording { text: Some(self.text.clone()), translations, options })
    }

    fn options_changed(&self, q: &Question) -> bool {
        let differs = |typed: &str, lang: Lang| option_lines(typed) != option_lines(&option_text(q, lang));
        differs(&self.options, q.text_lang)
            || self
                .option_translations
                .iter()
                .any(|t| Lang::parse(t.code).is_some_and(|l| differs(&t.value, l)))
    }
}

/// The field of the page an error of the domain is about: `key`, `dimension`, `kind`, `text`,
/// `options` or `set`; empty when it is about the form as a whole.
pub(super) fn field_of(e: &AppError) -> &'static str {
    match e {
        AppError::Invalid { field, .. } => match field.as_str() {
            "key" => "key",
            "dimension" => "dimension",
            "kind" => "kind",
            "text" => "text",
            "option" => "options",
            "set" => "set",
            _ => "",
        },
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn choice() -> Question {
        let option = |en: &str, de: &str| Texts::from([("en".into(), en.into()), ("de".into(), de.into())]);
        Question {
            id: 1,
            key: "office".into(),
            dimension: "office".into(),
            text: "Where do you work best?".into(),
            kind: Kind::Choice,
            required: true,
            version: 1,
            set_key: None,
            text_lang: Lang::En,
            translations: Texts::from([("de".into(), "Wo arbeitest du am besten?".into())]),
            options: vec![option("At home", "Zu Hause"), option("In the office", "Im Büro")],
            position: 1,
        }
    }

    #[test]
    fn a_new_question_takes_the_lines_as_options_and_the_filled_languages() {
        let typed = AddTyped::from_pairs(&pairs(&[
            ("key", " office "),
            ("dimension", "office"),
            ("kind", "choice"),
            ("text", "Where?"),
            ("text_de", " Wo? "),
            ("text_fr", "  "),
            ("options", "At home\n\n  In the office \r\n"),
        ]));
        let new = typed.new_question().unwrap();
        assert_eq!((new.key.as_str(), new.kind, new.required), ("office", Kind::Choice, true));
        assert_eq!(new.translations, Texts::from([("de".into(), "Wo?".into())]));
        let labels: Vec<&str> = new.options.iter().map(|o| o["en"].as_str()).collect();
        assert_eq!(labels, ["At home", "In the office"]);
        let bad = AddTyped { kind: "stars".into(), ..typed };
        assert_eq!(field_of(&bad.new_question().unwrap_err()), "kind");
    }

    #[test]
    fn an_unchanged_form_asks_for_no_change_but_its_text() {
        let q = choice();
        let wording = EditTyped::of(&q).wording(&q).unwrap();
        assert_eq!(wording.text.as_deref(), Some(q.text.as_str()));
        assert!(wording.options.is_none(), "the same options are no change");
        assert_eq!(wording.translations, q.translations, "empty languages are left out");
    }

    #[test]
    fn options_are_given_anew_in_each_language_typed() {
        let q = choice();
        let form = pairs(&[
            ("text", "Where?"),
            ("text_de", ""),
            ("options", "In the office\nAnywhere"),
            ("options_de", "Im Büro\nÜberall"),
        ]);
        let wording = EditTyped::from_pairs(&form, &q).wording(&q).unwrap();
        let options = wording.options.unwrap();
        assert_eq!(
            options[1],
            Texts::from([("en".into(), "Anywhere".into()), ("de".into(), "Überall".into())])
        );
        assert_eq!(wording.translations.get("de").map(String::as_str), Some(""), "cleared on purpose");
        let short = pairs(&[("text", "Where?"), ("options", "A\nB\nC"), ("options_de", "Im Büro\nÜberall")]);
        let err = EditTyped::from_pairs(&short, &q).wording(&q).unwrap_err();
        assert_eq!(field_of(&err), "options");
        assert!(err.to_string().contains("Give one option in German for each option (3 of them)"), "{err}");
    }
}
