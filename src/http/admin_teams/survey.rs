//! A team's survey in the browser (docs/design.md, "Surveys"), for admins:
//! `/admin/teams/{slug}/survey` shows what the next pulse asks, by dimension, and changes it
//! through the same domain calls as `candor survey` and `candor question` (each audited): a
//! library set used or dropped (`.../sets`), a question of the team's own added
//! (`.../questions`), reworded as a new version (`.../questions/{key}`) or retired
//! (`.../questions/{key}/retire`), and the set asked every other pulse (`.../rotation`). A
//! change that works answers 303 back to the page with a notice; a refused one shows the page
//! again with the form as typed and the domain's reason.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::{NaiveDateTime, Utc};
use serde::Deserialize;

use super::{is_form_mistake, slug_of};
use crate::auth::access::require_admin;
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::pulse_board;
use crate::domain::team_survey::{self, SurveyChange};
use crate::domain::teams::{self, Team};
use crate::error::AppError;
use crate::http::pages::{State, render_with_status, see_other};
use crate::http::viewer::SignedIn;

mod typed;
mod view;

use typed::{AddTyped, EditTyped, field};
use view::{Loaded, Notice, Sent, SurveyPage};

/// `?done=…&subject=…` after a change: which notice to show.
#[derive(Debug, Deserialize)]
pub struct Done {
    done: Option<String>,
    subject: Option<String>,
}

/// The team and what its survey asks now. Call inside [`db::run`].
fn load(conn: &mut DbConnection, slug: &str) -> Result<Loaded, AppError> {
    let team = teams::find_team(conn, slug)?;
    let questions = team_survey::current_questions(conn, team.id.0)?;
    let open_until = pulse_board::open_pulse(conn, team.id)?.map(|p| p.closes_at);
    Ok(Loaded { team, questions, open_until })
}

fn render(state: &State, page: &SurveyPage, status: StatusCode) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    context.insert("page", page);
    render_with_status(state, "admin_team_survey.html", &context, status)
}

/// `GET /admin/teams/{slug}/survey`: the survey, its sets, the rotation and the forms.
pub async fn page(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    done: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let (slug, token) = (slug_of(slug)?, csrf.token()?);
    let loaded = db::run(&state.pool, move |c| load(c, &slug)).await?;
    let notice =
        Notice::parse(done.done.as_deref().unwrap_or_default(), done.subject.as_deref().unwrap_or_default());
    let lang = super::super::page_lang::current();
    render(&state, &SurveyPage::new(&loaded, lang, token, Sent::Nothing, None, notice), StatusCode::OK)
}

/// What a change does in its write transaction: the team, the actor, the time; returns the
/// key or set the notice names.
type Job = Box<dyn FnOnce(&mut DbConnection, &Team, &str, NaiveDateTime) -> Result<String, AppError> + Send>;

/// One form sent: checked, run, and answered with 303 and a notice, or with the page again.
struct Attempt {
    slug: String,
    /// The form as typed, shown again if refused.
    sent: Sent,
    /// The notice's kind.
    done: &'static str,
    /// The change.
    job: Job,
}

async fn attempt(
    state: State,
    viewer: SignedIn,
    csrf: &str,
    attempt: Attempt,
) -> Result<HttpResponse, AppError> {
    let Attempt { slug, sent, done, job } = attempt;
    let actor = viewer.0.email.clone();
    let at = slug.clone();
    let outcome = db::run(&state.pool, move |c| {
        let written = db::write(c, |c| {
            let team = teams::find_team(c, &at)?;
            job(c, &team, &actor, Utc::now().naive_utc())
        });
        match written {
            Ok(subject) => Ok(Ok(subject)),
            Err(e) if is_form_mistake(&e) => Ok(Err((load(c, &at)?, e))),
            Err(e) => Err(e),
        }
    })
    .await?;
    match outcome {
        Ok(subject) => {
            let query = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("done", done)
                .append_pair("subject", &subject)
                .finish();
            Ok(see_other(&format!("/admin/teams/{slug}/survey?{query}")))
        }
        Err((loaded, e)) => {
            let lang = super::super::page_lang::current();
            let page = SurveyPage::new(&loaded, lang, csrf.to_string(), sent, Some(&e), None);
            render(&state, &page, e.status())
        }
    }
}

