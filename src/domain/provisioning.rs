//! Provisioning from the company's identity provider (SCIM 2.0, docs/design.md,
//! "Provisioning"): people as SCIM Users, teams as SCIM Groups, written through the same rules
//! as the people page and the CSV import.
//!
//! - A User is a person: `userName` is the address, `displayName` the name, `active` whether
//!   they are invited. `active: false` deactivates them as the people page does, in the same
//!   transaction: their invitations to open pulses are withdrawn and every email still queued
//!   to them is cancelled. DELETE removes them (their memberships, invitations and account go;
//!   a SCIM client expects a deleted User to be gone). Anonymous answers are never touched.
//! - A Group is a team that is not archived: `displayName` is its name, `members` its people.
//!   A member added by SCIM joins as a member (never a lead: roles are Candor's to give) and
//!   answers for the team if they answer for none yet. DELETE archives the team.
//! - Every change is audited with the actor `scim:TOKEN-NAME`.
//!
//! Each function runs in the caller's write transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::people::{deactivate_person, reactivate_person, remove_person};
use super::teams::{NewTeam, add_team, clean_name};
use super::{Email, Slug, TeamId, audit, home_team};
use crate::db::DbConnection;
use crate::db::schema::{memberships, people, teams, users};
use crate::error::AppError;

/// A person as SCIM sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimUser {
    /// Row id (the SCIM `id`).
    pub id: i64,
    /// What the identity provider calls them (`userName`): their address unless it said
    /// otherwise.
    pub user_name: String,
    /// The identity provider's own id for them (`externalId`).
    pub external_id: Option<String>,
    /// Their address (`emails`).
    pub email: String,
    /// Their name (`displayName`).
    pub name: String,
    /// Invited and able to sign in.
    pub active: bool,
    /// When they were added.
    pub created_at: NaiveDateTime,
}

/// A team as SCIM sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimGroup {
    /// Row id (the SCIM `id`).
    pub id: TeamId,
    /// The identity provider's own id for it (`externalId`).
    pub external_id: Option<String>,
    /// Its name (`displayName`).
    pub name: String,
    /// (person id, name) of its members, by id.
    pub members: Vec<(i64, String)>,
    /// When it was added.
    pub created_at: NaiveDateTime,
}

/// A page of results and how many there are in all.
pub type Page<T> = (i64, Vec<T>);

/// People, by id, whose `userName` is `user_name` (case-insensitive) when given.
pub fn users(
    conn: &mut DbConnection,
    user_name: Option<&str>,
    offset: i64,
    limit: i64,
) -> Result<Page<ScimUser>, AppError> {
    let ids = match user_name {
        Some(wanted) => vec![user_named(conn, wanted)?].into_iter().flatten().collect(),
        None => people::table.order(people::id.asc()).select(people::id).load::<i64>(conn)?,
    };
    let total = ids.len() as i64;
    let mut page = Vec::new();
    for id in ids.into_iter().skip(offset.max(0) as usize).take(limit.max(0) as usize) {
        page.push(user(conn, id)?);
    }
    Ok((total, page))
}

/// The person whose `userName` is `wanted`, ignoring case: the name the provider gave, else
/// the address. Matched in the database, not by loading every person: an identity provider
/// asks this before every create.
fn user_named(conn: &mut DbConnection, wanted: &str) -> Result<Option<i64>, AppError> {
    let wanted = wanted.trim().to_lowercase();
    let name = diesel::dsl::sql::<diesel::sql_types::Text>("lower(coalesce(scim_user_name, email))");
    Ok(people::table.filter(name.eq(wanted)).select(people::id).first(conn).optional()?)
}

type UserRow = (i64, String, String, bool, NaiveDateTime, Option<String>, Option<String>);

fn user_of((id, email, name, active, created_at, user_name, external_id): UserRow) -> ScimUser {
    ScimUser {
        id,
        user_name: user_name.unwrap_or_else(|| email.clone()),
        external_id,
        email,
        name,
        active,
        created_at,
    }
}

/// The person `id`.
pub fn user(conn: &mut DbConnection, id: i64) -> Result<ScimUser, AppError> {
    people::table
        .find(id)
        .select((
            people::id,
            people::email,
            people::name,
            people::active,
            people::created_at,
            people::scim_user_name,
            people::scim_external_id,
        ))
        .first::<UserRow>(conn)
        .optional()?
        .map(user_of)
        .ok_or_else(|| AppError::NotFound(format!("no User {id}")))
}

