//! The browser suite: journeys through the pages in Debian's headless Chromium, driven over
//! WebDriver (chromedriver) as people use them — by keyboard, without JavaScript, on a 320 px
//! screen — with axe-core auditing every page. SQLite only (the API suite covers PostgreSQL).
//!
//! Needs `CANDOR_TEST_WEBDRIVER_URL` (a running chromedriver), `CANDOR_TEST_AXE_JS` (axe.min.js)
//! and MailDev (`CANDOR_TEST_SMTP_URL`, `CANDOR_TEST_MAILDEV_API`); `scripts/browser.sh` starts
//! them and runs this suite alone. Without them each test prints SKIP, or fails with
//! `CANDOR_REQUIRE_SERVICES=1`. A failing journey leaves a screenshot in
//! `target/browser-failures/<test>.png`; axe's findings per page are kept in
//! `target/browser-axe/<page>.json`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "browser/admin_outbox.rs"]
mod admin_outbox;
#[path = "browser/admin_teams.rs"]
mod admin_teams;
#[path = "browser/agreements.rs"]
mod agreements;
#[path = "browser/first_pulse.rs"]
mod first_pulse;
#[path = "browser/harness.rs"]
mod harness;
#[path = "browser/languages.rs"]
mod languages;
#[path = "browser/lead.rs"]
mod lead;
#[path = "browser/page.rs"]
mod page;
#[path = "browser/people.rs"]
mod people;
#[path = "browser/screenshots.rs"]
mod screenshots;
#[path = "browser/single_sign_on.rs"]
mod single_sign_on;
#[path = "browser/survey.rs"]
mod survey;
#[path = "browser/survey_admin.rs"]
mod survey_admin;
#[path = "browser/workspace_languages.rs"]
mod workspace_languages;
