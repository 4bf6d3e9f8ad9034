//! Teams in the browser (docs/design.md, "The workspace"): `/admin/teams` lists every team as
//! a tree and creates one (admins); `/admin/teams/{slug}` changes a team's name, parent and
//! settings (admins, and leads of the team or a team above it, who may not change the
//! thresholds); `.../archive` and `.../unarchive` (admins); `.../survey` the team's questions
//! (admins, in `survey`). Every change is audited; a refused form comes back with everything
//! typed in it.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use diesel::prelude::*;

use super::guard::led_team;
use super::pages::{State, render_with_status, see_other};
use super::viewer::SignedIn;
use crate::auth::Viewer;
use crate::auth::access::{led_team_ids, require_admin};
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::team_changes::{self, TeamEdit};
use crate::domain::teams::{self, Team};
use crate::domain::{Slug, audit};
use crate::error::{AppError, Said};
use crate::http::page_lang;
use crate::i18n::{self, Lang, refused};

mod form;
pub mod survey;
mod view;

use form::{NewTyped, SettingsTyped};
use view::{ListPage, Loaded, Overview, Refusal, SettingsPage};

/// Only the form's own mistakes come back as the form; 403, 404 and 503 stay pages of their own.
fn is_form_mistake(e: &AppError) -> bool {
    matches!(e, AppError::Invalid { .. } | AppError::Conflict(_))
}

/// Every team, by name.
fn all_teams(conn: &mut DbConnection) -> Result<Vec<Team>, AppError> {
    use crate::db::schema::teams;
    let mut all: Vec<Team> = teams::table.select(Team::as_select()).load(conn)?;
    all.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.slug.cmp(&b.slug)));
    Ok(all)
}

/// Every team with its counts, for the list.
fn overview(conn: &mut DbConnection) -> Result<Overview, AppError> {
    let counts = teams::list_teams(conn)?.into_iter().map(|t| (t.slug, (t.members, t.answering))).collect();
    Ok(Overview { teams: all_teams(conn)?, counts, parents: team_changes::parents(conn)? })
}

fn render_list(state: &State, page: &ListPage, status: StatusCode) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    context.insert("page", page);
    render_with_status(state, "admin_teams.html", &context, status)
}

/// `GET /admin/teams`: the tree of teams and the form to create one.
pub async fn list(state: State, viewer: SignedIn, csrf: Csrf) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let typed = NewTyped {
        csrf: csrf.token()?,
        min_group: state.settings.min_group.to_string(),
        ..NewTyped::default()
    };
    let overview = db::run(&state.pool, overview).await?;
    render_list(&state, &ListPage::new(&overview, typed, Refusal::default()), StatusCode::OK)
}

/// `POST /admin/teams`: adds the team and shows its settings; a refused form comes back.
pub async fn create(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let typed = NewTyped::from_pairs(&form);
    csrf.check(&typed.csrf)?;
    let viewer = viewer.0;
    require_admin(&viewer)?;
    let job = typed.clone();
    let outcome = db::run(&state.pool, move |c| match db::write(c, |c| add(c, &viewer, &job)) {
        Ok(slug) => Ok(Ok(slug)),
        Err(e) if is_form_mistake(&e) => Ok(Err((overview(c)?, e))),
        Err(e) => Err(e),
    })
    .await?;
    match outcome {
        Ok(slug) => Ok(see_other(&format!("/admin/teams/{slug}"))),
        Err((overview, e)) => {
            render_list(&state, &ListPage::new(&overview, typed, Refusal::of(&e)), e.status())
        }
    }
}

/// Adds the team of the form, audited; returns its slug. Call inside [`db::write`].
fn add(conn: &mut DbConnection, viewer: &Viewer, typed: &NewTyped) -> Result<String, AppError> {
    let team = teams::add_team(conn, &typed.new_team()?)?;
    let parent = typed.parent.trim();
    let detail =
        format!("min_group {}; parent {}", team.min_group, if parent.is_empty() { "none" } else { parent });
    audit::record(conn, &viewer.email, "team.add", &team.slug, &detail, Utc::now().naive_utc())?;
    Ok(team.slug)
}

/// The team of the address for its settings page: admins and its leads; 404 for no team.
fn load(conn: &mut DbConnection, viewer: &Viewer, slug: &str) -> Result<Loaded, AppError> {
    let team = led_team(conn, viewer, slug)?;
    let all = all_teams(conn)?;
    let warning = team_changes::threshold_gap(conn, &team)?;
    Ok(Loaded { led: led_team_ids(conn, viewer)?, parents: team_changes::parents(conn)?, all, team, warning })
}

fn render_settings(state: &State, page: &SettingsPage, status: StatusCode) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    context.insert("page", page);
    render_with_status(state, "admin_team.html", &context, status)
}

/// The slug of the address; anything else is no team.
fn slug_of(path: web::Path<String>) -> Result<String, AppError> {
    Slug::parse(&path.into_inner()).map(|s| s.to_string()).map_err(|_| {
        let lang = page_lang::current();
        AppError::NotFound(i18n::t(lang, "ap-refused-no-team-here", &[]))
    })
}

