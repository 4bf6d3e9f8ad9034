//! Follow-ups: "what we heard, what we change". For each closed pulse a lead writes a note and
//! actions (text, owner, due date, done), shown next to the results and listed in the next
//! summary email.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::ids::TeamId;
use super::period::Period;
use super::pulse_state::PulseState;
use super::pulses;
use super::teams::Team;
use crate::db::DbConnection;
use crate::db::schema::{actions, followups, pulses as pulses_table};
use crate::error::{AppError, Said};
use crate::i18n::refused;

mod changes;
pub use changes::{ActionChange, delete_followup, edit_followup, followup_of_team, undo_done};

/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 10_000;

/// Longest action text, in characters.
const MAX_ACTION_CHARS: usize = 500;

/// Longest owner of an action, in characters.
const MAX_OWNER_CHARS: usize = 100;

/// An action to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAction {
    /// What will be done.
    pub text: String,
    /// Who does it.
    pub owner: String,
    /// By when.
    pub due_on: Option<NaiveDate>,
}

impl NewAction {
    /// Parses `TEXT;OWNER[;YYYY-MM-DD]`; the refusal in English words.
    pub fn parse(raw: &str) -> Result<Self, String> {
        Self::read(raw).map_err(|said| crate::i18n::english(&said))
    }

    /// Parses `TEXT;OWNER[;YYYY-MM-DD]`; the refusal as a message to say in any language.
    pub fn read(raw: &str) -> Result<Self, Said> {
        let parts: Vec<&str> = raw.split(';').map(str::trim).collect();
        let (text, owner, due) = match parts.as_slice() {
            [text, owner] => (*text, *owner, None),
            [text, owner, due] => (*text, *owner, Some(*due)),
            _ => {
                let shown: String = raw.chars().take(60).collect();
                return Err(Said::new("refused-action-shape").text("action", shown));
            }
        };
        if raw.contains('\0') {
            return Err(Said::new("refused-action-nul"));
        }
        if text.is_empty() || text.chars().count() > MAX_ACTION_CHARS {
            return Err(Said::new("refused-action-text").number("max", MAX_ACTION_CHARS));
        }
        if owner.is_empty() || owner.chars().count() > MAX_OWNER_CHARS {
            return Err(Said::new("refused-action-owner").number("max", MAX_OWNER_CHARS));
        }
        let due_on = due
            .filter(|d| !d.is_empty())
            .map(|d| {
                NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                    let shown: String = d.chars().take(20).collect();
                    Said::new("refused-action-due").text("date", shown)
                })
            })
            .transpose()?;
        Ok(NewAction { text: text.to_string(), owner: owner.to_string(), due_on })
    }
}

/// An action as shown.
#[derive(Debug, Clone, Serialize, Queryable)]
pub struct ActionView {
    /// Row id (`candor followup done ID`).
    pub id: i64,
    /// What will be done.
    pub text: String,
    /// Who does it.
    pub owner: String,
    /// By when.
    pub due_on: Option<NaiveDate>,
    /// When it was done.
    pub done_on: Option<NaiveDate>,
}

impl ActionView {
    /// Not done and past its due date.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.done_on.is_none() && self.due_on.is_some_and(|d| d < today)
    }
}

/// A follow-up with its actions.
#[derive(Debug, Clone, Serialize)]
pub struct FollowupView {
    /// Row id.
    pub id: i64,
    /// The round it answers, `YYYY-MM`.
    pub period: String,
    /// Who wrote it.
    pub author: String,
    /// The note (plain text).
    pub body: String,
    /// When it was written.
    pub created_at: NaiveDateTime,
    /// Its actions, in order.
    pub actions: Vec<ActionView>,
}

/// Adds a follow-up to the team's closed pulse of `period`.
pub fn add_followup(
    conn: &mut DbConnection,
    team: &Team,
    period: Period,
    author: &str,
    body: &str,
    new_actions: &[NewAction],
    now: NaiveDateTime,
) -> Result<i64, AppError> {
    let body = check_note(body)?;
    let pulse = pulses::find_pulse(conn, team.id, period)?
        .ok_or_else(|| AppError::NotFound(format!("team '{}' has no pulse for {period}", team.slug)))?;
    if pulse.state != PulseState::Closed {
        return Err(AppError::Conflict(format!(
            "the {period} pulse of '{}' is still open; follow up once it has closed and its results are out",
            team.slug
        )));
    }
    diesel::insert_into(followups::table)
        .values((
            followups::team_id.eq(team.id),
            followups::pulse_id.eq(pulse.id),
            followups::author.eq(author),
            followups::body.eq(body),
            followups::created_at.eq(now),
        ))
        .execute(conn)?;
    let id: i64 = followups::table
        .filter(followups::pulse_id.eq(pulse.id))
        .select(diesel::dsl::max(followups::id))
        .first::<Option<i64>>(conn)?
        .ok_or_else(|| AppError::broken("follow-up vanished after insert"))?;
    for action in new_actions {
        insert_action(conn, id, action)?;
    }
    Ok(id)
}

