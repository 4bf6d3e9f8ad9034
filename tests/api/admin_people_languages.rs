//! The admin pages of people, teams and API tokens in the reader's language: German words and
//! no English heading or button left, Arabic right to left with Arabic-Indic digits, a refused
//! form's message and a notice after a save in German.

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    the_people_pages_speak_german_and_arabic,
    the_people_import_speaks_german_and_arabic,
    the_team_pages_speak_german_and_arabic,
    the_token_page_speaks_german_and_arabic
);

/// The page at `path` as the admin, in the browser's `accept` language: (status, page).
async fn read(app: &TestApp, path: &str, accept: &str) -> (u16, String) {
    let admin = app.admin_client().await;
    let response =
        admin.get(format!("{}{path}", app.address)).header("Accept-Language", accept).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The admin's pages in German from now on, through the language switcher.
async fn switch_to_german(app: &TestApp) {
    let admin = app.admin_client().await;
    let switch = admin.get(format!("{}/language?to=de&back=/admin", app.address)).send().await.unwrap();
    assert_eq!(switch.status(), 303);
}

/// The page at `path` as the admin in the switcher's language: its body, which must be a 200.
async fn german(app: &TestApp, path: &str) -> String {
    let (status, page) = read(app, path, "en").await;
    assert_eq!(status, 200, "{path}: {page}");
    assert!(page.contains(r#"<html lang="de" dir="ltr">"#), "{path}: {page}");
    page
}

/// Asserts an Arabic page: right to left, with `words` and Arabic-Indic digits.
fn assert_arabic(page: &str, words: &[&str]) {
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#), "{page}");
    for word in words {
        assert!(page.contains(word), "{word:?} in {page}");
    }
    assert!(page.chars().any(|c| ('٠'..='٩').contains(&c)), "Arabic-Indic digits: {page}");
}

fn assert_none_of(page: &str, english: &[&str]) {
    for word in english {
        assert!(!page.contains(word), "English {word:?} left in {page}");
    }
}

async fn the_people_pages_speak_german_and_arabic(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "design", 4));
    let (status, arabic) = read(&app, "/admin/people", "ar").await;
    assert_eq!(status, 200);
    assert_arabic(&arabic, &["إضافة فرد", "من أصل", "عضو", "قائد"]);

    switch_to_german(&app).await;
    let list = german(&app, "/admin/people").await;
    for word in ["<h1>Personen</h1>", "Eine Person hinzufügen", "Hinzufügen</button>", "Suchen</button>"] {
        assert!(list.contains(word), "{word:?} in {list}");
    }
    assert!(list.contains("Mitglied") && list.contains("Antwortet für"), "{list}");
    assert_none_of(&list, &["Add a person", ">Search<", "Answers for", "Import a people file"]);

    let admin = app.admin_client().await;
    let bad = [("name", "Zoë"), ("email", "not-an-address"), ("team", "design"), ("role", "member")];
    let (status, _, refused) = post_form(&app, admin, "/admin/people", &bad).await;
    assert_eq!(status, 422);
    assert!(refused.contains("Nichts wurde gespeichert."), "{refused}");
    assert!(
        refused.contains("E-Mail-Adresse: „not-an-address“ ist keine gültige E-Mail-Adresse"),
        "{refused}"
    );

    let good = [("name", "Zoë"), ("email", "zoe@lang.test"), ("team", "design"), ("role", "lead")];
    let (status, location, _) = post_form(&app, admin, "/admin/people", &good).await;
    assert_eq!(status, 303, "{location}");
    let person = german(&app, &location).await;
    assert!(person.contains("Hinzugefügt. Die Person wird ab dem nächsten Puls"), "{person}");
    for word in ["Weggang", "Deaktivieren</button>", "Speichern</button>", "Zu einem Team hinzufügen"] {
        assert!(person.contains(word), "{word:?} in {person}");
    }
    assert_none_of(&person, &["Leaving", "Deactivate", ">Save<", "answers for it"]);

    let path = location.split('?').next().unwrap().to_string();
    let (status, _, refused) = post_form(&app, admin, &format!("{path}/remove"), &[]).await;
    assert_eq!(status, 422);
    assert!(refused.contains("Setzen Sie das Häkchen"), "{refused}");
    let (status, back, _) = post_form(&app, admin, &format!("{path}/active"), &[("active", "false")]).await;
    assert_eq!(status, 303);
    let deactivated = german(&app, &back).await;
    assert!(deactivated.contains("Deaktiviert: Ihre Einladungen") && deactivated.contains("Reaktivieren"));
    let (status, arabic) = read(&app, &path, "ar").await;
    assert_eq!(status, 200);
    assert!(arabic.contains(r#"<html lang="de""#), "the switcher's choice beats the browser: {arabic}");
}

async fn the_people_import_speaks_german_and_arabic(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "design", 3));
    let (status, arabic) = read(&app, "/admin/people/import", "ar").await;
    assert_eq!(status, 200);
    assert!(
        arabic.contains(r#"<html lang="ar" dir="rtl">"#) && arabic.contains("استيراد ملف أفراد"),
        "{arabic}"
    );

    switch_to_german(&app).await;
    let form = german(&app, "/admin/people/import").await;
    assert!(form.contains("<h1>Eine Personendatei importieren</h1>") && form.contains("Vorschau</button>"));
    assert!(form.contains("<code>email,name,team,role</code>"), "the markup of the hint stays: {form}");
    assert_none_of(&form, &["Import a people file", "Preview"]);

    let csrf = csrf_in(&form);
    let upload = |csv: &'static str| {
        let part = reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("leute.csv");
        reqwest::multipart::Form::new().text("csrf", csrf.clone()).part("file", part)
    };
    let admin = app.admin_client().await;
    let url = format!("{}/admin/people/import", app.address);
    let bad = admin.post(&url).multipart(upload("email,name,team,role\nfe@imp.test,Fe,sales,member\n"));
    let bad = bad.send().await.unwrap();
    assert_eq!(bad.status(), 422);
    let bad = bad.text().await.unwrap();
    assert!(bad.contains("Nichts wurde importiert.") && bad.contains("Die Datei hat 1 Problem"), "{bad}");
    assert!(bad.contains("<li>Zeile 2, team:"), "{bad}");

    let good = admin.post(&url).multipart(upload("email,name,team,role\nfe@imp.test,Fe,design,member\n"));
    let preview = good.send().await.unwrap().text().await.unwrap();
    assert!(preview.contains("Das würde <strong>leute.csv</strong> bewirken"), "{preview}");
    assert!(preview.contains("Hinzugefügt (1)") && preview.contains("Importieren</button>"), "{preview}");
    assert_none_of(&preview, &["would do", "Added (", "Choose another file"]);
    let confirm = [("csrf", csrf.as_str()), ("csv", "email,name,team,role\nfe@imp.test,Fe,design,member\n")];
    let done = admin.post(format!("{url}/confirm")).form(&[confirm[0], confirm[1], ("absent", "keep")]);
    let done = done.send().await.unwrap().text().await.unwrap();
    assert!(done.contains("Importiert: 1 hinzugefügt, 0 geändert, 0 verschoben"), "{done}");
    assert!(done.contains("Zurück zu den Personen"), "{done}");
}

async fn the_team_pages_speak_german_and_arabic(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "design", 4));
    let (status, arabic) = read(&app, "/admin/teams", "ar").await;
    assert_eq!(status, 200);
    assert_arabic(&arabic, &["إنشاء فريق", "لا تُبلغ أبدًا", "شهريًا"]);
    let (status, arabic) = read(&app, "/admin/teams/design", "ar").await;
    assert_eq!(status, 200);
    assert_arabic(&arabic, &["إعدادات الفريق", "كل شهر، في أول يوم عمل منه"]);

    switch_to_german(&app).await;
    let list = german(&app, "/admin/teams").await;
    for word in
        ["Ein Team anlegen", "Das Team anlegen</button>", "nie erreicht", "monatlich, nicht gestartet"]
    {
        assert!(list.contains(word), "{word:?} in {list}");
    }
    assert_none_of(&list, &["Create a team", "never reached", "not launched", "Threshold"]);

    let admin = app.admin_client().await;
    let five = [("slug", "web"), ("name", "Web"), ("parent", ""), ("min_group", "five")];
    let (status, _, refused) = post_form(&app, admin, "/admin/teams", &five).await;
    assert_eq!(status, 422);
    assert!(refused.contains("Schwelle: „five“ ist keine Zahl von 3 bis 10"), "{refused}");
    assert!(refused.contains("id=\"team-min\"") && refused.contains("aria-invalid=\"true\""), "{refused}");
    let taken = [("slug", "design"), ("name", "Design"), ("parent", ""), ("min_group", "5")];
    let (status, _, refused) = post_form(&app, admin, "/admin/teams", &taken).await;
    assert_eq!(status, 409);
    assert!(refused.contains("Kürzel: Ein Team „design“ gibt es schon"), "{refused}");
    assert!(
        refused.contains("aria-describedby=\"team-slug-hint form-error\""),
        "the field is marked: {refused}"
    );

    let settings = german(&app, "/admin/teams/design").await;
    for word in
        ["Teameinstellungen", "Jeden Monat, an seinem ersten Arbeitstag", "Zeitzone", "4 Personen antworten"]
    {
        assert!(settings.contains(word), "{word:?} in {settings}");
    }
    assert!(settings.contains("Eine Umbenennung behält das Kürzel <code>design</code>"), "{settings}");
    assert_none_of(&settings, &["Time zone", "Back to the team", "Renaming keeps", "can never be shown"]);
    let form = [("name", "Design"), ("timezone", "Mars/Olympus"), ("cadence", "monthly"), ("days_open", "7")];
    let (status, _, refused) = post_form(&app, admin, "/admin/teams/design", &form).await;
    assert_eq!(status, 422);
    assert!(refused.contains("Nichts wurde gespeichert.") && refused.contains("Zeitzone: "), "{refused}");
    let form =
        [("name", "Design"), ("timezone", "Europe/Berlin"), ("cadence", "monthly"), ("days_open", "7")];
    let (status, location, _) = post_form(&app, admin, "/admin/teams/design", &form).await;
    assert_eq!(status, 303);
    assert!(german(&app, &location).await.contains("<p class=\"saved\" role=\"status\">Gespeichert.</p>"));
    let (status, _, _) = post_form(&app, admin, "/admin/teams/design/archive", &[]).await;
    assert_eq!(status, 303);
    let archived = german(&app, "/admin/teams/design").await;
    let month = chrono::Utc::now().format("%Y").to_string();
    assert!(archived.contains("Archiviert am ") && archived.contains(&month), "{archived}");
    assert!(archived.contains("Design aus dem Archiv holen</button>"), "{archived}");
}