/// Checks the form's token and that the viewer is an admin: (slug, token).
fn admitted(
    viewer: &SignedIn,
    csrf: &Csrf,
    slug: web::Path<String>,
    form: &[(String, String)],
) -> Result<(String, String), AppError> {
    let token = field(form, "csrf");
    csrf.check(&token)?;
    require_admin(&viewer.0)?;
    Ok((slug_of(slug)?, token))
}

/// `POST /admin/teams/{slug}/survey/sets`: `action=use` or `drop` of `set`.
pub async fn sets(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, token) = admitted(&viewer, &csrf, slug, &form)?;
    let set = field(&form, "set");
    let (change, done) = match field(&form, "action").as_str() {
        "use" => (SurveyChange::UseSet(set.clone()), "use"),
        "drop" => (SurveyChange::DropSet(set.clone()), "drop"),
        _ => return Err(AppError::BadRequest("The form must say action=use or action=drop.".into())),
    };
    let job: Job = Box::new(move |c, team, actor, now| {
        team_survey::apply(c, team, &change, actor, now)?;
        Ok(set)
    });
    attempt(state, viewer, &token, Attempt { slug, sent: Sent::Set, done, job }).await
}

/// `POST /admin/teams/{slug}/survey/rotation`: the set asked every other pulse (`set`, empty
/// for none).
pub async fn rotation(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, token) = admitted(&viewer, &csrf, slug, &form)?;
    let set = field(&form, "set").trim().to_string();
    let sent = Sent::Rotation(set.clone());
    let job: Job = Box::new(move |c, team, actor, now| {
        let chosen = (!set.is_empty()).then_some(set.as_str());
        team_survey::set_rotation(c, team, chosen, actor, now)?;
        Ok(String::new())
    });
    attempt(state, viewer, &token, Attempt { slug, sent, done: "rotation", job }).await
}

/// `POST /admin/teams/{slug}/survey/questions`: adds a question of the team's own.
pub async fn add(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, token) = admitted(&viewer, &csrf, slug, &form)?;
    let typed = AddTyped::from_pairs(&form);
    let job_typed = typed.clone();
    let job: Job = Box::new(move |c, team, actor, now| {
        let new = job_typed.new_question()?;
        let key = new.key.clone();
        team_survey::apply(c, team, &SurveyChange::Add(new), actor, now)?;
        Ok(key)
    });
    attempt(state, viewer, &token, Attempt { slug, sent: Sent::Add(typed), done: "add", job }).await
}

/// The slug and the question key of the address.
fn slug_and_key(path: web::Path<(String, String)>) -> Result<(web::Path<String>, String), AppError> {
    let (slug, key) = path.into_inner();
    Ok((web::Path::from(slug), key))
}

/// `POST /admin/teams/{slug}/survey/questions/{key}`: a new wording of the question, as a new
/// version.
pub async fn edit(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = slug_and_key(path)?;
    let (slug, token) = admitted(&viewer, &csrf, slug, &form)?;
    let pairs = form.into_inner();
    let sent = Sent::Edit(key.clone(), pairs.clone());
    let job: Job = Box::new(move |c, team, actor, now| {
        let asked = team_survey::current_questions(c, team.id.0)?;
        let shown = asked.iter().find(|q| q.key == key);
        let shown =
            shown.ok_or_else(|| AppError::NotFound(format!("The survey asks no question '{key}'.")))?;
        let wording = EditTyped::from_pairs(&pairs, shown).wording(shown)?;
        team_survey::apply(c, team, &SurveyChange::Edit(key.clone(), wording), actor, now)?;
        Ok(key)
    });
    attempt(state, viewer, &token, Attempt { slug, sent, done: "edit", job }).await
}

/// `POST /admin/teams/{slug}/survey/questions/{key}/retire`: stops asking the question.
pub async fn retire(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = slug_and_key(path)?;
    let (slug, token) = admitted(&viewer, &csrf, slug, &form)?;
    let sent = Sent::Retire(key.clone());
    let job: Job = Box::new(move |c, team, actor, now| {
        team_survey::apply(c, team, &SurveyChange::Retire(key.clone()), actor, now)?;
        Ok(key)
    });
    attempt(state, viewer, &token, Attempt { slug, sent, done: "retire", job }).await
}
