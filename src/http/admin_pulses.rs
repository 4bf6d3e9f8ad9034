//! Pulses in the browser (docs/design.md, "The workspace" and "Launch"): `/admin/pulses` lists
//! each team's pulses (scheduled, open, closed); a team's cadence is launched, or one pulse
//! opened now, only after a page that says what goes to how many people and when. Admins see
//! every team, leads the teams they lead. Previews and the test invitation are in `preview`,
//! a pulse's delivery and closing early in `delivery`. Every change is audited.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::{Duration, Utc};
use serde::{Deserialize, Serialize};

use super::guard::led_team;
use super::pages::{State, render_with_status, see_other};
use super::viewer::SignedIn;
use crate::auth::Viewer;
use crate::auth::access::readable_with_access;
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::pulses::{self, PulseTools};
use crate::domain::teams::Team;
use crate::domain::{Slug, audit, launch, pulse_board};
use crate::error::{AppError, Said};
use crate::i18n::{self, Lang};

pub mod delivery;
pub mod preview;
pub mod view;

use crate::http::errors::in_page_words;
use view::{TeamRow, cadence_words, next_sentence, people};

/// `?done=…` after a change: which notice to show.
#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// The teams `viewer` runs pulses for: all for admins, the led ones for leads; 403 for others,
/// said in `lang`.
fn led_teams(conn: &mut DbConnection, viewer: &Viewer, lang: Lang) -> Result<Vec<Team>, AppError> {
    let teams: Vec<Team> =
        readable_with_access(conn, viewer)?.into_iter().filter(|(_, a)| a.lead).map(|(t, _)| t).collect();
    if teams.is_empty() && !viewer.is_admin {
        return Err(AppError::Forbidden(i18n::t(lang, "ao-refused-not-lead", &[])));
    }
    Ok(teams)
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The slug of the address; anything else is no team.
fn slug_of(path: web::Path<String>) -> Result<String, AppError> {
    Slug::parse(&path.into_inner())
        .map(|s| s.to_string())
        .map_err(|_| AppError::NotFound(i18n::t(super::page_lang::current(), "ao-refused-no-team", &[])))
}

/// `GET /admin/pulses`: every team's pulses and what can be done with them.
pub async fn list(state: State, viewer: SignedIn, done: web::Query<Done>) -> Result<HttpResponse, AppError> {
    let now = Utc::now();
    let lang = super::page_lang::current();
    let viewer = viewer.0;
    let board = db::run(&state.pool, move |c| {
        let teams = led_teams(c, &viewer, lang)?;
        pulse_board::board(c, teams, now)
    })
    .await?;
    let rows: Vec<TeamRow> = board.iter().map(|b| TeamRow::of(lang, b, now)).collect();
    let waiting = board.iter().filter(|b| launch::waits_for_launch(&b.team)).count();
    let mut ctx = tera::Context::new();
    ctx.insert("waiting", &waiting);
    ctx.insert("teams", &rows);
    ctx.insert("notice", &done.done.as_deref().and_then(|d| notice_for(lang, d)));
    render_with_status(&state, "admin_pulses.html", &ctx, StatusCode::OK)
}

/// The notice after `done`, in `lang`.
fn notice_for(lang: Lang, done: &str) -> Option<String> {
    (done == "launched").then(|| i18n::t(lang, "ao-pulses-done-launched", &[]))
}

/// The confirm pages' forms.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    csrf: String,
    /// Days the pulse stays open (opening now only).
    #[serde(default)]
    days: String,
}

/// What a confirm page says before anything goes out.
#[derive(Debug, Serialize)]
struct Confirm {
    slug: String,
    name: String,
    csrf: String,
    sentence: String,
    days: String,
    error: Option<String>,
    launched: bool,
    nobody: bool,
    /// The cadence is manual: there is nothing to launch.
    manual: bool,
}

fn render_confirm(
    state: &State,
    template: &str,
    page: &Confirm,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let mut ctx = tera::Context::new();
    ctx.insert("page", page);
    render_with_status(state, template, &ctx, status)
}

