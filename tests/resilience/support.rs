//! What the resilience tests share: a database with an open pulse (set up through the library
//! before any process starts), survey submitters that record what each request was told, the
//! checks of what the database holds afterwards, and the lock that keeps PostgreSQL tests
//! clear of the test that restarts PostgreSQL.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use candor::db::schema::{invitation_tokens, invitations, outbox, sealed_responses};
use diesel::prelude::*;

use crate::helpers::{Backend, TestDb, VALID_ANSWERS, seed_team, token_in};

/// Shared by the PostgreSQL tests, exclusive for the one that restarts PostgreSQL (a tokio
/// lock: fair, and fine to hold across `.await` on the tests' separate runtimes).
static POSTGRES_RESTART: tokio::sync::RwLock<()> = tokio::sync::RwLock::const_new(());

/// Held for the whole of every PostgreSQL test: the test that restarts PostgreSQL waits
/// until no other one is midway (only this binary runs at a time).
pub async fn postgres_in_use() -> tokio::sync::RwLockReadGuard<'static, ()> {
    POSTGRES_RESTART.read().await
}

/// Held by the test that restarts PostgreSQL.
pub async fn postgres_exclusive() -> tokio::sync::RwLockWriteGuard<'static, ()> {
    POSTGRES_RESTART.write().await
}

/// A test database with a team of `size` and its pulse open, one invitation queued each.
pub struct Fixture {
    /// The database (dropped last: the PostgreSQL schema goes with it).
    pub db: TestDb,
    /// The open pulse.
    pub pulse_id: candor::domain::PulseId,
    /// `(recipient, survey token)` of every invitation, in outbox order.
    pub links: Vec<(String, String)>,
    /// The random email domain of this test's people (`@….test`).
    pub domain: String,
}

/// The answer key of every database and `candor` process of this suite (tests only).
pub const TEST_ANSWER_KEY: &str = "dGVzdCBhbnN3ZXIga2V5IG9mIHRoZSByZXNpbGllbmM=";

impl Fixture {
    /// Migrates a fresh database, seeds `size` people and opens their pulse (closing in 7 days).
    pub fn new(backend: Backend, slug: &str, size: usize) -> Fixture {
        let db = TestDb::new(backend);
        let pool = db.pool();
        let mut conn = pool.get().expect("a connection");
        let (team, emails) = seed_team(&mut conn, slug, size);
        let composer = candor::mail::Composer::new("http://127.0.0.1:8080").expect("email templates");
        let source = candor::sealing::KeySource {
            inline: Some(TEST_ANSWER_KEY.into()),
            file: std::path::PathBuf::from("unused.key"),
        };
        let master = candor::domain::sealed::adopt_master_key(&mut conn, &source).expect("the answer key");
        let tools = candor::domain::pulses::PulseTools { composer: &composer, master: &master };
        let period = candor::domain::period::Period::of(chrono::Utc::now().date_naive());
        let closes = (chrono::Utc::now() + chrono::Duration::days(7)).naive_utc();
        let (pulse, invited) = candor::db::write(&mut conn, |c| {
            candor::domain::pulses::open_pulse(c, &tools, &team, period, closes)
        })
        .expect("the pulse opens");
        assert_eq!(invited, size, "everyone is invited");
        let rows: Vec<(String, String)> = outbox::table
            .filter(outbox::idempotency_key.like(format!("invite:{}:%", pulse.id)))
            .filter(outbox::state.eq("queued"))
            .order(outbox::id.asc())
            .select((outbox::recipient, outbox::body_text))
            .load(&mut *conn)
            .expect("the queued invitations");
        let links: Vec<(String, String)> = rows
            .into_iter()
            .map(|(to, body)| (to.to_lowercase(), token_in(&body).expect("a survey link")))
            .collect();
        assert_eq!(links.len(), size, "one invitation queued per person");
        let domain = emails[0].split('@').nth(1).expect("an address with a domain").to_string();
        Fixture { db, pulse_id: pulse.id, links, domain }
    }

    /// The survey tokens, in outbox order.
    pub fn tokens(&self) -> Vec<String> {
        self.links.iter().map(|(_, t)| t.clone()).collect()
    }

    /// The recipients, in outbox order.
    pub fn recipients(&self) -> Vec<String> {
        self.links.iter().map(|(to, _)| to.clone()).collect()
    }

