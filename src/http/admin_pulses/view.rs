//! What the pulse pages show, in words of the page's language: times in the team's own zone,
//! months by name, cadences, email kinds and states, and sentences that say what goes out to
//! how many people and when.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

use crate::domain::cadence::Cadence;
use crate::domain::launch::NextPulse;
use crate::domain::period::Period;
use crate::domain::pulse_board::TeamPulses;
use crate::domain::pulses::Pulse;
use crate::domain::teams::Team;
use crate::i18n::{self, Lang};
use crate::mail::about::MailKind;

/// `at` (UTC) in `team`'s time zone, as "Tue 8 Dec 2026 17:00 (Europe/Berlin)" in `lang`.
pub fn local(lang: Lang, team: &Team, at: NaiveDateTime) -> String {
    let zone = team.zone();
    let there = at.and_utc().with_timezone(&zone);
    let day = i18n::format_date(lang, "ao-format-when", there.date_naive());
    let time = i18n::localize_digits(lang, &there.format("%H:%M").to_string());
    i18n::t(lang, "ao-when", &[("day", day.into()), ("time", time.into()), ("zone", zone.name().into())])
}

/// "12 people" / "1 person" in `lang`.
pub fn people(lang: Lang, n: usize) -> String {
    i18n::t(lang, "ao-people", &[("count", n.into())])
}

/// A pulse's month (`YYYY-MM`) by name ("December 2026"); as stored if it is no month.
pub fn month(lang: Lang, period: &str) -> String {
    Period::parse(period).map_or_else(|_| period.to_string(), |p| i18n::month_label(lang, p.first_day()))
}

/// A cadence in words of `lang`.
pub fn cadence_words(lang: Lang, cadence: Cadence) -> String {
    match cadence {
        Cadence::Monthly => i18n::t(lang, "ao-cadence-monthly", &[]),
        Cadence::Quarterly => i18n::t(lang, "ao-cadence-quarterly", &[]),
        Cadence::EveryWeeks(n) => i18n::t(lang, "ao-cadence-weeks", &[("weeks", n.into())]),
        Cadence::Manual => i18n::t(lang, "ao-cadence-manual", &[]),
    }
}

/// An email's kind as stored (`invite`, …) in words of `lang`.
pub fn kind_words(lang: Lang, stored: &str) -> String {
    match MailKind::parse(stored) {
        Some(kind) => i18n::t(lang, &format!("ao-kind-{}", kind.as_str()), &[]),
        None => i18n::t(lang, "ao-kind-other", &[]),
    }
}

/// An email's state as stored (`queued`, …) in words of `lang`; an unknown one as stored.
pub fn state_words(lang: Lang, stored: &str) -> String {
    match stored {
        "queued" | "sending" | "sent" | "failed" | "cancelled" => {
            i18n::t(lang, &format!("ao-state-{stored}"), &[])
        }
        other => other.to_string(),
    }
}

/// One pulse as a line of the page.
#[derive(Debug, Serialize)]
pub struct PulseLine {
    /// Its id (the address of its delivery page).
    pub id: i64,
    /// `YYYY-MM`.
    pub period: String,
    /// Its month by name, in the page's language.
    pub month: String,
    /// When it closes or closed, in the team's zone.
    pub closes: String,
}

impl PulseLine {
    /// The line of `pulse` of `team`, in `lang`.
    pub fn of(lang: Lang, team: &Team, pulse: &Pulse) -> Self {
        Self {
            id: pulse.id.0,
            period: pulse.period.clone(),
            month: month(lang, &pulse.period),
            closes: local(lang, team, pulse.closes_at),
        }
    }
}

/// What a launched cadence does next, in one sentence of `lang`.
pub fn next_sentence(lang: Lang, team: &Team, next: &NextPulse, now: DateTime<Utc>) -> String {
    let when = if next.opens_at <= now {
        i18n::t(lang, "ao-pulses-next-round", &[])
    } else {
        local(lang, team, next.opens_at.naive_utc())
    };
    let args = [
        ("month", i18n::month_label(lang, next.period.first_day()).into()),
        ("when", when.into()),
        ("people", people(lang, next.invitees).into()),
        ("closes", local(lang, team, next.closes_at.naive_utc()).into()),
    ];
    i18n::t(lang, "ao-pulses-next", &args)
}

/// One team's row of `/admin/pulses`.
#[derive(Debug, Serialize)]
pub struct TeamRow {
    /// Slug (the addresses of its actions).
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Whether its cadence is launched.
    pub launched: bool,
    /// Its cadence, in words.
    pub cadence: String,
    /// Pulses open only by hand.
    pub manual: bool,
    /// Archived teams get no pulses.
    pub archived: bool,
    /// Its open pulse.
    pub open: Option<PulseLine>,
    /// What opens next (launched teams).
    pub next: Option<String>,
    /// Its newest closed pulses.
    pub closed: Vec<PulseLine>,
    /// Who a pulse opened now would invite, in words.
    pub invitees_now: String,
    /// Nobody would be invited now.
    pub nobody_now: bool,
}

impl TeamRow {
    /// The row of one team's pulses at `now`, in `lang`.
    pub fn of(lang: Lang, board: &TeamPulses, now: DateTime<Utc>) -> Self {
        let team = &board.team;
        Self {
            slug: team.slug.clone(),
            name: team.name.clone(),
            launched: team.launched_at.is_some(),
            cadence: cadence_words(lang, team.cadence()),
            manual: !team.cadence().is_scheduled(),
            archived: team.archived_at.is_some(),
            open: board.open.as_ref().map(|p| PulseLine::of(lang, team, p)),
            next: board.next.as_ref().map(|n| next_sentence(lang, team, n, now)),
            closed: board.closed.iter().map(|p| PulseLine::of(lang, team, p)).collect(),
            invitees_now: people(lang, board.invitees_now),
            nobody_now: board.invitees_now == 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_states_and_months_read_in_each_language() {
        assert_eq!(kind_words(Lang::En, "invite"), "Invitation");
        assert_eq!(kind_words(Lang::De, "nonsense"), i18n::t(Lang::De, "ao-kind-other", &[]));
        assert_eq!(state_words(Lang::En, "queued"), "queued");
        assert_eq!(state_words(Lang::En, "odd"), "odd");
        assert_eq!(month(Lang::De, "2026-03"), "März 2026");
        assert_eq!(month(Lang::En, "someday"), "someday");
        assert_eq!(people(Lang::En, 1), "1 person");
        assert_eq!(people(Lang::En, 6), "6 people");
    }
}
