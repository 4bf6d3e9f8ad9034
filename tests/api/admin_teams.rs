//! Teams in the browser: admins list and create teams (`/admin/teams`), admins and leads change
//! a team's settings (`/admin/teams/{slug}`, thresholds for admins only), a team with results
//! keeps its parent and no team goes under itself, archived teams get no pulse, and a team that
//! can never reach its threshold says so on its settings page and its team page.

use candor::db::schema::{audit_log, pulses, teams};
use candor::domain::teams::{NewTeam, Team, add_team, find_team};
use candor::domain::{Slug, TeamId};
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    an_admin_creates_teams_in_a_tree,
    a_refused_create_keeps_what_was_typed,
    settings_are_saved_and_audited,
    a_lead_saves_settings_but_not_thresholds,
    members_strangers_and_visitors_are_kept_out,
    a_team_with_results_keeps_its_parent,
    a_team_cannot_go_under_itself,
    an_archived_team_gets_no_pulse,
    a_team_that_cannot_reach_its_threshold_says_so,
);

/// (status, body) of a GET as `client`.
async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

fn team(app: &TestApp, slug: &str) -> Team {
    app.with_conn(|c| find_team(c, slug).unwrap())
}

fn add(app: &TestApp, slug: &str, parent: Option<&str>) -> Team {
    let new = NewTeam {
        slug: Slug::parse(slug).unwrap(),
        name: format!("Team {slug}"),
        parent: parent.map(|p| Slug::parse(p).unwrap()),
        min_group: 5,
    };
    app.with_conn(|c| add_team(c, &new).unwrap())
}

/// (action, detail) of every audit row about `subject`, oldest first.
fn audited(app: &TestApp, subject: &str) -> Vec<(String, String)> {
    app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::subject.eq(subject))
            .order(audit_log::id)
            .select((audit_log::action, audit_log::detail))
            .load(c)
            .unwrap()
    })
}

/// The whole settings form of `team` as it is, with `changes` in place of its values.
fn settings_form<'a>(team: &'a Team, changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, String)> {
    let mut form: Vec<(&str, String)> = vec![
        ("name", team.name.clone()),
        ("parent", String::new()),
        ("min_group", team.min_group.to_string()),
        ("comment_min", team.comment_min.to_string()),
        ("timezone", team.timezone.clone()),
        ("cadence", team.cadence.clone()),
        ("publish_to_members", team.publish_to_members.to_string()),
        ("ask_changes_helped", team.ask_changes_helped.to_string()),
    ];
    for (key, value) in changes {
        match form.iter_mut().find(|(k, _)| k == key) {
            Some(field) => field.1 = value.to_string(),
            None => form.push((key, value.to_string())),
        }
    }
    form
}

async fn save(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    form: &[(&str, String)],
) -> (u16, String, String) {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    post_form(app, client, &format!("/admin/teams/{slug}"), &pairs).await
}

async fn an_admin_creates_teams_in_a_tree(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.min_group = 4).await;
    let admin = app.admin_client().await.clone();
    let (status, list) = get(&app, &admin, "/admin/teams").await;
    assert_eq!(status, 200, "{list}");
    assert!(list.contains("No teams yet") && list.contains("Create a team"), "{list}");
    assert!(list.contains("name=\"min_group\" value=\"4\""), "the server's threshold is the default: {list}");
    let admin_page = get(&app, &admin, "/admin").await.1;
    assert!(admin_page.contains("href=\"/admin/teams\""), "the admin overview links the teams");

    let product = [("slug", "product"), ("name", "Product"), ("parent", ""), ("min_group", "4")];
    let (status, location, body) = post_form(&app, &admin, "/admin/teams", &product).await;
    assert_eq!((status, location.as_str()), (303, "/admin/teams/product"), "{body}");
    let design = [("slug", "design"), ("name", "Design"), ("parent", "product"), ("min_group", "6")];
    let (status, location, _) = post_form(&app, &admin, "/admin/teams", &design).await;
    assert_eq!((status, location.as_str()), (303, "/admin/teams/design"));
    let aardvark = [("slug", "aardvark"), ("name", "Aardvark"), ("parent", ""), ("min_group", "5")];
    assert_eq!(post_form(&app, &admin, "/admin/teams", &aardvark).await.0, 303);

    let (design, product) = (team(&app, "design"), team(&app, "product"));
    assert_eq!((design.parent_id, design.min_group), (Some(product.id), 6));
    let list = get(&app, &admin, "/admin/teams").await.1;
    let at = |text: &str| list.find(text).unwrap_or_else(|| panic!("{text} is not listed: {list}"));
    assert!(at(">Aardvark</a>") < at(">Product</a>") && at(">Product</a>") < at(">Design</a>"), "{list}");
    let design_row = &list[list[..at(">Design</a>")].rfind("<tr>").unwrap()..at(">Design</a>")];
    assert!(design_row.contains("class=\"depth-1\""), "Design is indented under Product: {design_row}");
    assert!(list.contains("under Product"), "{list}");
    assert!(list.contains("not launched"), "{list}");
    assert_eq!(
        audited(&app, "design"),
        [("team.add".to_string(), "min_group 6; parent product".to_string())]
    );
}

