//! The workspace in the reader's language (docs/design.md, "Languages"): the switcher's cookie,
//! else the person's language, else Accept-Language, else English; numbers in the language's
//! format; Arabic right to left; the sign-in and summary emails in the recipient's language.

use candor::db::{self, schema::people};
use candor::domain::pulses::close_pulse;
use candor::summaries::queue_summaries;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;
use crate::team_page::answered_pulse;

backend_tests!(
    the_team_and_home_pages_speak_the_browsers_language,
    the_switcher_wins_and_goes_back_to_the_same_page,
    the_persons_language_comes_before_the_browsers,
    an_arabic_team_page_is_right_to_left_with_arabic_digits,
    the_switcher_never_sends_to_another_site,
    a_french_person_gets_the_sign_in_and_summary_emails_in_french,
    follow_ups_agreements_and_the_threshold_warning_speak_german,
    a_refused_form_s_switcher_comes_back_to_a_page,
    the_survey_admin_page_shows_the_library_in_the_readers_language
);

fn set_language(app: &TestApp, email: &str, code: &str) {
    app.with_conn(|c| {
        diesel::update(people::table.filter(people::email.eq(email)))
            .set(people::language.eq(code))
            .execute(c)
            .unwrap()
    });
}

/// A team whose latest closed month shows trust at 4.1, and its lead signed in.
async fn lead_of_a_team_with_results(app: &TestApp, slug: &str) -> (reqwest::Client, Vec<String>) {
    let (team, emails) = app.with_conn(|c| seed_team(c, slug, 6));
    let pulse = answered_pulse(app, &team, "2025-03", 5).await;
    app.close(pulse.id);
    (app.sign_in_member(&emails[0]).await, emails)
}

