//! The workspace in another language (docs/design.md, "Languages"): a lead's team page in
//! Arabic is right to left and axe-clean on a 390 px phone, and the switcher changes the
//! page's language and stays on the same page.

use anyhow::ensure;

use crate::agreements::{give_password, sign_in_with_password};
use crate::harness::*;

/// One respondent's answers; five of them give a shown month.
const ANSWERS: [(&str, &str); 7] = [
    ("trust_1", "4"),
    ("trust_2", "5"),
    ("clarity_1", "3"),
    ("clarity_2", "4"),
    ("workload_1", "2"),
    ("workload_2", "3"),
    ("enps", "8"),
];

/// `<html lang>`, `<html dir>` and the path of the page.
async fn lang_dir_and_path(b: &Browser) -> anyhow::Result<(String, String, String)> {
    let v = b
        .js("const h = document.documentElement; return [h.lang, h.dir, location.pathname];", vec![])
        .await?;
    let s = |i: usize| v[i].as_str().unwrap_or_default().to_string();
    Ok((s(0), s(1), s(2)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_leads_team_page_in_arabic_is_right_to_left_and_the_switcher_stays_on_the_page() {
    let name = "a_leads_team_page_in_arabic_is_right_to_left_and_the_switcher_stays_on_the_page";
    let options = Options { width: 390, height: 844, ..Options::default() };
    journey(name, options, |b| async move {
        let app = spawn_app().await;
        let (team, emails) = app.seed_team("yamin", 5);
        let pulse = app.open_pulse(&team);
        for (_, token) in app.queued_tokens(&pulse) {
            app.answer(&token, &ANSWERS);
        }
        app.close_pulse(&pulse);
        give_password(&app, &emails[0]);
        sign_in_with_password(&b, &app, &emails[0]).await?;
        let page = "/teams/yamin";
        b.goto(&app.url(page)).await?;
        b.wait_for_heading(&team.name).await?;

        b.mark_page().await?;
        b.click("nav.langs a[lang='ar']").await?;
        b.wait_for_heading(&team.name).await?;
        let (lang, dir, path) = lang_dir_and_path(&b).await?;
        ensure!((lang.as_str(), dir.as_str(), path.as_str()) == ("ar", "rtl", page), "{lang} {dir} {path}");
        let text = b.body_text().await?;
        ensure!(text.contains("باختصار") && text.contains("الثقة"), "the page speaks Arabic: {text}");
        let menu =
            b.js("return getComputedStyle(document.querySelector('header.top')).direction;", vec![]).await?;
        ensure!(menu == "rtl", "the header reads right to left: {menu}");
        b.audit("team page, Arabic, 390 px").await?;

        b.mark_page().await?;
        b.click("nav.langs a[lang='de']").await?;
        b.wait_for_heading(&team.name).await?;
        let (lang, dir, path) = lang_dir_and_path(&b).await?;
        ensure!((lang.as_str(), dir.as_str(), path.as_str()) == ("de", "ltr", page), "{lang} {dir} {path}");
        let text = b.body_text().await?;
        ensure!(text.contains("Kurz gesagt") && text.contains("Abmelden"), "the page speaks German: {text}");
        let current = b.count("nav.langs a[lang='de'][aria-current='true']").await?;
        ensure!(current == 1, "the switcher marks German as the page's language");
        b.audit("team page, German").await?;
        Ok(())
    })
    .await;
}
