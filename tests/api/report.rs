//! Reports through the CLI and the API: figures that match a hand computation, suppression
//! (small groups, subtraction between nested teams, open pulses), history import, formats.

use candor::db::schema::pulses;
use candor::stats;
use diesel::prelude::*;
use serde_json::Value;

use crate::backend_tests;
use crate::helpers::*;

/// Two full months and one small one. Columns: trust_1, trust_2, clarity_1, clarity_2,
/// workload_1, workload_2, enps, comment.
const HISTORY: &str = "period,trust_1,trust_2,clarity_1,clarity_2,workload_1,workload_2,enps,comment
2026-01,4,5,3,3,2,2,9,
2026-01,3,4,4,4,3,2,7,Too many meetings
2026-01,5,5,2,3,4,4,10,
2026-01,2,3,3,3,2,3,5,
2026-01,4,4,4,5,1,2,8,
2026-01,3,3,3,2,3,3,6,
2026-02,5,5,4,4,4,4,10,Better month
2026-02,4,5,4,3,4,5,9,
2026-02,4,4,5,5,3,4,,
2026-02,5,4,3,4,4,4,9,
2026-02,3,4,4,4,5,4,8,
2026-02,4,4,4,4,3,3,7,
2026-03,5,5,5,5,5,5,10,
2026-03,1,1,1,1,1,1,0,
2026-03,3,3,3,3,3,3,5,
";

