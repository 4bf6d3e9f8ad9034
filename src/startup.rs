//! `Application::build(settings)`: pool, templates, listeners (the public one and the
//! operator's for metrics), routes — everything a running Candor is, built from settings
//! passed by value so tests can build one on port 0.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession, TtlExtensionPolicy};
use actix_web::cookie::{Key, SameSite};

use crate::auth::csrf::CsrfCookie;
use crate::auth::oidc::provider::{Provider, ProviderSettings};
use crate::auth::session_store::DbSessionStore;
use crate::config::Settings;
use crate::db::{self, DatabaseUrl, PoolOptions};
use crate::error::AppError;
use crate::http;
pub use crate::http::state::AppState;
use crate::mail::{Composer, DeliveryPolicy, MailOptions, Mailer};
use crate::scheduler;
use crate::shutdown::Shutdown;
use crate::submissions::{SubmissionWriter, WriterTasks};

/// A built, not yet running, HTTP server with its state.
pub struct Application {
    port: u16,
    server: Server,
    /// The metrics listener's port and server, unless `metrics_bind` is `off`.
    metrics: Option<(u16, Server)>,
    state: AppState,
    background: Vec<tokio::task::JoinHandle<()>>,
    writer_tasks: WriterTasks,
}

/// Writer tasks for submissions: one on SQLite (it admits one writer at a time anyway), a few
/// on PostgreSQL so batches of different instances and of one instance overlap.
fn submission_writers(url: &DatabaseUrl, pool_size: u32) -> usize {
    match url {
        DatabaseUrl::Sqlite(_) => 1,
        DatabaseUrl::Postgres(_) => (pool_size as usize / 2).clamp(1, 4),
    }
}

impl Application {
    /// Opens the database (migrating it), loads templates and binds the listener.
    pub async fn build(settings: Settings) -> Result<Self, AppError> {
        settings.validate()?;
        let listener = TcpListener::bind(&settings.bind)
            .map_err(|e| AppError::Startup(format!("cannot listen on {}: {e}", settings.bind)))?;
        Self::build_on(settings, listener).await
    }

    /// [`Application::build`] on a listener bound already (its address is `settings.bind`'s):
    /// a caller that must know the port before the app is made, for `base_url`, binds it.
    pub async fn build_on(settings: Settings, listener: TcpListener) -> Result<Self, AppError> {
        settings.validate()?;
        let url = settings.database()?;
        let options = PoolOptions {
            max_size: settings.db_pool_size,
            sqlite_busy_timeout_ms: settings.sqlite_busy_timeout_ms,
            checkout_timeout: std::time::Duration::from_millis(settings.db_checkout_timeout_ms.max(1)),
            ..PoolOptions::default()
        };
        let writers = submission_writers(&url, settings.db_pool_size);
        let source = settings.answer_key_source();
        let (pool, answer_key) = tokio::task::spawn_blocking(move || {
            let pool = db::connect_and_migrate(&url, &options)?;
            let mut conn = pool.get()?;
            let key = crate::domain::sealed::adopt_master_key(&mut conn, &source)?;
            // SQLite: empty a WAL that an earlier run could not empty after a close (readers
            // held it); PostgreSQL's VACUUM after a close needs no second try.
            if matches!(&*conn, db::DbConnection::Sqlite(_)) {
                crate::domain::sealed::scrub_after_close(&mut conn)?;
            }
            Ok::<_, AppError>((pool, key))
        })
        .await
        .map_err(|e| AppError::Startup(format!("database start-up task failed: {e}")))??;
        let templates = http::templates::load()
            .map_err(|e| AppError::Startup(format!("templates do not parse: {e:?}")))?;
        let port = port_of(&listener)?;
        let metrics_listener = metrics_listener(&settings)?;
        let composer = Composer::new(&settings.base_url)?;
        let mailer = Mailer::new(&mail_options(&settings))?;
        let metrics = crate::metrics::build()?;
        let (submissions, writer_tasks) = SubmissionWriter::start(
            pool.clone(),
            writers,
            settings.submission_batch_max,
            metrics.clone(),
            answer_key.clone(),
        );
        let sso = single_sign_on(&settings)?;
        let state = AppState {
            pool,
            templates: Arc::new(templates),
            settings: Arc::new(settings),
            composer,
            mailer,
            submissions,
            metrics,
            shutdown: Shutdown::new(),
            answer_key,
            sso,
        };
        let server = serve(listener, state.clone())?;
        let metrics = match metrics_listener {
            Some(listener) => Some((port_of(&listener)?, serve_metrics(listener, state.clone())?)),
            None => None,
        };
        let background =
            if state.settings.background_jobs { start_background_jobs(&state) } else { Vec::new() };
        Ok(Self { port, server, metrics, state, background, writer_tasks })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The port of the metrics listener, unless `metrics_bind` is `off`.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics.as_ref().map(|(port, _)| *port)
    }

