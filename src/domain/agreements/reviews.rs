//! Reviews of agreements: each one recorded once a day (an edit counts as one), moving the next
//! review by the cadence; and reminders to a team's leads when a review comes due, queued
//! through the outbox once per due date.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;
use tera::Context;

use super::settings::Link;
use super::values::{AUTHOR, MAX_LINE, one_line};
use super::{Agreement, Version, current_version, days_after, team_today};
use crate::db::DbConnection;
use crate::db::schema::{agreement_reviews, agreements, memberships, people, teams};
use crate::domain::teams::Team;
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::mail::Composer;
use crate::mail::outbox::{self, NewMail};

/// What a review decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The agreement still holds as version N.
    Unchanged(i32),
    /// The review made version N.
    Edited(i32),
}

/// What [`mark_reviewed`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reviewed {
    /// Recorded today's review; the next one is due then (if on a cadence).
    Recorded(Option<NaiveDate>),
    /// A review was recorded today already; nothing changed.
    AlreadyToday(Option<NaiveDate>),
}

/// A recorded review.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = agreement_reviews)]
pub struct Review {
    /// The day, in the team's time zone.
    pub reviewed_on: NaiveDate,
    /// Who reviewed.
    pub author: String,
    /// `unchanged` or `edited`.
    pub outcome: String,
    /// The version it kept or made.
    pub version_number: i32,
}

/// Records a review of `agreement` today (in the team's time zone) unless there is one
/// already, and then moves its next review to today plus the cadence. Returns whether it
/// recorded one. Call inside [`crate::db::write`].
pub fn record_review(
    conn: &mut DbConnection,
    team: &Team,
    agreement: &Agreement,
    author: &str,
    outcome: Outcome,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let today = team_today(team, now);
    let (kind, number) = match outcome {
        Outcome::Unchanged(n) => ("unchanged", n),
        Outcome::Edited(n) => ("edited", n),
    };
    let insert = diesel::insert_into(agreement_reviews::table)
        .values((
            agreement_reviews::agreement_id.eq(agreement.id),
            agreement_reviews::reviewed_on.eq(today),
            agreement_reviews::author.eq(author),
            agreement_reviews::outcome.eq(kind),
            agreement_reviews::version_number.eq(number),
            agreement_reviews::created_at.eq(now.naive_utc()),
        ))
        .on_conflict((agreement_reviews::agreement_id, agreement_reviews::reviewed_on))
        .do_nothing();
    let recorded = crate::on_inner!(conn, |c| insert.execute(c)?) == 1;
    if let (true, Some(every)) = (recorded, agreement.review_every_days) {
        diesel::update(agreements::table.find(agreement.id))
            .set(agreements::next_review_on.eq(days_after(today, every)))
            .execute(conn)?;
    }
    Ok(recorded)
}

/// "Reviewed, no change": records today's review of the current version and moves the next
/// review by the cadence; a second call the same day changes nothing. Call inside
/// [`crate::db::write`].
pub fn mark_reviewed(
    conn: &mut DbConnection,
    team: &Team,
    agreement: &Agreement,
    author: &str,
    now: DateTime<Utc>,
) -> Result<Reviewed, AppError> {
    let author = one_line("--author", AUTHOR, author, MAX_LINE)?;
    let current = current_version(conn, agreement)?;
    let recorded = record_review(conn, team, agreement, &author, Outcome::Unchanged(current.number), now)?;
    let next: Option<NaiveDate> =
        agreements::table.find(agreement.id).select(agreements::next_review_on).first(conn)?;
    Ok(if recorded { Reviewed::Recorded(next) } else { Reviewed::AlreadyToday(next) })
}

/// The latest recorded review of `agreement`, if any.
pub fn last_review(conn: &mut DbConnection, agreement: &Agreement) -> Result<Option<Review>, AppError> {
    Ok(agreement_reviews::table
        .filter(agreement_reviews::agreement_id.eq(agreement.id))
        .order(agreement_reviews::reviewed_on.desc())
        .select(Review::as_select())
        .first(conn)
        .optional()?)
}

/// For each agreement whose review is due by `today` and not yet reminded for that due date,
/// queues one email per active lead of its team and marks the date as reminded (a team
/// without leads is tried again on the next call). Returns how many emails were queued.
/// Call inside [`crate::db::write`].
pub fn queue_due_review_reminders(
    conn: &mut DbConnection,
    composer: &Composer,
    today: NaiveDate,
) -> Result<usize, AppError> {
    let due: Vec<(Agreement, Team)> = agreements::table
        .inner_join(teams::table)
        .filter(agreements::next_review_on.le(today))
        .order(agreements::id.asc())
        .select((Agreement::as_select(), Team::as_select()))
        .load(conn)?;
    let mut queued = 0;
    for (agreement, team) in due.iter().filter(|(a, _)| a.review_reminded_for != a.next_review_on) {
        queued += remind_leads(conn, composer, team, agreement, today)?;
    }
    Ok(queued)
}

fn remind_leads(
    conn: &mut DbConnection,
    composer: &Composer,
    team: &Team,
    agreement: &Agreement,
    today: NaiveDate,
) -> Result<usize, AppError> {
    let Some(due_on) = agreement.next_review_on else { return Ok(0) };
    let leads: Vec<(i64, String, String, String)> = memberships::table
        .inner_join(people::table)
        .filter(memberships::team_id.eq(team.id))
        .filter(memberships::role.eq("lead").and(people::active.eq(true)))
        .order(people::id.asc())
        .select((people::id, people::email, people::name, people::language))
        .load(conn)?;
    if leads.is_empty() {
        return Ok(0);
    }
    let version = current_version(conn, agreement)?;
    let links = super::settings::links_of(conn, agreement.id)?;
    let context = review_context(composer, team, agreement, &version, &links, due_on, today);
    let now: NaiveDateTime = Utc::now().naive_utc();
    let mut queued = 0;
    for (person_id, email, name, language) in &leads {
        let lang = Lang::parse(language).unwrap_or_default();
        let mut context = context.clone();
        context.insert("name", name);
        context.insert("lang", lang.code());
        context.insert("dir", lang.dir());
        context.insert("due_on", &i18n::format_date(lang, "format-date-long", due_on));
        context.insert("version_on", &i18n::format_date(lang, "format-date-full", version.created_at.date()));
        let content = composer.compose("review", &context)?;
        let mail = NewMail {
            idempotency_key: format!("review:{}:{due_on}:{person_id}", agreement.id),
            to: email,
            content,
            holds_secret: false,
        };
        queued += usize::from(outbox::enqueue(conn, &mail, now)?);
    }
    diesel::update(agreements::table.find(agreement.id))
        .set(agreements::review_reminded_for.eq(due_on))
        .execute(conn)?;
    tracing::info!(team = %team.slug, agreement = agreement.id, %due_on, queued, "review reminders queued");
    Ok(queued)
}

/// What every lead's reminder says about the agreement (each adds their name).
fn review_context(
    composer: &Composer,
    team: &Team,
    agreement: &Agreement,
    version: &Version,
    links: &[Link],
    due_on: NaiveDate,
    today: NaiveDate,
) -> Context {
    let mut ctx = Context::new();
    ctx.insert("team", &team.name);
    ctx.insert("title", &agreement.title);
    ctx.insert("overdue", &(due_on < today));
    ctx.insert("every_days", &agreement.review_every_days);
    ctx.insert("version", &version.number);
    ctx.insert("links", links);
    ctx.insert(
        "agreement_url",
        &format!("{}/teams/{}/agreements/{}", composer.base_url(), team.slug, agreement.slug),
    );
    ctx
}
