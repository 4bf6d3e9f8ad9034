//! Words first (docs/design.md, "Verdicts"): the JSON gives each dimension a verdict and why,
//! the team page leads with them, and the summary email says them beside each figure. The
//! answers of `run_round` (every person the same) make trust 4.5 of 5 (all favourable) and
//! clarity 2.5 and workload 1.5 (none favourable).

use candor::db::schema::outbox;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(low_shares_need_attention_and_the_rest_is_steady);

async fn low_shares_need_attention_and_the_rest_is_steady(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "words", 5));
    run_round(&app, "words", "2026-09").await;

    let out = app.db.candor(&["report", "--team", "words", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let verdict = |dim: &str| {
        let all = report["verdicts"].as_array().unwrap();
        let v = all.iter().find(|v| v["dimension"] == dim).unwrap_or_else(|| panic!("no verdict for {dim}"));
        (v["verdict"].as_str().unwrap().to_string(), v["why"].as_str().unwrap().to_string())
    };
    let (trust, why) = verdict("trust");
    assert_eq!(trust, "steady", "{why}");
    assert!(why.contains("100% favourable"), "{why}");
    let (clarity, why) = verdict("clarity");
    assert_eq!(clarity, "needs_attention");
    assert!(why.contains("Only 0% scored Clarity favourably"), "{why}");
    assert_eq!(verdict("workload").0, "needs_attention");

    let page = app.get("/teams/words").await.text().await.unwrap();
    let glance = page.find("At a glance").expect("the verdicts come first");
    assert!(glance < page.find("In short").unwrap(), "words before the numbers");
    assert!(page.contains("<span class=\"verdict needs_attention\">Needs attention</span>"), "{page}");
    assert!(page.contains("Favourable counts people whose score is 4 or more; the bars count answers."));

    let summaries: Vec<String> = app.with_conn(|c| {
        outbox::table.filter(outbox::kind.eq("summary")).select(outbox::body_text).load(c).unwrap()
    });
    assert!(!summaries.is_empty(), "the close queued summaries");
    for body in &summaries {
        assert!(body.contains("Needs attention: Only 0% scored Clarity favourably"), "{body}");
        assert!(body.contains("Steady: 100% favourable"), "{body}");
    }
}