async fn the_token_page_speaks_german_and_arabic(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, arabic) = read(&app, "/admin/tokens", "ar").await;
    assert_eq!(status, 200);
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#) && arabic.contains("إنشاء رمز"), "{arabic}");

    switch_to_german(&app).await;
    let page = german(&app, "/admin/tokens").await;
    for word in ["<h1>API-Tokens</h1>", "Ein Token erstellen", "Noch keine API-Tokens.", "Teamberichte lesen"]
    {
        assert!(page.contains(word), "{word:?} in {page}");
    }
    assert_none_of(&page, &["Make a token", "No API tokens yet", "Acts for"]);

    let admin = app.admin_client().await;
    let nameless = [("name", ""), ("email", "admin@candor.test"), ("scope", "reports:read")];
    let (status, _, refused) = post_form(&app, admin, "/admin/tokens", &nameless).await;
    assert_eq!(status, 422);
    assert!(refused.contains("Es wurde kein Token erstellt."), "{refused}");
    assert!(refused.contains("Name: Geben Sie dem Token einen Namen von 1 bis 100 Zeichen"), "{refused}");
    let made = [("name", "dashboards"), ("email", "admin@candor.test"), ("scope", "reports:read")];
    let (status, _, page) = post_form(&app, admin, "/admin/tokens", &made).await;
    assert_eq!(status, 200);
    assert!(page.contains("Kopieren Sie es jetzt: Es wird nur einmal gezeigt."), "{page}");
    assert!(page.contains("„dashboards“ für admin@candor.test") && page.contains("Widerrufen</button>"));
    let id = page.split("/admin/tokens/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let (status, location, _) = post_form(&app, admin, &format!("/admin/tokens/{id}/revoke"), &[]).await;
    assert_eq!(status, 303);
    let revoked = german(&app, &location).await;
    assert!(revoked.contains("Widerrufen. Das Token funktioniert ab sofort nicht mehr."), "{revoked}");
    assert!(revoked.contains("widerrufen 20"), "{revoked}");
    let (status, arabic) = read(&app, "/admin/tokens", "ar").await;
    assert!(status == 200 && arabic.contains(r#"<html lang="de""#), "the switcher's choice stays");
}
