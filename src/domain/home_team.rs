//! One person, one voice (docs/anonymity.md): each person answers pulses for exactly one of
//! their teams, their *home team*, however many teams list them.
//!
//! Were every membership a ballot, a person listed in five small teams would be invited five
//! times a month, and a lead above those teams would see "n = 5" made of one person's copies.
//! So a membership carries `home`, true for one membership per person (a unique index keeps it
//! so), and opening a pulse invites only the people whose home is that team. Being a lead
//! elsewhere gives access to that team's reports, not another ballot.
//!
//! A people file chooses the home with its optional `home` column (`yes` on one row per
//! person). Without it, a person keeps the home they have; a person who has none yet answers
//! for the first team the file lists them in as a member, else the first team it lists.

use std::collections::HashMap;

use diesel::prelude::*;
use serde::Serialize;

use super::Email;
use super::ids::TeamId;
use super::people::PersonRow;
use super::role::Role;
use crate::db::DbConnection;
use crate::db::schema::{memberships, teams};
use crate::error::AppError;

/// A person of several teams whose home team an import set or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HomeChange {
    /// The person.
    pub email: String,
    /// The team they answer for now.
    pub home: String,
    /// All their teams, by slug.
    pub teams: Vec<String>,
}

/// The home the file asks for: the `home = yes` row's team, else the first member row's, else
/// the first row's — with whether the file said so explicitly.
fn homes_in_file(rows: &[PersonRow]) -> HashMap<&Email, (&str, bool)> {
    let mut chosen: HashMap<&Email, (&str, bool, bool)> = HashMap::new();
    for row in rows {
        let candidate = (row.team.as_str(), row.home, row.role == Role::Member);
        chosen
            .entry(&row.email)
            .and_modify(|best| {
                let better = (candidate.1 && !best.1) || (!best.1 && candidate.2 && !best.2);
                if better {
                    *best = candidate;
                }
            })
            .or_insert(candidate);
    }
    chosen.into_iter().map(|(email, (team, explicit, _))| (email, (team, explicit))).collect()
}

/// After an import wrote its memberships: gives every person of the file the home the file
/// asks for, or keeps theirs (see the module header). Returns the people of several teams
/// whose home was set or changed. Call in the import's transaction.
pub fn settle_homes(
    conn: &mut DbConnection,
    rows: &[PersonRow],
    person_ids: &HashMap<Email, i64>,
    team_ids: &HashMap<String, TeamId>,
) -> Result<Vec<HomeChange>, AppError> {
    let mut changes = Vec::new();
    let mut wanted: Vec<_> = homes_in_file(rows).into_iter().collect();
    wanted.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
    for (email, (team, explicit)) in wanted {
        let (Some(&person), Some(&team_id)) = (person_ids.get(email), team_ids.get(team)) else { continue };
        let current = home_of(conn, person)?;
        let target = match current {
            Some(home) if !explicit => home,
            _ => team_id,
        };
        if current == Some(target) {
            continue;
        }
        set_home(conn, person, target)?;
        let teams = teams_of(conn, person)?;
        if teams.len() > 1 {
            let home = slug_of_team(conn, target)?;
            changes.push(HomeChange { email: email.to_string(), home, teams });
        }
    }
    Ok(changes)
}

/// The team `person_id` answers for, if any.
pub fn home_of(conn: &mut DbConnection, person_id: i64) -> Result<Option<TeamId>, AppError> {
    Ok(memberships::table
        .filter(memberships::person_id.eq(person_id).and(memberships::home.eq(true)))
        .select(memberships::team_id)
        .load::<TeamId>(conn)?
        .into_iter()
        .next())
}

/// Makes `team_id` (one of their memberships) the team `person_id` answers for.
pub fn set_home(conn: &mut DbConnection, person_id: i64, team_id: TeamId) -> Result<(), AppError> {
    diesel::update(memberships::table.filter(memberships::person_id.eq(person_id)))
        .set(memberships::home.eq(false))
        .execute(conn)?;
    let set = diesel::update(memberships::table.find((person_id, team_id)))
        .set(memberships::home.eq(true))
        .execute(conn)?;
    if set == 0 {
        return Err(crate::i18n::refused("home", crate::error::Said::new("refused-home-not-member")));
    }
    Ok(())
}

