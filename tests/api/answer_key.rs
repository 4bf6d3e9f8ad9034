//! The master key of sealed answers (docs/anonymity.md, "The master key"): a restart in the
//! middle of a pulse loses nothing, and a missing or different key is a clear refusal that
//! names the file, never a silent loss.

use candor::db::schema::{comments, pulse_keys, responses};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(a_restart_in_the_middle_of_a_pulse_keeps_every_answer, a_lost_or_other_key_is_refused_by_name);

async fn answer(app: &TestApp, token: &str, comment: &str) {
    let mut fields: Vec<(&str, &str)> =
        VALID_ANSWERS.iter().filter(|(k, _)| *k != "comment").copied().collect();
    fields.push(("comment", comment));
    assert_eq!(post_survey(app, token, &fields).await.status(), 200);
}

/// Answers before and after a restart of the app (same database, same key file) are all there
/// once the pulse closes.
async fn a_restart_in_the_middle_of_a_pulse_keeps_every_answer(backend: Backend) {
    let first = spawn_app(backend).await;
    let (team, _) = first.with_conn(|c| seed_team(c, "restart", 6));
    let pulse = open_pulse(&first, &team, 7);
    let tokens = queued_tokens(&first, "invite:");
    for (i, (_, token)) in tokens.iter().take(3).enumerate() {
        answer(&first, token, &format!("before the restart {i}")).await;
    }
    let db = first.db.clone();
    drop(first);
    let second = spawn_app_on(db).await;
    for (i, (_, token)) in tokens.iter().skip(3).enumerate() {
        answer(&second, token, &format!("after the restart {i}")).await;
    }
    let out = second.db.candor(&["pulse", "close", &pulse.id.to_string()]);
    assert!(out.status.success(), "{:?}", texts(&out));
    let (n, mut said): (i64, Vec<String>) = second.with_conn(|c| {
        (
            responses::table.count().get_result(c).unwrap(),
            comments::table.select(comments::body).load(c).unwrap(),
        )
    });
    said.sort();
    assert_eq!(n, 6, "every answer, before and after the restart");
    assert_eq!(said.iter().filter(|s| s.starts_with("before")).count(), 3, "{said:?}");
    assert_eq!(said.iter().filter(|s| s.starts_with("after")).count(), 3, "{said:?}");
}

/// With an open pulse sealed under it, a missing key file or another key stops Candor with a
/// message naming the file; nothing is lost, and with the key back the pulse closes whole.
async fn a_lost_or_other_key_is_refused_by_name(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "lost", 5));
    let pulse = open_pulse(&app, &team, 7);
    for (i, (_, token)) in queued_tokens(&app, "invite:").iter().enumerate() {
        answer(&app, token, &format!("kept {i}")).await;
    }
    let file = app.db.dir.path().join("candor-answer.key");
    let saved = app.db.dir.path().join("backup.key");
    std::fs::rename(&file, &saved).unwrap();
    let close = ["pulse", "close", &pulse.id.to_string()];
    let out = app.db.candor(&close);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(&file.display().to_string()) && err.contains("is missing"), "{err}");
    assert!(err.contains("Restore it from your backup"), "{err}");
    assert!(!file.exists(), "no new key was made in its place");

    let other = random_answer_key();
    let out =
        candor_with(&app.db.url, app.db.dir.path().to_path_buf(), &close, &[("CANDOR_ANSWER_KEY", &other)]);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("CANDOR_ANSWER_KEY is not the answer key"), "{err}");

    std::fs::rename(&saved, &file).unwrap();
    let out = app.db.candor(&close);
    assert!(out.status.success(), "{:?}", texts(&out));
    let (n, keys): (i64, i64) = app.with_conn(|c| {
        (responses::table.count().get_result(c).unwrap(), pulse_keys::table.count().get_result(c).unwrap())
    });
    assert_eq!((n, keys), (5, 0), "every answer kept; the pulse key destroyed at close");
}