async fn page(client: &reqwest::Client, url: String, accept_language: Option<&str>) -> String {
    let request = client.get(url);
    let request = match accept_language {
        Some(value) => request.header("Accept-Language", value),
        None => request,
    };
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

async fn the_team_and_home_pages_speak_the_browsers_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let (lead, _) = lead_of_a_team_with_results(&app, "sprache").await;
    let team = page(&lead, format!("{}/teams/sprache", app.address), Some("de-DE,de;q=0.9,en;q=0.5")).await;
    assert!(team.contains(r#"<html lang="de" dir="ltr">"#), "{team}");
    for german in
        ["Kurz gesagt", "Beteiligung", "Vertrauen liegt bei 4,1 von 5", "<span class=\"big\">4,1</span>"]
    {
        assert!(team.contains(german), "{german:?} in {team}");
    }
    assert!(team.contains("März 2025"), "months in German: {team}");
    assert!(team.contains("Abmelden") && !team.contains("Sign out"), "the menu too: {team}");
    let home = page(&lead, format!("{}/", app.address), Some("de")).await;
    assert!(home.contains(r#"<html lang="de" dir="ltr">"#) && home.contains("Deine Teams"), "{home}");
    let english = page(&lead, format!("{}/teams/sprache", app.address), None).await;
    assert!(english.contains(r#"<html lang="en" dir="ltr">"#) && english.contains("Trust is 4.1 of 5"));
}

async fn the_switcher_wins_and_goes_back_to_the_same_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let (lead, _) = lead_of_a_team_with_results(&app, "wechsel").await;
    let before = page(&lead, format!("{}/teams/wechsel", app.address), Some("fr")).await;
    assert!(before.contains(r#"<html lang="fr""#), "the browser's French first: {before}");
    assert!(
        before.contains(
            r#"href="/language?to=de&amp;back=/teams/wechsel" lang="de" hreflang="de">Deutsch</a>"#
        )
    );
    assert!(before.contains(r#"lang="fr" hreflang="fr" aria-current="true">Français</a>"#), "{before}");
    let switch =
        lead.get(format!("{}/language?to=de&back=/teams/wechsel", app.address)).send().await.unwrap();
    assert_eq!(switch.status(), 303);
    assert_eq!(switch.headers()["location"], "/teams/wechsel", "back to the same page");
    let after = page(&lead, format!("{}/teams/wechsel", app.address), Some("fr")).await;
    assert!(after.contains(r#"<html lang="de" dir="ltr">"#), "the switcher beats the browser: {after}");
    assert!(after.contains("4,1") && after.contains("Auf einen Blick"), "{after}");
    let unknown = lead.get(format!("{}/language?to=xx&back=/", app.address)).send().await.unwrap();
    assert_eq!(unknown.status(), 422, "an unknown language is the user's mistake, not a 500");
}

async fn the_persons_language_comes_before_the_browsers(backend: Backend) {
    let app = spawn_app(backend).await;
    let (lead, emails) = lead_of_a_team_with_results(&app, "personne").await;
    set_language(&app, &emails[0], "fr");
    let team = page(&lead, format!("{}/teams/personne", app.address), Some("de")).await;
    assert!(team.contains(r#"<html lang="fr" dir="ltr">"#), "{team}");
    assert!(team.contains("Confiance : 4,1 sur 5") && team.contains("En bref"), "{team}");
    let home = page(&lead, format!("{}/", app.address), Some("de")).await;
    assert!(home.contains("Vos équipes"), "{home}");
}

async fn an_arabic_team_page_is_right_to_left_with_arabic_digits(backend: Backend) {
    let app = spawn_app(backend).await;
    let (lead, _) = lead_of_a_team_with_results(&app, "arabi").await;
    let switch = lead.get(format!("{}/language?to=ar&back=/teams/arabi", app.address)).send().await.unwrap();
    assert_eq!(switch.status(), 303);
    let team = page(&lead, format!("{}/teams/arabi", app.address), None).await;
    assert!(team.contains(r#"<html lang="ar" dir="rtl">"#), "{team}");
    assert!(team.contains("باختصار") && team.contains("الثقة"), "{team}");
    assert!(team.contains("<span class=\"big\">٤٫١</span>"), "CLDR's Arabic digits: {team}");
    let missing = lead.get(format!("{}/teams/nope", app.address)).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    let missing = missing.text().await.unwrap();
    assert!(missing.contains(r#"<html lang="ar" dir="rtl">"#), "error pages too: {missing}");
    assert!(missing.contains("العربية</a>"), "with the switcher: {missing}");
}

async fn the_switcher_never_sends_to_another_site(backend: Backend) {
    let app = spawn_app(backend).await;
    for back in ["https://evil.example", "//evil.example/x", "/\\evil.example", "evil.example"] {
        let response = app
            .client
            .get(format!("{}/language", app.address))
            .query(&[("to", "de"), ("back", back)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "{back}");
        assert_eq!(response.headers()["location"], "/", "{back} goes home instead");
        assert!(response.headers()["set-cookie"].to_str().unwrap().starts_with("candor_lang=de"), "{back}");
    }
}

async fn a_french_person_gets_the_sign_in_and_summary_emails_in_french(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.login_rate_per_minute = 0).await;
    if service_url("CANDOR_TEST_MAILDEV_API").is_none() {
        return;
    }
    let (team, emails) = app.with_conn(|c| seed_team(c, "courrier", 6));
    set_language(&app, &emails[0], "fr");
    let client = cookie_client();
    let form = client.get(format!("{}/login", app.address)).send().await.unwrap().text().await.unwrap();
    let sent = client
        .post(format!("{}/login", app.address))
        .form(&[("email", emails[0].as_str()), ("csrf", &csrf_in(&form)), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert!(sent.status().is_success() || sent.status().is_redirection(), "{}", sent.status());

    let pulse = answered_pulse(&app, &team, "2025-03", 5).await;
    let composer = app.state.composer.clone();
    let now = chrono::Utc::now().naive_utc();
    app.with_conn(|c| {
        db::write(c, |c| {
            close_pulse(c, &app.state.answer_key, pulse.id)?;
            queue_summaries(c, &composer, &[pulse.id], now)
        })
    })
    .unwrap();
    flush_at(&app, now).await;
    let mail = maildev_messages_to(&emails[0]).await;
    let with_subject = |subject: &str| {
        mail.iter().find(|m| m["subject"] == subject).unwrap_or_else(|| panic!("{subject:?} in {mail:#?}"))
    };
    let sign_in = with_subject("Votre lien de connexion à Candor");
    assert!(sign_in["text"].as_str().unwrap().contains("Utilisez ce lien pour vous connecter à Candor"));
    assert!(sign_in["html"].as_str().unwrap().contains(r#"<html lang="fr" dir="ltr">"#));
    let summary = with_subject("Team courrier : résultats du pouls de mars 2025");
    let text = summary["text"].as_str().unwrap();
    assert!(text.contains("Bonjour Person 0,") && text.contains("Confiance : 4,1 sur 5"), "{text}");
    assert!(text.contains("5 personnes invitées sur 6 ont répondu."), "{text}");
    assert!(summary["html"].as_str().unwrap().contains(r#"<html lang="fr" dir="ltr">"#));
    let english = maildev_messages_to(&emails[1]).await;
    assert!(english.iter().all(|m| !m["subject"].as_str().unwrap_or("").contains("résultats")));
}

/// The lists on the team page (follow-ups with their months and due dates, agreements with
/// their next review) and the threshold warning are in the page's language, not English.
async fn follow_ups_agreements_and_the_threshold_warning_speak_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let (lead, _) = lead_of_a_team_with_results(&app, "liste").await;
    let follow_up = [
        ("period", "2025-03"),
        ("note", "Wir haben zugehört."),
        ("action_text", "Reviews am selben Tag"),
        ("action_owner", "Person 1"),
        ("action_due", "2030-01-15"),
    ];
    assert_eq!(post_form(&app, &lead, "/teams/liste/followups", &follow_up).await.0, 303);
    let agreement = [
        ("title", "Wer entscheidet"),
        ("body", "Produkt entscheidet das Was."),
        ("review_every", "30"),
        ("action", "save"),
    ];
    let (status, _, body) = post_form(&app, &lead, "/teams/liste/agreements/new", &agreement).await;
    assert_eq!(status, 303, "{body}");
    let team = page(&lead, format!("{}/teams/liste", app.address), Some("de")).await;
    assert!(team.contains("März 2025"), "the follow-up's month: {team}");
    assert!(team.contains("15. Januar 2030") && !team.contains("15 January 2030"), "its due date: {team}");
    for english in ["January", "February", "March", "June", "July", "October", "December"] {
        assert!(!team.contains(english), "no English month left ({english}): {team}");
    }
    let threshold = app.with_conn(|c| {
        diesel::update(candor::db::schema::teams::table)
            .set(candor::db::schema::teams::min_group.eq(8))
            .execute(c)
            .unwrap()
    });
    assert_eq!(threshold, 1);
    let warned = page(&lead, format!("{}/teams/liste", app.address), Some("de")).await;
    assert!(
        warned.contains("6 Personen antworten für Team liste und die Schwelle liegt bei 8"),
        "the warning in German: {warned}"
    );
}

/// A refused form is answered by its POST address, which is no page: the language switcher
/// on that page comes back to the page above it, which can be read.
async fn a_refused_form_s_switcher_comes_back_to_a_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let (lead, _) = lead_of_a_team_with_results(&app, "zurueck").await;
    let no_owner = [("period", "2025-03"), ("note", "x"), ("action_text", "Do it"), ("action_owner", "")];
    let (status, _, refused) = post_form(&app, &lead, "/teams/zurueck/followups", &no_owner).await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused.contains(r#"href="/language?to=de&amp;back=/teams/zurueck" lang="de""#), "{refused}");
    let back = lead.get(format!("{}/teams/zurueck", app.address)).send().await.unwrap();
    assert_eq!(back.status(), 200, "where the switcher goes is a page");
    let (status, _, page) =
        post_form(&app, &lead, "/teams/zurueck/agreements/new", &[("title", " "), ("body", "Text")]).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains(r#"back=/teams/zurueck/agreements/new" lang="de""#),
        "a form that is also a page comes back to itself: {page}"
    );
}

/// The survey page of the admin: the library's questions, sets and dimensions in German, not
/// the English they are stored in.
async fn the_survey_admin_page_shows_the_library_in_the_readers_language(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "fragen", 5));
    let admin = app.admin_client().await.clone();
    let page = page(&admin, format!("{}/admin/teams/fragen/survey", app.address), Some("de")).await;
    for german in [
        "Ich kann in diesem Team ein Problem ansprechen, ohne mir Sorgen zu machen",
        "Set Team-Puls",
        "Vertrauen, Klarheit und Arbeitslast",
        "<h3>Dimension: Vertrauen</h3>",
    ] {
        assert!(page.contains(german), "{german:?} in {page}");
    }
    assert!(!page.contains("I can raise a problem in this team"), "no English question: {page}");
    assert!(!page.contains("Trust, clarity and workload balance"), "no English set: {page}");
}
