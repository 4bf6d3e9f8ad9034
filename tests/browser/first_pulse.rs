//! From a blank installation to the first results, in the browser only: an admin creates two
//! teams, imports a people file through its preview, reads the invitation preview, launches the
//! team's monthly pulses on the page that says what goes out; the scheduler opens the pulse;
//! each member answers from the email that reached MailDev (one of them in the browser); the
//! admin closes the pulse early on its delivery page; a member signs in and reads the results.
//! Every page state is axe-checked and usable at 320 px; the pulse pages are screenshotted.

use anyhow::{Context, ensure};
use fantoccini::Locator;

use crate::agreements::sign_in_with_password;
use crate::harness::*;
use crate::survey::docs_screenshot;

/// One set of answers; every member gives it (the results only need to exist).
const ANSWERS: [(&str, &str); 7] = [
    ("trust_1", "4"),
    ("trust_2", "5"),
    ("clarity_1", "3"),
    ("clarity_2", "4"),
    ("workload_1", "2"),
    ("workload_2", "3"),
    ("enps", "8"),
];

async fn create_team(b: &Browser, app: &TestApp, slug: &str, name: &str, parent: &str) -> anyhow::Result<()> {
    b.goto(&app.url("/admin/teams")).await?;
    b.wait_for_heading("Teams").await?;
    b.click("#team-slug").await?;
    b.type_text(slug).await?;
    b.click("#team-name").await?;
    b.type_text(name).await?;
    let script = "document.querySelector('#team-parent').value = arguments[0];
                  document.querySelector('#team-min').value = '3';";
    b.js(script, vec![parent.into()]).await?;
    b.mark_page().await?;
    b.click("form[action='/admin/teams'] button[type=submit]").await?;
    b.wait_for_heading(name).await
}

async fn import_people(b: &Browser, app: &TestApp, csv: &str) -> anyhow::Result<()> {
    let file = app.write_file("people.csv", csv);
    b.goto(&app.url("/admin/people/import")).await?;
    b.wait_for_heading("Import").await?;
    b.client.find(Locator::Css("#people-file")).await?.send_keys(&file).await?;
    b.mark_page().await?;
    b.click("form[action='/admin/people/import'] button[type=submit]").await?;
    b.wait_for_heading("Import").await?;
    let preview = b.body_text().await?;
    ensure!(preview.contains("Added (5)"), "the preview lists who is added: {preview}");
    b.audit("import preview").await?;
    b.mark_page().await?;
    b.click("form[action='/admin/people/import/confirm'] button[type=submit]").await?;
    b.wait_for_heading("Import a people file").await?;
    let done = b.body_text().await?;
    ensure!(done.contains("Imported: 5 added"), "{done}");
    Ok(())
}

async fn launch(b: &Browser, app: &TestApp) -> anyhow::Result<()> {
    b.goto(&app.url("/admin/pulses")).await?;
    b.wait_for_heading("Pulses").await?;
    let text = b.body_text().await?;
    ensure!(text.contains("Not launched: no pulse opens for Platform"), "{text}");
    b.audit("pulses, nothing launched").await?;
    b.save_page_png(&docs_screenshot("admin-pulses.png"), 1000, None).await?;
    b.click("a[href='/admin/pulses/teams/platform/invitation']").await?;
    b.wait_for_heading("The invitation Platform's people get").await?;
    b.audit("invitation preview").await?;
    b.save_page_png(&docs_screenshot("admin-pulse-invitation.png"), 1000, None).await?;
    b.goto(&app.url("/admin/pulses/teams/platform/launch")).await?;
    b.wait_for_heading("Launch pulses for Platform?").await?;
    let text = b.body_text().await?;
    ensure!(text.contains("invites 4 people"), "the launch says how many: {text}");
    b.audit("launch confirm").await?;
    b.save_page_png(&docs_screenshot("admin-pulse-launch.png"), 1000, None).await?;
    b.mark_page().await?;
    b.click("form[action='/admin/pulses/teams/platform/launch'] button[type=submit]").await?;
    b.wait_for_heading("Pulses").await?;
    let text = b.body_text().await?;
    ensure!(text.contains("Launched: pulses open every month"), "{text}");
    Ok(())
}

/// Runs the scheduler when the launched pulse is due (now, or its month's first working day).
async fn scheduler_opens_the_pulse(app: &TestApp) -> candor::domain::pulses::Pulse {
    let now = chrono::Utc::now();
    let team = app.with_conn(|c| candor::domain::teams::find_team(c, "platform")).expect("the team");
    let next = app
        .with_conn(|c| candor::domain::launch::next_pulse(c, &team, now))
        .expect("next pulse")
        .expect("scheduled");
    let at = next.opens_at.max(now);
    let report = candor::scheduler::tick(&app.pool, &app.pulse_tools(), at).await.expect("a tick");
    assert_eq!(report.opened, 1, "the launched team's pulse opens at the scheduler's round");
    app.with_conn(|c| candor::domain::pulse_board::open_pulse(c, team.id)).expect("a pulse").expect("open")
}

async fn answer_in_the_browser(b: &Browser, link: &str) -> anyhow::Result<()> {
    b.goto(link).await?;
    b.wait_for_heading("Platform: how was").await?;
    for (key, value) in ANSWERS {
        b.click(&format!("label[for='{key}-{value}']")).await?;
    }
    b.mark_page().await?;
    // The visible send button (the form's first submit button is a hidden one, for Enter).
    b.click("form.survey button.primary[type=submit]").await?;
    b.wait_for_heading("Thank you").await
}

