//! A lead signs in with a link from their email, reads the team page (a chart per dimension)
//! and answers the closed pulse with a follow-up.

use anyhow::{Context, ensure};
use fantoccini::Locator;

use crate::harness::*;

/// Five different sets of answers, so the charts have a spread to show.
const ROUNDS: [[(&str, &str); 8]; 5] = [
    [
        ("trust_1", "4"),
        ("trust_2", "4"),
        ("clarity_1", "3"),
        ("clarity_2", "4"),
        ("workload_1", "2"),
        ("workload_2", "3"),
        ("enps", "8"),
        ("comment", "Standups run long."),
    ],
    [
        ("trust_1", "5"),
        ("trust_2", "4"),
        ("clarity_1", "4"),
        ("clarity_2", "4"),
        ("workload_1", "3"),
        ("workload_2", "3"),
        ("enps", "9"),
        ("comment", ""),
    ],
    [
        ("trust_1", "3"),
        ("trust_2", "3"),
        ("clarity_1", "2"),
        ("clarity_2", "3"),
        ("workload_1", "2"),
        ("workload_2", "2"),
        ("enps", "6"),
        ("comment", "Too many priorities at once."),
    ],
    [
        ("trust_1", "4"),
        ("trust_2", "5"),
        ("clarity_1", "4"),
        ("clarity_2", "3"),
        ("workload_1", "4"),
        ("workload_2", "3"),
        ("enps", "10"),
        ("comment", ""),
    ],
    [
        ("trust_1", "4"),
        ("trust_2", "4"),
        ("clarity_1", "3"),
        ("clarity_2", "3"),
        ("workload_1", "1"),
        ("workload_2", "2"),
        ("enps", "7"),
        ("comment", "On-call is heavy."),
    ],
];

const NOTE: &str =
    "We heard that priorities change too often. From now on the roadmap changes only at the monthly review.";
const ACTION: &str = "Publish the roadmap after each review";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lead_signs_in_by_link_reads_the_team_page_and_writes_a_followup() {
    let name = "lead_signs_in_by_link_reads_the_team_page_and_writes_a_followup";
    journey(name, Options::default(), |b| async move {
        let Some(maildev) = maildev() else { return Ok(()) };
        let app = spawn_app().await;
        let slug = "leads";
        let (team, emails) = app.seed_team(slug, 5);
        let pulse = app.open_pulse(&team);
        for ((_, token), answers) in app.queued_tokens(&pulse).iter().zip(ROUNDS.iter()) {
            let given: Vec<(&str, &str)> = answers.iter().copied().filter(|(_, v)| !v.is_empty()).collect();
            app.answer(token, &given);
        }
        app.close_pulse(&pulse);
        let lead = &emails[0];

        b.goto(&app.url("/")).await?;
        b.wait_for_heading("Candor").await?;
        b.audit("home, signed out").await?;
        b.click("main a[href='/login']").await?;
        b.wait_for_heading("Sign in").await?;
        b.audit("sign-in form").await?;

        // Ask for a link by email.
        b.click("#email").await?;
        b.type_text(lead).await?;
        b.mark_page().await?;
        b.click("form[action='/login'] button[type=submit]").await?;
        b.wait_for_heading("Check your email").await?;
        b.audit("sign-in link sent").await?;
        app.flush().await;
        let link = link_in_mail(&maildev, lead, &app.url("/login/")).await;

        // The link shows a button; a click signs in.
        b.goto(&link).await?;
        b.wait_for_heading("Sign in to Candor").await?;
        b.audit("sign-in link confirm").await?;
        b.mark_page().await?;
        b.click("main form button[type=submit]").await?;
        b.wait_for_heading("Your teams").await?;
        let menu = b.body_text().await?;
        ensure!(
            menu.contains(&format!("Signed in as {lead}")) && !menu.contains("Sign in\n"),
            "the menu names the lead: {menu}"
        );
        b.audit("home, signed in").await?;

        // The team page: a chart per dimension.
        b.mark_page().await?;
        b.click(&format!("a[href='/teams/{slug}']")).await?;
        b.wait_for_heading(&team.name).await?;
        for dimension in ["trust", "clarity", "workload"] {
            let css = format!("svg[aria-labelledby^='chart-{dimension}-title']");
            let chart =
                b.client.find(Locator::Css(&css)).await.with_context(|| format!("the {dimension} chart"))?;
            ensure!(chart.is_displayed().await?, "the {dimension} chart is not shown");
            let (_, _, width, height) = chart.rectangle().await?;
            ensure!(width > 100.0 && height > 50.0, "the {dimension} chart is {width}x{height}");
        }
        b.audit("team page").await?;

        // A follow-up: through the page's form where there is one, else with the CLI.
        let form = format!("form[action='/teams/{slug}/followups']");
        if b.count(&form).await? > 0 {
            eprintln!("{name}: the follow-up is written through the team page's form");
            if b.count("details.followup-form:not([open])").await? > 0 {
                b.click("details.followup-form summary").await?;
            }
            b.click(&format!("{form} textarea[name=note]")).await?;
            b.type_text(NOTE).await?;
            b.click(&format!("{form} input[name=action_text]")).await?;
            b.type_text(ACTION).await?;
            b.click(&format!("{form} input[name=action_owner]")).await?;
            b.type_text("Ana").await?;
            b.audit("team page, follow-up form open").await?;
            b.mark_page().await?;
            b.click(&format!("{form} button[type=submit]")).await?;
            b.wait_for_heading(&team.name).await?;
        } else {
            eprintln!("{name}: the team page has no follow-up form; the follow-up is written with the CLI");
            let period = pulse.period.as_str();
            let action = format!("{ACTION};Ana");
            app.candor(&[
                "followup", "add", "--team", slug, "--period", period, "--note", NOTE, "--action", &action,
            ]);
            b.mark_page().await?;
            b.client.refresh().await?;
            b.wait_for_heading(&team.name).await?;
        }
        let text = b.body_text().await?;
        ensure!(text.contains(NOTE), "the team page shows the follow-up's note");
        ensure!(text.contains(ACTION), "the team page shows the follow-up's action");
        b.audit("team page with a follow-up").await?;
        Ok(())
    })
    .await
}