async fn a_refused_create_keeps_what_was_typed(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    add(&app, "product", None);
    let count = |app: &TestApp| app.with_conn(|c| teams::table.count().get_result::<i64>(c).unwrap());

    let bad = [("slug", "Design Ops"), ("name", "Design & Ops"), ("parent", "product"), ("min_group", "5")];
    let (status, _, page) = post_form(&app, &admin, "/admin/teams", &bad).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("Nothing was saved.") && page.contains("&#x27;Design Ops&#x27; is not a slug"),
        "{page}"
    );
    assert!(
        page.contains("value=\"Design Ops\"") && page.contains("value=\"Design &amp; Ops\""),
        "kept: {page}"
    );
    assert!(page.contains("<option value=\"product\" selected>"), "the parent stays chosen: {page}");
    assert!(page.contains("id=\"team-slug\"") && page.contains("aria-invalid=\"true\""), "{page}");

    let taken = [("slug", "product"), ("name", "Product again"), ("parent", ""), ("min_group", "5")];
    let (status, _, page) = post_form(&app, &admin, "/admin/teams", &taken).await;
    assert_eq!(status, 409, "{page}");
    assert!(page.contains("Slug: a team &#x27;product&#x27; exists already"), "{page}");
    assert!(page.contains("value=\"Product again\""), "{page}");

    let unnamed = [("slug", "design"), ("name", "  "), ("parent", ""), ("min_group", "5")];
    let (status, _, page) = post_form(&app, &admin, "/admin/teams", &unnamed).await;
    assert_eq!(status, 422);
    assert!(
        page.contains("The name of a team must be one line of 1 to 100 characters.")
            && page.contains("value=\"design\"")
    );
    let low = [("slug", "design"), ("name", "Design"), ("parent", ""), ("min_group", "2")];
    let (status, _, page) = post_form(&app, &admin, "/admin/teams", &low).await;
    assert_eq!(status, 422);
    assert!(page.contains("The threshold must be a number from 3 to 10."), "{page}");
    assert_eq!(count(&app), 1, "refused forms add no team");
}

async fn settings_are_saved_and_audited(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let (web, _) = app.with_conn(|c| seed_team(c, "web", 5));
    let (status, page) = get(&app, &admin, "/admin/teams/web").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Renaming keeps the slug <code>web</code>"), "{page}");
    assert!(page.contains("name=\"min_group\" value=\"5\"") && page.contains("<datalist id=\"time-zones\">"));

    let changes = [
        ("name", "Web Platform"),
        ("min_group", "6"),
        ("comment_min", "7"),
        ("timezone", "Europe/Berlin"),
        ("cadence", "manual"),
        ("publish_to_members", "false"),
    ];
    let (status, location, body) = save(&app, &admin, "web", &settings_form(&web, &changes)).await;
    assert_eq!((status, location.as_str()), (303, "/admin/teams/web?saved"), "{body}");
    let after = team(&app, "web");
    assert_eq!(after.name, "Web Platform");
    assert_eq!((after.min_group, after.comment_min), (6, 7));
    assert_eq!((after.timezone.as_str(), after.cadence.as_str()), ("Europe/Berlin", "manual"));
    assert!(!after.publish_to_members && after.ask_changes_helped == web.ask_changes_helped);
    let log = audited(&app, "web");
    let (action, detail) = log.last().unwrap();
    assert_eq!(action, "team.set");
    for change in [
        "name 'Team web' -> 'Web Platform'",
        "min_group 5 -> 6",
        "comment_min 5 -> 7",
        "timezone UTC -> Europe/Berlin",
        "cadence monthly -> manual",
        "publish_to_members true -> false",
    ] {
        assert!(detail.contains(change), "{change} in {detail}");
    }
    let page = get(&app, &admin, "/admin/teams/web?saved").await.1;
    assert!(page.contains("Saved.") && page.contains("Web Platform"), "{page}");
    assert!(
        get(&app, &admin, "/teams/web").await.1.contains("<h1>Web Platform"),
        "the team page shows the new name"
    );

    let bad_zone = settings_form(&after, &[("name", "Web"), ("timezone", "Mars/Olympus")]);
    let (status, _, page) = save(&app, &admin, "web", &bad_zone).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains(
            "&#x27;Mars&#x2F;Olympus&#x27; is not a time zone: use a name like Europe&#x2F;Berlin."
        ),
        "{page}"
    );
    assert!(page.contains("value=\"Mars&#x2F;Olympus\"") && page.contains("value=\"Web\""), "kept: {page}");
    let low_comments = settings_form(&after, &[("comment_min", "4")]);
    let (status, _, page) = save(&app, &admin, "web", &low_comments).await;
    assert_eq!(status, 422);
    assert!(page.contains("The comment threshold 4 is not between the threshold (6) and 10."), "{page}");
    let unchanged = team(&app, "web");
    assert_eq!(
        (unchanged.name.as_str(), unchanged.comment_min),
        ("Web Platform", 7),
        "refused saves change nothing"
    );
    assert_eq!(audited(&app, "web").len(), log.len(), "and audit nothing");
}