    /// The shared state (pool, settings), for workers and tests.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// A handle that stops the server (its workers run on threads of their own).
    pub fn server_handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Serves until the server is stopped through its handle.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(std::future::pending()).await
    }

    /// Serves until `signal` completes (or the handle stops the server), then shuts down in
    /// order: no new connections; requests under way finish (up to `shutdown_seconds`); their
    /// submissions are committed; the scheduler's step and the emails being sent finish.
    pub async fn run_until(
        self,
        signal: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let Self { server, metrics, state, background, writer_tasks, .. } = self;
        let (handle, shutdown) = (server.handle(), state.shutdown.clone());
        // The metrics listener serves alongside, and stops once the public one has.
        let metrics = metrics.map(|(_, server)| (server.handle(), tokio::spawn(server)));
        tokio::spawn(async move {
            signal.await;
            tracing::info!("stopping: no new requests; finishing those under way");
            shutdown.begin();
            handle.stop(true).await;
        });
        let served = server.await;
        state.shutdown.begin();
        if let Some((handle, task)) = metrics {
            handle.stop(true).await;
            if let Ok(Err(e)) = task.await {
                tracing::warn!(error = %e, "the metrics listener failed");
            }
        }
        let grace = std::time::Duration::from_secs(state.settings.shutdown_seconds);
        drop(state);
        let finishing = async {
            futures_util::future::join_all(background).await;
            writer_tasks.finished().await;
        };
        if tokio::time::timeout(grace, finishing).await.is_err() {
            tracing::warn!("background work did not finish within {grace:?}; exiting anyway");
        }
        tracing::info!("Candor stopped");
        served
    }
}

/// The scheduler and the mail worker, as tasks of this process.
fn start_background_jobs(state: &AppState) -> Vec<tokio::task::JoinHandle<()>> {
    let policy = delivery_policy(&state.settings);
    let every = std::time::Duration::from_secs(state.settings.scheduler_seconds);
    vec![
        tokio::spawn(crate::mail::deliver::run_mail_worker(
            state.pool.clone(),
            state.mailer.clone(),
            policy,
            state.shutdown.clone(),
        )),
        tokio::spawn(scheduler::run_scheduler(
            state.pool.clone(),
            scheduler::Tools { composer: state.composer.clone(), answer_key: state.answer_key.clone() },
            every,
            state.shutdown.clone(),
            state.metrics.clone(),
        )),
    ]
}

/// The identity provider of single sign-on, when the settings name one.
fn single_sign_on(settings: &Settings) -> Result<Option<Arc<Provider>>, AppError> {
    let (Some(issuer), Some(client_id), Some(client_secret)) =
        (&settings.oidc_issuer, &settings.oidc_client_id, &settings.oidc_client_secret)
    else {
        return Ok(None);
    };
    let redirect_url = format!("{}/login/oidc/callback", settings.base_url.trim_end_matches('/'));
    let provider = Provider::new(ProviderSettings {
        issuer: issuer.clone(),
        client_id: client_id.clone(),
        client_secret: client_secret.clone(),
        redirect_url,
        groups_claim: settings.oidc_groups_claim.clone(),
    })?;
    Ok(Some(Arc::new(provider)))
}

/// What the mailer needs of the settings.
pub fn mail_options(settings: &Settings) -> MailOptions {
    MailOptions {
        from: settings.mail_from.clone(),
        smtp_url: settings.smtp_url.clone(),
        outbox_dir: settings.outbox_dir.clone(),
        base_url: settings.base_url.clone(),
    }
}

/// The rate limits the settings ask for.
pub fn limit_options(settings: &Settings) -> http::rate_limit::LimitOptions {
    http::rate_limit::LimitOptions {
        login_rate_per_minute: settings.login_rate_per_minute,
        login_burst: settings.login_burst,
        survey_rate_per_second: settings.survey_rate_per_second,
        survey_burst: settings.survey_burst,
        trusted_proxies: settings.trusted_proxies.clone(),
    }
}

/// The delivery policy the settings ask for.
pub fn delivery_policy(settings: &Settings) -> DeliveryPolicy {
    use std::time::Duration;
    DeliveryPolicy {
        rate_per_second: settings.mail_rate_per_second,
        concurrency: settings.mail_concurrency,
        lease: Duration::from_secs(settings.mail_lease_seconds),
        first_retry: Duration::from_secs(settings.mail_first_retry_seconds),
        max_retry: Duration::from_secs(settings.mail_max_retry_seconds),
        ..DeliveryPolicy::default()
    }
}

