//! Nothing can be forced, guessed or replayed: security headers on every answer, request bodies
//! limited with a clear 413, sign-in and survey posts rate limited per address with a clear 429.

use candor::db::schema::invitations;
use candor::domain::participation::waiting;
use diesel::dsl::not;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    every_answer_carries_the_security_headers,
    hsts_only_when_the_base_url_is_https,
    sign_in_attempts_are_limited_per_address,
    survey_posts_are_limited_and_zero_turns_a_limit_off,
    oversized_bodies_get_a_413_page_and_store_nothing,
);

/// Headers every answer carries, with their exact values.
const EXPECTED: &[(&str, &str)] = &[
    (
        "content-security-policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
         frame-ancestors 'none'; base-uri 'none'",
    ),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=()"),
];

fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

fn assert_security_headers(response: &reqwest::Response, what: &str) {
    for (name, value) in EXPECTED {
        assert_eq!(header(response, name), Some(*value), "{name} on {what}");
    }
    let csp = header(response, "content-security-policy").unwrap_or_default();
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{what}: {csp}");
}

/// An app with one open pulse for a team of `size`; returns the survey tokens.
async fn app_with_pulse(app: &TestApp, size: usize) -> Vec<String> {
    let (team, _) = app.with_conn(|c| seed_team(c, "sec", size));
    open_pulse(app, &team, 7);
    queued_tokens(app, "invite:").into_iter().map(|(_, token)| token).collect()
}

fn stored(app: &TestApp) -> (i64, i64) {
    app.with_conn(|c| {
        let n = stored_responses(c);
        let flipped: i64 = invitations::table.filter(not(waiting())).count().get_result(c).unwrap();
        (n, flipped)
    })
}

/// GET with no account.
async fn anonymous(app: &TestApp, path: &str) -> reqwest::Response {
    app.client.get(format!("{}{path}", app.address)).send().await.unwrap()
}

async fn post_form(app: &TestApp, path: &str, body: impl Into<reqwest::Body>) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn every_answer_carries_the_security_headers(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app_with_pulse(&app, 1).await.remove(0);
    let survey = format!("/p/{token}");
    for (path, status) in [
        ("/", 200),
        ("/login", 200),
        (survey.as_str(), 200),
        ("/api/v1/openapi.json", 200),
        ("/api/v1/teams/sec/report", 401),
        ("/no/such/page", 404),
        ("/static/candor.css", 200),
    ] {
        let response = anonymous(&app, path).await;
        assert_eq!(response.status(), status, "{path}");
        assert_security_headers(&response, path);
        assert!(header(&response, "strict-transport-security").is_none(), "no HSTS over http: {path}");
    }
    // Pages with a token in their address are never stored; the stylesheet may be.
    for path in [survey.as_str(), "/login", "/login/some-link-token"] {
        let response = anonymous(&app, path).await;
        assert_eq!(header(&response, "cache-control"), Some("no-store"), "{path}");
    }
    let css = anonymous(&app, "/static/candor.css").await;
    assert_eq!(header(&css, "cache-control"), Some("public, max-age=3600"));
    // Error answers from handlers and extractors carry them too.
    let invalid = post_survey(&app, &token, &[("trust_1", "9")]).await;
    assert_eq!(invalid.status(), 422);
    assert_security_headers(&invalid, "a 422 survey answer");
    assert_eq!(header(&invalid, "cache-control"), Some("no-store"));
    // The pages hold nothing the policy forbids: no script, no inline style or handler.
    for path in ["/", "/login", survey.as_str()] {
        let page = anonymous(&app, path).await.text().await.unwrap();
        for forbidden in ["<script", "style=", "<style", "javascript:", " onclick=", " onload="] {
            assert!(!page.contains(forbidden), "{forbidden} on {path}");
        }
    }
}

async fn hsts_only_when_the_base_url_is_https(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.base_url = "https://candor.example".into()).await;
    for path in ["/login", "/no/such/page"] {
        let response = anonymous(&app, path).await;
        assert_eq!(
            header(&response, "strict-transport-security"),
            Some("max-age=31536000; includeSubDomains"),
            "{path}"
        );
        assert_security_headers(&response, path);
    }
}