/// What a User request sets; `None` leaves a value as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserChange {
    /// A new `userName`.
    pub user_name: Option<String>,
    /// A new `externalId`; `Some(None)` removes it.
    pub external_id: Option<Option<String>>,
    /// A new address.
    pub email: Option<Email>,
    /// A new name.
    pub name: Option<String>,
    /// Invited or not.
    pub active: Option<bool>,
}

/// Adds a person with no team yet (a Group adds them to one). A taken address is a conflict.
pub fn create_user(
    conn: &mut DbConnection,
    email: &Email,
    change: &UserChange,
    actor: &str,
    now: NaiveDateTime,
) -> Result<ScimUser, AppError> {
    if person_with(conn, email.as_str())?.is_some() {
        return Err(AppError::Conflict(format!("a User with the address {email} exists already")));
    }
    let user_name = change.user_name.clone().unwrap_or_else(|| email.as_str().to_string());
    if user_named(conn, &user_name)?.is_some() {
        return Err(AppError::Conflict(format!("a User with userName {user_name} exists already")));
    }
    let name = match &change.name {
        Some(name) => super::people::parse_name(name).map_err(|m| AppError::invalid("displayName", m))?,
        None => email.as_str().split('@').next().unwrap_or_default().to_string(),
    };
    let id = diesel::insert_into(people::table)
        .values((
            people::email.eq(email.as_str()),
            people::name.eq(&name),
            people::created_at.eq(now),
            people::scim_user_name.eq(&user_name),
            people::scim_external_id.eq(change.external_id.clone().flatten()),
        ))
        .returning(people::id)
        .get_result::<i64>(conn)?;
    audit::record(conn, actor, "people.add", email.as_str(), "added by provisioning", now)?;
    if change.active == Some(false) {
        deactivate_person(conn, email)?;
    }
    user(conn, id)
}

/// Changes person `id` as `change` says; deactivating withdraws their open invitations and
/// cancels their queued emails (audited with the counts).
pub fn update_user(
    conn: &mut DbConnection,
    id: i64,
    change: &UserChange,
    actor: &str,
    now: NaiveDateTime,
) -> Result<ScimUser, AppError> {
    let before = user(conn, id)?;
    if let Some(name) = &change.name {
        let name = super::people::parse_name(name).map_err(|m| AppError::invalid("displayName", m))?;
        if name != before.name {
            diesel::update(people::table.find(id)).set(people::name.eq(&name)).execute(conn)?;
            audit::record(
                conn,
                actor,
                "people.edit",
                &before.email,
                &format!("name {} -> {name}", before.name),
                now,
            )?;
        }
    }
    if let Some(email) = change.email.as_ref().filter(|e| e.as_str() != before.email) {
        if person_with(conn, email.as_str())?.is_some() {
            return Err(AppError::Conflict(format!("a User with the address {email} exists already")));
        }
        diesel::update(people::table.find(id)).set(people::email.eq(email.as_str())).execute(conn)?;
        diesel::update(users::table.filter(users::email.eq(&before.email)))
            .set(users::email.eq(email.as_str()))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "people.edit",
            email.as_str(),
            &format!("address {} -> {email}", before.email),
            now,
        )?;
    }
    if let Some(user_name) = change.user_name.as_ref().filter(|n| **n != before.user_name) {
        if user_named(conn, user_name)?.is_some_and(|other| other != id) {
            return Err(AppError::Conflict(format!("a User with userName {user_name} exists already")));
        }
        diesel::update(people::table.find(id)).set(people::scim_user_name.eq(user_name)).execute(conn)?;
    }
    if let Some(external_id) = &change.external_id {
        diesel::update(people::table.find(id)).set(people::scim_external_id.eq(external_id)).execute(conn)?;
    }
    let after = user(conn, id)?;
    let address = Email::parse(&after.email).map_err(|m| AppError::broken(format!("stored address: {m}")))?;
    match change.active {
        Some(false) if before.active => {
            let done = deactivate_person(conn, &address)?;
            let detail = format!(
                "deactivated by provisioning: {} invitations withdrawn, {} queued emails cancelled",
                done.invitations, done.emails_cancelled
            );
            audit::record(conn, actor, "people.deactivate", address.as_str(), &detail, now)?;
        }
        Some(true) if !before.active => {
            reactivate_person(conn, &address)?;
            audit::record(conn, actor, "people.reactivate", address.as_str(), "by provisioning", now)?;
        }
        _ => {}
    }
    user(conn, id)
}

