//! Who may see and do what: admins everything; a lead their teams and the teams below them;
//! a member their team's page when the team publishes to members.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{memberships, people, teams, users};
use crate::domain::TeamId;
use crate::domain::teams::Team;
use crate::error::AppError;

/// A signed-in user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    /// `users.id`.
    pub user_id: i64,
    /// Their address.
    pub email: String,
    /// Admins may do everything.
    pub is_admin: bool,
    /// Their own language (`people.language` of their address), English when they are no
    /// person of the organisation.
    pub language: crate::i18n::Lang,
}

/// What a viewer may do with one team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TeamAccess {
    /// Read the team page, its agreements and its report.
    pub read: bool,
    /// Write follow-ups and keep agreements (leads of it or a team above it, and admins).
    pub lead: bool,
}

/// Loads the user behind a session or API token.
pub fn find_viewer(conn: &mut DbConnection, user_id: i64) -> Result<Option<Viewer>, AppError> {
    let Some((user_id, email, is_admin)) = users::table
        .find(user_id)
        .select((users::id, users::email, users::is_admin))
        .first::<(i64, String, bool)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let language = language_of(conn, &email)?;
    Ok(Some(Viewer { user_id, email, is_admin, language }))
}

/// The language of the person with `email` (`people.language`); English for an address no
/// person has.
pub fn language_of(conn: &mut DbConnection, email: &str) -> Result<crate::i18n::Lang, AppError> {
    let code: Option<String> =
        people::table.filter(people::email.eq(email)).select(people::language).first(conn).optional()?;
    Ok(code.as_deref().and_then(crate::i18n::Lang::parse).unwrap_or_default())
}

/// The team and every team above it, nearest first, from all (id, parent) pairs.
fn with_ancestors(all: &[(TeamId, Option<TeamId>)], team: &Team) -> Vec<TeamId> {
    let mut chain = vec![team.id];
    let mut next = team.parent_id;
    while let Some(id) = next.filter(|id| !chain.contains(id)) {
        chain.push(id);
        next = all.iter().find(|(t, _)| *t == id).and_then(|(_, p)| *p);
    }
    chain
}

/// What is loaded once to decide access: the viewer's memberships and the team tree.
struct Standing {
    roles: Vec<(TeamId, String)>,
    tree: Vec<(TeamId, Option<TeamId>)>,
}

fn standing(conn: &mut DbConnection, viewer: &Viewer) -> Result<Standing, AppError> {
    let roles = memberships::table
        .inner_join(people::table)
        .filter(people::email.eq(&viewer.email).and(people::active.eq(true)))
        .select((memberships::team_id, memberships::role))
        .load(conn)?;
    let tree = teams::table.select((teams::id, teams::parent_id)).load(conn)?;
    Ok(Standing { roles, tree })
}

fn access_with(standing: &Standing, team: &Team) -> TeamAccess {
    let chain = with_ancestors(&standing.tree, team);
    let lead = standing.roles.iter().any(|(t, role)| chain.contains(t) && role != "member");
    let member = standing.roles.iter().any(|(t, _)| *t == team.id);
    TeamAccess { read: lead || (member && team.publish_to_members), lead }
}

/// What `viewer` may do with `team`.
pub fn team_access(conn: &mut DbConnection, viewer: &Viewer, team: &Team) -> Result<TeamAccess, AppError> {
    if viewer.is_admin {
        return Ok(TeamAccess { read: true, lead: true });
    }
    Ok(access_with(&standing(conn, viewer)?, team))
}

/// Refuses with 403 unless `viewer` may read `team`.
pub fn require_read(conn: &mut DbConnection, viewer: &Viewer, team: &Team) -> Result<TeamAccess, AppError> {
    let access = team_access(conn, viewer, team)?;
    if !access.read {
        return Err(AppError::Forbidden(format!(
            "You are not a lead of '{}', and it does not share its results with you.",
            team.name
        )));
    }
    Ok(access)
}

/// Refuses with 403 unless `viewer` leads `team` (or a team above it) or is an admin.
pub fn require_lead(conn: &mut DbConnection, viewer: &Viewer, team: &Team) -> Result<(), AppError> {
    if !team_access(conn, viewer, team)?.lead {
        return Err(AppError::Forbidden(format!(
            "Only the leads of '{}' and admins can do this.",
            team.name
        )));
    }
    Ok(())
}

/// Refuses with 403 unless `viewer` is an admin.
pub fn require_admin(viewer: &Viewer) -> Result<(), AppError> {
    if viewer.is_admin { Ok(()) } else { Err(AppError::Forbidden("Only admins can see this page.".into())) }
}

/// Every team `viewer` may read, by name, with what they may do there (two queries, whatever
/// the number of teams).
pub fn readable_with_access(
    conn: &mut DbConnection,
    viewer: &Viewer,
) -> Result<Vec<(Team, TeamAccess)>, AppError> {
    let all: Vec<Team> = teams::table.select(Team::as_select()).order(teams::name).load(conn)?;
    if viewer.is_admin {
        return Ok(all.into_iter().map(|t| (t, TeamAccess { read: true, lead: true })).collect());
    }
    let standing = standing(conn, viewer)?;
    Ok(all
        .into_iter()
        .map(|t| {
            let a = access_with(&standing, &t);
            (t, a)
        })
        .filter(|(_, a)| a.read)
        .collect())
}

/// The ids of the teams `viewer` leads (directly or through a team above them); every team
/// for an admin (two queries).
pub fn led_team_ids(
    conn: &mut DbConnection,
    viewer: &Viewer,
) -> Result<std::collections::HashSet<TeamId>, AppError> {
    let all: Vec<Team> = teams::table.select(Team::as_select()).load(conn)?;
    if viewer.is_admin {
        return Ok(all.into_iter().map(|t| t.id).collect());
    }
    let standing = standing(conn, viewer)?;
    Ok(all.into_iter().filter(|t| access_with(&standing, t).lead).map(|t| t.id).collect())
}
