//! Follow-ups: a lead answers a closed pulse with a note and actions; the next summary email
//! lists what was done since and what is still open.

use crate::backend_tests;
use crate::helpers::*;

/// The id of the action whose line in `candor followup list` contains `needle`.
fn action_id(list: &str, needle: &str) -> String {
    let line = list.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle} in {list}"));
    line.trim().trim_start_matches('[').split(']').next().unwrap().to_string()
}

backend_tests!(
    followups_answer_closed_pulses_only,
    the_next_summary_lists_what_was_done,
    teams_that_opt_in_are_asked_whether_changes_helped
);

async fn followups_answer_closed_pulses_only(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "fu", 5));
    let open = app.db.candor(&["pulse", "open", "--team", "fu", "--period", "2026-09"]);
    assert!(open.status.success());
    let early = app.db.candor(&["followup", "add", "--team", "fu", "--period", "2026-09", "--note", "x"]);
    assert!(texts(&early).1.contains("still open"), "{:?}", texts(&early));
    assert!(app.db.candor(&["pulse", "close", "--team", "fu"]).status.success());
    let bad = app.db.candor(&[
        "followup", "add", "--team", "fu", "--period", "2026-09", "--note", "x", "--action", "no owner",
    ]);
    assert!(texts(&bad).1.contains("is not an action"), "{:?}", texts(&bad));
    let ok = app.db.candor(&[
        "followup",
        "add",
        "--team",
        "fu",
        "--period",
        "2026-09",
        "--author",
        "Ana",
        "--note",
        "We heard that focus time is scarce.",
        "--action",
        "No meetings on Wednesday mornings;Ana;2026-10-01",
        "--action",
        "Rotate on-call fairly;Bo",
    ]);
    assert!(texts(&ok).0.contains("with 2 action(s)"), "{:?}", texts(&ok));
    let (list, _) = texts(&app.db.candor(&["followup", "list", "--team", "fu"]));
    assert!(list.contains("2026-09") && list.contains("by Ana") && list.contains("focus time"), "{list}");
    assert!(list.contains("due 2026-10-01 (OVERDUE)"), "past its date and not done: {list}");
    let id = action_id(&list, "Wednesday");
    assert!(app.db.candor(&["followup", "done", &id, "--on", "2026-09-30"]).status.success());
    let again = app.db.candor(&["followup", "done", &id]);
    assert!(texts(&again).1.contains("done already on 2026-09-30"));
    let (list, _) = texts(&app.db.candor(&["followup", "list", "--team", "fu"]));
    assert!(list.contains("(done 2026-09-30)"), "{list}");
    let missing = app.db.candor(&["followup", "add", "--team", "fu", "--period", "2025-01", "--note", "x"]);
    assert!(texts(&missing).1.contains("has no pulse for 2025-01"));
}

async fn the_next_summary_lists_what_was_done(backend: Backend) {
    let app = spawn_app(backend).await;
    if service_url("CANDOR_TEST_MAILDEV_API").is_none() {
        return;
    }
    let (_, emails) = app.with_conn(|c| seed_team(c, "sum", 5));
    run_round(&app, "sum", "2026-09").await;
    let add = app.db.candor(&[
        "followup",
        "add",
        "--team",
        "sum",
        "--period",
        "2026-09",
        "--note",
        "What we heard.",
        "--action",
        "Protect focus time;Ana;2099-01-01",
        "--action",
        "Fix the flaky deploys;Bo",
    ]);
    assert!(add.status.success(), "{:?}", texts(&add));
    let (list, _) = texts(&app.db.candor(&["followup", "list", "--team", "sum"]));
    let id = action_id(&list, "flaky");
    assert!(app.db.candor(&["followup", "done", &id]).status.success());
    run_round(&app, "sum", "2026-10").await;
    flush_at(&app, chrono::Utc::now().naive_utc()).await;
    let lead = maildev_messages_to(&emails[0]).await;
    let october: Vec<_> =
        lead.iter().filter(|m| m["subject"].as_str().unwrap().contains("October 2026")).collect();
    assert_eq!(october.len(), 1, "one summary for the October pulse");
    let text = october[0]["text"].as_str().unwrap();
    assert!(text.contains("What we said we would change"), "{text}");
    assert!(text.contains("[done] Fix the flaky deploys (Bo), done"), "{text}");
    assert!(text.contains("[open] Protect focus time (Ana), due 2099-01-01"), "{text}");
    assert!(october[0]["html"].as_str().unwrap().contains("Fix the flaky deploys"));
}

