//! JSON logs on request: with `CANDOR_LOG_FORMAT=json` every line the process writes is one JSON
//! object (a log shipper can parse all of them), requests are logged by route pattern, and
//! neither a token nor an answer nor a comment reaches the log — not even on a failed
//! submission.

use std::time::Duration;

use crate::helpers::Backend;
use crate::process::{CandorProcess, Options};
use crate::support::{Fixture, Outcome, submit};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_are_one_object_a_line_without_tokens_or_answers() {
    let fixture = Fixture::new(Backend::Sqlite, "logs", 6);
    let options = Options::default().with("CANDOR_LOG_FORMAT", "json").with("RUST_LOG", "debug");
    let mut process = CandorProcess::start("json-logs", &fixture.db.url, &options).await;
    let tokens = fixture.tokens();
    let client = reqwest::Client::new();
    assert_eq!(submit(&client, &process.base, &tokens[0]).await, Outcome::Status(200));
    assert_eq!(submit(&client, &process.base, &tokens[0]).await, Outcome::Status(409), "a reused link");
    let invalid = client
        .post(format!("{}/p/{}", process.base, tokens[1]))
        .form(&[("trust_1", "9"), ("comment", "a secret remark about my lead")])
        .send()
        .await
        .unwrap();
    assert_eq!(invalid.status(), 422);
    process.terminate();
    let status = process.wait_exit(Duration::from_secs(30)).await.expect("candor exits after SIGTERM");
    assert!(status.success(), "exit status {status:?}");

    let log = process.log();
    let lines: Vec<&str> = log.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() >= 3, "start, requests and stop are logged:\n{log}");
    for line in &lines {
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(line);
        assert!(parsed.is_ok_and(|v| v.is_object()), "not one JSON object: {line}");
    }
    assert!(log.contains("/p/{token}"), "requests are logged by route pattern:\n{log}");
    for token in &tokens {
        assert!(!log.contains(token.as_str()), "a token reached the log");
    }
    assert!(!log.contains("secret remark"), "a comment reached the log");
    assert!(log.contains("Candor stopped"), "the stop is logged");
}

/// Behind a trusted proxy (`CANDOR_TRUSTED_PROXIES`) each request's log line names the client
/// the proxy forwarded, not the proxy; on the survey it names nobody, since an address and a
/// time would say who answered when.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_names_the_forwarded_client_except_on_the_survey() {
    let fixture = Fixture::new(Backend::Sqlite, "proxied", 5);
    let options = Options::default()
        .with("CANDOR_LOG_FORMAT", "json")
        .with("RUST_LOG", "debug")
        .with("CANDOR_TRUSTED_PROXIES", "127.0.0.1, ::1");
    let mut process = CandorProcess::start("proxied-logs", &fixture.db.url, &options).await;
    let client = reqwest::Client::new();
    let page = client
        .get(format!("{}/login", process.base))
        .header("X-Forwarded-For", "198.51.100.23")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let answer = client
        .post(format!("{}/p/{}", process.base, fixture.tokens()[0]))
        .header("Forwarded", "for=198.51.100.24")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(crate::support::answers_form())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    process.terminate();
    let status = process.wait_exit(Duration::from_secs(30)).await.expect("candor exits after SIGTERM");
    assert!(status.success(), "exit status {status:?}");

    let login_line = process.log_lines("\"route\":\"/login\"", &[], 5);
    assert!(
        login_line.contains("request done") && login_line.contains("\"client\":\"198.51.100.23\""),
        "the sign-in page's line names the forwarded client:\n{login_line}"
    );
    let survey_line = process.log_lines("/p/{token}", &[], 5);
    assert!(survey_line.contains("request done"), "the survey's request is logged:\n{survey_line}");
    assert!(!survey_line.contains("\"client\""), "the survey's line names no client:\n{survey_line}");
    assert!(!process.log().contains("198.51.100.24"), "the survey's client reached the log");
}
