//! Prometheus collectors of one instance: requests by route pattern and status, submissions
//! stored and their group-commit batches (counted here), and what every instance reads alike
//! from the database (the outbox by state, failed send attempts, open pulses). Served by
//! `/metrics` (`crate::http::metrics`).

use diesel::prelude::*;
use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry, TextEncoder,
};

use crate::db::DbConnection;
use crate::db::schema::{outbox, pulses};
use crate::domain::pulse_state::PulseState;
use crate::error::AppError;

/// The collectors of one instance.
#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    request_seconds: HistogramVec,
    submissions_stored: IntCounter,
    submission_batch: Histogram,
    outbox: IntGaugeVec,
    failed_attempts: IntGauge,
    open_pulses: IntGauge,
    scheduler_rounds: IntCounter,
}

impl Metrics {
    /// Fresh collectors in a registry of their own.
    pub fn new() -> Result<Self, prometheus::Error> {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new("candor_http_requests_total", "HTTP requests by route pattern, method and status"),
            &["route", "method", "status"],
        )?;
        let request_seconds = HistogramVec::new(
            HistogramOpts::new("candor_http_request_duration_seconds", "Time to answer, by route pattern"),
            &["route"],
        )?;
        let submissions_stored = IntCounter::new(
            "candor_submissions_stored_total",
            "Survey submissions committed by this instance",
        )?;
        let submission_batch = Histogram::with_opts(
            HistogramOpts::new(
                "candor_submission_batch_size",
                "Submissions committed together (group commit)",
            )
            .buckets(vec![1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0]),
        )?;
        let outbox =
            IntGaugeVec::new(Opts::new("candor_outbox_messages", "Outbox rows by state"), &["state"])?;
        let failed_attempts = IntGauge::new(
            "candor_email_failed_attempts",
            "Send attempts that failed, over the whole outbox (every instance)",
        )?;
        let open_pulses = IntGauge::new("candor_open_pulses", "Pulses open now")?;
        let scheduler_rounds = IntCounter::new(
            "candor_scheduler_rounds_total",
            "Scheduler rounds this instance finished (each opens, reminds, closes what is due)",
        )?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(request_seconds.clone()))?;
        registry.register(Box::new(submissions_stored.clone()))?;
        registry.register(Box::new(submission_batch.clone()))?;
        registry.register(Box::new(outbox.clone()))?;
        registry.register(Box::new(failed_attempts.clone()))?;
        registry.register(Box::new(open_pulses.clone()))?;
        registry.register(Box::new(scheduler_rounds.clone()))?;
        let metrics = Self {
            registry,
            requests,
            request_seconds,
            submissions_stored,
            submission_batch,
            outbox,
            failed_attempts,
            open_pulses,
            scheduler_rounds,
        };
        Ok(metrics)
    }

    /// Counts a finished scheduler round (whether or not it had anything to do).
    pub fn scheduler_round_done(&self) {
        self.scheduler_rounds.inc();
    }

    /// Counts a batch of `stored` submissions committed together out of `size`.
    pub fn submissions_committed(&self, size: usize, stored: usize) {
        self.submission_batch.observe(size as f64);
        self.submissions_stored.inc_by(stored as u64);
    }

    /// Counts one answered request.
    pub fn request_done(&self, route: &str, method: &str, status: u16, seconds: f64) {
        self.requests.with_label_values(&[route, method, &status.to_string()]).inc();
        self.request_seconds.with_label_values(&[route]).observe(seconds);
    }

    /// Sets the figures read from the database.
    pub fn refresh(&self, figures: &DatabaseFigures) {
        for state in ["queued", "sending", "sent", "failed", "cancelled"] {
            let count = figures.outbox.iter().find(|(s, _)| s == state).map_or(0, |(_, n)| *n);
            self.outbox.with_label_values(&[state]).set(count);
        }
        self.failed_attempts.set(figures.failed_attempts);
        self.open_pulses.set(figures.open_pulses);
    }

    /// The collectors in Prometheus text.
    pub fn text(&self) -> Result<String, AppError> {
        let mut text = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut text)
            .map_err(|e| AppError::unexpected("metrics do not encode", e))?;
        String::from_utf8(text).map_err(|e| AppError::unexpected("metrics are not UTF-8", e))
    }
}

/// What every instance reads alike from the database.
pub struct DatabaseFigures {
    /// Outbox rows by state.
    pub outbox: Vec<(String, i64)>,
    /// Failed send attempts over the whole outbox.
    pub failed_attempts: i64,
    /// Pulses open now.
    pub open_pulses: i64,
}

/// Reads the [`DatabaseFigures`].
pub fn database_figures(conn: &mut DbConnection) -> Result<DatabaseFigures, AppError> {
    let attempts: Option<i64> = outbox::table.select(diesel::dsl::sum(outbox::attempts)).get_result(conn)?;
    let open_pulses: i64 =
        pulses::table.filter(pulses::state.eq(PulseState::Open.as_str())).count().get_result(conn)?;
    let outbox = crate::mail::outbox::depth(conn)?;
    // Every sent row's last attempt succeeded; every other attempt failed.
    let sent = outbox.iter().find(|(state, _)| state == "sent").map_or(0, |(_, n)| *n);
    Ok(DatabaseFigures { failed_attempts: attempts.unwrap_or(0) - sent, outbox, open_pulses })
}

/// The collectors of a new instance; fails only on a bug in the names above.
pub fn build() -> Result<Metrics, AppError> {
    Metrics::new().map_err(|e| AppError::Startup(format!("metrics cannot be set up: {e}")))
}
