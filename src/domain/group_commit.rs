//! Group commit for survey submissions (docs/design.md, "Nothing lost"): the submissions that
//! arrive together are stored in one durable transaction, in shuffled order, and each sender
//! is answered only after that transaction committed.
//!
//! One fsync then covers a whole batch, so durability (`synchronous=FULL` on SQLite) costs
//! about the same at 10 submissions a second as at 10,000. A token answered already, or a pulse
//! that closed meanwhile, is refused before anything of it is written, so it fails alone while
//! the rest of the batch commits. Shuffling keeps the order of rows inside a batch unrelated
//! to the order people pressed "Send".

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

use chrono::NaiveDateTime;
use rand::seq::SliceRandom;
use tokio::sync::{Mutex, mpsc, oneshot};

use super::pulses::Pulse;
use super::responses::{self, Submission};
use super::{participation, sealed};
use crate::db::{self, DbConnection, DbPool};
use crate::error::AppError;
use crate::metrics::Metrics;
use crate::sealing::{MasterKey, PulseKey};
use crate::shutdown::Shutdown;

/// Submissions waiting for a writer, at most; a full queue makes senders wait (backpressure).
const QUEUE_CAPACITY: usize = 4096;

/// One submission waiting for its batch.
struct Pending {
    token: String,
    pulse_id: i64,
    submission: Submission,
    now: NaiveDateTime,
    reply: oneshot::Sender<Result<(), AppError>>,
}

/// Hands submissions to the writer task(s) and waits for their commit. Cheap to clone.
#[derive(Clone)]
pub struct SubmissionWriter {
    queue: mpsc::Sender<Pending>,
}

/// The writer tasks.
pub struct WriterTasks {
    tasks: Vec<tokio::task::JoinHandle<()>>,
    close: Shutdown,
}

impl WriterTasks {
    /// Refuses new submissions, commits and answers those queued, and returns when done.
    /// Call once the HTTP server has stopped, so no request is left waiting.
    pub async fn finished(self) {
        self.close.begin();
        for task in self.tasks {
            let _ = task.await;
        }
    }
}

impl SubmissionWriter {
    /// Starts `writers` tasks (1 for SQLite, which has one writer anyway) that store batches
    /// of at most `batch_max` submissions, sealed under their pulses' keys (which `master`
    /// unwraps).
    pub fn start(
        pool: DbPool,
        writers: usize,
        batch_max: usize,
        metrics: Metrics,
        master: MasterKey,
    ) -> (Self, WriterTasks) {
        let (queue, receiver) = mpsc::channel(QUEUE_CAPACITY);
        let receiver = Arc::new(Mutex::new(receiver));
        let close = Shutdown::new();
        let tasks = (0..writers.max(1))
            .map(|_| {
                let writer = Writer {
                    pool: pool.clone(),
                    master: master.clone(),
                    metrics: metrics.clone(),
                    batch_max: batch_max.max(1),
                    close: close.clone(),
                };
                tokio::spawn(writer.run(receiver.clone()))
            })
            .collect();
        (Self { queue }, WriterTasks { tasks, close })
    }

    /// Stores `submission` for the token's invitation in `pulse_id` and returns once it is
    /// committed, or with the reason it was not stored (nothing of it is then written).
    pub async fn submit(
        &self,
        token: String,
        pulse_id: i64,
        submission: Submission,
        now: NaiveDateTime,
    ) -> Result<(), AppError> {
        let stopped = || AppError::Unavailable("Candor is shutting down".into());
        let (reply, answer) = oneshot::channel();
        let pending = Pending { token, pulse_id, submission, now, reply };
        self.queue.send(pending).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

/// One writer task's tools.
struct Writer {
    pool: DbPool,
    master: MasterKey,
    metrics: Metrics,
    batch_max: usize,
    close: Shutdown,
}

impl Writer {
    /// Takes whatever is waiting (at least one), stores it, answers, and again.
    async fn run(self, receiver: Arc<Mutex<mpsc::Receiver<Pending>>>) {
        loop {
            let batch = {
                let mut receiver = receiver.lock().await;
                let first = tokio::select! {
                    first = receiver.recv() => first,
                    _ = self.close.stopping() => {
                        // Whatever is still queued is stored; then `recv` says the end.
                        receiver.close();
                        receiver.recv().await
                    }
                };
                let Some(first) = first else { return };
                let mut batch = vec![first];
                while batch.len() < self.batch_max {
                    match receiver.try_recv() {
                        Ok(next) => batch.push(next),
                        Err(_) => break,
                    }
                }
                batch
            };
            self.commit_batch(batch).await;
        }
    }

    /// Stores one batch in one transaction and answers every sender.
    async fn commit_batch(&self, mut batch: Vec<Pending>) {
        batch.shuffle(&mut rand::rng());
        let (work, replies): (Vec<_>, Vec<_>) =
            batch.into_iter().map(|p| ((p.token, p.pulse_id, p.submission, p.now), p.reply)).unzip();
        let size = work.len();
        let master = self.master.clone();
        match db::run(&self.pool, move |conn| store_batch(conn, &master, &work)).await {
            Ok(results) => {
                self.metrics.submissions_committed(size, results.iter().filter(|r| r.is_ok()).count());
                for (reply, result) in replies.into_iter().zip(results) {
                    let _ = reply.send(result);
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, size, "a batch of submissions was not stored");
                let unavailable = matches!(e, AppError::Unavailable(_));
                let cause = e.to_string();
                for reply in replies {
                    let _ = reply.send(Err(if unavailable {
                        AppError::Unavailable(cause.clone())
                    } else {
                        AppError::broken(&cause)
                    }));
                }
            }
        }
    }
}

type Work = (String, i64, Submission, NaiveDateTime);

/// One write transaction for the whole batch. A refused submission (used token, closed pulse)
/// writes nothing, so it needs no savepoint; a database failure rolls the whole batch back and
/// every sender hears of it, so no token is ever left used without its response.
fn store_batch(
    conn: &mut DbConnection,
    master: &MasterKey,
    work: &[Work],
) -> Result<Vec<Result<(), AppError>>, AppError> {
    db::write(conn, |conn| {
        let pulse_ids: Vec<i64> = work.iter().map(|(_, pulse_id, _, _)| *pulse_id).collect();
        participation::lock_for_answers(conn, &pulse_ids)?;
        let mut pulses: HashMap<i64, (Option<Pulse>, Option<PulseKey>)> = HashMap::new();
        let mut results = Vec::with_capacity(work.len());
        for (token, pulse_id, submission, now) in work {
            let (pulse, key) = match pulses.entry(*pulse_id) {
                Entry::Occupied(known) => known.into_mut(),
                Entry::Vacant(slot) => {
                    let pulse = responses::current_pulse(conn, *pulse_id)?;
                    slot.insert((pulse, sealed::pulse_key(conn, master, *pulse_id)?))
                }
            };
            let open = pulse.as_ref().is_some_and(|p| p.accepts_answers(*now));
            let target = responses::Target { pulse_id: *pulse_id, open, key: key.as_ref() };
            results.push(responses::store_if_open(conn, token, &target, submission, *now)?);
        }
        Ok(results)
    })
}
