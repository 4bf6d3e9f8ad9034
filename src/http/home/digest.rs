//! What the home page says about each of the viewer's teams: the pulse open and until when
//! (never how many answered), the newest results, overdue actions, reviews due, and the next
//! thing to do. Five queries for all the teams together, however many there are.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::db::schema::{actions, agreements, followups, pulses};
use crate::domain::TeamId;
use crate::domain::teams::Team;
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::report::words::month_label_in;

/// Results closed this many days ago or less are "new".
const NEW_FOR_DAYS: i64 = 14;

/// One team on the home page.
#[derive(Debug, Clone, Serialize)]
pub struct TeamDigest {
    /// Address part.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// The team it is part of, by name.
    pub parent: Option<String>,
    /// The open pulse's closing day, "Friday 11 December".
    pub open_until: Option<String>,
    /// The newest closed month, "November 2026".
    pub latest: Option<String>,
    /// The newest results closed in the last two weeks.
    pub latest_is_new: bool,
    /// Actions past their date and not done.
    pub overdue_actions: i64,
    /// Agreements whose review is due: (title, address).
    pub reviews_due: Vec<(String, String)>,
    /// What to do next, in a sentence, with where to do it.
    pub next: Option<(String, String)>,
}

/// What is known of every team, loaded once.
struct Facts {
    open: HashMap<TeamId, NaiveDateTime>,
    /// The newest closed pulse per team: (id, period, closed at).
    latest: HashMap<TeamId, (i64, String, NaiveDateTime)>,
    answered: HashSet<i64>,
    overdue: HashMap<TeamId, i64>,
    due: HashMap<TeamId, Vec<(String, String)>>,
}

fn facts(conn: &mut DbConnection, today: NaiveDate) -> Result<Facts, AppError> {
    let open = pulses::table
        .filter(pulses::state.eq("open"))
        .select((pulses::team_id, pulses::closes_at))
        .load::<(TeamId, NaiveDateTime)>(conn)?
        .into_iter()
        .collect();
    let mut latest = HashMap::new();
    let closed: Vec<(i64, TeamId, String, NaiveDateTime)> = pulses::table
        .filter(pulses::state.eq("closed"))
        .order(pulses::period.asc())
        .select((pulses::id, pulses::team_id, pulses::period, pulses::closes_at))
        .load(conn)?;
    for (id, team, period, closed_at) in closed {
        latest.insert(team, (id, period, closed_at));
    }
    let answered = followups::table.select(followups::pulse_id).load::<i64>(conn)?.into_iter().collect();
    let overdue = actions::table
        .inner_join(followups::table)
        .filter(actions::done_on.is_null().and(actions::due_on.lt(today)))
        .group_by(followups::team_id)
        .select((followups::team_id, diesel::dsl::count_star()))
        .load::<(TeamId, i64)>(conn)?
        .into_iter()
        .collect();
    let mut due: HashMap<TeamId, Vec<(String, String)>> = HashMap::new();
    let rows: Vec<(TeamId, String, String)> = agreements::table
        .filter(agreements::next_review_on.le(today))
        .order(agreements::title.asc())
        .select((agreements::team_id, agreements::title, agreements::slug))
        .load(conn)?;
    for (team, title, slug) in rows {
        due.entry(team).or_default().push((title, slug));
    }
    Ok(Facts { open, latest, answered, overdue, due })
}

/// The digests of `teams` (those the viewer may read), with `leads` the ones they may keep.
pub fn digests(
    conn: &mut DbConnection,
    teams: &[Team],
    leads: &HashSet<TeamId>,
    now: NaiveDateTime,
    lang: Lang,
) -> Result<Vec<TeamDigest>, AppError> {
    let facts = facts(conn, now.date())?;
    let names: HashMap<TeamId, String> = crate::db::schema::teams::table
        .select((crate::db::schema::teams::id, crate::db::schema::teams::name))
        .load(conn)?
        .into_iter()
        .collect();
    Ok(teams
        .iter()
        .map(|t| TeamDigest {
            parent: t.parent_id.and_then(|p| names.get(&p).cloned()),
            ..digest(&facts, t, leads.contains(&t.id), now, lang)
        })
        .collect())
}