    /// What the database holds for this pulse now (read on a new connection).
    pub fn stored(&self) -> Stored {
        let mut conn = self.db.connect();
        // Answering spends (deletes) the invitation's links: the ones left are unanswered.
        let unspent_hashes: HashSet<String> = invitation_tokens::table
            .inner_join(invitations::table)
            .filter(invitations::pulse_id.eq(self.pulse_id))
            .select(invitation_tokens::token_hash)
            .load::<String>(&mut conn)
            .expect("the links not spent")
            .into_iter()
            .collect();
        let responded = candor::domain::participation::answered_count(&mut conn, self.pulse_id)
            .expect("a count of answered");
        // While the pulse is open its responses are sealed (src/domain/sealed.rs).
        let responses: i64 = sealed_responses::table
            .filter(sealed_responses::pulse_id.eq(self.pulse_id))
            .count()
            .get_result(&mut conn)
            .expect("a count of responses");
        Stored { responded, responses, unspent_hashes }
    }

    /// Checks the promise "a response acknowledged with 2xx survives": every acknowledged token's
    /// invitation is answered, and there are as many responses as answered invitations.
    pub fn assert_acknowledged_stored(&self, acknowledged: &[String], context: &str) -> Stored {
        let stored = self.stored();
        let lost: Vec<&String> = acknowledged
            .iter()
            .filter(|t| stored.unspent_hashes.contains(&candor::domain::tokens::hash_token(t)))
            .collect();
        assert!(
            lost.is_empty(),
            "{context}: {} of {} acknowledged answers are not stored (their link is not spent)",
            lost.len(),
            acknowledged.len()
        );
        assert_eq!(
            stored.responded, stored.responses,
            "{context}: answered invitations and stored responses differ (a token used without its \
             response, or a response without its token)"
        );
        stored
    }

    /// `(state, attempts)` of every invitation email of the pulse.
    pub fn outbox_rows(&self) -> Vec<(String, i32)> {
        let mut conn = self.db.connect();
        outbox::table
            .filter(outbox::idempotency_key.like(format!("invite:{}:%", self.pulse_id)))
            .select((outbox::state, outbox::attempts))
            .load(&mut conn)
            .expect("the outbox rows")
    }

