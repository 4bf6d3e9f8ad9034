//! Access checks shared by the page and API handlers.

use crate::auth::access::{self, TeamAccess, Viewer};
use crate::db::DbConnection;
use crate::domain::teams::{self, Team};
use crate::error::AppError;

/// The team `slug` and what `viewer` may do with it: 404 for an unknown team, 403 when the
/// viewer may not read it, 503 when the database is busy. The first step of a page's one
/// database job, so the team is found once and access checked once.
pub fn readable_team(
    conn: &mut DbConnection,
    viewer: &Viewer,
    slug: &str,
) -> Result<(Team, TeamAccess), AppError> {
    // Only "no such team" is a 404; a busy database stays a 503.
    let team = teams::find_team(conn, slug).map_err(|e| match e {
        AppError::NotFound(_) => AppError::NotFound("There is no team at this address.".into()),
        other => other,
    })?;
    let access = access::require_read(conn, viewer, &team)?;
    Ok((team, access))
}

/// The team `slug` when `viewer` leads it (or a team above it) or is an admin: 404 for an
/// unknown team, 403 for anyone else. For the pages that change a team's things.
pub fn led_team(conn: &mut DbConnection, viewer: &Viewer, slug: &str) -> Result<Team, AppError> {
    let (team, access) = readable_team(conn, viewer, slug).or_else(|e| match e {
        // A member of a team that does not publish may not read it, and may not lead it either.
        AppError::Forbidden(_) => Err(only_leads(&teams::find_team(conn, slug)?)),
        other => Err(other),
    })?;
    if !access.lead {
        return Err(only_leads(&team));
    }
    Ok(team)
}

fn only_leads(team: &Team) -> AppError {
    AppError::Forbidden(format!("Only the leads of '{}' and admins can do this.", team.name))
}
