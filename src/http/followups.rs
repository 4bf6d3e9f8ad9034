//! Follow-ups on the team page: "what we heard, what we change", with each action's owner, due
//! date and state (overdue marked), and for leads a form to write one and to mark actions done.

use actix_web::{HttpResponse, web};
use chrono::{NaiveDate, Utc};
use serde::Serialize;

use super::guard::led_team;
use super::pages::State;
use super::viewer::SignedIn;
use crate::auth::csrf::Csrf;
use crate::auth::{TeamAccess, Viewer};
use crate::db;
use crate::db::DbConnection;
use crate::domain::audit;
use crate::domain::followups::{self, FollowupView};
use crate::domain::home_team::roster;
use crate::domain::period::Period;
use crate::domain::pulses;
use crate::domain::teams::Team;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::report::words::month_label_in;

mod edit;
mod form;

use crate::http::errors::in_page_words;
pub use edit::{delete, done, edit_form, save, undo};
use form::{FormPage, Typed};

/// What the page shows of follow-ups.
#[derive(Debug, Serialize)]
pub struct FollowupBlock {
    /// The team's slug, for the forms' addresses.
    team: String,
    items: Vec<FollowupItem>,
    /// Leads and admins see the form.
    can_write: bool,
    csrf: String,
    /// Closed rounds a follow-up can answer, newest first: (value, label).
    periods: Vec<(String, String)>,
    /// The team's people, offered as owners (leads only).
    owners: Vec<String>,
}

#[derive(Debug, Serialize)]
struct FollowupItem {
    id: i64,
    month: String,
    author: String,
    body: String,
    actions: Vec<ActionItem>,
}

#[derive(Debug, Serialize)]
struct ActionItem {
    id: i64,
    text: String,
    owner: String,
    due: Option<String>,
    state: &'static str,
    done_on: Option<String>,
}

fn item(f: FollowupView, today: NaiveDate, lang: Lang) -> FollowupItem {
    let day = |d: NaiveDate| crate::i18n::format_date(lang, "format-date-full", d);
    let actions = f
        .actions
        .into_iter()
        .map(|a| ActionItem {
            id: a.id,
            state: if a.done_on.is_some() {
                "done"
            } else if a.overdue(today) {
                "overdue"
            } else {
                "open"
            },
            due: a.due_on.map(day),
            done_on: a.done_on.map(day),
            text: a.text,
            owner: a.owner,
        })
        .collect();
    FollowupItem { id: f.id, month: month_label_in(lang, &f.period), author: f.author, body: f.body, actions }
}

/// The follow-ups of `team` for a viewer with `access` (who may read the team); `csrf` is the
/// token the forms carry, in the page's `lang`. Part of the page's one database job.
pub fn block(
    conn: &mut DbConnection,
    team: &Team,
    access: &TeamAccess,
    csrf: String,
    lang: Lang,
) -> Result<FollowupBlock, AppError> {
    let today = Utc::now().date_naive();
    let items =
        followups::followups_of_team(conn, team.id)?.into_iter().map(|f| item(f, today, lang)).collect();
    let periods = period_choices(conn, team.id, lang)?;
    let owners = if access.lead { owners_of(conn, team.id)? } else { Vec::new() };
    Ok(FollowupBlock { team: team.slug.clone(), items, can_write: access.lead, csrf, periods, owners })
}

fn back_to(slug: &str) -> HttpResponse {
    super::pages::see_other(&format!("/teams/{slug}#followups"))
}

/// `POST /teams/{slug}/followups`: leads answer a closed pulse; a refused form comes back on
/// a page of its own with everything typed.
pub async fn add(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let typed = Typed::from_pairs(&form);
    csrf.check(&typed.csrf)?;
    let (slug, viewer) = (slug.into_inner(), viewer.0);
    let job = typed.clone();
    let (team, added) = db::run(&state.pool, move |c| {
        let team = led_team(c, &viewer, &slug)?;
        let added = db::write(c, |c| store_new(c, &viewer, &team, &job));
        Ok((team, added))
    })
    .await?;
    match added {
        Ok(()) => Ok(back_to(&team.slug)),
        Err(e) if matches!(e, AppError::Invalid { .. } | AppError::Conflict(_) | AppError::NotFound(_)) => {
            let status = e.status();
            let page = refused_page(&state, team, typed.with_room(), in_page_words(&e)).await?;
            page.render(&state, status)
        }
        Err(e) => Err(e),
    }
}

fn store_new(conn: &mut DbConnection, viewer: &Viewer, team: &Team, typed: &Typed) -> Result<(), AppError> {
    let period = Period::read(&typed.period).map_err(|said| crate::i18n::refused("period", said))?;
    let actions = typed.new_actions()?;
    let now = Utc::now().naive_utc();
    let id = followups::add_followup(conn, team, period, &viewer.email, &typed.note, &actions, now)?;
    audit::record(
        conn,
        &viewer.email,
        "followup.add",
        &team.slug,
        &format!("follow-up {id} for {period}"),
        now,
    )
}

/// The form page for a refused new follow-up.
async fn refused_page(state: &State, team: Team, typed: Typed, error: String) -> Result<FormPage, AppError> {
    let (team_id, lang) = (team.id, super::page_lang::current());
    let (periods, owners) =
        db::run(&state.pool, move |c| Ok((period_choices(c, team_id, lang)?, owners_of(c, team_id)?)))
            .await?;
    Ok(FormPage {
        team_slug: team.slug,
        team_name: team.name,
        editing: None,
        periods,
        month: String::new(),
        owners,
        typed,
        error: Some(error),
    })
}

/// Closed rounds a follow-up can answer, newest first: (value, label).
fn period_choices(
    conn: &mut DbConnection,
    team_id: crate::domain::TeamId,
    lang: Lang,
) -> Result<Vec<(String, String)>, AppError> {
    let choices = pulses::closed_periods(conn, team_id)?.into_iter();
    Ok(choices.map(|p| (p.clone(), month_label_in(lang, &p))).collect())
}

/// The names of the team's people, offered as action owners.
fn owners_of(conn: &mut DbConnection, team_id: crate::domain::TeamId) -> Result<Vec<String>, AppError> {
    let mut names: Vec<String> =
        roster(conn, Some(team_id))?.into_iter().filter(|l| l.active).map(|l| l.name).collect();
    names.sort();
    names.dedup();
    Ok(names)
}
