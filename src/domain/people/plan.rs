//! A people file as a plan before anything is stored: who is added, whose name or role
//! changes, who moves between teams, and who is absent from the file (would leave). The page
//! shows the plan; confirming applies it in one transaction. For the people it lists, the file
//! is the whole truth about their teams: a team they are in and the file does not list is a
//! team they leave (so a re-import moves someone instead of adding a second team).

use std::collections::{BTreeMap, BTreeSet};

use diesel::prelude::*;
use serde::Serialize;

use super::{PersonRow, deactivate_person, import_people};
use crate::db::DbConnection;
use crate::db::schema::{memberships, people, teams};
use crate::domain::home_team::{RosterLine, roster};
use crate::domain::{Email, TeamId};
use crate::error::AppError;

/// One person in the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanLine {
    /// Their address.
    pub email: String,
    /// Their name (the file's, for people in it).
    pub name: String,
    /// Their teams now, as `slug (role)`.
    pub before: Vec<String>,
    /// Their teams after the import.
    pub after: Vec<String>,
}

/// What a file would do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportPlan {
    /// New people.
    pub added: Vec<PlanLine>,
    /// Same teams; a new name, a new role, or active again.
    pub changed: Vec<PlanLine>,
    /// Teams joined or left.
    pub moved: Vec<PlanLine>,
    /// Active people the file does not list.
    pub absent: Vec<PlanLine>,
    /// People the file lists as they are.
    pub unchanged: usize,
}

fn shown(teams: &BTreeMap<String, String>) -> Vec<String> {
    teams
        .iter()
        .map(|(slug, role)| if role == "member" { slug.clone() } else { format!("{slug} ({role})") })
        .collect()
}

/// The plan of `rows` against the people there are now. Pure: the same inputs, the same plan.
pub fn plan(current: &[RosterLine], rows: &[PersonRow]) -> ImportPlan {
    let mut wanted: BTreeMap<&str, (&str, BTreeMap<String, String>)> = BTreeMap::new();
    for row in rows {
        let entry = wanted.entry(row.email.as_str()).or_insert((row.name.as_str(), BTreeMap::new()));
        entry.1.insert(row.team.to_string(), row.role.as_str().to_string());
    }
    let now: BTreeMap<&str, &RosterLine> = current.iter().map(|l| (l.email.as_str(), l)).collect();
    let mut out = ImportPlan::default();
    for (email, (name, teams)) in &wanted {
        let after = shown(teams);
        let Some(line) = now.get(email) else {
            out.added.push(PlanLine {
                email: email.to_string(),
                name: name.to_string(),
                before: Vec::new(),
                after,
            });
            continue;
        };
        let had: BTreeMap<String, String> = line.teams.iter().cloned().collect();
        let entry = PlanLine { email: email.to_string(), name: name.to_string(), before: shown(&had), after };
        let same_teams = had.keys().eq(teams.keys());
        if !same_teams {
            out.moved.push(entry);
        } else if had != *teams || line.name != *name || !line.active {
            out.changed.push(entry);
        } else {
            out.unchanged += 1;
        }
    }
    for line in current.iter().filter(|l| l.active && !wanted.contains_key(l.email.as_str())) {
        let had: BTreeMap<String, String> = line.teams.iter().cloned().collect();
        out.absent.push(PlanLine {
            email: line.email.clone(),
            name: line.name.clone(),
            before: shown(&had),
            after: Vec::new(),
        });
    }
    out
}

/// The plan of `rows` against the database now.
pub fn plan_import(conn: &mut DbConnection, rows: &[PersonRow]) -> Result<ImportPlan, AppError> {
    Ok(plan(&roster(conn, None)?, rows))
}

