//! The integration suite: one binary, every test on SQLite and again on PostgreSQL when
//! `CANDOR_TEST_POSTGRES_URL` is set (required when `CANDOR_REQUIRE_SERVICES=1`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod helpers;

mod accounts;
mod admin_audit;
mod admin_import;
mod admin_outbox;
mod admin_people;
mod admin_pulses;
mod admin_teams;
mod admin_tokens;
mod agreement_pages;
mod agreements;
mod anonymity;
mod answer_key;
mod attacks;
mod authz;
mod busy;
mod cadences;
mod cli;
mod config;
mod connection_errors;
mod error_pages;
mod followup_pages;
mod followups;
mod forensics;
mod fuzz;
mod group_commit;
mod health;
mod home_page;
mod languages;
mod migrations;
mod operations;
mod outbox;
mod people_import;
mod pulse_loop;
mod report;
mod schedule;
mod security;
mod sign_in;
mod smtp_stub;
mod summary_mail;
mod survey_input;
mod team_page;
mod verdicts;
