//! The people page (docs/design.md, "The workspace"): an admin searches and filters people, adds
//! one, moves someone between teams in one save, deactivates or removes a leaver — whose queued
//! invitation is cancelled in the same transaction and never sent; refused forms keep what was
//! typed; nobody but admins gets in.

use candor::db::schema::{audit_log, invitations, memberships, outbox, people};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    an_admin_finds_adds_and_moves_people,
    a_leavers_queued_invitation_is_cancelled_not_sent,
    only_admins_see_people,
    an_admin_sets_a_persons_language_and_the_next_invitation_speaks_it,
    a_person_added_with_a_language_is_invited_in_it
);

/// Posts `form` with the CSRF token to `path` as the admin: (status, Location, body).
async fn post(app: &TestApp, path: &str, form: &[(&str, &str)]) -> (u16, String, String) {
    post_form(app, app.admin_client().await, path, form).await
}

fn person_id(app: &TestApp, email: &str) -> i64 {
    app.with_conn(|c| people::table.filter(people::email.eq(email)).select(people::id).first(c).unwrap())
}

fn teams_of(app: &TestApp, id: i64) -> Vec<(String, String, bool)> {
    use candor::db::schema::teams;
    app.with_conn(|c| {
        memberships::table
            .inner_join(teams::table)
            .filter(memberships::person_id.eq(id))
            .order(teams::slug)
            .select((teams::slug, memberships::role, memberships::home))
            .load(c)
            .unwrap()
    })
}

async fn an_admin_finds_adds_and_moves_people(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, design) = app.with_conn(|c| seed_team(c, "design", 4));
    let (_, crowd) = app.with_conn(|c| seed_team(c, "crowd", 52));
    let list = app.get("/admin/people").await.text().await.unwrap();
    assert!(list.contains("56 of 56 people · page 1 of 2"), "{list}");
    assert!(list.contains("Next page"), "50 a page");
    let found =
        app.get(&format!("/admin/people?q={}&team=design", &design[1][..8])).await.text().await.unwrap();
    assert!(found.contains("1 of 56 people") && found.contains(&design[1]), "{found}");
    let filtered = app.get("/admin/people?team=design").await.text().await.unwrap();
    assert!(filtered.contains("4 of 56 people"), "{filtered}");

    let (status, _, refused) = post(
        &app,
        "/admin/people",
        &[("name", "Zoë Alves"), ("email", "not-an-address"), ("team", "design"), ("role", "member")],
    )
    .await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused.contains("email: &#x27;not-an-address&#x27; is not a valid email address"), "{refused}");
    assert!(
        refused.contains("value=\"Zoë Alves\"") && refused.contains("value=\"not-an-address\""),
        "kept as typed"
    );
    let (status, _, twice) = post(
        &app,
        "/admin/people",
        &[("name", "Again"), ("email", &crowd[3]), ("team", "design"), ("role", "member")],
    )
    .await;
    assert_eq!(status, 409, "{twice}");
    assert!(twice.contains("is on the list already"), "{twice}");
    let (status, location, _) = post(
        &app,
        "/admin/people",
        &[("name", "Zoë Alves"), ("email", "Zoe@Example.com"), ("team", "design"), ("role", "member")],
    )
    .await;
    assert_eq!(status, 303);
    let zoe = person_id(&app, "zoe@example.com");
    assert_eq!(location, format!("/admin/people/{zoe}?done=added"));
    assert_eq!(teams_of(&app, zoe), [("design".to_string(), "member".to_string(), true)]);

    // Moving: the old team set to "not in this team", the new one added, one save.
    let design_id = app.with_conn(|c| candor::domain::teams::find_team(c, "design").unwrap().id);
    let role_field = format!("role:{design_id}");
    let move_to = [
        ("name", "Zoë Alves"),
        ("email", "zoe@example.com"),
        (role_field.as_str(), "none"),
        ("add_team", "crowd"),
        ("add_role", "lead"),
    ];
    let (status, location, _) = post(&app, &format!("/admin/people/{zoe}"), &move_to).await;
    assert_eq!((status, location), (303, format!("/admin/people/{zoe}?done=saved")));
    assert_eq!(
        teams_of(&app, zoe),
        [("crowd".to_string(), "lead".to_string(), true)],
        "moved, and answers for the new team"
    );
    let detail: String = app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::action.eq("people.edit"))
            .select(audit_log::detail)
            .first(c)
            .unwrap()
    });
    assert!(detail.contains("joined crowd as lead") && detail.contains("left design"), "{detail}");

    let crowd_id = app.with_conn(|c| candor::domain::teams::find_team(c, "crowd").unwrap().id);
    let crowd_role = format!("role:{crowd_id}");
    let no_team = [("name", "Zoë A."), ("email", "zoe@example.com"), (crowd_role.as_str(), "none")];
    let (status, _, refused) = post(&app, &format!("/admin/people/{zoe}"), &no_team).await;
    assert_eq!(status, 422);
    assert!(
        refused.contains("A person needs at least one team") && refused.contains("value=\"Zoë A.\""),
        "{refused}"
    );
    assert_eq!(teams_of(&app, zoe).len(), 1, "nothing changed");
    assert_eq!(app.get("/admin/people/999999").await.status(), 404);
    assert_eq!(app.get("/admin/people/not-a-number").await.status(), 404);
}