/// Removes person `id` (memberships, invitations, account; queued emails cancelled); their
/// anonymous answers stay.
pub fn delete_user(
    conn: &mut DbConnection,
    id: i64,
    actor: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let person = user(conn, id)?;
    let address =
        Email::parse(&person.email).map_err(|m| AppError::broken(format!("stored address: {m}")))?;
    let removed = remove_person(conn, &address)?;
    let detail = format!(
        "removed by provisioning: {} memberships, {} invitations, {} queued emails cancelled",
        removed.memberships, removed.invitations, removed.emails_cancelled
    );
    audit::record(conn, actor, "people.remove", address.as_str(), &detail, now)
}

fn person_with(conn: &mut DbConnection, email: &str) -> Result<Option<i64>, AppError> {
    Ok(people::table.filter(people::email.eq(email)).select(people::id).first(conn).optional()?)
}

type GroupRow = (TeamId, String, NaiveDateTime, Option<String>);

/// Teams not archived, by id, whose name is `name` (case-insensitive) when given.
pub fn groups(
    conn: &mut DbConnection,
    name: Option<&str>,
    offset: i64,
    limit: i64,
) -> Result<Page<ScimGroup>, AppError> {
    let all: Vec<GroupRow> = teams::table
        .filter(teams::archived_at.is_null())
        .order(teams::id.asc())
        .select((teams::id, teams::name, teams::created_at, teams::scim_external_id))
        .load(conn)?;
    let wanted = |row: &GroupRow| name.is_none_or(|n| row.1.to_lowercase() == n.trim().to_lowercase());
    let matching: Vec<GroupRow> = all.into_iter().filter(wanted).collect();
    let total = matching.len() as i64;
    let mut page = Vec::new();
    for row in matching.into_iter().skip(offset.max(0) as usize).take(limit.max(0) as usize) {
        page.push(group_of(conn, row)?);
    }
    Ok((total, page))
}

fn group_of(
    conn: &mut DbConnection,
    (id, name, created_at, external_id): GroupRow,
) -> Result<ScimGroup, AppError> {
    let members = memberships::table
        .inner_join(people::table)
        .filter(memberships::team_id.eq(id))
        .order(people::id.asc())
        .select((people::id, people::name))
        .load(conn)?;
    Ok(ScimGroup { id, external_id, name, members, created_at })
}

/// The team `id`, unless archived.
pub fn group(conn: &mut DbConnection, id: TeamId) -> Result<ScimGroup, AppError> {
    let row: GroupRow = teams::table
        .find(id)
        .filter(teams::archived_at.is_null())
        .select((teams::id, teams::name, teams::created_at, teams::scim_external_id))
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("no Group {id}")))?;
    group_of(conn, row)
}

/// Adds a team named `name` (its address made from the name, with a number when taken) with
/// `members`.
pub fn create_group(
    conn: &mut DbConnection,
    name: &str,
    members: &[i64],
    actor: &str,
    now: NaiveDateTime,
) -> Result<ScimGroup, AppError> {
    let name = clean_name(name)
        .map_err(|_| AppError::invalid("displayName", "must be one line of 1 to 100 characters"))?;
    let taken = teams::table
        .filter(teams::archived_at.is_null())
        .select(teams::name)
        .load::<String>(conn)?
        .iter()
        .any(|n| n.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(AppError::Conflict(format!("a Group named {name} exists already")));
    }
    let slug = free_slug(conn, &name)?;
    let team = add_team(conn, &NewTeam { slug, name: name.clone(), parent: None, min_group: 5 })?;
    audit::record(conn, actor, "team.add", &team.slug, "added by provisioning", now)?;
    set_members(conn, team.id, &MembersChange::Add(members.to_vec()), actor, now)?;
    group(conn, team.id)
}

fn free_slug(conn: &mut DbConnection, name: &str) -> Result<Slug, AppError> {
    let base = Slug::from_title(name)
        .or_else(|_| Slug::parse("team"))
        .map_err(|m| AppError::invalid("displayName", m))?;
    for n in 1..1000 {
        let candidate = if n == 1 { base.as_str().to_string() } else { format!("{}-{n}", base.as_str()) };
        let used = teams::table.filter(teams::slug.eq(&candidate)).count().get_result::<i64>(conn)? > 0;
        if !used && let Ok(slug) = Slug::parse(&candidate) {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict(format!("no free address for a team named {name}")))
}

/// How a request changes a Group's members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MembersChange {
    /// These people join.
    Add(Vec<i64>),
    /// These people leave.
    Remove(Vec<i64>),
    /// Exactly these people are members.
    Replace(Vec<i64>),
}