/// One person on the roster: their teams with roles, and the team they answer for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RosterLine {
    /// Row id of the person.
    pub id: i64,
    /// Their address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Whether they are invited at all.
    pub active: bool,
    /// (team slug, role), by slug.
    pub teams: Vec<(String, String)>,
    /// The team they answer for.
    pub answers_for: Option<String>,
}

/// Everyone with their teams and the team they answer for, by email; only the members of
/// `team_id` when given.
pub fn roster(conn: &mut DbConnection, team_id: Option<TeamId>) -> Result<Vec<RosterLine>, AppError> {
    use crate::db::schema::people;
    let rows: Vec<(i64, String, String, bool, String, String, bool)> = memberships::table
        .inner_join(people::table)
        .inner_join(teams::table)
        .order((people::email.asc(), teams::slug.asc()))
        .select((
            people::id,
            people::email,
            people::name,
            people::active,
            teams::slug,
            memberships::role,
            memberships::home,
        ))
        .load(conn)?;
    let wanted: Option<std::collections::HashSet<i64>> = match team_id {
        None => None,
        Some(team) => Some(
            memberships::table
                .filter(memberships::team_id.eq(team))
                .select(memberships::person_id)
                .load::<i64>(conn)?
                .into_iter()
                .collect(),
        ),
    };
    let mut lines: Vec<(i64, RosterLine)> = Vec::new();
    for (id, email, name, active, slug, role, home) in rows {
        if wanted.as_ref().is_some_and(|w| !w.contains(&id)) {
            continue;
        }
        if lines.last().is_none_or(|(last, _)| *last != id) {
            let line = RosterLine { id, email, name, active, teams: Vec::new(), answers_for: None };
            lines.push((id, line));
        }
        if let Some((_, line)) = lines.last_mut() {
            if home {
                line.answers_for = Some(slug.clone());
            }
            line.teams.push((slug, role));
        }
    }
    Ok(lines.into_iter().map(|(_, line)| line).collect())
}

/// How many active people answer for each team (their home team), by team id.
pub fn answering_counts(conn: &mut DbConnection) -> Result<HashMap<TeamId, i64>, AppError> {
    use crate::db::schema::people;
    Ok(memberships::table
        .inner_join(people::table)
        .filter(memberships::home.eq(true).and(people::active.eq(true)))
        .group_by(memberships::team_id)
        .select((memberships::team_id, diesel::dsl::count_star()))
        .load::<(TeamId, i64)>(conn)?
        .into_iter()
        .collect())
}

fn teams_of(conn: &mut DbConnection, person_id: i64) -> Result<Vec<String>, AppError> {
    Ok(memberships::table
        .inner_join(teams::table)
        .filter(memberships::person_id.eq(person_id))
        .order(teams::slug.asc())
        .select(teams::slug)
        .load(conn)?)
}

fn slug_of_team(conn: &mut DbConnection, team_id: TeamId) -> Result<String, AppError> {
    Ok(teams::table.find(team_id).select(teams::slug).first(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Slug;

    fn row(email: &str, team: &str, role: Role, home: bool) -> PersonRow {
        PersonRow {
            line: 2,
            email: Email::parse(email).unwrap(),
            name: "A".into(),
            team: Slug::parse(team).unwrap(),
            role,
            home,
            language: None,
        }
    }

    #[test]
    fn an_explicit_home_wins_then_the_first_member_row_then_the_first_row() {
        let rows = [
            row("a@x.org", "lead-team", Role::Lead, false),
            row("a@x.org", "one", Role::Member, false),
            row("a@x.org", "two", Role::Member, false),
            row("b@x.org", "one", Role::Member, false),
            row("b@x.org", "two", Role::Member, true),
            row("c@x.org", "only-lead", Role::Lead, false),
        ];
        let homes = homes_in_file(&rows);
        let of = |e: &str| homes[&Email::parse(e).unwrap()];
        assert_eq!(of("a@x.org"), ("one", false));
        assert_eq!(of("b@x.org"), ("two", true));
        assert_eq!(of("c@x.org"), ("only-lead", false));
    }
}
