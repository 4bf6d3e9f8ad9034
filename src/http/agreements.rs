//! Agreement pages:
//! `/teams/{slug}/agreements/{agreement}` shows the text, its review, its versions and the
//! trends of its dimensions with a marker at each version; `.../diff?from=N&to=M` shows what
//! changed; [`team_list`] feeds the team page's list. Leads change them in [`edit`].

use actix_web::{HttpResponse, web};
use chrono::{NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::pages::{State, render};
use super::viewer::SignedIn;
use crate::auth::{TeamAccess, Viewer};
use crate::db::{self, DbConnection};
use crate::domain::Slug;
use crate::domain::agreements::reviews::{self, Review};
use crate::domain::agreements::settings::{self, Link};
use crate::domain::agreements::{self, Agreement, Version};
use crate::domain::teams::Team;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::report::model::dimension_label_in;
use crate::report::{self as reports, TeamReport};

mod edit;
mod form;
mod view;

pub use edit::{create, edit_form, new_form, reviewed, save};

use view::{AgreementPage, DiffPage, long_date};

/// Query strings of these pages: unreadable ones are a 400 page, not a plain-text error.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _req| {
        AppError::BadRequest(format!("The address could not be read ({err}).")).into()
    })
}

/// `?version=N` on the agreement page.
#[derive(Debug, Deserialize)]
pub struct ShowQuery {
    version: Option<String>,
    /// After "still holds": `recorded`, or `today` when a review was recorded today already.
    reviewed: Option<String>,
}

/// `?from=N&to=M` on the diff page.
#[derive(Debug, Deserialize)]
pub struct DiffQuery {
    from: Option<String>,
    to: Option<String>,
}

/// `GET /teams/{slug}/agreements/{agreement}[?version=N]`.
pub async fn show(
    state: State,
    viewer: SignedIn,
    csrf: crate::auth::csrf::Csrf,
    path: web::Path<(String, String)>,
    query: web::Query<ShowQuery>,
) -> Result<HttpResponse, AppError> {
    let (team, agreement) = slugs(path.into_inner())?;
    let wanted = parse_version("version", query.version.as_deref())?;
    let (viewer, csrf) = (viewer.0, csrf.token()?);
    let (token, lang) = (csrf.clone(), super::page_lang::current());
    let (loaded, followups) = db::run(&state.pool, move |c| {
        let loaded = load(c, &viewer, &team, &agreement, true)?;
        let followups = super::followups::block(c, &loaded.team, &loaded.access, token, lang)?;
        Ok((loaded, followups))
    })
    .await
    .map_err(not_here)?;
    let page = AgreementPage::new(&loaded, wanted, csrf)?;
    let mut context = tera::Context::new();
    context.insert("page", &page);
    context.insert("reviewed", &query.reviewed.as_deref().filter(|r| matches!(*r, "recorded" | "today")));
    context.insert("followups", &followups);
    render(&state, "agreement.html", &context)
}

/// `GET /teams/{slug}/agreements/{agreement}/diff?from=N&to=M`.
pub async fn diff(
    state: State,
    viewer: SignedIn,
    path: web::Path<(String, String)>,
    query: web::Query<DiffQuery>,
) -> Result<HttpResponse, AppError> {
    let (team, agreement) = slugs(path.into_inner())?;
    let viewer = viewer.0;
    let from = parse_version("from", query.from.as_deref())?;
    let to = parse_version("to", query.to.as_deref())?;
    let (Some(from), Some(to)) = (from, to) else {
        return Err(AppError::BadRequest("Choose two versions to compare, like ?from=1&to=2.".into()));
    };
    let loaded =
        db::run(&state.pool, move |c| load(c, &viewer, &team, &agreement, false)).await.map_err(not_here)?;
    let page = DiffPage::new(&loaded, from, to)?;
    let mut context = tera::Context::new();
    context.insert("page", &page);
    render(&state, "agreement_diff.html", &context)
}

/// The two slugs of the address; anything that is not a slug is no page here.
fn slugs((team, agreement): (String, String)) -> Result<(String, String), AppError> {
    let parse =
        |s: &str| Slug::parse(s).map(|s| s.to_string()).map_err(|_| not_here(AppError::NotFound(s.into())));
    Ok((parse(&team)?, parse(&agreement)?))
}

/// A missing team or agreement in the page's words (the CLI's hints mean nothing here).
fn not_here(e: AppError) -> AppError {
    match e {
        AppError::NotFound(_) => AppError::NotFound("There is no agreement at this address.".into()),
        other => other,
    }
}