fn queued_to(app: &TestApp, email: &str) -> Vec<(String, String)> {
    app.with_conn(|c| {
        outbox::table
            .filter(outbox::recipient.eq(email))
            .select((outbox::state, outbox::body_text))
            .load(c)
            .unwrap()
    })
}

async fn a_leavers_queued_invitation_is_cancelled_not_sent(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, emails) = app.with_conn(|c| seed_team(c, "leave", 7));
    let pulse = open_pulse(&app, &team, 7);
    let (leaver, gone) = (&emails[5], &emails[6]);
    assert_eq!(queued_to(&app, leaver).len(), 1, "invited");

    let id = person_id(&app, leaver);
    let (status, location, _) =
        post(&app, &format!("/admin/people/{id}/active"), &[("active", "false")]).await;
    assert_eq!((status, location), (303, format!("/admin/people/{id}?done=deactivated")));
    let page = app.get(&format!("/admin/people/{id}?done=deactivated")).await.text().await.unwrap();
    assert!(page.contains("the emails queued to them cancelled") && page.contains("Reactivate"), "{page}");
    let (state, body) = queued_to(&app, leaver).remove(0);
    assert_eq!(state, "cancelled");
    assert!(!body.contains("/p/"), "the cancelled invitation's link is blanked: {body}");

    let gone_id = person_id(&app, gone);
    let (status, _, refused) = post(&app, &format!("/admin/people/{gone_id}/remove"), &[]).await;
    assert_eq!(status, 422, "the box must be ticked: {refused}");
    let (status, location, _) =
        post(&app, &format!("/admin/people/{gone_id}/remove"), &[("confirm", "yes")]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/people?removed=1"));
    assert_eq!(queued_to(&app, gone)[0].0, "cancelled", "the row stays, visible as cancelled");

    let left: i64 = app.with_conn(|c| {
        invitations::table.filter(invitations::pulse_id.eq(pulse.id)).count().get_result(c).unwrap()
    });
    assert_eq!(left, 5, "both leavers' invitations are withdrawn");
    let report = flush_at(&app, chrono::Utc::now().naive_utc()).await;
    assert_eq!(report.sent, 5, "only the five who stay are emailed");
    assert_eq!(queued_to(&app, leaver)[0].0, "cancelled");
    let actions: Vec<String> = app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::action.like("people.%"))
            .order(audit_log::id)
            .select(audit_log::detail)
            .load(c)
            .unwrap()
    });
    assert!(
        actions.iter().any(|d| d.contains("1 open invitations withdrawn, 1 queued emails cancelled")),
        "{actions:?}"
    );
    assert!(actions.iter().any(|d| d.contains("1 invitations, 1 queued emails cancelled")), "{actions:?}");
}

async fn only_admins_see_people(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "priv", 5));
    let id = person_id(&app, &emails[1]);
    for who in [&emails[0], &emails[1]] {
        let client = app.sign_in_member(who).await;
        for path in ["/admin/people".to_string(), format!("/admin/people/{id}")] {
            let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
            assert_eq!(response.status(), 403, "{who} on {path}");
        }
    }
    let signed_out = app.client.get(format!("{}/admin/people", app.address)).send().await.unwrap();
    assert_eq!(signed_out.status(), 303);
}

fn language_of(app: &TestApp, id: i64) -> String {
    app.with_conn(|c| people::table.find(id).select(people::language).first(c).unwrap())
}

