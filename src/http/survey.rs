//! The survey page `/p/{token}`: GET shows the form (answers preselected from the query, never
//! submitted), POST validates and stores, or shows the form again with each error by its field.
//! Each page speaks the language `?lang=xx` asks for, else the person's, else the browser's
//! (docs/design.md, "Languages").

use actix_web::http::StatusCode;
use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{NaiveDateTime, Utc};
use serde::Serialize;

use super::pages::{State, render, render_with_status};
use crate::db;
use crate::domain::pulses::Pulse;
use crate::domain::responses::{self, FieldErrors, MAX_COMMENT_CHARS};
use crate::domain::survey::{self, Kind, Question};
use crate::error::AppError;
use crate::i18n::{self, Lang, LangChoice};
use crate::submissions::{self, Ballot, Pending, Refusal};

#[derive(Serialize)]
struct Choice {
    value: i32,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct FormQuestion<'a> {
    key: &'a str,
    text: String,
    /// The language of `text` when it is not the page's (a team's question not translated).
    text_lang: Option<&'static str>,
    kind: Kind,
    required: bool,
    choices: Vec<Choice>,
    value: String,
    error: Option<String>,
}

/// One button of the language switcher.
#[derive(Serialize)]
struct LanguageButton {
    code: &'static str,
    name: &'static str,
    current: bool,
}

fn choices(q: &Question, selected: Option<&str>, lang: Lang) -> Vec<Choice> {
    let selected: Option<i32> = selected.and_then(|v| v.trim().parse().ok());
    let Some(range) = q.range() else { return Vec::new() };
    range
        .map(|value| {
            let label = match q.kind {
                Kind::Likert5 => survey::likert_label(lang, value),
                Kind::Three => survey::three_label(lang, value),
                Kind::Choice => survey::option_wording(q, value, lang).map(|w| w.text).unwrap_or_default(),
                Kind::Enps | Kind::Comment => value.to_string(),
            };
            Choice { value, label, checked: selected == Some(value) }
        })
        .collect()
}

/// What the form shows, whoever asks: a person with a link (answers go to `action`), or an
/// admin's preview (no `action`: the button is disabled and nothing can be sent).
struct Face<'a> {
    team: &'a str,
    pulse: &'a Pulse,
    questions: &'a [Question],
    action: Option<String>,
    lang: Lang,
}

impl<'a> Face<'a> {
    fn of(ballot: &'a Ballot, token: &str, lang: Lang) -> Self {
        Face {
            team: &ballot.team_name,
            pulse: &ballot.pulse,
            questions: &ballot.questions,
            action: Some(format!("/p/{token}")),
            lang,
        }
    }
}

fn form_questions<'a>(
    questions: &'a [Question],
    values: &[(String, String)],
    errors: &FieldErrors,
    lang: Lang,
) -> Vec<FormQuestion<'a>> {
    let value_of = |key: &str| values.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    questions
        .iter()
        .map(|q: &Question| {
            let wording = survey::wording(q, lang);
            FormQuestion {
                key: &q.key,
                text: wording.text,
                text_lang: wording.fallback.then(|| wording.lang.code()),
                kind: q.kind,
                required: q.required,
                choices: choices(q, value_of(&q.key), lang),
                value: if q.kind == Kind::Comment {
                    value_of(&q.key).unwrap_or("").to_string()
                } else {
                    String::new()
                },
                error: errors.get(&q.key).map(|e| e.message(lang)),
            }
        })
        .collect()
}

fn languages(current: Lang) -> Vec<LanguageButton> {
    Lang::ALL
        .into_iter()
        .map(|l| LanguageButton { code: l.code(), name: l.endonym(), current: l == current })
        .collect()
}

/// The context every page of the survey starts with: its language and direction.
fn page_context(lang: Lang) -> tera::Context {
    let mut ctx = tera::Context::new();
    ctx.insert("lang", lang.code());
    ctx.insert("dir", lang.dir());
    ctx
}

fn closes_on(pulse: &Pulse, lang: Lang) -> String {
    i18n::format_date(lang, "format-date-day", pulse.closes_at.date())
}

fn form_page(
    state: &State,
    face: &Face<'_>,
    values: &[(String, String)],
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let lang = face.lang;
    let mut ctx = page_context(lang);
    // The answers go back to the page's language; the switcher's buttons replace the query.
    ctx.insert("action", &face.action.as_ref().map(|a| format!("{a}?lang={}", lang.code())));
    ctx.insert("switch_to", &face.action);
    ctx.insert("languages", &languages(lang));
    ctx.insert("team", face.team);
    ctx.insert("period", &period_label(&face.pulse.period, lang));
    ctx.insert("closes_on", &closes_on(face.pulse, lang));
    ctx.insert("minutes", &survey::minutes_to_answer(face.questions));
    ctx.insert("min_group", &face.pulse.min_group);
    ctx.insert("questions", &form_questions(face.questions, values, errors, lang));
    ctx.insert("form_error", &errors.get("form").map(|e| e.message(lang)));
    ctx.insert("error_count", &errors.len());
    ctx.insert("max_comment", &MAX_COMMENT_CHARS);
    render_with_status(state, "survey.html", &ctx, status)
}

