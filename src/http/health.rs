//! `/healthz`: the process is up and the database answers.

use actix_web::HttpResponse;
use diesel::connection::SimpleConnection;
use serde_json::json;

use super::pages::State;
use crate::db;

/// 200 with the backend's name when a query succeeds, 503 otherwise.
pub async fn healthz(state: State) -> HttpResponse {
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
