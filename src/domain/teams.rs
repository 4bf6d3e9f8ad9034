//! Teams: the units that are surveyed, nested under a parent (e.g. Product > Platform).

use std::collections::HashMap;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::Slug;
use super::cadence::Cadence;
use super::ids::TeamId;
use crate::db::DbConnection;
use crate::db::schema::{memberships, people, teams};
use crate::error::{AppError, Said};
use crate::i18n::refused;

/// A team as stored.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = teams)]
pub struct Team {
    /// Row id.
    pub id: TeamId,
    /// URL and CLI name.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// The team this one sits under, if any.
    pub parent_id: Option<TeamId>,
    /// Anonymity threshold for new pulses of this team.
    pub min_group: i32,
    /// Threshold for showing comments (never below `min_group`).
    pub comment_min: i32,
    /// IANA time zone for scheduling, e.g. `Europe/Berlin`.
    pub timezone: String,
    /// How often pulses open, as stored (see [`super::cadence::Cadence`]).
    pub cadence: String,
    /// Whether members may read the team page and receive the summary.
    pub publish_to_members: bool,
    /// Whether the next pulse asks "Did the changes since last month help?".
    pub ask_changes_helped: bool,
    /// When the team was added.
    pub created_at: NaiveDateTime,
    /// When an admin launched the team's cadence; the scheduler opens nothing before.
    pub launched_at: Option<NaiveDateTime>,
    /// When an admin archived the team: the scheduler opens nothing for it; its pages stay.
    pub archived_at: Option<NaiveDateTime>,
    /// How many days its pulses stay open.
    pub days_open: i32,
    /// A set of its survey asked every other pulse only (see `team_survey::set_rotation`).
    pub rotate_set: Option<String>,
}

impl Team {
    /// The team's cadence (monthly when the stored value is not one, which the settings never
    /// store).
    pub fn cadence(&self) -> super::cadence::Cadence {
        super::cadence::Cadence::parse(&self.cadence).unwrap_or(super::cadence::Cadence::Monthly)
    }

    /// How long its pulses stay open.
    pub fn open_for(&self) -> chrono::Duration {
        chrono::Duration::days(i64::from(self.days_open))
    }

    /// The team's time zone, UTC when it is not a known IANA name.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::Tz::UTC)
    }

    /// Refuses (409) to schedule or open a pulse for an archived team.
    pub fn refuse_if_archived(&self) -> Result<(), AppError> {
        match self.archived_at {
            None => Ok(()),
            Some(_) => Err(AppError::Conflict(format!(
                "team '{}' is archived: unarchive it first (`candor team unarchive {}`)",
                self.slug, self.slug
            ))),
        }
    }
}

/// One line of the team list.
#[derive(Debug, Clone, Serialize)]
pub struct TeamSummary {
    /// URL and CLI name.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Slug of the parent team.
    pub parent: Option<String>,
    /// Active members (any role).
    pub members: i64,
    /// Active people who answer for this team (their home team; one voice each).
    pub answering: i64,
    /// Archived: no more pulses.
    pub archived: bool,
}

/// What `add_team` needs.
#[derive(Debug, Clone)]
pub struct NewTeam {
    /// URL and CLI name.
    pub slug: Slug,
    /// Display name, 1 to 100 characters.
    pub name: String,
    /// Parent team's slug.
    pub parent: Option<Slug>,
    /// Anonymity threshold (3 to 10).
    pub min_group: i32,
}

/// Finds a team by slug; the error says how to list the teams.
pub fn find_team(conn: &mut DbConnection, slug: &str) -> Result<Team, AppError> {
    teams::table
        .filter(teams::slug.eq(slug))
        .select(Team::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("no team '{slug}': `candor team list` shows the teams")))
}

/// The longest display name of a team, in characters.
const MAX_NAME: usize = 100;

/// The anonymity thresholds a team may have.
const THRESHOLD: std::ops::RangeInclusive<i32> = 3..=10;

/// The refusal of a threshold outside [`THRESHOLD`], on `field`.
fn threshold_refused(field: &str) -> AppError {
    let said =
        Said::new("refused-team-threshold").number("min", *THRESHOLD.start()).number("max", *THRESHOLD.end());
    refused(field, said)
}

/// A display name: one line of 1 to 100 characters, trimmed.
pub fn clean_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
        return Err(refused("name", Said::new("refused-team-name").number("max", MAX_NAME)));
    }
    Ok(name.to_string())
}