async fn a_lead_saves_settings_but_not_thresholds(backend: Backend) {
    let app = spawn_app(backend).await;
    let (web, emails) = app.with_conn(|c| seed_team(c, "web", 5));
    let lead = app.sign_in_member(&emails[0]).await;
    let (status, page) = get(&app, &lead, "/admin/teams/web").await;
    assert_eq!(status, 200, "{page}");
    assert!(
        !page.contains("name=\"min_group\"") && page.contains("Only admins change the thresholds"),
        "{page}"
    );
    assert!(!page.contains("/archive\""), "archiving is for admins: {page}");
    assert_eq!(get(&app, &lead, "/admin/teams").await.0, 403, "the list is for admins");

    let mut form = settings_form(&web, &[("timezone", "Europe/Lisbon")]);
    form.retain(|(k, _)| *k != "min_group" && *k != "comment_min");
    let (status, location, body) = save(&app, &lead, "web", &form).await;
    assert_eq!((status, location.as_str()), (303, "/admin/teams/web?saved"), "{body}");
    assert_eq!(team(&app, "web").timezone, "Europe/Lisbon");
    let (action, detail) = audited(&app, "web").pop().unwrap();
    assert_eq!((action.as_str(), detail.as_str()), ("team.set", "timezone UTC -> Europe/Lisbon"));

    let sneaky = settings_form(&web, &[("timezone", "America/New_York"), ("min_group", "3")]);
    let (status, _, page) = save(&app, &lead, "web", &sneaky).await;
    assert_eq!(status, 403, "{page}");
    assert!(page.contains("Only admins can change a team"), "{page}");
    let after = team(&app, "web");
    assert_eq!((after.min_group, after.timezone.as_str()), (5, "Europe/Lisbon"), "nothing changed");
    let root = add(&app, "elsewhere", None);
    let mut moved = settings_form(&web, &[("parent", "elsewhere"), ("timezone", "Europe/Lisbon")]);
    moved.retain(|(k, _)| *k != "min_group" && *k != "comment_min");
    assert_eq!(
        save(&app, &lead, "web", &moved).await.0,
        403,
        "a lead cannot move a team under a team they do not lead"
    );
    assert_ne!(team(&app, "web").parent_id, Some(root.id));
}

