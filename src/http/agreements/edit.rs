//! Leads keep agreements in the browser: `/teams/{slug}/agreements/new`, `.../{agreement}/edit`
//! (a new version with its note, a markdown preview, and the diff instead of an overwrite when
//! someone saved meanwhile) and `.../{agreement}/reviewed` ("still holds"). Every change is
//! audited; a refused form comes back with everything typed in it.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::Utc;
use serde::Serialize;

use super::form::{DimensionBox, Typed, in_form_words};
use super::view::long_date;
use super::{not_here, slugs};
use crate::auth::Viewer;
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::agreements::reviews::{Reviewed, mark_reviewed};
use crate::domain::agreements::settings::{self, links_as_text, update_settings};
use crate::domain::agreements::{self, Agreement, Edit, NewAgreement, Version, clean_body, diff, markdown};
use crate::domain::audit;
use crate::domain::teams::Team;
use crate::error::{AppError, Said};
use crate::http::errors::in_page_words;
use crate::http::guard::led_team;
use crate::http::pages::{State, render_with_status, see_other};
use crate::http::viewer::SignedIn;

/// The form page, new or edit, in every state: blank, refused, previewed, or overtaken.
#[derive(Debug, Serialize)]
struct FormPage {
    editing: bool,
    team_name: String,
    team_slug: String,
    action_url: String,
    /// The agreement being edited: title, address, the version the form started from.
    agreement: Option<Editing>,
    typed: Typed,
    dimensions: Vec<DimensionBox>,
    error: Option<String>,
    /// The typed text rendered, sanitized by [`markdown::to_safe_html`].
    preview: Option<String>,
    /// Someone saved a version after this form was opened.
    meanwhile: Option<Meanwhile>,
    /// The number a changed text would be saved as.
    next_version: Option<i32>,
}

#[derive(Debug, Serialize)]
struct Editing {
    title: String,
    url: String,
}

/// The version saved while the lead was typing, and how their text differs from it.
#[derive(Debug, Serialize)]
struct Meanwhile {
    number: i32,
    author: String,
    date: String,
    note: String,
    /// Escaped by [`diff::diff_bodies`].
    diff: String,
}

impl FormPage {
    fn new(team: &Team, agreement: Option<&Agreement>, typed: Typed) -> Self {
        let base = format!("/teams/{}/agreements", team.slug);
        let editing =
            agreement.map(|a| Editing { title: a.title.clone(), url: format!("{base}/{}", a.slug) });
        FormPage {
            editing: agreement.is_some(),
            team_name: team.name.clone(),
            team_slug: team.slug.clone(),
            action_url: editing.as_ref().map_or(format!("{base}/new"), |e| format!("{}/edit", e.url)),
            agreement: editing,
            dimensions: typed.dimension_boxes(),
            typed,
            error: None,
            preview: None,
            meanwhile: None,
            next_version: None,
        }
    }

    fn refused(mut self, error: &AppError) -> (FormPage, StatusCode) {
        self.error = Some(in_page_words(error));
        (self, error.status())
    }

    fn render(mut self, state: &State, status: StatusCode) -> Result<HttpResponse, AppError> {
        self.next_version = self.typed.base.parse::<i32>().ok().map(|n| n + 1);
        let mut context = tera::Context::new();
        context.insert("page", &self);
        render_with_status(state, "agreement_form.html", &context, status)
    }
}

/// Only the form's own mistakes come back as the form; a busy database stays a 503 page.
fn is_form_mistake(e: &AppError) -> bool {
    matches!(e, AppError::Invalid { .. } | AppError::Conflict(_))
}

/// `GET /teams/{slug}/agreements/new`.
pub async fn new_form(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (slug, viewer) = (slug.into_inner(), viewer.0);
    let team = db::run(&state.pool, move |c| led_team(c, &viewer, &slug)).await?;
    let typed = Typed { csrf: csrf.token()?, ..Typed::default() };
    FormPage::new(&team, None, typed).render(&state, StatusCode::OK)
}

