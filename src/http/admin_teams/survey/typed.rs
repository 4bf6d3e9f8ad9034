//! The survey page's forms as typed (a refused form comes back with every character) and the
//! change each asks of the domain: a new question, or a new wording of one.

use serde::Serialize;

use crate::domain::survey::{self, Kind, Question, Texts};
use crate::domain::team_survey::{NewQuestion, NewWording};
use crate::error::AppError;
use crate::i18n::Lang;

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

/// "Add a question" as typed. The question's own language is English; the others are optional.
#[derive(Debug, Clone, Serialize)]
pub(super) struct AddTyped {
    pub key: String,
    pub dimension: String,
    pub kind: String,
    pub text: String,
    pub translations: Vec<TextIn>,
    pub options: String,
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
            optional: field(pairs, "optional") == "true",
        }
    }

    /// The question to add; the domain checks the rest and names the field at fault.
    pub fn new_question(&self) -> Result<NewQuestion, AppError> {
        let kind = Kind::parse(self.kind.trim())
            .ok_or_else(|| AppError::invalid("kind", "choose one of the kinds offered"))?;
        let own = Lang::En.code().to_string();
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
            options: option_lines(&self.options)
                .into_iter()
                .map(|o| Texts::from([(own.clone(), o)]))
                .collect(),
            required: !self.optional,
        })
    }
}

/// A question's edit form as typed: its text in its own language, in the others, and (for a
/// choice question) its options in its own language, one per line.
#[derive(Debug, Clone, Serialize)]
pub(super) struct EditTyped {
    pub text: String,
    pub translations: Vec<TextIn>,
    pub options: String,
}

impl EditTyped {
    /// The form filled in with the question as it is.
    pub fn of(q: &Question) -> Self {
        let labels: Vec<String> = (1..=q.options.len())
            .filter_map(|v| survey::option_wording(q, i32::try_from(v).ok()?, q.text_lang))
            .map(|w| w.text)
            .collect();
        EditTyped {
            text: q.text.clone(),
            translations: texts_in(q.text_lang, |l| {
                q.translations.get(l.code()).cloned().unwrap_or_default()
            }),
            options: labels.join("\n"),
        }
    }

    /// Reads the posted pairs for question `q`.
    pub fn from_pairs(pairs: &[(String, String)], q: &Question) -> Self {
        EditTyped {
            text: field(pairs, "text"),
            translations: texts_in(q.text_lang, |l| field(pairs, &format!("text_{}", l.code()))),
            options: field(pairs, "options"),
        }
    }

    /// The new wording of `q`: the text, the translations typed or cleared, and the options
    /// when they differ (an option whose text stays keeps its other languages).
    pub fn wording(&self, q: &Question) -> NewWording {
        let translations = self
            .translations
            .iter()
            .filter(|t| {
                let before = q.translations.get(t.code).map_or("", |s| s.trim());
                !(t.value.trim().is_empty() && before.is_empty())
            })
            .map(|t| (t.code.to_string(), t.value.trim().to_string()))
            .collect();
        NewWording { text: Some(self.text.clone()), translations, options: self.options(q) }
    }

    fn options(&self, q: &Question) -> Option<Vec<Texts>> {
        let own = q.text_lang.code();
        let typed = option_lines(&self.options);
        let before: Vec<&str> = q.options.iter().map(|o| o.get(own).map_or("", String::as_str)).collect();
        if typed.iter().map(String::as_str).eq(before.iter().copied()) {
            return None;
        }
        Some(
            typed
                .into_iter()
                .map(|label| {
                    let kept = q.options.iter().find(|o| o.get(own).is_some_and(|t| *t == label));
                    let mut texts = kept.cloned().unwrap_or_default();
                    texts.insert(own.to_string(), label);
                    texts
                })
                .collect(),
        )
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
        let wording = EditTyped::of(&q).wording(&q);
        assert_eq!(wording.text.as_deref(), Some(q.text.as_str()));
        assert!(wording.options.is_none(), "the same options are no change");
        assert_eq!(wording.translations, q.translations, "empty languages are left out");
    }

    #[test]
    fn an_option_that_stays_keeps_its_translations() {
        let q = choice();
        let form = pairs(&[("text", "Where?"), ("text_de", ""), ("options", "In the office\nAnywhere")]);
        let wording = EditTyped::from_pairs(&form, &q).wording(&q);
        let options = wording.options.unwrap();
        assert_eq!(options[0].get("de").map(String::as_str), Some("Im Büro"));
        assert_eq!(options[1], Texts::from([("en".into(), "Anywhere".into())]));
        assert_eq!(wording.translations.get("de").map(String::as_str), Some(""), "cleared on purpose");
    }
}
