//! The follow-up form as typed (a note and action rows: text, owner, due date, and for rows of
//! an existing follow-up their id and a "remove" box), and the page that shows it again with
//! everything typed when it is refused.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use serde::Serialize;

use crate::domain::followups::{ActionChange, FollowupView, NewAction};
use crate::error::{AppError, Said};
use crate::http::pages::{State, render_with_status};
use crate::i18n::refused;

/// Empty action rows offered for new actions.
const NEW_ROWS: usize = 3;

/// One action row as typed.
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct ActionRow {
    /// The existing action's id (empty for a new row).
    pub id: String,
    pub text: String,
    pub owner: String,
    pub due: String,
    pub remove: bool,
}

/// The whole form as typed.
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct Typed {
    pub csrf: String,
    pub period: String,
    pub note: String,
    pub rows: Vec<ActionRow>,
}

impl Typed {
    /// Reads the posted pairs: `action_text`, `action_owner`, `action_due` repeat once per row
    /// (and `action_id` where the form has it); `action_remove` names the ids to delete.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let all =
            |key: &str| pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect::<Vec<_>>();
        let one = |key: &str| all(key).into_iter().next().unwrap_or_default();
        let (ids, texts, owners, dues, removed) = (
            all("action_id"),
            all("action_text"),
            all("action_owner"),
            all("action_due"),
            all("action_remove"),
        );
        let cell = |list: &[String], i: usize| list.get(i).cloned().unwrap_or_default();
        let rows = (0..texts.len())
            .map(|i| {
                let id = cell(&ids, i);
                ActionRow {
                    remove: !id.is_empty() && removed.contains(&id),
                    id,
                    text: cell(&texts, i),
                    owner: cell(&owners, i),
                    due: cell(&dues, i),
                }
            })
            .collect();
        Typed { csrf: one("csrf"), period: one("period"), note: one("note"), rows }
    }

    /// The form of an existing follow-up, with empty rows for new actions.
    pub fn of(followup: &FollowupView, csrf: String) -> Self {
        let mut rows: Vec<ActionRow> = followup
            .actions
            .iter()
            .map(|a| ActionRow {
                id: a.id.to_string(),
                text: a.text.clone(),
                owner: a.owner.clone(),
                due: a.due_on.map(|d| d.to_string()).unwrap_or_default(),
                remove: false,
            })
            .collect();
        rows.extend((0..NEW_ROWS).map(|_| ActionRow::default()));
        Typed { csrf, period: followup.period.clone(), note: followup.body.clone(), rows }
    }

    /// Makes sure there are empty rows to add actions in.
    pub fn with_room(mut self) -> Self {
        let empty = self.rows.iter().filter(|r| r.id.is_empty() && r.text.is_empty()).count();
        self.rows.extend((empty..NEW_ROWS).map(|_| ActionRow::default()));
        self
    }

    /// The rows as changes; an error names the row (`action 2`).
    pub fn changes(&self) -> Result<Vec<ActionChange>, AppError> {
        let mut out = Vec::new();
        for (i, row) in self.rows.iter().enumerate() {
            let id = row.id.trim().parse::<i64>().ok();
            if let (Some(id), true) = (id, row.remove) {
                out.push(ActionChange::Remove(id));
                continue;
            }
            if id.is_none() && row.text.trim().is_empty() && row.owner.trim().is_empty() {
                continue;
            }
            let raw =
                format!("{};{};{}", row.text.replace(';', ","), row.owner.replace(';', ","), row.due.trim());
            let action = NewAction::read(&raw)
                .map_err(|said| refused(format!("action {}", i + 1), in_row(said, i + 1)))?;
            out.push(match id {
                Some(id) => ActionChange::Keep(id, action),
                None => ActionChange::Add(action),
            });
        }
        Ok(out)
    }

    /// The new actions only (a new follow-up has no existing rows).
    pub fn new_actions(&self) -> Result<Vec<NewAction>, AppError> {
        Ok(self
            .changes()?
            .into_iter()
            .filter_map(|c| if let ActionChange::Add(a) = c { Some(a) } else { None })
            .collect())
    }
}

/// A refusal of an action row, naming the row: the domain's message about one action becomes
/// the form's message about action `row`.
fn in_row(said: Said, row: usize) -> Said {
    let id = match said.id {
        "refused-action-nul" => "refused-action-row-nul",
        "refused-action-text" => "refused-action-row-text",
        "refused-action-owner" => "refused-action-row-owner",
        "refused-action-due" => "refused-action-row-due",
        _ => "refused-action-row-shape",
    };
    let kept = said.args.into_iter().filter(|(name, _)| *name != "action");
    Said { id, args: kept.collect() }.number("row", row)
}

/// The form page: a new follow-up that was refused, or an existing one being edited.
#[derive(Debug, Serialize)]
pub(super) struct FormPage {
    pub team_slug: String,
    pub team_name: String,
    /// The edited follow-up's id (none for a new one).
    pub editing: Option<i64>,
    /// Closed rounds a new follow-up can answer: (value, label).
    pub periods: Vec<(String, String)>,
    /// The month an edited follow-up answers.
    pub month: String,
    /// The team's people, offered as owners.
    pub owners: Vec<String>,
    pub typed: Typed,
    pub error: Option<String>,
}

impl FormPage {
    pub fn render(&self, state: &State, status: StatusCode) -> Result<HttpResponse, AppError> {
        let mut context = tera::Context::new();
        context.insert("page", self);
        render_with_status(state, "followup_form.html", &context, status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn rows_become_keeps_removals_and_additions() {
        let typed = Typed::from_pairs(&pairs(&[
            ("note", "Heard."),
            ("action_id", "7"),
            ("action_text", "Fewer meetings"),
            ("action_owner", "Ana"),
            ("action_due", "2030-01-01"),
            ("action_id", "8"),
            ("action_text", "Old"),
            ("action_owner", "Bo"),
            ("action_due", ""),
            ("action_remove", "8"),
            ("action_id", ""),
            ("action_text", "Pair on reviews"),
            ("action_owner", "Cy"),
            ("action_due", ""),
            ("action_id", ""),
            ("action_text", ""),
            ("action_owner", ""),
            ("action_due", ""),
        ]));
        let changes = typed.changes().unwrap();
        assert_eq!(changes.len(), 3, "the empty row is skipped");
        assert!(matches!(&changes[0], ActionChange::Keep(7, a) if a.owner == "Ana"));
        assert_eq!(changes[1], ActionChange::Remove(8));
        assert!(matches!(&changes[2], ActionChange::Add(a) if a.text == "Pair on reviews"));
    }

    #[test]
    fn a_bad_row_is_named() {
        let typed = Typed::from_pairs(&pairs(&[
            ("action_text", "No owner"),
            ("action_owner", ""),
            ("action_due", ""),
        ]));
        assert_eq!(
            typed.changes().unwrap_err().to_string(),
            "action 1: Action 1 needs an owner (1 to 100 characters)."
        );
        let late = Typed::from_pairs(&pairs(&[
            ("action_text", "x"),
            ("action_owner", "Bo"),
            ("action_due", "soon"),
        ]));
        let late = late.changes().unwrap_err();
        assert!(
            late.to_string().contains("action 1: The due date of action 1, 'soon', is not a date"),
            "{late}"
        );
        assert_eq!(
            crate::i18n::say(&late, crate::i18n::Lang::De),
            "Das Fälligkeitsdatum von Maßnahme 1, „soon“, ist kein Datum: Verwende JJJJ-MM-TT."
        );
    }
}