/// `GET /admin/teams/{slug}`: the team's settings form.
pub async fn settings_form(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (slug, viewer, token) = (slug_of(slug)?, viewer.0, csrf.token()?);
    let is_admin = viewer.is_admin;
    let loaded = db::run(&state.pool, move |c| load(c, &viewer, &slug)).await?;
    let typed = SettingsTyped::of(&loaded.team, loaded.parent_slug(), token);
    let saved = req.query_string() == "saved";
    render_settings(
        &state,
        &SettingsPage::new(&loaded, is_admin, typed, Refusal::default(), saved),
        StatusCode::OK,
    )
}

/// `POST /admin/teams/{slug}`: saves the settings (audited) and shows them again; a refused
/// form comes back as typed.
pub async fn save(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let typed = SettingsTyped::from_pairs(&form);
    csrf.check(&typed.csrf)?;
    let (slug, viewer) = (slug_of(slug)?, viewer.0);
    let (is_admin, lang) = (viewer.is_admin, page_lang::current());
    let job = typed.clone();
    let outcome =
        db::run(&state.pool, move |c| match db::write(c, |c| store(c, &viewer, &slug, lang, &job)) {
            Ok(()) => Ok(Ok(slug)),
            Err(e) if is_form_mistake(&e) => Ok(Err((load(c, &viewer, &slug)?, e))),
            Err(e) => Err(e),
        })
        .await?;
    match outcome {
        Ok(slug) => Ok(see_other(&format!("/admin/teams/{slug}?saved"))),
        Err((loaded, e)) => {
            let page = SettingsPage::new(&loaded, is_admin, typed, Refusal::of(&e), false);
            render_settings(&state, &page, e.status())
        }
    }
}

/// Checks who may change what, applies the form and audits what changed. Call inside
/// [`db::write`].
fn store(
    conn: &mut DbConnection,
    viewer: &Viewer,
    slug: &str,
    lang: Lang,
    typed: &SettingsTyped,
) -> Result<(), AppError> {
    let team = led_team(conn, viewer, slug)?;
    if !viewer.is_admin && typed.changes_thresholds(&team) {
        return Err(AppError::Forbidden(i18n::t(lang, "ap-refused-thresholds-admins", &[])));
    }
    let edit = typed.edit()?;
    refuse_foreign_parent(conn, viewer, &team, &edit, lang)?;
    let (after, changes) = team_changes::edit_team(conn, &team, &edit)?;
    if !changes.is_empty() {
        audit::record(
            conn,
            &viewer.email,
            "team.set",
            &after.slug,
            &changes.join("; "),
            Utc::now().naive_utc(),
        )?;
    }
    Ok(())
}

/// A lead may move a team only under another team they lead: a move changes who can read it.
fn refuse_foreign_parent(
    conn: &mut DbConnection,
    viewer: &Viewer,
    team: &Team,
    edit: &TeamEdit,
    lang: Lang,
) -> Result<(), AppError> {
    let Some(parent) = edit.parent.as_ref().filter(|_| !viewer.is_admin) else { return Ok(()) };
    let target =
        match parent {
            Some(slug) => Some(teams::find_team(conn, slug.as_str()).map_err(|_| {
                refused("parent", Said::new("ap-refused-no-parent").text("slug", slug.as_str()))
            })?),
            None => None,
        };
    if target.as_ref().map(|t| t.id) == team.parent_id {
        return Ok(());
    }
    let led = led_team_ids(conn, viewer)?;
    match target {
        Some(t) if led.contains(&t.id) => Ok(()),
        _ => Err(AppError::Forbidden(i18n::t(lang, "ap-refused-lead-move", &[]))),
    }
}

/// The archive and unarchive buttons' form.
#[derive(Debug, serde::Deserialize)]
pub struct ButtonForm {
    csrf: String,
}

/// `POST /admin/teams/{slug}/archive`: the scheduler opens nothing for it from now on;
/// refused while it has an open pulse.
pub async fn archive(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<ButtonForm>,
) -> Result<HttpResponse, AppError> {
    toggle(state, viewer, csrf, slug, form, true).await
}

/// `POST /admin/teams/{slug}/unarchive`: the team is scheduled again (if it was launched).
pub async fn unarchive(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<ButtonForm>,
) -> Result<HttpResponse, AppError> {
    toggle(state, viewer, csrf, slug, form, false).await
}

async fn toggle(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<ButtonForm>,
    archived: bool,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let (slug, viewer) = (slug_of(slug)?, viewer.0);
    require_admin(&viewer)?;
    let url = db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let team = led_team(c, &viewer, &slug)?;
            let now = Utc::now();
            let (changed, action, detail) = match archived {
                true => (team_changes::archive(c, &team, now)?, "team.archive", "no more pulses; pages stay"),
                false => {
                    (team_changes::unarchive(c, &team)?, "team.unarchive", "scheduled again if launched")
                }
            };
            if changed {
                audit::record(c, &viewer.email, action, &team.slug, detail, now.naive_utc())?;
            }
            Ok(format!("/admin/teams/{}", team.slug))
        })
    })
    .await?;
    Ok(see_other(&url))
}