fn digest(facts: &Facts, team: &Team, lead: bool, now: NaiveDateTime, lang: Lang) -> TeamDigest {
    let month_label = |period: &str| month_label_in(lang, period);
    let base = format!("/teams/{}", team.slug);
    let latest = facts.latest.get(&team.id);
    let reviews_due: Vec<(String, String)> = facts
        .due
        .get(&team.id)
        .map(|list| {
            list.iter().map(|(title, slug)| (title.clone(), format!("{base}/agreements/{slug}"))).collect()
        })
        .unwrap_or_default();
    let overdue_actions = facts.overdue.get(&team.id).copied().unwrap_or(0);
    let open_until = facts.open.get(&team.id).map(|at| i18n::format_date(lang, "format-date-day", at.date()));
    let unanswered = latest.filter(|(id, _, _)| !facts.answered.contains(id)).map(|(_, p, _)| month_label(p));
    let next = if lead {
        next_for_lead(lang, &base, unanswered, &reviews_due, overdue_actions)
    } else {
        next_for_member(lang, &base, open_until.is_some(), latest.map(|(_, p, _)| month_label(p)))
    };
    TeamDigest {
        slug: team.slug.clone(),
        name: team.name.clone(),
        parent: None,
        latest: latest.map(|(_, p, _)| month_label(p)),
        latest_is_new: latest.is_some_and(|(_, _, at)| now - *at <= Duration::days(NEW_FOR_DAYS)),
        open_until,
        overdue_actions,
        reviews_due,
        next,
    }
}

fn next_for_lead(
    lang: Lang,
    base: &str,
    unanswered: Option<String>,
    reviews_due: &[(String, String)],
    overdue: i64,
) -> Option<(String, String)> {
    if let Some(month) = unanswered {
        return Some((
            i18n::t(lang, "home-next-answer", &[("month", month.into())]),
            format!("{base}#followups"),
        ));
    }
    if let Some((title, url)) = reviews_due.first() {
        return Some((i18n::t(lang, "home-next-review", &[("title", title.clone().into())]), url.clone()));
    }
    (overdue > 0).then(|| {
        (i18n::t(lang, "home-next-overdue", &[("count", overdue.into())]), format!("{base}#followups"))
    })
}

fn next_for_member(lang: Lang, base: &str, open: bool, latest: Option<String>) -> Option<(String, String)> {
    if open {
        return Some((i18n::t(lang, "home-next-pulse", &[]), base.to_string()));
    }
    latest.map(|month| (i18n::t(lang, "home-next-read", &[("month", month.into())]), base.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lead_answers_results_before_reviewing_and_catching_up() {
        let due = vec![("Review SLA".to_string(), "/teams/t/agreements/review-sla".to_string())];
        let first = next_for_lead(Lang::En, "/teams/t", Some("November 2026".into()), &due, 2).unwrap();
        assert_eq!(first.0, "Answer the November 2026 results: what you heard and what you change");
        assert_eq!(
            next_for_lead(Lang::En, "/teams/t", None, &due, 2).unwrap().1,
            "/teams/t/agreements/review-sla"
        );
        assert_eq!(
            next_for_lead(Lang::En, "/teams/t", None, &[], 1).unwrap().0,
            "Catch up on 1 overdue action"
        );
        assert_eq!(next_for_lead(Lang::En, "/teams/t", None, &[], 0), None, "nothing to do");
    }

    #[test]
    fn a_member_answers_an_open_pulse_first() {
        assert!(
            next_for_member(Lang::En, "/teams/t", true, Some("May".into()))
                .unwrap()
                .0
                .starts_with("Answer this month's")
        );
        assert_eq!(
            next_for_member(Lang::En, "/teams/t", false, Some("May 2026".into())).unwrap().0,
            "Read the May 2026 results and what the leads answered"
        );
        assert_eq!(next_for_member(Lang::En, "/teams/t", false, None), None);
        assert_eq!(
            next_for_member(Lang::De, "/teams/t", false, Some("Mai 2026".into())).unwrap().0,
            "Lies die Ergebnisse von Mai 2026 und was die Leads darauf antworten"
        );
    }
}