    /// Waits until every invitation email of the pulse is `sent` (the record of the last
    /// delivery may follow the delivery by a moment); panics with the states after `timeout`.
    pub async fn wait_all_sent(&self, timeout: Duration) -> Vec<(String, i32)> {
        let deadline = Instant::now() + timeout;
        loop {
            let rows = self.outbox_rows();
            if rows.iter().all(|(state, _)| state == "sent") {
                return rows;
            }
            if Instant::now() > deadline {
                let mut states = std::collections::BTreeMap::new();
                for (state, _) in &rows {
                    *states.entry(state.clone()).or_insert(0) += 1;
                }
                panic!("not every invitation is marked sent after {timeout:?}: {states:?}");
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

/// Counts for one pulse.
#[derive(Debug)]
pub struct Stored {
    /// Invitations answered (their links spent).
    pub responded: i64,
    /// Response rows.
    pub responses: i64,
    /// Hashes of the links not spent yet (their invitations are unanswered).
    pub unspent_hashes: HashSet<String>,
}

/// How one survey submission ended, as its client saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// An HTTP answer with this status.
    Status(u16),
    /// The connection was refused: nobody listened.
    Refused,
    /// Connected, but no answer came (reset, closed, timed out).
    Broken(String),
}

/// One submission: its token and its outcome.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub token: String,
    pub outcome: Outcome,
}

/// Survey submitters working through a shared pool of unused tokens, each token at most once.
#[derive(Clone)]
pub struct Submitters {
    tokens: Arc<Mutex<Vec<String>>>,
    attempts: Arc<Mutex<Vec<Attempt>>>,
    stop: Arc<AtomicBool>,
}

impl Submitters {
    pub fn new(mut tokens: Vec<String>) -> Self {
        tokens.reverse();
        Self {
            tokens: Arc::new(Mutex::new(tokens)),
            attempts: Arc::new(Mutex::new(Vec::new())),
            stop: Arc::default(),
        }
    }

    /// Starts `clients` submitters against `base`, each with a client of its own. A submitter
    /// stops when told to, when the tokens run out, or (with `stop_on_transport_error`) after
    /// its first request that got no HTTP answer. `reuse_connections: false` opens a connection
    /// per request.
    pub fn spawn(
        &self,
        base: &str,
        clients: usize,
        stop_on_transport_error: bool,
        reuse_connections: bool,
    ) -> Vec<tokio::task::JoinHandle<()>> {
        // Every client is built before any starts: building one loads the TLS roots (tens of
        // milliseconds), and clients that start while others are still being built would
        // answer much of a round before the caller's clock for the kill even starts.
        let built: Vec<reqwest::Client> = (0..clients)
            .map(|_| {
                let mut builder = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .timeout(Duration::from_secs(60));
                if !reuse_connections {
                    builder = builder.pool_max_idle_per_host(0);
                }
                builder.build().expect("a client")
            })
            .collect();
        built
            .into_iter()
            .map(|client| {
                let this = self.clone();
                let base = base.to_string();
                tokio::spawn(async move {
                    while !this.stop.load(Ordering::SeqCst) {
                        let Some(token) = this.tokens.lock().expect("tokens").pop() else { break };
                        let outcome = submit(&client, &base, &token).await;
                        let transport_error = !matches!(outcome, Outcome::Status(_));
                        this.attempts.lock().expect("attempts").push(Attempt { token, outcome });
                        if transport_error && stop_on_transport_error {
                            break;
                        }
                    }
                })
            })
            .collect()
    }

    /// Tells every submitter to stop after its current request.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
    }

    /// Submissions finished so far.
    pub fn attempts(&self) -> Vec<Attempt> {
        self.attempts.lock().expect("attempts").clone()
    }

    /// Submissions finished so far, whatever their outcome.
    pub fn finished_count(&self) -> usize {
        self.attempts.lock().expect("attempts").len()
    }

    /// Submissions answered 200 so far.
    pub fn acknowledged_count(&self) -> usize {
        self.attempts.lock().expect("attempts").iter().filter(|a| a.outcome == Outcome::Status(200)).count()
    }

    /// Takes the tokens not handed out yet (in their original order), for the next round.
    pub fn take_remaining(&self) -> Vec<String> {
        let mut rest = std::mem::take(&mut *self.tokens.lock().expect("tokens"));
        rest.reverse();
        rest
    }
}

/// Waits for every submitter task.
pub async fn join_all(tasks: Vec<tokio::task::JoinHandle<()>>) {
    for task in tasks {
        task.await.expect("a submitter task panicked");
    }
}

/// The tokens of the attempts answered 200.
pub fn acknowledged(attempts: &[Attempt]) -> Vec<String> {
    attempts.iter().filter(|a| a.outcome == Outcome::Status(200)).map(|a| a.token.clone()).collect()
}

/// POSTs a complete, valid set of answers to the survey of `token`.
pub async fn submit(client: &reqwest::Client, base: &str, token: &str) -> Outcome {
    let sent = client
        .post(format!("{base}/p/{token}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(answers_form())
        .send()
        .await;
    match sent {
        Ok(response) => {
            let status = response.status().as_u16();
            // Read the body too: the answer is complete only then.
            match response.bytes().await {
                Ok(_) => Outcome::Status(status),
                Err(e) => Outcome::Broken(format!("status {status}, then the body failed: {e}")),
            }
        }
        Err(e) if e.is_connect() => Outcome::Refused,
        Err(e) => Outcome::Broken(error_chain(&e)),
    }
}

/// [`VALID_ANSWERS`], form-encoded.
pub fn answers_form() -> String {
    let mut form = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in VALID_ANSWERS {
        form.append_pair(k, v);
    }
    form.finish()
}

/// An error with its causes, on one line.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Counts of outcomes, for printing: `{200: 512, 503: 3, refused: 32, broken: 0}`.
pub fn summary(attempts: &[Attempt]) -> String {
    let mut counts = std::collections::BTreeMap::new();
    for a in attempts {
        let key = match &a.outcome {
            Outcome::Status(s) => s.to_string(),
            Outcome::Refused => "refused".into(),
            Outcome::Broken(_) => "broken".into(),
        };
        *counts.entry(key).or_insert(0usize) += 1;
    }
    format!("{counts:?}")
}
