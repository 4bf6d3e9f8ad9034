//! A busy database is 503 on every page and API route (docs/design.md, "Nothing lost"): with
//! every connection taken, each route that needs the database says "try again" with
//! `Retry-After`, never a 500, a 404 or an empty list; with the SQLite file write-locked by
//! another process, pages that only read still work and every write is refused with 503,
//! leaving nothing written.

use candor::db::schema::{actions, agreement_reviews, agreement_versions, followups, login_tokens, sessions};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(every_route_answers_503_while_every_connection_is_taken);

/// One request the test makes. `needs_db`: the route cannot answer without the database.
struct Route {
    method: &'static str,
    /// The pattern as the route table writes it.
    pattern: &'static str,
    path: String,
    form: Vec<(&'static str, String)>,
    /// Sent with the admin's session (else with the API token, or nothing).
    signed_in: bool,
    needs_db: bool,
    /// Writes when it succeeds (so it must be refused while another process writes).
    writes: bool,
    /// Sends the form as `multipart/form-data` (a file upload) with `file` holding this.
    file: Option<&'static str>,
}

/// A team with a closed, answered pulse and an open one, an agreement in two versions, a
/// follow-up with an action, a sign-in link and an API token; the admin signed in.
struct World {
    app: TestApp,
    admin: reqwest::Client,
    api_token: String,
    api_token_id: i64,
    survey_token: String,
    login_token: String,
    action_id: i64,
    followup_id: i64,
    person_id: i64,
    pulse_id: String,
    csrf: String,
}

async fn world(backend: Backend) -> World {
    let app = spawn_app_with(backend, |s| {
        s.db_checkout_timeout_ms = 200;
        s.sqlite_busy_timeout_ms = 200;
        s.login_rate_per_minute = 0;
    })
    .await;
    app.with_conn(|c| seed_team(c, "busy", 5));
    assert!(app.db.candor(&["team", "add", "spare", "--name", "Spare"]).status.success());
    run_round(&app, "busy", "2026-09").await;
    for (file, text) in
        [("v1.md", "# Reviews\n\nWithin two days.\n"), ("v2.md", "# Reviews\n\nWithin a day.\n")]
    {
        write_file(&app.db.dir, file, text);
    }
    let dir = app.db.dir.path();
    let v1 = dir.join("v1.md").display().to_string();
    let v2 = dir.join("v2.md").display().to_string();
    let add =
        ["agreement", "add", "--team", "busy", "--title", "Review SLA", "--file", &v1, "--author", "ana"];
    assert!(app.db.candor(&add).status.success());
    let edit =
        ["agreement", "edit", "--team", "busy", "review-sla", "--file", &v2, "--note", "n", "--author", "bo"];
    assert!(app.db.candor(&edit).status.success());
    let period = candor::domain::period::Period::of(chrono::Utc::now().date_naive()).to_string();
    let out = app.db.candor(&["pulse", "open", "--team", "busy", "--period", &period]);
    let pulse_id = texts(&out).0.trim().to_string();
    let survey_token = queued_tokens(&app, &format!("invite:{pulse_id}:")).remove(0).1;

    let admin = app.admin_client().await.clone();
    let page = admin.get(format!("{}/teams/busy", app.address)).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_in(&page);
    let form = [
        ("csrf", csrf.as_str()),
        ("period", "2026-09"),
        ("note", "Heard."),
        ("action_text", "Fewer meetings"),
        ("action_owner", "Ana"),
        ("action_due", "2030-01-01"),
    ];
    let posted =
        admin.post(format!("{}/teams/busy/followups", app.address)).form(&form).send().await.unwrap();
    assert_eq!(posted.status(), 303, "{}", posted.text().await.unwrap());
    let action_id = app.with_conn(|c| actions::table.select(actions::id).first::<i64>(c).unwrap());
    let followup_id = app.with_conn(|c| followups::table.select(followups::id).first::<i64>(c).unwrap());

    let now = chrono::Utc::now().naive_utc();
    let email = candor::domain::Email::parse("admin@candor.test").unwrap();
    let (api_token_id, api_token) = app.with_conn(|c| {
        candor::db::write(c, |c| {
            candor::auth::api_tokens::create(c, &email, "busy", candor::auth::api_tokens::READ_REPORTS, now)
        })
        .unwrap()
    });
    let composer = app.state.composer.clone();
    app.with_conn(|c| candor::db::write(c, |c| candor::auth::login::request_link(c, &composer, &email, now)))
        .unwrap();
    let login_token = login_link_token(&app);
    let person_id = app.with_conn(|c| {
        use candor::db::schema::people;
        people::table.order(people::id.desc()).select(people::id).first::<i64>(c).unwrap()
    });
    World {
        app,
        admin,
        api_token,
        api_token_id,
        survey_token,
        login_token,
        action_id,
        followup_id,
        person_id,
        pulse_id,
        csrf,
    }
}

fn login_link_token(app: &TestApp) -> String {
    use candor::db::schema::outbox;
    let body: String = app.with_conn(|c| {
        outbox::table
            .filter(outbox::idempotency_key.like("login:%"))
            .select(outbox::body_text)
            .first(c)
            .unwrap()
    });
    let start = body.find("/login/").unwrap() + "/login/".len();
    body[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

/// Every route of `src/http/mod.rs`, with a request that would succeed.
fn routes(w: &World) -> Vec<Route> {
    let csrf = || w.csrf.clone();
    let page = |pattern, path: &str, needs_db| Route {
        method: "GET",
        pattern,
        path: path.to_string(),
        form: Vec::new(),
        signed_in: true,
        needs_db,
        writes: false,
        file: None,
    };
    let post = |pattern, path: String, form: Vec<(&'static str, String)>| Route {
        method: "POST",
        pattern,
        path,
        form,
        signed_in: true,
        needs_db: true,
        writes: true,
        file: None,
    };
    let anonymous = |route: Route| Route { signed_in: false, ..route };
    let (token, login) = (&w.survey_token, &w.login_token);
    vec![
        anonymous(page("/healthz", "/healthz", true)),
        anonymous(page("/readyz", "/readyz", true)),
        anonymous(page("/metrics", "/metrics", false)),
        anonymous(page("/static/candor.css", "/static/candor.css", false)),
        anonymous(page("/language", "/language?to=de&back=/teams/busy", false)),
        anonymous(page("/p/{token}", &format!("/p/{token}"), true)),
        anonymous(post("/p/{token}", format!("/p/{token}"), survey_form())),
        page("/", "/", true),
        page("/admin", "/admin", true),
        page("/admin/outbox", "/admin/outbox?state=queued&kind=invite&team=busy", true),
        page("/admin/audit", "/admin/audit?action=sign-in", true),
        page("/admin/tokens", "/admin/tokens", true),
        post(
            "/admin/tokens",
            "/admin/tokens".into(),
            vec![
                ("csrf", csrf()),
                ("name", "busy export".into()),
                ("email", "admin@candor.test".into()),
                ("scope", "reports:read".into()),
            ],
        ),
        post(
            "/admin/tokens/{id}/revoke",
            format!("/admin/tokens/{}/revoke", w.api_token_id),
            vec![("csrf", csrf())],
        ),
        page("/admin/webhooks", "/admin/webhooks", true),
        post(
            "/admin/webhooks",
            "/admin/webhooks".into(),
            vec![
                ("csrf", csrf()),
                ("name", "busy-hook".into()),
                ("url", "http://127.0.0.1:9/in".into()),
                ("events", "pulse.closed".into()),
            ],
        ),
        post(
            "/admin/webhooks/{name}/remove",
            "/admin/webhooks/busy-hook/remove".into(),
            vec![("csrf", csrf())],
        ),
        page("/admin/people", "/admin/people?q=busy", true),
        post(
            "/admin/people",
            "/admin/people".into(),
            vec![
                ("csrf", csrf()),
                ("name", "New".into()),
                ("email", "new@busy.test".into()),
                ("team", "busy".into()),
                ("role", "member".into()),
            ],
        ),
        page("/admin/people/import", "/admin/people/import", true),
        Route {
            writes: false,
            file: Some(PEOPLE_FILE),
            ..post("/admin/people/import", "/admin/people/import".into(), vec![("csrf", csrf())])
        },
        post(
            "/admin/people/import/confirm",
            "/admin/people/import/confirm".into(),
            vec![("csrf", csrf()), ("csv", PEOPLE_FILE.into()), ("absent", "keep".into())],
        ),
        page("/admin/people/{id}", &format!("/admin/people/{}", w.person_id), true),
        post(
            "/admin/people/{id}",
            format!("/admin/people/{}", w.person_id),
            vec![("csrf", csrf()), ("name", "Renamed".into()), ("email", "renamed@busy.test".into())],
        ),
        post(
            "/admin/people/{id}/active",
            format!("/admin/people/{}/active", w.person_id),
            vec![("csrf", csrf()), ("active", "false".into())],
        ),
        post(
            "/admin/people/{id}/remove",
            format!("/admin/people/{}/remove", w.person_id),
            vec![("csrf", csrf()), ("confirm", "yes".into())],
        ),
        page("/admin/teams", "/admin/teams", true),
        post(
            "/admin/teams",
            "/admin/teams".into(),
            vec![
                ("csrf", csrf()),
                ("slug", "extra".into()),
                ("name", "Extra".into()),
                ("parent", "busy".into()),
                ("min_group", "5".into()),
            ],
        ),
        page("/admin/teams/{slug}", "/admin/teams/busy", true),
        post(
            "/admin/teams/{slug}",
            "/admin/teams/busy".into(),
            vec![("csrf", csrf()), ("timezone", "Europe/Berlin".into())],
        ),
        post("/admin/teams/{slug}/archive", "/admin/teams/spare/archive".into(), vec![("csrf", csrf())]),
        post("/admin/teams/{slug}/unarchive", "/admin/teams/spare/unarchive".into(), vec![("csrf", csrf())]),
        page("/admin/teams/{slug}/survey", "/admin/teams/busy/survey?done=add&subject=busy_q", true),
        post(
            "/admin/teams/{slug}/survey/sets",
            "/admin/teams/busy/survey/sets".into(),
            vec![("csrf", csrf()), ("set", "psychological-safety".into()), ("action", "use".into())],
        ),
        post(
            "/admin/teams/{slug}/survey/rotation",
            "/admin/teams/busy/survey/rotation".into(),
            vec![("csrf", csrf()), ("set", "default".into())],
        ),
        post(
            "/admin/teams/{slug}/survey/questions",
            "/admin/teams/busy/survey/questions".into(),
            vec![
                ("csrf", csrf()),
                ("key", "busy_q".into()),
                ("dimension", "busy".into()),
                ("kind", "likert5".into()),
                ("text", "Busy weeks were fine.".into()),
            ],
        ),
        post(
            "/admin/teams/{slug}/survey/questions/{key}",
            "/admin/teams/busy/survey/questions/trust_1".into(),
            vec![("csrf", csrf()), ("text", "We trust each other when busy.".into())],
        ),
        post(
            "/admin/teams/{slug}/survey/questions/{key}/retire",
            "/admin/teams/busy/survey/questions/trust_2/retire".into(),
            vec![("csrf", csrf())],
        ),
        page("/admin/pulses", "/admin/pulses", true),
        page("/admin/pulses/launch", "/admin/pulses/launch", true),
        post("/admin/pulses/launch", "/admin/pulses/launch".into(), vec![("csrf", csrf())]),
        page("/admin/pulses/teams/{slug}/launch", "/admin/pulses/teams/spare/launch", true),
        post(
            "/admin/pulses/teams/{slug}/launch",
            "/admin/pulses/teams/spare/launch".into(),
            vec![("csrf", csrf())],
        ),
        page("/admin/pulses/teams/{slug}/open", "/admin/pulses/teams/spare/open", true),
        post(
            "/admin/pulses/teams/{slug}/open",
            "/admin/pulses/teams/spare/open".into(),
            vec![("csrf", csrf()), ("days", "7".into())],
        ),
        page("/admin/pulses/teams/{slug}/invitation", "/admin/pulses/teams/busy/invitation", true),
        page("/admin/pulses/teams/{slug}/survey", "/admin/pulses/teams/busy/survey?trust_1=4", true),
        post(
            "/admin/pulses/teams/{slug}/test",
            "/admin/pulses/teams/busy/test".into(),
            vec![("csrf", csrf())],
        ),
        page("/admin/pulses/{id}", &format!("/admin/pulses/{}", w.pulse_id), true),
        post(
            "/admin/pulses/{id}/retry",
            format!("/admin/pulses/{}/retry", w.pulse_id),
            vec![("csrf", csrf())],
        ),
        post(
            "/admin/pulses/{id}/cancel",
            format!("/admin/pulses/{}/cancel", w.pulse_id),
            vec![("csrf", csrf())],
        ),
        post(
            "/admin/pulses/{id}/close",
            format!("/admin/pulses/{}/close", w.pulse_id),
            vec![("csrf", csrf())],
        ),
        page("/teams/{slug}", "/teams/busy", true),
        post(
            "/teams/{slug}/followups",
            "/teams/busy/followups".into(),
            vec![("csrf", csrf()), ("period", "2026-09".into()), ("note", "Again.".into())],
        ),
        page(
            "/teams/{slug}/followups/{id}/edit",
            &format!("/teams/busy/followups/{}/edit", w.followup_id),
            true,
        ),
        post(
            "/teams/{slug}/followups/{id}/edit",
            format!("/teams/busy/followups/{}/edit", w.followup_id),
            vec![("csrf", csrf()), ("note", "Changed.".into())],
        ),
        post(
            "/teams/{slug}/followups/{id}/delete",
            format!("/teams/busy/followups/{}/delete", w.followup_id),
            vec![("csrf", csrf())],
        ),
        post(
            "/teams/{slug}/actions/{id}/undo",
            format!("/teams/busy/actions/{}/undo", w.action_id),
            vec![("csrf", csrf())],
        ),
        post(
            "/teams/{slug}/actions/{id}/done",
            format!("/teams/busy/actions/{}/done", w.action_id),
            vec![("csrf", csrf())],
        ),
        page("/login", "/login", true),
        post("/login", "/login".into(), vec![("csrf", csrf()), ("email", "admin@candor.test".into())]),
        post(
            "/login/password",
            "/login/password".into(),
            vec![("csrf", csrf()), ("email", "admin@candor.test".into()), ("password", TEST_PASSWORD.into())],
        ),
        // Single sign-on is not set up here (404 with the database free), but the session
        // middleware in front of them reads the database first.
        page("/login/oidc", "/login/oidc", true),
        page("/login/oidc/callback", "/login/oidc/callback?code=c&state=s", true),
        page("/login/{token}", &format!("/login/{login}"), true),
        post("/login/{token}", format!("/login/{login}"), vec![("csrf", csrf())]),
        page("/logout", "/logout", true),
        post("/logout", "/logout".into(), vec![("csrf", csrf())]),
        page("/teams/{slug}/agreements/{agreement}", "/teams/busy/agreements/review-sla", true),
        page(
            "/teams/{slug}/agreements/{agreement}/diff",
            "/teams/busy/agreements/review-sla/diff?from=1&to=2",
            true,
        ),
        page("/teams/{slug}/agreements/new", "/teams/busy/agreements/new", true),
        post(
            "/teams/{slug}/agreements/new",
            "/teams/busy/agreements/new".into(),
            vec![("csrf", csrf()), ("title", "Intake".into()), ("body", "We meet on Mondays.".into())],
        ),
        page("/teams/{slug}/agreements/{agreement}/edit", "/teams/busy/agreements/review-sla/edit", true),
        post(
            "/teams/{slug}/agreements/{agreement}/edit",
            "/teams/busy/agreements/review-sla/edit".into(),
            vec![
                ("csrf", csrf()),
                ("base", "2".into()),
                ("body", "Within an hour.".into()),
                ("note", "n".into()),
            ],
        ),
        post(
            "/teams/{slug}/agreements/{agreement}/reviewed",
            "/teams/busy/agreements/review-sla/reviewed".into(),
            vec![("csrf", csrf())],
        ),
        page("/no-such-page", "/no-such-page", true),
        api("/openapi.json", "/api/v1/openapi.json", false),
        api("/teams/{slug}/report", "/api/v1/teams/busy/report", true),
        api("/api/v1", "/api/v1/no-such-endpoint", false),
    ]
}

/// A people file that imports cleanly into the world's team.
const PEOPLE_FILE: &str = "email,name,team,role\nnew@busy.test,New,busy,member\n";

fn api(pattern: &'static str, path: &str, needs_db: bool) -> Route {
    Route {
        method: "GET",
        pattern,
        path: path.into(),
        form: Vec::new(),
        signed_in: false,
        needs_db,
        writes: false,
        file: None,
    }
}

fn survey_form() -> Vec<(&'static str, String)> {
    VALID_ANSWERS.iter().map(|(k, v)| (*k, v.to_string())).collect()
}

/// (status, Retry-After, body) of one request.
async fn send(w: &World, route: &Route) -> (u16, Option<String>, String) {
    let client = if route.signed_in { &w.admin } else { &w.app.client };
    let url = format!("{}{}", w.app.address, route.path);
    let request = match (route.method, route.file) {
        ("GET", _) => client.get(url),
        (_, Some(file)) => {
            let form =
                route.form.iter().fold(reqwest::multipart::Form::new(), |f, (k, v)| f.text(*k, v.clone()));
            let part = reqwest::multipart::Part::bytes(file.as_bytes().to_vec()).file_name("people.csv");
            client.post(url).multipart(form.part("file", part))
        }
        _ => client.post(url).form(&route.form),
    };
    let request = if route.pattern.starts_with("/api/v1") || route.path.starts_with("/api/") {
        request.bearer_auth(&w.api_token)
    } else {
        request
    };
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let retry = response.headers().get("retry-after").map(|v| v.to_str().unwrap_or("").to_string());
    (status, retry, response.text().await.unwrap())
}

#[test]
fn the_list_covers_the_route_table() {
    let table = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/http/mod.rs")).unwrap();
    let in_table: Vec<&str> = table.split('"').filter(|s| s.starts_with('/') && !s.contains(' ')).collect();
    assert!(in_table.len() > 15, "the reader found the routes: {in_table:?}");
    let listed = [
        "/healthz",
        "/readyz",
        "/metrics",
        "/static/candor.css",
        "/language",
        "/p/{token}",
        "/",
        "/admin",
        "/admin/outbox",
        "/admin/audit",
        "/admin/tokens",
        "/admin/tokens/{id}/revoke",
        "/admin/webhooks",
        "/admin/webhooks/{name}/remove",
        "/admin/people",
        "/admin/people/import",
        "/admin/people/import/confirm",
        "/admin/people/{id}",
        "/admin/people/{id}/active",
        "/admin/people/{id}/remove",
        "/admin/teams",
        "/admin/teams/{slug}",
        "/admin/teams/{slug}/archive",
        "/admin/teams/{slug}/unarchive",
        "/admin/teams/{slug}/survey",
        "/admin/teams/{slug}/survey/sets",
        "/admin/teams/{slug}/survey/rotation",
        "/admin/teams/{slug}/survey/questions",
        "/admin/teams/{slug}/survey/questions/{key}",
        "/admin/teams/{slug}/survey/questions/{key}/retire",
        "/admin/pulses",
        "/admin/pulses/launch",
        "/admin/pulses/teams/{slug}/launch",
        "/admin/pulses/teams/{slug}/open",
        "/admin/pulses/teams/{slug}/invitation",
        "/admin/pulses/teams/{slug}/survey",
        "/admin/pulses/teams/{slug}/test",
        "/admin/pulses/{id}",
        "/admin/pulses/{id}/retry",
        "/admin/pulses/{id}/cancel",
        "/admin/pulses/{id}/close",
        "/teams/{slug}",
        "/teams/{slug}/followups",
        "/teams/{slug}/actions/{id}/done",
        "/teams/{slug}/actions/{id}/undo",
        "/teams/{slug}/followups/{id}/edit",
        "/teams/{slug}/followups/{id}/delete",
        "/login",
        "/login/password",
        "/login/oidc",
        "/login/oidc/callback",
        "/login/{token}",
        "/logout",
        "/teams/{slug}/agreements/{agreement}",
        "/teams/{slug}/agreements/{agreement}/diff",
        "/teams/{slug}/agreements/new",
        "/teams/{slug}/agreements/{agreement}/edit",
        "/teams/{slug}/agreements/{agreement}/reviewed",
        "/api/v1",
        "/openapi.json",
        "/teams/{slug}/report",
    ];
    for route in in_table {
        assert!(listed.contains(&route), "{route} is in the route table but not tested in tests/api/busy.rs");
    }
}

/// Takes every connection of the app's pool and keeps them until dropped.
fn take_every_connection(app: &TestApp) -> Vec<candor::db::PooledConnection> {
    let size = app.pool.max_size() as usize;
    (0..size).map(|_| app.pool.get().unwrap()).collect()
}

/// What each route answers with the database free: the status of every GET (they change
/// nothing), `None` for the writes.
async fn baseline(w: &World, routes: &[Route]) -> Vec<Option<u16>> {
    let mut out = Vec::new();
    for route in routes {
        out.push(match route.writes {
            true => None,
            false => {
                let (status, _, body) = send(w, route).await;
                assert!(status < 500, "{} answers {status} with the database free: {body}", route.path);
                Some(status)
            }
        });
    }
    out
}

/// The requests whose answer was not `expected` (and, for a 503, without `Retry-After` or
/// without telling what to do).
async fn misanswered(w: &World, routes: &[Route], expected: impl Fn(usize, &Route) -> u16) -> Vec<String> {
    let mut wrong = Vec::new();
    for (i, route) in routes.iter().enumerate() {
        let (status, retry, body) = send(w, route).await;
        let says_what_to_do = ["try again", "unavailable"].iter().any(|m| body.to_lowercase().contains(m));
        if status != expected(i, route) || (status == 503 && (retry.is_none() || !says_what_to_do)) {
            let body: String = body.chars().take(200).collect();
            wrong
                .push(format!("{} {} -> {status} (Retry-After {retry:?}): {body}", route.method, route.path));
        }
    }
    wrong
}

async fn every_route_answers_503_while_every_connection_is_taken(backend: Backend) {
    let w = world(backend).await;
    let routes = routes(&w);
    let normal = baseline(&w, &routes).await;
    let taken = take_every_connection(&w.app);
    let wrong = misanswered(&w, &routes, |i, route| match route.needs_db {
        true => 503,
        false => normal[i].unwrap_or(503),
    })
    .await;
    drop(taken);
    assert!(wrong.is_empty(), "with every connection taken:\n{}", wrong.join("\n"));
    // Nothing of the refused writes happened.
    let (notes, done): (i64, bool) = w.app.with_conn(|c| {
        (
            followups::table.count().get_result(c).unwrap(),
            actions::table.find(w.action_id).select(actions::done_on.is_not_null()).first(c).unwrap(),
        )
    });
    assert_eq!((notes, done), (1, false), "a refused write was written");
    let page = send(&w, routes.iter().find(|r| r.pattern == "/teams/{slug}").unwrap()).await;
    assert_eq!(page.0, 200, "the session outlived the outage: {}", page.2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_locked_sqlite_file_refuses_writes_and_still_serves_reads() {
    let w = world(Backend::Sqlite).await;
    let routes = routes(&w);
    let counts = |app: &TestApp| {
        app.with_conn(|c| {
            let rows: (i64, i64, i64, i64, i64) = (
                followups::table.count().get_result(c).unwrap(),
                agreement_versions::table.count().get_result(c).unwrap(),
                agreement_reviews::table.count().get_result(c).unwrap(),
                login_tokens::table.filter(login_tokens::used.eq(true)).count().get_result(c).unwrap(),
                sessions::table.count().get_result(c).unwrap(),
            );
            rows
        })
    };
    let normal = baseline(&w, &routes).await;
    let before = counts(&w.app);
    let mut holder = w.app.db.connect();
    holder.batch_execute("BEGIN IMMEDIATE").unwrap();
    let wrong = misanswered(&w, &routes, |i, _| normal[i].unwrap_or(503)).await;
    holder.batch_execute("ROLLBACK").unwrap();
    assert!(wrong.is_empty(), "with the file write-locked:\n{}", wrong.join("\n"));
    assert_eq!(
        counts(&w.app),
        before,
        "(follow-ups, agreement versions, reviews, used sign-in links, sessions) changed under the lock"
    );
    let stored = w.app.with_conn(stored_responses);
    assert_eq!(stored, 5, "only the closed pulse's answers are stored");
}