fn audit_details(app: &TestApp, action: &str) -> Vec<String> {
    app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::action.eq(action))
            .order(audit_log::id)
            .select(audit_log::detail)
            .load(c)
            .unwrap()
    })
}

/// The subjects of the emails queued to `email`.
fn subjects_to(app: &TestApp, email: &str) -> Vec<String> {
    app.with_conn(|c| {
        outbox::table.filter(outbox::recipient.eq(email)).select(outbox::subject).load(c).unwrap()
    })
}

async fn an_admin_sets_a_persons_language_and_the_next_invitation_speaks_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, emails) = app.with_conn(|c| seed_team(c, "lingo", 5));
    let id = person_id(&app, &emails[1]);
    let page = app.get(&format!("/admin/people/{id}")).await.text().await.unwrap();
    assert!(page.contains(r#"<option value="en" lang="en" selected>English</option>"#), "{page}");
    for name in ["Deutsch", "Français", "Español", "العربية"] {
        assert!(page.contains(&format!(">{name}</option>")), "{name} on the select: {page}");
    }

    let role_field = format!("role:{}", team.id);
    let home = team.id.to_string();
    let form = |language: &'static str| {
        vec![
            ("name", "Person 1"),
            ("email", emails[1].as_str()),
            (role_field.as_str(), "member"),
            ("home", home.as_str()),
            ("language", language),
        ]
    };
    let (status, _, refused) = post(&app, &format!("/admin/people/{id}"), &form("xx")).await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused.contains("language: &#x27;xx&#x27; is not a language Candor speaks"), "{refused}");
    assert!(refused.contains(r#"<option value="xx" selected>xx</option>"#), "kept as typed");
    assert_eq!(language_of(&app, id), "en", "nothing saved");

    let (status, location, _) = post(&app, &format!("/admin/people/{id}"), &form("de")).await;
    assert_eq!((status, location), (303, format!("/admin/people/{id}?done=saved")));
    assert_eq!(language_of(&app, id), "de");
    assert_eq!(audit_details(&app, "people.edit"), ["language en -> de"]);
    let page = app.get(&format!("/admin/people/{id}")).await.text().await.unwrap();
    assert!(page.contains(r#"<option value="de" lang="de" selected>Deutsch</option>"#), "{page}");

    // A save that sends no language (an older form) leaves it as it is.
    let no_language = &form("de")[..4];
    let (status, _, _) = post(&app, &format!("/admin/people/{id}"), no_language).await;
    assert_eq!(status, 303);
    assert_eq!(language_of(&app, id), "de");

    open_pulse(&app, &team, 7);
    let german = subjects_to(&app, &emails[1]);
    assert_eq!(german, ["Team lingo: 2 Minuten für den Teampuls dieses Monats"], "{german:?}");
    let english = subjects_to(&app, &emails[2]);
    assert!(english.len() == 1 && !english[0].contains("Minuten"), "{english:?}");
}

async fn a_person_added_with_a_language_is_invited_in_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "neu", 4));
    let add = |language: &'static str| {
        vec![
            ("name", "Léa Martin"),
            ("email", "lea@example.com"),
            ("team", "neu"),
            ("role", "member"),
            ("language", language),
        ]
    };
    let list = app.get("/admin/people").await.text().await.unwrap();
    assert!(list.contains(r#"<option value="en" lang="en" selected>English</option>"#), "{list}");
    let (status, _, refused) = post(&app, "/admin/people", &add("klingon")).await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused.contains("language: &#x27;klingon&#x27; is not a language"), "{refused}");
    assert!(
        refused.contains(r#"value="Léa Martin""#)
            && refused.contains(r#"<option value="klingon" selected>klingon</option>"#),
        "kept as typed: {refused}"
    );

    let (status, _, _) = post(&app, "/admin/people", &add("fr")).await;
    assert_eq!(status, 303);
    let lea = person_id(&app, "lea@example.com");
    assert_eq!(language_of(&app, lea), "fr");
    assert_eq!(audit_details(&app, "people.add"), ["Léa Martin in neu as member, language fr"]);

    open_pulse(&app, &team, 7);
    let subjects = subjects_to(&app, "lea@example.com");
    assert_eq!(subjects, ["Team neu : 2 minutes pour le pouls d'équipe du mois"], "{subjects:?}");
}
