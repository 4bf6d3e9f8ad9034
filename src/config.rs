//! Settings: defaults, then `candor.toml`, then `CANDOR_*` variables (the environment wins).
//! Passed by value; nothing global. Secrets (passwords in URLs) never reach a log line.

use std::fmt;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

use crate::db::{DatabaseUrl, redact};
use crate::error::AppError;
use crate::http::forwarded::TrustedProxies;

/// Everything Candor can be told at start.
#[derive(Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `sqlite://PATH` or `postgres://…`.
    pub database_url: String,
    /// Address the HTTP server listens on; port 0 picks a free one.
    pub bind: String,
    /// Public address of this instance, used in links in emails.
    pub base_url: String,
    /// `smtp://host:port` (or `smtps://`); unset writes mail as .eml files to `outbox_dir`.
    pub smtp_url: Option<String>,
    /// The From address of every email.
    pub mail_from: String,
    /// Default anonymity threshold for new teams (3 to 10).
    pub min_group: i32,
    /// Where mail goes when no SMTP server is configured.
    pub outbox_dir: PathBuf,
    /// `text` (default) or `json` log lines.
    pub log_format: String,
    /// Most emails sent per second.
    pub mail_rate_per_second: f64,
    /// Most database connections per instance.
    pub db_pool_size: u32,
    /// Run the scheduler and the mail worker inside `serve` (tests turn them off and drive
    /// each step themselves).
    pub background_jobs: bool,
    /// Key that protects session cookies: at least 64 bytes, base64. Unset, a random key is made
    /// at start (sessions end on restart; several instances need one shared key).
    pub session_key: Option<String>,
    /// Sign-in attempts (`POST /login…`) each client address may make per minute once its
    /// burst is used; 0 turns the limit off.
    pub login_rate_per_minute: u32,
    /// Sign-in attempts a client address may make at once.
    pub login_burst: u32,
    /// Survey submissions each client address may make per second once its burst is used
    /// (a whole office may share one address); 0 turns the limit off.
    pub survey_rate_per_second: u32,
    /// Survey submissions a client address may make at once.
    pub survey_burst: u32,
    /// How long SQLite waits for another writer before a request fails with 503.
    pub sqlite_busy_timeout_ms: u32,
    /// How long a request waits for a free database connection before it fails with 503.
    pub db_checkout_timeout_ms: u64,
    /// How long a claimed email is held by one instance before another may take it (seconds).
    pub mail_lease_seconds: u64,
    /// Wait after a failed send (seconds); doubles with each attempt, ±20% jitter.
    pub mail_first_retry_seconds: u64,
    /// Longest wait between two attempts (seconds).
    pub mail_max_retry_seconds: u64,
    /// Emails in flight at once per instance.
    pub mail_concurrency: usize,
    /// How often the scheduler looks for pulses to open, remind and close (seconds).
    pub scheduler_seconds: u64,
    /// On SIGTERM or Ctrl-C: how long in-flight requests and the email being sent may take
    /// to finish before the process exits anyway (seconds).
    pub shutdown_seconds: u64,
    /// Survey submissions stored together in one transaction at most (group commit).
    pub submission_batch_max: usize,
    /// Bearer token that lets a scraper read `/metrics` on the public listener (`bind`); unset,
    /// `/metrics` there answers 403 to everyone, loopback included.
    pub metrics_token: Option<String>,
    /// The master key that wraps the keys of open pulses, base64 of 32 bytes; wins over
    /// `answer_key_file`. Never logged.
    pub answer_key: Option<String>,
    /// The file that holds the master key; created (mode 0600) on first start when missing
    /// and no pulse depends on it. Back it up apart from the database.
    pub answer_key_file: PathBuf,
    /// Address of the operator's listener for `/metrics` (and `/healthz`, `/readyz`), which
    /// answers whoever reaches it: keep it on loopback or a private network. Port 0 picks a
    /// free one; `off` serves no such listener.
    pub metrics_bind: String,
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` headers name the client, for rate
    /// limits and logs: addresses or CIDR ranges, a comma list (`127.0.0.1, 10.0.0.0/8`) or a
    /// TOML array. Empty (the default) believes nobody: the client is the TCP peer. An entry
    /// that is neither stops the start with its name.
    pub trusted_proxies: TrustedProxies,
    /// The company's OpenID Connect issuer (`https://login.example.com`, discovered at
    /// `/.well-known/openid-configuration`); with the client id and secret, `/login` offers
    /// single sign-on.
    pub oidc_issuer: Option<String>,
    /// This instance's client id at the issuer.
    pub oidc_client_id: Option<String>,
    /// This instance's client secret at the issuer. Never logged.
    pub oidc_client_secret: Option<String>,
    /// What the sign-in button calls the issuer: "Sign in with …".
    pub oidc_name: String,
    /// The ID token claim that lists a person's groups. Set, membership of `oidc_admin_group`
    /// makes the person an admin at each single sign-on, and its absence takes admin away.
    pub oidc_groups_claim: Option<String>,
    /// The group whose members are admins (with `oidc_groups_claim`).
    pub oidc_admin_group: String,
    /// Whether a verified address that is no person of the organisation gets an account (with
    /// no team) at its first single sign-on; off (the default), it is refused with a page that
    /// says whom to ask.
    pub oidc_create_accounts: bool,
    /// Sign-in links by email; off, `/login` offers single sign-on and passwords only.
    pub sign_in_links: bool,
    /// Passwords; off, `/login` offers single sign-on and links only.
    pub sign_in_passwords: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            database_url: "sqlite://candor.db".into(),
            bind: "127.0.0.1:8080".into(),
            base_url: "http://127.0.0.1:8080".into(),
            smtp_url: None,
            mail_from: "Candor <candor@localhost>".into(),
            min_group: 5,
            outbox_dir: PathBuf::from("outbox"),
            log_format: "text".into(),
            mail_rate_per_second: 20.0,
            db_pool_size: 10,
            background_jobs: true,
            session_key: None,
            login_rate_per_minute: 10,
            login_burst: 10,
            survey_rate_per_second: 50,
            survey_burst: 200,
            sqlite_busy_timeout_ms: 5_000,
            db_checkout_timeout_ms: 10_000,
            mail_lease_seconds: 120,
            mail_first_retry_seconds: 30,
            mail_max_retry_seconds: 3600,
            mail_concurrency: 16,
            scheduler_seconds: 30,
            shutdown_seconds: 30,
            submission_batch_max: 512,
            metrics_token: None,
            answer_key: None,
            answer_key_file: PathBuf::from("candor-answer.key"),
            metrics_bind: "127.0.0.1:9464".into(),
            trusted_proxies: TrustedProxies::default(),
            oidc_issuer: None,
            oidc_client_id: None,
            oidc_client_secret: None,
            oidc_name: "your company account".into(),
            oidc_groups_claim: None,
            oidc_admin_group: "candor-admins".into(),
            oidc_create_accounts: false,
            sign_in_links: true,
            sign_in_passwords: true,
        }
    }
}

