//! People and their memberships, and the all-or-nothing CSV import (`email,name,team,role`,
//! optionally `home`: which of a person's teams they answer for, see [`super::home_team`]).

use std::collections::HashMap;
use std::io::Read;

use chrono::Utc;
use diesel::prelude::*;

use super::ids::TeamId;
use super::problems::{Problems, column_index, line_of};
use super::{Email, Role, Slug, teams};
use crate::db::DbConnection;
use crate::db::schema::{memberships, people};
use crate::error::{AppError, Said};
use crate::i18n::Lang;

mod edit;
mod leavers;
pub mod plan;
pub use edit::{Person, PersonEdit, TeamNames, add_person, edit_person, find_person, set_language};
pub use leavers::{Deactivated, Removed, deactivate_person, reactivate_person, remove_person};

/// The name of the person with `email`, if there is one (a test invitation greets them by it).
pub fn name_of(conn: &mut DbConnection, email: &str) -> Result<Option<String>, AppError> {
    Ok(people::table.filter(people::email.eq(email)).select(people::name).first(conn).optional()?)
}

/// The language of the person with `email`, if there is one and it is a known code.
pub fn language_of(conn: &mut DbConnection, email: &str) -> Result<Option<Lang>, AppError> {
    let code: Option<String> =
        people::table.filter(people::email.eq(email)).select(people::language).first(conn).optional()?;
    Ok(code.as_deref().and_then(Lang::parse))
}

/// One valid row of a people file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    /// Line in the file, for messages.
    pub line: u64,
    /// The person's address (their identity).
    pub email: Email,
    /// Display name.
    pub name: String,
    /// The team they belong to.
    pub team: Slug,
    /// Their role there.
    pub role: Role,
    /// The file says this is the team they answer for (`home` column `yes`).
    pub home: bool,
    /// Their language (`language` column), when the file gives one; otherwise it is left as
    /// it is (English for someone new).
    pub language: Option<Lang>,
}

/// What an import changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// Rows read.
    pub rows: usize,
    /// People created.
    pub people_added: usize,
    /// People whose name changed or who were made active again.
    pub people_updated: usize,
    /// Memberships created.
    pub memberships_added: usize,
    /// Memberships whose role changed.
    pub memberships_updated: usize,
    /// People in more than one team, with the team they answer for, where the import set or
    /// changed it: (email, home team, all their teams).
    pub answers_for: Vec<super::home_team::HomeChange>,
}

const COLUMNS: [&str; 4] = ["email", "name", "team", "role"];

/// The optional column that says which team a person answers for.
const HOME_COLUMN: &str = "home";
/// The optional column of the person's language: en, de, fr, es or ar.
const LANGUAGE_COLUMN: &str = "language";

/// Reads and validates the whole file; returns every row or every problem.
pub fn parse_people_csv<R: Read>(input: R, file: &str) -> Result<Vec<PersonRow>, AppError> {
    let (rows, problems) = read_people_csv(input, file)?;
    problems.into_result(file)?;
    Ok(rows)
}

/// Reads the whole file: the valid rows and the problems of the others, by line and field (a
/// missing column or an unreadable header is an error at once). For a page that lists every
/// problem together, the unknown teams among them ([`unknown_teams`]).
pub fn read_people_csv<R: Read>(input: R, file: &str) -> Result<(Vec<PersonRow>, Problems), AppError> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(input);
    let mut problems = Problems::default();
    let headers = reader
        .headers()
        .map_err(|e| AppError::BadRequest(format!("{file}: cannot read the header line: {e}")))?
        .clone();
    let index: Vec<Option<usize>> = COLUMNS.iter().map(|c| column_index(&headers, c)).collect();
    for (column, found) in COLUMNS.iter().zip(&index) {
        if found.is_none() {
            problems.push(1, "header", format!("no '{column}' column; the columns are email,name,team,role"));
        }
    }
    problems.clone().into_result(file)?;
    let cols: Vec<usize> = index.into_iter().flatten().collect();
    let home_col = column_index(&headers, HOME_COLUMN);
    let language_col = column_index(&headers, LANGUAGE_COLUMN);
    let mut rows = Vec::new();
    let mut seen: HashMap<(Email, Slug), u64> = HashMap::new();
    let mut homes: HashMap<Email, u64> = HashMap::new();
    let mut names: HashMap<Email, (String, u64)> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(line_of(e.position()), "row", e.to_string());
                continue;
            }
        };
        let line = line_of(record.position());
        let cell = |i: usize| record.get(cols[i]).unwrap_or("");
        let home = home_col.and_then(|i| record.get(i)).unwrap_or("");
        let language = language_col.and_then(|i| record.get(i)).unwrap_or("");
        let cells = [cell(0), cell(1), cell(2), cell(3), home, language];
        if let Some(row) = parse_row(line, cells, &mut problems) {
            check_duplicates(&row, &mut seen, &mut names, &mut problems);
            check_one_home(&row, &mut homes, &mut problems);
            rows.push(row);
        }
    }
    Ok((rows, problems))
}

