//! What an agreement is about besides its text: the dimensions it relates to, its review
//! cadence, and links to its work (tickets, specs, docs). Changing these makes no new version:
//! a version is the text; these are kept as they are now, and every change is audited by the
//! caller.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::{Agreement, Relates, ReviewEvery, days_after, team_today};
use crate::db::DbConnection;
use crate::db::schema::{agreement_links, agreements};
use crate::domain::teams::Team;
use crate::error::{AppError, Said};
use crate::i18n::refused;

/// Most links one agreement keeps.
pub const MAX_LINKS: usize = 20;
const MAX_URL: usize = 2_000;
const MAX_LINK_TITLE: usize = 200;

/// A link from an agreement to its work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Queryable, Selectable)]
#[diesel(table_name = agreement_links)]
pub struct Link {
    /// An `http` or `https` address.
    pub url: String,
    /// What it is, e.g. "PLAT-142 review bot".
    pub title: String,
}

/// Parses links written one per line as `ADDRESS TITLE` (the title may be left out: the
/// address stands for itself). Blank lines are skipped; an error names the line.
pub fn parse_links(raw: &str) -> Result<Vec<Link>, AppError> {
    let mut links = Vec::new();
    for (i, line) in raw.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let field = format!("links, line {}", i + 1);
        let (address, title) = line.trim().split_once(char::is_whitespace).unwrap_or((line.trim(), ""));
        let url = checked_url(address).map_err(|said| refused(&field, said.number("line", i + 1)))?;
        let title = if title.trim().is_empty() { url.clone() } else { title.trim().to_string() };
        if title.chars().count() > MAX_LINK_TITLE || title.chars().any(char::is_control) {
            let said = Said::new("refused-link-title").number("line", i + 1).number("max", MAX_LINK_TITLE);
            return Err(refused(&field, said));
        }
        links.push(Link { url, title });
    }
    if links.len() > MAX_LINKS {
        let said = Said::new("refused-links-too-many").number("count", links.len()).number("max", MAX_LINKS);
        return Err(refused("links", said));
    }
    Ok(links)
}

/// Only web addresses: anything else (`javascript:`, `file:`) could run or leak in a browser.
/// A refusal names the address; the caller adds its `line`.
fn checked_url(raw: &str) -> Result<String, Said> {
    let shown: String = raw.chars().take(60).collect();
    let not_web = || Said::new("refused-link-address").text("address", shown.as_str());
    let parsed = url::Url::parse(raw).map_err(|_| not_web())?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(not_web());
    }
    if raw.len() > MAX_URL {
        return Err(Said::new("refused-link-address-long").number("max", MAX_URL));
    }
    Ok(parsed.to_string())
}

/// The links as a lead writes them, one per line (what [`parse_links`] reads back).
pub fn links_as_text(links: &[Link]) -> String {
    links
        .iter()
        .map(|l| if l.title == l.url { l.url.clone() } else { format!("{} {}", l.url, l.title) })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The links of `agreement`, in the order they were written.
pub fn links_of(conn: &mut DbConnection, agreement_id: i64) -> Result<Vec<Link>, AppError> {
    Ok(agreement_links::table
        .filter(agreement_links::agreement_id.eq(agreement_id))
        .order(agreement_links::position.asc())
        .select(Link::as_select())
        .load(conn)?)
}

/// An agreement's settings as a form sends them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Related dimensions.
    pub relates: Relates,
    /// Review cadence, if any.
    pub review_every: Option<ReviewEvery>,
    /// Links to its work.
    pub links: Vec<Link>,
}

/// Stores `settings` for `agreement` and returns what changed, in words for the audit log
/// (empty when nothing did). A new or changed cadence counts from today in the team's time
/// zone; no cadence clears the next review. Call inside [`crate::db::write`].
pub fn update_settings(
    conn: &mut DbConnection,
    team: &Team,
    agreement: &Agreement,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<Vec<String>, AppError> {
    let mut changed = Vec::new();
    if settings.relates != agreement.relates() {
        diesel::update(agreements::table.find(agreement.id))
            .set(agreements::relates_to.eq(settings.relates.to_stored()))
            .execute(conn)?;
        changed.push(format!("relates to '{}'", settings.relates.to_stored()));
    }
    let every = settings.review_every.map(ReviewEvery::days);
    if every != agreement.review_every_days {
        let next = every.map(|days| days_after(team_today(team, now), days));
        diesel::update(agreements::table.find(agreement.id))
            .set((agreements::review_every_days.eq(every), agreements::next_review_on.eq(next)))
            .execute(conn)?;
        changed.push(match every {
            Some(days) => format!("reviewed every {days} days"),
            None => "no review cadence".to_string(),
        });
    }
    if links_of(conn, agreement.id)? != settings.links {
        replace_links(conn, agreement.id, &settings.links)?;
        changed.push(format!("{} link(s)", settings.links.len()));
    }
    Ok(changed)
}

fn replace_links(conn: &mut DbConnection, agreement_id: i64, links: &[Link]) -> Result<(), AppError> {
    diesel::delete(agreement_links::table.filter(agreement_links::agreement_id.eq(agreement_id)))
        .execute(conn)?;
    for (position, link) in (0..).zip(links) {
        diesel::insert_into(agreement_links::table)
            .values((
                agreement_links::agreement_id.eq(agreement_id),
                agreement_links::position.eq(position),
                agreement_links::url.eq(&link.url),
                agreement_links::title.eq(&link.title),
            ))
            .execute(conn)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_an_address_and_a_title_per_line() {
        let links = parse_links(
            "https://jira.example.com/PLAT-142 PLAT-142 review bot\n\n  https://docs.example.com/sla  \n",
        )
        .unwrap();
        assert_eq!(
            links[0],
            Link { url: "https://jira.example.com/PLAT-142".into(), title: "PLAT-142 review bot".into() }
        );
        assert_eq!(links[1].title, links[1].url, "an address without a title stands for itself");
        assert_eq!(
            parse_links(&links_as_text(&links)).unwrap(),
            links,
            "the form's text reads back the same"
        );
    }

    #[test]
    fn only_web_addresses_are_links() {
        for bad in ["javascript:alert(1) x", "file:///etc/passwd", "jira/PLAT-1", "mailto:a@b.c hi"] {
            let err = parse_links(&format!("https://ok.example.com\n{bad}")).unwrap_err();
            assert_eq!(err.status(), 422, "{bad}");
            assert!(err.to_string().starts_with("links, line 2: "), "{err}");
        }
        let many: String = (0..=MAX_LINKS).map(|i| format!("https://x.example.com/{i}\n")).collect();
        assert!(parse_links(&many).unwrap_err().to_string().contains("at most 20"));
    }
}
