//! The admin pages that run Candor in the reader's language (docs/design.md, "Languages"): the
//! pulses list, launching one team or all, opening a pulse now, a pulse's delivery, the
//! invitation preview, the outbox, the audit log and webhooks speak German when the switcher
//! says so, with their notices and refusals; in Arabic they are right to left with Arabic
//! words and digits. Machine values (states in addresses, form names) stay as they are.

use candor::domain::pulse_board;
use candor::domain::teams::Team;
use candor::i18n::{Lang, month_label};
use chrono::Utc;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    the_pulses_list_and_launching_speak_german,
    opening_now_and_the_delivery_page_speak_german,
    the_invitation_preview_and_launch_all_speak_german,
    the_pulse_pages_in_arabic_are_right_to_left_with_arabic_digits,
    the_outbox_speaks_german_and_arabic,
    the_audit_log_speaks_german_and_arabic,
    webhooks_speak_german_and_arabic
);

/// The admin's client, its pages switched to `code` by the language switcher.
async fn admin_in(app: &TestApp, code: &str) -> reqwest::Client {
    let admin = app.admin_client().await.clone();
    let switch = admin.get(format!("{}/language?to={code}&back=/admin", app.address)).send().await.unwrap();
    assert_eq!(switch.status(), 303);
    admin
}

/// (status, body) of a GET, with Fluent's isolation marks and Tera's escaped slashes removed.
async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
    let status = response.status().as_u16();
    (status, readable(&response.text().await.unwrap()))
}

fn readable(page: &str) -> String {
    page.replace(['\u{2068}', '\u{2069}'], "").replace("&#x2F;", "/").replace("&amp;", "&")
}

/// Asserts that `page` has every one of `words` and none of `english`.
fn speaks(page: &str, words: &[&str], english: &[&str]) {
    for word in words {
        assert!(page.contains(word), "{word:?} in {page}");
    }
    for left in english {
        assert!(!page.contains(left), "no English {left:?} left in {page}");
    }
}

/// The month a pulse of `team` opened now is about, by name in `lang`.
fn this_month(lang: Lang, team: &Team) -> String {
    month_label(lang, pulse_board::this_month(team, Utc::now()).first_day())
}

async fn the_pulses_list_and_launching_speak_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, people) = app.with_conn(|c| seed_team(c, "sprache", 6));
    let member = app.sign_in_member(&people[1]).await;
    let switch = member.get(format!("{}/language?to=de&back=/", app.address)).send().await.unwrap();
    assert_eq!(switch.status(), 303);
    let (status, refused) = get(&app, &member, "/admin/pulses").await;
    assert_eq!(status, 403);
    speaks(&refused, &["Nur Admins und Teamleitungen führen Pulse durch."], &["Only admins"]);
    let admin = admin_in(&app, "de").await;
    let (status, missing) = get(&app, &admin, "/admin/pulses/teams/Kein_Team!/open").await;
    assert_eq!(status, 404);
    assert!(missing.contains("An dieser Adresse gibt es kein Team."), "{missing}");
    let (status, list) = get(&app, &admin, "/admin/pulses").await;
    assert_eq!(status, 200);
    speaks(
        &list,
        &[
            r#"<html lang="de" dir="ltr">"#,
            "<h1>Pulse</h1>",
            "Nicht gestartet: Für Team sprache öffnet sich kein Puls",
            "jeden Monat, am ersten Werktag",
            "Jetzt einen Puls öffnen…",
            "(er würde 6 Personen einladen)",
            "Die Umfrage ansehen",
        ],
        &["Not launched", "Open a pulse now", "Preview the survey", "6 people"],
    );
    let (status, confirm) = get(&app, &admin, "/admin/pulses/teams/sprache/launch").await;
    assert_eq!(status, 200);
    speaks(
        &confirm,
        &[
            "Pulse für Team sprache starten?",
            "Jeden Monat, am ersten Werktag",
            "lädt 6 Personen ein",
            "Jetzt nicht",
        ],
        &["Launch pulses for", "Launch its pulses", "Not now", "invites 6 people"],
    );
    let (status, location, _) = post_form(&app, &admin, "/admin/pulses/teams/sprache/launch", &[]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/pulses?done=launched"));
    let (_, list) = get(&app, &admin, "/admin/pulses?done=launched").await;
    speaks(
        &list,
        &["Gestartet. Der Planer öffnet den Puls jedes Monats", "Gestartet: Pulse öffnen sich jeden Monat"],
        &["Launched. The scheduler", "Launched: pulses open"],
    );
}

