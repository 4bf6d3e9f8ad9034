//! Test harness: a database per test (temp SQLite file or a fresh PostgreSQL schema),
//! `spawn_app()` on port 0, and the `candor` binary run against the same database.

use std::path::PathBuf;
use std::process::Output;

use candor::config::Settings;
use candor::db::{self, DbConnection, DbPool, PoolOptions};
use candor::startup::Application;
use diesel::Connection;
use diesel::connection::SimpleConnection;
use tempfile::TempDir;

/// Which backend a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each named `async fn name(backend: Backend)` once per backend, on a two-thread runtime
/// (or, after `current_thread:`, on tokio's single-thread test runtime).
#[macro_export]
macro_rules! backend_tests {
    (current_thread: $($name:ident),* $(,)?) => {
        $crate::backend_tests!(@with () $($name),*);
    };
    (@with $runtime:tt $($name:ident),*) => {$(
        mod $name {
            #[tokio::test $runtime]
            async fn sqlite() {
                super::$name($crate::helpers::Backend::Sqlite).await
            }
            #[tokio::test $runtime]
            async fn postgres() {
                if $crate::helpers::service_url("CANDOR_TEST_POSTGRES_URL").is_some() {
                    super::$name($crate::helpers::Backend::Postgres).await
                }
            }
        }
    )*};
    ($($name:ident),* $(,)?) => {
        $crate::backend_tests!(@with (flavor = "multi_thread", worker_threads = 2) $($name),*);
    };
}

/// The address of a test service, or a loud SKIP (a failure with CANDOR_REQUIRE_SERVICES=1).
pub fn service_url(var: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(v) if !v.trim().is_empty() => Some(v),
        _ if std::env::var("CANDOR_REQUIRE_SERVICES").as_deref() == Ok("1") => {
            panic!("{var} is not set and CANDOR_REQUIRE_SERVICES=1: start the services with scripts/test.sh")
        }
        _ => {
            eprintln!("SKIP: {var} is not set; run scripts/test.sh to test against the real service");
            None
        }
    }
}

/// A database of its own for one test; dropped with the test.
pub struct TestDb {
    pub url: String,
    pub dir: TempDir,
    pg_schema: Option<(String, String)>,
}

impl TestDb {
    pub fn new(backend: Backend) -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        match backend {
            Backend::Sqlite => {
                let url = format!("sqlite://{}", dir.path().join("candor.db").display());
                TestDb { url, dir, pg_schema: None }
            }
            Backend::Postgres => {
                let base = service_url("CANDOR_TEST_POSTGRES_URL").expect("PostgreSQL test URL");
                let schema = format!("t_{}", uuid::Uuid::new_v4().simple());
                let mut admin = diesel::PgConnection::establish(&base).unwrap();
                admin.batch_execute(&format!("CREATE SCHEMA {schema}")).unwrap();
                let sep = if base.contains('?') { '&' } else { '?' };
                let url = format!("{base}{sep}options=-c%20search_path%3D{schema}");
                TestDb { url, dir, pg_schema: Some((base, schema)) }
            }
        }
    }

    /// A pool on this database with migrations applied.
    pub fn pool(&self) -> DbPool {
        let options = PoolOptions { max_size: 4, ..PoolOptions::default() };
        db::connect_and_migrate(&self.url.parse().unwrap(), &options).unwrap()
    }

    /// One raw connection, migrations not applied.
    pub fn connect(&self) -> DbConnection {
        let manager = db::ConnectionManager::new(self.url.parse().unwrap());
        diesel::r2d2::ManageConnection::connect(&manager).unwrap()
    }

    /// Runs the `candor` binary against this database, in this test's temp folder.
    pub fn candor(&self, args: &[&str]) -> Output {
        candor_with(&self.url, self.dir.path().to_path_buf(), args, &[])
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((base, schema)) = &self.pg_schema
            && let Ok(mut admin) = diesel::PgConnection::establish(base)
        {
            let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
        }
    }
}

