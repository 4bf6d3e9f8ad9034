//! The two team forms as typed (a refused form comes back with every character) and what they
//! ask the domain to do: a new team, or a [`TeamEdit`] of one.

use serde::Serialize;

use crate::domain::Slug;
use crate::domain::team_changes::TeamEdit;
use crate::domain::teams::{NewTeam, Team, TeamSettings};
use crate::error::{AppError, Said};
use crate::http::errors::in_page_words;
use crate::http::page_lang;
use crate::i18n::{self, refused};

/// The value of `key` among the posted pairs; `None` when the form did not send it.
fn field(pairs: &[(String, String)], key: &str) -> Option<String> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

/// A tick box sent with a hidden `false` before it: `None` when neither was sent.
fn tick(pairs: &[(String, String)], key: &str) -> Option<bool> {
    let sent: Vec<&str> = pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str()).collect();
    (!sent.is_empty()).then(|| sent.contains(&"true"))
}

/// A threshold typed in a form (`min_group` or `comment_min`): a whole number.
fn number(field: &'static str, raw: &str) -> Result<i32, AppError> {
    raw.trim().parse::<i32>().map_err(|_| {
        let shown: String = raw.chars().take(20).collect();
        let id = match field {
            "comment_min" => "ap-refused-comment-threshold",
            _ => "ap-refused-threshold",
        };
        refused(field, Said::new(id).text("typed", shown))
    })
}

/// Days open as typed.
fn days(raw: &str) -> Result<i64, AppError> {
    raw.trim().parse::<i64>().map_err(|_| {
        let shown: String = raw.chars().take(20).collect();
        refused("days_open", Said::new("ap-refused-days-open").text("typed", shown))
    })
}

/// A parent as typed: empty is none.
fn parent_slug(raw: &str) -> Result<Option<Slug>, AppError> {
    match raw.trim() {
        "" => Ok(None),
        slug => Slug::read(slug).map(Some).map_err(|said| refused("parent", said)),
    }
}

/// "Create a team" as typed.
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct NewTyped {
    pub csrf: String,
    pub slug: String,
    pub name: String,
    pub parent: String,
    pub min_group: String,
}

impl NewTyped {
    /// Reads the posted pairs.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let one = |key| field(pairs, key).unwrap_or_default();
        NewTyped {
            csrf: one("csrf"),
            slug: one("slug"),
            name: one("name"),
            parent: one("parent"),
            min_group: one("min_group"),
        }
    }

    /// The team to add; an error names the field.
    pub fn new_team(&self) -> Result<NewTeam, AppError> {
        Ok(NewTeam {
            slug: Slug::read(self.slug.trim()).map_err(|said| refused("slug", said))?,
            name: self.name.clone(),
            parent: parent_slug(&self.parent)?,
            min_group: number("min_group", &self.min_group)?,
        })
    }
}

/// The settings form as typed; a field the form did not send (a lead's form has no
/// thresholds) is `None` and stays as it is.
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct SettingsTyped {
    pub csrf: String,
    pub name: Option<String>,
    pub parent: Option<String>,
    pub min_group: Option<String>,
    pub comment_min: Option<String>,
    pub timezone: Option<String>,
    pub cadence: Option<String>,
    pub days_open: Option<String>,
    pub publish_to_members: Option<bool>,
    pub ask_changes_helped: Option<bool>,
}

impl SettingsTyped {
    /// Reads the posted pairs.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        SettingsTyped {
            csrf: field(pairs, "csrf").unwrap_or_default(),
            name: field(pairs, "name"),
            parent: field(pairs, "parent"),
            min_group: field(pairs, "min_group"),
            comment_min: field(pairs, "comment_min"),
            timezone: field(pairs, "timezone"),
            cadence: field(pairs, "cadence"),
            days_open: field(pairs, "days_open"),
            publish_to_members: tick(pairs, "publish_to_members"),
            ask_changes_helped: tick(pairs, "ask_changes_helped"),
        }
    }

    /// The form filled in with the team as it is.
    pub fn of(team: &Team, parent: Option<&str>, csrf: String) -> Self {
        SettingsTyped {
            csrf,
            name: Some(team.name.clone()),
            parent: Some(parent.unwrap_or_default().to_string()),
            min_group: Some(team.min_group.to_string()),
            comment_min: Some(team.comment_min.to_string()),
            timezone: Some(team.timezone.clone()),
            cadence: Some(team.cadence.clone()),
            days_open: Some(team.days_open.to_string()),
            publish_to_members: Some(team.publish_to_members),
            ask_changes_helped: Some(team.ask_changes_helped),
        }
    }

    /// Whether the form asks for a threshold other than `team`'s (only admins may).
    pub fn changes_thresholds(&self, team: &Team) -> bool {
        let differs =
            |typed: &Option<String>, now: i32| typed.as_ref().is_some_and(|t| t.trim() != now.to_string());
        differs(&self.min_group, team.min_group) || differs(&self.comment_min, team.comment_min)
    }

    /// The change the form asks for; an error names the field.
    pub fn edit(&self) -> Result<TeamEdit, AppError> {
        let threshold =
            |label, typed: &Option<String>| typed.as_deref().map(|t| number(label, t)).transpose();
        Ok(TeamEdit {
            name: self.name.clone(),
            parent: self.parent.as_deref().map(parent_slug).transpose()?,
            settings: TeamSettings {
                min_group: threshold("min_group", &self.min_group)?,
                comment_min: threshold("comment_min", &self.comment_min)?,
                publish_to_members: self.publish_to_members,
                ask_changes_helped: self.ask_changes_helped,
                timezone: self.timezone.as_ref().map(|t| t.trim().to_string()),
                cadence: self.cadence.clone(),
                days_open: self.days_open.as_deref().map(days).transpose()?,
            },
        })
    }
}

