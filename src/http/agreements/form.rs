//! The agreement form as a lead fills it in: what the browser sent, read without losing a
//! character (a refused form comes back with everything typed), and the page's view of it.

use serde::Serialize;

use crate::domain::agreements::settings::{Settings, parse_links};
use crate::domain::agreements::{Relates, ReviewEvery};
use crate::domain::survey::DIMENSIONS;
use crate::error::{AppError, Said};
use crate::i18n::refused;
use crate::report::model::dimension_label_in;

/// The fields of the new and the edit form, as typed.
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct Typed {
    pub csrf: String,
    pub title: String,
    pub body: String,
    pub note: String,
    /// The dimension keys ticked.
    pub relates: Vec<String>,
    /// Days between reviews; blank is none.
    pub review_every: String,
    /// One link per line: `ADDRESS TITLE`.
    pub links: String,
    /// The version the edit started from (the edit form only).
    pub base: String,
    /// `preview` shows the text rendered; anything else saves.
    pub action: String,
}

impl Typed {
    /// Reads the posted pairs (`relates` repeats, one per ticked box).
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let one =
            |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default();
        Typed {
            csrf: one("csrf"),
            title: one("title"),
            body: one("body"),
            note: one("note"),
            relates: pairs.iter().filter(|(k, _)| k == "relates").map(|(_, v)| v.clone()).collect(),
            review_every: one("review_every"),
            links: one("links"),
            base: one("base"),
            action: one("action"),
        }
    }

    /// Whether the lead asked to see the text rendered rather than to save it.
    pub fn wants_preview(&self) -> bool {
        self.action == "preview"
    }

    /// The settings the form describes; an error names the field in the form's words.
    pub fn settings(&self) -> Result<Settings, AppError> {
        let relates = Relates::read(&self.relates.join(",")).map_err(|said| refused("Relates to", said))?;
        let review_every = match self.review_every.trim() {
            "" => None,
            raw => {
                let days = raw.parse::<i64>().map_err(|_| {
                    let shown: String = raw.chars().take(20).collect();
                    refused("Review every", Said::new("refused-review-every-number").text("typed", shown))
                })?;
                Some(ReviewEvery::read(days).map_err(|said| refused("Review every", said))?)
            }
        };
        let links = parse_links(&self.links).map_err(in_form_words)?;
        Ok(Settings { relates, review_every, links })
    }

    /// The version number the edit started from.
    pub fn base_version(&self) -> Result<i32, AppError> {
        self.base.trim().parse::<i32>().ok().filter(|n| *n >= 1).ok_or_else(|| {
            AppError::BadRequest(
                "The form does not say which version it edits; open the edit page again.".into(),
            )
        })
    }

    /// The tick boxes of the dimensions, with the typed choice, named in the page's language.
    pub fn dimension_boxes(&self) -> Vec<DimensionBox> {
        let lang = crate::http::page_lang::current();
        DIMENSIONS
            .iter()
            .map(|&key| DimensionBox {
                key,
                label: dimension_label_in(lang, key).into_owned(),
                checked: self.relates.iter().any(|r| r == key),
            })
            .collect()
    }
}

/// One tick box of "relates to".
#[derive(Debug, Serialize)]
pub(super) struct DimensionBox {
    key: &'static str,
    label: String,
    checked: bool,
}

/// The domain's field names are the CLI's flags; the form names its own fields.
pub(super) fn in_form_words(e: AppError) -> AppError {
    match e {
        AppError::Invalid { field, message, said } => {
            let field = match field.as_str() {
                "--title" => "Title".to_string(),
                "--file" => "Text".to_string(),
                "--note" => "What changed and why".to_string(),
                _ => field,
            };
            AppError::Invalid { field, message: message.replace('`', ""), said }
        }
        AppError::Conflict(_) => AppError::Conflict(
            "This team has an agreement with that title already: choose another title, or edit that one."
                .into(),
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn ticked_boxes_and_cadence_make_settings() {
        let typed = Typed::from_pairs(&pairs(&[
            ("relates", "workload"),
            ("relates", "trust"),
            ("review_every", " 90 "),
            ("links", "https://x.example.com/1 Spec"),
        ]));
        let settings = typed.settings().unwrap();
        assert_eq!(settings.relates.keys(), ["trust", "workload"]);
        assert_eq!(settings.review_every.map(ReviewEvery::days), Some(90));
        assert_eq!(settings.links[0].title, "Spec");
        assert!(typed.dimension_boxes().iter().filter(|b| b.checked).count() == 2);
    }

    #[test]
    fn bad_fields_are_named_in_the_form_words() {
        let cadence = Typed::from_pairs(&pairs(&[("review_every", "soon")])).settings().unwrap_err();
        assert_eq!(cadence.to_string(), "Review every: 'soon' is not a number of days.");
        assert_eq!(crate::i18n::say(&cadence, crate::i18n::Lang::De), "„soon“ ist keine Zahl von Tagen.");
        let dim = Typed::from_pairs(&pairs(&[("relates", "mood")])).settings().unwrap_err();
        assert!(dim.to_string().starts_with("Relates to: 'mood' is not a dimension"), "{dim}");
        let title = in_form_words(AppError::invalid("--title", "must be one line"));
        assert_eq!(title.to_string(), "Title: must be one line");
        assert_eq!(Typed::default().base_version().unwrap_err().status(), 400);
    }
}
