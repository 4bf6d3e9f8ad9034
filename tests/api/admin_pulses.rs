//! `/admin/pulses` (docs/design.md, "The workspace" and "Launch"): nothing goes out before a
//! launch or an "open now" that first says what goes to how many people; a pulse's delivery
//! page counts its emails, names the failed ones with the server's reason, retries and cancels;
//! previews and the test invitation store nothing; members and other teams' leads are refused.

use candor::config::Settings;
use candor::db::schema::{audit_log, invitation_tokens, invitations, outbox, pulses, teams};
use candor::mail::Mailer;
use chrono::Utc;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;
use crate::smtp_stub::rejecting_smtp_server;

backend_tests!(
    launching_says_what_goes_out_and_queues_nothing_itself,
    opening_now_queues_the_invitations_the_page_promised,
    failed_invitations_show_on_the_team_page_and_can_be_retried,
    cancelling_the_queued_and_closing_early,
    previews_and_the_test_invitation_store_nothing,
    launching_every_waiting_team_at_once,
    members_and_other_teams_leads_are_refused
);

fn outbox_rows(app: &TestApp, kind: &str) -> Vec<(String, String, Option<i64>)> {
    app.with_conn(|c| {
        outbox::table
            .filter(outbox::kind.eq(kind))
            .order(outbox::id)
            .select((outbox::recipient, outbox::state, outbox::pulse_id))
            .load(c)
            .unwrap()
    })
}

fn audited(app: &TestApp, action: &str) -> Vec<String> {
    app.with_conn(|c| {
        audit_log::table.filter(audit_log::action.eq(action)).select(audit_log::detail).load(c).unwrap()
    })
}

async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// Opens `slug`'s pulse through the page; returns its id.
async fn open_now(app: &TestApp, client: &reqwest::Client, slug: &str) -> i64 {
    let path = format!("/admin/pulses/teams/{slug}/open");
    let (status, location, body) = post_form(app, client, &path, &[("days", "5")]).await;
    assert_eq!(status, 303, "{body}");
    let id = location.strip_prefix("/admin/pulses/").and_then(|rest| rest.split('?').next()).unwrap();
    id.parse().unwrap()
}

async fn launching_says_what_goes_out_and_queues_nothing_itself(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "eng", 6));
    let admin = app.admin_client().await;
    let (status, list) = page(&app, admin, "/admin/pulses").await;
    assert_eq!(status, 200);
    assert!(list.contains("Not launched: no pulse opens for Team eng"), "{list}");
    assert!(list.contains("it would invite 6 people"), "{list}");
    let (status, confirm) = page(&app, admin, "/admin/pulses/teams/eng/launch").await;
    assert_eq!(status, 200);
    assert!(confirm.contains("invites 6 people"), "the launch page says how many: {confirm}");
    assert!(outbox_rows(&app, "invite").is_empty(), "a launch page sends nothing");

    let (status, location, _) = post_form(&app, admin, "/admin/pulses/teams/eng/launch", &[]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/pulses?done=launched"));
    let launched: Option<chrono::NaiveDateTime> = app.with_conn(|c| {
        teams::table.filter(teams::slug.eq("eng")).select(teams::launched_at).first(c).unwrap()
    });
    assert!(launched.is_some(), "the cadence is launched");
    assert_eq!(audited(&app, "pulse.schedule").len(), 1);
    let (_, list) = page(&app, admin, "/admin/pulses?done=launched").await;
    assert!(list.contains("Launched: pulses open every month, on its first working day."), "{list}");
    assert!(list.contains("Launched. The scheduler opens"), "the notice: {list}");
    assert!(outbox_rows(&app, "invite").is_empty(), "the scheduler, not the page, opens the pulse");
}

