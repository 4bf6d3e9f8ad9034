//! The two team forms as typed (a refused form comes back with every character) and what they
//! ask the domain to do: a new team, or a [`TeamEdit`] of one.

use serde::Serialize;

use crate::domain::Slug;
use crate::domain::team_changes::TeamEdit;
use crate::domain::teams::{NewTeam, Team, TeamSettings};
use crate::error::AppError;

/// The value of `key` among the posted pairs; `None` when the form did not send it.
fn field(pairs: &[(String, String)], key: &str) -> Option<String> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

/// A tick box sent with a hidden `false` before it: `None` when neither was sent.
fn tick(pairs: &[(String, String)], key: &str) -> Option<bool> {
    let sent: Vec<&str> = pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str()).collect();
    (!sent.is_empty()).then(|| sent.contains(&"true"))
}

/// A threshold typed in a form: a whole number.
fn number(label: &str, raw: &str) -> Result<i32, AppError> {
    raw.trim().parse::<i32>().map_err(|_| {
        let shown: String = raw.chars().take(20).collect();
        AppError::invalid(label, format!("'{shown}' is not a number from 3 to 10"))
    })
}

/// Days open as typed.
fn days(raw: &str) -> Result<i64, AppError> {
    raw.trim().parse::<i64>().map_err(|_| {
        let shown: String = raw.chars().take(20).collect();
        AppError::invalid("Days open", format!("'{shown}' is not a number of days from 1 to 21"))
    })
}

/// A parent as typed: empty is none.
fn parent_slug(raw: &str) -> Result<Option<Slug>, AppError> {
    match raw.trim() {
        "" => Ok(None),
        slug => Slug::parse(slug).map(Some).map_err(|m| AppError::invalid("Parent", m)),
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
            slug: Slug::parse(self.slug.trim()).map_err(|m| AppError::invalid("Slug", m))?,
            name: self.name.clone(),
            parent: parent_slug(&self.parent)?,
            min_group: number("Threshold", &self.min_group)?,
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
                min_group: threshold("Threshold", &self.min_group)?,
                comment_min: threshold("Comment threshold", &self.comment_min)?,
                publish_to_members: self.publish_to_members,
                ask_changes_helped: self.ask_changes_helped,
                timezone: self.timezone.as_ref().map(|t| t.trim().to_string()),
                cadence: self.cadence.clone(),
                days_open: self.days_open.as_deref().map(days).transpose()?,
            },
        })
    }
}

/// The domain's field names (the CLI's flags) in the forms' words, so the message names the
/// field the person sees.
pub(super) fn in_form_words(e: AppError) -> AppError {
    match e {
        AppError::Invalid { field, message, said } => {
            let field = match field.as_str() {
                "name" => "Name",
                "min_group" | "--min-group" => "Threshold",
                "--comment-min" => "Comment threshold",
                "--timezone" => "Time zone",
                "--cadence" => "Cadence",
                "--days-open" => "Days open",
                "parent" | "--parent" => "Parent",
                other => other,
            };
            AppError::Invalid { field: field.to_string(), message: message.replace('`', ""), said }
        }
        AppError::Conflict(message) if message.starts_with("a team '") => {
            AppError::Conflict(format!("Slug: {message}; choose another slug."))
        }
        other => other,
    }
}

/// The field an error is about, as the template's input ids know them.
pub(super) fn field_of(e: &AppError) -> &'static str {
    let text = e.to_string();
    let fields = [
        ("Slug", "slug"),
        ("Name", "name"),
        ("Parent", "parent"),
        ("Threshold", "min_group"),
        ("Comment threshold", "comment_min"),
        ("Time zone", "timezone"),
        ("Cadence", "cadence"),
        ("Days open", "days_open"),
    ];
    fields.iter().find(|(label, _)| text.starts_with(&format!("{label}:"))).map_or("", |(_, id)| id)
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
        assert!(typed("Not a slug!", "5").new_team().unwrap_err().to_string().starts_with("Slug: "));
        let err = typed("design", "five").new_team().unwrap_err();
        assert_eq!(err.to_string(), "Threshold: 'five' is not a number from 3 to 10");
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
        let tz = in_form_words(AppError::invalid("--timezone", "'Mars' is not a time zone"));
        assert_eq!(tz.to_string(), "Time zone: 'Mars' is not a time zone");
        assert_eq!(field_of(&tz), "timezone");
        let taken = in_form_words(AppError::Conflict("a team 'design' exists already".into()));
        assert_eq!(taken.status(), 409);
        assert_eq!(field_of(&taken), "slug");
    }
}
