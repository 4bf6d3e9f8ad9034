//! `/healthz`: the process is up and the database answers. `/readyz`: the same, and this
//! instance takes new work (it is not shutting down) — what a load balancer should ask.

use actix_web::HttpResponse;
use diesel::connection::SimpleConnection;
use serde_json::json;

use super::pages::State;
use crate::db;

/// 200 with the backend's name when a query succeeds, 503 otherwise.
pub async fn healthz(state: State) -> HttpResponse {
    database_check(&state).await
}

/// 503 while shutting down (so a balancer sends no more), else as [`healthz`].
pub async fn readyz(state: State) -> HttpResponse {
    if state.shutdown.is_stopping() {
        return HttpResponse::ServiceUnavailable()
            .insert_header(("Retry-After", "5"))
            .json(json!({ "status": "shutting down" }));
    }
    database_check(&state).await
}

async fn database_check(state: &State) -> HttpResponse {
    let checked = db::run(&state.pool, |conn| {
        conn.batch_execute("SELECT 1")?;
        Ok(conn.backend().to_string())
    })
    .await;
    match checked {
        Ok(backend) => HttpResponse::Ok().json(json!({ "status": "ok", "database": backend })),
        Err(e) => {
            tracing::warn!(error = %e, "health check failed");
            HttpResponse::ServiceUnavailable()
                .insert_header(("Retry-After", "5"))
                .json(json!({ "status": "unavailable", "database": "unreachable" }))
        }
    }
}
