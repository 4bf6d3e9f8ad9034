//! Leads keep agreements in the browser (docs/design.md, "The workspace"): add with a preview,
//! edit as a new version with its note, a concurrent save shown as a diff instead of an
//! overwrite, settings (dimensions, cadence, links) without a new version, "still holds";
//! refused forms come back with what was typed; members and strangers change nothing.

use candor::db::schema::{agreement_links, agreement_reviews, agreement_versions, agreements, audit_log};
use chrono::{Duration, Utc};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(a_lead_keeps_an_agreement_in_the_browser, only_leads_and_admins_change_agreements);

const BODY: &str = "# Review SLA\n\nEvery pull request gets a first review within two working days.\n";
const BODY_2: &str = "# Review SLA\n\nEvery pull request gets a first review within one working day.\n";

fn counts(app: &TestApp) -> (i64, i64, i64) {
    app.with_conn(|c| {
        (
            agreements::table.count().get_result(c).unwrap(),
            agreement_versions::table.count().get_result(c).unwrap(),
            agreement_reviews::table.count().get_result(c).unwrap(),
        )
    })
}

fn audited(app: &TestApp, actor: &str) -> Vec<String> {
    app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::actor.eq(actor))
            .order(audit_log::id)
            .select(audit_log::action)
            .load::<String>(c)
            .unwrap()
    })
}

const NEW: &str = "/teams/ag/agreements/new";
const EDIT: &str = "/teams/ag/agreements/review-sla/edit";

