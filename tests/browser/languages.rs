//! The survey in the five languages (docs/design.md, "Languages"): chosen by Chromium's own
//! language, Arabic laid out right to left with the scale still reading from "strongly
//! disagree" to "strongly agree", and a language switch that keeps what was typed, with
//! JavaScript on and off.

use anyhow::{Context, ensure};
use fantoccini::key::Key;
use serde_json::json;

use crate::harness::*;
use crate::survey::{ANSWERS, COMMENT, docs_screenshot, expected_answers, fill_by_keyboard, stored};

/// What a person sees in each language: (code, words of the heading, the scale's first
/// label, the send button, the thank-you heading).
const WORDS: [(&str, &str, &str, &str, &str); 5] = [
    ("en", "how was", "Strongly disagree", "Send my answers", "Thank you"),
    ("de", "Wie lief es im", "Stimme überhaupt nicht zu", "Meine Antworten senden", "Danke"),
    ("fr", "comment s'est passé", "Pas du tout d'accord", "Envoyer mes réponses", "Merci"),
    ("es", "¿qué tal fue", "Muy en desacuerdo", "Enviar mis respuestas", "Gracias"),
    ("ar", "كيف كان", "لا أوافق بشدة", "أرسل إجاباتي", "شكرًا لك"),
];

/// A survey link of a fresh pulse (its people's language is the default, English, so the
/// browser's language speaks), and the pulse.
fn survey_link(app: &TestApp, slug: &str) -> anyhow::Result<(String, candor::domain::pulses::Pulse)> {
    let (team, _) = app.seed_team(slug, 5);
    let pulse = app.open_pulse(&team);
    let (_, token) = app.queued_tokens(&pulse).pop().context("an invitation")?;
    Ok((app.url(&format!("/p/{token}")), pulse))
}

/// `<html lang>` and `<html dir>` of the page.
async fn lang_and_dir(b: &Browser) -> anyhow::Result<(String, String)> {
    let v = b.js("const h = document.documentElement; return [h.lang, h.dir];", vec![]).await?;
    let s = |i: usize| v[i].as_str().unwrap_or_default().to_string();
    Ok((s(0), s(1)))
}