async fn opening_now_queues_the_invitations_the_page_promised(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "ops", 6));
    let admin = app.admin_client().await;
    let (_, confirm) = page(&app, admin, "/admin/pulses/teams/ops/open").await;
    assert!(confirm.contains("opens now and invites 6 people"), "{confirm}");

    let (status, _, refused) = post_form(&app, admin, "/admin/pulses/teams/ops/open", &[("days", "0")]).await;
    assert_eq!(status, 422);
    assert!(refused.contains("1 to 60") && refused.contains("value=\"0\""), "typed value kept: {refused}");
    assert!(outbox_rows(&app, "invite").is_empty(), "a refused form opens nothing");

    let id = open_now(&app, admin, "ops").await;
    let invites = outbox_rows(&app, "invite");
    assert_eq!(invites.len(), 6, "one invitation each, as promised");
    assert!(invites.iter().all(|(_, state, pulse)| state == "queued" && *pulse == Some(id)));
    assert_eq!(audited(&app, "pulse.open").len(), 1);
    let (status, delivery) = page(&app, admin, &format!("/admin/pulses/{id}?done=opened")).await;
    assert_eq!(status, 200);
    assert!(delivery.contains("Open until") && delivery.contains("Opened: its invitations are queued"));
    assert!(delivery.contains("<th scope=\"row\">Invitation</th><td class=\"num\">6</td>"), "{delivery}");
    let (_, team) = page(&app, admin, "/teams/ops").await;
    assert!(team.contains("A pulse is open until"), "{team}");
    assert!(!team.contains("failing"), "nothing fails yet");

    let (status, _, again) = post_form(&app, admin, "/admin/pulses/teams/ops/open", &[("days", "9")]).await;
    assert_eq!(status, 409, "a second pulse for the month is refused");
    assert!(again.contains("already") && again.contains("value=\"9\""), "{again}");
    assert_eq!(outbox_rows(&app, "invite").len(), 6, "nobody is invited twice");
}

async fn failed_invitations_show_on_the_team_page_and_can_be_retried(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "web", 3));
    let admin = app.admin_client().await;
    let id = open_now(&app, admin, "web").await;
    let settings = Settings {
        smtp_url: Some(format!("smtp://127.0.0.1:{}", rejecting_smtp_server().await)),
        ..Settings::default()
    };
    let rejecting = Mailer::new(&candor::startup::mail_options(&settings)).unwrap();
    let report = flush_with(&app, &rejecting, Utc::now().naive_utc()).await;
    assert_eq!(report.failed, 3);

    let lead = app.sign_in_member(&emails[0]).await;
    let (_, team) = page(&app, &lead, "/teams/web").await;
    assert!(team.contains("3 invitations are failing to reach people"), "{team}");
    assert!(team.contains(&format!("href=\"/admin/pulses/{id}\"")), "the lead is shown where: {team}");
    let (status, delivery) = page(&app, &lead, &format!("/admin/pulses/{id}")).await;
    assert_eq!(status, 200, "a team's lead sees its delivery");
    for email in &emails {
        assert!(delivery.contains(email.as_str()), "{email} is named among the failed");
    }
    assert!(delivery.contains("550") || delivery.contains("mailbox unavailable"), "with the reason");
    assert!(delivery.contains("Retry the 3 failed"));

    let (status, location, _) = post_form(&app, &lead, &format!("/admin/pulses/{id}/retry"), &[]).await;
    assert_eq!((status, location), (303, format!("/admin/pulses/{id}?done=retried")));
    let states: Vec<String> = outbox_rows(&app, "invite").into_iter().map(|r| r.1).collect();
    assert_eq!(states, ["queued", "queued", "queued"]);
    assert_eq!(audited(&app, "pulse.retried"), [format!("pulse {id}: 3 failed emails queued again")]);
    let report = flush_at(&app, Utc::now().naive_utc()).await;
    assert_eq!(report.sent, 3, "retried emails go out through the working server");
    let (_, team) = page(&app, &lead, "/teams/web").await;
    assert!(!team.contains("failing"), "delivered: the warning is gone");
}