async fn opening_now_and_the_delivery_page_speak_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "offen", 6));
    let admin = admin_in(&app, "de").await;
    let (status, confirm) = get(&app, &admin, "/admin/pulses/teams/offen/open").await;
    assert_eq!(status, 200);
    let month = this_month(Lang::De, &team);
    speaks(
        &confirm,
        &[
            "Jetzt einen Puls für Team offen öffnen?",
            &format!("Ein Puls über {month} öffnet sich jetzt und lädt 6 Personen ein"),
            ">Tage offen</label>",
            "1 bis 60 Tage",
            "Den Puls öffnen und die Einladungen senden",
        ],
        &["Days open", "Open the pulse and send", "Not now"],
    );
    let (status, _, refused) =
        post_form(&app, &admin, "/admin/pulses/teams/offen/open", &[("days", "0")]).await;
    assert_eq!(status, 422);
    let refused = readable(&refused);
    speaks(
        &refused,
        &[
            "Es wurde nichts geöffnet.",
            "Die Tage offen müssen eine ganze Zahl von 1 bis 60 sein.",
            "value=\"0\"",
        ],
        &["Nothing was opened", "must be a whole number"],
    );

    let (status, location, _) =
        post_form(&app, &admin, "/admin/pulses/teams/offen/open", &[("days", "5")]).await;
    assert_eq!(status, 303);
    let (status, delivery) = get(&app, &admin, &location).await;
    assert_eq!(status, 200);
    speaks(
        &delivery,
        &[
            &format!("Team offen: der Puls für {month}"),
            "Geöffnet: Seine Einladungen warten",
            "Offen bis ",
            "<th scope=\"row\">Einladung</th><td class=\"num\">6</td>",
            ">wartend</th>",
            "Die 6 wartenden abbrechen",
            "Vorzeitig schließen",
            "Diesen Puls jetzt schließen",
        ],
        &["Opened: its invitations", "Open until", "Close early", "Cancel the", ">Invitation<", ">queued<"],
    );
    let id = location.strip_prefix("/admin/pulses/").and_then(|r| r.split('?').next()).unwrap();
    let (status, _, _) = post_form(&app, &admin, &format!("/admin/pulses/{id}/cancel"), &[]).await;
    assert_eq!(status, 303);
    let (_, cancelled) = get(&app, &admin, &format!("/admin/pulses/{id}?done=cancelled")).await;
    speaks(&cancelled, &["Die wartenden E-Mails sind abgebrochen"], &["The queued emails are cancelled"]);
}

