//! Demo data, so a newcomer sees something on every page: an organisation with Product,
//! Engineering and Design teams and their people. Loading it twice changes nothing.

use std::fmt;

use crate::db::{self, DbConnection};
use crate::domain::people::{self, PersonRow};
use crate::domain::teams::{self, NewTeam};
use crate::domain::{Email, Role, Slug};
use crate::error::AppError;

/// Demo teams: slug, name, parent, size. Design is deliberately below the default min_group.
const TEAMS: &[(&str, &str, Option<&str>, usize)] = &[
    ("acme", "Acme", None, 0),
    ("product", "Product", Some("acme"), 8),
    ("engineering", "Engineering", Some("acme"), 14),
    ("design", "Design", Some("acme"), 4),
];

/// What the demo loader did.
#[derive(Debug, Default)]
pub struct DemoSummary {
    teams_added: usize,
    people_added: usize,
}

impl fmt::Display for DemoSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "demo data: {} teams and {} people added", self.teams_added, self.people_added)
    }
}

/// Adds whatever part of the demo organisation is missing.
pub fn seed(conn: &mut DbConnection, min_group: i32) -> Result<DemoSummary, AppError> {
    db::write(conn, |c| {
        let mut summary = DemoSummary::default();
        let existing = teams::team_ids_by_slug(c)?;
        for (slug, name, parent, _) in TEAMS.iter().filter(|t| !existing.contains_key(t.0)) {
            let new = NewTeam {
                slug: Slug::parse(slug).map_err(|m| AppError::invalid("slug", m))?,
                name: (*name).to_string(),
                parent: parent.map(Slug::parse).transpose().map_err(|m| AppError::invalid("parent", m))?,
                min_group,
            };
            teams::add_team(c, &new)?;
            summary.teams_added += 1;
        }
        let rows = demo_people()?;
        summary.people_added = people::import_people(c, &rows, "demo", || {})?.people_added;
        Ok(summary)
    })
}

fn demo_people() -> Result<Vec<PersonRow>, AppError> {
    let mut rows = Vec::new();
    for (slug, name, _, size) in TEAMS {
        for i in 1..=*size {
            let email = Email::parse(&format!("{slug}{i}@demo.candor.test"))
                .map_err(|m| AppError::invalid("email", m))?;
            rows.push(PersonRow {
                line: rows.len() as u64 + 2,
                email,
                name: format!("{name} Person {i}"),
                team: Slug::parse(slug).map_err(|m| AppError::invalid("team", m))?,
                role: if i == 1 { Role::Lead } else { Role::Member },
            });
        }
    }
    Ok(rows)
}
