//! The people page for admins: `/admin/people` lists everyone (search by name or address,
//! filter by team, 50 a page) with their teams and the team they answer for, and adds a person;
//! `/admin/people/{id}` changes one (see [`person`]); `/admin/people/import` takes a people
//! file through a preview (see [`import`]). Every change is audited.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::pages::{State, render_with_status, see_other};
use super::viewer::SignedIn;
use crate::auth::access::require_admin;
use crate::auth::csrf::Csrf;
use crate::db::schema::teams;
use crate::db::{self, DbConnection};
use crate::domain::home_team::{RosterLine, roster};
use crate::domain::ids::TeamId;
use crate::domain::{Email, Role, audit, people};
use crate::error::{AppError, Said};
use crate::http::errors::in_page_words;
use crate::i18n::{Lang, refused};
use diesel::prelude::*;

pub mod import;
pub mod person;

/// People shown per page.
const PAGE_SIZE: usize = 50;

/// `?q=&team=&page=` on the list.
#[derive(Debug, Default, Deserialize, Serialize, Clone)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    page: Option<String>,
    /// Set after a removal, for the notice.
    #[serde(default)]
    removed: Option<String>,
}

/// The add form, as typed.
#[derive(Debug, Default, Deserialize, Serialize, Clone)]
pub struct AddForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    role: String,
    /// A language code; empty is English.
    #[serde(default)]
    language: String,
}

/// The list page.
#[derive(Debug, Serialize)]
struct ListPage {
    query: ListQuery,
    teams: Vec<TeamChoice>,
    people: Vec<RosterLine>,
    /// How many match the search (all pages).
    matching: usize,
    total: usize,
    page: usize,
    pages: usize,
    /// The neighbouring pages' addresses, with the search kept.
    prev_url: Option<String>,
    next_url: Option<String>,
    add: AddForm,
    /// The add form's language select.
    languages: Vec<LanguageOption>,
    error: Option<String>,
}

fn page_url(query: &ListQuery, page: usize) -> String {
    let pairs = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("q", &query.q)
        .append_pair("team", &query.team)
        .append_pair("page", &page.to_string())
        .finish();
    format!("/admin/people?{pairs}")
}

fn matches(line: &RosterLine, q: &str, team: &str) -> bool {
    let q = q.trim().to_lowercase();
    let found = q.is_empty() || line.name.to_lowercase().contains(&q) || line.email.contains(&q);
    found && (team.is_empty() || line.teams.iter().any(|(slug, _)| slug == team))
}

fn list_page(conn: &mut DbConnection, query: ListQuery, add: AddForm) -> Result<ListPage, AppError> {
    let everyone = roster(conn, None)?;
    let total = everyone.len();
    let found: Vec<RosterLine> = everyone.into_iter().filter(|l| matches(l, &query.q, &query.team)).collect();
    let pages = found.len().div_ceil(PAGE_SIZE).max(1);
    let page = query.page.as_deref().and_then(|p| p.parse::<usize>().ok()).unwrap_or(1).clamp(1, pages);
    let matching = found.len();
    let people = found.into_iter().skip((page - 1) * PAGE_SIZE).take(PAGE_SIZE).collect();
    let teams = team_choices(conn)?;
    let prev_url = (page > 1).then(|| page_url(&query, page - 1));
    let next_url = (page < pages).then(|| page_url(&query, page + 1));
    let languages = language_options(&add.language);
    Ok(ListPage {
        query,
        teams,
        people,
        matching,
        total,
        page,
        pages,
        prev_url,
        next_url,
        add,
        languages,
        error: None,
    })
}

fn show_list(state: &State, page: ListPage, status: StatusCode) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    context.insert("page", &page);
    render_with_status(state, "admin_people.html", &context, status)
}

/// `GET /admin/people`.
pub async fn list(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let add = AddForm {
        csrf: csrf.token()?,
        role: "member".into(),
        language: Lang::En.code().into(),
        ..AddForm::default()
    };
    let query = query.into_inner();
    let page = db::run(&state.pool, move |c| list_page(c, query, add)).await?;
    show_list(&state, page, StatusCode::OK)
}

/// `POST /admin/people`: adds one person to one team, then shows their page.
pub async fn add(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    form: web::Form<AddForm>,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    csrf.check(&form.csrf)?;
    let (typed, actor) = (form.into_inner(), viewer.0.email);
    let job = typed.clone();
    let added = db::run(&state.pool, move |c| Ok(db::write(c, |c| add_one(c, &actor, &job)))).await?;
    match added {
        Ok(id) => Ok(see_other(&format!("/admin/people/{id}?done=added"))),
        Err(e) if matches!(e, AppError::Invalid { .. } | AppError::Conflict(_)) => {
            let status = e.status();
            let message = in_page_words(&e);
            let mut page = db::run(&state.pool, move |c| list_page(c, ListQuery::default(), typed)).await?;
            page.error = Some(message);
            show_list(&state, page, status)
        }
        Err(e) => Err(e),
    }
}

fn add_one(conn: &mut DbConnection, actor: &str, form: &AddForm) -> Result<i64, AppError> {
    let email = address_field(&form.email)?;
    let role = role_field(&form.role)?;
    let team = team_by_slug(conn, &form.team)?;
    let language = language_field(&form.language)?.unwrap_or_default();
    let id = people::add_person(conn, &form.name, &email, team, role)?;
    people::set_language(conn, id, language)?;
    let detail = format!("{} in {} as {}, language {language}", form.name.trim(), form.team, role.as_str());
    audit::record(conn, actor, "people.add", email.as_str(), &detail, chrono::Utc::now().naive_utc())?;
    Ok(id)
}

