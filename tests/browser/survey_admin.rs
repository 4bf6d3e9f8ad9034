//! An admin chooses and edits a team's survey on its page (`/admin/teams/{slug}/survey`):
//! reaches it from the team's settings, uses a library set with its button, has a question
//! with a taken key refused with what was typed kept, adds it under a key of its own, and
//! opens its edit form; every state of the page axe-checked and usable at 320 px.

use anyhow::ensure;
use candor::domain::team_survey::current_questions;
use candor::domain::teams::find_team;

use crate::agreements::sign_in_with_password;
use crate::harness::*;

/// The keys of what the team's next pulse asks.
fn asked(app: &TestApp, slug: &str) -> Vec<(String, Option<String>)> {
    app.with_conn(|c| {
        let team = find_team(c, slug).unwrap();
        current_questions(c, team.id.0).unwrap().into_iter().map(|q| (q.key, q.set_key)).collect()
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_uses_a_set_and_adds_a_question_on_the_survey_page() {
    journey("admin_uses_a_set_and_adds_a_question_on_the_survey_page", Options::default(), |b| async move {
        let app = spawn_app().await;
        app.seed_team("web", 5);
        app.create_admin("admin@candor.test");
        sign_in_with_password(&b, &app, "admin@candor.test").await?;

        b.goto(&app.url("/admin/teams/web")).await?;
        b.wait_for_heading("Team web").await?;
        b.mark_page().await?;
        b.click("a[href='/admin/teams/web/survey']").await?;
        b.wait_for_heading("Team web: survey").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("8 questions, about 2 min."), "the count: {text}");
        ensure!(text.contains("A pulse keeps the survey it opened with"), "{text}");
        b.audit("team survey").await?;

        b.mark_page().await?;
        b.click("#set-squad-health ~ .button-row button.primary").await?;
        b.wait_for_heading("Team web: survey").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("The questions of “Squad health check” were added."), "{text}");
        let from_set =
            asked(&app, "web").iter().filter(|(_, s)| s.as_deref() == Some("squad-health")).count();
        ensure!(from_set >= 10, "the set's questions are asked: {from_set}");
        b.audit("team survey with a set").await?;

        b.click("#add-key").await?;
        b.type_text("trust_1").await?;
        b.click("#add-dimension").await?;
        b.type_text("oncall").await?;
        b.click("#add-text").await?;
        b.type_text("Being on call was bearable.").await?;
        b.click("#add-text-de").await?;
        b.type_text("Die Rufbereitschaft war erträglich.").await?;
        b.mark_page().await?;
        b.click("form[action='/admin/teams/web/survey/questions'] button[type=submit]").await?;
        b.wait_for_heading("Team web: survey").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Nothing was saved.") && text.contains("'trust_1' is taken"), "{text}");
        let kept = b.js("return document.querySelector('#add-text-de').value;", vec![]).await?;
        ensure!(kept == "Die Rufbereitschaft war erträglich.", "the German text is kept: {kept}");
        b.audit("team survey with a refused question").await?;

        b.js("document.querySelector('#add-key').value = '';", vec![]).await?;
        b.click("#add-key").await?;
        b.type_text("oncall").await?;
        b.mark_page().await?;
        b.click("form[action='/admin/teams/web/survey/questions'] button[type=submit]").await?;
        b.wait_for_heading("Team web: survey").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Question oncall was added."), "{text}");
        ensure!(asked(&app, "web").iter().any(|(k, s)| k == "oncall" && s.is_none()), "oncall is asked");
        b.click("#q-oncall summary").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("makes version 2 of oncall"), "the edit form says what saving does: {text}");
        b.audit("team survey with an own question").await?;
        Ok(())
    })
    .await
}
