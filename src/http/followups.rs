//! Follow-ups on the team page: "what we heard, what we change", with each action's owner, due
//! date and state (overdue marked), and for leads a form to write one and to mark actions done.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use chrono::{NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::pages::State;
use super::viewer::SignedIn;
use crate::auth::TeamAccess;
use crate::auth::access;
use crate::auth::csrf::Csrf;
use crate::db;
use crate::db::DbConnection;
use crate::domain::followups::{self, FollowupView, NewAction};
use crate::domain::period::Period;
use crate::domain::pulses;
use crate::domain::teams::Team;
use crate::domain::{audit, teams};
use crate::error::AppError;
use crate::report::words::month_label;

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
}

#[derive(Debug, Serialize)]
struct FollowupItem {
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

fn item(f: FollowupView, today: NaiveDate) -> FollowupItem {
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
            due: a.due_on.map(|d| d.format("%-d %B %Y").to_string()),
            done_on: a.done_on.map(|d| d.format("%-d %B %Y").to_string()),
            text: a.text,
            owner: a.owner,
        })
        .collect();
    FollowupItem { month: month_label(&f.period), author: f.author, body: f.body, actions }
}

/// The follow-ups of `team` for a viewer with `access` (who may read the team); `csrf` is the
/// token the forms carry. Part of the page's one database job.
pub fn block(
    conn: &mut DbConnection,
    team: &Team,
    access: &TeamAccess,
    csrf: String,
) -> Result<FollowupBlock, AppError> {
    let today = Utc::now().date_naive();
    let items = followups::followups_of_team(conn, team.id)?.into_iter().map(|f| item(f, today)).collect();
    let periods = pulses::closed_periods(conn, team.id)?;
    let periods = periods.into_iter().map(|p| (p.clone(), month_label(&p))).collect();
    Ok(FollowupBlock { team: team.slug.clone(), items, can_write: access.lead, csrf, periods })
}

/// The follow-up form.
#[derive(Debug, Deserialize)]
pub struct FollowupForm {
    csrf: String,
    period: String,
    note: String,
    #[serde(default)]
    action_text: Vec<String>,
    #[serde(default)]
    action_owner: Vec<String>,
    #[serde(default)]
    action_due: Vec<String>,
}

fn parse_actions(form: &FollowupForm) -> Result<Vec<NewAction>, AppError> {
    let mut out = Vec::new();
    for (i, text) in form.action_text.iter().enumerate() {
        let owner = form.action_owner.get(i).map(String::as_str).unwrap_or("");
        let due = form.action_due.get(i).map(String::as_str).unwrap_or("");
        if text.trim().is_empty() && owner.trim().is_empty() {
            continue;
        }
        let raw = format!("{};{};{}", text.replace(';', ","), owner.replace(';', ","), due);
        out.push(NewAction::parse(&raw).map_err(|m| AppError::invalid(format!("action {}", i + 1), m))?);
    }
    Ok(out)
}

fn back_to(slug: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, format!("/teams/{slug}#followups"))).finish()
}

/// `POST /teams/{slug}/followups`: leads answer a closed pulse.
pub async fn add(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = collect(&form);
    csrf.check(&form.csrf)?;
    let period = Period::parse(&form.period).map_err(|m| AppError::invalid("period", m))?;
    let actions = parse_actions(&form)?;
    let (slug, viewer) = (slug.into_inner(), viewer.0);
    let target = slug.clone();
    db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let team = teams::find_team(c, &slug)?;
            access::require_lead(c, &viewer, &team)?;
            let now = Utc::now().naive_utc();
            let id = followups::add_followup(c, &team, period, &viewer.email, &form.note, &actions, now)?;
            audit::record(
                c,
                &viewer.email,
                "followup.add",
                &slug,
                &format!("follow-up {id} for {period}"),
                now,
            )
        })
    })
    .await?;
    Ok(back_to(&target))
}

/// Repeated form fields (`action_text` three times) into the form struct.
fn collect(pairs: &[(String, String)]) -> FollowupForm {
    let all = |key: &str| pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect::<Vec<_>>();
    let one = |key: &str| all(key).into_iter().next().unwrap_or_default();
    FollowupForm {
        csrf: one("csrf"),
        period: one("period"),
        note: one("note"),
        action_text: all("action_text"),
        action_owner: all("action_owner"),
        action_due: all("action_due"),
    }
}

/// The "done" button's form.
#[derive(Debug, Deserialize)]
pub struct DoneForm {
    csrf: String,
}

/// `POST /teams/{slug}/actions/{id}/done`.
pub async fn done(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, i64)>,
    form: web::Form<DoneForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let ((slug, id), viewer) = (path.into_inner(), viewer.0);
    let target = slug.clone();
    db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let team = teams::find_team(c, &slug)?;
            access::require_lead(c, &viewer, &team)?;
            if !followups::action_of_team(c, team.id, id)? {
                return Err(AppError::NotFound(format!("no action {id} in this team")));
            }
            followups::mark_done(c, id, Utc::now().date_naive())?;
            audit::record(
                c,
                &viewer.email,
                "action.done",
                &slug,
                &format!("action {id}"),
                Utc::now().naive_utc(),
            )
        })
    })
    .await?;
    Ok(back_to(&target))
}