async fn cancelling_the_queued_and_closing_early(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "fin", 4));
    let admin = app.admin_client().await;
    let id = open_now(&app, admin, "fin").await;
    let (status, _, _) = post_form(&app, admin, &format!("/admin/pulses/{id}/cancel"), &[]).await;
    assert_eq!(status, 303);
    let states: Vec<String> = outbox_rows(&app, "invite").into_iter().map(|r| r.1).collect();
    assert_eq!(states, ["cancelled"; 4]);
    assert_eq!(flush_at(&app, Utc::now().naive_utc()).await.claimed, 0, "cancelled emails are not sent");
    let (_, delivery) = page(&app, admin, &format!("/admin/pulses/{id}?done=cancelled")).await;
    assert!(delivery.contains("The queued emails are cancelled"));
    assert!(!delivery.contains("Cancel the"), "nothing queued is left to cancel");

    let (status, _, _) = post_form(&app, admin, &format!("/admin/pulses/{id}/close"), &[]).await;
    assert_eq!(status, 303);
    let state: String = app.with_conn(|c| pulses::table.find(id).select(pulses::state).first(c).unwrap());
    assert_eq!(state, "closed");
    let (_, delivery) = page(&app, admin, &format!("/admin/pulses/{id}?done=closed")).await;
    assert!(delivery.contains("Closed on") && !delivery.contains("Close this pulse now"), "{delivery}");
    let (status, _, _) = post_form(&app, admin, &format!("/admin/pulses/{id}/close"), &[]).await;
    assert_eq!(status, 409, "closing twice is refused in plain words");
}

async fn previews_and_the_test_invitation_store_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    // A team name of this run's own: MailDev is shared by every test (and both backends).
    let slug = format!("qa-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
    app.with_conn(|c| seed_team(c, &slug, 5));
    let admin = app.admin_client().await;
    let counts = |app: &TestApp| -> (i64, i64, i64) {
        app.with_conn(|c| {
            (
                pulses::table.count().get_result(c).unwrap(),
                invitations::table.count().get_result(c).unwrap(),
                invitation_tokens::table.count().get_result(c).unwrap(),
            )
        })
    };
    let (status, invitation) = page(&app, admin, &format!("/admin/pulses/teams/{slug}/invitation")).await;
    assert_eq!(status, 200);
    let invitation = invitation.replace("&#x2F;", "/");
    assert!(invitation.contains(&format!("Team {slug}")), "{invitation}");
    assert!(
        invitation.contains(&format!("/admin/pulses/teams/{slug}/survey?trust_1=4")),
        "quick answers link to the preview"
    );
    assert!(invitation.contains("8 short questions, about 2 minutes"), "the real count: {invitation}");
    let (_, german) = page(&app, admin, &format!("/admin/pulses/teams/{slug}/invitation?lang=de")).await;
    assert!(german.contains("8 kurze Fragen"), "the preview in German: {german}");
    let (status, survey) = page(&app, admin, &format!("/admin/pulses/teams/{slug}/survey?trust_1=4")).await;
    assert_eq!(status, 200);
    assert!(survey.contains("<strong>Preview.</strong>") && survey.contains("disabled>Send my answers"));
    assert!(survey.contains("value=\"4\" checked"), "the quick answer is preselected");
    assert!(!survey.contains("action=\"/p/"), "the preview posts nowhere");

    let (status, location, _) =
        post_form(&app, admin, &format!("/admin/pulses/teams/{slug}/test"), &[]).await;
    assert_eq!((status, location), (303, format!("/admin/pulses/teams/{slug}/invitation?done=sent")));
    assert_eq!(counts(&app), (0, 0, 0), "no pulse, invitation or link is stored");
    let tests = outbox_rows(&app, "test");
    assert_eq!(tests, [("admin@candor.test".to_string(), "queued".to_string(), None)]);
    let subject: String = app.with_conn(|c| {
        outbox::table.filter(outbox::kind.eq("test")).select(outbox::subject).first(c).unwrap()
    });
    assert!(subject.starts_with("[Test] "), "{subject}");
    if service_url("CANDOR_TEST_MAILDEV_API").is_some() {
        assert_eq!(flush_at(&app, Utc::now().naive_utc()).await.sent, 1);
        let got = maildev_messages_to("admin@candor.test").await;
        let ours = got.iter().filter(|m| m["subject"].as_str() == Some(subject.as_str())).count();
        assert_eq!(ours, 1, "the test invitation reached the SMTP server once: {subject}");
    }
}

