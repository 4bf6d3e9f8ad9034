//! Access checks shared by the page and API handlers.

use super::pages::State;
use crate::auth::access::{self, TeamAccess, Viewer};
use crate::db;
use crate::domain::teams::{self, Team};
use crate::error::AppError;

/// The team `slug` and what `viewer` may do with it: 404 for an unknown team, 403 when the
/// viewer may not read it.
pub async fn readable_team(
    state: &State,
    viewer: &Viewer,
    slug: &str,
) -> Result<(Team, TeamAccess), AppError> {
    let (viewer, slug) = (viewer.clone(), slug.to_string());
    db::run(&state.pool, move |c| {
        let team = teams::find_team(c, &slug)
            .map_err(|_| AppError::NotFound("There is no team at this address.".into()))?;
        let access = access::require_read(c, &viewer, &team)?;
        Ok((team, access))
    })
    .await
}
