//! `candor team …` and `candor people …`.

use crate::config::Settings;
use crate::db;
use crate::domain::{Slug, people, teams};
use chrono::Utc;

use crate::domain::audit;
use crate::error::AppError;

use super::open;

pub(super) fn team_add(
    settings: &Settings,
    slug: String,
    name: String,
    parent: Option<String>,
    min_group: Option<i32>,
) -> Result<(), AppError> {
    let new = teams::NewTeam {
        slug: Slug::parse(&slug).map_err(|m| AppError::invalid("SLUG", m))?,
        name,
        parent: parent.map(|p| Slug::parse(&p).map_err(|m| AppError::invalid("--parent", m))).transpose()?,
        min_group: min_group.unwrap_or(settings.min_group),
    };
    let pool = open(settings)?;
    let team = db::write(&mut *pool.get()?, |c| {
        let team = teams::add_team(c, &new)?;
        let detail = format!("min_group {}", team.min_group);
        audit::record(c, &audit::cli_actor(), "team.add", &team.slug, &detail, Utc::now().naive_utc())?;
        Ok::<_, AppError>(team)
    })?;
    println!("added team {} ({})", team.slug, team.name);
    Ok(())
}

pub(super) fn team_list(settings: &Settings) -> Result<(), AppError> {
    let pool = open(settings)?;
    let all = teams::list_teams(&mut *pool.get()?)?;
    if all.is_empty() {
        println!("no teams yet: add one with `candor team add SLUG --name NAME`");
        return Ok(());
    }
    let width = all.iter().map(|t| t.slug.len()).max().unwrap_or(4).max(4);
    println!("{:width$}  {:>7}  {:>9}  {:16}  NAME", "SLUG", "MEMBERS", "ANSWERING", "PARENT");
    for t in all {
        println!(
            "{:width$}  {:>7}  {:>9}  {:16}  {}{}",
            t.slug,
            t.members,
            t.answering,
            t.parent.as_deref().unwrap_or("-"),
            t.name,
            if t.archived { " (archived)" } else { "" }
        );
    }
    Ok(())
}

pub(super) fn people_import(settings: &Settings, file: &std::path::Path) -> Result<(), AppError> {
    let shown = file.display().to_string();
    let input =
        std::fs::File::open(file).map_err(|e| AppError::BadRequest(format!("cannot read {shown}: {e}")))?;
    let rows = people::parse_people_csv(std::io::BufReader::new(input), &shown)?;
    let pool = open(settings)?;
    let bar = crate::cli_progress::bar(rows.len() as u64, "importing people");
    let summary = db::write(&mut *pool.get()?, |c| {
        let summary = people::import_people(c, &rows, &shown, || bar.inc(1))?;
        let detail = format!(
            "{} rows; people {} added, {} updated; memberships {} added, {} changed",
            summary.rows,
            summary.people_added,
            summary.people_updated,
            summary.memberships_added,
            summary.memberships_updated
        );
        audit::record(c, &audit::cli_actor(), "people.import", &shown, &detail, Utc::now().naive_utc())?;
        Ok::<_, AppError>(summary)
    })?;
    bar.finish_and_clear();
    println!(
        "{shown}: {} rows; people: {} added, {} updated; memberships: {} added, {} changed",
        summary.rows,
        summary.people_added,
        summary.people_updated,
        summary.memberships_added,
        summary.memberships_updated
    );
    for change in &summary.answers_for {
        println!("  {} (in {}) answers for {}", change.email, change.teams.join(", "), change.home);
    }
    if !summary.answers_for.is_empty() {
        println!("Each person answers for one team; a 'home' column (yes on one row) chooses which.");
    }
    Ok(())
}

