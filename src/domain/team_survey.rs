//! A team's survey: the library sets it chose plus its own questions.
//!
//! Surveys are copied on write. A team starts on the shared default survey; its first change
//! makes a survey of its own (`surveys.team_id`, `number` 1, 2, …), and once a pulse has opened
//! with a survey, the next change makes the next number. So a pulse always keeps the questions
//! it opened with, and a question's rows in older surveys, with the answers that point at them,
//! stay as they were: a retired question's history is still read by the reports.
//!
//! Changing a question's text (in any language) or options makes a new wording `version` of
//! its key; the reports mark the month where a dimension's wording changed instead of pooling
//! two wordings silently (docs/design.md, "Surveys").
//!
//! Every function here runs in the caller's write transaction (`db::write`) and writes one
//! audit line.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::library::{self, LibraryQuestion};
use super::survey::{self, CHANGES_HELPED, ENPS, Kind, Question, Texts};
use super::teams::Team;
use crate::db::DbConnection;
use crate::db::schema::{pulses, questions, surveys, teams};
use crate::error::{AppError, Said};
use crate::i18n::{Lang, refused};
use crate::sealing::payload::MAX_ANSWERS;

/// The survey a pulse of `team_id` opens with: its newest own survey, else the default.
pub fn current_survey(conn: &mut DbConnection, team_id: i64) -> Result<i64, AppError> {
    let own: Option<i64> = surveys::table
        .filter(surveys::team_id.eq(team_id))
        .order(surveys::number.desc())
        .select(surveys::id)
        .first(conn)
        .optional()?;
    match own {
        Some(id) => Ok(id),
        None => survey::survey_id(conn, "default"),
    }
}

/// The questions a pulse of the team would ask now (without "did the changes help?").
pub fn current_questions(conn: &mut DbConnection, team_id: i64) -> Result<Vec<Question>, AppError> {
    let id = current_survey(conn, team_id)?;
    survey::questions_asked(conn, id, false)
}

/// The set a pulse of `team` opened now leaves out: its rotated set on every second pulse
/// (the first asks it, the second not, and so on, counting the team's pulses, not imported
/// history); `None` without rotation. Runs in the opening transaction.
pub fn skipped_set(conn: &mut DbConnection, team: &Team) -> Result<Option<String>, AppError> {
    let Some(set) = &team.rotate_set else { return Ok(None) };
    let earlier: i64 = pulses::table
        .filter(pulses::team_id.eq(team.id.0).and(pulses::imported.eq(false)))
        .count()
        .get_result(conn)?;
    Ok((earlier % 2 == 1).then(|| set.clone()))
}

/// Asks `set` (one the team's survey uses) only every other pulse, or every pulse again with
/// `None`; pulses already opened keep what they ask. Returns what changed (also audited).
pub fn set_rotation(
    conn: &mut DbConnection,
    team: &Team,
    set: Option<&str>,
    actor: &str,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    if let Some(key) = set {
        library::set(key).ok_or_else(|| unknown_set(key))?;
        let asked = current_questions(conn, team.id.0)?;
        if !asked.iter().any(|q| q.set_key.as_deref() == Some(key)) {
            return Err(refused("set", Said::new("refused-survey-set-not-asked").text("set", key)));
        }
    }
    diesel::update(teams::table.find(team.id.0)).set(teams::rotate_set.eq(set)).execute(conn)?;
    let said = match set {
        Some(key) => format!("asks set {key} every other pulse"),
        None => "asks every set at every pulse".to_string(),
    };
    super::audit::record(conn, actor, "survey", &team.slug, &said, now)?;
    Ok(said)
}

/// A question of the team's own.
#[derive(Debug, Clone)]
pub struct NewQuestion {
    /// Stable key: lower-case letters, digits and `_`, not a library key.
    pub key: String,
    /// The dimension it scores (an existing one or a new one).
    pub dimension: String,
    /// How it is answered.
    pub kind: Kind,
    /// Its text in `text_lang`.
    pub text: String,
    /// The language of `text`.
    pub text_lang: Lang,
    /// Its text in other languages.
    pub translations: Texts,
    /// A choice question's options (2 to 12), each by language.
    pub options: Vec<Texts>,
    /// Whether an answer is needed.
    pub required: bool,
}