/// Respondents' trust scores (mean of the two items) of a month, from the CSV above.
fn trust_scores(month: &str) -> Vec<f64> {
    HISTORY
        .lines()
        .skip(1)
        .filter(|l| l.starts_with(month))
        .map(|l| {
            let cells: Vec<f64> = l.split(',').skip(1).take(2).map(|c| c.parse().unwrap()).collect();
            (cells[0] + cells[1]) / 2.0
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn team_with_history(db: &TestDb, slug: &str) -> String {
    assert!(db.candor(&["team", "add", slug, "--name", "History Team"]).status.success());
    let file = write_file(&db.dir, "history.csv", HISTORY);
    let out = db.candor(&["responses", "import", &file, "--team", slug]);
    assert!(out.status.success(), "{:?}", texts(&out));
    assert!(texts(&out).0.contains("15 responses imported into 3 closed pulses"), "{:?}", texts(&out));
    file
}

fn report_json(db: &TestDb, team: &str) -> Value {
    let out = db.candor(&["report", "--team", team, "--format", "json"]);
    assert!(out.status.success(), "{:?}", texts(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

backend_tests!(
    figures_match_a_hand_computation_and_small_months_are_suppressed,
    history_import_is_all_or_nothing,
    a_parent_that_would_reveal_a_small_child_is_hidden,
    api_answers_the_same_json_and_describes_itself,
    open_pulses_show_nothing,
    a_month_waits_until_every_team_below_has_closed
);

async fn a_month_waits_until_every_team_below_has_closed(backend: Backend) {
    let db = TestDb::new(backend);
    assert!(db.candor(&["team", "add", "org", "--name", "Org"]).status.success());
    assert!(db.candor(&["team", "add", "a", "--name", "A", "--parent", "org"]).status.success());
    assert!(db.candor(&["team", "add", "b", "--name", "B", "--parent", "org"]).status.success());
    let body: String = std::iter::once("period,trust_1\n".to_string())
        .chain((0..6).map(|_| "2026-01,4\n".to_string()))
        .collect();
    let file = write_file(&db.dir, "a.csv", &body);
    let out = db.candor(&["pulse", "open", "--team", "b", "--period", "2026-01"]);
    assert!(out.status.success(), "{:?}", texts(&out));
    // While b's pulse is open, org's January is not shown, so a's history may still join it.
    let out = db.candor(&["responses", "import", &file, "--team", "a"]);
    assert!(out.status.success(), "{:?}", texts(&out));
    assert_eq!(report_json(&db, "a")["periods"][0]["responded"], 6, "a's own month is complete");
    assert_eq!(report_json(&db, "org")["periods"], serde_json::json!([]), "org waits for b's pulse");
    assert!(db.candor(&["pulse", "close", "--team", "b"]).status.success());
    assert_eq!(report_json(&db, "org")["periods"][0]["responded"], 6);
}

async fn figures_match_a_hand_computation_and_small_months_are_suppressed(backend: Backend) {
    let db = TestDb::new(backend);
    team_with_history(&db, "hist");
    let report = report_json(&db, "hist");
    let periods = report["periods"].as_array().unwrap();
    assert_eq!(periods.len(), 3);

    let (jan, feb) = (trust_scores("2026-01"), trust_scores("2026-02"));
    let trust = &periods[1]["dimensions"]["trust"];
    let expected = stats::describe(&feb);
    assert_eq!(trust["n"], 6);
    assert!(close(trust["mean"].as_f64().unwrap(), expected.mean.unwrap()));
    assert!(close(trust["sd"].as_f64().unwrap(), expected.sd.unwrap()));
    let welch = stats::welch(&feb, &jan);
    let change = &trust["change"];
    assert_eq!(change["since"], "2026-01");
    assert!(close(
        change["delta"].as_f64().unwrap(),
        expected.mean.unwrap() - stats::describe(&jan).mean.unwrap()
    ));
    assert!(close(change["p"].as_f64().unwrap(), welch.p.unwrap()));
    assert!(change["q"].as_f64().unwrap() >= change["p"].as_f64().unwrap(), "BH never lowers p");
    let mdc = stats::mdc(feb.len(), jan.len(), stats::pooled_sd(&feb, &jan).unwrap()).unwrap();
    assert_eq!(change["n_before"], jan.len());
    assert!(close(change["mdc"].as_f64().unwrap(), mdc), "the smallest detectable change: {change}");
    assert_eq!(trust["distribution"], serde_json::json!([0, 0, 1, 7, 4]));
    assert!(periods[0].get("enps").is_none(), "eNPS needs 10 answers");

    let march = &periods[2];
    assert_eq!(march["suppressed"], true);
    assert!(march.get("responded").is_none(), "{march}");
    assert_eq!(march["dimensions"], serde_json::json!({}));
    assert_eq!(march["invited"], Value::Null, "imported history has no invitations");

    let csv = texts(&db.candor(&["report", "--team", "hist", "--format", "csv"])).0;
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[0].starts_with("team,period,invited,responded,suppressed,dimension,n,mean"));
    assert_eq!(rows.len(), 1 + 3 + 3 + 1, "{csv}");
    assert!(rows.last().unwrap().starts_with("hist,2026-03,,,true,"), "{csv}");
    let text = texts(&db.candor(&["report", "--team", "hist"])).0;
    assert!(text.contains("March 2026") && text.contains("too few answers to show"), "{text}");
}

async fn history_import_is_all_or_nothing(backend: Backend) {
    let db = TestDb::new(backend);
    let file = team_with_history(&db, "hist");
    let again = db.candor(&["responses", "import", &file, "--team", "hist"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(texts(&again).1.contains("has a pulse for 2026-01 already"), "{:?}", texts(&again));

    assert!(db.candor(&["team", "add", "fresh", "--name", "Fresh"]).status.success());
    let bad = write_file(
        &db.dir,
        "bad.csv",
        "period,trust_1,workload_2,comment\n2025-13,4,4,\n2025-05,6,4,\n2025-05,,,\n2025-05,4,x,ok\n2025-06,4,4,fine\n",
    );
    let out = db.candor(&["responses", "import", &bad, "--team", "fresh"]);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1));
    for expected in [
        "4 problems; nothing was imported",
        "line 2, period: '2025-13' is not a month",
        "line 3, trust_1: '6' is not an answer from 1 to 5",
        "line 4, row: no answers in this row",
        "line 5, workload_2: 'x' is not an answer",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in {err}");
    }
    let unknown = write_file(&db.dir, "u.csv", "period,trust_one\n2025-05,4\n");
    let (_, err) = texts(&db.candor(&["responses", "import", &unknown, "--team", "fresh"]));
    assert!(err.contains("unknown column 'trust_one'"), "{err}");
    let pool = db.pool();
    let fresh = candor::domain::teams::find_team(&mut pool.get().unwrap(), "fresh").unwrap();
    let n: i64 = pulses::table
        .filter(pulses::team_id.eq(fresh.id))
        .count()
        .get_result(&mut pool.get().unwrap())
        .unwrap();
    assert_eq!(n, 0, "nothing stored");
}

async fn a_parent_that_would_reveal_a_small_child_is_hidden(backend: Backend) {
    let db = TestDb::new(backend);
    assert!(db.candor(&["team", "add", "org", "--name", "Org"]).status.success());
    // Both teams' history in one file: a month shown for org cannot take more answers later.
    let mut body = String::from("team,period,trust_1,trust_2\n");
    for (team, rows) in [("big", 6), ("small", 2)] {
        assert!(db.candor(&["team", "add", team, "--name", team, "--parent", "org"]).status.success());
        body.extend((0..rows).map(|i| format!("{team},2026-01,{},4\n", 1 + i % 5)));
    }
    let file = write_file(&db.dir, "history.csv", &body);
    let out = db.candor(&["responses", "import", &file]);
    assert!(out.status.success(), "{:?}", texts(&out));
    let big = report_json(&db, "big");
    assert_eq!(big["periods"][0]["suppressed"], false);
    assert_eq!(big["periods"][0]["responded"], 6);
    assert_eq!(report_json(&db, "small")["periods"][0]["suppressed"], true);
    let org = report_json(&db, "org");
    assert_eq!(org["periods"][0]["suppressed"], true, "8 - 6 would reveal the 2: {org}");
    assert!(org["periods"][0].get("responded").is_none());
}

async fn api_answers_the_same_json_and_describes_itself(backend: Backend) {
    let app = spawn_app(backend).await;
    team_with_history(&app.db, "hist");
    let response = app.get("/api/v1/teams/hist/report").await;
    assert_eq!(response.status(), 200);
    let mut from_api: Value = response.json().await.unwrap();
    let mut from_cli = report_json(&app.db, "hist");
    from_api.as_object_mut().unwrap().remove("comments");
    from_cli.as_object_mut().unwrap().remove("comments");
    assert_eq!(from_api, from_cli);

    let missing = app.get("/api/v1/teams/nope/report").await;
    assert_eq!(missing.status(), 404);
    let body: Value = missing.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("no team"), "{body}");
    assert_eq!(app.get("/api/v1/nothing").await.status(), 404);

    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(doc["paths"]["/api/v1/teams/{slug}/report"]["get"].is_object());
    let schemas = &doc["components"]["schemas"];
    let trust = &from_api["periods"][1]["dimensions"]["trust"];
    for (schema, object) in
        [("TeamReport", &from_api), ("PeriodReport", &from_api["periods"][1]), ("DimensionFigures", trust)]
    {
        for key in object.as_object().unwrap().keys() {
            let property = &schemas[schema]["properties"][key];
            assert!(property.is_object(), "{schema}.{key} is not in the document");
            assert!(described(property), "{schema}.{key} has no description: {property}");
        }
    }
}

/// Whether a property of the generated document has a description: its own, or (for a
/// nullable reference, which utoipa writes as `oneOf: [null, $ref]`) on its reference.
fn described(property: &Value) -> bool {
    let text = |v: &Value| v["description"].as_str().is_some_and(|d| !d.trim().is_empty());
    text(property) || property["oneOf"].as_array().is_some_and(|branches| branches.iter().any(text))
}

async fn open_pulses_show_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "live", 6));
    open_pulse(&app, &team, 7);
    for (_, token) in queued_tokens(&app, "invite:") {
        assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200);
    }
    let report: Value = app.get("/api/v1/teams/live/report").await.json().await.unwrap();
    assert_eq!(report["periods"], serde_json::json!([]), "no live counts while the pulse is open");
    app.with_conn(|c| {
        candor::db::write(c, |c| {
            candor::domain::pulses::open_pulse_of_team(c, "live")
                .and_then(|p| candor::domain::pulses::close_pulse(c, &app.state.answer_key, p.id))
        })
        .unwrap()
    });
    let report: Value = app.get("/api/v1/teams/live/report").await.json().await.unwrap();
    assert_eq!(report["periods"][0]["responded"], 6);
    assert_eq!(report["periods"][0]["invited"], 6);
    assert_eq!(report["comments"]["comments"][0], "More focus time, please.");
}
