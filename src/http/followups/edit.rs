//! Leads change follow-ups after writing them: `/teams/{slug}/followups/{id}/edit` (the note
//! and every action: words, owner, date, or removed; new actions added), `.../delete`, and an
//! action's "done" and its undo. Every change is audited; a refused edit comes back as typed.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

use super::form::{FormPage, Typed};
use super::{back_to, owners_of};
use crate::auth::Viewer;
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::audit;
use crate::domain::followups::{self, FollowupView, followup_of_team};
use crate::domain::teams::Team;
use crate::error::AppError;
use crate::http::errors::in_page_words;
use crate::http::guard::led_team;
use crate::http::pages::State;
use crate::http::viewer::SignedIn;
use crate::report::words::month_label_in;

/// The team and follow-up of the address, for a lead of the team.
fn led_followup(
    conn: &mut DbConnection,
    viewer: &Viewer,
    slug: &str,
    id: i64,
) -> Result<(Team, FollowupView), AppError> {
    let team = led_team(conn, viewer, slug)?;
    let followup = followup_of_team(conn, team.id, id)?;
    Ok((team, followup))
}

fn edit_page(team: &Team, followup: &FollowupView, owners: Vec<String>, typed: Typed) -> FormPage {
    FormPage {
        team_slug: team.slug.clone(),
        team_name: team.name.clone(),
        editing: Some(followup.id),
        periods: Vec::new(),
        month: month_label_in(crate::http::page_lang::current(), &followup.period),
        owners,
        typed,
        error: None,
    }
}

/// `GET /teams/{slug}/followups/{id}/edit`.
pub async fn edit_form(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, AppError> {
    let ((slug, id), viewer, token) = (path.into_inner(), viewer.0, csrf.token()?);
    let (team, followup, owners) = db::run(&state.pool, move |c| {
        let (team, followup) = led_followup(c, &viewer, &slug, id)?;
        let owners = owners_of(c, team.id)?;
        Ok((team, followup, owners))
    })
    .await?;
    let typed = Typed::of(&followup, token);
    edit_page(&team, &followup, owners, typed).render(&state, StatusCode::OK)
}

/// `POST /teams/{slug}/followups/{id}/edit`.
pub async fn save(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, i64)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let typed = Typed::from_pairs(&form);
    csrf.check(&typed.csrf)?;
    let ((slug, id), viewer) = (path.into_inner(), viewer.0);
    let job = typed.clone();
    let (team, followup, owners, saved) = db::run(&state.pool, move |c| {
        let (team, followup) = led_followup(c, &viewer, &slug, id)?;
        let saved = db::write(c, |c| store_edit(c, &viewer, &team, &followup, &job));
        let owners = owners_of(c, team.id)?;
        Ok((team, followup, owners, saved))
    })
    .await?;
    match saved {
        Ok(()) => Ok(back_to(&team.slug)),
        Err(e) if matches!(e, AppError::Invalid { .. }) => {
            let mut page = edit_page(&team, &followup, owners, typed.with_room());
            page.error = Some(in_page_words(&e));
            page.render(&state, e.status())
        }
        Err(e) => Err(e),
    }
}

fn store_edit(
    conn: &mut DbConnection,
    viewer: &Viewer,
    team: &Team,
    followup: &FollowupView,
    typed: &Typed,
) -> Result<(), AppError> {
    let changes = typed.changes()?;
    followups::edit_followup(conn, followup, &typed.note, &changes)?;
    let detail =
        format!("follow-up {} for {}: {} action row(s)", followup.id, followup.period, changes.len());
    audit::record(conn, &viewer.email, "followup.edit", &team.slug, &detail, Utc::now().naive_utc())
}

/// A button's form: only the CSRF token.
#[derive(Debug, Deserialize)]
pub struct ButtonForm {
    csrf: String,
}

/// `POST /teams/{slug}/followups/{id}/delete`: the follow-up and its actions go; audited with
/// what was deleted.
pub async fn delete(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, i64)>,
    form: web::Form<ButtonForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let ((slug, id), viewer) = (path.into_inner(), viewer.0);
    let slug = db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let (team, followup) = led_followup(c, &viewer, &slug, id)?;
            followups::delete_followup(c, &followup)?;
            let detail = format!(
                "follow-up {id} for {} with {} action(s): {}",
                followup.period,
                followup.actions.len(),
                followup.body
            );
            audit::record(c, &viewer.email, "followup.delete", &team.slug, &detail, Utc::now().naive_utc())?;
            Ok(team.slug)
        })
    })
    .await?;
    Ok(back_to(&slug))
}

/// `POST /teams/{slug}/actions/{id}/done`.
pub async fn done(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, i64)>,
    form: web::Form<ButtonForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    change_action(&state, viewer.0, path.into_inner(), "action.done", |c, id| {
        followups::mark_done(c, id, Utc::now().date_naive()).map(drop)
    })
    .await
}

/// `POST /teams/{slug}/actions/{id}/undo`: "done" was pressed by mistake.
pub async fn undo(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, i64)>,
    form: web::Form<ButtonForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    change_action(&state, viewer.0, path.into_inner(), "action.undo", |c, id| {
        followups::undo_done(c, id).map(drop)
    })
    .await
}

/// Runs `change` on action `id` of team `slug` for a lead of it, audited as `action`.
async fn change_action(
    state: &State,
    viewer: Viewer,
    (slug, id): (String, i64),
    action: &'static str,
    change: fn(&mut DbConnection, i64) -> Result<(), AppError>,
) -> Result<HttpResponse, AppError> {
    let slug = db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let team = led_team(c, &viewer, &slug)?;
            if !followups::action_of_team(c, team.id, id)? {
                return Err(AppError::NotFound("There is no such action in this team.".into()));
            }
            change(c, id)?;
            audit::record(
                c,
                &viewer.email,
                action,
                &team.slug,
                &format!("action {id}"),
                Utc::now().naive_utc(),
            )?;
            Ok(team.slug)
        })
    })
    .await?;
    Ok(back_to(&slug))
}