/// A field of the team forms: the domain's name for it (or the CLI's flag) as the template's
/// input id, and the message naming it on the page.
fn form_field(field: &str) -> Option<(&'static str, &'static str)> {
    Some(match field {
        "slug" => ("slug", "ap-team-field-slug"),
        "name" | "--name" => ("name", "ap-field-name"),
        "parent" | "--parent" => ("parent", "ap-team-field-parent"),
        "min_group" | "--min-group" => ("min_group", "ap-team-field-threshold"),
        "comment_min" | "--comment-min" => ("comment_min", "ap-team-field-comment-threshold"),
        "timezone" | "--timezone" => ("timezone", "ap-team-field-timezone"),
        "cadence" | "--cadence" => ("cadence", "ap-team-field-cadence"),
        "days_open" | "--days-open" => ("days_open", "ap-team-field-days-open"),
        _ => return None,
    })
}

/// What the form's page says about `e`, in the page's language: a translated refusal as it is;
/// a refusal the domain words only in English after the field's name in the page's words, so it
/// names the field the person sees; a taken slug in the page's words.
pub(super) fn in_form_words(e: &AppError) -> String {
    let lang = page_lang::current();
    match e {
        AppError::Invalid { field, message, said: None } => match form_field(field) {
            Some((_, label)) => format!("{}: {}", i18n::t(lang, label, &[]), message.replace('`', "")),
            None => in_page_words(e),
        },
        AppError::Conflict(message) if message.starts_with("a team '") => {
            let slug = message.trim_start_matches("a team '").split('\'').next().unwrap_or_default();
            i18n::t(lang, "ap-refused-slug-taken", &[("slug", slug.to_string().into())])
        }
        other => in_page_words(other),
    }
}

/// The field an error is about, as the template's input ids know them: found by the field's
/// name, never by its words, so it holds in every language.
pub(super) fn field_of(e: &AppError) -> &'static str {
    match e {
        AppError::Invalid { field, .. } => form_field(field).map_or("", |(id, _)| id),
        AppError::Conflict(message) if message.starts_with("a team '") => "slug",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_new_team_names_the_field_at_fault() {
        let typed = |slug: &str, min| {
            NewTyped::from_pairs(&pairs(&[("slug", slug), ("name", "Design"), ("min_group", min)]))
        };
        let ok = typed("design", "5").new_team().unwrap();
        assert_eq!((ok.slug.as_str(), ok.min_group, ok.parent.is_none()), ("design", 5, true));
        let bad_slug = typed("Not a slug!", "5").new_team().unwrap_err();
        assert_eq!(field_of(&bad_slug), "slug");
        assert!(
            in_form_words(&bad_slug).starts_with("'Not a slug!' is not a slug"),
            "{}",
            in_form_words(&bad_slug)
        );
        assert!(
            i18n::say(&bad_slug, i18n::Lang::De).contains("ist kein Kürzel"),
            "{}",
            i18n::say(&bad_slug, i18n::Lang::De)
        );
        let err = typed("design", "five").new_team().unwrap_err();
        assert_eq!(in_form_words(&err), "Threshold: 'five' is not a number from 3 to 10");
        assert_eq!(i18n::say(&err, i18n::Lang::De), "Schwelle: „five“ ist keine Zahl von 3 bis 10");
        assert_eq!(field_of(&err), "min_group");
    }

    #[test]
    fn fields_left_out_of_the_form_stay_as_they_are() {
        let typed = SettingsTyped::from_pairs(&pairs(&[("timezone", " Europe/Berlin "), ("parent", "")]));
        let edit = typed.edit().unwrap();
        assert_eq!(edit.settings.timezone.as_deref(), Some("Europe/Berlin"));
        assert!(matches!(edit.parent, Some(None)), "an empty parent is none");
        assert!(
            edit.name.is_none()
                && edit.settings.min_group.is_none()
                && edit.settings.publish_to_members.is_none()
        );
    }

    #[test]
    fn a_tick_box_is_its_hidden_false_and_its_true() {
        let on = pairs(&[("publish_to_members", "false"), ("publish_to_members", "true")]);
        assert_eq!(tick(&on, "publish_to_members"), Some(true));
        assert_eq!(tick(&pairs(&[("publish_to_members", "false")]), "publish_to_members"), Some(false));
        assert_eq!(tick(&[], "publish_to_members"), None);
    }

    #[test]
    fn domain_errors_in_the_forms_words() {
        let tz = AppError::invalid("--timezone", "'Mars' is not a time zone");
        assert_eq!(in_form_words(&tz), "Time zone: 'Mars' is not a time zone");
        assert_eq!(field_of(&tz), "timezone");
        let taken = AppError::Conflict("a team 'design' exists already".into());
        assert_eq!(in_form_words(&taken), "Slug: a team 'design' exists already; choose another slug.");
        assert_eq!(field_of(&taken), "slug");
    }
}
