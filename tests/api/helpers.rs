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

/// Runs each named `async fn name(backend: Backend)` once per backend.
#[macro_export]
macro_rules! backend_tests {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::helpers::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if $crate::helpers::service_url("CANDOR_TEST_POSTGRES_URL").is_some() {
                    super::$name($crate::helpers::Backend::Postgres).await
                }
            }
        }
    )*};
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
        if let Some((base, schema)) = &self.pg_schema {
            if let Ok(mut admin) = diesel::PgConnection::establish(base) {
                let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
            }
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
    /// Held so the database lives as long as the app; tests may run the CLI against it.
    #[allow(dead_code)]
    pub db: TestDb,
    pub pool: DbPool,
    pub client: reqwest::Client,
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    if std::env::var("TEST_LOG").is_ok() {
        candor::telemetry::init("text");
    }
    let db = TestDb::new(backend);
    let settings = Settings {
        database_url: db.url.clone(),
        bind: "127.0.0.1:0".into(),
        smtp_url: std::env::var("CANDOR_TEST_SMTP_URL").ok(),
        outbox_dir: db.dir.path().join("outbox"),
        db_pool_size: 4,
        ..Settings::default()
    };
    let app = Application::build(settings).await.expect("app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let pool = app.state().pool.clone();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    TestApp { address, db, pool, client }
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{}", self.address, path)).send().await.unwrap()
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