async fn members_strangers_and_visitors_are_kept_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let (web, emails) = app.with_conn(|c| seed_team(c, "web", 5));
    let (_, others) = app.with_conn(|c| seed_team(c, "other", 3));
    let member = app.sign_in_member(&emails[1]).await;
    let stranger = app.sign_in_member(&others[0]).await;
    for (who, client) in [("a member", &member), ("another team's lead", &stranger)] {
        assert_eq!(get(&app, client, "/admin/teams/web").await.0, 403, "{who} opens the settings");
        assert_eq!(get(&app, client, "/admin/teams").await.0, 403, "{who} opens the list");
        let form = settings_form(&web, &[("name", "Taken over"), ("timezone", "Asia/Tokyo")]);
        assert_eq!(save(&app, client, "web", &form).await.0, 403, "{who} saves");
        let create = [("slug", "mine"), ("name", "Mine"), ("parent", ""), ("min_group", "5")];
        assert_eq!(post_form(&app, client, "/admin/teams", &create).await.0, 403, "{who} creates");
        assert_eq!(post_form(&app, client, "/admin/teams/web/archive", &[]).await.0, 403, "{who} archives");
    }
    let lead = app.sign_in_member(&emails[0]).await;
    assert_eq!(post_form(&app, &lead, "/admin/teams/web/archive", &[]).await.0, 403, "a lead archives");
    let after = team(&app, "web");
    assert_eq!((after.name.as_str(), after.timezone.as_str()), ("Team web", "UTC"));
    assert!(
        after.archived_at.is_none() && app.with_conn(|c| find_team(c, "mine")).is_err(),
        "nothing changed"
    );

    let visitor = cookie_client();
    for path in ["/admin/teams", "/admin/teams/web"] {
        let response = visitor.get(format!("{}{path}", app.address)).send().await.unwrap();
        assert_eq!(response.status(), 303, "{path}");
        let to = response.headers().get("location").unwrap().to_str().unwrap().to_string();
        assert!(to.starts_with("/login"), "{path} sends a visitor to sign in, not {to}");
    }
    let admin = app.admin_client().await.clone();
    assert_eq!(get(&app, &admin, "/admin/teams/no-such-team").await.0, 404);
}

async fn a_team_with_results_keeps_its_parent(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let (answered, _) = app.with_conn(|c| seed_team(c, "answered", 5));
    run_round(&app, "answered", "2026-09").await;
    let (busy, _) = app.with_conn(|c| seed_team(c, "busy", 5));
    open_pulse(&app, &busy, 7);
    let (fresh, _) = app.with_conn(|c| seed_team(c, "fresh", 3));
    let product = add(&app, "product", None);

    let (status, _, page) =
        save(&app, &admin, "answered", &settings_form(&answered, &[("parent", "product")])).await;
    assert_eq!(status, 409, "{page}");
    assert!(page.contains("Team answered cannot move: it has published results (from 2026-09)"), "{page}");
    assert!(page.contains("the difference would reveal its answers"), "it says why: {page}");
    assert!(page.contains("<option value=\"product\" selected>"), "the choice stays in the form");
    let (status, _, page) = save(&app, &admin, "busy", &settings_form(&busy, &[("parent", "product")])).await;
    assert_eq!(status, 409, "{page}");
    assert!(page.contains("is open: close it first"), "{page}");
    assert_eq!((team(&app, "answered").parent_id, team(&app, "busy").parent_id), (None, None));

    let (status, _, body) =
        save(&app, &admin, "fresh", &settings_form(&fresh, &[("parent", "product")])).await;
    assert_eq!(status, 303, "{body}");
    assert_eq!(team(&app, "fresh").parent_id, Some(product.id), "a team without results moves");
    assert!(audited(&app, "fresh").iter().any(|(a, d)| a == "team.set" && d == "parent none -> product"));
    let list = get(&app, &admin, "/admin/teams").await.1;
    assert!(list.contains("under Team product"), "{list}");
}

async fn a_team_cannot_go_under_itself(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let product = add(&app, "product", None);
    add(&app, "design", Some("product"));
    add(&app, "ux", Some("design"));
    let (status, _, page) =
        save(&app, &admin, "product", &settings_form(&product, &[("parent", "ux")])).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("Team ux is below Team product, so Team product cannot sit under it."), "{page}");
    let (status, _, page) =
        save(&app, &admin, "product", &settings_form(&product, &[("parent", "product")])).await;
    assert_eq!(status, 422);
    assert!(page.contains("A team cannot sit under itself"), "{page}");
    assert_eq!(team(&app, "product").parent_id, None, "nothing moved");
    let form = get(&app, &admin, "/admin/teams/product").await.1;
    assert!(
        !form.contains("<option value=\"ux\"") && !form.contains("<option value=\"design\""),
        "not offered: {form}"
    );
}

fn at(s: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap().and_utc()
}

fn pulses_of(app: &TestApp, id: TeamId) -> i64 {
    app.with_conn(|c| pulses::table.filter(pulses::team_id.eq(id)).count().get_result(c).unwrap())
}