/// Sets (or with `None` removes) team `id`'s `externalId`.
pub fn set_group_external_id(
    conn: &mut DbConnection,
    id: TeamId,
    external_id: Option<&str>,
) -> Result<(), AppError> {
    group(conn, id)?;
    diesel::update(teams::table.find(id)).set(teams::scim_external_id.eq(external_id)).execute(conn)?;
    Ok(())
}

/// Renames team `id`.
pub fn rename_group(
    conn: &mut DbConnection,
    id: TeamId,
    name: &str,
    actor: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let before = group(conn, id)?;
    let name = clean_name(name)
        .map_err(|_| AppError::invalid("displayName", "must be one line of 1 to 100 characters"))?;
    if name != before.name {
        diesel::update(teams::table.find(id)).set(teams::name.eq(&name)).execute(conn)?;
        let slug = slug_of(conn, id)?;
        audit::record(conn, actor, "team.set", &slug, &format!("name {} -> {name}", before.name), now)?;
    }
    Ok(())
}

/// Changes team `id`'s members. Joining makes a member who answers for this team when they
/// answer for none; leaving moves the home to another of their teams, if any. Unknown people
/// are refused (`invalidValue`), and nothing changes.
pub fn set_members(
    conn: &mut DbConnection,
    id: TeamId,
    change: &MembersChange,
    actor: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let current: Vec<i64> =
        memberships::table.filter(memberships::team_id.eq(id)).select(memberships::person_id).load(conn)?;
    let (join, leave): (Vec<i64>, Vec<i64>) = match change {
        MembersChange::Add(ids) => {
            (ids.iter().copied().filter(|p| !current.contains(p)).collect(), Vec::new())
        }
        MembersChange::Remove(ids) => {
            (Vec::new(), ids.iter().copied().filter(|p| current.contains(p)).collect())
        }
        MembersChange::Replace(ids) => (
            ids.iter().copied().filter(|p| !current.contains(p)).collect(),
            current.iter().copied().filter(|p| !ids.contains(p)).collect(),
        ),
    };
    let slug = slug_of(conn, id)?;
    for person in dedup(join) {
        let email =
            user(conn, person).map_err(|_| AppError::invalid("members", format!("no User {person}")))?.email;
        let home = home_team::home_of(conn, person)?.is_none();
        diesel::insert_into(memberships::table)
            .values((
                memberships::person_id.eq(person),
                memberships::team_id.eq(id),
                memberships::role.eq(super::Role::Member.as_str()),
                memberships::home.eq(home),
            ))
            .execute(conn)?;
        audit::record(conn, actor, "people.join", &email, &format!("{slug} as member"), now)?;
    }
    for person in leave {
        let email = user(conn, person)?.email;
        diesel::delete(memberships::table.find((person, id))).execute(conn)?;
        if home_team::home_of(conn, person)?.is_none()
            && let Some(other) = memberships::table
                .filter(memberships::person_id.eq(person))
                .order(memberships::team_id.asc())
                .select(memberships::team_id)
                .first::<TeamId>(conn)
                .optional()?
        {
            home_team::set_home(conn, person, other)?;
        }
        audit::record(conn, actor, "people.leave", &email, &slug, now)?;
    }
    Ok(())
}

fn dedup(mut ids: Vec<i64>) -> Vec<i64> {
    ids.sort_unstable();
    ids.dedup();
    ids
}

fn slug_of(conn: &mut DbConnection, id: TeamId) -> Result<String, AppError> {
    Ok(teams::table.find(id).select(teams::slug).first(conn)?)
}

/// Archives team `id` (refused while it has an open pulse); its history stays.
pub fn delete_group(
    conn: &mut DbConnection,
    id: TeamId,
    actor: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    group(conn, id)?;
    let slug = slug_of(conn, id)?;
    let team = super::teams::find_team(conn, &slug)?;
    super::team_changes::archive(conn, &team, now.and_utc())?;
    audit::record(conn, actor, "team.archive", &team.slug, "archived by provisioning", now)
}
