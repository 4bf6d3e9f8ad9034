//! Working agreements: living documents of a team (decision rights, review SLAs, cadences,
//! definitions of ready and done) with numbered versions (who, when, why), a review cadence,
//! and the dimensions whose pulse results are published next to them.

pub mod diff;
pub mod markdown;
pub mod reviews;
pub mod settings;
mod values;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::Serialize;

use self::values::{AUTHOR, MAX_LINE, MAX_TITLE, NOTE, TITLE, one_line};
pub use self::values::{Relates, ReviewEvery, clean_body};
use super::Slug;
use super::ids::TeamId;
use super::teams::Team;
use crate::db::DbConnection;
use crate::db::schema::{agreement_versions, agreements};
use crate::error::{AppError, Said};
use crate::i18n::refused;

/// An agreement as stored.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = agreements)]
pub struct Agreement {
    /// Row id.
    pub id: i64,
    /// The team it belongs to.
    pub team_id: TeamId,
    /// URL and CLI name, made from the title.
    pub slug: String,
    /// Display title.
    pub title: String,
    /// Related dimension keys, comma-separated (see [`Relates`]).
    pub relates_to: String,
    /// Days between reviews, if it is reviewed on a cadence.
    pub review_every_days: Option<i32>,
    /// When the next review is due.
    pub next_review_on: Option<NaiveDate>,
    /// The due date a reminder was queued for (each due date is reminded once).
    pub review_reminded_for: Option<NaiveDate>,
    /// When it was added (UTC).
    pub created_at: NaiveDateTime,
}

impl Agreement {
    /// The related dimensions.
    pub fn relates(&self) -> Relates {
        Relates::from_stored(&self.relates_to)
    }

    /// Whether the next review is due on `today` (or overdue).
    pub fn review_due(&self, today: NaiveDate) -> bool {
        self.next_review_on.is_some_and(|on| on <= today)
    }
}

/// One version of an agreement's text.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = agreement_versions)]
pub struct Version {
    /// Row id.
    pub id: i64,
    /// The agreement.
    pub agreement_id: i64,
    /// 1, 2, 3… in the order they were saved.
    pub number: i32,
    /// The text, markdown.
    pub body: String,
    /// Who saved it.
    pub author: String,
    /// Why (for the first version, "First version.").
    pub note: String,
    /// When it was saved (UTC).
    pub created_at: NaiveDateTime,
}

/// What [`add_agreement`] needs.
#[derive(Debug, Clone)]
pub struct NewAgreement {
    /// Display title; the slug is made from it.
    pub title: String,
    /// The first version's text, markdown.
    pub body: String,
    /// Related dimensions.
    pub relates: Relates,
    /// Review cadence, if any.
    pub review_every: Option<ReviewEvery>,
    /// Who adds it.
    pub author: String,
}

/// What [`edit_agreement`] needs.
#[derive(Debug, Clone)]
pub struct Edit {
    /// The new text, markdown.
    pub body: String,
    /// Why it changed.
    pub note: String,
    /// Who changes it.
    pub author: String,
}

/// `now` as a date in the team's time zone.
pub fn team_today(team: &Team, now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&team.zone()).date_naive()
}

/// The date `days` after `from`.
pub fn days_after(from: NaiveDate, days: i32) -> NaiveDate {
    from + Duration::days(i64::from(days))
}

