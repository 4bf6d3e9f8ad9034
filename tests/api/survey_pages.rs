//! A team's survey in the browser (`/admin/teams/{slug}/survey`, docs/design.md "Surveys"):
//! an admin uses a set, adds questions of the team's own (a likert one with a German text, a
//! choice one), rewords one as version 2, retires one and sets the rotation, each through the
//! page's forms with the admin's session and CSRF token, each seen on the page and in what
//! the next pulse asks. A refused form is the page again (422) with the domain's reason, every
//! typed value kept and nothing changed; no token or no admin is 403.

use candor::db::schema::audit_log;
use candor::domain::survey::Question;
use candor::domain::team_survey::current_questions;
use candor::domain::teams::find_team;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(an_admin_builds_the_survey_on_its_page, refused_forms_change_nothing_and_keep_what_was_typed);

const PAGE: &str = "/admin/teams/web/survey";

/// (status, body) of a GET as `client`.
async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// What the team's next pulse asks.
fn asked(app: &TestApp) -> Vec<Question> {
    app.with_conn(|c| {
        let team = find_team(c, "web").unwrap();
        current_questions(c, team.id.0).unwrap()
    })
}

fn question(app: &TestApp, key: &str) -> Option<Question> {
    asked(app).into_iter().find(|q| q.key == key)
}

/// The audit lines about the team's survey.
fn survey_audits(app: &TestApp) -> Vec<String> {
    app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::action.eq("survey").and(audit_log::subject.eq("web")))
            .order(audit_log::id)
            .select(audit_log::detail)
            .load(c)
            .unwrap()
    })
}

/// Posts `form` to `path` and follows the 303 back to the page: the page after the change.
async fn change(app: &TestApp, admin: &reqwest::Client, path: &str, form: &[(&str, &str)]) -> String {
    let (status, location, body) = post_form(app, admin, path, form).await;
    assert_eq!(status, 303, "{path}: {body}");
    assert!(location.starts_with(&format!("{PAGE}?done=")), "back to the page: {location}");
    let (status, page) = get(app, admin, &location).await;
    assert_eq!(status, 200, "{page}");
    page
}

fn add_form<'a>(key: &'a str, dimension: &'a str, kind: &'a str, text: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![("key", key), ("dimension", dimension), ("kind", kind), ("text", text)]
}

async fn an_admin_builds_the_survey_on_its_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let (web, _) = app.with_conn(|c| seed_team(c, "web", 5));
    let open = open_pulse(&app, &web, 7);
    let settings = get(&app, &admin, "/admin/teams/web").await.1;
    assert!(settings.contains(&format!("href=\"{PAGE}\"")), "the settings page links the survey");
    let (status, page) = get(&app, &admin, PAGE).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("8 questions, about 2 min."), "as `survey show` counts: {page}");
    assert!(page.contains("A pulse keeps the survey it opened with"), "{page}");
    assert!(page.contains("A pulse is open until"), "the open pulse is named: {page}");
    assert!(
        page.contains("<code>trust_1</code>") && page.contains("set Team pulse"),
        "the set by its name: {page}"
    );

    let page =
        change(&app, &admin, &format!("{PAGE}/sets"), &[("set", "psychological-safety"), ("action", "use")])
            .await;
    assert!(page.contains("The questions of “Psychological safety” were added."), "{page}");
    let from_set =
        asked(&app).iter().filter(|q| q.set_key.as_deref() == Some("psychological-safety")).count();
    assert!(from_set >= 3, "the set's questions are asked: {from_set}");
    assert!(page.contains("Drop Psychological safety"), "{page}");

    let mut oncall = add_form("oncall", "workload", "likert5", "Being on call was bearable.");
    oncall.push(("text_de", "Die Rufbereitschaft war erträglich."));
    let page = change(&app, &admin, &format!("{PAGE}/questions"), &oncall).await;
    assert!(page.contains("Question oncall was added."), "{page}");
    let q = question(&app, "oncall").expect("oncall is asked");
    assert_eq!((q.dimension.as_str(), q.version, q.set_key.is_none()), ("workload", 1, true));
    assert_eq!(q.translations.get("de").map(String::as_str), Some("Die Rufbereitschaft war erträglich."));
    assert!(page.contains("also in: German") && page.contains("Save version 2"), "{page}");

    let mut office = add_form("office", "office", "choice", "Where do you work best?");
    office.push(("options", "At home\nIn the office\nEither"));
    office.push(("options_de", "Zu Hause\nIm Büro\nEgal"));
    let page = change(&app, &admin, &format!("{PAGE}/questions"), &office).await;
    let q = question(&app, "office").expect("office is asked");
    let labels: Vec<&str> = q.options.iter().map(|o| o["en"].as_str()).collect();
    assert_eq!(labels, ["At home", "In the office", "Either"]);
    assert_eq!(q.options[1].get("de").map(String::as_str), Some("Im Büro"), "the German options too");
    assert!(page.contains("<li>In the office</li>"), "{page}");

    let reworded = [
        ("text", "Being on call last month was bearable."),
        ("text_de", "Die Rufbereitschaft war letzten Monat erträglich."),
    ];
    let page = change(&app, &admin, &format!("{PAGE}/questions/oncall"), &reworded).await;
    assert!(page.contains("Question oncall has a new wording: a new version."), "{page}");
    let q = question(&app, "oncall").unwrap();
    assert_eq!((q.version, q.text.as_str()), (2, "Being on call last month was bearable."));
    let oncall_item = &page[page.find("id=\"q-oncall\"").unwrap()..];
    assert!(oncall_item.contains("version 2") && oncall_item.contains("Save version 3"), "{oncall_item}");

    let page = change(&app, &admin, &format!("{PAGE}/questions/office/retire"), &[]).await;
    assert!(page.contains("Question office is no longer asked"), "{page}");
    assert!(question(&app, "office").is_none() && !page.contains("id=\"q-office\""), "{page}");

    let page = change(&app, &admin, &format!("{PAGE}/rotation"), &[("set", "psychological-safety")]).await;
    assert!(page.contains("The rotation was saved."), "{page}");
    assert!(page.contains("<option value=\"psychological-safety\" selected>"), "{page}");
    let team = app.with_conn(|c| find_team(c, "web").unwrap());
    assert_eq!(team.rotate_set.as_deref(), Some("psychological-safety"));
    let page = change(&app, &admin, &format!("{PAGE}/rotation"), &[("set", "")]).await;
    assert!(!page.contains("\" selected>Psychological"), "no rotation: {page}");

    let still = app.with_conn(|c| candor::domain::pulses::questions_of(c, &open).unwrap());
    assert_eq!(still.len(), 8, "the open pulse asks what it opened with");
    assert!(still.iter().all(|q| q.set_key.as_deref() == Some("default")), "{still:?}");

    let audits = survey_audits(&app);
    assert_eq!(audits.len(), 7, "each change is audited once: {audits:?}");
    assert!(audits[3].starts_with("rewords question oncall (version 2)"), "{audits:?}");
}

