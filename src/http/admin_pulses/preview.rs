//! Seeing a team's pulse before anyone is asked: the invitation as its people will get it,
//! the survey as they will see it (nothing can be sent from it), and a test invitation to
//! oneself that links to that preview. None of these stores a pulse, an invitation, a link or
//! an answer: the test is one email in the outbox, kind `test`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};

use super::slug_of;
use crate::auth::Viewer;
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::pulses::Pulse;
use crate::domain::survey::Question;
use crate::domain::teams::Team;
use crate::domain::{audit, invite_mail, people, pulse_board};
use crate::error::AppError;
use crate::http::guard::led_team;
use crate::http::pages::{State, render_with_status, see_other};
use crate::http::viewer::SignedIn;
use crate::i18n::Lang;
use crate::mail::Composed;
use crate::mail::outbox::{self, NewMail};

/// The team of the address (led by the viewer), the pulse opening now would make, and its questions.
fn as_if_now(
    conn: &mut DbConnection,
    viewer: &Viewer,
    slug: &str,
) -> Result<(Team, Pulse, Vec<Question>), AppError> {
    let team = led_team(conn, viewer, slug)?;
    let pulse = pulse_board::as_if_opened_now(conn, &team, Utc::now())?;
    let questions = crate::domain::pulses::questions_of(conn, &pulse)?;
    Ok((team, pulse, questions))
}

/// Where the preview of `slug`'s survey is.
fn survey_preview_url(state: &State, slug: &str) -> String {
    format!("{}/admin/pulses/teams/{slug}/survey", state.composer.base_url())
}

/// The invitation `name` would get in `lang`, its links going to the survey's preview.
fn preview_mail(
    state: &State,
    (team, pulse, questions): (&Team, &Pulse, &[Question]),
    name: &str,
    lang: Lang,
) -> Result<Composed, AppError> {
    let url = survey_preview_url(state, &team.slug);
    let letter = invite_mail::Letter { team, pulse, questions, name, lang };
    invite_mail::invitation_to(&state.composer, &letter, &url)
}

/// `?lang=xx` of the preview (English without one), and `?done=sent` after a test.
#[derive(Debug, Deserialize)]
pub struct PreviewQuery {
    done: Option<String>,
    lang: Option<String>,
}

#[derive(Serialize)]
struct Page {
    slug: String,
    team: String,
    subject: String,
    text: String,
    csrf: String,
    me: String,
    notice: Option<String>,
    /// The language of the email shown, and its direction.
    mail_lang: &'static str,
    mail_dir: &'static str,
    /// (code, name in its own language, shown now) of every language.
    languages: Vec<(&'static str, &'static str, bool)>,
}

/// `GET /admin/pulses/teams/{slug}/invitation`: the invitation as the team's people get it.
pub async fn invitation(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    query: web::Query<PreviewQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, viewer) = (slug_of(slug)?, viewer.0);
    let me = viewer.email.clone();
    let lang = query.lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::En);
    let (team, pulse, questions) = db::run(&state.pool, move |c| as_if_now(c, &viewer, &slug)).await?;
    let mail = preview_mail(&state, (&team, &pulse, &questions), "Ana", lang)?;
    let page = Page {
        slug: team.slug,
        team: team.name,
        subject: mail.subject,
        text: mail.text,
        csrf: csrf.token()?,
        me,
        languages: Lang::ALL.iter().map(|l| (l.code(), l.endonym(), *l == lang)).collect(),
        notice: (query.done.as_deref() == Some("sent"))
            .then(|| crate::i18n::t(crate::http::page_lang::current(), "ao-invitation-done-sent", &[])),
        mail_lang: lang.code(),
        mail_dir: lang.dir(),
    };
    let mut ctx = tera::Context::new();
    ctx.insert("page", &page);
    render_with_status(&state, "admin_pulse_invitation.html", &ctx, StatusCode::OK)
}

/// `GET /admin/pulses/teams/{slug}/survey`: the survey as the team's people see it; the query
/// preselects answers like the invitation's links do. Nothing can be sent.
pub async fn survey_page(
    state: State,
    viewer: SignedIn,
    slug: web::Path<String>,
    query: web::Query<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let slug = slug_of(slug)?;
    let (team, pulse, questions) = db::run(&state.pool, move |c| as_if_now(c, &viewer.0, &slug)).await?;
    crate::http::survey::preview_page(&state, &team.name, &pulse, &questions, &query)
}

/// The test button's form.
#[derive(Debug, Deserialize)]
pub struct TestForm {
    csrf: String,
}

/// `POST /admin/pulses/teams/{slug}/test`: queues the invitation to the viewer, marked as a
/// test, linking to the survey's preview; audited.
pub async fn send_test(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    slug: web::Path<String>,
    form: web::Form<TestForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let (slug, viewer) = (slug_of(slug)?, viewer.0);
    let app = state.clone();
    let back = db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let (team, pulse, questions) = as_if_now(c, &viewer, &slug)?;
            let name = people::name_of(c, &viewer.email)?.unwrap_or_else(|| viewer.email.clone());
            let lang = people::language_of(c, &viewer.email)?.unwrap_or(Lang::En);
            let mut content = preview_mail(&app, (&team, &pulse, &questions), &name, lang)?;
            content.subject = format!("[Test] {}", content.subject);
            let key = format!("test:{}:{}", team.slug, uuid::Uuid::new_v4());
            let now = Utc::now().naive_utc();
            let mail = NewMail { idempotency_key: key, to: &viewer.email, content, holds_secret: false };
            outbox::enqueue(c, &mail, now)?;
            audit::record(c, &viewer.email, "pulse.test", &team.slug, "test invitation to self", now)?;
            Ok::<_, AppError>(format!("/admin/pulses/teams/{}/invitation?done=sent", team.slug))
        })
    })
    .await?;
    Ok(see_other(&back))
}