impl Settings {
    /// Reads the settings: `path` (or `./candor.toml` when it exists), then the environment.
    /// An explicitly named file that is missing is an error.
    pub fn load(path: Option<&Path>) -> Result<Self, AppError> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        match path {
            Some(p) if !p.is_file() => {
                return Err(AppError::Startup(format!("config file {} not found", p.display())));
            }
            Some(p) => figment = figment.merge(Toml::file(p)),
            None => figment = figment.merge(Toml::file("candor.toml")),
        }
        let settings: Settings = figment
            .merge(Env::prefixed("CANDOR_"))
            .extract()
            .map_err(|e| AppError::Startup(format!("bad configuration: {e}")))?;
        settings.validate()?;
        Ok(settings)
    }

    /// Checks values that have rules; the message names the setting and the fix.
    pub fn validate(&self) -> Result<(), AppError> {
        self.database()?;
        if !(3..=10).contains(&self.min_group) {
            return Err(AppError::Startup(format!(
                "CANDOR_MIN_GROUP is {}: it must be between 3 and 10",
                self.min_group
            )));
        }
        if self.mail_rate_per_second.is_nan() || self.mail_rate_per_second <= 0.0 {
            return Err(AppError::Startup("mail_rate_per_second must be above 0".into()));
        }
        if self.db_pool_size == 0 {
            return Err(AppError::Startup("CANDOR_DB_POOL_SIZE must be at least 1".into()));
        }
        if self.login_rate_per_minute > 0 && self.login_burst == 0 {
            return Err(AppError::Startup(
                "CANDOR_LOGIN_BURST must be at least 1 while sign-in is limited".into(),
            ));
        }
        if self.survey_rate_per_second > 0 && self.survey_burst == 0 {
            return Err(AppError::Startup(
                "CANDOR_SURVEY_BURST must be at least 1 while surveys are limited".into(),
            ));
        }
        if self.mail_concurrency == 0 || self.submission_batch_max == 0 || self.scheduler_seconds == 0 {
            return Err(AppError::Startup(
                "CANDOR_MAIL_CONCURRENCY, CANDOR_SUBMISSION_BATCH_MAX and CANDOR_SCHEDULER_SECONDS must be at least 1"
                    .into(),
            ));
        }
        if self.metrics_bind.trim().is_empty() {
            return Err(AppError::Startup(
                "CANDOR_METRICS_BIND is empty: give an address such as 127.0.0.1:9464, or off".into(),
            ));
        }
        url::Url::parse(&self.base_url).map_err(|e| {
            AppError::Startup(format!("CANDOR_BASE_URL '{}' is not a URL: {e}", self.base_url))
        })?;
        self.validate_sign_in()
    }

    /// Single sign-on is all three of issuer, client id and secret or none; and some way to
    /// sign in stays.
    fn validate_sign_in(&self) -> Result<(), AppError> {
        let parts = [&self.oidc_issuer, &self.oidc_client_id, &self.oidc_client_secret];
        let given = parts.iter().filter(|p| p.as_deref().is_some_and(|v| !v.trim().is_empty())).count();
        if given != 0 && given != 3 {
            return Err(AppError::Startup(
                "single sign-on needs all of CANDOR_OIDC_ISSUER, CANDOR_OIDC_CLIENT_ID and CANDOR_OIDC_CLIENT_SECRET"
                    .into(),
            ));
        }
        if let Some(issuer) = &self.oidc_issuer {
            url::Url::parse(issuer)
                .map_err(|e| AppError::Startup(format!("CANDOR_OIDC_ISSUER '{issuer}' is not a URL: {e}")))?;
        }
        if given == 0 && !self.sign_in_links && !self.sign_in_passwords {
            return Err(AppError::Startup(
                "CANDOR_SIGN_IN_LINKS and CANDOR_SIGN_IN_PASSWORDS are both off and single sign-on is not set up: nobody could sign in"
                    .into(),
            ));
        }
        Ok(())
    }

    /// Whether single sign-on is set up.
    pub fn oidc_enabled(&self) -> bool {
        self.oidc_issuer.is_some() && self.oidc_client_id.is_some() && self.oidc_client_secret.is_some()
    }

    /// Where the master key of sealed answers comes from.
    pub fn answer_key_source(&self) -> crate::sealing::KeySource {
        crate::sealing::KeySource { inline: self.answer_key.clone(), file: self.answer_key_file.clone() }
    }

    /// The metrics listener's address, or `None` when it is `off`.
    pub fn metrics_address(&self) -> Option<&str> {
        let bind = self.metrics_bind.trim();
        (!bind.eq_ignore_ascii_case("off")).then_some(bind)
    }

    /// The parsed database URL.
    pub fn database(&self) -> Result<DatabaseUrl, AppError> {
        self.database_url.parse().map_err(|e: crate::db::DatabaseUrlError| AppError::Startup(e.to_string()))
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("database_url", &redact(&self.database_url))
            .field("bind", &self.bind)
            .field("base_url", &self.base_url)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact))
            .field("mail_from", &self.mail_from)
            .field("min_group", &self.min_group)
            .field("outbox_dir", &self.outbox_dir)
            .field("session_key", &self.session_key.as_ref().map(|_| "***"))
            .field("metrics_token", &self.metrics_token.as_ref().map(|_| "***"))
            .field("answer_key", &self.answer_key.as_ref().map(|_| "***"))
            .field("answer_key_file", &self.answer_key_file)
            .field("metrics_bind", &self.metrics_bind)
            .field("trusted_proxies", &self.trusted_proxies.to_string())
            .field("oidc_issuer", &self.oidc_issuer)
            .field("oidc_client_id", &self.oidc_client_id)
            .field("oidc_client_secret", &self.oidc_client_secret.as_ref().map(|_| "***"))
            .field("sign_in_links", &self.sign_in_links)
            .field("sign_in_passwords", &self.sign_in_passwords)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_passwords() {
        let s = Settings {
            database_url: "postgres://u:hunter2@h/db".into(),
            smtp_url: Some("smtp://me:hunter3@mail:25".into()),
            oidc_client_secret: Some("hunter4".into()),
            ..Settings::default()
        };
        let shown = format!("{s:?}");
        assert!(
            !shown.contains("hunter2") && !shown.contains("hunter3") && !shown.contains("hunter4"),
            "{shown}"
        );
    }

    #[test]
    fn single_sign_on_is_all_of_its_three_settings_and_someone_can_always_sign_in() {
        let half = Settings { oidc_issuer: Some("https://login.example.com".into()), ..Settings::default() };
        assert!(half.validate().unwrap_err().to_string().contains("CANDOR_OIDC_CLIENT_ID"));
        let locked_out = Settings { sign_in_links: false, sign_in_passwords: false, ..Settings::default() };
        assert!(locked_out.validate().unwrap_err().to_string().contains("nobody could sign in"));
        let sso_only = Settings {
            oidc_issuer: Some("https://login.example.com".into()),
            oidc_client_id: Some("candor".into()),
            oidc_client_secret: Some("s".into()),
            ..locked_out
        };
        assert!(sso_only.validate().is_ok() && sso_only.oidc_enabled());
        let bad = Settings { oidc_issuer: Some("login".into()), ..sso_only };
        assert!(bad.validate().unwrap_err().to_string().contains("is not a URL"));
    }

    #[test]
    fn min_group_below_three_is_refused() {
        let s = Settings { min_group: 2, ..Settings::default() };
        assert!(s.validate().unwrap_err().to_string().contains("between 3 and 10"));
    }
}
