//! The staff-facing surfaces in the person's or the browser's language (docs/design.md,
//! "Languages"): the invitation, the survey, its errors, the people file's language column.

use candor::db::schema::people;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_german_person_is_invited_in_german,
    the_survey_speaks_the_browser_or_the_asked_language,
    a_german_survey_says_its_errors_in_german,
    a_people_file_with_an_unknown_language_is_refused_by_line_and_field
);

fn set_language(app: &TestApp, email: &str, code: &str) {
    app.with_conn(|c| {
        diesel::update(people::table.filter(people::email.eq(email)))
            .set(people::language.eq(code))
            .execute(c)
            .unwrap()
    });
}

async fn a_german_person_is_invited_in_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, emails) = app.with_conn(|c| seed_team(c, "sprachen", 2));
    set_language(&app, &emails[1], "de");
    open_pulse(&app, &team, 7);
    flush_at(&app, chrono::Utc::now().naive_utc()).await;
    let german = maildev_messages_to(&emails[1]).await;
    assert_eq!(german.len(), 1);
    let subject = german[0]["subject"].as_str().unwrap();
    let text = german[0]["text"].as_str().unwrap();
    let html = german[0]["html"].as_str().unwrap();
    assert_eq!(subject, "Team sprachen: 2 Minuten für den Teampuls dieses Monats", "{subject}");
    assert!(text.contains("Hallo Person 1,"), "{text}");
    assert!(text.contains("8 kurze Fragen, etwa 2 Minuten"), "the real count of questions: {text}");
    assert!(text.contains("Stimme voll zu: "), "the quick answers in German: {text}");
    assert!(html.contains(r#"<html lang="de" dir="ltr">"#), "{html}");
    let english = maildev_messages_to(&emails[0]).await;
    let text = english[0]["text"].as_str().unwrap();
    assert!(text.contains("8 short questions, about 2 minutes"), "{text}");
}

async fn the_survey_speaks_the_browser_or_the_asked_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "langues", 1));
    open_pulse(&app, &team, 7);
    let (_, token) = queued_tokens(&app, "invite:").remove(0);
    let url = format!("{}/p/{token}", app.address);
    let french =
        app.client.get(&url).header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5").send().await.unwrap();
    assert_eq!(french.status(), 200);
    let page = french.text().await.unwrap();
    assert!(page.contains(r#"<html lang="fr" dir="ltr">"#), "{page}");
    assert!(page.contains("Envoyer mes réponses") && page.contains("Tout à fait d&#x27;accord"), "{page}");
    let arabic =
        app.client.get(format!("{url}?lang=ar")).header("Accept-Language", "fr").send().await.unwrap();
    let page = arabic.text().await.unwrap();
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
    assert!(page.contains("أرسل إجاباتي") && page.contains("أوافق بشدة"), "{page}");
    let plain = app.client.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(plain.contains(r#"<html lang="en" dir="ltr">"#) && plain.contains("Send my answers"));
}

async fn a_german_survey_says_its_errors_in_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, emails) = app.with_conn(|c| seed_team(c, "fehler", 1));
    set_language(&app, &emails[0], "de");
    open_pulse(&app, &team, 7);
    let (_, token) = queued_tokens(&app, "invite:").remove(0);
    let fields: Vec<(&str, &str)> = VALID_ANSWERS.iter().copied().filter(|(k, _)| *k != "trust_2").collect();
    let refused = post_survey(&app, &token, &fields).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains(r#"<html lang="de" dir="ltr">"#), "{page}");
    assert!(
        page.contains(r#"<p class="field-error" id="trust_2-error">Bitte wähle eine Antwort.</p>"#),
        "{page}"
    );
    assert!(page.contains("Bitte prüfe die unten markierte Antwort."), "{page}");
    // The link's refusals speak the person's language too, once the pulse has closed.
    let unknown = app
        .client
        .get(format!("{}/p/nonsense", app.address))
        .header("Accept-Language", "es")
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    let page = unknown.text().await.unwrap();
    assert!(page.contains("No conocemos este enlace") && page.contains(r#"lang="es""#), "{page}");
}

async fn a_people_file_with_an_unknown_language_is_refused_by_line_and_field(_backend: Backend) {
    use candor::domain::people::parse_people_csv;
    let file = "email,name,team,role,language\nana@example.org,Ana,platform,member,de\nbo@example.org,Bo,platform,member,xx\n";
    let refused = parse_people_csv(file.as_bytes(), "p.csv").unwrap_err().to_string();
    assert!(refused.contains("line 3, language: 'xx' is not a language Candor speaks"), "{refused}");
    let good = "email,name,team,role,language\nana@example.org,Ana,platform,member,DE\ncy@example.org,Cy,platform,member,\n";
    let rows = parse_people_csv(good.as_bytes(), "p.csv").unwrap();
    assert_eq!(rows[0].language, Some(candor::i18n::Lang::De));
    assert_eq!(rows[1].language, None, "an empty cell leaves the language as it is");
}
