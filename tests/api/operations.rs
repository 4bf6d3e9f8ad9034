//! Operations: `/metrics` (Prometheus text, for the operator only) and `/readyz`.

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(metrics_count_routes_submissions_and_the_outbox, readyz_turns_503_when_shutting_down);

async fn metrics_count_routes_submissions_and_the_outbox(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "metrics", 6));
    open_pulse(&app, &team, 7);
    let tokens = queued_tokens(&app, "invite:");
    for (_, token) in &tokens[..2] {
        assert_eq!(app.client.get(format!("{}/p/{token}", app.address)).send().await.unwrap().status(), 200);
        assert_eq!(post_survey(&app, token, VALID_ANSWERS).await.status(), 200);
    }
    assert_eq!(post_survey(&app, &tokens[0].1, VALID_ANSWERS).await.status(), 409);

    let response = app.client.get(format!("{}/metrics", app.address)).send().await.unwrap();
    assert_eq!(response.status(), 200, "loopback may read the metrics");
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let text = response.text().await.unwrap();
    let has = |line: &str| text.lines().any(|l| l == line);
    assert!(has(r#"candor_http_requests_total{method="POST",route="/p/{token}",status="200"} 2"#), "{text}");
    assert!(has(r#"candor_http_requests_total{method="POST",route="/p/{token}",status="409"} 1"#), "{text}");
    assert!(has(r#"candor_http_requests_total{method="GET",route="/p/{token}",status="200"} 2"#), "{text}");
    assert!(has("candor_submissions_stored_total 2"), "{text}");
    assert!(has(r#"candor_outbox_messages{state="queued"} 6"#), "six invitations queued:\n{text}");
    assert!(has(r#"candor_outbox_messages{state="failed"} 0"#), "{text}");
    assert!(has("candor_open_pulses 1"), "{text}");
    assert!(has("candor_email_failed_attempts 0"), "{text}");
    for (_, token) in &tokens {
        assert!(!text.contains(token.as_str()), "a token reached the metrics");
    }

    // Through a proxy, loopback is not proof of the operator.
    let proxied = app
        .client
        .get(format!("{}/metrics", app.address))
        .header("X-Forwarded-For", "203.0.113.9")
        .send()
        .await
        .unwrap();
    assert_eq!(proxied.status(), 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_token_is_required_when_set() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.metrics_token = Some("scrape-secret-1234".into())).await;
    let url = format!("{}/metrics", app.address);
    let without = app.client.get(&url).send().await.unwrap();
    assert_eq!(without.status(), 403);
    assert!(without.text().await.unwrap().contains("CANDOR_METRICS_TOKEN"), "the refusal says the fix");
    let wrong = app.client.get(&url).bearer_auth("scrape-secret-9999").send().await.unwrap();
    assert_eq!(wrong.status(), 403);
    let right = app.client.get(&url).bearer_auth("scrape-secret-1234").send().await.unwrap();
    assert_eq!(right.status(), 200);
    assert!(right.text().await.unwrap().contains("candor_open_pulses 0"));
}

async fn readyz_turns_503_when_shutting_down(backend: Backend) {
    let app = spawn_app(backend).await;
    let url = format!("{}/readyz", app.address);
    let ready = app.client.get(&url).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    app.state.shutdown.begin();
    let stopping = app.client.get(&url).send().await.unwrap();
    assert_eq!(stopping.status(), 503, "a balancer stops sending work here");
    assert!(stopping.headers().contains_key("retry-after"));
    let health = app.client.get(format!("{}/healthz", app.address)).send().await.unwrap();
    assert_eq!(health.status(), 200, "the process itself is still healthy");
}
