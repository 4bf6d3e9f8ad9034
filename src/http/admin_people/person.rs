//! `/admin/people/{id}`: one person's name, address, teams with roles and the team they answer
//! for, in one form (moving someone is one save: the old team set to "not in this team", the
//! new one added); deactivate or reactivate; remove for good. A leaver's queued emails are
//! cancelled in the same transaction (see `domain::people`'s leavers).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};

use super::{
    LanguageOption, TeamChoice, address_field, language_field, language_options, role_field, team_by_slug,
    team_choices,
};
use crate::auth::Viewer;
use crate::auth::access::require_admin;
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::ids::TeamId;
use crate::domain::people::{self, Person, PersonEdit, TeamNames};
use crate::domain::{Role, audit};
use crate::error::{AppError, Said};
use crate::http::errors::in_page_words;
use crate::http::page_lang;
use crate::http::pages::{State, render_with_status, see_other};
use crate::http::viewer::SignedIn;
use crate::i18n;

/// The form as typed: (team id, role or "none") per row of the person's teams.
#[derive(Debug, Clone, Default, Serialize)]
struct Typed {
    csrf: String,
    name: String,
    email: String,
    roles: Vec<(i64, String)>,
    home: String,
    add_team: String,
    add_role: String,
    /// A language code; empty leaves it as it is.
    language: String,
}

impl Typed {
    fn of(person: &Person, csrf: String) -> Self {
        Typed {
            csrf,
            name: person.name.clone(),
            email: person.email.clone(),
            roles: person.teams.iter().map(|(t, r)| (t.0, r.clone())).collect(),
            home: person.home.map(|h| h.to_string()).unwrap_or_default(),
            add_team: String::new(),
            add_role: "member".into(),
            language: person.language.code().into(),
        }
    }

    fn from_pairs(pairs: &[(String, String)]) -> Self {
        let one =
            |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default();
        let roles = pairs
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("role:")?.parse::<i64>().ok()?, v.clone())))
            .collect();
        Typed {
            csrf: one("csrf"),
            name: one("name"),
            email: one("email"),
            roles,
            home: one("home"),
            add_team: one("add_team"),
            add_role: one("add_role"),
            language: one("language"),
        }
    }

    /// The edit the form asks for, from `person` as stored; an error names the field.
    fn edit(&self, conn: &mut DbConnection, person: &Person) -> Result<PersonEdit, AppError> {
        let email = address_field(&self.email)?;
        let mut teams = Vec::new();
        for (team, role) in self.roles.iter().filter(|(_, r)| r != "none") {
            teams.push((TeamId(*team), parse_role(role)?));
        }
        if !self.add_team.trim().is_empty() {
            let team = team_by_slug(conn, &self.add_team)?;
            if !teams.iter().any(|(t, _)| *t == team) {
                teams.push((team, parse_role(&self.add_role)?));
            }
        }
        let home = self.home.trim().parse::<i64>().ok().map(TeamId);
        let language = language_field(&self.language)?.unwrap_or(person.language);
        Ok(PersonEdit { name: self.name.clone(), email, teams, home, language })
    }
}

fn parse_role(raw: &str) -> Result<Role, AppError> {
    role_field(raw)
}

/// The person page.
#[derive(Debug, Serialize)]
struct PersonPage {
    person: Person,
    typed: Typed,
    teams: Vec<TeamChoice>,
    /// The language select, as typed.
    languages: Vec<LanguageOption>,
    error: Option<String>,
    notice: Option<String>,
}

impl PersonPage {
    fn new(person: Person, typed: Typed, teams: Vec<TeamChoice>) -> Self {
        // A form that sent no language leaves it as stored, so the select shows that.
        let shown = if typed.language.trim().is_empty() { person.language.code() } else { &typed.language };
        let languages = language_options(shown);
        PersonPage { person, typed, teams, languages, error: None, notice: None }
    }
}

fn show(state: &State, page: PersonPage, status: StatusCode) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    context.insert("page", &page);
    render_with_status(state, "admin_person.html", &context, status)
}

fn load(conn: &mut DbConnection, id: i64) -> Result<(Person, Vec<TeamChoice>), AppError> {
    Ok((people::find_person(conn, id)?, team_choices(conn)?))
}

/// `?done=` after a change: what the page says happened.
#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
}

/// `GET /admin/people/{id}`.
pub async fn page(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    id: web::Path<i64>,
    done: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let id = id.into_inner();
    let (person, teams) = db::run(&state.pool, move |c| load(c, id)).await?;
    let typed = Typed::of(&person, csrf.token()?);
    let notice = done.done.as_deref().and_then(notice_for);
    show(&state, PersonPage { notice, ..PersonPage::new(person, typed, teams) }, StatusCode::OK)
}