async fn close_early(b: &Browser, app: &TestApp, pulse_id: i64) -> anyhow::Result<()> {
    b.goto(&app.url(&format!("/admin/pulses/{pulse_id}"))).await?;
    b.wait_for_heading("Platform: the").await?;
    let text = b.body_text().await?;
    ensure!(text.contains("Open until"), "{text}");
    b.audit("pulse delivery, open").await?;
    b.save_page_png(&docs_screenshot("admin-pulse-delivery.png"), 1000, None).await?;
    b.mark_page().await?;
    b.click(&format!("form[action='/admin/pulses/{pulse_id}/close'] button[type=submit]")).await?;
    b.wait_for_heading("Platform: the").await?;
    let text = b.body_text().await?;
    ensure!(text.contains("Closed. Results appear on the team page"), "{text}");
    b.audit("pulse delivery, closed").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_goes_from_a_blank_install_to_the_first_results() {
    let name = "an_admin_goes_from_a_blank_install_to_the_first_results";
    journey(name, Options::default(), |b| async move {
        let Some(maildev) = maildev() else { return Ok(()) };
        let app = spawn_app().await;
        app.create_admin("admin@candor.test");
        sign_in_with_password(&b, &app, "admin@candor.test").await?;
        create_team(&b, &app, "acme", "Acme", "").await?;
        create_team(&b, &app, "platform", "Platform", "acme").await?;

        let domain = format!("{}.test", uuid::Uuid::new_v4().simple());
        let members: Vec<String> = (0..4).map(|i| format!("p{i}@{domain}")).collect();
        let mut csv = format!("email,name,team,role\nceo@{domain},Cleo,acme,lead\n");
        for (i, email) in members.iter().enumerate() {
            csv.push_str(&format!(
                "{email},Person {i},platform,{}\n",
                if i == 0 { "lead" } else { "member" }
            ));
        }
        import_people(&b, &app, &csv).await?;
        launch(&b, &app).await?;

        let pulse = scheduler_opens_the_pulse(&app).await;
        app.flush().await;
        let first = link_in_mail(&maildev, &members[1], &app.url("/p/")).await;
        answer_in_the_browser(&b, &first).await?;
        for email in [&members[0], &members[2], &members[3]] {
            let link = link_in_mail(&maildev, email, &app.url("/p/")).await;
            app.answer(link.rsplit('/').next().context("a token")?, &ANSWERS);
        }
        close_early(&b, &app, pulse.id.0).await?;

        crate::agreements::give_password(&app, &members[1]);
        b.goto(&app.url("/logout")).await?;
        b.mark_page().await?;
        b.click("form[action='/logout'] button[type=submit]").await?;
        b.wait_for_heading("Sign in").await?;
        sign_in_with_password(&b, &app, &members[1]).await?;
        b.goto(&app.url("/teams/platform")).await?;
        b.wait_for_heading("Platform").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("4 of 4"), "the member reads the month's results: {text}");
        b.audit("team page with the first results").await?;
        Ok(())
    })
    .await
}

/// The pulse pages are plain forms: with page scripts off, an admin opens a pulse now (a wrong
/// number of days comes back with what was typed), reads its delivery, cancels the queued
/// invitations and closes it, and every page fits 320 px.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pulse_pages_work_without_javascript() {
    let options = Options { width: 800, height: 900, javascript: false, ..Options::default() };
    journey("the_pulse_pages_work_without_javascript", options, |b| async move {
        b.goto("data:text/html,<title>off</title><h1>page</h1><script>document.title='on'</script>").await?;
        ensure!(b.client.title().await? == "off", "page scripts ran: JavaScript is not disabled");
        let app = spawn_app().await;
        app.seed_team("plain", 5);
        app.create_admin("admin@candor.test");
        sign_in_with_password(&b, &app, "admin@candor.test").await?;
        b.goto(&app.url("/admin/pulses/teams/plain/open")).await?;
        b.wait_for_heading("Open a pulse for Team plain now?").await?;
        b.narrow("open now, no JavaScript").await?;
        b.client.find(Locator::Css("#days")).await?.clear().await?;
        b.click("#days").await?;
        b.type_text("99").await?;
        b.mark_page().await?;
        b.click("form[action='/admin/pulses/teams/plain/open'] button[type=submit]").await?;
        b.wait_for_heading("Open a pulse for Team plain now?").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Nothing was opened") && text.contains("1 to 60"), "{text}");
        let typed = b.js("return document.querySelector('#days').value;", vec![]).await?;
        ensure!(typed == "99", "the typed days come back: {typed}");
        b.client.find(Locator::Css("#days")).await?.clear().await?;
        b.click("#days").await?;
        b.type_text("3").await?;
        b.mark_page().await?;
        b.click("form[action='/admin/pulses/teams/plain/open'] button[type=submit]").await?;
        b.wait_for_heading("Team plain: the").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Opened: its invitations are queued"), "{text}");
        ensure!(text.contains("Cancel the 5 queued"), "{text}");
        b.narrow("delivery, no JavaScript").await?;
        b.mark_page().await?;
        b.click("form[action$='/cancel'] button[type=submit]").await?;
        b.wait_for_heading("Team plain: the").await?;
        ensure!(b.body_text().await?.contains("The queued emails are cancelled"));
        b.mark_page().await?;
        b.click("form[action$='/close'] button[type=submit]").await?;
        b.wait_for_heading("Team plain: the").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Closed on"), "{text}");
        b.narrow("closed pulse, no JavaScript").await?;
        Ok(())
    })
    .await
}