/// The launch page's words for `team` in `lang` (read before [`db::run`]: its thread has no
/// page language).
fn launch_page(
    conn: &mut DbConnection,
    viewer: &Viewer,
    slug: &str,
    (csrf, lang): (String, Lang),
) -> Result<Confirm, AppError> {
    let team = led_team(conn, viewer, slug)?;
    team.refuse_if_archived()?;
    let now = Utc::now();
    let next = launch::next_pulse(conn, &team, now)?;
    Ok(Confirm {
        sentence: next.as_ref().map_or_else(
            || i18n::t(lang, "ao-launch-manual-sentence", &[("team", team.name.as_str().into())]),
            |next| {
                let cadence = capitalised(&cadence_words(lang, team.cadence()));
                format!("{cadence}. {}", next_sentence(lang, &team, next, now))
            },
        ),
        nobody: next.as_ref().is_some_and(|n| n.invitees == 0),
        manual: next.is_none(),
        launched: team.launched_at.is_some(),
        slug: team.slug,
        name: team.name,
        csrf,
        days: String::new(),
        error: None,
    })
}

/// `GET /admin/pulses/teams/{slug}/launch`: what launching the team's cadence sends, and when.
pub async fn launch_form(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (slug, token, lang) = (slug_of(slug)?, csrf.token()?, super::page_lang::current());
    let page = db::run(&state.pool, move |c| launch_page(c, &viewer.0, &slug, (token, lang))).await?;
    render_confirm(&state, "admin_pulse_launch.html", &page, StatusCode::OK)
}

/// `POST /admin/pulses/teams/{slug}/launch`: launches it, audited.
pub async fn launch(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let (slug, viewer) = (slug_of(slug)?, viewer.0);
    db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let team = led_team(c, &viewer, &slug)?;
            let now = Utc::now();
            let next = launch::launch(c, &team, now)?;
            audit::record(c, &viewer.email, "pulse.schedule", &slug, &next.audit_detail(), now.naive_utc())
        })
    })
    .await?;
    Ok(see_other("/admin/pulses?done=launched"))
}

/// The teams of `viewer`'s that a launch of everything would launch: not launched, not
/// archived, on the monthly cadence.
fn waiting(conn: &mut DbConnection, viewer: &Viewer, lang: Lang) -> Result<Vec<Team>, AppError> {
    Ok(led_teams(conn, viewer, lang)?.into_iter().filter(launch::waits_for_launch).collect())
}

/// What launching every waiting team sends: a sentence per team and the total.
#[derive(Debug, Serialize)]
struct LaunchAll {
    csrf: String,
    /// How many teams would be launched.
    count: usize,
    teams: Vec<(String, String)>,
    total: String,
}

/// `GET /admin/pulses/launch`: every team waiting for launch, what each sends and when.
pub async fn launch_all_form(state: State, viewer: SignedIn, csrf: Csrf) -> Result<HttpResponse, AppError> {
    let (now, lang) = (Utc::now(), super::page_lang::current());
    let csrf = csrf.token()?;
    let page = db::run(&state.pool, move |c| {
        let mut teams = Vec::new();
        let mut total = 0;
        for team in waiting(c, &viewer.0, lang)? {
            if let Some(next) = launch::next_pulse(c, &team, now)? {
                total += next.invitees;
                teams.push((team.name.clone(), next_sentence(lang, &team, &next, now)));
            }
        }
        Ok(LaunchAll { csrf, count: teams.len(), teams, total: people(lang, total) })
    })
    .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("page", &page);
    render_with_status(&state, "admin_pulse_launch_all.html", &ctx, StatusCode::OK)
}

/// `POST /admin/pulses/launch`: launches every waiting team in one transaction, each audited.
pub async fn launch_all(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let (viewer, lang) = (viewer.0, super::page_lang::current());
    db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let now = Utc::now();
            for team in waiting(c, &viewer, lang)? {
                let next = launch::launch(c, &team, now)?;
                audit::record(
                    c,
                    &viewer.email,
                    "pulse.schedule",
                    &team.slug,
                    &next.audit_detail(),
                    now.naive_utc(),
                )?;
            }
            Ok(())
        })
    })
    .await?;
    Ok(see_other("/admin/pulses?done=launched"))
}