/// The text of the label of radio `id`.
async fn label_of(b: &Browser, id: &str) -> anyhow::Result<String> {
    let v = b
        .js("const l = document.querySelector(`label[for=\"${arguments[0]}\"]`); return l ? l.textContent : '';", vec![
            json!(id),
        ])
        .await?;
    Ok(v.as_str().unwrap_or_default().trim().to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_survey_speaks_the_browsers_language() {
    let app = spawn_app().await;
    for (code, heading, first_label, send, _) in WORDS {
        let options = Options { lang: Some(code), ..Options::default() };
        let name = format!("the_survey_speaks_the_browsers_language_{code}");
        let app = &app;
        journey(&name, options, |b| async move {
            let (link, _) = survey_link(app, &format!("lang{code}"))?;
            b.goto(&link).await?;
            b.wait_for_heading(heading).await?;
            ensure!(
                lang_and_dir(&b).await?.0 == code,
                "{code}: <html lang> is {:?}",
                lang_and_dir(&b).await?
            );
            let label = label_of(&b, "trust_1-1").await?;
            ensure!(label == first_label, "{code}: the scale's first label is {label:?}");
            let button = b.js("return document.querySelector('button.primary').textContent;", vec![]).await?;
            ensure!(button.as_str().map(str::trim) == Some(send), "{code}: the send button says {button}");
            let pressed = b.count(&format!("button[name=lang][value={code}][aria-pressed=true]")).await?;
            ensure!(pressed == 1, "{code}: the switcher shows {code} as the language");
            b.audit(&format!("survey in {code}")).await?;
            if code == "de" || code == "ar" {
                // The README's pictures: the survey's top on a phone, in German and in Arabic.
                let shot = docs_screenshot(&format!("survey-{code}.png"));
                b.save_page_png(&shot, 390, Some("fieldset.question:nth-of-type(3)")).await?;
            }
            Ok(())
        })
        .await;
    }
}

/// Where a question's answers are drawn, in value order: (centre x, top) of each radio's
/// label (what a person sees and presses), or of the radio itself with `radios`.
async fn answer_positions(b: &Browser, key: &str, radios: bool) -> anyhow::Result<Vec<(f64, f64)>> {
    let v = b
        .js(
            "return [...document.querySelectorAll(`input[name=\"${arguments[0]}\"]`)]
               .sort((a, b) => Number(a.value) - Number(b.value))
               .map(e => { const r = (arguments[1] ? e : document.querySelector(`label[for=\"${e.id}\"]`)).getBoundingClientRect();
                           return [r.left + r.width / 2, r.top]; });",
            vec![json!(key), json!(radios)],
        )
        .await?;
    let rows = v.as_array().context("the answers")?;
    Ok(rows.iter().map(|r| (r[0].as_f64().unwrap_or_default(), r[1].as_f64().unwrap_or_default())).collect())
}

/// The answers of `key` come in right-to-left reading order: each one after the last on the
/// same line to its left, or on a line below.
async fn reads_right_to_left(b: &Browser, key: &str, width: u32) -> anyhow::Result<()> {
    let at = answer_positions(b, key, false).await?;
    let in_order = at.windows(2).all(|w| {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        ((y1 - y0).abs() < 2.0 && x1 < x0) || y1 > y0 + 2.0
    });
    ensure!(in_order, "at {width} px the {key} answers are not in right-to-left reading order: {at:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_reads_right_to_left_and_the_scale_keeps_its_meaning() {
    let options = Options { width: 390, height: 844, lang: Some("ar"), ..Options::default() };
    journey("arabic_reads_right_to_left_and_the_scale_keeps_its_meaning", options, |b| async move {
        let app = spawn_app().await;
        let (link, pulse) = survey_link(&app, "rtl")?;
        b.goto(&link).await?;
        b.wait_for_heading("كيف كان").await?;
        ensure!(lang_and_dir(&b).await? == ("ar".into(), "rtl".into()), "{:?}", lang_and_dir(&b).await?);
        b.audit("survey in Arabic").await?;
        for (width, height) in [(320, 640), (390, 844), (1024, 900)] {
            b.client.set_window_size(width, height).await?;
            // "Strongly disagree" (1) starts the reading, at the right (or on top, where the
            // answers are stacked); "strongly agree" (5) ends it. The eNPS runs 0 to 10 alike.
            reads_right_to_left(&b, "trust_1", width).await?;
            reads_right_to_left(&b, "enps", width).await?;
            ensure!(label_of(&b, "trust_1-1").await? == "لا أوافق بشدة", "value 1 is strongly disagree");
            ensure!(label_of(&b, "trust_1-5").await? == "أوافق بشدة", "value 5 is strongly agree");
        }
        // On a wide screen the scale is one line: strongly disagree rightmost.
        let line = answer_positions(&b, "trust_1", false).await?;
        ensure!(
            line.len() == 5 && line.iter().all(|(_, y)| (y - line[0].1).abs() < 2.0),
            "one line: {line:?}"
        );
        ensure!(line[0].0 > line[4].0, "value 1 is right of value 5: {line:?}");
        let radios = answer_positions(&b, "trust_1", true).await?;
        ensure!(radios.windows(2).all(|w| w[0].0 > w[1].0), "the radios run right to left: {radios:?}");
        // The reading order is the keyboard's too: Tab reaches the first question's answers,
        // Space chooses the one at the reading start.
        b.goto(&link).await?;
        b.wait_for_heading("كيف كان").await?;
        b.tab_to("the trust_1 answers", |f| f.name == "trust_1").await?;
        b.press(&[Key::Space]).await?;
        ensure!(b.checked("trust_1").await? == Some("1".into()), "Space chose the reading start");
        // Sent with one answer: the errors come back in Arabic, right to left, the answer kept.
        b.tab_to("the send button", |f| f.tag == "button" && f.text.contains("أرسل إجاباتي")).await?;
        b.mark_page().await?;
        b.press(&[Key::Enter]).await?;
        b.wait_for_heading("كيف كان").await?;
        ensure!(lang_and_dir(&b).await? == ("ar".into(), "rtl".into()), "the errors page is Arabic");
        let text = b.body_text().await?;
        ensure!(text.contains("لم يُحفظ أي شيء بعد.") && text.contains("يرجى اختيار إجابة."), "{text}");
        ensure!(b.checked("trust_1").await? == Some("1".into()), "the answer given is kept");
        b.audit("survey in Arabic with errors").await?;

        // Once closed, the link's refusal (410) speaks Arabic too, its menu included.
        app.close_pulse(&pulse);
        b.goto(&link).await?;
        b.wait_for_heading("لم يعد هذا متاحًا").await?;
        ensure!(lang_and_dir(&b).await? == ("ar".into(), "rtl".into()), "the refusal is Arabic");
        let menu = b
            .js("const n = document.querySelector('header nav'); return [n.lang, n.textContent];", vec![])
            .await?;
        ensure!(
            menu[0] == json!("") && menu[1].as_str().unwrap_or("").contains("الرئيسية"),
            "the menu speaks Arabic: {menu}"
        );
        b.audit("410 in Arabic").await?;
        Ok(())
    })
    .await
}

/// Chooses `ANSWERS` and types the comment in English, switches to German, and checks the
/// German page kept both; then sends it and meets the German thank-you page.
async fn switch_keeps_what_was_typed(b: &Browser, app: &TestApp, scripts: bool) -> anyhow::Result<()> {
    let (link, pulse) = survey_link(app, if scripts { "switch" } else { "switchnojs" })?;
    b.goto(&link).await?;
    b.wait_for_heading("how was").await?;
    fill_by_keyboard(b, ANSWERS, COMMENT).await?;
    b.mark_page().await?;
    b.click("button[name=lang][value=de]").await?;
    b.wait_for_heading("Wie lief es im").await?;
    ensure!(lang_and_dir(b).await?.0 == "de", "the page is German");
    for (key, value) in ANSWERS {
        let checked = b.checked(key).await?;
        ensure!(checked == Some(value.to_string()), "{key}: {checked:?} after the switch, not {value}");
    }
    let comment = b.js("return document.querySelector('textarea[name=comment]').value;", vec![]).await?;
    ensure!(comment == json!(COMMENT), "the comment after the switch is {comment}");
    if scripts {
        b.audit("survey switched to German").await?;
    } else {
        b.narrow("survey switched to German, no JavaScript").await?;
    }
    b.tab_to("the Send button", |f| f.tag == "button" && f.text.contains("Meine Antworten senden")).await?;
    b.mark_page().await?;
    b.press(&[Key::Enter]).await?;
    b.wait_for_heading("Danke").await?;
    ensure!(lang_and_dir(b).await?.0 == "de", "the thank-you page is German");
    if scripts {
        b.audit("thank-you in German").await?;
    } else {
        b.narrow("thank-you in German, no JavaScript").await?;
    }
    let (responses, values, comments) = stored(app, &pulse);
    ensure!(responses == 1, "one response stored, not {responses}");
    ensure!(values == expected_answers(), "stored {values:?}");
    ensure!(comments == [COMMENT], "stored comments {comments:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_language_keeps_the_answers_and_the_comment() {
    journey("switching_language_keeps_the_answers_and_the_comment", Options::default(), |b| async move {
        let app = spawn_app().await;
        switch_keeps_what_was_typed(&b, &app, true).await
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_language_keeps_the_answers_without_javascript() {
    let options = Options { javascript: false, ..Options::default() };
    journey("switching_language_keeps_the_answers_without_javascript", options, |b| async move {
        let app = spawn_app().await;
        switch_keeps_what_was_typed(&b, &app, false).await
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_sets_a_persons_language_and_their_survey_speaks_it() {
    let name = "an_admin_sets_a_persons_language_and_their_survey_speaks_it";
    journey(name, Options::default(), |b| async move {
        use candor::db::schema::people;
        use diesel::prelude::*;
        let app = spawn_app().await;
        let (team, emails) = app.seed_team("sprache", 5);
        app.create_admin("admin@candor.test");
        crate::agreements::sign_in_with_password(&b, &app, "admin@candor.test").await?;
        let id: i64 = app
            .with_conn(|c| people::table.filter(people::email.eq(&emails[2])).select(people::id).first(c))?;

        // By keyboard: Tab to the language select, type the first letter of Deutsch, save.
        b.goto(&app.url(&format!("/admin/people/{id}"))).await?;
        b.wait_for_heading("Person 2").await?;
        b.tab_to("the language select", |f| f.tag == "select" && f.name == "language").await?;
        b.type_text("D").await?;
        let chosen = b.js("return document.querySelector('#p-language').value;", vec![]).await?;
        ensure!(chosen == json!("de"), "typing D chose {chosen}");
        b.mark_page().await?;
        b.click("button.primary[type=submit]").await?;
        b.wait_for_heading("Person 2").await?;
        ensure!(b.body_text().await?.contains("Saved."), "saved");
        let shown =
            b.js("return document.querySelector('#p-language option:checked').textContent;", vec![]).await?;
        ensure!(shown == json!("Deutsch"), "the select shows {shown}");
        b.audit("admin person with a language").await?;

        // Their survey speaks German in an English browser; a colleague's stays English.
        let pulse = app.open_pulse(&team);
        let tokens = app.queued_tokens(&pulse);
        let token_of = |email: &str| tokens.iter().find(|(to, _)| to == email).map(|(_, t)| t.clone());
        let german = token_of(&emails[2]).context("their invitation")?;
        b.goto(&app.url(&format!("/p/{german}"))).await?;
        b.wait_for_heading("Wie lief es im").await?;
        let english = token_of(&emails[3]).context("a colleague's invitation")?;
        b.goto(&app.url(&format!("/p/{english}"))).await?;
        b.wait_for_heading("how was").await?;
        Ok(())
    })
    .await
}
