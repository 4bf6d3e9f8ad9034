//! What an email is about, read from its idempotency key (`invite:{pulse}:{person}`,
//! `remind-half:{pulse}:{person}`, `summary:{pulse}:{person}`, `login:{hash}`,
//! `review:{agreement}:{date}:{person}`, `test:{team}:{uuid}`, `webhook:{endpoint}:{event}:{subject}`). The outbox stores both parts in their own columns when
//! a row is queued, so the admin's filters and a pulse's delivery page never parse keys in SQL.

use serde::Serialize;

/// The kinds of email Candor sends, in the order the admin pages list them.
pub const KINDS: &[MailKind] = &[
    MailKind::Invite,
    MailKind::RemindHalf,
    MailKind::RemindLast,
    MailKind::Summary,
    MailKind::Review,
    MailKind::Login,
    MailKind::Test,
    MailKind::Webhook,
];

/// One kind of email.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MailKind {
    /// A pulse's invitation.
    Invite,
    /// The halfway reminder.
    RemindHalf,
    /// The last-day reminder.
    RemindLast,
    /// The results summary after close.
    Summary,
    /// An agreement's review reminder.
    Review,
    /// A sign-in link.
    Login,
    /// A test invitation an admin or lead sent themselves (it links to a preview).
    Test,
    /// Not an email: a signed POST to a webhook endpoint (`webhook:{endpoint}:{event}:{subject}`).
    Webhook,
}

impl MailKind {
    /// The key prefix, as stored in `outbox.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invite => "invite",
            Self::RemindHalf => "remind-half",
            Self::RemindLast => "remind-last",
            Self::Summary => "summary",
            Self::Review => "review",
            Self::Login => "login",
            Self::Test => "test",
            Self::Webhook => "webhook",
        }
    }

    /// The kind stored as `stored`, if it is one.
    pub fn parse(stored: &str) -> Option<Self> {
        KINDS.iter().copied().find(|k| k.as_str() == stored)
    }

    /// In words, for the admin pages.
    pub fn label(self) -> &'static str {
        match self {
            Self::Invite => "Invitation",
            Self::RemindHalf => "Halfway reminder",
            Self::RemindLast => "Last-day reminder",
            Self::Summary => "Results summary",
            Self::Review => "Review reminder",
            Self::Login => "Sign-in link",
            Self::Test => "Test invitation",
            Self::Webhook => "Webhook delivery",
        }
    }

    /// Whether this kind belongs to a pulse (its key's second part is the pulse id).
    fn of_a_pulse(self) -> bool {
        matches!(self, Self::Invite | Self::RemindHalf | Self::RemindLast | Self::Summary)
    }
}

/// The stored kind (the key's first part, `other` when it has none) and, for a pulse's
/// email, the pulse id.
pub fn about(idempotency_key: &str) -> (&str, Option<i64>) {
    let mut parts = idempotency_key.splitn(3, ':');
    let kind = parts.next().filter(|k| !k.is_empty() && idempotency_key.contains(':')).unwrap_or("other");
    let pulse = MailKind::parse(kind)
        .filter(|k| k.of_a_pulse())
        .and_then(|_| parts.next())
        .and_then(|id| id.parse().ok());
    (kind, pulse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pulse_emails_name_their_pulse_and_others_do_not() {
        assert_eq!(about("invite:12:7"), ("invite", Some(12)));
        assert_eq!(about("remind-last:3:9"), ("remind-last", Some(3)));
        assert_eq!(about("summary:40:1"), ("summary", Some(40)));
        assert_eq!(about("review:5:2026-12-01:3"), ("review", None));
        assert_eq!(about("login:abcdef"), ("login", None));
        assert_eq!(about("test:eng:0b6f"), ("test", None));
        assert_eq!(about("no-colon"), ("other", None));
        assert_eq!(about("invite:x:1"), ("invite", None));
    }

    #[test]
    fn every_kind_reads_back_from_its_name() {
        for kind in KINDS {
            assert_eq!(MailKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(MailKind::parse("other"), None);
        assert_eq!(MailKind::Webhook.as_str(), super::super::outbox::WEBHOOK);
        assert_eq!(about("webhook:3:pulse.closed:12"), ("webhook", None));
    }
}
