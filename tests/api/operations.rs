//! Operations: `/metrics` (Prometheus text, for the operator only: on the metrics listener, or
//! with the bearer token on the public one) and `/readyz`.

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    metrics_count_routes_submissions_and_the_outbox,
    readyz_turns_503_when_shutting_down,
    the_public_listener_shows_no_metrics_to_loopback,
);

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
    assert_eq!(app.client.get(format!("{}/login", app.address)).send().await.unwrap().status(), 200);

    let metrics = app.metrics_address.as_deref().expect("a metrics listener");
    let response = app.client.get(format!("{metrics}/metrics")).send().await.unwrap();
    assert_eq!(response.status(), 200, "the metrics listener answers");
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let text = response.text().await.unwrap();
    let has = |line: &str| text.lines().any(|l| l == line);
    assert!(has(r#"candor_http_requests_total{method="POST",route="/p/{token}",status="200"} 2"#), "{text}");
    assert!(has(r#"candor_http_requests_total{method="POST",route="/p/{token}",status="409"} 1"#), "{text}");
    assert!(has(r#"candor_http_requests_total{method="GET",route="/p/{token}",status="200"} 2"#), "{text}");
    assert!(has(r#"candor_http_requests_total{method="GET",route="/login",status="200"} 1"#), "{text}");
    assert!(!text.contains(r#"route="/metrics""#), "scrapes of the metrics listener are not counted: {text}");
    assert!(has("candor_submissions_stored_total 2"), "{text}");
    assert!(has(r#"candor_outbox_messages{state="queued"} 6"#), "six invitations queued:\n{text}");
    assert!(has(r#"candor_outbox_messages{state="failed"} 0"#), "{text}");
    assert!(has("candor_open_pulses 1"), "{text}");
    assert!(has("candor_email_failed_attempts 0"), "{text}");
    for (_, token) in &tokens {
        assert!(!text.contains(token.as_str()), "a token reached the metrics");
    }

    // The metrics listener also answers health checks; the public one keeps them.
    for path in ["/healthz", "/readyz"] {
        assert_eq!(app.client.get(format!("{metrics}{path}")).send().await.unwrap().status(), 200, "{path}");
        assert_eq!(app.client.get(format!("{}{path}", app.address)).send().await.unwrap().status(), 200);
    }
    // Nothing else is served there: no pages, no survey.
    let survey = app.client.get(format!("{metrics}/p/{}", tokens[2].1)).send().await.unwrap();
    assert_eq!(survey.status(), 404);
}

/// Behind a reverse proxy that adds no `X-Forwarded-For` (nginx's plain `proxy_pass`), every
/// visitor reaches the public listener from loopback: that must show them nothing.
async fn the_public_listener_shows_no_metrics_to_loopback(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "counted", 5));
    open_pulse(&app, &team, 7);
    let (_, token) = queued_tokens(&app, "invite:").remove(0);
    assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200);
    for forwarded in [None, Some("203.0.113.9")] {
        let mut request = app.client.get(format!("{}/metrics", app.address));
        if let Some(address) = forwarded {
            request = request.header("X-Forwarded-For", address);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 403, "forwarded for {forwarded:?}");
        let page = response.text().await.unwrap();
        assert!(!page.contains("candor_submissions_stored_total"), "{page}");
        assert!(
            page.contains("CANDOR_METRICS_BIND") && page.contains("CANDOR_METRICS_TOKEN"),
            "the fix: {page}"
        );
    }
    // Turned off, there is no metrics listener, and the public one still refuses.
    let off = spawn_app_with(backend, |s| s.metrics_bind = "off".into()).await;
    assert_eq!(off.metrics_address, None);
    assert_eq!(off.client.get(format!("{}/metrics", off.address)).send().await.unwrap().status(), 403);
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
    // The metrics listener needs no token.
    let metrics = app.metrics_address.as_deref().expect("a metrics listener");
    assert_eq!(app.client.get(format!("{metrics}/metrics")).send().await.unwrap().status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_metrics_address_in_use_is_a_clear_start_up_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let bind = taken.local_addr().unwrap().to_string();
    let db = TestDb::new(Backend::Sqlite);
    let settings = candor::config::Settings {
        database_url: db.url.clone(),
        bind: "127.0.0.1:0".into(),
        metrics_bind: bind.clone(),
        background_jobs: false,
        outbox_dir: db.dir.path().join("outbox"),
        answer_key_file: db.dir.path().join("candor-answer.key"),
        ..candor::config::Settings::default()
    };
    let Err(error) = candor::startup::Application::build(settings).await else { panic!("it started") };
    let message = error.to_string();
    assert!(message.contains(&format!("cannot listen on {bind} for metrics")), "{message}");
    assert!(message.contains("CANDOR_METRICS_BIND"), "{message}");
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
