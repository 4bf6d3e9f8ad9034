//! The state every handler can reach, built by `startup.rs` and handed to the routes: handlers
//! import it from here, never from start-up code.

use std::sync::Arc;

use crate::config::Settings;
use crate::db::DbPool;
use crate::mail::{Composer, Mailer};
use crate::metrics::Metrics;
use crate::sealing::MasterKey;
use crate::shutdown::Shutdown;
use crate::submissions::SubmissionWriter;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub pool: DbPool,
    /// Page templates.
    pub templates: Arc<tera::Tera>,
    /// The settings the app was built with.
    pub settings: Arc<Settings>,
    /// Renders emails.
    pub composer: Composer,
    /// Sends emails.
    pub mailer: Mailer,
    /// Stores survey submissions by group commit.
    pub submissions: SubmissionWriter,
    /// This instance's Prometheus collectors.
    pub metrics: Metrics,
    /// Given when the instance stops taking new work.
    pub shutdown: Shutdown,
    /// The master key that wraps the keys of open pulses (sealed answers).
    pub answer_key: MasterKey,
    /// The company's identity provider, when single sign-on is set up.
    pub sso: Option<Arc<crate::auth::oidc::provider::Provider>>,
}
