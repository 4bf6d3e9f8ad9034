//! The summary email after a pulse closes: to the team's leads (and to every active member
//! when the team publishes to members), with the round's figures ([`SummaryView`]) and the
//! follow-up actions done and still open, queued once per pulse and person in the caller's
//! transaction. Above `report` and `mail`, which know nothing of each other.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use tera::Context;

use crate::db::DbConnection;
use crate::db::schema::{memberships, people, pulses, teams};
use crate::domain::followups;
use crate::domain::pulse_state::PulseState;
use crate::domain::webhooks::Event;
use crate::domain::{PulseId, TeamId};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::outbox::{self, NewMail};
use crate::mail::{Composed, Composer};
use crate::report::summary::SummaryView;

/// A closed pulse whose summary is still to be queued.
#[derive(Debug, Queryable)]
struct DuePulse {
    id: PulseId,
    team_id: TeamId,
    period: String,
    slug: String,
    publish_to_members: bool,
}

/// Someone who receives the summary.
#[derive(Debug, Queryable)]
struct Recipient {
    person_id: i64,
    email: String,
    name: String,
    role: String,
    /// `people.language`: the summary speaks it.
    language: String,
}

impl Recipient {
    fn lang(&self) -> Lang {
        Lang::parse(&self.language).unwrap_or_default()
    }
}

/// Queues the summary email of each pulse in `pulse_ids` that is closed and whose summary was
/// not queued yet, then marks it sent. Returns how many emails were queued. Call inside the
/// transaction that closed the pulses ([`crate::db::write`]); running it again queues nothing.
pub fn queue_summaries(
    conn: &mut DbConnection,
    composer: &Composer,
    pulse_ids: &[PulseId],
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    if pulse_ids.is_empty() {
        return Ok(0);
    }
    let due: Vec<DuePulse> = pulses::table
        .inner_join(teams::table)
        .filter(pulses::id.eq_any(pulse_ids))
        .filter(pulses::state.eq(PulseState::Closed.as_str()).and(pulses::summary_sent.eq(false)))
        .order(pulses::id.asc())
        .select((pulses::id, pulses::team_id, pulses::period, teams::slug, teams::publish_to_members))
        .load(conn)?;
    let mut queued = 0;
    for pulse in &due {
        queued += queue_pulse_summary(conn, composer, pulse, now)?;
    }
    Ok(queued)
}

fn queue_pulse_summary(
    conn: &mut DbConnection,
    composer: &Composer,
    pulse: &DuePulse,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let report = crate::report::team_report_of(conn, pulse.team_id)?;
    let (done, open) = actions_of(conn, pulse, now.date())?;
    let view_in = |lang: Lang| {
        let mut view = SummaryView::new(&report, &pulse.period, composer.base_url(), lang);
        (view.done_actions, view.open_actions) = action_lines(lang, &done, &open, now.date());
        view
    };
    let mut views: std::collections::HashMap<Lang, SummaryView> = std::collections::HashMap::new();
    let mut queued = 0;
    for person in recipients(conn, &pulse.slug, pulse.publish_to_members)? {
        let view = views.entry(person.lang()).or_insert_with(|| view_in(person.lang()));
        let mail = NewMail {
            idempotency_key: format!("summary:{}:{}", pulse.id, person.person_id),
            to: &person.email,
            content: compose(composer, view, &person)?,
            holds_secret: false,
        };
        if outbox::enqueue(conn, &mail, now)? {
            queued += 1;
        }
    }
    diesel::update(pulses::table.find(pulse.id).filter(pulses::summary_sent.eq(false)))
        .set(pulses::summary_sent.eq(true))
        .execute(conn)?;
    let data = serde_json::json!({
        "team": { "slug": pulse.slug },
        "pulse": { "id": pulse.id, "period": pulse.period },
        "recipients": queued,
        "report": format!("/teams/{}", pulse.slug),
    });
    crate::domain::webhooks::queue_event(conn, Event::SummarySent, &pulse.id.to_string(), data, now)?;
    tracing::info!(team = %pulse.slug, pulse = %pulse.id, queued, "queued pulse summaries");
    Ok(queued)
}