fn port_of(listener: &TcpListener) -> Result<u16, AppError> {
    Ok(listener.local_addr().map_err(|e| AppError::Startup(format!("listener has no address: {e}")))?.port())
}

/// The operator's listener for metrics, unless `metrics_bind` is `off`.
fn metrics_listener(settings: &Settings) -> Result<Option<TcpListener>, AppError> {
    let Some(bind) = settings.metrics_address() else { return Ok(None) };
    let listener = TcpListener::bind(bind).map_err(|e| {
        AppError::Startup(format!(
            "cannot listen on {bind} for metrics: {e}; set CANDOR_METRICS_BIND to a free address, or to off"
        ))
    })?;
    Ok(Some(listener))
}

/// The metrics listener's server: `/metrics`, `/healthz` and `/readyz`, no sessions, one worker.
fn serve_metrics(listener: TcpListener, state: AppState) -> Result<Server, AppError> {
    let shutdown_seconds = state.settings.shutdown_seconds;
    let data = web::Data::new(state);
    let server = HttpServer::new(move || {
        App::new()
            .wrap(actix_web::middleware::from_fn(http::security::headers))
            .app_data(data.clone())
            .configure(http::metrics_routes)
    })
    .workers(1)
    .disable_signals()
    .shutdown_timeout(shutdown_seconds)
    .listen(listener)
    .map_err(|e| AppError::Startup(format!("cannot start the metrics server: {e}")))?
    .run();
    Ok(server)
}

/// The key that signs and encrypts session cookies.
fn session_key(settings: &Settings) -> Result<Key, AppError> {
    use base64::Engine;
    let Some(raw) = &settings.session_key else {
        tracing::warn!(
            "CANDOR_SESSION_KEY is not set: a random key is used, so sessions end when Candor restarts"
        );
        return Ok(Key::generate());
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(raw.trim())
        .map_err(|e| AppError::Startup(format!("CANDOR_SESSION_KEY is not base64: {e}")))?;
    Key::try_from(bytes.as_slice())
        .map_err(|_| AppError::Startup("CANDOR_SESSION_KEY must hold at least 64 bytes (base64)".into()))
}

/// Database sessions: a `__Host-` cookie over https (HttpOnly, Secure, SameSite=Lax), an
/// 8-hour idle timeout renewed on every request. A row is made at sign-in only: before it, the
/// session holds nothing (the sign-in forms' CSRF token is in a cookie of its own).
fn sessions(state: &AppState, key: Key) -> http::Sessions {
    let https = state.settings.base_url.starts_with("https://");
    let lifecycle = PersistentSession::default()
        .session_ttl(actix_web::cookie::time::Duration::hours(8))
        .session_ttl_extension_policy(TtlExtensionPolicy::OnEveryRequest);
    SessionMiddleware::builder(DbSessionStore::new(state.pool.clone()), key)
        .cookie_name(if https { "__Host-candor".into() } else { "candor".into() })
        .cookie_secure(https)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_path("/".into())
        .cookie_content_security(CookieContentSecurity::Private)
        .session_lifecycle(lifecycle)
        .build()
}

fn serve(listener: TcpListener, state: AppState) -> Result<Server, AppError> {
    let key = session_key(&state.settings)?;
    let csrf_cookie = CsrfCookie::new(key.clone(), state.settings.base_url.starts_with("https://"));
    let limits = http::rate_limit::RateLimits::new(&limit_options(&state.settings))?;
    tokio::spawn(limits.clone().forget_idle_every(std::time::Duration::from_secs(60)));
    let shutdown_seconds = state.settings.shutdown_seconds;
    let data = web::Data::new(state);
    let server = HttpServer::new(move || {
        App::new()
            .wrap(actix_web::middleware::from_fn(http::security::limit_body))
            .wrap(TracingLogger::<http::logging::RedactedSpans>::new())
            .wrap(actix_web::middleware::from_fn(http::security::headers))
            .wrap(actix_web::middleware::from_fn(http::metrics::record))
            .app_data(data.clone())
            .app_data(csrf_cookie.clone())
            .configure(|cfg| http::routes(cfg, &limits, sessions(&data, key.clone())))
    })
    // A client has 5 s to send a request's head (actix's default, stated so it is not lowered by
    // accident) and 2 s to close; the benchmark's 64 keep-alive clients are far inside both.
    .client_request_timeout(std::time::Duration::from_secs(5))
    .client_disconnect_timeout(std::time::Duration::from_secs(2))
    // Signals are handled in `run_until`, which also stops the background work.
    .disable_signals()
    .shutdown_timeout(shutdown_seconds)
    .listen(listener)
    .map_err(|e| AppError::Startup(format!("cannot start the HTTP server: {e}")))?
    .run();
    Ok(server)
}
