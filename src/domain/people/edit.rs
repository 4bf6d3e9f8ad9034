//! One person changed by hand (the people page): name, address, teams with their roles, and
//! the team they answer for. Moving someone is one change: the old membership goes, the new one
//! comes, and the home follows, so nobody is in two teams by accident or invited twice.

use std::collections::HashMap;

use diesel::prelude::*;

use super::checked_name;
use crate::db::DbConnection;
use crate::db::schema::{memberships, people, users};
use crate::domain::ids::TeamId;
use crate::domain::{Email, Role, home_team};
use crate::error::{AppError, Said};
use crate::i18n::Lang;
use crate::i18n::refused;

/// A person as the page shows them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Person {
    /// Row id: the page's address.
    pub id: i64,
    /// Their address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Invited and able to sign in.
    pub active: bool,
    /// (team id, role), by team id.
    pub teams: Vec<(TeamId, String)>,
    /// The team they answer for.
    pub home: Option<TeamId>,
    /// The language of their invitations and reminders (and of their survey).
    pub language: Lang,
}

impl Person {
    /// Their address as the type the leaver functions take (it was validated when stored).
    pub fn address(&self) -> Result<Email, AppError> {
        Email::parse(&self.email).map_err(|m| AppError::broken(format!("stored address: {m}")))
    }
}

/// Finds the person with row id `id`.
pub fn find_person(conn: &mut DbConnection, id: i64) -> Result<Person, AppError> {
    let (email, name, active, language) = people::table
        .find(id)
        .select((people::email, people::name, people::active, people::language))
        .first::<(String, String, bool, String)>(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound("There is no such person.".into()))?;
    let rows: Vec<(TeamId, String, bool)> = memberships::table
        .filter(memberships::person_id.eq(id))
        .order(memberships::team_id.asc())
        .select((memberships::team_id, memberships::role, memberships::home))
        .load(conn)?;
    let home = rows.iter().find(|(_, _, home)| *home).map(|(t, _, _)| *t);
    let teams = rows.into_iter().map(|(t, role, _)| (t, role)).collect();
    let language = Lang::parse(&language).unwrap_or_default();
    Ok(Person { id, email, name, active, teams, home, language })
}

/// What the people page sends for one person.
#[derive(Debug, Clone)]
pub struct PersonEdit {
    /// Display name.
    pub name: String,
    /// Their address (may change: their sign-in account follows).
    pub email: Email,
    /// Every team they are in, with the role; at least one.
    pub teams: Vec<(TeamId, Role)>,
    /// The team they answer for; one of `teams` (else the first they are a member of).
    pub home: Option<TeamId>,
    /// The language of their invitations and reminders.
    pub language: Lang,
}

/// Adds a person with one team (their home). Call inside [`crate::db::write`].
pub fn add_person(
    conn: &mut DbConnection,
    name: &str,
    email: &Email,
    team: TeamId,
    role: Role,
) -> Result<i64, AppError> {
    let name = checked_name(name).map_err(|said| refused("name", said))?;
    if person_with(conn, email)?.is_some() {
        return Err(AppError::Conflict(format!(
            "{email} is on the list already: search for them to change their teams"
        )));
    }
    let id = diesel::insert_into(people::table)
        .values((
            people::email.eq(email.as_str()),
            people::name.eq(&name),
            people::created_at.eq(chrono::Utc::now().naive_utc()),
        ))
        .returning(people::id)
        .get_result::<i64>(conn)?;
    insert_membership(conn, id, team, role, true)?;
    Ok(id)
}

/// Sets the language of person `id`'s invitations and reminders. Call inside
/// [`crate::db::write`].
pub fn set_language(conn: &mut DbConnection, id: i64, language: Lang) -> Result<(), AppError> {
    diesel::update(people::table.find(id)).set(people::language.eq(language.code())).execute(conn)?;
    Ok(())
}

fn person_with(conn: &mut DbConnection, email: &Email) -> Result<Option<i64>, AppError> {
    Ok(people::table.filter(people::email.eq(email.as_str())).select(people::id).first(conn).optional()?)
}

fn insert_membership(
    conn: &mut DbConnection,
    person: i64,
    team: TeamId,
    role: Role,
    home: bool,
) -> Result<(), AppError> {
    diesel::insert_into(memberships::table)
        .values((
            memberships::person_id.eq(person),
            memberships::team_id.eq(team),
            memberships::role.eq(role.as_str()),
            memberships::home.eq(home),
        ))
        .execute(conn)?;
    Ok(())
}

/// Team names for the audit log's words, by id.
pub type TeamNames = HashMap<TeamId, String>;

