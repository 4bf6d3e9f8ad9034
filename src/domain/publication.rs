//! A published period is frozen (docs/anonymity.md, "Frozen months").
//!
//! A report shows a team's month once every pulse of that month in the team's subtree has
//! closed and some of them hold answers (`report::data` holds a month back while any pulse of
//! it is open). From then on, one more pulse of that month anywhere below the team — or an
//! imported history for it — would change what the team shows, and the difference between the
//! two versions would be the newcomers' answers: with a new child team of one person, that
//! person's answers and comment. So once a month is published for a team, nothing may add
//! answers to it there or below: opening a pulse or importing history into it is refused, and
//! the scheduler does not open a late pulse into it. Counts that could change later (how many
//! were invited, when a person is removed) are kept with the closed pulse instead.
//!
//! A month whose closed pulses hold no answer at all showed nothing that a later pulse could
//! be subtracted from, so it is not frozen: a scheduled pulse with nobody to invite closes at
//! once and does not lock its siblings out of the month.

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;

use super::ids::{PulseId, TeamId};
use super::period::Period;
use super::pulse_state::PulseState;
use crate::db::DbConnection;
use crate::db::schema::{pulses, responses, teams};
use crate::error::AppError;

/// One pulse of the month in question, as far as publication goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthPulse {
    /// The team asked.
    pub team: TeamId,
    /// Still open (its month is held back above and at it).
    pub open: bool,
    /// Closed with at least one response.
    pub answered: bool,
}

/// The team and the teams above it, nearest first. `parents` maps each team to its parent.
fn ancestors_or_self(parents: &HashMap<TeamId, Option<TeamId>>, team: TeamId) -> Vec<TeamId> {
    let mut chain = vec![team];
    let mut seen = HashSet::from([team]);
    let mut up = parents.get(&team).copied().flatten();
    while let Some(p) = up {
        if !seen.insert(p) {
            break;
        }
        chain.push(p);
        up = parents.get(&p).copied().flatten();
    }
    chain
}

/// The nearest of `team` and the teams above it whose month is published: some pulse of the
/// month in its subtree closed with answers, and none there is open. Pure.
pub fn published_at_or_above(
    parents: &HashMap<TeamId, Option<TeamId>>,
    month: &[MonthPulse],
    team: TeamId,
) -> Option<TeamId> {
    let mut answered = HashSet::new();
    let mut open = HashSet::new();
    for pulse in month {
        let covering = ancestors_or_self(parents, pulse.team);
        if pulse.open {
            open.extend(covering);
        } else if pulse.answered {
            answered.extend(covering);
        }
    }
    ancestors_or_self(parents, team).into_iter().find(|t| answered.contains(t) && !open.contains(t))
}

/// The slug of the nearest team at or above `team_id` whose `period` is published, if any.
pub fn published_by(
    conn: &mut DbConnection,
    team_id: TeamId,
    period: Period,
) -> Result<Option<String>, AppError> {
    let tree: Vec<(TeamId, Option<TeamId>, String)> =
        teams::table.select((teams::id, teams::parent_id, teams::slug)).load(conn)?;
    let parents: HashMap<TeamId, Option<TeamId>> =
        tree.iter().map(|(id, parent, _)| (*id, *parent)).collect();
    let month: Vec<(PulseId, TeamId, String)> = pulses::table
        .filter(pulses::period.eq(period.to_string()))
        .select((pulses::id, pulses::team_id, pulses::state))
        .load(conn)?;
    let closed: Vec<PulseId> =
        month.iter().filter(|(_, _, state)| state != PulseState::Open.as_str()).map(|(id, ..)| *id).collect();
    let with_answers: HashSet<PulseId> = responses::table
        .filter(responses::pulse_id.eq_any(&closed))
        .select(responses::pulse_id)
        .distinct()
        .load::<PulseId>(conn)?
        .into_iter()
        .collect();
    let month: Vec<MonthPulse> = month
        .iter()
        .map(|(id, team, state)| MonthPulse {
            team: *team,
            open: state == PulseState::Open.as_str(),
            answered: with_answers.contains(id),
        })
        .collect();
    let found = published_at_or_above(&parents, &month, team_id);
    Ok(found.and_then(|id| tree.iter().find(|(t, ..)| *t == id).map(|(.., slug)| slug.clone())))
}

/// Refuses (409) to add answers to `period` for the team `slug` (`team_id`) when that month is
/// published at or above it, saying why and what to do instead.
pub fn refuse_if_published(
    conn: &mut DbConnection,
    team_id: TeamId,
    slug: &str,
    period: Period,
) -> Result<(), AppError> {
    let Some(published) = published_by(conn, team_id, period)? else { return Ok(()) };
    let whose =
        if published == slug { format!("'{slug}'") } else { format!("'{published}', above '{slug}',") };
    Err(AppError::Conflict(format!(
        "The {period} results of {whose} were published when its pulses closed. More answers for \
         {period} would change them, and the difference would show how the newcomers answered, so \
         published months are frozen (docs/anonymity.md). Use a later month instead."
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree from (team, parent) numbers.
    fn tree_of(pairs: &[(i64, Option<i64>)]) -> HashMap<TeamId, Option<TeamId>> {
        pairs.iter().map(|&(t, p)| (TeamId(t), p.map(TeamId))).collect()
    }

    fn tree() -> HashMap<TeamId, Option<TeamId>> {
        // 1 root; 2 and 3 below it; 4 below 2.
        tree_of(&[(1, None), (2, Some(1)), (3, Some(1)), (4, Some(2))])
    }

    fn closed(team: i64) -> MonthPulse {
        MonthPulse { team: TeamId(team), open: false, answered: true }
    }

    /// [`published_at_or_above`] in numbers.
    fn at(parents: &HashMap<TeamId, Option<TeamId>>, month: &[MonthPulse], team: i64) -> Option<i64> {
        published_at_or_above(parents, month, TeamId(team)).map(|t| t.0)
    }

    #[test]
    fn a_closed_month_with_answers_freezes_its_team_and_the_teams_above() {
        let month = [closed(2)];
        assert_eq!(at(&tree(), &month, 4), Some(2), "a new child of 2");
        assert_eq!(at(&tree(), &month, 2), Some(2));
        assert_eq!(at(&tree(), &month, 3), Some(1), "the root shows 2's answers");
    }

    #[test]
    fn an_open_pulse_holds_the_month_back_so_siblings_may_still_join() {
        let month = [closed(2), MonthPulse { team: TeamId(3), open: true, answered: false }];
        // The root shows nothing for the month while 3 is open, so 4 may still join; 2 is
        // published, so nothing below it may.
        assert_eq!(at(&tree(), &month, 4), Some(2));
        let other_root = tree_of(&[(1, None), (2, Some(1)), (3, Some(1)), (5, Some(1))]);
        assert_eq!(at(&other_root, &month, 5), None);
    }

    #[test]
    fn a_month_that_closed_without_answers_showed_nothing_and_is_not_frozen() {
        let month = [MonthPulse { team: TeamId(2), open: false, answered: false }];
        assert_eq!(at(&tree(), &month, 4), None);
        assert_eq!(at(&tree(), &[], 4), None);
    }

    #[test]
    fn separate_trees_do_not_freeze_each_other() {
        let parents = tree_of(&[(1, None), (2, Some(1)), (9, None)]);
        assert_eq!(at(&parents, &[closed(2)], 9), None);
    }
}