async fn the_invitation_preview_and_launch_all_speak_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let slug = format!("vorschau-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
    app.with_conn(|c| seed_team(c, &slug, 5));
    app.with_conn(|c| seed_team(c, "zweites", 3));
    let admin = admin_in(&app, "de").await;
    let path = format!("/admin/pulses/teams/{slug}/invitation");
    let (status, preview) = get(&app, &admin, &path).await;
    assert_eq!(status, 200);
    speaks(
        &preview,
        &[
            &format!("Die Einladung, die die Leute von Team {slug} bekommen"),
            "<h2>Betreff</h2>",
            "Sich selbst einen Test schicken",
            "Mir eine Testeinladung schicken",
            "(jede Person bekommt sie in ihrer eigenen Sprache)",
        ],
        &["Send yourself a test", "<h2>Subject</h2>", "Send me a test invitation"],
    );
    assert!(preview.contains("8 short questions"), "the email itself stays in the recipient's English");
    let (status, location, _) =
        post_form(&app, &admin, &format!("/admin/pulses/teams/{slug}/test"), &[]).await;
    assert_eq!(status, 303);
    let (_, sent) = get(&app, &admin, &location).await;
    speaks(&sent, &["Eine Testeinladung an Sie wartet auf den Versand."], &["A test invitation to you"]);

    let (_, list) = get(&app, &admin, "/admin/pulses").await;
    assert!(list.contains("Alle 2 wartenden Teams starten…"), "{list}");
    let (status, all) = get(&app, &admin, "/admin/pulses/launch").await;
    assert_eq!(status, 200);
    speaks(
        &all,
        &["Pulse für 2 Teams starten?", "insgesamt 8 Personen ein", "Alle starten"],
        &["Launch them all", "in all", "Launch pulses for"],
    );
    let (status, _, _) = post_form(&app, &admin, "/admin/pulses/launch", &[]).await;
    assert_eq!(status, 303);
    let (_, none) = get(&app, &admin, "/admin/pulses/launch").await;
    speaks(
        &none,
        &["Jedes Team ist bereits gestartet.", "Pulse für 0 Teams starten?"],
        &["Every team is launched"],
    );
}

async fn the_pulse_pages_in_arabic_are_right_to_left_with_arabic_digits(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "arabi", 6));
    let admin = admin_in(&app, "ar").await;
    let (status, list) = get(&app, &admin, "/admin/pulses").await;
    assert_eq!(status, 200);
    speaks(
        &list,
        &[r#"<html lang="ar" dir="rtl">"#, "<h1>النبضات</h1>", "افتح نبضًا الآن", "(سيدعو ٦ أشخاص)"],
        &["Open a pulse now", "6 people"],
    );
    let (status, _, refused) =
        post_form(&app, &admin, "/admin/pulses/teams/arabi/open", &[("days", "99")]).await;
    assert_eq!(status, 422);
    assert!(readable(&refused).contains("يجب أن تكون أيام الفتح عددًا صحيحًا من ١ إلى ٦٠."), "{refused}");
    let (status, location, _) =
        post_form(&app, &admin, "/admin/pulses/teams/arabi/open", &[("days", "5")]).await;
    assert_eq!(status, 303);
    let (_, delivery) = get(&app, &admin, &location).await;
    speaks(
        &delivery,
        &[
            r#"dir="rtl""#,
            &format!("arabi: نبض {}", this_month(Lang::Ar, &team)),
            "<th scope=\"row\">دعوة</th><td class=\"num\">٦</td>",
            "فُتح: دعواته في الانتظار",
            "الإغلاق المبكر",
        ],
        &["Close early", ">Invitation<"],
    );
}

async fn the_outbox_speaks_german_and_arabic(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "post", 6));
    let admin = admin_in(&app, "de").await;
    let (status, _, _) = post_form(&app, &admin, "/admin/pulses/teams/post/open", &[("days", "5")]).await;
    assert_eq!(status, 303);
    let (status, outbox) = get(&app, &admin, "/admin/outbox").await;
    assert_eq!(status, 200);
    speaks(
        &outbox,
        &[
            "<h1>Postausgang</h1>",
            "Seite 1 von 1 · 6 E-Mails",
            "<option value=\"queued\">wartend</option>",
            "<option value=\"invite\">Einladung</option>",
            "Jeder Status",
            ">Anzeigen</button>",
            ">Letzter Fehler</th>",
        ],
        &["Any state", "Page 1 of 1", ">Show<", "Last error", "<td data-label=\"State\">queued"],
    );
    let (status, refused) = get(&app, &admin, "/admin/outbox?state=lost").await;
    assert_eq!(status, 422);
    speaks(&refused, &["Status: „lost“ ist kein Status; wählen Sie queued, sending"], &["is not a state"]);
    let (status, refused) = get(&app, &admin, "/admin/outbox?team=nirgends").await;
    assert_eq!(status, 422);
    assert!(refused.contains("Team: Es gibt kein Team „nirgends“"), "{refused}");

    let arabic = admin_in(&app, "ar").await;
    let (status, outbox) = get(&app, &arabic, "/admin/outbox?kind=invite").await;
    assert_eq!(status, 200);
    speaks(
        &outbox,
        &[
            r#"<html lang="ar" dir="rtl">"#,
            "<h1>صندوق الصادر</h1>",
            "الصفحة ١ من ١ · ٦ رسائل",
            ">في الانتظار<",
        ],
        &["Any state", "emails"],
    );
}