/// What the page says after `done`, in the page's language.
fn notice_for(done: &str) -> Option<String> {
    let id = match done {
        "saved" => "ap-person-done-saved",
        "added" => "ap-person-done-added",
        "deactivated" => "ap-person-done-deactivated",
        "reactivated" => "ap-person-done-reactivated",
        _ => return None,
    };
    let lang = page_lang::current();
    Some(i18n::t(lang, id, &[]))
}

/// `POST /admin/people/{id}`: saves the form, or shows it again with what was typed.
pub async fn save(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let typed = Typed::from_pairs(&form);
    csrf.check(&typed.csrf)?;
    let (id, actor) = (id.into_inner(), viewer.0);
    let job = typed.clone();
    let outcome = db::run(&state.pool, move |c| {
        let saved = db::write(c, |c| store(c, &actor, id, &job));
        Ok((saved, load(c, id)?))
    })
    .await?;
    match outcome {
        (Ok(()), _) => Ok(see_other(&format!("/admin/people/{id}?done=saved"))),
        (Err(e), (person, teams)) if matches!(e, AppError::Invalid { .. } | AppError::Conflict(_)) => {
            let page = PersonPage { error: Some(in_page_words(&e)), ..PersonPage::new(person, typed, teams) };
            show(&state, page, e.status())
        }
        (Err(e), _) => Err(e),
    }
}

fn store(conn: &mut DbConnection, actor: &Viewer, id: i64, typed: &Typed) -> Result<(), AppError> {
    let person = people::find_person(conn, id)?;
    let edit = typed.edit(conn, &person)?;
    let names: TeamNames = team_choices(conn)?.into_iter().map(|t| (t.id, t.slug)).collect();
    let changed = people::edit_person(conn, &person, &edit, &names)?;
    if !changed.is_empty() {
        audit::record(
            conn,
            &actor.email,
            "people.edit",
            edit.email.as_str(),
            &changed.join("; "),
            Utc::now().naive_utc(),
        )?;
    }
    Ok(())
}

/// The deactivate / reactivate button's form.
#[derive(Debug, Deserialize)]
pub struct ActiveForm {
    csrf: String,
    active: String,
}

/// `POST /admin/people/{id}/active`: `active=false` deactivates (invitations to open pulses
/// withdrawn, queued emails cancelled), `active=true` reactivates.
pub async fn set_active(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    id: web::Path<i64>,
    form: web::Form<ActiveForm>,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    csrf.check(&form.csrf)?;
    let active = match form.active.as_str() {
        "true" => true,
        "false" => false,
        _ => {
            let lang = page_lang::current();
            return Err(AppError::BadRequest(i18n::t(lang, "ap-refused-active", &[])));
        }
    };
    let (id, actor) = (id.into_inner(), viewer.0.email);
    db::run(&state.pool, move |c| db::write(c, |c| toggle(c, &actor, id, active))).await?;
    let done = if active { "reactivated" } else { "deactivated" };
    Ok(see_other(&format!("/admin/people/{id}?done={done}")))
}

fn toggle(conn: &mut DbConnection, actor: &str, id: i64, active: bool) -> Result<(), AppError> {
    let person = people::find_person(conn, id)?;
    let email = person.address()?;
    let now = Utc::now().naive_utc();
    if active {
        people::reactivate_person(conn, &email)?;
        return audit::record(conn, actor, "people.reactivate", email.as_str(), "", now);
    }
    let done = people::deactivate_person(conn, &email)?;
    let detail = format!(
        "{} open invitations withdrawn, {} queued emails cancelled",
        done.invitations, done.emails_cancelled
    );
    audit::record(conn, actor, "people.deactivate", email.as_str(), &detail, now)
}

/// The remove button's form: `confirm` must be ticked.
#[derive(Debug, Deserialize)]
pub struct RemoveForm {
    csrf: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /admin/people/{id}/remove`: deletes the person, their teams, invitations and account;
/// cancels their queued emails; never touches anonymous answers.
pub async fn remove(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    id: web::Path<i64>,
    form: web::Form<RemoveForm>,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    csrf.check(&form.csrf)?;
    if form.confirm != "yes" {
        return Err(i18n::refused("confirm", Said::new("ap-refused-confirm")));
    }
    let (id, actor) = (id.into_inner(), viewer.0.email);
    db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let person = people::find_person(c, id)?;
            let email = person.address()?;
            let removed = people::remove_person(c, &email)?;
            let detail = format!(
                "{} memberships, {} invitations, {} queued emails cancelled, account {}",
                removed.memberships, removed.invitations, removed.emails_cancelled, removed.account
            );
            audit::record(c, &actor, "people.remove", email.as_str(), &detail, Utc::now().naive_utc())
        })
    })
    .await?;
    Ok(see_other("/admin/people?removed=1"))
}