/// Adds an agreement with its first version; the slug is made from the title. Call inside
/// [`crate::db::write`].
pub fn add_agreement(
    conn: &mut DbConnection,
    team: &Team,
    new: &NewAgreement,
    now: DateTime<Utc>,
) -> Result<(Agreement, Version), AppError> {
    let title = one_line("--title", TITLE, &new.title, MAX_TITLE)?;
    let slug = Slug::from_title(&title)
        .map_err(|_| refused("--title", Said::new("refused-agreement-title-slug").text("title", &title)))?;
    if slug.as_str() == "new" {
        return Err(refused("--title", Said::new("refused-agreement-title-new").text("title", &title)));
    }
    let body = clean_body(&new.body)?;
    let author = one_line("--author", AUTHOR, &new.author, MAX_LINE)?;
    if find_optional(conn, team.id, slug.as_str())?.is_some() {
        return Err(taken(team, &slug));
    }
    let next_review_on = new.review_every.map(|every| days_after(team_today(team, now), every.days()));
    diesel::insert_into(agreements::table)
        .values((
            agreements::team_id.eq(team.id),
            agreements::slug.eq(slug.as_str()),
            agreements::title.eq(&title),
            agreements::relates_to.eq(new.relates.to_stored()),
            agreements::review_every_days.eq(new.review_every.map(ReviewEvery::days)),
            agreements::next_review_on.eq(next_review_on),
            agreements::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)
        .map_err(|e| conflict_or(e, || taken(team, &slug)))?;
    let agreement = find_agreement(conn, team, slug.as_str())?;
    let version = insert_version(conn, team, &agreement, 1, &body, &author, "First version.", now)?;
    Ok((agreement, version))
}

fn taken(team: &Team, slug: &Slug) -> AppError {
    AppError::Conflict(format!(
        "team '{}' has an agreement '{slug}' already: `candor agreement edit --team {} {slug} --file BODY.md --note NOTE` changes it",
        team.slug, team.slug
    ))
}

/// A unique-key clash as the error `conflict` makes; anything else as usual.
fn conflict_or(e: DieselError, conflict: impl FnOnce() -> AppError) -> AppError {
    match e {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => conflict(),
        other => other.into(),
    }
}

fn find_optional(
    conn: &mut DbConnection,
    team_id: TeamId,
    slug: &str,
) -> Result<Option<Agreement>, AppError> {
    Ok(agreements::table
        .filter(agreements::team_id.eq(team_id).and(agreements::slug.eq(slug)))
        .select(Agreement::as_select())
        .first(conn)
        .optional()?)
}

/// Finds `team`'s agreement by slug; the error says how to list them.
pub fn find_agreement(conn: &mut DbConnection, team: &Team, slug: &str) -> Result<Agreement, AppError> {
    find_optional(conn, team.id, slug)?.ok_or_else(|| {
        AppError::NotFound(format!(
            "no agreement '{slug}' in team '{}': `candor agreement list --team {}` shows its agreements",
            team.slug, team.slug
        ))
    })
}

/// A team's agreements by title, each with its number of versions.
pub fn agreements_of_team(
    conn: &mut DbConnection,
    team_id: TeamId,
) -> Result<Vec<(Agreement, i64)>, AppError> {
    let all: Vec<Agreement> = agreements::table
        .filter(agreements::team_id.eq(team_id))
        .order((agreements::title.asc(), agreements::id.asc()))
        .select(Agreement::as_select())
        .load(conn)?;
    let ids: Vec<i64> = all.iter().map(|a| a.id).collect();
    let counts: std::collections::HashMap<i64, i64> = agreement_versions::table
        .filter(agreement_versions::agreement_id.eq_any(&ids))
        .group_by(agreement_versions::agreement_id)
        .select((agreement_versions::agreement_id, diesel::dsl::count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(all
        .into_iter()
        .map(|a| {
            let versions = counts.get(&a.id).copied().unwrap_or(0);
            (a, versions)
        })
        .collect())
}

/// Saves a new version of `agreement` (the next number), counts it as a review and moves the
/// next review by the cadence. Text identical to the current version is refused. Call
/// inside [`crate::db::write`].
pub fn edit_agreement(
    conn: &mut DbConnection,
    team: &Team,
    agreement: &Agreement,
    edit: &Edit,
    now: DateTime<Utc>,
) -> Result<Version, AppError> {
    let body = clean_body(&edit.body)?;
    let note = one_line("--note", NOTE, &edit.note, MAX_LINE)?;
    let author = one_line("--author", AUTHOR, &edit.author, MAX_LINE)?;
    let current = current_version(conn, agreement)?;
    if current.body == body {
        let said = Said::new("refused-agreement-unchanged")
            .number("version", current.number)
            .text("team", &team.slug)
            .text("agreement", &agreement.slug);
        return Err(refused("--file", said));
    }
    let version = insert_version(conn, team, agreement, current.number + 1, &body, &author, &note, now)?;
    reviews::record_review(conn, team, agreement, &author, reviews::Outcome::Edited(version.number), now)?;
    Ok(version)
}

#[allow(clippy::too_many_arguments)]
fn insert_version(
    conn: &mut DbConnection,
    team: &Team,
    agreement: &Agreement,
    number: i32,
    body: &str,
    author: &str,
    note: &str,
    now: DateTime<Utc>,
) -> Result<Version, AppError> {
    diesel::insert_into(agreement_versions::table)
        .values((
            agreement_versions::agreement_id.eq(agreement.id),
            agreement_versions::number.eq(number),
            agreement_versions::body.eq(body),
            agreement_versions::author.eq(author),
            agreement_versions::note.eq(note),
            agreement_versions::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)
        .map_err(|e| {
            conflict_or(e, || {
                AppError::Conflict(format!(
                    "version {number} of '{}' was saved by someone else just now: look at `candor agreement history` and try again",
                    agreement.slug
                ))
            })
        })?;
    announce_version(conn, team, agreement, number, note, now)?;
    version(conn, agreement, number)
}

/// Queues `agreement.changed` for a new version, in its transaction.
fn announce_version(
    conn: &mut DbConnection,
    team: &Team,
    agreement: &Agreement,
    number: i32,
    note: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let data = serde_json::json!({
        "team": { "slug": team.slug, "name": team.name },
        "agreement": { "slug": agreement.slug, "title": agreement.title, "version": number, "note": note },
        "page": format!("/teams/{}/agreements/{}", team.slug, agreement.slug),
    });
    let subject = format!("{}:{number}", agreement.id);
    super::webhooks::queue_event(
        conn,
        super::webhooks::Event::AgreementChanged,
        &subject,
        data,
        now.naive_utc(),
    )?;
    Ok(())
}

/// Every version of `agreement`, oldest first.
pub fn history(conn: &mut DbConnection, agreement: &Agreement) -> Result<Vec<Version>, AppError> {
    Ok(agreement_versions::table
        .filter(agreement_versions::agreement_id.eq(agreement.id))
        .order(agreement_versions::number.asc())
        .select(Version::as_select())
        .load(conn)?)
}

/// The latest version of `agreement`.
pub fn current_version(conn: &mut DbConnection, agreement: &Agreement) -> Result<Version, AppError> {
    agreement_versions::table
        .filter(agreement_versions::agreement_id.eq(agreement.id))
        .order(agreement_versions::number.desc())
        .select(Version::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::broken(format!("agreement {} has no version", agreement.id)))
}

/// Version `number` of `agreement`; the error names the versions there are.
pub fn version(conn: &mut DbConnection, agreement: &Agreement, number: i32) -> Result<Version, AppError> {
    let found = agreement_versions::table
        .filter(agreement_versions::agreement_id.eq(agreement.id).and(agreement_versions::number.eq(number)))
        .select(Version::as_select())
        .first(conn)
        .optional()?;
    match found {
        Some(v) => Ok(v),
        None => {
            let last = current_version(conn, agreement)?.number;
            let range =
                if last == 1 { "only version 1".to_string() } else { format!("versions 1 to {last}") };
            Err(AppError::NotFound(format!(
                "agreement '{}' has no version {number}; it has {range}",
                agreement.slug
            )))
        }
    }
}
