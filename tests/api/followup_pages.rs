//! Follow-ups kept in the browser (docs/design.md, "The workspace"): a refused follow-up comes
//! back with everything typed; a lead edits the note and actions, undoes "done", deletes a
//! follow-up (audited with what it said); owners are offered from the team's people; members
//! change nothing.

use candor::db::schema::{actions, audit_log, followups};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(a_lead_edits_undoes_and_deletes_follow_ups);

fn action_rows(app: &TestApp) -> Vec<(i64, String, String, bool)> {
    app.with_conn(|c| {
        actions::table
            .order(actions::id)
            .select((actions::id, actions::text, actions::owner, actions::done_on.is_not_null()))
            .load(c)
            .unwrap()
    })
}

async fn a_lead_edits_undoes_and_deletes_follow_ups(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "fp", 5));
    run_round(&app, "fp", "2026-09").await;
    let lead = app.sign_in_member(&emails[0]).await;
    let team_page = lead.get(format!("{}/teams/fp", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(
        team_page.contains("<datalist id=\"team-people\">")
            && team_page.contains("<option value=\"Person 3\">"),
        "owners offered"
    );

    let typed = [
        ("period", "2026-09"),
        ("note", "We heard that reviews wait too long."),
        ("action_text", "Review within a day"),
        ("action_owner", ""),
        ("action_due", "2030-01-01"),
    ];
    let (status, _, refused) = post_form(&app, &lead, "/teams/fp/followups", &typed).await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused.contains("Action 1 needs an owner"), "{refused}");
    assert!(
        refused.contains("We heard that reviews wait too long.")
            && refused.contains("value=\"Review within a day\""),
        "kept: {refused}"
    );
    assert!(refused.contains("value=\"2030-01-01\""), "{refused}");
    let count = |app: &TestApp| -> i64 { app.with_conn(|c| followups::table.count().get_result(c).unwrap()) };
    assert_eq!(count(&app), 0);

    let good = [
        ("period", "2026-09"),
        ("note", "We heard that reviews wait too long."),
        ("action_text", "Review within a day"),
        ("action_owner", "Person 1"),
        ("action_due", "2030-01-01"),
        ("action_text", "Rotate reviewers"),
        ("action_owner", "Person 2"),
        ("action_due", ""),
    ];
    assert_eq!(post_form(&app, &lead, "/teams/fp/followups", &good).await.0, 303);
    let id: i64 = app.with_conn(|c| followups::table.select(followups::id).first(c).unwrap());
    let rows = action_rows(&app);
    let (first, second) = (rows[0].0.to_string(), rows[1].0.to_string());

    let edit_path = format!("/teams/fp/followups/{id}/edit");
    let form = lead.get(format!("{}{edit_path}", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(
        form.contains("value=\"Rotate reviewers\"") && form.contains("Edit the September 2026 follow-up"),
        "{form}"
    );
    let edit = [
        ("note", "We heard that reviews wait too long, and that pairing helps."),
        ("action_id", first.as_str()),
        ("action_text", "Review within one working day"),
        ("action_owner", "Person 1"),
        ("action_due", "2030-01-01"),
        ("action_id", second.as_str()),
        ("action_text", "Rotate reviewers"),
        ("action_owner", "Person 2"),
        ("action_due", ""),
        ("action_remove", second.as_str()),
        ("action_id", ""),
        ("action_text", "Pair on large changes"),
        ("action_owner", "Person 3"),
        ("action_due", "not a date"),
    ];
    let (status, _, refused) = post_form(&app, &lead, &edit_path, &edit).await;
    assert_eq!(status, 422);
    assert!(
        refused.contains("The due date of action 3, &#x27;not a date&#x27;, is not a date")
            && refused.contains("value=\"Pair on large changes\""),
        "{refused}"
    );
    assert_eq!(action_rows(&app).len(), 2, "nothing changed");
    let mut fixed = edit.to_vec();
    fixed[13] = ("action_due", "");
    assert_eq!(post_form(&app, &lead, &edit_path, &fixed).await.0, 303);
    let rows = action_rows(&app);
    let texts: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(texts, ["Review within one working day", "Pair on large changes"], "edited, removed, added");

    let done = format!("/teams/fp/actions/{first}/done");
    assert_eq!(post_form(&app, &lead, &done, &[]).await.0, 303);
    let page = lead.get(format!("{}/teams/fp", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("/teams/fp/actions/{first}/undo")), "an undo button for a done action");
    assert_eq!(post_form(&app, &lead, &format!("/teams/fp/actions/{first}/undo"), &[]).await.0, 303);
    assert!(!action_rows(&app)[0].3, "not done any more");
    assert_eq!(
        post_form(&app, &lead, &format!("/teams/fp/actions/{first}/undo"), &[]).await.0,
        409,
        "undo of an open action"
    );

    let member = app.sign_in_member(&emails[3]).await;
    assert_eq!(post_form(&app, &member, &format!("/teams/fp/followups/{id}/delete"), &[]).await.0, 403);
    assert_eq!(member.get(format!("{}{edit_path}", app.address)).send().await.unwrap().status(), 403);
    assert_eq!(post_form(&app, &lead, &format!("/teams/fp/followups/{id}/delete"), &[]).await.0, 303);
    assert_eq!(count(&app), 0);
    assert!(action_rows(&app).is_empty(), "its actions went with it");
    let log: Vec<(String, String)> = app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::actor.eq(&emails[0]))
            .order(audit_log::id)
            .select((audit_log::action, audit_log::detail))
            .load(c)
            .unwrap()
    });
    let actions: Vec<&str> =
        log.iter().map(|(a, _)| a.as_str()).filter(|a| !a.starts_with("sign-in")).collect();
    assert_eq!(actions, ["followup.add", "followup.edit", "action.done", "action.undo", "followup.delete"]);
    assert!(log.last().unwrap().1.contains("pairing helps"), "the deleted note is kept in the audit log");
    assert_eq!(post_form(&app, &lead, &format!("/teams/fp/followups/{id}/delete"), &[]).await.0, 404);
}
