//! The survey page `/p/{token}`: GET shows the form (answers preselected from the query, never
//! submitted), POST validates and stores, or shows the form again with each error by its field.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::{NaiveDateTime, Utc};
use serde::Serialize;

use super::pages::{State, render, render_with_status};
use crate::db;
use crate::domain::invite_mail::LIKERT_LABELS;
use crate::domain::pulses::Pulse;
use crate::domain::responses::{self, FieldErrors, MAX_COMMENT_CHARS};
use crate::domain::survey::{Kind, Question};
use crate::error::AppError;
use crate::submissions::{self, Ballot, Pending};

#[derive(Serialize)]
struct Choice {
    value: i32,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct FormQuestion<'a> {
    key: &'a str,
    text: &'a str,
    kind: Kind,
    required: bool,
    choices: Vec<Choice>,
    value: String,
    error: Option<&'a String>,
}

fn choices(kind: Kind, selected: Option<&str>) -> Vec<Choice> {
    let selected: Option<i32> = selected.and_then(|v| v.trim().parse().ok());
    let Some(range) = kind.range() else { return Vec::new() };
    range
        .map(|value| {
            let label = match kind {
                Kind::Likert5 => LIKERT_LABELS[(value - 1) as usize].to_string(),
                _ => value.to_string(),
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
}

impl<'a> Face<'a> {
    fn of(ballot: &'a Ballot, token: &str) -> Self {
        Face {
            team: &ballot.team_name,
            pulse: &ballot.pulse,
            questions: &ballot.questions,
            action: Some(format!("/p/{token}")),
        }
    }
}

fn form_questions<'a>(
    questions: &'a [Question],
    values: &[(String, String)],
    errors: &'a FieldErrors,
) -> Vec<FormQuestion<'a>> {
    let value_of = |key: &str| values.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    questions
        .iter()
        .map(|q: &Question| FormQuestion {
            key: &q.key,
            text: &q.text,
            kind: q.kind,
            required: q.required,
            choices: choices(q.kind, value_of(&q.key)),
            value: if q.kind == Kind::Comment {
                value_of(&q.key).unwrap_or("").to_string()
            } else {
                String::new()
            },
            error: errors.get(&q.key),
        })
        .collect()
}

fn form_page(
    state: &State,
    face: &Face<'_>,
    values: &[(String, String)],
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let mut ctx = tera::Context::new();
    ctx.insert("action", &face.action);
    ctx.insert("team", face.team);
    ctx.insert("period", &period_label(&face.pulse.period));
    ctx.insert("closes_on", &face.pulse.closes_at.format("%A %-d %B").to_string());
    ctx.insert("min_group", &face.pulse.min_group);
    ctx.insert("questions", &form_questions(face.questions, values, errors));
    ctx.insert("form_error", &errors.get("form"));
    ctx.insert("error_count", &errors.len());
    ctx.insert("max_comment", &MAX_COMMENT_CHARS);
    render_with_status(state, "survey.html", &ctx, status)
}

/// The survey as `team`'s people would see it for `pulse`, as a preview: `values` (from the
/// query, as the invitation's quick answers) preselect, and nothing can be sent.
pub fn preview_page(
    state: &State,
    team: &str,
    pulse: &Pulse,
    questions: &[Question],
    values: &[(String, String)],
) -> Result<HttpResponse, AppError> {
    let face = Face { team, pulse, questions, action: None };
    form_page(state, &face, values, &FieldErrors::new(), StatusCode::OK)
}

/// "2026-03" as "March 2026".
fn period_label(period: &str) -> String {
    crate::domain::period::Period::parse(period)
        .map(|p| p.first_day().format("%B %Y").to_string())
        .unwrap_or_else(|_| period.to_string())
}

async fn ballot(state: &State, token: &str, now: NaiveDateTime) -> Result<Ballot, AppError> {
    let token = token.to_string();
    db::run(&state.pool, move |c| submissions::find_ballot(c, &token, now)).await
}

/// GET: the form; `?trust_1=4` (from the email's quick answers) preselects an answer.
pub async fn show(
    state: State,
    token: web::Path<String>,
    query: web::Query<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let ballot = ballot(&state, &token, Utc::now().naive_utc()).await?;
    form_page(&state, &Face::of(&ballot, &token), &query, &FieldErrors::new(), StatusCode::OK)
}

/// POST: store the answers, or show the form again with 422 and every error by its field.
pub async fn submit(
    state: State,
    token: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let now = Utc::now().naive_utc();
    let token = token.into_inner();
    let ballot = ballot(&state, &token, now).await?;
    let submission = match responses::parse_submission(&ballot.questions, &form) {
        Ok(s) => s,
        Err(errors) => {
            let face = Face::of(&ballot, &token);
            return form_page(&state, &face, &form, &errors, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    // Answered only once the group commit holding this submission is durable.
    let outcome = state.submissions.submit(Pending::new(&ballot, submission, now)).await?;
    if let Some(refusal) = ballot.refusal(outcome) {
        return Err(refusal);
    }
    let mut ctx = tera::Context::new();
    ctx.insert("team", &ballot.team_name);
    ctx.insert("closes_on", &ballot.pulse.closes_at.format("%A %-d %B").to_string());
    ctx.insert("min_group", &ballot.pulse.min_group);
    render(&state, "thanks.html", &ctx)
}
