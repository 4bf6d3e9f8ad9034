//! Group commit for survey submissions (docs/design.md, "Nothing lost"): the submissions that
//! arrive together are stored in one durable transaction, in shuffled order, and each sender
//! is answered only after that transaction committed.
//!
//! One fsync then covers a whole batch, so durability (`synchronous=FULL` on SQLite) costs
//! about the same at 10 submissions a second as at 10,000. A token answered already, or a pulse
//! that closed meanwhile, is refused before anything of it is written, so it fails alone while
//! the rest of the batch commits. Shuffling keeps the order of rows inside a batch unrelated
//! to the order people pressed "Send".

use std::sync::Arc;

use rand::seq::SliceRandom;
use tokio::sync::{Mutex, mpsc, oneshot};

use super::{Outcome, Pending, store_batch};
use crate::db::DbPool;
use crate::error::AppError;
use crate::metrics::Metrics;
use crate::sealing::MasterKey;
use crate::shutdown::Shutdown;

/// Submissions waiting for a writer, at most; a full queue makes senders wait (backpressure).
const QUEUE_CAPACITY: usize = 4096;

/// One submission waiting for its batch, and who to tell what became of it.
struct Queued {
    pending: Pending,
    reply: oneshot::Sender<Result<Outcome, AppError>>,
}

/// Hands submissions to the writer task(s) and waits for their commit. Cheap to clone.
#[derive(Clone)]
pub struct SubmissionWriter {
    queue: mpsc::Sender<Queued>,
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

    /// Stores `pending` and returns what became of it once its batch is committed. `Err`: the
    /// database failed or Candor is stopping, and nothing of it was written.
    pub async fn submit(&self, pending: Pending) -> Result<Outcome, AppError> {
        let stopped = || AppError::Unavailable("Candor is shutting down".into());
        let (reply, answer) = oneshot::channel();
        self.queue.send(Queued { pending, reply }).await.map_err(|_| stopped())?;
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
    async fn run(self, receiver: Arc<Mutex<mpsc::Receiver<Queued>>>) {
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
    async fn commit_batch(&self, mut batch: Vec<Queued>) {
        batch.shuffle(&mut rand::rng());
        let (work, replies): (Vec<Pending>, Vec<_>) = batch.into_iter().map(|q| (q.pending, q.reply)).unzip();
        let size = work.len();
        let master = self.master.clone();
        match crate::db::run(&self.pool, move |conn| store_batch(conn, &master, &work)).await {
            Ok(results) => {
                let stored = results.iter().filter(|o| **o == Outcome::Stored).count();
                self.metrics.submissions_committed(size, stored);
                for (reply, result) in replies.into_iter().zip(results) {
                    let _ = reply.send(Ok(result));
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
