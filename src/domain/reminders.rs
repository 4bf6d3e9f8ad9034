//! Reminders to those who have not answered: halfway through and on the last day, each at
//! most once, only on weekdays during working hours in the team's time zone.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use diesel::prelude::*;

use super::pulses::{self, Pulse};
use super::teams::Team;
use super::{invite_mail, participation, tokens};
use crate::db::DbConnection;
use crate::db::schema::{invitation_tokens, invitations, people};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::Composer;
use crate::mail::outbox::{self, NewMail};

/// Which reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// Half the open time has passed.
    Halfway,
    /// Less than a day is left.
    LastDay,
}

/// Local hours in which reminders go out.
const WORKING_HOURS: std::ops::Range<u32> = 8..18;

/// Which reminder is due for `pulse` at `now`, if any (ignoring who has had it).
pub fn due_reminder(pulse: &Pulse, zone: Tz, now: DateTime<Utc>) -> Option<Reminder> {
    let local = now.with_timezone(&zone);
    let weekend = matches!(local.weekday(), Weekday::Sat | Weekday::Sun);
    let naive = now.naive_utc();
    if weekend || !WORKING_HOURS.contains(&local.hour()) || naive >= pulse.closes_at {
        return None;
    }
    let halfway = pulse.opens_at + (pulse.closes_at - pulse.opens_at) / 2;
    if naive >= pulse.closes_at - Duration::days(1) {
        Some(Reminder::LastDay)
    } else if naive >= halfway {
        Some(Reminder::Halfway)
    } else {
        None
    }
}

/// Queues every reminder due at `now`; returns how many. Call inside [`crate::db::write`].
pub fn queue_due_reminders(
    conn: &mut DbConnection,
    composer: &Composer,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let mut queued = 0;
    // By pulse id, so the pulse locks are taken in ascending order.
    for (pulse, team) in pulses::open_pulses(conn, now.naive_utc())? {
        if let Some(kind) = due_reminder(&pulse, team.zone(), now) {
            participation::lock_against_answers(conn, &[pulse.id])?;
            queued += remind(conn, composer, &pulse, &team, kind, now.naive_utc())?;
        }
    }
    Ok(queued)
}

fn remind(
    conn: &mut DbConnection,
    composer: &Composer,
    pulse: &Pulse,
    team: &Team,
    kind: Reminder,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let pending = invitations::table
        .inner_join(people::table)
        .filter(invitations::pulse_id.eq(pulse.id))
        .filter(participation::waiting())
        .filter(people::active.eq(true));
    let rows: Vec<(i64, i64, String, String, String)> = match kind {
        Reminder::Halfway => pending
            .filter(invitations::reminded_halfway.eq(false))
            .filter(invitations::reminded_last_day.eq(false))
            .select((invitations::id, people::id, people::email, people::name, people::language))
            .load(conn)?,
        Reminder::LastDay => pending
            .filter(invitations::reminded_last_day.eq(false))
            .select((invitations::id, people::id, people::email, people::name, people::language))
            .load(conn)?,
    };
    let questions = crate::domain::pulses::questions_of(conn, pulse)?;
    for (invitation_id, person_id, email, name, language) in &rows {
        let token = tokens::new_token()?;
        diesel::insert_into(invitation_tokens::table)
            .values((
                invitation_tokens::token_hash.eq(&token.hash),
                invitation_tokens::invitation_id.eq(invitation_id),
            ))
            .execute(conn)?;
        let last_day = kind == Reminder::LastDay;
        let lang = Lang::parse(language).unwrap_or_default();
        let letter = invite_mail::Letter { team, pulse, questions: &questions, name, lang };
        let content = invite_mail::reminder(composer, &letter, &token.token, last_day)?;
        let key = format!("remind-{}:{}:{person_id}", if last_day { "last" } else { "half" }, pulse.id);
        outbox::enqueue(
            conn,
            &NewMail { idempotency_key: key, to: email, content, holds_secret: true },
            now,
        )?;
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let target = invitations::table.filter(invitations::id.eq_any(&ids));
    match kind {
        // A halfway reminder that comes due only on the last day is skipped, not sent twice.
        Reminder::LastDay => diesel::update(target)
            .set((invitations::reminded_last_day.eq(true), invitations::reminded_halfway.eq(true)))
            .execute(conn)?,
        Reminder::Halfway => {
            diesel::update(target).set(invitations::reminded_halfway.eq(true)).execute(conn)?
        }
    };
    Ok(rows.len())
}
