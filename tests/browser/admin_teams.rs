//! An admin creates a team under another through the form, sees it in the tree, and reads
//! the threshold warning on its settings page and on the team page; every page axe-checked
//! and usable at 320 px.

use anyhow::ensure;

use crate::agreements::sign_in_with_password;
use crate::harness::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_creates_a_team_and_reads_its_threshold_warning() {
    journey("admin_creates_a_team_and_reads_its_threshold_warning", Options::default(), |b| async move {
        let app = spawn_app().await;
        app.seed_team("product", 4);
        app.candor(&["team", "add", "old-team", "--name", "Old team"]);
        app.candor(&["team", "archive", "old-team"]);
        app.create_admin("admin@candor.test");
        sign_in_with_password(&b, &app, "admin@candor.test").await?;

        b.goto(&app.url("/admin/teams")).await?;
        b.wait_for_heading("Teams").await?;
        b.audit("admin teams").await?;
        b.click("#team-slug").await?;
        b.type_text("design").await?;
        b.click("#team-name").await?;
        b.type_text("Design").await?;
        b.js("document.querySelector('#team-parent').value = 'product';", vec![]).await?;
        b.mark_page().await?;
        b.click("form[action='/admin/teams'] button[type=submit]").await?;
        b.wait_for_heading("Design").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Renaming keeps the slug design"), "the settings page: {text}");
        ensure!(text.contains("Nobody answers for Design"), "the warning: {text}");
        b.audit("admin team settings").await?;

        b.goto(&app.url("/admin/teams")).await?;
        b.wait_for_heading("Teams").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Archived teams"), "the archived team is apart: {text}");
        b.audit("admin teams with a tree").await?;

        b.goto(&app.url("/teams/product")).await?;
        b.wait_for_heading("Team product").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("4 people answer for Team product and the teams below it"), "{text}");
        b.audit("team page with a warning").await?;
        Ok(())
    })
    .await
}
