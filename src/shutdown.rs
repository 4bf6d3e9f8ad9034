//! Graceful shutdown: one signal shared by the HTTP server, the scheduler and the mail worker.
//! Once it is given, no new work starts; work under way finishes.

use std::sync::Arc;

use tokio::sync::watch;

/// Cheap to clone; every clone sees the same signal.
#[derive(Clone)]
pub struct Shutdown {
    sender: Arc<watch::Sender<bool>>,
}

impl Default for Shutdown {
    fn default() -> Self {
        Self::new()
    }
}

impl Shutdown {
    /// A signal not yet given.
    pub fn new() -> Self {
        Self { sender: Arc::new(watch::channel(false).0) }
    }

    /// Gives the signal (again is harmless).
    pub fn begin(&self) {
        self.sender.send_replace(true);
    }

    /// Whether the signal was given.
    pub fn is_stopping(&self) -> bool {
        *self.sender.borrow()
    }

    /// Returns once the signal is given.
    pub async fn stopping(&self) {
        let mut receiver = self.sender.subscribe();
        // The sender lives in `self`, so the wait ends only by the signal.
        let _ = receiver.wait_for(|stopping| *stopping).await;
    }
}

/// Waits for SIGTERM or Ctrl-C (SIGINT).
pub async fn os_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM; only Ctrl-C stops Candor gracefully");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_clone_sees_the_signal() {
        let shutdown = Shutdown::new();
        let waiter = shutdown.clone();
        let waiting = tokio::spawn(async move { waiter.stopping().await });
        assert!(!shutdown.is_stopping());
        shutdown.begin();
        waiting.await.unwrap();
        assert!(shutdown.clone().is_stopping());
    }
}