/// Adds a team; refuses a taken slug, an unknown parent or an empty name.
pub fn add_team(conn: &mut DbConnection, new: &NewTeam) -> Result<Team, AppError> {
    let name = clean_name(&new.name)?;
    if !THRESHOLD.contains(&new.min_group) {
        return Err(threshold_refused("min_group"));
    }
    let taken = teams::table.filter(teams::slug.eq(new.slug.as_str())).count().get_result::<i64>(conn)?;
    if taken > 0 {
        return Err(AppError::Conflict(format!("a team '{}' exists already", new.slug)));
    }
    let parent_id = match &new.parent {
        Some(p) => Some(find_team(conn, p.as_str())?.id),
        None => None,
    };
    diesel::insert_into(teams::table)
        .values((
            teams::slug.eq(new.slug.as_str()),
            teams::name.eq(&name),
            teams::parent_id.eq(parent_id),
            teams::min_group.eq(new.min_group),
            teams::comment_min.eq(new.min_group.max(5)),
            // Members read their team's results unless a lead turns it off (docs/design.md,
            // "The workspace"): the thresholds protect everyone alike.
            teams::publish_to_members.eq(true),
            teams::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    find_team(conn, new.slug.as_str())
}

/// Every team with its parent's slug, its count of active members and of the people who
/// answer for it, by slug.
pub fn list_teams(conn: &mut DbConnection) -> Result<Vec<TeamSummary>, AppError> {
    let all: Vec<Team> = teams::table.select(Team::as_select()).order(teams::slug.asc()).load(conn)?;
    let counts: HashMap<TeamId, i64> = memberships::table
        .inner_join(people::table)
        .filter(people::active.eq(true))
        .group_by(memberships::team_id)
        .select((memberships::team_id, diesel::dsl::count_star()))
        .load::<(TeamId, i64)>(conn)?
        .into_iter()
        .collect();
    let answering = super::home_team::answering_counts(conn)?;
    let slugs: HashMap<TeamId, String> = all.iter().map(|t| (t.id, t.slug.clone())).collect();
    Ok(all
        .into_iter()
        .map(|t| TeamSummary {
            parent: t.parent_id.and_then(|p| slugs.get(&p).cloned()),
            members: counts.get(&t.id).copied().unwrap_or(0),
            answering: answering.get(&t.id).copied().unwrap_or(0),
            archived: t.archived_at.is_some(),
            slug: t.slug,
            name: t.name,
        })
        .collect())
}

/// Slug to id of every team, for imports that name teams by slug.
pub fn team_ids_by_slug(conn: &mut DbConnection) -> Result<HashMap<String, TeamId>, AppError> {
    Ok(teams::table.select((teams::slug, teams::id)).load::<(String, TeamId)>(conn)?.into_iter().collect())
}

/// Changes to a team's settings; `None` leaves a setting as it is.
#[derive(Debug, Clone, Default)]
pub struct TeamSettings {
    /// Anonymity threshold for pulses opened from now on (3 to 10).
    pub min_group: Option<i32>,
    /// Threshold for showing comments (3 to 10, never below `min_group`); without it, the
    /// comment threshold is raised to `min_group` when it is lower.
    pub comment_min: Option<i32>,
    /// Whether members may read the team page and receive the summary.
    pub publish_to_members: Option<bool>,
    /// Whether pulses ask "Did the changes since last month help?".
    pub ask_changes_helped: Option<bool>,
    /// IANA time zone, e.g. `Europe/Berlin`.
    pub timezone: Option<String>,
    /// `monthly`, `quarterly`, `weeks:N` or `manual` (see [`super::cadence::Cadence`]).
    pub cadence: Option<String>,
    /// Days its pulses stay open.
    pub days_open: Option<i64>,
}

/// Applies `changes` to the team `slug`; every value is checked first.
pub fn update_team(conn: &mut DbConnection, slug: &str, changes: &TeamSettings) -> Result<Team, AppError> {
    let team = find_team(conn, slug)?;
    if changes.min_group.is_some_and(|m| !THRESHOLD.contains(&m)) {
        return Err(threshold_refused("--min-group"));
    }
    if let Some(tz) = changes.timezone.as_deref().filter(|tz| tz.parse::<chrono_tz::Tz>().is_err()) {
        return Err(refused("--timezone", Said::new("refused-team-timezone").text("zone", tz)));
    }
    let cadence = match changes.cadence.as_deref() {
        Some(raw) => Cadence::parse(raw).map_err(|said| refused("--cadence", said))?,
        None => team.cadence(),
    };
    let days_open = changes.days_open.unwrap_or(i64::from(team.days_open));
    cadence.check_days_open(days_open).map_err(|said| refused("--days-open", said))?;
    let min_group = changes.min_group.unwrap_or(team.min_group);
    let comment_min = match changes.comment_min {
        Some(c) if !(min_group..=*THRESHOLD.end()).contains(&c) => {
            let said = Said::new("refused-team-comment-threshold")
                .number("value", c)
                .number("min", min_group)
                .number("max", *THRESHOLD.end());
            return Err(refused("--comment-min", said));
        }
        Some(c) => c,
        None => team.comment_min.max(min_group),
    };
    diesel::update(teams::table.find(team.id))
        .set((
            teams::min_group.eq(min_group),
            teams::comment_min.eq(comment_min),
            teams::publish_to_members.eq(changes.publish_to_members.unwrap_or(team.publish_to_members)),
            teams::ask_changes_helped.eq(changes.ask_changes_helped.unwrap_or(team.ask_changes_helped)),
            teams::timezone.eq(changes.timezone.clone().unwrap_or(team.timezone)),
            teams::cadence.eq(cadence.as_stored()),
            teams::days_open.eq(i32::try_from(days_open).unwrap_or(team.days_open)),
        ))
        .execute(conn)?;
    find_team(conn, slug)
}
