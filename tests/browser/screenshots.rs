//! The README's team report screenshot, from a year of demo data, and a check that axe-core
//! can be injected where a content security policy forbids the page's own scripts.

use anyhow::{Context, ensure};

use crate::agreements::sign_in_with_password;
use crate::harness::*;
use crate::survey::docs_screenshot;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_year_of_demo_data_on_the_team_page() {
    journey(
        "a_year_of_demo_data_on_the_team_page",
        Options { width: 1000, ..Options::default() },
        |b| async move {
            let app = spawn_app().await;
            let tools = app.pulse_tools();
            let summary =
                app.with_conn(|c| candor::demo::seed(c, 5, &tools.pulse_tools())).context("demo data")?;
            eprintln!("{summary}");
            app.create_admin("admin@candor.test");
            sign_in_with_password(&b, &app, "admin@candor.test").await?;
            b.goto(&app.url("/teams/engineering")).await?;
            b.wait_for_heading("Engineering").await?;
            let points = b.count("svg[aria-labelledby^='chart-trust-title'] circle").await?;
            ensure!(points >= 10, "a year of monthly points on the trust chart, not {points}");
            // The README's picture, down to the last chart; saved before the audit, so a
            // failing audit still leaves it up to date.
            b.save_page_png(&docs_screenshot("team-report.png"), 1000, Some("section.dimension")).await?;
            b.audit("team page, 12 months of demo data").await?;
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_runs_where_a_content_security_policy_forbids_scripts() {
    journey("axe_runs_where_a_content_security_policy_forbids_scripts", Options::default(), |b| async move {
        // Candor's pages send `default-src 'none'`; WebDriver's scripts are not bound by it.
        // This page has the same policy and two known problems, which axe must find.
        let page = "data:text/html,<!doctype html><html lang=en><head>\
            <meta http-equiv=Content-Security-Policy content=\"default-src 'none'; img-src data:\">\
            <title>off</title></head><body><main><h1>CSP</h1>\
            <img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><button></button></main>\
            <script>document.title='on'</script></body></html>";
        b.goto(page).await?;
        ensure!(b.client.title().await? == "off", "the policy blocks the page's own script");
        let Some(found) = b.axe_violations("strict CSP test page").await? else { return Ok(()) };
        let ids: Vec<&str> = found.iter().filter_map(|v| v["id"].as_str()).collect();
        ensure!(
            ids.contains(&"image-alt") && ids.contains(&"button-name"),
            "axe ran despite the policy and found the image without alt text and the unnamed button: {ids:?}"
        );
        Ok(())
    })
    .await
}