/// The open-now page's words for `team` in `lang` (read before [`db::run`]), with the days as
/// typed or the team's own.
fn open_page(
    conn: &mut DbConnection,
    viewer: &Viewer,
    slug: &str,
    (csrf, lang): (String, Lang),
    days: Option<&str>,
) -> Result<Confirm, AppError> {
    let team = led_team(conn, viewer, slug)?;
    team.refuse_if_archived()?;
    let days = days.map_or_else(|| team.days_open.to_string(), str::to_string);
    let now = Utc::now();
    let period = pulse_board::this_month(&team, now);
    let invitees = pulses::invitee_count(conn, team.id, period)?;
    let month = i18n::month_label(lang, period.first_day());
    let args = [("month", month.into()), ("people", people(lang, invitees).into())];
    let sentence = i18n::t(lang, "ao-open-sentence", &args);
    Ok(Confirm {
        manual: !team.cadence().is_scheduled(),
        slug: team.slug,
        name: team.name,
        csrf,
        sentence,
        days,
        error: None,
        launched: team.launched_at.is_some(),
        nobody: invitees == 0,
    })
}

/// `GET /admin/pulses/teams/{slug}/open`: what opening a pulse now sends, and for how long.
pub async fn open_form(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (slug, token, lang) = (slug_of(slug)?, csrf.token()?, super::page_lang::current());
    let page = db::run(&state.pool, move |c| open_page(c, &viewer.0, &slug, (token, lang), None)).await?;
    render_confirm(&state, "admin_pulse_open.html", &page, StatusCode::OK)
}

/// Days open as typed: a whole number from 1 to 60.
fn days_open(typed: &str) -> Result<i64, AppError> {
    match typed.trim().parse::<i64>() {
        Ok(days) if (1..=60).contains(&days) => Ok(days),
        _ => Err(i18n::refused("days", Said::new("ao-refused-days"))),
    }
}

/// `POST /admin/pulses/teams/{slug}/open`: opens the pulse and queues its invitations in one
/// transaction, audited; a refused form (days, a pulse for the month already) comes back.
pub async fn open(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<ConfirmForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let (slug, viewer, typed) = (slug_of(slug)?, viewer.0, form.into_inner());
    let (app, lang) = (state.clone(), super::page_lang::current());
    let outcome = db::run(&state.pool, move |c| {
        let opened = db::write(c, |c| open_now(c, &app, &viewer, &slug, &typed.days));
        match opened {
            Ok(id) => Ok(Ok(id)),
            Err(e) if matches!(e, AppError::Invalid { .. } | AppError::Conflict(_)) => {
                let page = open_page(c, &viewer, &slug, (typed.csrf.clone(), lang), Some(&typed.days))?;
                Ok(Err((page, e)))
            }
            Err(e) => Err(e),
        }
    })
    .await?;
    match outcome {
        Ok(id) => Ok(see_other(&format!("/admin/pulses/{id}?done=opened"))),
        Err((mut page, e)) => {
            page.error = Some(in_page_words(&e));
            render_confirm(&state, "admin_pulse_open.html", &page, e.status())
        }
    }
}

fn open_now(
    conn: &mut DbConnection,
    state: &State,
    viewer: &Viewer,
    slug: &str,
    days: &str,
) -> Result<i64, AppError> {
    let team = led_team(conn, viewer, slug)?;
    let days = days_open(days)?;
    let now = Utc::now();
    let tools = PulseTools { composer: &state.composer, master: &state.answer_key };
    let period = pulse_board::this_month(&team, now);
    let closes_at = (now + Duration::days(days)).naive_utc();
    let (pulse, invited) = pulses::open_pulse(conn, &tools, &team, period, closes_at)?;
    let detail = format!(
        "pulse {} ({period}), {invited} invitations queued, closes {}",
        pulse.id,
        closes_at.format("%Y-%m-%d %H:%M UTC")
    );
    audit::record(conn, &viewer.email, "pulse.open", slug, &detail, now.naive_utc())?;
    Ok(pulse.id.0)
}