/// Follow-up actions done since the team's previous pulse closed, and those still open.
fn actions_of(
    conn: &mut DbConnection,
    pulse: &DuePulse,
    today: NaiveDate,
) -> Result<(Vec<followups::ActionView>, Vec<followups::ActionView>), AppError> {
    let team_id = pulse.team_id;
    let previous_close = pulses::table
        .filter(pulses::team_id.eq(team_id).and(pulses::period.lt(&pulse.period)))
        .select(diesel::dsl::max(pulses::closes_at))
        .first::<Option<NaiveDateTime>>(conn)?;
    let done = followups::done_between(conn, team_id, previous_close.map(|t| t.date()), today)?;
    let open: Vec<_> = followups::followups_of_team(conn, team_id)?
        .into_iter()
        .flat_map(|f| f.actions)
        .filter(|a| a.done_on.is_none())
        .collect();
    Ok((done, open))
}

/// The actions as lines in `lang`: "Pair on reviews (Ana), done 2026-03-12" (dates as ISO
/// dates, which read the same in every language).
fn action_lines(
    lang: Lang,
    done: &[followups::ActionView],
    open: &[followups::ActionView],
    today: NaiveDate,
) -> (Vec<String>, Vec<String>) {
    let line = |a: &followups::ActionView| format!("{} ({})", a.text, a.owner);
    let date = |d: NaiveDate| d.to_string();
    let done_line = |a: &followups::ActionView| {
        let on = a.done_on.map(date).unwrap_or_default();
        crate::i18n::t(lang, "summary-action-done", &[("action", line(a).into()), ("on", on.into())])
    };
    let open_line = |a: &followups::ActionView| match (a.overdue(today), a.due_on) {
        (true, Some(due)) => crate::i18n::t(
            lang,
            "summary-action-overdue",
            &[("action", line(a).into()), ("on", date(due).into())],
        ),
        (false, Some(due)) => crate::i18n::t(
            lang,
            "summary-action-due",
            &[("action", line(a).into()), ("on", date(due).into())],
        ),
        _ => line(a),
    };
    (done.iter().map(done_line).collect(), open.iter().map(open_line).collect())
}

/// The team's active leads, and every other active member when `everyone` is set.
fn recipients(conn: &mut DbConnection, slug: &str, everyone: bool) -> Result<Vec<Recipient>, AppError> {
    let rows: Vec<Recipient> = memberships::table
        .inner_join(people::table)
        .inner_join(teams::table)
        .filter(teams::slug.eq(slug).and(people::active.eq(true)))
        .order(people::id.asc())
        .select((people::id, people::email, people::name, memberships::role, people::language))
        .load(conn)?;
    Ok(rows.into_iter().filter(|r| everyone || r.role == "lead").collect())
}

fn compose(composer: &Composer, view: &SummaryView, person: &Recipient) -> Result<Composed, AppError> {
    let mut ctx = Context::from_serialize(view).map_err(|e| AppError::unexpected("summary context", e))?;
    ctx.insert("name", &person.name);
    ctx.insert("is_lead", &(person.role == "lead"));
    ctx.insert("lang", person.lang().code());
    ctx.insert("dir", person.lang().dir());
    composer.compose("summary", &ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::summary::tests::{report, shown};

    #[test]
    fn the_email_is_text_and_inline_styled_html() {
        let composer = Composer::new("https://c.example").unwrap();
        let view =
            SummaryView::new(&report(vec![shown("2026-03", 3.8)]), "2026-03", composer.base_url(), Lang::En);
        let lead = Recipient {
            person_id: 1,
            email: "a@b.c".into(),
            name: "Ann <3".into(),
            role: "lead".into(),
            language: "en".into(),
        };
        let mail = compose(&composer, &view, &lead).unwrap();
        assert_eq!(mail.subject, "Platform: results of the March 2026 pulse");
        assert!(mail.text.contains("Trust: 3.8 of 5  [########..]") && mail.text.contains("Hi Ann <3,"));
        assert!(mail.text.contains("https://c.example/teams/platform"), "{}", mail.text);
        assert!(mail.html.contains("Hi Ann &lt;3,") && mail.html.contains("width:76%"), "{}", mail.html);
        for banned in ["class=", "<svg", "<img", "<style", "<script"] {
            assert!(!mail.html.contains(banned), "{banned} in {}", mail.html);
        }
    }
}
