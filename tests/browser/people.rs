//! People admin in the browser (the pages have no scripts; forms are plain HTML): an admin uploads a people file, reads the
//! preview (added, changed, moved, absent), imports it and finds people by team and by name; a
//! broken file lists its problems by line and field and stores nothing; a leaver with a queued
//! invitation is deactivated, another removed, and only the others' invitations reach MailDev.
//! Every page state axe-checked and usable at 320 px.

use anyhow::{Context, ensure};
use candor::db::schema::{outbox, people};
use diesel::prelude::*;
use fantoccini::Locator;

use crate::agreements::sign_in_with_password;
use crate::harness::*;
use crate::survey::docs_screenshot;

/// The first file: Bo moves to product, Cy is renamed, Di is absent, Fe is new.
fn first_file(domain: &str) -> String {
    format!(
        "email,name,team,role\nana@{domain},Ana Lima,design,lead\nbo@{domain},Bo Reis,product,member\n\
         cy@{domain},Cy Silva,design,member\ned@{domain},Ed Costa,design,member\nfe@{domain},Fe Rocha,product,lead\n"
    )
}

/// What the people were before the upload.
fn people_before(domain: &str) -> String {
    format!(
        "email,name,team,role\nana@{domain},Ana Lima,design,lead\nbo@{domain},Bo Reis,design,member\n\
         cy@{domain},Cy S.,design,member\ndi@{domain},Di Melo,design,member\ned@{domain},Ed Costa,design,member\n"
    )
}

/// A file with a bad address on line 3 and an unknown team on line 4.
fn broken_file(domain: &str) -> String {
    format!(
        "email,name,team,role\ngil@{domain},Gil Neves,design,member\nnot-an-address,Hal Dias,design,member\n\
         ivy@{domain},Ivy Lopes,marketing,member\n"
    )
}

fn people_count(app: &TestApp) -> i64 {
    app.with_conn(|c| people::table.count().get_result(c)).unwrap_or(-1)
}

fn person_id(app: &TestApp, email: &str) -> anyhow::Result<i64> {
    app.with_conn(|c| people::table.filter(people::email.eq(email)).select(people::id).first(c))
        .with_context(|| format!("{email} is stored"))
}

/// The visible text of the element at `css`.
async fn text_of(b: &Browser, css: &str) -> anyhow::Result<String> {
    let element = b.client.find(Locator::Css(css)).await.with_context(|| format!("finding {css}"))?;
    Ok(element.text().await?)
}