/// The 429 page: status, a `Retry-After` in whole seconds, the sentence, the headers.
async fn assert_too_many(response: reqwest::Response, what: &str) {
    assert_eq!(response.status(), 429, "{what}");
    let wait: u64 = header(&response, "retry-after").and_then(|v| v.parse().ok()).expect("Retry-After");
    assert!((1..=60).contains(&wait), "{what}: Retry-After {wait}");
    assert_security_headers(&response, what);
    let page = response.text().await.unwrap();
    assert!(page.contains("Too many attempts from your network; wait"), "{what}: {page}");
    assert!(page.contains(&format!("wait {wait} second")), "{what}: the page names the wait: {page}");
    assert!(page.contains("Nothing was saved."), "{what}: {page}");
}

async fn sign_in_attempts_are_limited_per_address(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.login_burst = 3;
        s.login_rate_per_minute = 1;
    })
    .await;
    let token = app_with_pulse(&app, 1).await.remove(0);
    let attempt = "email=ana%40example.org&password=guess&csrf=forged&next=%2F";
    for i in 0..3 {
        let response = post_form(&app, "/login/password", attempt).await;
        assert_ne!(response.status(), 429, "attempt {i} is within the burst");
    }
    // One budget for every way of signing in.
    assert_too_many(post_form(&app, "/login/password", attempt).await, "POST /login/password").await;
    assert_too_many(post_form(&app, "/login", "email=ana%40example.org&csrf=x").await, "POST /login").await;
    assert_too_many(post_form(&app, "/login/abcdef", "csrf=x").await, "POST /login/{token}").await;
    // Reading the sign-in page and answering the survey are not sign-in attempts.
    assert_eq!(anonymous(&app, "/login").await.status(), 200);
    assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200);
}

async fn survey_posts_are_limited_and_zero_turns_a_limit_off(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.survey_burst = 2;
        s.survey_rate_per_second = 1;
    })
    .await;
    let tokens = app_with_pulse(&app, 2).await;
    for _ in 0..2 {
        assert_eq!(post_survey(&app, &tokens[0], &[("trust_1", "0")]).await.status(), 422);
    }
    assert_too_many(post_survey(&app, &tokens[1], VALID_ANSWERS).await, "POST /p/{token}").await;
    assert_eq!(stored(&app), (0, 0), "a refused post stores nothing");
    assert_eq!(anonymous(&app, &format!("/p/{}", tokens[1])).await.status(), 200, "GET is not limited");

    let unlimited = spawn_app_with(backend, |s| {
        s.login_rate_per_minute = 0;
        s.survey_rate_per_second = 0;
    })
    .await;
    let tokens = app_with_pulse(&unlimited, 1).await;
    for _ in 0..30 {
        let response = post_form(&unlimited, "/login/password", "email=a%40b.org&password=x&csrf=y").await;
        assert_ne!(response.status(), 429);
        assert_ne!(post_survey(&unlimited, &tokens[0], &[("trust_1", "0")]).await.status(), 429);
    }
}

async fn oversized_bodies_get_a_413_page_and_store_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app_with_pulse(&app, 1).await.remove(0);
    let mut fields: Vec<(&str, &str)> =
        VALID_ANSWERS.iter().copied().filter(|(k, _)| *k != "comment").collect();
    let huge = "é".repeat(40_000); // 80 kB of text, 480 kB once percent-encoded
    fields.push(("comment", &huge));
    for (path, response) in [
        ("/p/{token}", post_survey(&app, &token, &fields).await),
        ("/login", post_form(&app, "/login", format!("email={}", "a".repeat(100_000))).await),
    ] {
        assert_eq!(response.status(), 413, "{path}");
        assert_security_headers(&response, path);
        let page = response.text().await.unwrap();
        assert!(page.contains("too large to be read") && page.contains("Nothing was saved"), "{page}");
    }
    // The API answers in JSON.
    let api = app
        .client
        .post(format!("{}/api/v1/teams/sec/report", app.address))
        .header("content-type", "application/json")
        .body(format!("{{\"x\": \"{}\"}}", "a".repeat(100_000)))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 413);
    let error: serde_json::Value = api.json().await.unwrap();
    assert!(error["error"].as_str().is_some_and(|e| e.contains("too large")), "{error}");
    assert_eq!(stored(&app), (0, 0));
    assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200, "the link still works");
}