/// A new wording of one of the team's questions; what is `None` or empty stays.
#[derive(Debug, Clone, Default)]
pub struct NewWording {
    /// The text in the question's own language.
    pub text: Option<String>,
    /// Texts in other languages, added or replaced.
    pub translations: Texts,
    /// All options anew (a choice question).
    pub options: Option<Vec<Texts>>,
}

/// One change of a team's survey.
#[derive(Debug, Clone)]
pub enum SurveyChange {
    /// Add a library set's questions (those not asked already).
    UseSet(String),
    /// Stop asking a library set's questions.
    DropSet(String),
    /// Add a question of the team's own.
    Add(NewQuestion),
    /// Change a question's wording: a new version.
    Edit(String, NewWording),
    /// Stop asking a question; its history stays.
    Retire(String),
}

/// Applies `change` to `team`'s survey; returns what changed, in one line (also audited).
pub fn apply(
    conn: &mut DbConnection,
    team: &Team,
    change: &SurveyChange,
    actor: &str,
    now: NaiveDateTime,
) -> Result<String, AppError> {
    let survey_id = editable_survey(conn, team)?;
    let mut asked = survey::load_questions(conn, survey_id)?;
    let said = match change {
        SurveyChange::UseSet(key) => use_set(conn, survey_id, &asked, key)?,
        SurveyChange::DropSet(key) => drop_set(conn, &asked, key)?,
        SurveyChange::Add(new) => add(conn, survey_id, &asked, new)?,
        SurveyChange::Edit(key, wording) => edit(conn, find(&asked, key)?, wording)?,
        SurveyChange::Retire(key) => retire(conn, find(&asked, key)?)?,
    };
    asked = survey::load_questions(conn, survey_id)?;
    if asked.iter().filter(|q| q.kind != Kind::Comment).count() > MAX_ANSWERS - 1 {
        return Err(refused("survey", Said::new("refused-survey-too-many").number("max", MAX_ANSWERS - 1)));
    }
    renumber(conn, &asked)?;
    super::audit::record(conn, actor, "survey", &team.slug, &said, now)?;
    Ok(said)
}

/// The team's survey to change: its newest own one if no pulse has used it yet, else a copy
/// (of that one, or of the default survey) numbered one more.
fn editable_survey(conn: &mut DbConnection, team: &Team) -> Result<i64, AppError> {
    let current = current_survey(conn, team.id.0)?;
    let owner: (Option<i64>, i32) =
        surveys::table.find(current).select((surveys::team_id, surveys::number)).first(conn)?;
    let used: i64 = pulses::table.filter(pulses::survey_id.eq(current)).count().get_result(conn)?;
    if owner.0 == Some(team.id.0) && used == 0 {
        return Ok(current);
    }
    let number = if owner.0 == Some(team.id.0) { owner.1 + 1 } else { 1 };
    diesel::insert_into(surveys::table)
        .values((
            surveys::key.eq(format!("team-{}-{number}", team.id)),
            surveys::title.eq(format!("{} pulse, version {number}", team.name)),
            surveys::team_id.eq(team.id.0),
            surveys::number.eq(number),
        ))
        .execute(conn)?;
    let copy = survey::survey_id(conn, &format!("team-{}-{number}", team.id))?;
    copy_questions(conn, current, copy)?;
    Ok(copy)
}

fn copy_questions(conn: &mut DbConnection, from: i64, to: i64) -> Result<(), AppError> {
    for q in survey::load_questions(conn, from)? {
        insert(conn, to, &q, q.position)?;
    }
    Ok(())
}

fn insert(conn: &mut DbConnection, survey_id: i64, q: &Question, position: i32) -> Result<(), AppError> {
    diesel::insert_into(questions::table)
        .values((
            questions::survey_id.eq(survey_id),
            questions::key.eq(&q.key),
            questions::dimension.eq(&q.dimension),
            questions::text.eq(&q.text),
            questions::kind.eq(q.kind.as_str()),
            questions::position.eq(position),
            questions::required.eq(q.required),
            questions::version.eq(q.version),
            questions::set_key.eq(&q.set_key),
            questions::text_lang.eq(q.text_lang.code()),
            questions::translations.eq(json(&q.translations)?),
            questions::options.eq(json(&q.options)?),
        ))
        .execute(conn)?;
    Ok(())
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|e| AppError::broken(format!("question texts: {e}")))
}

