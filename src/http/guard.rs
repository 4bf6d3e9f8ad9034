//! Access checks shared by the page and API handlers.

use super::pages::State;
use crate::auth::access::{self, TeamAccess, Viewer};
use crate::db;
use crate::domain::teams::{self, Team};
use crate::error::AppError;

/// The team `slug` and what `viewer` may do with it: 404 for an unknown team, 403 when the
/// viewer may not read it, 503 when the database is busy.
pub async fn readable_team(
    state: &State,
    viewer: &Viewer,
    slug: &str,
) -> Result<(Team, TeamAccess), AppError> {
    let (viewer, slug) = (viewer.clone(), slug.to_string());
    db::run(&state.pool, move |c| {
        // Only "no such team" is a 404; a busy database stays a 503.
        let team = teams::find_team(c, &slug).map_err(|e| match e {
            AppError::NotFound(_) => AppError::NotFound("There is no team at this address.".into()),
            other => other,
        })?;
        let access = access::require_read(c, &viewer, &team)?;
        Ok((team, access))
    })
    .await
}