/// Adds a problem for each row whose team does not exist.
pub fn unknown_teams(
    conn: &mut DbConnection,
    rows: &[PersonRow],
    problems: &mut Problems,
) -> Result<(), AppError> {
    let team_ids = teams::team_ids_by_slug(conn)?;
    for row in rows.iter().filter(|r| !team_ids.contains_key(r.team.as_str())) {
        problems.push(row.line, "team", format!("no team '{}': add it on the teams page first", row.team));
    }
    Ok(())
}

fn parse_row(line: u64, cells: [&str; 6], problems: &mut Problems) -> Option<PersonRow> {
    let [email, name, team, role, home, language] = cells;
    let email = Email::parse(email).map_err(|m| problems.push(line, "email", m)).ok();
    let name = parse_name(name).map_err(|m| problems.push(line, "name", m)).ok();
    let team = Slug::parse(team).map_err(|m| problems.push(line, "team", m)).ok();
    let role = role.parse::<Role>().map_err(|m| problems.push(line, "role", m)).ok();
    let home = parse_home(home).map_err(|m| problems.push(line, HOME_COLUMN, m)).ok();
    let language = parse_language(language).map_err(|m| problems.push(line, LANGUAGE_COLUMN, m)).ok();
    Some(PersonRow {
        line,
        email: email?,
        name: name?,
        team: team?,
        role: role?,
        home: home?,
        language: language?,
    })
}

/// A language code, or nothing when the cell is empty.
pub fn parse_language(raw: &str) -> Result<Option<Lang>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    Lang::parse(raw).map(Some).ok_or_else(|| {
        format!(
            "'{}' is not a language Candor speaks; use en, de, fr, es or ar",
            raw.chars().take(20).collect::<String>()
        )
    })
}

fn parse_home(raw: &str) -> Result<bool, String> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "yes" | "true" | "1" => Ok(true),
        "" | "no" | "false" | "0" => Ok(false),
        other => Err(format!("'{other}' is not yes or no (yes: the team this person answers for)")),
    }
}

fn check_one_home(row: &PersonRow, homes: &mut HashMap<Email, u64>, problems: &mut Problems) {
    if !row.home {
        return;
    }
    if let Some(first) = homes.insert(row.email.clone(), row.line) {
        problems.push(
            row.line,
            HOME_COLUMN,
            format!("{} answers for one team only; line {first} says home already", row.email),
        );
    }
}

/// The longest name of a person, in characters.
const MAX_NAME: usize = 200;

/// A person's name, trimmed; the refusal in English (for the import's problems and SCIM).
pub(crate) fn parse_name(raw: &str) -> Result<String, String> {
    checked_name(raw).map_err(|said| crate::i18n::english(&said))
}

/// A person's name, trimmed: not empty, at most [`MAX_NAME`] characters, no NUL.
pub(crate) fn checked_name(raw: &str) -> Result<String, Said> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(Said::new("refused-person-name-empty"));
    }
    if name.chars().count() > MAX_NAME {
        return Err(Said::new("refused-person-name-long").number("max", MAX_NAME));
    }
    if name.contains('\0') {
        return Err(Said::new("refused-person-name-nul"));
    }
    Ok(name.to_string())
}

fn check_duplicates(
    row: &PersonRow,
    seen: &mut HashMap<(Email, Slug), u64>,
    names: &mut HashMap<Email, (String, u64)>,
    problems: &mut Problems,
) {
    let key = (row.email.clone(), row.team.clone());
    if let Some(first) = seen.insert(key, row.line) {
        problems.push(
            row.line,
            "email",
            format!("{} is listed for team '{}' already on line {first}", row.email, row.team),
        );
    }
    match names.get(&row.email) {
        Some((name, first)) if *name != row.name => problems.push(
            row.line,
            "name",
            format!("'{}' differs from '{name}' given for {} on line {first}", row.name, row.email),
        ),
        Some(_) => {}
        None => {
            names.insert(row.email.clone(), (row.name.clone(), row.line));
        }
    }
}

