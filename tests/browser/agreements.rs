//! An admin signs in with a password, opens the admin page and an agreement edited with the
//! CLI, follows its history to the diff and sees what was added and removed.

use anyhow::ensure;
use fantoccini::Locator;

use crate::harness::*;

const V1: &str = "# Review SLA\n\nEvery pull request gets a first review within two working days.\n\nReviewers rotate weekly.\n";
const V2: &str = "# Review SLA\n\nEvery pull request gets a first review within one working day.\n\nReviewers rotate weekly.\n\nSmall fixes may be merged after one approval.\n";

/// Signs in through the page's password form (it sits in a closed `<details>`).
pub async fn sign_in_with_password(b: &Browser, app: &TestApp, email: &str) -> anyhow::Result<()> {
    b.goto(&app.url("/login")).await?;
    b.click("details summary").await?;
    b.click("#pw-email").await?;
    b.type_text(email).await?;
    b.click("#password").await?;
    b.type_text(TEST_PASSWORD).await?;
    b.mark_page().await?;
    b.click("form[action='/login/password'] button[type=submit]").await?;
    b.wait_for_heading("Teams").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_follows_an_agreements_history_to_the_diff() {
    journey("admin_follows_an_agreements_history_to_the_diff", Options::default(), |b| async move {
        let app = spawn_app().await;
        app.seed_team("platform", 5);
        let v1 = app.write_file("v1.md", V1);
        let v2 = app.write_file("v2.md", V2);
        let added = app.candor(&[
            "agreement",
            "add",
            "--team",
            "platform",
            "--title",
            "Review SLA",
            "--file",
            &v1,
            "--relates",
            "trust,clarity",
            "--review-every",
            "90",
            "--author",
            "Ana",
        ]);
        ensure!(added.contains("review-sla"), "the CLI names the agreement: {added}");
        app.candor(&[
            "agreement",
            "edit",
            "--team",
            "platform",
            "review-sla",
            "--file",
            &v2,
            "--note",
            "One-day SLA; small fixes need one approval",
            "--author",
            "Bo",
        ]);
        app.create_admin("admin@candor.test");

        sign_in_with_password(&b, &app, "admin@candor.test").await?;
        b.goto(&app.url("/admin")).await?;
        b.wait_for_heading("Admin").await?;
        b.audit("admin").await?;

        b.goto(&app.url("/teams/platform/agreements/review-sla")).await?;
        b.wait_for_heading("Review SLA").await?;
        ensure!(b.body_text().await?.contains("within one working day"), "the current version is shown");
        b.audit("agreement").await?;

        // The history: version 2's "what changed" link opens the diff.
        b.mark_page().await?;
        b.client.find(Locator::LinkText("what changed from v1")).await?.click().await?;
        b.wait_for_heading("Changes to Review SLA").await?;
        let url = b.client.current_url().await?;
        ensure!(url.path().ends_with("/review-sla/diff"), "the diff page's address: {url}");
        let inserted =
            b.js("return [...document.querySelectorAll('ins')].map(e => e.textContent);", vec![]).await?;
        let removed =
            b.js("return [...document.querySelectorAll('del')].map(e => e.textContent);", vec![]).await?;
        let has = |v: &serde_json::Value, text: &str| {
            v.as_array().is_some_and(|a| a.iter().any(|t| t.as_str().is_some_and(|t| t.contains(text))))
        };
        ensure!(has(&inserted, "one working day"), "an inserted line with the new SLA: {inserted}");
        ensure!(has(&inserted, "Small fixes may be merged"), "an inserted new line: {inserted}");
        ensure!(has(&removed, "two working days"), "a removed line with the old SLA: {removed}");
        ensure!(
            !has(&inserted, "Reviewers rotate") && !has(&removed, "Reviewers rotate"),
            "unchanged lines are neither"
        );
        b.audit("agreement diff").await?;
        Ok(())
    })
    .await
}
