//! A member answers the emailed survey: by keyboard only, with JavaScript on and off, and
//! meets each page that tells why a link cannot be answered (422, 404, 409, 410).

use anyhow::{Context, ensure};
use fantoccini::key::Key;

use crate::harness::*;

/// What the keyboard journeys answer: (question key, value) in the form's order.
pub(crate) const ANSWERS: &[(&str, i32)] = &[
    ("trust_1", 4),
    ("trust_2", 5),
    ("clarity_1", 3),
    ("clarity_2", 2),
    ("workload_1", 1),
    ("workload_2", 2),
    ("enps", 9),
];

pub(crate) const COMMENT: &str = "Fewer meetings on Fridays, please.";

/// Answers every question by keyboard only: Tab to each radio group, Space to choose its first
/// answer and arrow keys to move to the wanted one; types the comment (not sent yet).
pub(crate) async fn fill_by_keyboard(
    b: &Browser,
    answers: &[(&str, i32)],
    comment: &str,
) -> anyhow::Result<()> {
    for &(key, value) in answers {
        let focus = b.tab_to(&format!("the {key} answers"), |f| f.name == key).await?;
        ensure!(
            focus.kind == "radio",
            "{key}: Tab reached a {} {}, not a radio button",
            focus.tag,
            focus.kind
        );
        b.press(&[Key::Space]).await?;
        let first: i32 = b.checked(key).await?.context("Space chose nothing")?.parse()?;
        let steps = usize::try_from(value - first)?;
        b.press(&vec![Key::Right; steps]).await?;
        let chosen = b.checked(key).await?;
        ensure!(chosen == Some(value.to_string()), "{key}: the keyboard chose {chosen:?}, not {value}");
    }
    b.tab_to("the comment box", |f| f.tag == "textarea" && f.name == "comment").await?;
    b.type_text(comment).await
}

/// Tab to the form's button and press Enter.
async fn submit_by_keyboard(b: &Browser) -> anyhow::Result<()> {
    b.tab_to("the Send button", |f| f.tag == "button" && f.text.contains("Send my answers")).await?;
    b.mark_page().await?;
    b.press(&[Key::Enter]).await
}

/// Closes the pulse (which opens its sealed answers and writes them out), then reads its stored
/// answers, as (question key, value), and its comments.
pub(crate) fn stored(
    app: &TestApp,
    pulse: &candor::domain::pulses::Pulse,
) -> (i64, Vec<(String, i32)>, Vec<String>) {
    use candor::db::schema::{answers, comments, questions, responses};
    use diesel::prelude::*;
    app.close_pulse(pulse);
    let pulse_id = pulse.id;
    app.with_conn(|c| {
        let n: i64 = responses::table.filter(responses::pulse_id.eq(pulse_id)).count().get_result(c).unwrap();
        let mut values: Vec<(String, i32)> = answers::table
            .inner_join(responses::table)
            .inner_join(questions::table)
            .filter(responses::pulse_id.eq(pulse_id))
            .select((questions::key, answers::value))
            .load(c)
            .unwrap();
        values.sort();
        let texts =
            comments::table.filter(comments::pulse_id.eq(pulse_id)).select(comments::body).load(c).unwrap();
        (n, values, texts)
    })
}

