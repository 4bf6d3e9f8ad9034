//! Pulses: one survey round of one team for one month. Opening a pulse creates one
//! invitation per active member and queues their emails in the same transaction.

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::ids::{PulseId, TeamId};
use super::period::Period;
use super::pulse_state::PulseState;
use super::teams::Team;
use super::{publication, survey, tokens};
use crate::db::DbConnection;
use crate::db::schema::{invitation_tokens, invitations, memberships, people, pulses, teams};
use crate::error::AppError;
use crate::mail::Composer;
use crate::mail::outbox::{self, NewMail};
use crate::sealing::MasterKey;

/// A pulse as stored.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = pulses)]
pub struct Pulse {
    /// Row id (printed by `candor pulse open`).
    pub id: PulseId,
    /// The team surveyed.
    pub team_id: TeamId,
    /// The survey asked.
    pub survey_id: i64,
    /// `YYYY-MM`.
    pub period: String,
    /// When it opened (UTC).
    pub opens_at: NaiveDateTime,
    /// When it closes (UTC).
    pub closes_at: NaiveDateTime,
    /// Open or closed.
    #[diesel(deserialize_as = String)]
    pub state: PulseState,
    /// Anonymity threshold, locked when the pulse opened.
    pub min_group: i32,
    /// Comment threshold, locked when the pulse opened.
    pub comment_min: i32,
    /// Whether it asks "Did the changes since last month help?" (locked at opening).
    pub asks_helped: bool,
    /// The rotated set this pulse leaves out (locked at opening).
    pub skips_set: Option<String>,
}

impl Pulse {
    /// Open and not yet past its closing time.
    pub fn accepts_answers(&self, now: NaiveDateTime) -> bool {
        self.state == PulseState::Open && now < self.closes_at
    }
}

/// The questions `pulse` asks, in order: its survey's, without "did the changes help?" unless
/// it asks it, and without the rotated set it leaves out.
pub fn questions_of(conn: &mut DbConnection, pulse: &Pulse) -> Result<Vec<survey::Question>, AppError> {
    let mut questions = survey::questions_asked(conn, pulse.survey_id, pulse.asks_helped)?;
    if let Some(skipped) = &pulse.skips_set {
        questions.retain(|q| q.set_key.as_ref() != Some(skipped) || q.key == survey::CHANGES_HELPED);
    }
    Ok(questions)
}

/// A member to invite.
struct Invitee {
    person_id: i64,
    email: String,
    name: String,
    language: String,
}

/// Rows per batch insert (SQLite allows 32,766 bound values per statement).
const BATCH: usize = 1000;

/// A one-time link handed out by opening a pulse (held in memory only; never stored or logged).
pub struct Link {
    /// Who it was sent to.
    pub person_id: i64,
    /// The token in the link.
    pub token: String,
}

/// Opens `team`'s pulse for `period`; refuses a second one for the same month, and a month
/// published at or above the team ([`publication`]). Invites the active people who answer for
/// this team (their home team) and have no invitation for the month anywhere yet: one voice per
/// person and month. Returns the pulse and how many were invited. Call inside
/// [`crate::db::write`].
pub fn open_pulse(
    conn: &mut DbConnection,
    tools: &PulseTools<'_>,
    team: &Team,
    period: Period,
    closes_at: NaiveDateTime,
) -> Result<(Pulse, usize), AppError> {
    open_pulse_with_links(conn, tools, team, period, closes_at).map(|(pulse, links)| (pulse, links.len()))
}

/// What opening a pulse needs besides the database: the composer of the invitations and the
/// master key that wraps the new pulse's key.
#[derive(Clone, Copy)]
pub struct PulseTools<'a> {
    /// Renders the invitations.
    pub composer: &'a Composer,
    /// Wraps the pulse key.
    pub master: &'a MasterKey,
}

