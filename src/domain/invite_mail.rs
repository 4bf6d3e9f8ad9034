//! The contents of invitation and reminder emails (links, the first question's options), in
//! the invited person's language.

use serde::Serialize;
use tera::Context;

use super::pulses::Pulse;
use super::survey::{self, Question};
use super::teams::Team;
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::mail::{Composed, Composer};

/// Labels of the five-point scale in English, 1 to 5 (each language's are `likert-1` … in
/// `locales/`; [`survey::likert_label`] gives them).
pub const LIKERT_LABELS: [&str; 5] = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"];

#[derive(Serialize)]
struct QuickAnswer {
    label: String,
    url: String,
}

/// Who an invitation or reminder is for and what it is about.
pub struct Letter<'a> {
    /// The team invited.
    pub team: &'a Team,
    /// Its pulse.
    pub pulse: &'a Pulse,
    /// The questions the survey will really ask (counted, and the first offered as links).
    pub questions: &'a [Question],
    /// The person's name.
    pub name: &'a str,
    /// The person's language.
    pub lang: Lang,
}

fn context(letter: &Letter<'_>, survey_url: &str) -> Context {
    let lang = letter.lang;
    let mut ctx = Context::new();
    ctx.insert("lang", lang.code());
    ctx.insert("dir", lang.dir());
    ctx.insert("team", &letter.team.name);
    ctx.insert("name", letter.name);
    ctx.insert("period", &letter.pulse.period);
    ctx.insert("closes_on", &i18n::format_date(lang, "format-date-day", letter.pulse.closes_at.date()));
    ctx.insert("min_group", &letter.pulse.min_group);
    ctx.insert("survey_url", survey_url);
    ctx.insert("count", &letter.questions.len());
    ctx.insert("minutes", &survey::minutes_to_answer(letter.questions));
    ctx
}

/// The survey link of a one-time `token`.
fn survey_link(composer: &Composer, token: &str) -> String {
    format!("{}/p/{token}", composer.base_url())
}

/// The invitation: the link, how many questions and minutes, and the first question with its
/// five answers as links that open the form with that answer chosen (following a link never
/// submits anything).
pub fn invitation(composer: &Composer, letter: &Letter<'_>, token: &str) -> Result<Composed, AppError> {
    invitation_at(composer, letter, &survey_link(composer, token))
}

fn invitation_at(composer: &Composer, letter: &Letter<'_>, survey_url: &str) -> Result<Composed, AppError> {
    let mut ctx = context(letter, survey_url);
    if let Some(q) = letter.questions.first() {
        let options: Vec<QuickAnswer> = (1..=5)
            .map(|value| QuickAnswer {
                label: survey::likert_label(letter.lang, value),
                url: format!("{survey_url}?{}={value}", q.key),
            })
            .collect();
        ctx.insert("first_question", &survey::question_text(q, letter.lang));
        ctx.insert("quick_answers", &options);
    }
    composer.compose("invite", &ctx)
}

/// [`invitation`] with its links going to `survey_url` instead of a one-time link: what the
/// preview on `/admin/pulses` shows, and what a test invitation (which stores nothing) links to.
pub fn invitation_to(
    composer: &Composer,
    letter: &Letter<'_>,
    survey_url: &str,
) -> Result<Composed, AppError> {
    invitation_at(composer, letter, survey_url)
}

/// A reminder (halfway or last day), with a fresh link.
pub fn reminder(
    composer: &Composer,
    letter: &Letter<'_>,
    token: &str,
    last_day: bool,
) -> Result<Composed, AppError> {
    let mut ctx = context(letter, &survey_link(composer, token));
    ctx.insert("last_day", &last_day);
    composer.compose("reminder", &ctx)
}