/// Runs the binary with a database URL, working folder and extra environment.
pub fn candor_with(url: &str, cwd: PathBuf, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_candor"));
    cmd.args(args).current_dir(cwd).env("CANDOR_DATABASE_URL", url).env_remove("CANDOR_CONFIG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// Stdout and stderr of a finished command, as text.
pub fn texts(out: &Output) -> (String, String) {
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A running app on port 0 with its own database.
pub struct TestApp {
    pub address: String,
    /// The operator's metrics listener (`metrics_bind`), unless a test turned it off.
    pub metrics_address: Option<String>,
    pub state: candor::startup::AppState,
    /// Held so the database lives as long as the app; tests may run the CLI against it, or
    /// start a second app on it ([`spawn_app_on`]).
    #[allow(dead_code)]
    pub db: std::sync::Arc<TestDb>,
    pub pool: DbPool,
    pub client: reqwest::Client,
    /// A client signed in as an admin, made on first use.
    admin: tokio::sync::OnceCell<reqwest::Client>,
    /// Stops the server when the test ends.
    server: actix_web::dev::ServerHandle,
}

impl Drop for TestApp {
    /// Stops the server: its worker threads (and their database connections) would otherwise
    /// outlive the test, and PostgreSQL runs out of connections in a long suite. Then waits a
    /// moment for the workers to drop their copies of the state, so that the last copy (whose
    /// SMTP pool needs a runtime to close) is this test's own.
    fn drop(&mut self) {
        let stop = self.server.stop(false);
        let Ok(runtime) = tokio::runtime::Handle::try_current() else { return };
        if runtime.runtime_flavor() != tokio::runtime::RuntimeFlavor::MultiThread {
            return;
        }
        tokio::task::block_in_place(|| {
            runtime.block_on(stop);
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
            while std::sync::Arc::strong_count(&self.state.settings) > 1
                && std::time::Instant::now() < deadline
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        });
    }
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// [`spawn_app`] with settings changed by `configure` before the app is built.
pub async fn spawn_app_with(backend: Backend, configure: impl FnOnce(&mut Settings)) -> TestApp {
    build_app(std::sync::Arc::new(TestDb::new(backend)), configure).await
}

/// Another app on the database (and answer key file) of an earlier one, as after a restart.
pub async fn spawn_app_on(db: std::sync::Arc<TestDb>) -> TestApp {
    build_app(db, |_| {}).await
}

/// [`spawn_app_with`] whose `base_url` is its own address, so that addresses it hands out
/// (single sign-on's callback) lead back to it: the listener is bound first.
pub async fn spawn_app_at_home(backend: Backend, configure: impl FnOnce(&mut Settings)) -> TestApp {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let home = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let db = std::sync::Arc::new(TestDb::new(backend));
    build_app_on(db, Some(listener), |s| {
        s.base_url = home;
        configure(s);
    })
    .await
}

async fn build_app(db: std::sync::Arc<TestDb>, configure: impl FnOnce(&mut Settings)) -> TestApp {
    build_app_on(db, None, configure).await
}

async fn build_app_on(
    db: std::sync::Arc<TestDb>,
    listener: Option<std::net::TcpListener>,
    configure: impl FnOnce(&mut Settings),
) -> TestApp {
    if std::env::var("TEST_LOG").is_ok() {
        candor::telemetry::init("text");
    }
    let mut settings = Settings {
        database_url: db.url.clone(),
        bind: "127.0.0.1:0".into(),
        smtp_url: std::env::var("CANDOR_TEST_SMTP_URL").ok(),
        outbox_dir: db.dir.path().join("outbox"),
        // The CLI runs in the same folder and finds the same key file.
        answer_key_file: db.dir.path().join("candor-answer.key"),
        db_pool_size: 4,
        background_jobs: false,
        metrics_bind: "127.0.0.1:0".into(),
        ..Settings::default()
    };
    configure(&mut settings);
    let app = match listener {
        Some(listener) => Application::build_on(settings, listener).await,
        None => Application::build(settings).await,
    };
    let app = app.expect("app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let metrics_address = app.metrics_port().map(|port| format!("http://127.0.0.1:{port}"));
    let pool = app.state().pool.clone();
    let state = app.state().clone();
    let server = app.server_handle();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    TestApp { address, metrics_address, state, db, pool, client, admin: tokio::sync::OnceCell::new(), server }
}

impl TestApp {
    /// GET as a signed-in admin (pages need an account; the survey ignores it).
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.admin_client().await.get(format!("{}{}", self.address, path)).send().await.unwrap()
    }

    /// A client signed in as the admin `admin@candor.test`.
    pub async fn admin_client(&self) -> &reqwest::Client {
        self.admin
            .get_or_init(|| async {
                let email = candor::domain::Email::parse("admin@candor.test").unwrap();
                let now = chrono::Utc::now().naive_utc();
                self.with_conn(|c| {
                    db::write(c, |c| candor::auth::login::create_admin(c, &email, Some(TEST_PASSWORD), now))
                })
                .unwrap();
                self.sign_in("admin@candor.test", TEST_PASSWORD).await
            })
            .await
    }

    /// Gives `email` a sign-in account with [`TEST_PASSWORD`].
    pub fn give_password(&self, email: &str) {
        use candor::db::schema::users;
        use diesel::prelude::*;
        let hash = candor::auth::password::hash_password(TEST_PASSWORD).unwrap();
        self.with_conn(|c| {
            diesel::insert_into(users::table)
                .values((
                    users::email.eq(email),
                    users::password_hash.eq(hash),
                    users::created_at.eq(chrono::Utc::now().naive_utc()),
                ))
                .execute(c)
                .unwrap()
        });
    }

    /// Gives a member a password account and signs them in.
    pub async fn sign_in_member(&self, email: &str) -> reqwest::Client {
        self.give_password(email);
        self.sign_in(email, TEST_PASSWORD).await
    }

    /// A new client signed in with a password; panics when sign-in fails.
    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Client {
        let client = cookie_client();
        let form = client.get(format!("{}/login", self.address)).send().await.unwrap().text().await.unwrap();
        let csrf = csrf_in(&form);
        let response = client
            .post(format!("{}/login/password", self.address))
            .form(&[("email", email), ("password", password), ("csrf", &csrf), ("next", "/")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "sign-in as {email} failed: {}", response.text().await.unwrap());
        client
    }

    /// What the scheduler and opening pulses need: the app's composer and answer key.
    pub fn scheduler_tools(&self) -> candor::scheduler::Tools {
        candor::scheduler::Tools {
            composer: self.state.composer.clone(),
            answer_key: self.state.answer_key.clone(),
        }
    }

    /// Closes pulse `id` as every way of closing does (without summaries), then scrubs.
    pub fn close(&self, id: candor::domain::PulseId) -> candor::domain::pulses::Pulse {
        let key = self.state.answer_key.clone();
        self.with_conn(|c| {
            let closed = db::write(c, |c| candor::domain::pulses::close_pulse(c, &key, id)).unwrap();
            candor::domain::sealed::scrub_after_close(c).unwrap();
            closed
        })
    }

    /// Runs a database job on the app's pool.
    pub fn with_conn<T>(&self, job: impl FnOnce(&mut DbConnection) -> T) -> T {
        job(&mut self.pool.get().unwrap())
    }
}

/// Writes a file into a temp folder and returns its path.
pub fn write_file(dir: &TempDir, name: &str, body: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, body).unwrap();
    path.display().to_string()
}

/// A team with `size` members whose addresses are unique to this test (MailDev is shared).
pub fn seed_team(
    conn: &mut DbConnection,
    slug: &str,
    size: usize,
) -> (candor::domain::teams::Team, Vec<String>) {
    use candor::domain::people::{PersonRow, import_people};
    use candor::domain::teams::{NewTeam, add_team, find_team};
    use candor::domain::{Email, Role, Slug};
    let new = NewTeam {
        slug: Slug::parse(slug).unwrap(),
        name: format!("Team {slug}"),
        parent: None,
        min_group: 5,
    };
    add_team(conn, &new).unwrap();
    let domain = format!("{}.test", uuid::Uuid::new_v4().simple());
    let emails: Vec<String> = (0..size).map(|i| format!("{slug}{i}@{domain}")).collect();
    let rows: Vec<PersonRow> = emails
        .iter()
        .enumerate()
        .map(|(i, e)| PersonRow {
            line: i as u64 + 2,
            email: Email::parse(e).unwrap(),
            name: format!("Person {i}"),
            team: Slug::parse(slug).unwrap(),
            role: if i == 0 { Role::Lead } else { Role::Member },
            home: false,
            language: None,
        })
        .collect();
    import_people(conn, &rows, "test", || {}).unwrap();
    (find_team(conn, slug).unwrap(), emails)
}

/// Opens the team's pulse for this month, closing in `days`.
pub fn open_pulse(
    app: &TestApp,
    team: &candor::domain::teams::Team,
    days: i64,
) -> candor::domain::pulses::Pulse {
    let period = candor::domain::period::Period::of(chrono::Utc::now().date_naive());
    let closes = (chrono::Utc::now() + chrono::Duration::days(days)).naive_utc();
    let tools = app.scheduler_tools();
    app.with_conn(|c| {
        db::write(c, |c| candor::domain::pulses::open_pulse(c, &tools.pulse_tools(), team, period, closes))
    })
    .unwrap()
    .0
}

/// Responses stored so far: sealed ones of open pulses and plaintext ones of closed pulses.
pub fn stored_responses(conn: &mut DbConnection) -> i64 {
    use candor::db::schema::{responses, sealed_responses};
    use diesel::prelude::*;
    let plain: i64 = responses::table.count().get_result(conn).unwrap();
    let sealed: i64 = sealed_responses::table.count().get_result(conn).unwrap();
    plain + sealed
}

/// The sealed responses of open `pulse_id`, opened with the app's answer key (as closing will).
pub fn unsealed(app: &TestApp, pulse_id: candor::domain::PulseId) -> Vec<candor::sealing::Plain> {
    use candor::db::schema::sealed_responses;
    use diesel::prelude::*;
    let master = app.state.answer_key.clone();
    app.with_conn(|c| {
        let key = candor::domain::sealed::pulse_key(c, &master, pulse_id).unwrap().expect("a sealed pulse");
        let rows: Vec<Vec<u8>> = sealed_responses::table
            .filter(sealed_responses::pulse_id.eq(pulse_id))
            .select(sealed_responses::sealed)
            .load(c)
            .unwrap();
        rows.iter().map(|r| key.open(pulse_id.0, r).unwrap()).collect()
    })
}

/// A master key for sealed answers, adopted by the database behind `conn` (for tests that use
/// a pool without an app).
pub fn adopt_test_key(conn: &mut DbConnection) -> candor::sealing::MasterKey {
    let inline = random_answer_key();
    let source = candor::sealing::KeySource { inline: Some(inline), file: PathBuf::from("unused.key") };
    candor::domain::sealed::adopt_master_key(conn, &source).unwrap()
}

/// 32 random bytes in base64, as `CANDOR_ANSWER_KEY` takes them.
pub fn random_answer_key() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The link tokens in queued (not yet sent) emails whose key starts with `key_prefix`, by recipient.
pub fn queued_tokens(app: &TestApp, key_prefix: &str) -> Vec<(String, String)> {
    use candor::db::schema::outbox;
    use diesel::prelude::*;
    let rows: Vec<(String, String)> = app.with_conn(|c| {
        outbox::table
            .filter(outbox::idempotency_key.like(format!("{key_prefix}%")))
            .filter(outbox::state.eq("queued"))
            .select((outbox::recipient, outbox::body_text))
            .load(c)
            .unwrap()
    });
    rows.into_iter().map(|(to, body)| (to, token_in(&body).expect("a survey link"))).collect()
}

/// The token of the first `/p/TOKEN` link in a text.
pub fn token_in(text: &str) -> Option<String> {
    let start = text.find("/p/")? + 3;
    Some(text[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect())
}

/// Delivers everything due now (or at `now`) through the app's mailer.
pub async fn flush_at(app: &TestApp, now: chrono::NaiveDateTime) -> candor::mail::DeliveryReport {
    flush_with(app, &app.state.mailer, now).await
}

/// Delivers everything due at `now` through `mailer`.
pub async fn flush_with(
    app: &TestApp,
    mailer: &candor::mail::Mailer,
    now: chrono::NaiveDateTime,
) -> candor::mail::DeliveryReport {
    use candor::mail::deliver::{DeliveryPolicy, Pacer};
    let policy = DeliveryPolicy { rate_per_second: 10_000.0, ..DeliveryPolicy::default() };
    let pacer = Pacer::new(policy.rate_per_second);
    let mut total = candor::mail::DeliveryReport::default();
    loop {
        let step = candor::mail::deliver_due(&app.pool, mailer, &policy, &pacer, now).await.unwrap();
        if step.claimed == 0 {
            return total;
        }
        total.claimed += step.claimed;
        total.sent += step.sent;
        total.retried += step.retried;
        total.failed += step.failed;
    }
}

/// Everything MailDev received for `address` (MailDev is shared by all tests).
pub async fn maildev_messages_to(address: &str) -> Vec<serde_json::Value> {
    let api = service_url("CANDOR_TEST_MAILDEV_API").expect("MailDev API");
    let all: Vec<serde_json::Value> =
        reqwest::get(format!("{api}/api/email")).await.unwrap().json().await.unwrap();
    all.into_iter()
        .filter(|m| m["to"].as_array().is_some_and(|to| to.iter().any(|t| t["address"] == address)))
        .collect()
}

/// POSTs a form (pairs, in order, repeats allowed) to the survey of `token`.
pub async fn post_survey(app: &TestApp, token: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let body = serde_urlencoded_pairs(fields);
    app.client
        .post(format!("{}/p/{token}", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
}

fn serde_urlencoded_pairs(fields: &[(&str, &str)]) -> String {
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        out.append_pair(k, v);
    }
    out.finish()
}

/// A complete, valid set of answers.
pub const VALID_ANSWERS: &[(&str, &str)] = &[
    ("trust_1", "4"),
    ("trust_2", "5"),
    ("clarity_1", "3"),
    ("clarity_2", "2"),
    ("workload_1", "1"),
    ("workload_2", "2"),
    ("enps", "9"),
    ("comment", "More focus time, please."),
];

/// The password every test account gets.
pub const TEST_PASSWORD: &str = "a long test passphrase";

/// A client that keeps cookies and does not follow redirects.
pub fn cookie_client() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// The CSRF token in a page's form.
pub fn csrf_in(page: &str) -> String {
    let start = page.find("name=\"csrf\" value=\"").expect("a CSRF field") + "name=\"csrf\" value=\"".len();
    page[start..].chars().take_while(|c| *c != '"').collect()
}

/// Opens the team's pulse for `period` through the CLI, answers every link, and closes it.
pub async fn run_round(app: &TestApp, team: &str, period: &str) {
    let out = app.db.candor(&["pulse", "open", "--team", team, "--period", period]);
    assert!(out.status.success(), "{:?}", texts(&out));
    let pulse_id = texts(&out).0.trim().to_string();
    for (_, token) in queued_tokens(app, &format!("invite:{pulse_id}:")) {
        assert_eq!(post_survey(app, &token, VALID_ANSWERS).await.status(), 200);
    }
    let closed = app.db.candor(&["pulse", "close", &pulse_id]);
    assert!(closed.status.success(), "{:?}", texts(&closed));
}

/// Posts `form` (plus a CSRF token of `client`'s, read from `/logout`) to `path` as `client`:
/// (status, Location, body).
pub async fn post_form(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, String, String) {
    let page = client.get(format!("{}/logout", app.address)).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_in(&page);
    let mut fields: Vec<(&str, &str)> = vec![("csrf", &csrf)];
    fields.extend_from_slice(form);
    let response = client.post(format!("{}{path}", app.address)).form(&fields).send().await.unwrap();
    let status = response.status().as_u16();
    let location =
        response.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    (status, location, response.text().await.unwrap())
}