/// [`open_pulse`], also returning the links it queued (for the demo loader, which answers
/// through the same path as people do).
pub fn open_pulse_with_links(
    conn: &mut DbConnection,
    tools: &PulseTools<'_>,
    team: &Team,
    period: Period,
    closes_at: NaiveDateTime,
) -> Result<(Pulse, Vec<Link>), AppError> {
    let now = Utc::now().naive_utc();
    if closes_at <= now {
        return Err(crate::i18n::refused(
            "--closes-in",
            crate::error::Said::new("refused-pulse-closes-past"),
        ));
    }
    team.refuse_if_archived()?;
    if let Some(existing) = find_pulse(conn, team.id, period)? {
        return Err(AppError::Conflict(format!(
            "team '{}' has a pulse for {period} already (id {})",
            team.slug, existing.id
        )));
    }
    publication::refuse_if_published(conn, team.id, &team.slug, period)?;
    let survey_id = super::team_survey::current_survey(conn, team.id.0)?;
    diesel::insert_into(pulses::table)
        .values((
            pulses::team_id.eq(team.id),
            pulses::survey_id.eq(survey_id),
            pulses::period.eq(period.to_string()),
            pulses::opens_at.eq(now),
            pulses::closes_at.eq(closes_at),
            pulses::state.eq(PulseState::Open.as_str()),
            pulses::min_group.eq(team.min_group),
            pulses::comment_min.eq(team.comment_min.max(team.min_group)),
            pulses::asks_helped.eq(team.ask_changes_helped),
            pulses::skips_set.eq(super::team_survey::skipped_set(conn, team)?),
        ))
        .execute(conn)?;
    let pulse =
        find_pulse(conn, team.id, period)?.ok_or_else(|| AppError::broken("pulse vanished after insert"))?;
    super::sealed::create_pulse_key(conn, tools.master, pulse.id)?;
    let invitees = invitees(conn, team.id, period)?;
    let links = invite(conn, tools.composer, team, &pulse, &invitees, now)?;
    Ok((pulse, links))
}

/// The active people who answer for `team_id` and have no invitation for `period` yet, in any
/// team. The unique index on invitations (person, period) backs this up.
fn invitees(conn: &mut DbConnection, team_id: TeamId, period: Period) -> Result<Vec<Invitee>, AppError> {
    let invited_already = diesel::dsl::exists(
        invitations::table
            .filter(invitations::person_id.eq(people::id).and(invitations::period.eq(period.to_string()))),
    );
    let rows = memberships::table
        .inner_join(people::table)
        .filter(memberships::team_id.eq(team_id).and(memberships::home.eq(true)))
        .filter(people::active.eq(true).and(diesel::dsl::not(invited_already)))
        .order(people::id.asc())
        .select((people::id, people::email, people::name, people::language))
        .load::<(i64, String, String, String)>(conn)?;
    Ok(rows
        .into_iter()
        .map(|(person_id, email, name, language)| Invitee { person_id, email, name, language })
        .collect())
}

/// How many people a pulse of `team_id` for `period` would invite if it opened now.
pub fn invitee_count(conn: &mut DbConnection, team_id: TeamId, period: Period) -> Result<usize, AppError> {
    Ok(invitees(conn, team_id, period)?.len())
}

/// Active members of `team_id` who answer for another team (their home team), so get no
/// invitation here.
pub fn members_answering_elsewhere(conn: &mut DbConnection, team_id: TeamId) -> Result<i64, AppError> {
    Ok(memberships::table
        .inner_join(people::table)
        .filter(memberships::team_id.eq(team_id).and(memberships::home.eq(false)))
        .filter(people::active.eq(true))
        .count()
        .get_result(conn)?)
}