async fn members_and_other_teams_leads_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, red) = app.with_conn(|c| seed_team(c, "red", 5));
    app.with_conn(|c| seed_team(c, "blue", 5));
    let member = app.sign_in_member(&red[1]).await;
    assert_eq!(page(&app, &member, "/admin/pulses").await.0, 403);
    assert_eq!(page(&app, &member, "/admin/pulses/teams/red/invitation").await.0, 403);
    let (status, _, _) = post_form(&app, &member, "/admin/pulses/teams/red/open", &[("days", "5")]).await;
    assert_eq!(status, 403);
    let lead = app.sign_in_member(&red[0]).await;
    let (status, list) = page(&app, &lead, "/admin/pulses").await;
    assert_eq!(status, 200);
    assert!(list.contains("Team red") && !list.contains("Team blue"), "a lead sees their teams only");
    let (status, _, _) = post_form(&app, &lead, "/admin/pulses/teams/blue/open", &[("days", "5")]).await;
    assert_eq!(status, 403);
    let (status, _, _) = post_form(&app, &lead, "/admin/pulses/teams/blue/launch", &[]).await;
    assert_eq!(status, 403);
    assert!(outbox_rows(&app, "invite").is_empty(), "nothing was opened by a refused request");
    let blue_id = open_now(&app, app.admin_client().await, "blue").await;
    assert_eq!(page(&app, &lead, &format!("/admin/pulses/{blue_id}")).await.0, 403);
    let (status, _, _) = post_form(&app, &lead, &format!("/admin/pulses/{blue_id}/close"), &[]).await;
    assert_eq!(status, 403);
    assert_eq!(page(&app, app.admin_client().await, "/admin/pulses/99999").await.0, 404);
}

async fn launching_every_waiting_team_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    for (slug, size) in [("one", 3), ("two", 4), ("three", 5)] {
        app.with_conn(|c| seed_team(c, slug, size));
    }
    assert!(app.db.candor(&["team", "archive", "three"]).status.success());
    let admin = app.admin_client().await;
    let (_, list) = page(&app, admin, "/admin/pulses").await;
    assert!(list.contains("Launch all 2 teams waiting"), "archived teams do not wait: {list}");
    let (status, confirm) = page(&app, admin, "/admin/pulses/launch").await;
    assert_eq!(status, 200);
    assert!(confirm.contains("invite 7 people in all"), "{confirm}");
    assert!(confirm.contains("Team one") && confirm.contains("Team two") && !confirm.contains("Team three"));
    let (status, location, _) = post_form(&app, admin, "/admin/pulses/launch", &[]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/pulses?done=launched"));
    let launched: Vec<String> = app.with_conn(|c| {
        teams::table
            .filter(teams::launched_at.is_not_null())
            .order(teams::slug)
            .select(teams::slug)
            .load(c)
            .unwrap()
    });
    assert_eq!(launched, ["one", "two"]);
    assert_eq!(audited(&app, "pulse.schedule").len(), 2, "each launch audited");
    let (_, confirm) = page(&app, admin, "/admin/pulses/launch").await;
    assert!(confirm.contains("Every team is launched already"));
    assert!(outbox_rows(&app, "invite").is_empty(), "a launch queues nothing itself");
}
