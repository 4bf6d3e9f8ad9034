//! The home page: the teams Candor knows.

use actix_web::HttpResponse;

use super::pages::{State, render};
use super::viewer::MaybeSignedIn;
use crate::db;
use crate::domain::teams;
use crate::error::AppError;

/// Lists the teams the signed-in user may read; invites everyone else to sign in.
pub async fn home(state: State, viewer: MaybeSignedIn) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    let Some(viewer) = viewer.0 else {
        context.insert("signed_in", &false);
        context.insert("teams", &Vec::<teams::TeamSummary>::new());
        return render(&state, "home.html", &context);
    };
    let teams = db::run(&state.pool, move |c| {
        let readable = crate::auth::access::readable_teams(c, &viewer)?;
        Ok(teams::list_teams(c)?.into_iter().filter(|t| readable.contains(&t.slug)).collect::<Vec<_>>())
    })
    .await?;
    context.insert("signed_in", &true);
    context.insert("teams", &teams);
    render(&state, "home.html", &context)
}
