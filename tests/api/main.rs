//! The integration suite: one binary, every test on SQLite and again on PostgreSQL when
//! `CANDOR_TEST_POSTGRES_URL` is set (required when `CANDOR_REQUIRE_SERVICES=1`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod helpers;

mod cli;
mod config;
mod connection_errors;
mod health;
mod migrations;
mod people_import;