async fn a_lead_keeps_an_agreement_in_the_browser(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "ag", 5));
    let lead = app.sign_in_member(&emails[0]).await;
    let links = "https://tracker.example.com/PLAT-142 Review bot\nhttps://docs.example.com/sla";
    let mut fields = vec![
        ("title", "Review SLA"),
        ("body", BODY),
        ("relates", "trust"),
        ("relates", "workload"),
        ("review_every", "90"),
        ("links", links),
    ];

    let (status, _, preview) =
        post_form(&app, &lead, NEW, &[fields.clone(), vec![("action", "preview")]].concat()).await;
    assert_eq!(status, 200, "{preview}");
    assert!(preview.contains("Preview (not saved)") && preview.contains("<h2>Review SLA</h2>"), "{preview}");
    assert!(preview.contains("within two working days."), "the typed text stays in the form");
    assert_eq!(counts(&app), (0, 0, 0), "a preview stores nothing");

    let bad_link = [("title", "Review SLA"), ("body", BODY), ("links", "javascript:alert(1) click")];
    let (status, _, refused) = post_form(&app, &lead, NEW, &bad_link).await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused.contains("Nothing was saved.") && refused.contains("The link on line 1, "), "{refused}");
    assert!(
        refused.contains("javascript:alert(1) click") && refused.contains("within two working days."),
        "kept"
    );
    let (status, _, untitled) = post_form(&app, &lead, NEW, &[("title", " "), ("body", BODY)]).await;
    assert_eq!(status, 422);
    assert!(untitled.contains("The title must be one line of 1 to 120 characters."), "{untitled}");
    assert_eq!(counts(&app), (0, 0, 0), "refused forms store nothing");

    let (status, location, _) = post_form(&app, &lead, NEW, &fields).await;
    assert_eq!((status, location.as_str()), (303, "/teams/ag/agreements/review-sla"));
    let (status, _, twice) = post_form(&app, &lead, NEW, &fields).await;
    assert_eq!(status, 409, "the same title twice");
    assert!(twice.contains("has an agreement with that title already"), "{twice}");
    let page = lead.get(format!("{}/teams/ag/agreements/review-sla", app.address)).send().await.unwrap();
    let page = page.text().await.unwrap();
    let next = (Utc::now().date_naive() + Duration::days(90)).format("%-d %B %Y").to_string();
    assert!(page.contains("relates to Trust, Workload"), "{page}");
    assert!(page.contains("next review <time datetime=") && page.contains(&next), "{page}");
    assert!(page.contains(">Review bot</a>") && page.contains("tracker.example.com&#x2F;PLAT-142"), "{page}");
    assert!(page.contains("/edit\">Edit the text") && page.contains("Still holds"), "a lead's tools");

    let edit_page = lead.get(format!("{}{EDIT}", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(
        edit_page.contains("name=\"base\" value=\"1\"") && edit_page.contains("within two working days.")
    );
    assert!(edit_page.contains("Review bot"), "the links are in the form: {edit_page}");
    fields.retain(|(k, _)| *k != "title" && *k != "body");
    let edit =
        [fields.clone(), vec![("base", "1"), ("body", BODY_2), ("note", "One day is enough.")]].concat();
    let (status, location, body) = post_form(&app, &lead, EDIT, &edit).await;
    assert_eq!((status, location.as_str()), (303, "/teams/ag/agreements/review-sla"), "{body}");
    let author: String = app.with_conn(|c| {
        agreement_versions::table
            .filter(agreement_versions::number.eq(2))
            .select(agreement_versions::author)
            .first(c)
            .unwrap()
    });
    assert_eq!(author, emails[0]);

    // A second lead still had version 1 open and saves their own change.
    let stale = [
        fields.clone(),
        vec![("base", "1"), ("body", "# Review SLA\n\nWithin an hour.\n"), ("note", "Faster.")],
    ]
    .concat();
    let (status, _, meanwhile) = post_form(&app, &lead, EDIT, &stale).await;
    assert_eq!(status, 409, "{meanwhile}");
    assert!(meanwhile.contains("Someone saved version 2 while you were editing"), "{meanwhile}");
    assert!(meanwhile.contains("One day is enough.") && meanwhile.contains("class=\"diff\""), "{meanwhile}");
    assert!(
        meanwhile.contains("Within an hour.") && meanwhile.contains("name=\"base\" value=\"2\""),
        "kept, rebased"
    );
    assert_eq!(counts(&app).1, 2, "nothing was overwritten");

    let same = [fields.clone(), vec![("base", "2"), ("body", BODY_2), ("note", "")]].concat();
    let (status, _, nothing) = post_form(&app, &lead, EDIT, &same).await;
    assert_eq!(status, 422);
    assert!(nothing.contains("is the same as version 2 and no setting changed"), "{nothing}");
    let cadence =
        [vec![("base", "2"), ("body", BODY_2), ("relates", "clarity"), ("review_every", "30")]].concat();
    let (status, _, _) = post_form(&app, &lead, EDIT, &cadence).await;
    assert_eq!(status, 303);
    let (relates, every, links): (String, Option<i32>, i64) = app.with_conn(|c| {
        let (r, e) = agreements::table
            .select((agreements::relates_to, agreements::review_every_days))
            .first(c)
            .unwrap();
        (r, e, agreement_links::table.count().get_result(c).unwrap())
    });
    assert_eq!((relates.as_str(), every, links), ("clarity", Some(30), 0), "settings without a new version");
    assert_eq!(counts(&app).1, 2);

    let (status, location, _) = post_form(&app, &lead, "/teams/ag/agreements/review-sla/reviewed", &[]).await;
    // The edit counted as today's review, so "still holds" records nothing and says so.
    assert_eq!((status, location.as_str()), (303, "/teams/ag/agreements/review-sla?reviewed=today#review"));
    let page = lead.get(format!("{}{location}", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("A review was recorded today already") && page.contains("with a new version"),
        "{page}"
    );
    let actions: Vec<String> =
        audited(&app, &emails[0]).into_iter().filter(|a| a.starts_with("agreement.")).collect();
    assert_eq!(actions, ["agreement.add", "agreement.edit", "agreement.settings", "agreement.review"]);
}

async fn only_leads_and_admins_change_agreements(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "ag", 5));
    let body = write_file(&app.db.dir, "sla.md", BODY);
    let add = ["agreement", "add", "--team", "ag", "--title", "Review SLA", "--file", &body];
    assert!(app.db.candor(&add).status.success());
    let before = counts(&app);
    let member = app.sign_in_member(&emails[1]).await;
    for path in [NEW, EDIT] {
        let page = member.get(format!("{}{path}", app.address)).send().await.unwrap();
        assert_eq!(page.status(), 403, "{path}");
        let page = page.text().await.unwrap();
        assert!(page.contains("Only the leads of &#x27;Team ag&#x27; and admins can do this."), "{page}");
    }
    let edit = [("base", "1"), ("body", BODY_2), ("note", "n")];
    for (path, form) in [
        (NEW, &[("title", "X"), ("body", "x")][..]),
        (EDIT, &edit[..]),
        ("/teams/ag/agreements/review-sla/reviewed", &[][..]),
    ] {
        let (status, _, _) = post_form(&app, &member, path, form).await;
        assert_eq!(status, 403, "{path}");
        let signed_out = app.client.post(format!("{}{path}", app.address)).send().await.unwrap();
        assert_eq!(signed_out.status(), 303, "signed out: {path}");
        assert!(signed_out.headers()["location"].to_str().unwrap().starts_with("/login"), "{path}");
    }
    assert_eq!(counts(&app), before, "nothing changed");
    let missing = app.get("/teams/ag/agreements/no-such/edit").await;
    assert_eq!(missing.status(), 404);
    let admin_page = app.get(EDIT).await;
    assert_eq!(admin_page.status(), 200, "admins keep every team's agreements");
}
