//! The home page: for each of the viewer's teams, what is open and until when, what closed,
//! overdue actions, reviews due and the next thing to do ([`digest`]); for a new installation,
//! the first steps.

use std::collections::HashSet;

use actix_web::HttpResponse;
use chrono::Utc;

use super::pages::{State, render};
use super::viewer::MaybeSignedIn;
use crate::auth::access::readable_with_access;
use crate::db;
use crate::error::AppError;

mod digest;

/// Lists the viewer's teams with what needs doing; invites everyone else to sign in.
pub async fn home(state: State, viewer: MaybeSignedIn) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    let Some(viewer) = viewer.0 else {
        context.insert("signed_in", &false);
        context.insert("teams", &Vec::<digest::TeamDigest>::new());
        return render(&state, "home.html", &context);
    };
    let is_admin = viewer.is_admin;
    let lang = super::page_lang::current();
    let (teams, waiting) = db::run(&state.pool, move |c| {
        let readable = readable_with_access(c, &viewer)?;
        let leads: HashSet<_> = readable.iter().filter(|(_, a)| a.lead).map(|(t, _)| t.id).collect();
        let waiting = readable.iter().filter(|(t, _)| crate::domain::launch::waits_for_launch(t)).count();
        let teams: Vec<_> = readable.into_iter().map(|(t, _)| t).collect();
        Ok((digest::digests(c, &teams, &leads, Utc::now().naive_utc(), lang)?, waiting))
    })
    .await?;
    context.insert("signed_in", &true);
    context.insert("is_admin", &is_admin);
    context.insert("waiting", &waiting);
    context.insert("teams", &teams);
    render(&state, "home.html", &context)
}
