//! The home page: the teams Candor knows.

use actix_web::HttpResponse;

use super::pages::{State, render};
use crate::db;
use crate::domain::teams;
use crate::error::AppError;

/// Lists the teams with their members and parents.
pub async fn home(state: State) -> Result<HttpResponse, AppError> {
    let teams = db::run(&state.pool, teams::list_teams).await?;
    let mut context = tera::Context::new();
    context.insert("teams", &teams);
    render(&state, "home.html", &context)
}