/// A version number from the query: absent or empty is `None`; anything but 1, 2, 3… is a 400.
fn parse_version(field: &str, raw: Option<&str>) -> Result<Option<i32>, AppError> {
    let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else { return Ok(None) };
    match raw.parse::<i32>() {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => {
            let shown: String = raw.chars().take(20).collect();
            Err(AppError::BadRequest(format!("'{shown}' is not a version number for {field}: use 1, 2, 3…")))
        }
    }
}

/// Everything the pages read, in one connection.
struct Loaded {
    team: Team,
    access: TeamAccess,
    agreement: Agreement,
    versions: Vec<Version>,
    last_review: Option<Review>,
    links: Vec<Link>,
    report: Option<TeamReport>,
}

/// The agreement `slug` of team `team`, which `viewer` must be allowed to read.
fn load(
    conn: &mut DbConnection,
    viewer: &Viewer,
    team: &str,
    slug: &str,
    with_report: bool,
) -> Result<Loaded, AppError> {
    let (team, access) = super::guard::readable_team(conn, viewer, team)?;
    let agreement = agreements::find_agreement(conn, &team, slug)?;
    let versions = agreements::history(conn, &agreement)?;
    let last_review = reviews::last_review(conn, &agreement)?;
    let links = settings::links_of(conn, agreement.id)?;
    let charted = with_report && !agreement.relates().keys().is_empty();
    let report = if charted { Some(reports::team_report_of(conn, team.id)?) } else { None };
    Ok(Loaded { team, access, agreement, versions, last_review, links, report })
}

impl Loaded {
    fn url(&self) -> String {
        format!("/teams/{}/agreements/{}", self.team.slug, self.agreement.slug)
    }

    fn version(&self, number: i32) -> Result<&Version, AppError> {
        self.versions.iter().find(|v| v.number == number).ok_or_else(|| {
            AppError::NotFound(format!(
                "This agreement has no version {number}; it has versions 1 to {}.",
                self.versions.len()
            ))
        })
    }

    fn latest(&self) -> Result<&Version, AppError> {
        self.versions.last().ok_or_else(|| AppError::broken("agreement without versions"))
    }

    fn today(&self) -> NaiveDate {
        agreements::team_today(&self.team, Utc::now())
    }
}

/// The team page's list of agreements.
#[derive(Debug, Serialize)]
pub struct AgreementList {
    team: String,
    items: Vec<ListItem>,
    /// Leads and admins see "New agreement".
    can_add: bool,
}

#[derive(Debug, Serialize)]
struct ListItem {
    title: String,
    url: String,
    relates: Vec<String>,
    versions: i64,
    next_review: Option<String>,
    next_iso: Option<String>,
    due: bool,
}

/// The agreements of `team` for its page, as `access` may see them, in the page's `lang`; part
/// of the page's one database job.
pub fn team_list(
    conn: &mut DbConnection,
    team: &Team,
    access: &TeamAccess,
    lang: Lang,
) -> Result<AgreementList, AppError> {
    let today = agreements::team_today(team, Utc::now());
    let items = agreements::agreements_of_team(conn, team.id)?
        .into_iter()
        .map(|(a, versions)| list_item(team, &a, versions, today, lang))
        .collect();
    Ok(AgreementList { team: team.slug.clone(), items, can_add: access.lead })
}

fn list_item(team: &Team, a: &Agreement, versions: i64, today: NaiveDate, lang: Lang) -> ListItem {
    ListItem {
        title: a.title.clone(),
        url: format!("/teams/{}/agreements/{}", team.slug, a.slug),
        relates: a.relates().keys().iter().map(|k| dimension_label_in(lang, k).into_owned()).collect(),
        versions,
        next_review: a.next_review_on.map(|d| long_date(lang, d)),
        next_iso: a.next_review_on.map(|d| d.to_string()),
        due: a.review_due(today),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_numbers_from_the_query() {
        assert_eq!(parse_version("from", None).unwrap(), None);
        assert_eq!(parse_version("from", Some(" ")).unwrap(), None);
        assert_eq!(parse_version("from", Some("3")).unwrap(), Some(3));
        for bad in ["0", "-1", "x", "1.5", "99999999999"] {
            let err = parse_version("from", Some(bad)).unwrap_err();
            assert_eq!(err.status(), 400, "{bad}");
        }
    }

    #[test]
    fn addresses_must_be_slugs() {
        assert!(slugs(("platform".into(), "review-sla".into())).is_ok());
        let err = slugs(("platform".into(), "<script>".into())).unwrap_err();
        assert_eq!(err.status(), 404);
        assert_eq!(err.to_string(), "There is no agreement at this address.");
    }
}