async fn an_archived_team_gets_no_pulse(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let (old, _) = app.with_conn(|c| seed_team(c, "old", 5));
    let (sibling, _) = app.with_conn(|c| seed_team(c, "sibling", 5));
    for t in [&old, &sibling] {
        app.with_conn(|c| candor::db::write(c, |c| candor::domain::launch::launch(c, t, Utc::now())))
            .unwrap();
    }
    let pulse = open_pulse(&app, &old, 7);
    let (status, _, page) = post_form(&app, &admin, "/admin/teams/old/archive", &[]).await;
    assert_eq!(status, 409, "{page}");
    assert!(page.contains("has an open pulse") && page.contains("close it first"), "{page}");
    assert!(team(&app, "old").archived_at.is_none());

    app.close(pulse.id);
    let (status, location, _) = post_form(&app, &admin, "/admin/teams/old/archive", &[]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/teams/old"));
    assert!(team(&app, "old").archived_at.is_some());
    assert_eq!(audited(&app, "old").last().unwrap().0, "team.archive");
    let listed = texts(&app.db.candor(&["team", "list"])).0;
    assert!(
        listed.contains("Team old (archived)") && !listed.contains("Team sibling (archived)"),
        "{listed}"
    );
    let list = get(&app, &admin, "/admin/teams").await.1;
    let archived_section = list.find("Archived teams").expect("an archived section");
    assert!(list.rfind(">Team old</a>").unwrap() > archived_section, "listed apart, at the end: {list}");
    assert!(list.find(">Team sibling</a>").unwrap() < archived_section);
    let (status, page) = get(&app, &admin, "/teams/old").await;
    assert!(status == 200 && page.contains("This team is archived"), "its page stays: {page}");
    assert!(get(&app, &admin, "/admin/teams/old").await.1.contains("Unarchive Team old"));

    let tools = app.scheduler_tools();
    let report = candor::scheduler::tick(&app.pool, &tools, at("2027-02-01 09:07")).await.unwrap();
    assert_eq!(report.opened, 1, "only the sibling's pulse opens");
    assert_eq!((pulses_of(&app, old.id), pulses_of(&app, sibling.id)), (1, 1), "none for the archived team");
    let out = app.db.candor(&["pulse", "open", "--team", "old", "--period", "2027-03"]);
    assert!(!out.status.success() && texts(&out).1.contains("is archived"), "{:?}", texts(&out));

    // The round in 2027 purged today's sessions: sign in again.
    let admin = app.sign_in("admin@candor.test", TEST_PASSWORD).await;
    let (status, location, _) = post_form(&app, &admin, "/admin/teams/old/unarchive", &[]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/teams/old"));
    assert!(team(&app, "old").archived_at.is_none());
    let report = candor::scheduler::tick(&app.pool, &tools, at("2027-02-01 09:08")).await.unwrap();
    assert_eq!(
        (report.opened, pulses_of(&app, old.id)),
        (1, 2),
        "back from the archive, it is scheduled again"
    );
    let cli = app.db.candor(&["team", "archive", "old"]);
    assert!(!cli.status.success() && texts(&cli).1.contains("close it first"), "{:?}", texts(&cli));
}

const NEVER: &str = "can never be shown";

async fn a_team_that_cannot_reach_its_threshold_says_so(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let (four, _) = app.with_conn(|c| seed_team(c, "four", 4));
    app.with_conn(|c| seed_team(c, "five", 5));
    let alone = "4 people answer for Team four and its threshold is 5: its results can never be shown; \
                 add people or lower the threshold.";
    for path in ["/admin/teams/four", "/teams/four"] {
        let (status, page) = get(&app, &admin, path).await;
        assert_eq!(status, 200);
        assert!(page.contains(alone), "{path}: {page}");
    }
    for path in ["/admin/teams/five", "/teams/five"] {
        assert!(!get(&app, &admin, path).await.1.contains(NEVER), "{path} reaches its threshold");
    }
    assert!(get(&app, &admin, "/admin/teams").await.1.contains("never reached"), "the list marks it");

    assert_eq!(save(&app, &admin, "four", &settings_form(&four, &[("parent", "five")])).await.0, 303);
    let under = "4 people answer for Team four and its threshold is 5: its results can never be shown on \
                 their own. Its answers still count in Team five&#x27;s results.";
    for path in ["/admin/teams/four", "/teams/four"] {
        assert!(get(&app, &admin, path).await.1.contains(under), "{path} names the parent");
    }
    assert!(!get(&app, &admin, "/teams/five").await.1.contains(NEVER), "five and four make nine");
}