async fn the_audit_log_speaks_german_and_arabic(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "akte", 3));
    let admin = admin_in(&app, "de").await;
    let (status, _, _) = post_form(&app, &admin, "/admin/pulses/teams/akte/launch", &[]).await;
    assert_eq!(status, 303);
    let (status, log) = get(&app, &admin, "/admin/audit").await;
    assert_eq!(status, 200);
    speaks(
        &log,
        &["<h1>Protokoll</h1>", "Wer (genau)", "Was (genau)", ">Einzelheiten</th>", "pulse.schedule"],
        &["Who (exactly)", ">Detail</th>", "Who changed what"],
    );
    let (status, refused) = get(&app, &admin, "/admin/audit?page=zwei").await;
    assert_eq!(status, 422);
    assert!(refused.contains("Seite: „zwei“ ist keine Seitenzahl; Seiten zählen ab 1"), "{refused}");
    let (_, none) = get(&app, &admin, "/admin/audit?action=nothing.like.this").await;
    speaks(&none, &["Kein Eintrag passt.", "Seite 1 von 1 · 0 Einträge"], &["No entry matches"]);

    let arabic = admin_in(&app, "ar").await;
    let (_, log) = get(&app, &arabic, "/admin/audit").await;
    speaks(
        &log,
        &[r#"<html lang="ar" dir="rtl">"#, "<h1>سجل التدقيق</h1>", "من (بالضبط)"],
        &["Who (exactly)"],
    );
}

async fn webhooks_speak_german_and_arabic(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin_in(&app, "de").await;
    let (status, page) = get(&app, &admin, "/admin/webhooks").await;
    assert_eq!(status, 200);
    speaks(
        &page,
        &[
            "Einen Endpunkt registrieren",
            "Noch keine Webhooks.",
            "<code>Candor-Signature: t=…,v1=…</code>",
            ">Registrieren</button>",
        ],
        &["Register an endpoint", "No webhooks yet", ">Register<"],
    );
    let (status, _, refused) =
        post_form(&app, &admin, "/admin/webhooks", &[("name", "chat"), ("url", "https://h.example/in")])
            .await;
    assert_eq!(status, 422);
    speaks(
        &readable(&refused),
        &["Es wurde nichts registriert.", "Kreuzen Sie mindestens ein Ereignis an.", "value=\"chat\""],
        &["tick at least one event", "Nothing was registered"],
    );
    let form = [("name", "chat"), ("url", "https://h.example/in"), ("events", "pulse.closed")];
    let (status, _, registered) = post_form(&app, &admin, "/admin/webhooks", &form).await;
    assert_eq!(status, 200);
    speaks(&registered, &["Webhook „chat“ registriert", "nur einmal gezeigt"], &["registered</h2>"]);
    let (status, location, _) = post_form(&app, &admin, "/admin/webhooks/chat/remove", &[]).await;
    assert_eq!(status, 303);
    let (_, removed) = get(&app, &admin, &location).await;
    speaks(&removed, &["Entfernt. Seine wartenden Zustellungen sind abgebrochen."], &["Removed."]);

    let arabic = admin_in(&app, "ar").await;
    let (_, page) = get(&app, &arabic, "/admin/webhooks").await;
    speaks(
        &page,
        &[r#"<html lang="ar" dir="rtl">"#, "<h1>خطافات الويب</h1>", "سجّل نقطة استقبال"],
        &["Register an endpoint"],
    );
}
