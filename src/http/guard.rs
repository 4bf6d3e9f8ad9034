//! Access checks shared by the page and API handlers. They run inside a page's database job,
//! on a thread without the page's language: their refusals carry English words (the API and
//! the logs read those), and the error page says them in the page's language
//! ([`in_page_words`]).

use crate::auth::access::{self, TeamAccess, Viewer};
use crate::db::DbConnection;
use crate::domain::teams::{self, Team};
use crate::error::AppError;
use crate::i18n::{self, Lang};

/// The message of "there is no team at this address".
const NO_TEAM: &str = "refused-no-team";
/// The message of "only the leads of this team and admins can do this".
const ONLY_LEADS: &str = "refused-only-leads";

/// The team `slug` and what `viewer` may do with it: 404 for an unknown team, 403 when the
/// viewer may not read it, 503 when the database is busy. The first step of a page's one
/// database job, so the team is found once and access checked once.
pub fn readable_team(
    conn: &mut DbConnection,
    viewer: &Viewer,
    slug: &str,
) -> Result<(Team, TeamAccess), AppError> {
    // Only "no such team" is a 404; a busy database stays a 503.
    let team = teams::find_team(conn, slug).map_err(|e| match e {
        AppError::NotFound(_) => AppError::NotFound(i18n::t(Lang::En, NO_TEAM, &[])),
        other => other,
    })?;
    let access = access::require_read(conn, viewer, &team)?;
    Ok((team, access))
}

/// The team `slug` when `viewer` leads it (or a team above it) or is an admin: 404 for an
/// unknown team, 403 for anyone else. For the pages that change a team's things.
pub fn led_team(conn: &mut DbConnection, viewer: &Viewer, slug: &str) -> Result<Team, AppError> {
    let (team, access) = readable_team(conn, viewer, slug).or_else(|e| match e {
        // A member of a team that does not publish may not read it, and may not lead it either.
        AppError::Forbidden(_) => Err(only_leads(&teams::find_team(conn, slug)?)),
        other => Err(other),
    })?;
    if !access.lead {
        return Err(only_leads(&team));
    }
    Ok(team)
}

fn only_leads(team: &Team) -> AppError {
    AppError::Forbidden(only_leads_in(Lang::En, &team.name))
}

/// "Only the leads of `team` and admins can do this." in `lang`.
fn only_leads_in(lang: Lang, team: &str) -> String {
    i18n::t(lang, ONLY_LEADS, &[("team", team.to_string().into())])
}

/// What the error page says about a refusal of these checks (or the same refusal made by
/// `auth::access`), in `lang`; `None` for any other error.
pub(crate) fn in_page_words(error: &AppError, lang: Lang) -> Option<String> {
    match error {
        AppError::NotFound(message) if *message == i18n::t(Lang::En, NO_TEAM, &[]) => {
            Some(i18n::t(lang, NO_TEAM, &[]))
        }
        AppError::Forbidden(message) => {
            let marker = '\u{1}';
            let english = only_leads_in(Lang::En, &marker.to_string());
            let (before, after) = english.split_once(marker)?;
            let team = message.strip_prefix(before)?.strip_suffix(after)?;
            Some(only_leads_in(lang, team))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checks_refusals_read_in_the_pages_language() {
        let refusal = AppError::Forbidden(only_leads_in(Lang::En, "Web & Ops"));
        assert_eq!(refusal.to_string(), "Only the leads of 'Web & Ops' and admins can do this.");
        assert_eq!(
            in_page_words(&refusal, Lang::De).as_deref(),
            Some("Nur die Leads von „Web & Ops“ und Admins können das tun.")
        );
        let missing = AppError::NotFound(i18n::t(Lang::En, NO_TEAM, &[]));
        assert_eq!(missing.to_string(), "There is no team at this address.");
        assert_eq!(
            in_page_words(&missing, Lang::Fr).as_deref(),
            Some("Il n'y a pas d'équipe à cette adresse.")
        );
        assert_eq!(
            in_page_words(&AppError::Forbidden("Only admins can see this page.".into()), Lang::De),
            None
        );
        assert_eq!(in_page_words(&AppError::NotFound("no pulse".into()), Lang::De), None);
    }
}