/// The survey as `team`'s people would see it for `pulse`, as a preview: `values` (from the
/// query, as the invitation's quick answers) preselect, `lang=xx` among them picks the
/// language, and nothing can be sent.
pub fn preview_page(
    state: &State,
    team: &str,
    pulse: &Pulse,
    questions: &[Question],
    values: &[(String, String)],
) -> Result<HttpResponse, AppError> {
    let lang = LangChoice::new(query_lang(values), None).pick(None);
    let face = Face { team, pulse, questions, action: None, lang };
    form_page(state, &face, values, &FieldErrors::new(), StatusCode::OK)
}

/// "2026-03" as "March 2026", "März 2026", "marzo de 2026".
fn period_label(period: &str, lang: Lang) -> String {
    crate::domain::period::Period::parse(period)
        .map(|p| i18n::month_label(lang, p.first_day()))
        .unwrap_or_else(|_| period.to_string())
}

fn query_lang(values: &[(String, String)]) -> Option<&str> {
    values.iter().rev().find(|(k, _)| k == "lang").map(|(_, v)| v.as_str())
}

/// What the request says of its language: `?lang=xx` and the Accept-Language header.
fn lang_choice(req: &HttpRequest) -> LangChoice {
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(req.query_string().as_bytes()).into_owned().collect();
    let header = req.headers().get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    LangChoice::new(query_lang(&query), header)
}

async fn open(state: &State, token: &str, now: NaiveDateTime) -> Result<Result<Ballot, Refusal>, AppError> {
    let token = token.to_string();
    db::run(&state.pool, move |c| submissions::open_ballot(c, &token, now)).await
}

/// A refused link's page (404, 409 or 410), in the language of the request or the person.
fn refused_page(state: &State, refusal: &Refusal, choice: &LangChoice) -> Result<HttpResponse, AppError> {
    let lang = refusal.language(choice);
    let error = refusal.error(lang);
    let status = error.status();
    let mut ctx = page_context(lang);
    ctx.insert("title_id", &format!("refusal-title-{}", status.as_u16()));
    ctx.insert("message", &error.public_message());
    render_with_status(state, "survey_refused.html", &ctx, status)
}

/// GET: the form; `?trust_1=4` (from the email's quick answers, or the language switcher,
/// which sends what was chosen and typed) preselects an answer; `?lang=de` picks a language.
pub async fn show(
    state: State,
    req: HttpRequest,
    token: web::Path<String>,
    query: web::Query<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let choice = lang_choice(&req);
    let ballot = match open(&state, &token, Utc::now().naive_utc()).await? {
        Ok(ballot) => ballot,
        Err(refusal) => return refused_page(&state, &refusal, &choice),
    };
    let face = Face::of(&ballot, &token, choice.pick(Some(ballot.language)));
    form_page(&state, &face, &query, &FieldErrors::new(), StatusCode::OK)
}

/// POST: store the answers, or show the form again with 422 and every error by its field.
pub async fn submit(
    state: State,
    req: HttpRequest,
    token: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let now = Utc::now().naive_utc();
    let token = token.into_inner();
    let choice = lang_choice(&req);
    let ballot = match open(&state, &token, now).await? {
        Ok(ballot) => ballot,
        Err(refusal) => return refused_page(&state, &refusal, &choice),
    };
    let lang = choice.pick(Some(ballot.language));
    let submission = match responses::parse_submission(&ballot.questions, &form) {
        Ok(s) => s,
        Err(errors) => {
            let face = Face::of(&ballot, &token, lang);
            return form_page(&state, &face, &form, &errors, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    // Answered only once the group commit holding this submission is durable.
    let outcome = state.submissions.submit(Pending::new(&ballot, submission, now)).await?;
    if let Some(refusal) = ballot.refused(outcome) {
        return refused_page(&state, &refusal, &choice);
    }
    let mut ctx = page_context(lang);
    ctx.insert("team", &ballot.team_name);
    ctx.insert("closes_on", &closes_on(&ballot.pulse, lang));
    ctx.insert("min_group", &ballot.pulse.min_group);
    render(&state, "thanks.html", &ctx)
}