pub(crate) fn expected_answers() -> Vec<(String, i32)> {
    let mut v: Vec<(String, i32)> = ANSWERS.iter().map(|(k, n)| (k.to_string(), *n)).collect();
    v.sort();
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn member_answers_by_keyboard() {
    journey("member_answers_by_keyboard", Options::default(), |b| async move {
        let Some(maildev) = maildev() else { return Ok(()) };
        let app = spawn_app().await;
        let (team, emails) = app.seed_team("keys", 5);
        let pulse = app.open_pulse(&team);
        app.flush().await;
        let link = link_in_mail(&maildev, &emails[1], &app.url("/p/")).await;

        b.goto(&link).await?;
        b.wait_for_heading("how was").await?;
        b.audit("survey form").await?;
        fill_by_keyboard(&b, ANSWERS, COMMENT).await?;
        // The README's picture: the top of the survey on a phone, three answers chosen.
        b.save_page_png(&docs_screenshot("survey.png"), 390, Some("fieldset.question:nth-of-type(3)"))
            .await?;
        submit_by_keyboard(&b).await?;
        b.wait_for_heading("Thank you").await?;
        b.audit("thank-you").await?;
        let (responses, values, comments) = stored(&app, &pulse);
        ensure!(responses == 1, "one response stored, not {responses}");
        ensure!(values == expected_answers(), "stored {values:?}");
        ensure!(comments == [COMMENT], "stored comments {comments:?}");

        // The link works once: a second visit explains why (409).
        b.goto(&link).await?;
        b.wait_for_heading("That was done already").await?;
        ensure!(b.body_text().await?.contains("answered already"));
        b.audit("409 answered already").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_survey_with_errors_and_links_that_cannot_be_answered() {
    journey("a_survey_with_errors_and_links_that_cannot_be_answered", Options::default(), |b| async move {
        let app = spawn_app().await;
        let (team, _) = app.seed_team("errs", 5);
        let pulse = app.open_pulse(&team);
        let (_, token) = app.queued_tokens(&pulse).pop().context("an invitation")?;
        let link = app.url(&format!("/p/{token}"));

        // Sent with one answer only: 422, every missing answer marked, the one given kept.
        b.goto(&link).await?;
        b.tab_to("the trust_1 answers", |f| f.name == "trust_1").await?;
        b.press(&[Key::Space, Key::Right]).await?;
        submit_by_keyboard(&b).await?;
        b.wait_for_heading("how was").await?;
        let alert = b.count("[role=alert]").await?;
        ensure!(alert == 1, "one alert sums up the errors, not {alert}");
        ensure!(b.body_text().await?.contains("Nothing was saved yet"));
        let marked = b.count(".field-error").await?;
        ensure!(marked == 5, "five required answers missing, {marked} marked");
        ensure!(b.checked("trust_1").await? == Some("2".into()), "the answer given is kept");
        b.audit("survey with errors (422)").await?;

        // An unknown link and an unknown page: 404.
        b.goto(&app.url("/p/not-a-real-token-at-all-xxxxxxxxxxxxxxxxxxxxxx")).await?;
        b.wait_for_heading("Nothing is at this address").await?;
        b.audit("404 unknown survey link").await?;
        b.goto(&app.url("/no/such/page")).await?;
        b.wait_for_heading("Nothing is at this address").await?;
        b.audit("404 unknown page").await?;

        // A closed pulse: 410.
        app.close_pulse(&pulse);
        b.goto(&link).await?;
        b.wait_for_heading("This is no longer available").await?;
        ensure!(b.body_text().await?.contains("closed on"));
        b.audit("410 closed pulse").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_survey_works_without_javascript_on_a_small_phone() {
    let options = Options { width: 320, height: 640, javascript: false, ..Options::default() };
    journey("the_survey_works_without_javascript_on_a_small_phone", options, |b| async move {
        // Page scripts really are off in this session (WebDriver's own scripts still run).
        b.goto("data:text/html,<title>off</title><h1>page</h1><script>document.title='on'</script>").await?;
        ensure!(b.client.title().await? == "off", "page scripts ran: JavaScript is not disabled");

        let app = spawn_app().await;
        let (team, _) = app.seed_team("nojs", 5);
        let pulse = app.open_pulse(&team);
        let (_, token) = app.queued_tokens(&pulse).pop().context("an invitation")?;
        b.goto(&app.url(&format!("/p/{token}"))).await?;
        b.wait_for_heading("how was").await?;
        b.narrow("survey form, no JavaScript").await?;
        fill_by_keyboard(&b, ANSWERS, COMMENT).await?;
        submit_by_keyboard(&b).await?;
        b.wait_for_heading("Thank you").await?;
        b.narrow("thank-you, no JavaScript").await?;
        let (responses, values, _) = stored(&app, &pulse);
        ensure!(responses == 1, "one response stored, not {responses}");
        ensure!(values == expected_answers(), "stored {values:?}");
        Ok(())
    })
    .await
}

/// Where the README's screenshot NAME is written: `docs/screenshots/` when
/// `CANDOR_UPDATE_SCREENSHOTS=1` (to refresh the committed ones), else `target/screenshots/`,
/// so a test run leaves the work tree clean.
pub fn docs_screenshot(name: &str) -> std::path::PathBuf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = if std::env::var("CANDOR_UPDATE_SCREENSHOTS").as_deref() == Ok("1") {
        root.join("docs").join("screenshots")
    } else {
        root.join("target").join("screenshots")
    };
    let _ = std::fs::create_dir_all(&dir);
    dir.join(name)
}