fn invite(
    conn: &mut DbConnection,
    composer: &Composer,
    team: &Team,
    pulse: &Pulse,
    invitees: &[Invitee],
    now: NaiveDateTime,
) -> Result<Vec<Link>, AppError> {
    let mut links = Vec::with_capacity(invitees.len());
    for chunk in invitees.chunks(BATCH) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|i| {
                (
                    invitations::pulse_id.eq(pulse.id),
                    invitations::person_id.eq(i.person_id),
                    invitations::period.eq(&pulse.period),
                )
            })
            .collect();
        let insert = diesel::insert_into(invitations::table).values(&rows);
        crate::on_inner!(conn, |c| insert.execute(c)?);
    }
    let ids: std::collections::HashMap<i64, i64> = invitations::table
        .filter(invitations::pulse_id.eq(pulse.id))
        .select((invitations::person_id, invitations::id))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    let questions = questions_of(conn, pulse)?;
    for chunk in invitees.chunks(BATCH) {
        let mut token_rows = Vec::with_capacity(chunk.len());
        for invitee in chunk {
            let token = tokens::new_token()?;
            let invitation_id = *ids
                .get(&invitee.person_id)
                .ok_or_else(|| AppError::broken("invitation vanished after insert"))?;
            token_rows.push((
                invitation_tokens::token_hash.eq(token.hash),
                invitation_tokens::invitation_id.eq(invitation_id),
            ));
            let letter = super::invite_mail::Letter {
                team,
                pulse,
                questions: &questions,
                name: &invitee.name,
                lang: crate::i18n::Lang::parse(&invitee.language).unwrap_or_default(),
            };
            let content = super::invite_mail::invitation(composer, &letter, &token.token)?;
            let mail = NewMail {
                idempotency_key: format!("invite:{}:{}", pulse.id, invitee.person_id),
                to: &invitee.email,
                content,
                holds_secret: true,
            };
            outbox::enqueue(conn, &mail, now)?;
            links.push(Link { person_id: invitee.person_id, token: token.token });
        }
        let insert = diesel::insert_into(invitation_tokens::table).values(&token_rows);
        crate::on_inner!(conn, |c| insert.execute(c)?);
    }
    Ok(links)
}

/// The months of the team's closed pulses, newest first.
pub fn closed_periods(conn: &mut DbConnection, team_id: TeamId) -> Result<Vec<String>, AppError> {
    Ok(pulses::table
        .filter(pulses::team_id.eq(team_id).and(pulses::state.eq(PulseState::Closed.as_str())))
        .order(pulses::period.desc())
        .select(pulses::period)
        .load(conn)?)
}

/// The team's pulse for `period`, if there is one.
pub fn find_pulse(
    conn: &mut DbConnection,
    team_id: TeamId,
    period: Period,
) -> Result<Option<Pulse>, AppError> {
    Ok(pulses::table
        .filter(pulses::team_id.eq(team_id).and(pulses::period.eq(period.to_string())))
        .select(Pulse::as_select())
        .first(conn)
        .optional()?)
}

/// Closes pulse `id`; closing a closed pulse is refused with its state. Call
/// [`super::sealed::scrub_after_close`] once the transaction committed.
pub fn close_pulse(conn: &mut DbConnection, master: &MasterKey, id: PulseId) -> Result<Pulse, AppError> {
    super::participation::lock_against_answers(conn, &[id])?;
    let pulse = pulses::table
        .find(id)
        .select(Pulse::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("no pulse {id}")))?;
    if pulse.state != PulseState::Open {
        return Err(AppError::Conflict(format!("pulse {id} is closed already")));
    }
    // Closed early: it closed now, which is what pages and the next summary go by.
    let closes_at = pulse.closes_at.min(Utc::now().naive_utc());
    diesel::update(pulses::table.find(id))
        .set((pulses::state.eq(PulseState::Closed.as_str()), pulses::closes_at.eq(closes_at)))
        .execute(conn)?;
    settle_closed(conn, master, &[id])?;
    Ok(Pulse { state: PulseState::Closed, closes_at, ..pulse })
}