/// Stores `edit` for `person` and returns what changed, in words for the audit log (empty
/// when nothing did; teams named by `names`). Call inside [`crate::db::write`].
pub fn edit_person(
    conn: &mut DbConnection,
    person: &Person,
    edit: &PersonEdit,
    names: &TeamNames,
) -> Result<Vec<String>, AppError> {
    let name_of = |t: TeamId| names.get(&t).cloned().unwrap_or_else(|| t.to_string());
    let name = checked_name(&edit.name).map_err(|said| refused("name", said))?;
    let home = chosen_home(edit)?;
    let mut changed = Vec::new();
    if name != person.name {
        diesel::update(people::table.find(person.id)).set(people::name.eq(&name)).execute(conn)?;
        changed.push("name".to_string());
    }
    if edit.email.as_str() != person.email {
        change_address(conn, person, &edit.email)?;
        changed.push(format!("email to {}", edit.email));
    }
    if edit.language != person.language {
        set_language(conn, person.id, edit.language)?;
        changed.push(format!("language {} -> {}", person.language, edit.language));
    }
    changed.extend(change_teams(conn, person, &edit.teams, &name_of)?);
    if Some(home) != person.home {
        home_team::set_home(conn, person.id, home)?;
        changed.push(format!("answers for {}", name_of(home)));
    }
    Ok(changed)
}

fn chosen_home(edit: &PersonEdit) -> Result<TeamId, AppError> {
    if edit.teams.is_empty() {
        return Err(refused("teams", Said::new("refused-person-no-team")));
    }
    let in_teams = |t: &TeamId| edit.teams.iter().any(|(team, _)| team == t);
    match edit.home {
        Some(home) if in_teams(&home) => Ok(home),
        Some(_) => Err(refused("answers for", Said::new("refused-person-home-not-member"))),
        None => Ok(edit.teams.iter().find(|(_, r)| *r == Role::Member).unwrap_or(&edit.teams[0]).0),
    }
}

fn change_address(conn: &mut DbConnection, person: &Person, email: &Email) -> Result<(), AppError> {
    if person_with(conn, email)?.is_some() {
        return Err(AppError::Conflict(format!("{email} belongs to someone else on the list")));
    }
    let account_taken =
        users::table.filter(users::email.eq(email.as_str())).count().get_result::<i64>(conn)? > 0;
    if account_taken {
        return Err(AppError::Conflict(format!("{email} has a sign-in account of its own already")));
    }
    diesel::update(people::table.find(person.id)).set(people::email.eq(email.as_str())).execute(conn)?;
    diesel::update(users::table.filter(users::email.eq(&person.email)))
        .set(users::email.eq(email.as_str()))
        .execute(conn)?;
    Ok(())
}

/// Memberships added, changed and removed to match `wanted`. The home is set afterwards, so
/// new memberships start as not home.
fn change_teams(
    conn: &mut DbConnection,
    person: &Person,
    wanted: &[(TeamId, Role)],
    name_of: &dyn Fn(TeamId) -> String,
) -> Result<Vec<String>, AppError> {
    let now: HashMap<TeamId, &str> = person.teams.iter().map(|(t, r)| (*t, r.as_str())).collect();
    let mut changed = Vec::new();
    for (team, role) in wanted {
        match now.get(team) {
            Some(r) if *r == role.as_str() => {}
            Some(_) => {
                diesel::update(memberships::table.find((person.id, *team)))
                    .set(memberships::role.eq(role.as_str()))
                    .execute(conn)?;
                changed.push(format!("{} in {}", role.as_str(), name_of(*team)));
            }
            None => {
                insert_membership(conn, person.id, *team, *role, false)?;
                changed.push(format!("joined {} as {}", name_of(*team), role.as_str()));
            }
        }
    }
    for team in now.keys().filter(|t| !wanted.iter().any(|(w, _)| w == *t)) {
        diesel::delete(memberships::table.find((person.id, *team))).execute(conn)?;
        changed.push(format!("left {}", name_of(*team)));
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(teams: &[(i64, Role)], home: Option<i64>) -> PersonEdit {
        PersonEdit {
            name: "Ana".into(),
            email: Email::parse("ana@example.com").unwrap(),
            teams: teams.iter().map(|(t, r)| (TeamId(*t), *r)).collect(),
            home: home.map(TeamId),
            language: Lang::En,
        }
    }

    #[test]
    fn the_home_is_one_of_the_persons_teams() {
        assert_eq!(
            chosen_home(&edit(&[(1, Role::Lead), (2, Role::Member)], None)).unwrap(),
            TeamId(2),
            "first member team"
        );
        assert_eq!(chosen_home(&edit(&[(1, Role::Lead)], None)).unwrap(), TeamId(1), "else the first");
        assert_eq!(chosen_home(&edit(&[(1, Role::Lead), (2, Role::Member)], Some(1))).unwrap(), TeamId(1));
        assert_eq!(chosen_home(&edit(&[(1, Role::Member)], Some(3))).unwrap_err().status(), 422);
        assert!(chosen_home(&edit(&[], None)).unwrap_err().to_string().contains("at least one team"));
    }
}