fn find<'a>(asked: &'a [Question], key: &str) -> Result<&'a Question, AppError> {
    asked.iter().find(|q| q.key == key).ok_or_else(|| {
        AppError::NotFound(format!("the survey asks no question '{key}' (see `candor survey show`)"))
    })
}

fn from_library(q: &LibraryQuestion, set: &str) -> Question {
    Question {
        id: 0,
        key: q.key.to_string(),
        dimension: q.dimension.to_string(),
        text: q.text.to_string(),
        kind: q.kind,
        required: q.required,
        version: 1,
        set_key: Some(set.to_string()),
        text_lang: Lang::En,
        translations: Texts::new(),
        options: Vec::new(),
        position: 0,
    }
}

fn use_set(
    conn: &mut DbConnection,
    survey_id: i64,
    asked: &[Question],
    key: &str,
) -> Result<String, AppError> {
    let set = library::set(key).ok_or_else(|| unknown_set(key))?;
    let mut added = 0;
    for q in set.questions {
        if asked.iter().any(|a| a.key == q.key) {
            continue;
        }
        if q.kind == Kind::Comment && asked.iter().any(|a| a.kind == Kind::Comment) {
            continue;
        }
        insert(conn, survey_id, &from_library(q, set.key), 1000 + added)?;
        added += 1;
    }
    if added == 0 {
        return Err(AppError::Conflict(format!("the survey asks every question of '{key}' already")));
    }
    Ok(format!("uses set {key} ({added} questions added)"))
}

fn unknown_set(key: &str) -> AppError {
    let known: Vec<&str> = library::SETS.iter().map(|s| s.key).collect();
    refused("set", Said::new("refused-survey-set-unknown").text("set", key).text("known", known.join(", ")))
}

fn drop_set(conn: &mut DbConnection, asked: &[Question], key: &str) -> Result<String, AppError> {
    library::set(key).ok_or_else(|| unknown_set(key))?;
    let ids: Vec<i64> = asked
        .iter()
        .filter(|q| q.set_key.as_deref() == Some(key) && q.key != CHANGES_HELPED)
        .map(|q| q.id)
        .collect();
    if ids.is_empty() {
        return Err(AppError::Conflict(format!("the survey asks no question of '{key}'")));
    }
    diesel::delete(questions::table.filter(questions::id.eq_any(&ids))).execute(conn)?;
    Ok(format!("drops set {key} ({} questions)", ids.len()))
}

fn add(
    conn: &mut DbConnection,
    survey_id: i64,
    asked: &[Question],
    new: &NewQuestion,
) -> Result<String, AppError> {
    check_new(asked, new)?;
    let q = Question {
        id: 0,
        key: new.key.clone(),
        dimension: new.dimension.clone(),
        text: new.text.trim().to_string(),
        kind: new.kind,
        required: new.required && new.kind != Kind::Comment,
        version: 1,
        set_key: None,
        text_lang: new.text_lang,
        translations: new.translations.clone(),
        options: new.options.clone(),
        position: 0,
    };
    insert(conn, survey_id, &q, 1000)?;
    Ok(format!("adds question {} ({}, dimension {})", q.key, q.kind.as_str(), q.dimension))
}

/// Dimensions a team's own question may not take: those with a meaning of their own.
const RESERVED_DIMENSIONS: [&str; 2] = [CHANGES_HELPED, "comment"];

fn check_new(asked: &[Question], new: &NewQuestion) -> Result<(), AppError> {
    check_key(&new.key, "key", "refused-question-key")?;
    check_key(&new.dimension, "dimension", "refused-question-dimension")?;
    if library::question(&new.key).is_some() || asked.iter().any(|q| q.key == new.key) {
        return Err(refused("key", Said::new("refused-question-key-taken").text("key", &new.key)));
    }
    check_text(&new.text)?;
    if new.kind == Kind::Comment {
        if asked.iter().any(|q| q.kind == Kind::Comment) {
            return Err(refused("kind", Said::new("refused-question-second-comment")));
        }
        return Ok(());
    }
    if RESERVED_DIMENSIONS.contains(&new.dimension.as_str()) {
        let said = Said::new("refused-question-dimension-reserved").text("dimension", &new.dimension);
        return Err(refused("dimension", said));
    }
    if (new.kind == Kind::Enps) != (new.dimension == ENPS) {
        return Err(refused("dimension", Said::new("refused-question-enps").text("enps", ENPS)));
    }
    check_dimension_kind(asked, new)?;
    check_options(new.kind, &new.options, new.text_lang)
}