/// A refused form: 422 with `message` (as HTML escapes it), what the team asks unchanged and
/// nothing audited.
async fn refused(
    app: &TestApp,
    admin: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
    message: &str,
) -> String {
    let (before, audits) = (asked(app).len(), survey_audits(app).len());
    let (status, _, page) = post_form(app, admin, path, form).await;
    assert_eq!(status, 422, "{path} {form:?}: {page}");
    assert!(page.contains("Nothing was saved.") && page.contains(message), "{message} in {page}");
    assert_eq!((asked(app).len(), survey_audits(app).len()), (before, audits), "{form:?} changed nothing");
    page
}

async fn refused_forms_change_nothing_and_keep_what_was_typed(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let (_, emails) = app.with_conn(|c| seed_team(c, "web", 5));
    let add = format!("{PAGE}/questions");

    let mixed = add_form("oncall", "workload", "three", "On call was bearable.");
    let page =
        refused(&app, &admin, &add, &mixed, "dimension &#x27;workload&#x27; holds likert5 questions").await;
    assert!(page.contains("value=\"oncall\"") && page.contains("value=\"workload\""), "kept: {page}");
    assert!(page.contains("<option value=\"three\" selected>"), "the kind stays chosen: {page}");
    assert!(page.contains(">On call was bearable.</textarea>"), "{page}");
    assert!(page.contains("id=\"add-dimension-error\""), "the message is next to the field: {page}");

    let mut taken = add_form("trust_1", "trust", "likert5", "I trust them.");
    taken.push(("text_fr", "Je leur fais confiance."));
    let page = refused(&app, &admin, &add, &taken, "&#x27;trust_1&#x27; is taken; choose another key").await;
    assert!(page.contains(">Je leur fais confiance.</textarea>"), "the French text is kept: {page}");
    assert!(page.contains("id=\"add-key\" name=\"key\" value=\"trust_1\""), "{page}");

    let mut one = add_form("office", "office", "choice", "Where?");
    one.push(("options", "Only here"));
    let page = refused(&app, &admin, &add, &one, "A choice question has 2 to 12 options").await;
    assert!(page.contains(">Only here</textarea>") && page.contains("id=\"add-options-error\""), "{page}");

    let mut short = add_form("office", "office", "choice", "Where?");
    short.extend([("options", "At home\nIn the office"), ("options_de", "Zu Hause")]);
    let page =
        refused(&app, &admin, &add, &short, "Give one option in German for each option (2 of them)").await;
    assert!(page.contains(">Zu Hause</textarea>"), "the German options are kept: {page}");

    let second = add_form("more", "notes", "comment", "Anything else?");
    refused(&app, &admin, &add, &second, "The survey has its comment question already").await;
    let sets = format!("{PAGE}/sets");
    refused(&app, &admin, &sets, &[("set", "nope"), ("action", "use")], "no set &#x27;nope&#x27;").await;
    let rotation = format!("{PAGE}/rotation");
    let page = refused(&app, &admin, &rotation, &[("set", "squad-health")], "does not ask the set").await;
    assert!(page.contains("id=\"rotation-set-error\""), "{page}");

    let audits = survey_audits(&app).len();
    let no_token = admin
        .post(format!("{}{add}", app.address))
        .form(&add_form("oncall", "workload", "likert5", "On call was bearable."))
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), 403, "a form without its CSRF token is refused");
    let lead = app.sign_in_member(&emails[0]).await;
    assert_eq!(get(&app, &lead, PAGE).await.0, 403, "a lead of the team is not an admin");
    let (status, _, _) =
        post_form(&app, &lead, &add, &add_form("oncall", "workload", "likert5", "On call.")).await;
    assert_eq!(status, 403);
    assert!(question(&app, "oncall").is_none() && survey_audits(&app).len() == audits, "nothing changed");
}