/// What closing does beyond the state: keeps how many were invited with the pulse (a person
/// removed later must not change a published month), flags who answered, all at once, and
/// opens the sealed answers and writes them in random order, destroying the pulse key
/// (docs/anonymity.md), and queues the `pulse.closed` webhooks. Every way of closing calls this, in its transaction.
pub fn settle_closed(
    conn: &mut DbConnection,
    master: &MasterKey,
    pulse_ids: &[PulseId],
) -> Result<(), AppError> {
    keep_invited_count(conn, pulse_ids)?;
    super::participation::record_at_close(conn, pulse_ids)?;
    super::answer_order::forget_order(conn, master, pulse_ids)?;
    super::webhooks::queue_pulses_closed(conn, pulse_ids, Utc::now().naive_utc())?;
    Ok(())
}

/// Keeps how many were invited with each closing pulse. A person removed while the pulse was
/// open took their invitation with them; if they had answered, their response stays, so they
/// are counted back: invited = invitations left + responses − answered invitations left
/// (each response spent exactly one invitation's links). Otherwise a page could say "9 of 8
/// answered", and tell that a removed person had answered.
fn keep_invited_count(conn: &mut DbConnection, pulse_ids: &[PulseId]) -> Result<(), AppError> {
    use crate::db::schema::{responses, sealed_responses};
    for &id in pulse_ids {
        let left: i64 = invitations::table.filter(invitations::pulse_id.eq(id)).count().get_result(conn)?;
        let answered_left = super::participation::answered_count(conn, id)?;
        let sealed: i64 =
            sealed_responses::table.filter(sealed_responses::pulse_id.eq(id)).count().get_result(conn)?;
        let plain: i64 = responses::table.filter(responses::pulse_id.eq(id)).count().get_result(conn)?;
        let invited = left + (sealed + plain - answered_left).max(0);
        let invited = i32::try_from(invited).unwrap_or(i32::MAX);
        diesel::update(pulses::table.find(id)).set(pulses::invited.eq(invited)).execute(conn)?;
    }
    Ok(())
}

/// The open pulse of a team, by slug.
pub fn open_pulse_of_team(conn: &mut DbConnection, slug: &str) -> Result<Pulse, AppError> {
    let team = super::teams::find_team(conn, slug)?;
    pulses::table
        .filter(pulses::team_id.eq(team.id).and(pulses::state.eq(PulseState::Open.as_str())))
        .select(Pulse::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("team '{slug}' has no open pulse")))
}

/// Closes every open pulse whose time is up; returns them. Call
/// [`super::sealed::scrub_after_close`] once the transaction committed.
pub fn close_due_pulses(
    conn: &mut DbConnection,
    master: &MasterKey,
    now: NaiveDateTime,
) -> Result<Vec<Pulse>, AppError> {
    let due: Vec<Pulse> = pulses::table
        .filter(pulses::state.eq(PulseState::Open.as_str()).and(pulses::closes_at.le(now)))
        .select(Pulse::as_select())
        .load(conn)?;
    let ids: Vec<PulseId> = due.iter().map(|p| p.id).collect();
    super::participation::lock_against_answers(conn, &ids)?;
    diesel::update(pulses::table.filter(pulses::id.eq_any(&ids)))
        .set(pulses::state.eq(PulseState::Closed.as_str()))
        .execute(conn)?;
    settle_closed(conn, master, &ids)?;
    Ok(due.into_iter().map(|p| Pulse { state: PulseState::Closed, ..p }).collect())
}

/// Open pulses with their team (for reminders), by id.
pub fn open_pulses(conn: &mut DbConnection, now: NaiveDateTime) -> Result<Vec<(Pulse, Team)>, AppError> {
    Ok(pulses::table
        .inner_join(teams::table)
        .filter(pulses::state.eq(PulseState::Open.as_str()).and(pulses::closes_at.gt(now)))
        .order(pulses::id.asc())
        .select((Pulse::as_select(), Team::as_select()))
        .load(conn)?)
}