/// Applies `rows` as planned (recomputed here, inside the transaction): adds and updates people
/// and memberships, removes the memberships the file no longer lists for its people, and, when
/// `deactivate_absent`, deactivates the people it does not list (their open invitations
/// withdrawn, their queued emails cancelled). Returns the plan it applied. Call inside
/// [`crate::db::write`], so a failure stores nothing.
pub fn apply_import(
    conn: &mut DbConnection,
    rows: &[PersonRow],
    deactivate_absent: bool,
) -> Result<ImportPlan, AppError> {
    let planned = plan_import(conn, rows)?;
    // Teams left first: the import then settles homes against the teams that remain, so a
    // person moved out of the team they answered for answers for their new one.
    leave_unlisted_teams(conn, rows)?;
    import_people(conn, rows, "the file", || {})?;
    if deactivate_absent {
        for line in &planned.absent {
            let email =
                Email::parse(&line.email).map_err(|m| AppError::broken(format!("stored address: {m}")))?;
            deactivate_person(conn, &email)?;
        }
    }
    Ok(planned)
}

fn leave_unlisted_teams(conn: &mut DbConnection, rows: &[PersonRow]) -> Result<(), AppError> {
    let listed: BTreeSet<(&str, &str)> = rows.iter().map(|r| (r.email.as_str(), r.team.as_str())).collect();
    let emails: Vec<&str> = listed.iter().map(|(e, _)| *e).collect();
    let held: Vec<(i64, String, TeamId, String)> = memberships::table
        .inner_join(people::table)
        .inner_join(teams::table)
        .filter(people::email.eq_any(&emails))
        .select((people::id, people::email, memberships::team_id, teams::slug))
        .load(conn)?;
    for (person, email, team, slug) in held {
        if !listed.contains(&(email.as_str(), slug.as_str())) {
            diesel::delete(memberships::table.find((person, team))).execute(conn)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Role, Slug};

    fn row(email: &str, name: &str, team: &str, role: Role) -> PersonRow {
        PersonRow {
            line: 2,
            email: Email::parse(email).unwrap(),
            name: name.into(),
            team: Slug::parse(team).unwrap(),
            role,
            home: false,
            language: None,
        }
    }

    fn line(email: &str, name: &str, teams: &[(&str, &str)], active: bool) -> RosterLine {
        RosterLine {
            id: 1,
            email: email.into(),
            name: name.into(),
            active,
            teams: teams.iter().map(|(t, r)| (t.to_string(), r.to_string())).collect(),
            answers_for: None,
        }
    }

    #[test]
    fn a_file_is_planned_as_added_changed_moved_and_absent() {
        let current = [
            line("ana@x.test", "Ana", &[("design", "member")], true),
            line("bo@x.test", "Bo", &[("design", "member")], true),
            line("cy@x.test", "Cy", &[("design", "lead")], true),
            line("di@x.test", "Di", &[("design", "member")], true),
            line("ed@x.test", "Ed", &[("design", "member")], false),
        ];
        let rows = [
            row("ana@x.test", "Ana", "design", Role::Member),
            row("bo@x.test", "Bo", "product", Role::Member),
            row("cy@x.test", "Cy Silva", "design", Role::Lead),
            row("fe@x.test", "Fe", "product", Role::Lead),
        ];
        let planned = plan(&current, &rows);
        assert_eq!(planned.unchanged, 1);
        assert_eq!(planned.added[0].after, ["product (lead)"]);
        assert_eq!(
            (planned.moved[0].before.clone(), planned.moved[0].after.clone()),
            (vec!["design".to_string()], vec!["product".to_string()])
        );
        assert_eq!(planned.changed[0].name, "Cy Silva");
        let absent: Vec<&str> = planned.absent.iter().map(|l| l.email.as_str()).collect();
        assert_eq!(absent, ["di@x.test"], "the inactive are not leaving again");
    }

    #[test]
    fn a_new_role_or_a_return_is_a_change() {
        let current = [line("ana@x.test", "Ana", &[("design", "member")], false)];
        let planned = plan(&current, &[row("ana@x.test", "Ana", "design", Role::Lead)]);
        assert_eq!(planned.changed[0].after, ["design (lead)"]);
        let back = plan(&current, &[row("ana@x.test", "Ana", "design", Role::Member)]);
        assert_eq!(back.changed.len(), 1, "made active again");
    }
}