pub(super) fn people_list(settings: &Settings, team: Option<&str>) -> Result<(), AppError> {
    use crate::domain::home_team;
    let pool = open(settings)?;
    let mut conn = pool.get()?;
    let team_id = team.map(|slug| teams::find_team(&mut conn, slug).map(|t| t.id)).transpose()?;
    let roster = home_team::roster(&mut conn, team_id)?;
    if roster.is_empty() {
        println!("nobody yet: add people with `candor people import FILE.csv`");
        return Ok(());
    }
    let width = roster.iter().map(|p| p.email.len()).max().unwrap_or(5).max(5);
    println!("{:width$}  {:16}  {:8}  TEAMS (ROLE)", "EMAIL", "ANSWERS FOR", "ACTIVE");
    for p in roster {
        let teams: Vec<String> = p.teams.iter().map(|(slug, role)| format!("{slug} ({role})")).collect();
        println!(
            "{:width$}  {:16}  {:8}  {}",
            p.email,
            p.answers_for.as_deref().unwrap_or("-"),
            if p.active { "yes" } else { "no" },
            teams.join(", ")
        );
    }
    Ok(())
}

pub(super) fn responses_import(
    settings: &Settings,
    file: &std::path::Path,
    team: Option<&str>,
) -> Result<(), AppError> {
    use crate::domain::{history, survey};
    let shown = file.display().to_string();
    let input =
        std::fs::File::open(file).map_err(|e| AppError::BadRequest(format!("cannot read {shown}: {e}")))?;
    let pool = open(settings)?;
    let (summary, slugs) = db::write(&mut *pool.get()?, |c| {
        let survey_id = survey::survey_id(c, "default")?;
        let questions = survey::load_questions(c, survey_id)?;
        let parsed = history::parse_histories(std::io::BufReader::new(input), &questions, &shown, team)?;
        let mut histories = Vec::new();
        for (slug, history) in parsed {
            histories.push((teams::find_team(c, &slug)?, history));
        }
        let slugs: Vec<String> = histories.iter().map(|(t, _)| t.slug.clone()).collect();
        Ok::<_, AppError>((history::import_histories(c, histories, &shown)?, slugs))
    })?;
    println!(
        "{shown}: {} responses imported into {} closed pulses of {}",
        summary.responses,
        summary.pulses,
        slugs.join(", ")
    );
    Ok(())
}

pub(super) fn team_set(
    settings: &Settings,
    slug: &str,
    changes: &teams::TeamSettings,
) -> Result<(), AppError> {
    let pool = open(settings)?;
    let team = db::write(&mut *pool.get()?, |c| {
        let before = teams::find_team(c, slug)?;
        let after = teams::update_team(c, slug, changes)?;
        let detail = format!(
            "min_group {} -> {}; publish_to_members {} -> {}; ask_changes_helped {} -> {}; timezone {} -> {}; cadence {} -> {}; days_open {} -> {}",
            before.min_group,
            after.min_group,
            before.publish_to_members,
            after.publish_to_members,
            before.ask_changes_helped,
            after.ask_changes_helped,
            before.timezone,
            after.timezone,
            before.cadence,
            after.cadence,
            before.days_open,
            after.days_open
        );
        audit::record(c, &audit::cli_actor(), "team.set", slug, &detail, Utc::now().naive_utc())?;
        Ok::<_, AppError>(after)
    })?;
    println!(
        "{}: min_group {}, publish to members {}, asks whether changes helped {}, time zone {}, cadence {}, open {} days",
        team.slug,
        team.min_group,
        team.publish_to_members,
        team.ask_changes_helped,
        team.timezone,
        team.cadence,
        team.days_open
    );
    Ok(())
}

pub(super) fn team_archive(settings: &Settings, slug: &str, archived: bool) -> Result<(), AppError> {
    use crate::domain::team_changes;
    let pool = open(settings)?;
    let changed = db::write(&mut *pool.get()?, |c| {
        let team = teams::find_team(c, slug)?;
        let now = Utc::now();
        let (changed, action, detail) = match archived {
            true => (team_changes::archive(c, &team, now)?, "team.archive", "no more pulses; pages stay"),
            false => (team_changes::unarchive(c, &team)?, "team.unarchive", "scheduled again if launched"),
        };
        if changed {
            audit::record(c, &audit::cli_actor(), action, slug, detail, now.naive_utc())?;
        }
        Ok::<_, AppError>(changed)
    })?;
    match (archived, changed) {
        (true, true) => {
            println!("{slug} is archived: no more pulses open for it; its pages and history stay")
        }
        (true, false) => println!("{slug} was archived already"),
        (false, true) => {
            println!("{slug} is back from the archive: once launched, its monthly pulses open again")
        }
        (false, false) => println!("{slug} is not archived"),
    }
    Ok(())
}
