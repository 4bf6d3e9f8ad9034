//! Candor: monthly anonymous team health pulses, honest statistics, working agreements.

pub mod auth;
pub mod cli;
pub mod cli_progress;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod http;
pub mod i18n;
pub mod mail;
pub mod metrics;
pub mod report;
pub mod scheduler;
pub mod sealing;
pub mod shutdown;
pub mod startup;
pub mod stats;
pub mod submissions;
pub mod summaries;
pub mod telemetry;
