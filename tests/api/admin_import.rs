//! The people file through the page (docs/design.md, "The workspace"): upload → a preview of
//! who is added, changed, moved and absent, with nothing stored → confirm, applied in one
//! transaction; a broken file lists every problem by line and field, unknown teams among them,
//! and stores nothing; a leaver deactivated by the import has their queued invitation cancelled.

use candor::db::schema::{memberships, outbox, people, teams};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_people_file_is_previewed_then_imported,
    a_broken_file_lists_every_problem_and_stores_nothing
);

const FIRST: &str = "email,name,team,role\nana@imp.test,Ana,design,lead\nbo@imp.test,Bo,design,member\ncy@imp.test,Cy,design,member\ndi@imp.test,Di,design,member\ned@imp.test,Ed,design,member\n";
/// Bo moves to product, Cy is renamed, Di is gone, Fe is new.
const SECOND: &str = "\u{feff}email,name,team,role\nana@imp.test,Ana,design,lead\nbo@imp.test,Bo,product,member\ncy@imp.test,Cy Silva,design,member\ned@imp.test,Ed,design,member\nfe@imp.test,Fe,product,lead\n";

async fn csrf(app: &TestApp) -> String {
    let admin = app.admin_client().await;
    csrf_in(
        &admin
            .get(format!("{}/admin/people/import", app.address))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    )
}

/// Uploads `csv` for a preview: (status, page).
async fn upload(app: &TestApp, csv: &str) -> (u16, String) {
    upload_bytes(app, csv.as_bytes()).await
}

async fn upload_bytes(app: &TestApp, file: &[u8]) -> (u16, String) {
    let form = reqwest::multipart::Form::new().text("csrf", csrf(app).await).part(
        "file",
        reqwest::multipart::Part::bytes(file.to_vec()).file_name("people.csv").mime_str("text/csv").unwrap(),
    );
    let admin = app.admin_client().await;
    let response =
        admin.post(format!("{}/admin/people/import", app.address)).multipart(form).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// Confirms `csv` with `absent` (deactivate or keep): (status, page).
async fn confirm(app: &TestApp, csv: &str, absent: &str) -> (u16, String) {
    let csrf = csrf(app).await;
    let admin = app.admin_client().await;
    let form = [("csrf", csrf.as_str()), ("csv", csv), ("absent", absent)];
    let response =
        admin.post(format!("{}/admin/people/import/confirm", app.address)).form(&form).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

fn people_count(app: &TestApp) -> i64 {
    app.with_conn(|c| people::table.count().get_result(c).unwrap())
}

fn teams_of(app: &TestApp, email: &str) -> Vec<String> {
    app.with_conn(|c| {
        memberships::table
            .inner_join(people::table)
            .inner_join(teams::table)
            .filter(people::email.eq(email))
            .select(teams::slug)
            .load(c)
            .unwrap()
    })
}

/// The text of the section headed `heading` (up to the next section).
fn section<'a>(page: &'a str, heading: &str) -> &'a str {
    let start = page.find(heading).unwrap_or_else(|| panic!("{heading} in {page}"));
    let rest = &page[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

async fn a_people_file_is_previewed_then_imported(backend: Backend) {
    let app = spawn_app(backend).await;
    for (slug, name) in [("design", "Design"), ("product", "Product")] {
        assert!(app.db.candor(&["team", "add", slug, "--name", name]).status.success());
    }
    let (status, preview) = upload(&app, FIRST).await;
    assert_eq!(status, 200, "{preview}");
    assert!(section(&preview, "Added (5)").contains("ana@imp.test"), "{preview}");
    assert_eq!(people_count(&app), 0, "a preview stores nothing");
    let (status, done) = confirm(&app, FIRST, "keep").await;
    assert_eq!(status, 200, "{done}");
    assert!(done.contains("Imported: 5 added, 0 changed, 0 moved"), "{done}");

    let team = app.with_conn(|c| candor::domain::teams::find_team(c, "design").unwrap());
    open_pulse(&app, &team, 7);
    let di_queued = |app: &TestApp| -> Vec<String> {
        app.with_conn(|c| {
            outbox::table.filter(outbox::recipient.eq("di@imp.test")).select(outbox::state).load(c).unwrap()
        })
    };
    assert_eq!(di_queued(&app), ["queued"]);

    let (status, preview) = upload(&app, SECOND).await;
    assert_eq!(status, 200, "{preview}");
    assert!(section(&preview, "Added (1)").contains("fe@imp.test"), "{preview}");
    assert!(section(&preview, "Changed (name, role, or active again) (1)").contains("Cy Silva"), "{preview}");
    let moved = section(&preview, "Moved between teams (1)");
    assert!(moved.contains("bo@imp.test") && moved.contains("<td>design</td><td>product</td>"), "{moved}");
    assert!(section(&preview, "Not in the file (would leave) (1)").contains("di@imp.test"), "{preview}");
    assert_eq!(people_count(&app), 5, "still nothing stored");

    let (status, done) = confirm(&app, SECOND, "deactivate").await;
    assert_eq!(status, 200, "{done}");
    assert!(done.contains("Imported: 1 added, 1 changed, 1 moved, 1 deactivated"), "{done}");
    assert_eq!(teams_of(&app, "bo@imp.test"), ["product"], "moved, not in two teams");
    let bo_home: Vec<bool> = app.with_conn(|c| {
        memberships::table
            .inner_join(people::table)
            .filter(people::email.eq("bo@imp.test"))
            .select(memberships::home)
            .load(c)
            .unwrap()
    });
    assert_eq!(bo_home, [true], "a moved person answers for their new team");
    assert_eq!(di_queued(&app), ["cancelled"], "the leaver's invitation is not sent");
    let active: bool = app.with_conn(|c| {
        people::table.filter(people::email.eq("di@imp.test")).select(people::active).first(c).unwrap()
    });
    assert!(!active);
}

async fn a_broken_file_lists_every_problem_and_stores_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    assert!(app.db.candor(&["team", "add", "design", "--name", "Design"]).status.success());
    let broken = "email,name,team,role\nana@imp.test,Ana,design,lead\nnot-an-address,Bo,design,member\ncy@imp.test,Cy,sales,member\ndi@imp.test,Di,design,boss\n";
    let (status, page) = upload(&app, broken).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("Nothing was imported.") && page.contains("3 problems"), "{page}");
    let lines: Vec<&str> = page.lines().filter(|l| l.contains("<li>line ")).collect();
    let all = lines.join("\n");
    assert!(all.contains("line 3, email:"), "{all}");
    assert!(
        all.contains("line 4, team: no team &#x27;sales&#x27;"),
        "the unknown team among the others: {all}"
    );
    assert!(all.contains("line 5, role:"), "{all}");
    let (status, page) = confirm(&app, broken, "keep").await;
    assert_eq!(status, 422, "a forged confirmation is checked again: {page}");
    let (status, page) = upload(&app, "mail,name\nx,y\n").await;
    assert_eq!(status, 422);
    assert!(page.contains("no &#x27;email&#x27; column"), "{page}");
    let (status, page) = upload_bytes(&app, b"email,name,team,role\n\xff\xfe,x,y,z\n").await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("is not UTF-8 text"), "{page}");
    assert_eq!(people_count(&app), 0);
}