/// The id of team `slug`; an unknown one is the form's mistake.
pub(crate) fn team_by_slug(conn: &mut DbConnection, slug: &str) -> Result<TeamId, AppError> {
    crate::domain::teams::find_team(conn, slug.trim())
        .map(|t| t.id)
        .map_err(|_| refused("team", Said::new("ap-refused-team")))
}

/// The language a form's select sent: `None` when it sent nothing (left as it is); an
/// unknown code is the form's mistake, quoted.
pub(crate) fn language_field(raw: &str) -> Result<Option<Lang>, AppError> {
    people::parse_language(raw).map_err(|_| {
        let code: String = raw.trim().chars().take(20).collect();
        refused("language", Said::new("ap-refused-language").text("code", code))
    })
}

/// An address typed in a form; a mistake is said in the page's language (as
/// [`Email::parse`] finds it: empty, too long or not an address).
pub(crate) fn address_field(raw: &str) -> Result<Email, AppError> {
    Email::parse(raw).map_err(|_| {
        let typed = raw.trim();
        let said = if typed.is_empty() {
            Said::new("ap-refused-email-empty")
        } else if typed.to_lowercase().len() > 254 {
            Said::new("ap-refused-email-long")
        } else {
            Said::new("ap-refused-email").text("email", typed)
        };
        refused("email", said)
    })
}

/// A role typed in a form: `member` or `lead` (or `admin`).
pub(crate) fn role_field(raw: &str) -> Result<Role, AppError> {
    raw.parse::<Role>().map_err(|_| {
        let typed: String = raw.trim().to_ascii_lowercase().chars().take(20).collect();
        refused("role", Said::new("ap-refused-role").text("role", typed))
    })
}

/// One option of a language select: each language named in its own words.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LanguageOption {
    pub code: String,
    pub name: String,
    pub selected: bool,
    /// One of the five (the option gets `lang`); else a refused code kept as typed.
    pub known: bool,
}

/// The five languages, `typed` selected; a code Candor does not speak is kept as typed, as
/// an extra option, so a refused form shows what was sent.
pub(crate) fn language_options(typed: &str) -> Vec<LanguageOption> {
    let chosen = Lang::parse(typed);
    let mut options: Vec<LanguageOption> = Lang::ALL
        .into_iter()
        .map(|l| LanguageOption {
            code: l.code().into(),
            name: l.endonym().into(),
            selected: chosen == Some(l),
            known: true,
        })
        .collect();
    if chosen.is_none() && !typed.trim().is_empty() {
        let typed = typed.trim().to_string();
        options.push(LanguageOption { code: typed.clone(), name: typed, selected: true, known: false });
    }
    options
}

/// A team to choose in a form.
#[derive(Debug, Clone, Serialize, Queryable)]
pub(crate) struct TeamChoice {
    pub id: TeamId,
    pub slug: String,
    pub name: String,
}

/// Every team by name, for the forms' choices.
pub(crate) fn team_choices(conn: &mut DbConnection) -> Result<Vec<TeamChoice>, AppError> {
    Ok(teams::table.order(teams::name.asc()).select((teams::id, teams::slug, teams::name)).load(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(name: &str, email: &str, teams: &[&str]) -> RosterLine {
        RosterLine {
            id: 1,
            email: email.into(),
            name: name.into(),
            active: true,
            teams: teams.iter().map(|t| (t.to_string(), "member".to_string())).collect(),
            answers_for: None,
        }
    }

    #[test]
    fn search_finds_names_and_addresses_within_a_team() {
        let ana = line("Ana Lima", "ana@example.com", &["design", "product"]);
        assert!(matches(&ana, "", ""));
        assert!(matches(&ana, " lima ", ""), "by name, any case");
        assert!(matches(&ana, "ANA@EX", "design"), "by address");
        assert!(!matches(&ana, "bo", ""));
        assert!(!matches(&ana, "", "engineering"), "not in that team");
    }
}

#[cfg(test)]
mod render_tests {
    use super::*;

    #[test]
    fn the_list_renders_with_pages() {
        let tera = crate::http::templates::load().unwrap();
        let page = ListPage {
            query: ListQuery::default(),
            teams: vec![TeamChoice { id: TeamId(1), slug: "design".into(), name: "Design".into() }],
            people: Vec::new(),
            matching: 60,
            total: 60,
            page: 1,
            pages: 2,
            prev_url: None,
            next_url: Some(page_url(&ListQuery { q: "a b&c".into(), ..ListQuery::default() }, 2)),
            add: AddForm::default(),
            languages: language_options("de"),
            error: None,
        };
        let mut context = tera::Context::new();
        context.insert("page", &page);
        context.insert("lang", "en");
        let html = tera.render("admin_people.html", &context).map_err(|e| format!("{e:?}")).unwrap();
        assert!(
            html.contains("people?q=a+b%26c&amp;team=&amp;page=2\">Next page"),
            "the search is kept: {html}"
        );
        assert!(html.contains("<option value=\"de\" lang=\"de\" selected>Deutsch</option>"), "{html}");
    }

    #[test]
    fn an_unknown_language_is_kept_as_typed() {
        let options = language_options("xx");
        assert_eq!(options.len(), 6);
        assert!(options[5].selected && options[5].code == "xx");
        assert_eq!(language_options("").iter().filter(|o| o.selected).count(), 0);
    }
}
