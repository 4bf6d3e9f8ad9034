//! The domain's refusals in the reader's language (docs/design.md, "Languages"): a form refused
//! by the domain says why in the page's language, keeps what was typed, and the command line
//! still prints the same refusal in English.

use candor::db::schema::{agreements, followups, teams};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_german_admin_is_refused_a_threshold_in_german,
    a_german_admin_is_refused_a_survey_key_in_german,
    an_arabic_lead_is_refused_a_long_note_in_arabic,
    an_arabic_lead_is_refused_an_empty_agreement_in_arabic,
    the_command_line_keeps_the_english_refusal,
    a_german_lead_is_refused_an_action_without_owner_in_german,
    a_german_admin_is_refused_a_threshold_and_a_slug_typed_in_words_in_german,
    a_german_member_of_another_team_is_refused_a_lead_page_in_german,
);

/// Switches `client` to `code` with the language switcher.
async fn speak(app: &TestApp, client: &reqwest::Client, code: &str) {
    let switch = client.get(format!("{}/language?to={code}&back=/", app.address)).send().await.unwrap();
    assert_eq!(switch.status(), 303, "the switcher answers with a redirect");
}

/// The page's text without the isolation marks Fluent puts around arguments in Arabic.
fn plain(page: &str) -> String {
    page.replace(['\u{2068}', '\u{2069}'], "")
}

async fn a_german_admin_is_refused_a_threshold_in_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    speak(&app, &admin, "de").await;
    let typed = [("slug", "design"), ("name", "Design"), ("parent", ""), ("min_group", "12")];
    let (status, _, page) = post_form(&app, &admin, "/admin/teams", &typed).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains(r#"<html lang="de" dir="ltr">"#), "{page}");
    assert!(page.contains("Die Schwelle muss eine Zahl von 3 bis 10 sein."), "the refusal in German: {page}");
    assert!(!page.contains("The threshold must be"), "no English left: {page}");
    assert!(page.contains("value=\"12\"") && page.contains("value=\"design\""), "kept as typed: {page}");
    let added: i64 =
        app.with_conn(|c| teams::table.filter(teams::slug.eq("design")).count().get_result(c).unwrap());
    assert_eq!(added, 0, "nothing was saved");
}

async fn a_german_admin_is_refused_a_survey_key_in_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    app.with_conn(|c| seed_team(c, "umfrage", 5));
    speak(&app, &admin, "de").await;
    let typed =
        [("key", "Not A Key"), ("dimension", "trust"), ("kind", "likert5"), ("text", "We ship on time.")];
    let (status, _, page) = post_form(&app, &admin, "/admin/teams/umfrage/survey/questions", &typed).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("Der Schlüssel „Not A Key“ passt nicht: Verwenden Sie 1 bis 40 Kleinbuchstaben"),
        "the refusal in German: {page}"
    );
    assert!(page.contains("name=\"key\" value=\"Not A Key\""), "kept as typed: {page}");
}

async fn an_arabic_lead_is_refused_a_long_note_in_arabic(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "nabd", 5));
    run_round(&app, "nabd", "2026-09").await;
    let lead = app.sign_in_member(&emails[0]).await;
    speak(&app, &lead, "ar").await;
    let note = "ب".repeat(10_001);
    let typed = [("period", "2026-09"), ("note", note.as_str())];
    let (status, _, page) = post_form(&app, &lead, "/teams/nabd/followups", &typed).await;
    assert_eq!(status, 422, "{page}");
    let page = plain(&page);
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
    assert!(
        page.contains("الملاحظة طويلة جدًا: فيها ١٠٬٠٠١ حرف، ويجب أن تكون الملاحظة من ١ إلى ١٠٬٠٠٠ حرف."),
        "the refusal in Arabic, with Arabic digits: {page}"
    );
    assert!(!page.contains("The note is too long"), "no English left");
    assert!(page.contains(&note), "the note is kept as typed");
    let saved: i64 = app.with_conn(|c| followups::table.count().get_result(c).unwrap());
    assert_eq!(saved, 0, "nothing was saved");
}

async fn an_arabic_lead_is_refused_an_empty_agreement_in_arabic(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "ittifaq", 5));
    let lead = app.sign_in_member(&emails[0]).await;
    speak(&app, &lead, "ar").await;
    let typed = [("title", "Review SLA"), ("body", "  \n\n ")];
    let (status, _, page) = post_form(&app, &lead, "/teams/ittifaq/agreements/new", &typed).await;
    assert_eq!(status, 422, "{page}");
    let page = plain(&page);
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
    assert!(page.contains("النص فارغ: تحتاج الاتفاقية إلى شيء من النص."), "the refusal in Arabic: {page}");
    assert!(page.contains("value=\"Review SLA\""), "the title is kept: {page}");
    let saved: i64 = app.with_conn(|c| agreements::table.count().get_result(c).unwrap());
    assert_eq!(saved, 0, "nothing was saved");
}