/// A note of 1 to [`MAX_NOTE_CHARS`] characters, trimmed.
fn check_note(body: &str) -> Result<&str, AppError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(refused("note", Said::new("refused-followup-note-empty").number("max", MAX_NOTE_CHARS)));
    }
    let count = body.chars().count();
    if count > MAX_NOTE_CHARS {
        let said =
            Said::new("refused-followup-note-long").number("count", count).number("max", MAX_NOTE_CHARS);
        return Err(refused("note", said));
    }
    if body.contains('\0') {
        return Err(refused("note", Said::new("refused-followup-note-nul")));
    }
    Ok(body)
}

fn insert_action(conn: &mut DbConnection, followup_id: i64, action: &NewAction) -> Result<(), AppError> {
    diesel::insert_into(actions::table)
        .values((
            actions::followup_id.eq(followup_id),
            actions::text.eq(&action.text),
            actions::owner.eq(&action.owner),
            actions::due_on.eq(action.due_on),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks an action done on `on`; an action done already is refused with its date.
pub fn mark_done(conn: &mut DbConnection, action_id: i64, on: NaiveDate) -> Result<ActionView, AppError> {
    let action = find_action(conn, action_id)?;
    if let Some(done) = action.done_on {
        return Err(AppError::Conflict(format!("action {action_id} was done already on {done}")));
    }
    diesel::update(actions::table.find(action_id)).set(actions::done_on.eq(on)).execute(conn)?;
    find_action(conn, action_id)
}

/// Whether action `action_id` belongs to a follow-up of team `team_id` (a lead of one team may
/// not mark another team's actions done).
pub fn action_of_team(conn: &mut DbConnection, team_id: TeamId, action_id: i64) -> Result<bool, AppError> {
    let found: Vec<i64> = actions::table
        .inner_join(followups::table)
        .filter(actions::id.eq(action_id).and(followups::team_id.eq(team_id)))
        .select(actions::id)
        .load(conn)?;
    Ok(!found.is_empty())
}

fn find_action(conn: &mut DbConnection, id: i64) -> Result<ActionView, AppError> {
    actions::table
        .find(id)
        .select((actions::id, actions::text, actions::owner, actions::due_on, actions::done_on))
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            AppError::NotFound(format!("no action {id}: `candor followup list --team SLUG` shows them"))
        })
}

/// The team's follow-ups, newest round first.
pub fn followups_of_team(conn: &mut DbConnection, team_id: TeamId) -> Result<Vec<FollowupView>, AppError> {
    let rows: Vec<(i64, String, String, String, NaiveDateTime)> = followups::table
        .inner_join(pulses_table::table)
        .filter(followups::team_id.eq(team_id))
        .order((pulses_table::period.desc(), followups::id.asc()))
        .select((
            followups::id,
            pulses_table::period,
            followups::author,
            followups::body,
            followups::created_at,
        ))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let all: Vec<(i64, ActionView)> = actions::table
        .filter(actions::followup_id.eq_any(&ids))
        .order(actions::id.asc())
        .select((
            actions::followup_id,
            (actions::id, actions::text, actions::owner, actions::due_on, actions::done_on),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, period, author, body, created_at)| FollowupView {
            id,
            period,
            author,
            body,
            created_at,
            actions: all.iter().filter(|(f, _)| *f == id).map(|(_, a)| a.clone()).collect(),
        })
        .collect())
}

/// The team's actions done from `from` up to `until` (both inclusive).
pub fn done_between(
    conn: &mut DbConnection,
    team_id: TeamId,
    from: Option<NaiveDate>,
    until: NaiveDate,
) -> Result<Vec<ActionView>, AppError> {
    let mut query = actions::table
        .inner_join(followups::table)
        .filter(followups::team_id.eq(team_id))
        .filter(actions::done_on.le(until))
        .select((actions::id, actions::text, actions::owner, actions::due_on, actions::done_on))
        .order(actions::done_on.asc())
        .into_boxed();
    if let Some(from) = from {
        query = query.filter(actions::done_on.ge(from));
    }
    Ok(query.load(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_parse_with_and_without_a_date() {
        let a = NewAction::parse("Move the standup to 10:00; Ana ; 2026-12-01").unwrap();
        assert_eq!((a.text.as_str(), a.owner.as_str()), ("Move the standup to 10:00", "Ana"));
        assert_eq!(a.due_on, NaiveDate::from_ymd_opt(2026, 12, 1));
        assert_eq!(NewAction::parse("Fewer meetings;Bo").unwrap().due_on, None);
        for bad in ["just text", ";Bo", "x;", "x;Bo;2026-13-01", "a;b;c;d"] {
            assert!(NewAction::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn overdue_means_open_and_past_due() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let mut a =
            ActionView { id: 1, text: "x".into(), owner: "y".into(), due_on: Some(day(10)), done_on: None };
        assert!(a.overdue(day(11)) && !a.overdue(day(10)));
        a.done_on = Some(day(12));
        assert!(!a.overdue(day(20)));
    }
}
