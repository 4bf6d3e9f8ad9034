//! Changing a follow-up after it was written: its note and actions edited (an action keeps its
//! "done" when its words change), an action's "done" undone, the follow-up deleted. The caller
//! checks the lead's access and audits each change.

use diesel::prelude::*;

use super::{ActionView, FollowupView, NewAction, check_note, followups_of_team};
use crate::db::DbConnection;
use crate::db::schema::{actions, followups};
use crate::domain::TeamId;
use crate::error::AppError;

/// One action row of the edit form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionChange {
    /// An existing action, with its new words.
    Keep(i64, NewAction),
    /// An existing action to delete.
    Remove(i64),
    /// A new action.
    Add(NewAction),
}

/// The follow-up `id` of team `team_id`; 404 for another team's.
pub fn followup_of_team(conn: &mut DbConnection, team_id: TeamId, id: i64) -> Result<FollowupView, AppError> {
    followups_of_team(conn, team_id)?
        .into_iter()
        .find(|f| f.id == id)
        .ok_or_else(|| AppError::NotFound("There is no such follow-up in this team.".into()))
}

/// Saves a new note and the action rows of the edit form. Call inside [`crate::db::write`].
pub fn edit_followup(
    conn: &mut DbConnection,
    followup: &FollowupView,
    note: &str,
    changes: &[ActionChange],
) -> Result<(), AppError> {
    let note = check_note(note)?;
    diesel::update(followups::table.find(followup.id)).set(followups::body.eq(note)).execute(conn)?;
    let mine = |id: &i64| followup.actions.iter().any(|a| a.id == *id);
    for change in changes {
        match change {
            ActionChange::Keep(id, a) if mine(id) => {
                diesel::update(actions::table.find(*id))
                    .set((
                        actions::text.eq(&a.text),
                        actions::owner.eq(&a.owner),
                        actions::due_on.eq(a.due_on),
                    ))
                    .execute(conn)?;
            }
            ActionChange::Remove(id) if mine(id) => {
                diesel::delete(actions::table.find(*id)).execute(conn)?;
            }
            ActionChange::Add(a) => super::insert_action(conn, followup.id, a)?,
            ActionChange::Keep(id, _) | ActionChange::Remove(id) => {
                let said = crate::error::Said::new("refused-followup-action-unknown").number("action", *id);
                return Err(crate::i18n::refused("actions", said));
            }
        }
    }
    Ok(())
}

/// Deletes the follow-up and its actions. Call inside [`crate::db::write`].
pub fn delete_followup(conn: &mut DbConnection, followup: &FollowupView) -> Result<(), AppError> {
    diesel::delete(actions::table.filter(actions::followup_id.eq(followup.id))).execute(conn)?;
    diesel::delete(followups::table.find(followup.id)).execute(conn)?;
    Ok(())
}

/// Undoes "done" on an action; one not done is refused.
pub fn undo_done(conn: &mut DbConnection, action_id: i64) -> Result<ActionView, AppError> {
    let action = super::find_action(conn, action_id)?;
    if action.done_on.is_none() {
        return Err(AppError::Conflict("This action is not marked done.".into()));
    }
    diesel::update(actions::table.find(action_id))
        .set(actions::done_on.eq(None::<chrono::NaiveDate>))
        .execute(conn)?;
    super::find_action(conn, action_id)
}