async fn teams_that_opt_in_are_asked_whether_changes_helped(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "ask", 5));
    let set = app.db.candor(&["team", "set", "ask", "--ask-changes-helped", "true"]);
    assert!(texts(&set).0.contains("asks whether changes helped true"), "{:?}", texts(&set));
    let bad = app.db.candor(&["team", "set", "ask", "--timezone", "Mars/Olympus"]);
    assert!(texts(&bad).1.contains("is not a time zone"));
    let out = app.db.candor(&["pulse", "open", "--team", "ask", "--period", "2026-10"]);
    let pulse_id = texts(&out).0.trim().to_string();
    let tokens = queued_tokens(&app, &format!("invite:{pulse_id}:"));
    let page = app.get(&format!("/p/{}", tokens[0].1)).await.text().await.unwrap();
    assert_eq!(page.matches("<fieldset").count(), 8, "the extra question is asked");
    assert!(page.contains("The changes our leads made since the last pulse helped."));
    for (i, (_, token)) in tokens.iter().enumerate() {
        let mut answers = VALID_ANSWERS.to_vec();
        let value = ["4", "5", "4", "3", "4"][i];
        answers.push(("helped", value));
        assert_eq!(post_survey(&app, token, &answers).await.status(), 200);
    }
    assert!(app.db.candor(&["pulse", "close", &pulse_id]).status.success());
    let report: serde_json::Value = app.get("/api/v1/teams/ask/report").await.json().await.unwrap();
    let helped = &report["periods"][0]["dimensions"]["helped"];
    assert_eq!(helped["n"], 5);
    assert!((helped["mean"].as_f64().unwrap() - 4.0).abs() < 1e-12, "{helped}");
    // A team that did not opt in is not asked, and an answer to it is refused as unknown.
    app.with_conn(|c| seed_team(c, "plain", 1));
    let out = app.db.candor(&["pulse", "open", "--team", "plain", "--period", "2026-10"]);
    let pulse_id = texts(&out).0.trim().to_string();
    let token = queued_tokens(&app, &format!("invite:{pulse_id}:")).remove(0).1;
    let mut answers = VALID_ANSWERS.to_vec();
    answers.push(("helped", "4"));
    assert_eq!(post_survey(&app, &token, &answers).await.status(), 422);
}

backend_tests!(leads_answer_on_the_team_page);

async fn leads_answer_on_the_team_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "page", 5));
    run_round(&app, "page", "2026-09").await;
    assert!(app.db.candor(&["team", "set", "page", "--publish-to-members", "true"]).status.success());
    let lead = app.sign_in_member(&emails[0]).await;
    let url = format!("{}/teams/page", app.address);
    let page = lead.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("What we heard, what we change") && page.contains("Answer a pulse"), "{page}");
    let csrf = csrf_in(&page);
    let form = [
        ("csrf", csrf.as_str()),
        ("period", "2026-09"),
        ("note", "We heard: <b>too many meetings</b>."),
        ("action_text", "Cancel the weekly sync"),
        ("action_owner", "Ana"),
        ("action_due", "2020-01-01"),
        ("action_text", ""),
        ("action_owner", ""),
        ("action_due", ""),
    ];
    let posted = lead.post(format!("{url}/followups")).form(&form).send().await.unwrap();
    assert_eq!(posted.status(), 303);
    let page = lead.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("&lt;b&gt;too many meetings&lt;&#x2F;b&gt;")
            || page.contains("&lt;b&gt;too many meetings"),
        "escaped: {page}"
    );
    assert!(
        page.contains("Cancel the weekly sync") && page.contains("Overdue"),
        "an action past its date is marked: {page}"
    );
    let forged = lead
        .post(format!("{url}/followups"))
        .form(&[("csrf", "x"), ("period", "2026-09"), ("note", "n")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);

    let member = app.sign_in_member(&emails[1]).await;
    let seen = member.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(
        seen.contains("Cancel the weekly sync") && !seen.contains("Answer a pulse"),
        "members read, leads write"
    );
    let login = member.get(format!("{}/login", app.address)).send().await.unwrap().text().await.unwrap();
    let member_csrf = csrf_in(&login);
    let refused = member
        .post(format!("{url}/followups"))
        .form(&[("csrf", member_csrf.as_str()), ("period", "2026-09"), ("note", "n")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);

    let (list, _) = texts(&app.db.candor(&["followup", "list", "--team", "page"]));
    let id = action_id(&list, "weekly sync");
    let done =
        lead.post(format!("{url}/actions/{id}/done")).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(done.status(), 303);
    let page = lead.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Done ") && !page.contains("Overdue"), "{page}");
}
