//! The contents of invitation and reminder emails (links, the first question's options).

use serde::Serialize;
use tera::Context;

use super::pulses::Pulse;
use super::survey::Question;
use super::teams::Team;
use crate::error::AppError;
use crate::mail::{Composed, Composer};

/// Labels of the five-point scale, 1 to 5.
pub const LIKERT_LABELS: [&str; 5] = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"];

#[derive(Serialize)]
struct QuickAnswer {
    label: &'static str,
    url: String,
}

fn context(team: &Team, pulse: &Pulse, name: &str, survey_url: &str) -> Context {
    let mut ctx = Context::new();
    ctx.insert("team", &team.name);
    ctx.insert("name", name);
    ctx.insert("period", &pulse.period);
    ctx.insert("closes_on", &pulse.closes_at.format("%A %-d %B").to_string());
    ctx.insert("min_group", &pulse.min_group);
    ctx.insert("survey_url", survey_url);
    ctx
}

/// The survey link of a one-time `token`.
fn survey_link(composer: &Composer, token: &str) -> String {
    format!("{}/p/{token}", composer.base_url())
}

/// The invitation: the link, and the first question with its five answers as links that open
/// the form with that answer chosen (following a link never submits anything).
pub fn invitation(
    composer: &Composer,
    team: &Team,
    pulse: &Pulse,
    first: Option<&Question>,
    name: &str,
    token: &str,
) -> Result<Composed, AppError> {
    invitation_to(composer, team, pulse, first, name, &survey_link(composer, token))
}

/// [`invitation`] with its links going to `survey_url` instead of a one-time link: what the
/// preview on `/admin/pulses` shows, and what a test invitation (which stores nothing) links to.
pub fn invitation_to(
    composer: &Composer,
    team: &Team,
    pulse: &Pulse,
    first: Option<&Question>,
    name: &str,
    survey_url: &str,
) -> Result<Composed, AppError> {
    let mut ctx = context(team, pulse, name, survey_url);
    if let Some(q) = first {
        let options: Vec<QuickAnswer> = LIKERT_LABELS
            .iter()
            .enumerate()
            .map(|(i, label)| QuickAnswer { label, url: format!("{survey_url}?{}={}", q.key, i + 1) })
            .collect();
        ctx.insert("first_question", &q.text);
        ctx.insert("quick_answers", &options);
    }
    composer.compose("invite", &ctx)
}

/// A reminder (halfway or last day), with a fresh link.
pub fn reminder(
    composer: &Composer,
    team: &Team,
    pulse: &Pulse,
    name: &str,
    token: &str,
    last_day: bool,
) -> Result<Composed, AppError> {
    let mut ctx = context(team, pulse, name, &survey_link(composer, token));
    ctx.insert("last_day", &last_day);
    composer.compose("reminder", &ctx)
}