async fn the_command_line_keeps_the_english_refusal(backend: Backend) {
    let db = TestDb::new(backend);
    let cases: [(&[&str], &str); 3] = [
        (
            &["team", "add", "design", "--name", "Design", "--min-group", "12"],
            "error: min_group: The threshold must be a number from 3 to 10.",
        ),
        (
            &["team", "set", "design", "--timezone", "Mars/Olympus"],
            "error: --timezone: 'Mars/Olympus' is not a time zone: use a name like Europe/Berlin.",
        ),
        (
            &["team", "set", "design", "--cadence", "weeks:2"],
            "error: --cadence: Every 2 weeks is not possible: choose from 5 to 26 weeks",
        ),
    ];
    assert!(db.candor(&["team", "add", "design", "--name", "Design"]).status.success());
    for (args, expected) in cases {
        let out = db.candor(args);
        let (_, err) = texts(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.starts_with(expected), "{args:?} says {expected:?}: {err}");
    }
}

async fn a_german_lead_is_refused_an_action_without_owner_in_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "folge", 5));
    run_round(&app, "folge", "2026-09").await;
    let lead = app.sign_in_member(&emails[0]).await;
    speak(&app, &lead, "de").await;
    let typed = [
        ("period", "2026-09"),
        ("note", "Wir haben gehört, dass Reviews zu lange warten."),
        ("action_text", "Kürzere Meetings"),
        ("action_owner", ""),
        ("action_due", ""),
    ];
    let (status, _, page) = post_form(&app, &lead, "/teams/folge/followups", &typed).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains(r#"<html lang="de" dir="ltr">"#), "{page}");
    assert!(
        page.contains("Maßnahme 1 braucht eine verantwortliche Person (1 bis 100 Zeichen)."),
        "the refusal in German, naming the row: {page}"
    );
    assert!(!page.contains("needs an owner"), "no English left: {page}");
    assert!(page.contains("Kürzere Meetings"), "kept as typed: {page}");
    let saved: i64 = app.with_conn(|c| followups::table.count().get_result(c).unwrap());
    assert_eq!(saved, 0, "nothing was saved");
}

async fn a_german_admin_is_refused_a_threshold_and_a_slug_typed_in_words_in_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    speak(&app, &admin, "de").await;
    let five = [("slug", "design"), ("name", "Design"), ("parent", ""), ("min_group", "fünf")];
    let (status, _, page) = post_form(&app, &admin, "/admin/teams", &five).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("„fünf“ ist keine Zahl von 3 bis 10"), "the refusal in German: {page}");
    assert!(!page.contains("is not a number"), "no English left: {page}");
    assert!(page.contains("value=\"fünf\""), "kept as typed: {page}");
    let slug = [("slug", "Design Ops"), ("name", "Design"), ("parent", ""), ("min_group", "5")];
    let (status, _, page) = post_form(&app, &admin, "/admin/teams", &slug).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains(
            "„Design Ops“ ist kein Kürzel: Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche"
        ),
        "the refusal in German: {page}"
    );
    assert!(!page.contains("is not a slug"), "no English left: {page}");
    let added: i64 = app.with_conn(|c| teams::table.count().get_result(c).unwrap());
    assert_eq!(added, 0, "nothing was saved");
}

async fn a_german_member_of_another_team_is_refused_a_lead_page_in_german(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "web", 5));
    let (_, others) = app.with_conn(|c| seed_team(c, "ops", 5));
    let member = app.sign_in_member(&others[1]).await;
    speak(&app, &member, "de").await;
    for path in ["/teams/web/agreements/new", "/admin/teams/web"] {
        let page = member.get(format!("{}{path}", app.address)).send().await.unwrap();
        assert_eq!(page.status(), 403, "{path}");
        let page = page.text().await.unwrap();
        assert!(page.contains(r#"<html lang="de" dir="ltr">"#), "{path}: {page}");
        assert!(
            page.contains("Nur die Leads von „Team web“ und Admins können das tun."),
            "{path}: the refusal in German: {page}"
        );
        assert!(!page.contains("Only the leads"), "{path}: no English left: {page}");
    }
    let missing = member.get(format!("{}/teams/nirgends", app.address)).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    let missing = missing.text().await.unwrap();
    assert!(missing.contains("Unter dieser Adresse gibt es kein Team."), "{missing}");
}
