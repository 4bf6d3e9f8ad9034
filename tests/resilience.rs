//! The resilience suite (issue 7): the real `candor` binary run as separate processes and
//! made to fail — SIGKILL under survey load and mid-send, SIGTERM under load, two instances on
//! one PostgreSQL outbox, the SMTP server down for a minute, a locked SQLite file, PostgreSQL
//! restarted under load, a backup taken under load and restored. Each test checks what a user
//! would notice: an acknowledged answer lost, an invitation never sent or sent too often, a
//! 500, a process that does not come back.
//!
//! Needs MailDev (`CANDOR_TEST_MAILDEV_BIN`: the mail tests start MailDevs of their own) and
//! PostgreSQL (`CANDOR_TEST_POSTGRES_URL`; the restart test also needs the local cluster and
//! `pg_ctlcluster`); `scripts/test.sh --test resilience` provides both. Without them those
//! tests print SKIP, or fail with `CANDOR_REQUIRE_SERVICES=1`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "api/helpers.rs"]
#[allow(dead_code)]
mod helpers;

#[path = "resilience/backup.rs"]
mod backup;
#[path = "resilience/crash.rs"]
mod crash;
#[path = "resilience/launch.rs"]
mod launch;
#[path = "resilience/logs.rs"]
mod logs;
#[path = "resilience/mail.rs"]
mod mail;
#[path = "resilience/maildev.rs"]
mod maildev;
#[path = "resilience/outages.rs"]
mod outages;
#[path = "resilience/process.rs"]
mod process;
#[path = "resilience/support.rs"]
mod support;