/// `POST /teams/{slug}/agreements/new`: previews, or adds the agreement and shows it.
pub async fn create(
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
    let outcome = db::run(&state.pool, move |c| {
        let team = led_team(c, &viewer, &slug)?;
        if job.wants_preview() {
            return Ok((team, Ok(None)));
        }
        let added = db::write(c, |c| add(c, &viewer, &team, &job)).map_err(in_form_words);
        Ok((team, added.map(Some)))
    })
    .await?;
    let (page, status) = match outcome {
        (team, Ok(Some(url))) => return Ok(see_other(&format!("/teams/{}/agreements/{url}", team.slug))),
        (team, Ok(None)) => previewed(FormPage::new(&team, None, typed)),
        (team, Err(e)) if is_form_mistake(&e) => FormPage::new(&team, None, typed).refused(&e),
        (_, Err(e)) => return Err(e),
    };
    page.render(&state, status)
}

fn previewed(mut page: FormPage) -> (FormPage, StatusCode) {
    page.preview = Some(markdown::to_safe_html(&page.typed.body));
    (page, StatusCode::OK)
}

/// Adds the agreement with its settings; returns its slug.
fn add(conn: &mut DbConnection, viewer: &Viewer, team: &Team, typed: &Typed) -> Result<String, AppError> {
    let settings = typed.settings()?;
    let new = NewAgreement {
        title: typed.title.clone(),
        body: typed.body.clone(),
        relates: settings.relates.clone(),
        review_every: settings.review_every,
        author: viewer.email.clone(),
    };
    let now = Utc::now();
    let (agreement, _) = agreements::add_agreement(conn, team, &new, now)?;
    update_settings(conn, team, &agreement, &settings, now)?;
    let detail = format!("'{}' ({} link(s))", agreement.title, settings.links.len());
    audit::record(
        conn,
        &viewer.email,
        "agreement.add",
        &subject(team, &agreement),
        &detail,
        now.naive_utc(),
    )?;
    Ok(agreement.slug)
}

fn subject(team: &Team, agreement: &Agreement) -> String {
    format!("{}/{}", team.slug, agreement.slug)
}

/// The team and agreement of the address, for a lead of the team.
fn led_agreement(
    conn: &mut DbConnection,
    viewer: &Viewer,
    (team, slug): &(String, String),
) -> Result<(Team, Agreement), AppError> {
    let team = led_team(conn, viewer, team)?;
    let agreement = agreements::find_agreement(conn, &team, slug).map_err(not_here)?;
    Ok((team, agreement))
}

/// `GET /teams/{slug}/agreements/{agreement}/edit`: the current text and settings.
pub async fn edit_form(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (address, viewer, token) = (slugs(path.into_inner())?, viewer.0, csrf.token()?);
    let (team, agreement, current, links) = db::run(&state.pool, move |c| {
        let (team, agreement) = led_agreement(c, &viewer, &address)?;
        let current = agreements::current_version(c, &agreement)?;
        let links = settings::links_of(c, agreement.id)?;
        Ok((team, agreement, current, links))
    })
    .await?;
    let typed = Typed {
        csrf: token,
        title: agreement.title.clone(),
        body: current.body,
        relates: agreement.relates().keys().iter().map(|k| k.to_string()).collect(),
        review_every: agreement.review_every_days.map(|d| d.to_string()).unwrap_or_default(),
        links: links_as_text(&links),
        base: current.number.to_string(),
        ..Typed::default()
    };
    FormPage::new(&team, Some(&agreement), typed).render(&state, StatusCode::OK)
}

/// What saving the edit form did.
enum Saved {
    /// Stored; the agreement's page shows it.
    Done,
    /// Version N was saved after the form was opened: nothing stored.
    Meanwhile(Version),
}

/// `POST /teams/{slug}/agreements/{agreement}/edit`: previews, saves, or shows what someone
/// saved meanwhile next to what was typed (never overwriting it).
pub async fn save(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let typed = Typed::from_pairs(&form);
    csrf.check(&typed.csrf)?;
    let (address, viewer) = (slugs(path.into_inner())?, viewer.0);
    let job = typed.clone();
    let (team, agreement, saved) = db::run(&state.pool, move |c| {
        let (team, agreement) = led_agreement(c, &viewer, &address)?;
        if job.wants_preview() {
            return Ok((team, agreement, Ok(None)));
        }
        let saved = db::write(c, |c| store_edit(c, &viewer, &team, &agreement, &job)).map_err(in_form_words);
        Ok((team, agreement, saved.map(Some)))
    })
    .await?;
    let page = FormPage::new(&team, Some(&agreement), typed);
    let (page, status) = match saved {
        Ok(Some(Saved::Done)) => {
            return Ok(see_other(&format!("/teams/{}/agreements/{}", team.slug, agreement.slug)));
        }
        Ok(Some(Saved::Meanwhile(current))) => overtaken(page, current),
        Ok(None) => previewed(page),
        Err(e) if is_form_mistake(&e) => page.refused(&e),
        Err(e) => return Err(e),
    };
    page.render(&state, status)
}