/// Stores the rows: creates or updates people and memberships. Unknown teams are problems
/// and nothing is written. Call inside [`crate::db::write`] so a failure stores nothing.
pub fn import_people(
    conn: &mut DbConnection,
    rows: &[PersonRow],
    file: &str,
    mut on_row: impl FnMut(),
) -> Result<ImportSummary, AppError> {
    let team_ids = teams::team_ids_by_slug(conn)?;
    let mut problems = Problems::default();
    for row in rows.iter().filter(|r| !team_ids.contains_key(r.team.as_str())) {
        problems.push(
            row.line,
            "team",
            format!("no team '{}': `candor team list` shows the teams", row.team),
        );
    }
    problems.into_result(file)?;
    let mut known = load_people(conn)?;
    let mut roles = load_memberships(conn)?;
    let mut summary = ImportSummary { rows: rows.len(), ..ImportSummary::default() };
    let mut ids = HashMap::new();
    for row in rows {
        let person_id = upsert_person(conn, row, &mut known, &mut summary)?;
        let team_id = team_ids[row.team.as_str()];
        upsert_membership(conn, (person_id, team_id), row.role, &mut roles, &mut summary)?;
        ids.insert(row.email.clone(), person_id);
        on_row();
    }
    summary.answers_for = super::home_team::settle_homes(conn, rows, &ids, &team_ids)?;
    Ok(summary)
}

type KnownPeople = HashMap<String, (i64, String, bool)>;

fn load_people(conn: &mut DbConnection) -> Result<KnownPeople, AppError> {
    let all = people::table.select((people::id, people::email, people::name, people::active)).load::<(
        i64,
        String,
        String,
        bool,
    )>(conn)?;
    Ok(all.into_iter().map(|(id, email, name, active)| (email, (id, name, active))).collect())
}

fn load_memberships(conn: &mut DbConnection) -> Result<HashMap<(i64, TeamId), String>, AppError> {
    let all = memberships::table
        .select((memberships::person_id, memberships::team_id, memberships::role))
        .load::<(i64, TeamId, String)>(conn)?;
    Ok(all.into_iter().map(|(p, t, r)| ((p, t), r)).collect())
}

fn upsert_person(
    conn: &mut DbConnection,
    row: &PersonRow,
    known: &mut KnownPeople,
    summary: &mut ImportSummary,
) -> Result<i64, AppError> {
    if let (Some((id, _, _)), Some(lang)) = (known.get(row.email.as_str()), row.language) {
        diesel::update(people::table.find(*id)).set(people::language.eq(lang.code())).execute(conn)?;
    }
    match known.get(row.email.as_str()) {
        Some((id, name, active)) if *name == row.name && *active => Ok(*id),
        Some((id, _, _)) => {
            let id = *id;
            diesel::update(people::table.find(id))
                .set((people::name.eq(&row.name), people::active.eq(true)))
                .execute(conn)?;
            known.insert(row.email.to_string(), (id, row.name.clone(), true));
            summary.people_updated += 1;
            Ok(id)
        }
        None => {
            let id = diesel::insert_into(people::table)
                .values((
                    people::email.eq(row.email.as_str()),
                    people::name.eq(&row.name),
                    people::created_at.eq(Utc::now().naive_utc()),
                    people::language.eq(row.language.unwrap_or_default().code()),
                ))
                .returning(people::id)
                .get_result::<i64>(conn)?;
            known.insert(row.email.to_string(), (id, row.name.clone(), true));
            summary.people_added += 1;
            Ok(id)
        }
    }
}

fn upsert_membership(
    conn: &mut DbConnection,
    key: (i64, TeamId),
    role: Role,
    roles: &mut HashMap<(i64, TeamId), String>,
    summary: &mut ImportSummary,
) -> Result<(), AppError> {
    let (person_id, team_id) = key;
    match roles.get(&key) {
        Some(existing) if existing == role.as_str() => return Ok(()),
        Some(_) => {
            diesel::update(memberships::table.find(key))
                .set(memberships::role.eq(role.as_str()))
                .execute(conn)?;
            summary.memberships_updated += 1;
        }
        None => {
            diesel::insert_into(memberships::table)
                .values((
                    memberships::person_id.eq(person_id),
                    memberships::team_id.eq(team_id),
                    memberships::role.eq(role.as_str()),
                ))
                .execute(conn)?;
            summary.memberships_added += 1;
        }
    }
    roles.insert(key, role.as_str().to_string());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_refused_with_a_sentence_in_any_language() {
        assert_eq!(checked_name("  Zoë A. ").unwrap(), "Zoë A.");
        assert_eq!(parse_name(" ").unwrap_err(), "The name is empty: a person needs a name.");
        let long = checked_name(&"x".repeat(MAX_NAME + 1)).unwrap_err();
        assert_eq!(long.id, "refused-person-name-long");
        let german = crate::i18n::say(&crate::i18n::refused("name", long), Lang::De);
        assert_eq!(german, "Der Name ist länger als 200 Zeichen.");
        assert_eq!(checked_name("a\0b").unwrap_err().id, "refused-person-name-nul");
    }
}
