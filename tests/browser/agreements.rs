//! Working agreements in the browser: an admin follows an agreement's history (edited with
//! the CLI) to the diff; a lead writes one through the form (preview, a refused form, save),
//! edits it into a second version and records a review; and a lead whose edit was overtaken
//! by someone else's version sees the difference instead of overwriting it, then saves a third.

use anyhow::{Context, ensure};
use fantoccini::Locator;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::json;

use crate::harness::*;
use crate::survey::docs_screenshot;

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
    b.wait_for_heading("Your teams").await
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

/// The lead's link to the agreement's work, as typed in the form: the address, then a title.
const LINK_URL: &str = "https://tracker.example.com/PLAT-142";
const LINK_TITLE: &str = "Review bot";
const EDIT_NOTE: &str = "One-day SLA; small fixes need one approval";
/// What the lead types while Bo saves V2: V1 with the reviewers rotating each sprint.
const MINE: &str = "# Review SLA\n\nEvery pull request gets a first review within two working days.\n\nReviewers rotate every sprint.\n";
/// The lead's merge of Bo's version 2 and their own change.
const MERGED: &str = "# Review SLA\n\nEvery pull request gets a first review within one working day.\n\nReviewers rotate every sprint.\n\nSmall fixes may be merged after one approval.\n";

/// Gives `email` (a person of a team, not an admin) a password account with [`TEST_PASSWORD`].
pub fn give_password(app: &TestApp, email: &str) {
    use candor::db::schema::users;
    use diesel::prelude::*;
    let hash = candor::auth::password::hash_password(TEST_PASSWORD).expect("a password hash");
    app.with_conn(|c| {
        diesel::insert_into(users::table)
            .values((
                users::email.eq(email),
                users::password_hash.eq(hash),
                users::created_at.eq(chrono::Utc::now().naive_utc()),
            ))
            .execute(c)
            .expect("a password account")
    });
}

/// Types a text of several lines into the focused textarea: Enter between the lines.
async fn type_lines(b: &Browser, text: &str) -> anyhow::Result<()> {
    for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
        if i > 0 {
            b.press(&[Key::Enter]).await?;
        }
        if !line.is_empty() {
            b.type_text(line).await?;
        }
    }
    Ok(())
}

/// Clicks into a field and selects everything in it (Ctrl+A), so typing replaces it.
async fn select_all_in(b: &Browser, css: &str) -> anyhow::Result<()> {
    b.click(css).await?;
    let (ctrl, a) = (char::from(Key::Control), 'a');
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: ctrl })
        .then(KeyAction::Down { value: a })
        .then(KeyAction::Up { value: a })
        .then(KeyAction::Up { value: ctrl });
    b.client.perform_actions(actions).await.context("pressing Ctrl+A")
}

/// The value of the form field at a CSS selector, as the browser would send it.
async fn value_of(b: &Browser, css: &str) -> anyhow::Result<String> {
    let v = b
        .js("const e = document.querySelector(arguments[0]); return e ? e.value : null;", vec![json!(css)])
        .await?;
    v.as_str().map(str::to_string).with_context(|| format!("no field at {css}"))
}