/// The edit form again, now based on the version saved meanwhile, with the difference
/// between that version and the typed text: the lead merges and saves again.
fn overtaken(mut page: FormPage, current: Version) -> (FormPage, StatusCode) {
    let label = format!("version {} (saved)", current.number);
    // The browser sends CRLF line ends; the stored text has LF (see `clean_body`).
    let typed = page.typed.body.replace("\r\n", "\n");
    let changes = diff::diff_bodies(&current.body, &typed, &label, "your text");
    page.typed.base = current.number.to_string();
    page.meanwhile = Some(Meanwhile {
        number: current.number,
        date: long_date(super::super::page_lang::current(), current.created_at.date()),
        author: current.author,
        note: current.note,
        diff: changes.html,
    });
    (page, StatusCode::CONFLICT)
}

/// Saves a new version when the text changed, and the settings when they did; refuses a
/// form that changes nothing. Call inside [`db::write`].
fn store_edit(
    conn: &mut DbConnection,
    viewer: &Viewer,
    team: &Team,
    agreement: &Agreement,
    typed: &Typed,
) -> Result<Saved, AppError> {
    let settings = typed.settings()?;
    let current = agreements::current_version(conn, agreement)?;
    if current.number != typed.base_version()? {
        return Ok(Saved::Meanwhile(current));
    }
    let now = Utc::now();
    let text_changed = clean_body(&typed.body)? != current.body;
    if text_changed {
        let edit = Edit { body: typed.body.clone(), note: typed.note.clone(), author: viewer.email.clone() };
        let version = agreements::edit_agreement(conn, team, agreement, &edit, now)?;
        let detail = format!("version {}: {}", version.number, version.note);
        audit::record(
            conn,
            &viewer.email,
            "agreement.edit",
            &subject(team, agreement),
            &detail,
            now.naive_utc(),
        )?;
    }
    let changed = update_settings(conn, team, agreement, &settings, now)?;
    if !changed.is_empty() {
        let detail = changed.join("; ");
        audit::record(
            conn,
            &viewer.email,
            "agreement.settings",
            &subject(team, agreement),
            &detail,
            now.naive_utc(),
        )?;
    }
    if !text_changed && changed.is_empty() {
        let said = Said::new("refused-agreement-nothing-changed").number("version", current.number);
        return Err(crate::i18n::refused("Text", said));
    }
    Ok(Saved::Done)
}

/// The "still holds" button's form.
#[derive(Debug, serde::Deserialize)]
pub struct ReviewedForm {
    csrf: String,
}

/// `POST /teams/{slug}/agreements/{agreement}/reviewed`: records today's review of the current
/// version and moves the next review by the cadence (a second press the same day changes
/// nothing).
pub async fn reviewed(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, String)>,
    form: web::Form<ReviewedForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let (address, viewer) = (slugs(path.into_inner())?, viewer.0);
    let url = db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let (team, agreement) = led_agreement(c, &viewer, &address)?;
            let now = Utc::now();
            let outcome = mark_reviewed(c, &team, &agreement, &viewer.email, now)?;
            let detail = match outcome {
                Reviewed::Recorded(next) => format!("still holds; next review {}", next_or_none(next)),
                Reviewed::AlreadyToday(_) => "still holds (reviewed today already)".to_string(),
            };
            audit::record(
                c,
                &viewer.email,
                "agreement.review",
                &subject(&team, &agreement),
                &detail,
                now.naive_utc(),
            )?;
            let said = if matches!(outcome, Reviewed::Recorded(_)) { "recorded" } else { "today" };
            Ok(format!("/teams/{}/agreements/{}?reviewed={said}#review", team.slug, agreement.slug))
        })
    })
    .await?;
    Ok(see_other(&url))
}

fn next_or_none(next: Option<chrono::NaiveDate>) -> String {
    next.map_or_else(|| "none (no cadence)".to_string(), |d| d.to_string())
}