/// Chooses `path` in the file input and sends the upload form; waits for the next page.
async fn upload(b: &Browser, path: &str) -> anyhow::Result<()> {
    b.client.find(Locator::Css("#people-file")).await?.send_keys(path).await.context("choosing the file")?;
    b.mark_page().await?;
    b.click("form[action='/admin/people/import'] button[type=submit]").await?;
    b.wait_for_heading("Import a people file").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_imports_a_people_file_and_finds_people() {
    let name = "admin_imports_a_people_file_and_finds_people";
    journey(name, Options::default(), |b| async move {
        let app = spawn_app().await;
        // No email leaves in this journey, so the addresses need not be unique to it.
        let domain = "example.com";
        app.candor(&["team", "add", "design", "--name", "Design"]);
        app.candor(&["team", "add", "product", "--name", "Product"]);
        app.candor(&["people", "import", &app.write_file("before.csv", &people_before(domain))]);
        app.create_admin("admin@candor.test");
        sign_in_with_password(&b, &app, "admin@candor.test").await?;

        b.goto(&app.url("/admin/people/import")).await?;
        b.wait_for_heading("Import a people file").await?;
        b.audit("admin people import").await?;
        upload(&b, &app.write_file("people.csv", &first_file(domain))).await?;
        for (section, who) in
            [("added", "Fe Rocha"), ("changed", "Cy Silva"), ("moved", "Bo Reis"), ("absent", "Di Melo")]
        {
            let text = text_of(&b, &format!("section[aria-labelledby='{section}']")).await?;
            ensure!(text.contains("(1)") && text.contains(who), "{section} lists {who}: {text}");
        }
        ensure!(person_id(&app, &format!("fe@{domain}")).is_err(), "the preview stores nothing");
        b.save_page_png(&docs_screenshot("admin-people-import-preview.png"), 1000, Some("form.stack"))
            .await?;
        b.audit("admin people import preview").await?;

        b.mark_page().await?;
        b.click("form[action='/admin/people/import/confirm'] button[type=submit]").await?;
        b.wait_for_heading("Import a people file").await?;
        let done = b.body_text().await?;
        ensure!(done.contains("Imported: 1 added, 1 changed, 1 moved, 1 deactivated"), "{done}");
        ensure!(person_id(&app, &format!("fe@{domain}")).is_ok(), "confirming stores the file");
        b.audit("admin people import done").await?;

        b.goto(&app.url("/admin/people")).await?;
        b.wait_for_heading("People").await?;
        let list = b.body_text().await?;
        ensure!(
            list.contains("6 of 6 people") && list.contains("Fe Rocha") && list.contains("inactive"),
            "{list}"
        );
        b.save_page_png(&docs_screenshot("admin-people.png"), 1000, Some("div.table-scroll")).await?;
        b.audit("admin people").await?;

        b.click("#team-filter option[value='product']").await?;
        b.mark_page().await?;
        b.click("form.filters button[type=submit]").await?;
        b.wait_for_heading("People").await?;
        let table = text_of(&b, "table.people tbody").await?;
        ensure!(table.contains("Bo Reis") && table.contains("Fe Rocha"), "product's people: {table}");
        ensure!(!table.contains("Ana Lima") && b.body_text().await?.contains("2 of 6 people"), "{table}");
        let bo = b
            .js(
                "const row = [...document.querySelectorAll('table.people tbody tr')]
                   .find(r => r.textContent.includes('Bo Reis'));
                 return row ? [...row.cells].map(c => c.textContent.trim()) : [];",
                vec![],
            )
            .await?;
        ensure!(bo[2] == "product" && bo[3] == "product", "moved Bo answers for product: {bo}");
        b.audit("admin people filtered by team").await?;

        b.click("#team-filter option[value='']").await?;
        b.click("#q").await?;
        b.type_text("silva").await?;
        b.mark_page().await?;
        b.click("form.filters button[type=submit]").await?;
        b.wait_for_heading("People").await?;
        let table = text_of(&b, "table.people tbody").await?;
        ensure!(table.contains("Cy Silva") && !table.contains("Bo Reis"), "the search: {table}");
        b.audit("admin people searched").await?;

        let stored = people_count(&app);
        b.goto(&app.url("/admin/people/import")).await?;
        b.wait_for_heading("Import a people file").await?;
        upload(&b, &app.write_file("broken.csv", &broken_file(domain))).await?;
        let errors = text_of(&b, "div.errors").await?;
        ensure!(errors.contains("Nothing was imported") && errors.contains("2 problems"), "{errors}");
        ensure!(errors.contains("line 3, email:") && errors.contains("not-an-address"), "{errors}");
        ensure!(errors.contains("line 4, team: no team 'marketing'"), "{errors}");
        ensure!(people_count(&app) == stored, "nothing stored: {} people, not {stored}", people_count(&app));
        ensure!(person_id(&app, &format!("gil@{domain}")).is_err(), "not even the good row");
        b.audit("admin people import with problems").await?;
        Ok(())
    })
    .await
}

/// The states of the emails queued to `email`.
fn outbox_states(app: &TestApp, email: &str) -> Vec<String> {
    app.with_conn(|c| outbox::table.filter(outbox::recipient.eq(email)).select(outbox::state).load(c))
        .unwrap_or_default()
}

/// How many emails MailDev holds for `address`.
async fn maildev_count(maildev: &str, address: &str) -> anyhow::Result<usize> {
    let all: Vec<serde_json::Value> = reqwest::get(format!("{maildev}/api/email")).await?.json().await?;
    Ok(all
        .iter()
        .filter(|m| m["to"].as_array().is_some_and(|to| to.iter().any(|t| t["address"] == address)))
        .count())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_leavers_invitation_is_cancelled_and_only_the_others_get_theirs() {
    let name = "a_leavers_invitation_is_cancelled_and_only_the_others_get_theirs";
    journey(name, Options::default(), |b| async move {
        let Some(maildev) = maildev() else { return Ok(()) };
        let app = spawn_app().await;
        let (team, emails) = app.seed_team("leavers", 6);
        app.open_pulse(&team);
        let (leaver, gone) = (&emails[4], &emails[5]);
        app.create_admin("admin@candor.test");
        sign_in_with_password(&b, &app, "admin@candor.test").await?;

        let id = person_id(&app, leaver)?;
        b.goto(&app.url(&format!("/admin/people/{id}"))).await?;
        b.wait_for_heading("Person 4").await?;
        b.save_page_png(&docs_screenshot("admin-person.png"), 1000, Some("section")).await?;
        b.audit("admin person").await?;
        b.mark_page().await?;
        b.click("form[action$='/active'] button[type=submit]").await?;
        b.wait_for_heading("Person 4").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Deactivated") && text.contains("Reactivate"), "{text}");
        b.audit("admin person deactivated").await?;

        b.goto(&app.url(&format!("/admin/people/{}", person_id(&app, gone)?))).await?;
        b.wait_for_heading("Person 5").await?;
        b.click("form[action$='/remove'] input[name=confirm]").await?;
        b.mark_page().await?;
        b.click("form[action$='/remove'] button[type=submit]").await?;
        b.wait_for_heading("People").await?;
        ensure!(b.body_text().await?.contains("Removed. Their queued emails were cancelled"), "removed");
        b.audit("admin people after a removal").await?;

        for who in [leaver, gone] {
            ensure!(outbox_states(&app, who) == ["cancelled"], "{who}: {:?}", outbox_states(&app, who));
        }
        app.flush().await;
        for stays in &emails[..4] {
            let link = link_in_mail(&maildev, stays, &app.url("/p/")).await;
            ensure!(link.len() > app.url("/p/").len(), "{stays} has an invitation link: {link}");
        }
        for who in [leaver, gone] {
            ensure!(maildev_count(&maildev, who).await? == 0, "no email reached {who}");
        }
        Ok(())
    })
    .await
}