/// The values of the ticked `relates` boxes.
async fn ticked(b: &Browser) -> anyhow::Result<Vec<String>> {
    let v = b
        .js("return [...document.querySelectorAll('input[name=relates]:checked')].map(e => e.value);", vec![])
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// The text of the first element at a CSS selector, as shown.
async fn text_of(b: &Browser, css: &str) -> anyhow::Result<String> {
    let v = b
        .js(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;",
            vec![json!(css)],
        )
        .await?;
    v.as_str().map(|t| t.trim().to_string()).with_context(|| format!("nothing at {css}"))
}

/// The HTTP status of the page shown now (the last response of its navigation).
async fn status(b: &Browser) -> anyhow::Result<u64> {
    let v = b
        .js(
            "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null;",
            vec![],
        )
        .await?;
    v.as_u64().context("the browser does not tell the page's status")
}

/// Presses one of the form's submit buttons (`save` or `preview`) and waits for the page
/// that comes back, whose heading contains `heading`.
async fn press_button(b: &Browser, action: &str, heading: &str) -> anyhow::Result<()> {
    b.mark_page().await?;
    b.click(&format!("form.agreement-form button[name=action][value={action}]")).await?;
    b.wait_for_heading(heading).await
}

/// Today's date as the agreement pages write it, in the team's time zone.
fn today_on_the_page(team: &candor::domain::teams::Team) -> String {
    candor::domain::agreements::team_today(team, chrono::Utc::now()).format("%-d %B %Y").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_writes_edits_and_reviews_an_agreement() {
    let name = "a_lead_writes_edits_and_reviews_an_agreement";
    journey(name, Options::default(), |b| async move {
        let app = spawn_app().await;
        let slug = "platform";
        let (team, emails) = app.seed_team(slug, 5);
        let lead = emails[0].clone();
        give_password(&app, &lead);
        sign_in_with_password(&b, &app, &lead).await?;

        // From the team page's list to the blank form.
        b.goto(&app.url(&format!("/teams/{slug}"))).await?;
        b.wait_for_heading(&team.name).await?;
        b.mark_page().await?;
        b.client.find(Locator::LinkText("New agreement")).await?.click().await?;
        b.wait_for_heading("A new working agreement").await?;
        let url = b.client.current_url().await?;
        ensure!(url.path() == format!("/teams/{slug}/agreements/new"), "the form's address: {url}");
        b.audit("new agreement form").await?;

        b.click("#ag-title").await?;
        b.type_text("Review SLA").await?;
        b.click("#ag-body").await?;
        type_lines(&b, V1).await?;
        b.click("input[name=relates][value=trust]").await?;
        b.click("input[name=relates][value=clarity]").await?;
        b.click("#ag-every").await?;
        b.type_text("90").await?;
        b.click("#ag-links").await?;
        b.type_text(&format!("{LINK_URL} {LINK_TITLE}")).await?;

        // Preview: the text rendered under the form, everything typed kept, nothing stored.
        press_button(&b, "preview", "A new working agreement").await?;
        ensure!(status(&b).await? == 200, "the preview is a 200 page");
        ensure!(text_of(&b, "#preview-title").await? == "Preview (not saved)", "the preview's heading");
        let rendered = text_of(&b, "section.preview article h2").await?;
        ensure!(rendered == "Review SLA", "the markdown heading is rendered (as an h2): {rendered:?}");
        let paragraph = text_of(&b, "section.preview article p").await?;
        ensure!(paragraph.contains("within two working days"), "the rendered paragraph: {paragraph:?}");
        ensure!(value_of(&b, "#ag-title").await? == "Review SLA", "the title is kept");
        ensure!(value_of(&b, "#ag-body").await? == V1.trim_end(), "the text is kept");
        ensure!(ticked(&b).await? == ["trust", "clarity"], "the ticked boxes are kept");
        ensure!(value_of(&b, "#ag-every").await? == "90", "the cadence is kept");
        ensure!(value_of(&b, "#ag-links").await? == format!("{LINK_URL} {LINK_TITLE}"), "the link is kept");
        let listed = app.candor(&["agreement", "list", "--team", slug]);
        ensure!(listed.contains("has no agreements yet"), "the preview stored nothing: {listed}");
        b.save_page_png(&docs_screenshot("agreement-new-preview.png"), 1000, Some("section.preview")).await?;
        b.audit("new agreement, preview").await?;

        // A link that is not a web address: refused (422), nothing saved, everything kept.
        b.click("#ag-links").await?;
        b.press(&[Key::End, Key::Enter]).await?;
        b.type_text("javascript:alert(1) Run me").await?;
        press_button(&b, "save", "A new working agreement").await?;
        ensure!(status(&b).await? == 422, "a refused form is a 422 page");
        let alert = text_of(&b, "[role=alert]").await?;
        ensure!(
            alert.starts_with("Nothing was saved.") && alert.contains("line 2"),
            "the alert says nothing was saved and which line is wrong: {alert:?}"
        );
        ensure!(value_of(&b, "#ag-title").await? == "Review SLA", "the title is kept");
        ensure!(value_of(&b, "#ag-body").await? == V1.trim_end(), "the text is kept");
        ensure!(ticked(&b).await? == ["trust", "clarity"], "the ticked boxes are kept");
        ensure!(value_of(&b, "#ag-every").await? == "90", "the cadence is kept");
        let links = value_of(&b, "#ag-links").await?;
        ensure!(
            links == format!("{LINK_URL} {LINK_TITLE}\njavascript:alert(1) Run me"),
            "both typed links are kept: {links:?}"
        );
        let listed = app.candor(&["agreement", "list", "--team", slug]);
        ensure!(listed.contains("has no agreements yet"), "the refused form stored nothing: {listed}");
        b.audit("new agreement refused (422)").await?;

        // The lead keeps the good link only and adds the agreement.
        select_all_in(&b, "#ag-links").await?;
        b.type_text(&format!("{LINK_URL} {LINK_TITLE}")).await?;
        press_button(&b, "save", "Review SLA").await?;
        let url = b.client.current_url().await?;
        ensure!(
            url.path() == format!("/teams/{slug}/agreements/review-sla"),
            "the agreement's address: {url}"
        );
        let text = b.body_text().await?;
        ensure!(text.contains("within two working days"), "the text is shown");
        ensure!(text.contains("relates to Trust, Clarity"), "the ticked dimensions are shown:\n{text}");
        ensure!(text.contains("Reviewed every 90 days"), "the cadence is shown:\n{text}");
        ensure!(text_of(&b, "#links").await? == "Its work", "the links are under “Its work”");
        let link = b.client.find(Locator::LinkText(LINK_TITLE)).await.context("the link to its work")?;
        ensure!(link.attr("href").await?.as_deref() == Some(LINK_URL), "the link goes to its address");
        let charts = b
            .js(
                "return [...document.querySelectorAll('.agreement-chart h3')].map(h => h.textContent);",
                vec![],
            )
            .await?;
        ensure!(charts == json!(["Trust", "Clarity"]), "a chart for each ticked dimension: {charts}");
        b.audit("agreement page, as a lead").await?;

        // "Still holds": today's review, by the lead, with no change. (Pressed before the edit:
        // an edit counts as the day's review, and a second review on the same day records
        // nothing, so after the edit the button would change nothing on the page.)
        b.mark_page().await?;
        b.click("form[action$='/reviewed'] button[type=submit]").await?;
        b.wait_for_heading("Review SLA").await?;
        let review = text_of(&b, "#review").await?;
        let expected = format!("last reviewed {} by {lead}, with no change", today_on_the_page(&team));
        ensure!(review.contains(&expected), "the review line says {review:?}, not …{expected:?}");
        b.audit("agreement page, reviewed").await?;

        // The edit form: the current text and settings, a note, and a new version.
        b.mark_page().await?;
        b.client.find(Locator::LinkText("Edit the text or its settings")).await?.click().await?;
        b.wait_for_heading("Edit “Review SLA”").await?;
        ensure!(value_of(&b, "#ag-body").await? == V1, "the form holds the current text");
        ensure!(ticked(&b).await? == ["trust", "clarity"], "the form holds the ticked dimensions");
        ensure!(value_of(&b, "#ag-every").await? == "90", "the form holds the cadence");
        ensure!(value_of(&b, "#ag-links").await?.contains(LINK_URL), "the form holds the link");
        ensure!(value_of(&b, "input[name=base]").await? == "1", "the form edits version 1");
        ensure!(b.body_text().await?.contains("makes version 2"), "the form says what saving makes");
        b.audit("edit form").await?;
        select_all_in(&b, "#ag-body").await?;
        type_lines(&b, V2).await?;
        b.click("#ag-note").await?;
        b.type_text(EDIT_NOTE).await?;
        b.save_page_png(&docs_screenshot("agreement-edit.png"), 1000, Some("form.agreement-form")).await?;
        press_button(&b, "save", "Review SLA").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Version 2 (current)"), "version 2 is shown:\n{text}");
        ensure!(text.contains("within one working day"), "the new text is shown");
        ensure!(text.contains("Small fixes may be merged"), "the new line is shown");
        ensure!(text.contains(EDIT_NOTE), "the versions list has the note");
        ensure!(b.client.find(Locator::LinkText("what changed from v1")).await.is_ok(), "a link to the diff");
        b.audit("agreement page, version 2").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_concurrent_edit_shows_the_diff_instead_of_overwriting() {
    let name = "a_concurrent_edit_shows_the_diff_instead_of_overwriting";
    journey(name, Options::default(), |b| async move {
        let app = spawn_app().await;
        let slug = "platform";
        let (_, emails) = app.seed_team(slug, 5);
        let lead = emails[0].clone();
        give_password(&app, &lead);
        let v1 = app.write_file("v1.md", V1);
        app.candor(&[
            "agreement",
            "add",
            "--team",
            slug,
            "--title",
            "Review SLA",
            "--file",
            &v1,
            "--relates",
            "trust",
            "--author",
            "Ana",
        ]);
        sign_in_with_password(&b, &app, &lead).await?;
        b.goto(&app.url(&format!("/teams/{slug}/agreements/review-sla/edit"))).await?;
        b.wait_for_heading("Edit “Review SLA”").await?;
        ensure!(value_of(&b, "input[name=base]").await? == "1", "the form edits version 1");

        // Meanwhile Bo saves version 2 with the CLI.
        let v2 = app.write_file("v2.md", V2);
        app.candor(&[
            "agreement",
            "edit",
            "--team",
            slug,
            "review-sla",
            "--file",
            &v2,
            "--note",
            EDIT_NOTE,
            "--author",
            "Bo",
        ]);

        // The lead saves their own change to version 1: nothing is overwritten.
        select_all_in(&b, "#ag-body").await?;
        type_lines(&b, MINE).await?;
        b.click("#ag-note").await?;
        b.type_text("Rotate reviewers every sprint").await?;
        press_button(&b, "save", "Edit “Review SLA”").await?;
        ensure!(status(&b).await? == 409, "an overtaken edit is a 409 page");
        let meanwhile = text_of(&b, "section.meanwhile").await?;
        ensure!(
            meanwhile.contains("Someone saved version 2 while you were editing"),
            "the page says a version was saved meanwhile: {meanwhile:?}"
        );
        ensure!(meanwhile.contains("Bo saved it on"), "who saved it: {meanwhile:?}");
        ensure!(meanwhile.contains(EDIT_NOTE), "and why: {meanwhile:?}");
        ensure!(b.count("section.meanwhile div.diff").await? == 1, "the difference is shown");
        let lines = |css: &'static str| {
            let b = b.clone();
            async move {
                let v = b
                    .js(
                        "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText);",
                        vec![json!(css)],
                    )
                    .await?;
                anyhow::Ok(serde_json::from_value::<Vec<String>>(v)?)
            }
        };
        let theirs = lines("section.meanwhile .diff-del").await?;
        let ours = lines("section.meanwhile .diff-ins").await?;
        let has = |list: &[String], text: &str| list.iter().any(|l| l.contains(text));
        ensure!(has(&theirs, "one working day"), "version 2's line is marked as theirs: {theirs:?}");
        ensure!(has(&theirs, "Small fixes may be merged"), "version 2's new line is theirs: {theirs:?}");
        ensure!(has(&ours, "two working days"), "the lead's line is marked as the lead's: {ours:?}");
        ensure!(has(&ours, "Reviewers rotate every sprint"), "the lead's change is marked: {ours:?}");
        // Lines both texts share are not marked as changed (a browser sends the textarea with
        // CRLF line ends, the stored text has LF); checked at the end, so the rest of the
        // journey runs either way.
        let shared_marked = has(&theirs, "# Review SLA") || has(&ours, "# Review SLA");
        ensure!(value_of(&b, "#ag-body").await? == MINE.trim_end(), "the lead's text is kept");
        ensure!(value_of(&b, "#ag-note").await? == "Rotate reviewers every sprint", "the note is kept");
        ensure!(value_of(&b, "input[name=base]").await? == "2", "the form now edits version 2");
        ensure!(b.body_text().await?.contains("makes version 3"), "the form says what saving makes now");
        let v2_now = app.candor(&["agreement", "show", "--team", slug, "review-sla"]);
        ensure!(v2_now == V2, "Bo's version is still the current one:\n{v2_now}");
        b.save_page_png(&docs_screenshot("agreement-conflict.png"), 1000, Some("form.agreement-form"))
            .await?;
        b.audit("edit form, someone saved meanwhile (409)").await?;

        // The lead merges both changes and saves: version 3, and Bo's version 2 as it was.
        select_all_in(&b, "#ag-body").await?;
        type_lines(&b, MERGED).await?;
        press_button(&b, "save", "Review SLA").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Version 3 (current)"), "version 3 is shown:\n{text}");
        ensure!(text.contains("Reviewers rotate every sprint"), "the lead's change is in it");
        ensure!(text.contains("Small fixes may be merged"), "and Bo's");
        let history = app.candor(&["agreement", "history", "--team", slug, "review-sla"]);
        let versions: Vec<&str> = history.lines().skip(1).collect();
        ensure!(versions.len() == 3, "three versions:\n{history}");
        ensure!(
            versions[1].contains("Bo") && versions[1].contains(EDIT_NOTE),
            "version 2 is Bo's:\n{history}"
        );
        ensure!(
            versions[2].trim_start().starts_with('3')
                && versions[2].contains(lead.as_str())
                && versions[2].contains("Rotate reviewers every sprint"),
            "version 3 is the lead's, with their note:\n{history}"
        );
        let v2_kept = app.candor(&["agreement", "show", "--team", slug, "review-sla", "--version", "2"]);
        ensure!(v2_kept == V2, "version 2 is Bo's text, unchanged:\n{v2_kept}");
        let v3 = app.candor(&["agreement", "show", "--team", slug, "review-sla"]);
        ensure!(v3 == MERGED, "version 3 is the merged text:\n{v3}");
        b.audit("agreement page, version 3").await?;
        ensure!(
            !shared_marked,
            "on the 409 page the heading both texts share is marked as removed and added again: {theirs:?} / {ours:?}"
        );
        Ok(())
    })
    .await
}
