//! Every bad input to the survey gets a clear 4xx and stores nothing.

use candor::db::schema::{invitations, pulses};
use candor::domain::participation::waiting;
use diesel::dsl::not;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

fn nothing_stored(app: &TestApp) {
    app.with_conn(|c| {
        let n = stored_responses(c);
        let flipped: i64 = invitations::table.filter(not(waiting())).count().get_result(c).unwrap();
        assert_eq!((n, flipped), (0, 0), "nothing may be stored");
    });
}

fn with(overrides: &[(&'static str, &'static str)], drop: &[&str]) -> Vec<(&'static str, &'static str)> {
    let mut fields: Vec<(&str, &str)> = VALID_ANSWERS
        .iter()
        .copied()
        .filter(|(k, _)| !drop.contains(k) && !overrides.iter().any(|(o, _)| o == k))
        .collect();
    fields.extend_from_slice(overrides);
    fields
}

backend_tests!(invalid_forms_are_422_with_the_error_by_the_field, tokens_unknown_used_and_closed);

async fn invalid_forms_are_422_with_the_error_by_the_field(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "input", 1));
    open_pulse(&app, &team, 7);
    let (_, token) = queued_tokens(&app, "invite:").remove(0);
    let long = "x".repeat(2001);
    let long: &'static str = Box::leak(long.into_boxed_str());
    type Case = (Vec<(&'static str, &'static str)>, &'static str, &'static str);
    let cases: Vec<Case> = vec![
        (with(&[("trust_1", "6")], &[]), "trust_1-error", "Choose one of the answers (1 to 5)"),
        (with(&[("enps", "11")], &[]), "enps-error", "(0 to 10)"),
        (with(&[("clarity_2", "abc")], &[]), "clarity_2-error", "Choose one of the answers"),
        (with(&[], &["workload_2"]), "workload_2-error", "Please choose an answer"),
        (with(&[("foo", "1")], &[]), "errors", "does not ask (&#x27;foo&#x27;)"),
        (with(&[("comment", long)], &[]), "comment-error", "under 2000 characters (it has 2001)"),
        (with(&[("trust_2", "3"), ("trust_2", "4")], &["trust_2"]), "trust_2-error", "answered twice"),
    ];
    for (fields, anchor, message) in cases {
        let response = post_survey(&app, &token, &fields).await;
        assert_eq!(response.status(), 422, "{anchor}");
        let page = response.text().await.unwrap();
        assert!(page.contains(&format!("id=\"{anchor}\"")), "{anchor} shown: {page}");
        assert!(page.contains(message), "{message:?} in {page}");
        assert!(page.contains("Nothing was saved yet"));
        nothing_stored(&app);
    }
    // What was typed is kept: the valid answers stay chosen after an error elsewhere.
    let page = post_survey(&app, &token, &with(&[("trust_1", "6")], &[])).await.text().await.unwrap();
    assert!(page.contains(r#"value="5" checked"#) && page.contains("More focus time, please."));
    // A body that is not a form at all.
    let garbled = app
        .client
        .post(format!("{}/p/{token}", app.address))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(garbled.status(), 400);
    assert!(garbled.text().await.unwrap().contains("Nothing was saved"));
    nothing_stored(&app);
    assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200, "the token was not used up");
}

async fn tokens_unknown_used_and_closed(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "tokens", 2));
    let pulse = open_pulse(&app, &team, 7);
    let tokens = queued_tokens(&app, "invite:");
    // A mistyped link: one character of a real one changed.
    let mut unknown = tokens[1].1.clone().into_bytes();
    unknown[10] = if unknown[10] == b'x' { b'y' } else { b'x' };
    let unknown = String::from_utf8(unknown).unwrap();
    for path in [format!("/p/{unknown}"), "/p/short".to_string(), "/p/%00%2e%2e".to_string()] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(response.text().await.unwrap().contains("not known"), "{path}");
    }
    assert_eq!(post_survey(&app, &unknown, VALID_ANSWERS).await.status(), 404);

    let used = &tokens[0].1;
    assert_eq!(post_survey(&app, used, VALID_ANSWERS).await.status(), 200);
    let page = app.get(&format!("/p/{used}")).await;
    assert_eq!(page.status(), 409, "a used link is told apart from an unknown one, though it is gone");
    assert!(page.text().await.unwrap().contains("answered already"));

    app.with_conn(|c| {
        diesel::update(pulses::table.find(pulse.id)).set(pulses::state.eq("closed")).execute(c).unwrap()
    });
    let open_token = &tokens[1].1;
    let closed = app.get(&format!("/p/{open_token}")).await;
    assert_eq!(closed.status(), 410);
    assert!(closed.text().await.unwrap().contains("closed on"));
    assert_eq!(post_survey(&app, open_token, VALID_ANSWERS).await.status(), 410);
    app.with_conn(|c| {
        assert_eq!(stored_responses(c), 1, "only the answer given while open");
    });
}