fn check_dimension_kind(asked: &[Question], new: &NewQuestion) -> Result<(), AppError> {
    let others = asked.iter().filter(|q| q.dimension == new.dimension);
    let library_kind = library::all_questions().find(|q| q.dimension == new.dimension).map(|q| q.kind);
    for kind in others.map(|q| q.kind).chain(library_kind) {
        if kind != new.kind || kind == Kind::Choice {
            let said = Said::new("refused-question-dimension-kind")
                .text("dimension", &new.dimension)
                .text("kind", kind.as_str());
            return Err(refused("dimension", said));
        }
    }
    Ok(())
}

/// A key or a dimension name (`field`); `id` is the refusal that names which.
fn check_key(key: &str, field: &str, id: &'static str) -> Result<(), AppError> {
    let ok = !key.is_empty()
        && key.len() <= 40
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok { Ok(()) } else { Err(refused(field, Said::new(id).text("key", key).number("max", 40))) }
}

fn check_text(text: &str) -> Result<(), AppError> {
    let chars = text.trim().chars().count();
    if chars == 0 || chars > 300 {
        return Err(refused("text", Said::new("refused-question-text").number("max", 300)));
    }
    Ok(())
}

/// A choice question has 2 to 12 options, each with a text in the question's own language
/// (`own`), which is what the survey falls back to and the report labels it with.
fn check_options(kind: Kind, options: &[Texts], own: Lang) -> Result<(), AppError> {
    match (kind, options.len()) {
        (Kind::Choice, 2..=12) => {
            if options.iter().any(|o| o.get(own.code()).is_none_or(|t| t.trim().is_empty())) {
                return Err(refused("option", Said::new("refused-option-text").text("language", own.code())));
            }
            Ok(())
        }
        (Kind::Choice, count) => {
            let said =
                Said::new("refused-option-count").number("count", count).number("min", 2).number("max", 12);
            Err(refused("option", said))
        }
        (_, 0) => Ok(()),
        _ => Err(refused("option", Said::new("refused-option-not-choice"))),
    }
}

fn edit(conn: &mut DbConnection, q: &Question, wording: &NewWording) -> Result<String, AppError> {
    let mut next = q.clone();
    if let Some(text) = &wording.text {
        check_text(text)?;
        next.text = text.trim().to_string();
    }
    for (lang, text) in &wording.translations {
        next.translations.insert(lang.clone(), text.trim().to_string());
    }
    if let Some(options) = &wording.options {
        check_options(q.kind, options, q.text_lang)?;
        next.options = options.clone();
    }
    if next.text == q.text && next.translations == q.translations && next.options == q.options {
        return Err(AppError::Conflict(format!("question {} has this wording already", q.key)));
    }
    // An edited library question keeps its key but is worded by the team from now on: its
    // other languages are the ones the team gives (the library's would say something else).
    if next.text != q.text && q.set_key.is_some() {
        next.translations = wording.translations.clone();
    }
    next.version = q.version + 1;
    diesel::update(questions::table.find(q.id))
        .set((
            questions::text.eq(&next.text),
            questions::version.eq(next.version),
            questions::translations.eq(json(&next.translations)?),
            questions::options.eq(json(&next.options)?),
        ))
        .execute(conn)?;
    Ok(format!("rewords question {} (version {})", q.key, next.version))
}

fn retire(conn: &mut DbConnection, q: &Question) -> Result<String, AppError> {
    if q.key == CHANGES_HELPED {
        return Err(refused("key", Said::new("refused-question-changes-helped")));
    }
    diesel::delete(questions::table.find(q.id)).execute(conn)?;
    Ok(format!("retires question {}", q.key))
}

/// Positions 1, 2, …: the questions in their order, the comment last but for "did the changes
/// help?" after it.
fn renumber(conn: &mut DbConnection, asked: &[Question]) -> Result<(), AppError> {
    let mut ordered: Vec<&Question> = asked.iter().collect();
    ordered.sort_by_key(|q| (q.key == CHANGES_HELPED, q.kind == Kind::Comment, q.position));
    for (i, q) in ordered.iter().enumerate() {
        let position = i32::try_from(i + 1).unwrap_or(i32::MAX);
        if q.position != position {
            diesel::update(questions::table.find(q.id))
                .set(questions::position.eq(position))
                .execute(conn)?;
        }
    }
    Ok(())
}
