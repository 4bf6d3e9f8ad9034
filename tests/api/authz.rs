//! Every route × role answers as the table below says (the roles of the workspace): admins do
//! everything; a lead reads and keeps their teams and the teams below them (agreements,
//! follow-ups, pulses, team settings except thresholds); a member reads their team when it publishes to
//! members (the default; alpha has turned it off); signed out, a page sends to sign-in and the
//! API says 401. A refused request (403, 404) changes nothing in the database; an allowed form
//! answers 2xx or 303 to a page that then answers 200.

use std::collections::HashMap;

use crate::backend_tests;
use crate::helpers::*;

mod world;

use world::{Placeholders, TEAMS, fingerprint, organisation};

/// The roles, in the order of the table's columns: who signs in, the teams they read and the
/// teams they lead (the rule the `READ` and `LEAD…` cells apply).
const ROLES: &[(&str, &[&str], &[&str])] = &[
    ("signed-out", &[], &[]),
    ("admin", &TEAMS, &TEAMS),
    ("org-lead", &TEAMS, &TEAMS),
    ("alpha-lead", &["alpha"], &["alpha"]),
    ("alpha-member", &[], &[]),
    ("beta-member", &["beta"], &[]),
];

/// Each row runs the roles in this order: the admin last, so that a change only an admin may
/// make cannot turn a later role's refusal into a form that changes nothing.
const RUN_ORDER: [usize; 6] = [0, 2, 3, 4, 5, 1];

/// What one role gets from one route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    /// This status, whatever the team.
    Is(u16),
    /// This status on the teams the role reads; 403 (and nothing changed) on the others.
    WhereReads(u16),
    /// This status on the teams the role leads; 403 (and nothing changed) on the others.
    WhereLeads(u16),
}

use Want::{Is, WhereLeads, WhereReads};

/// Signed out: a page (and a form) sends to `/login?next=…`.
const SIGN_IN: Want = Is(303);
/// Signed out: the API wants a token or a session.
const TOKEN: Want = Is(401);
/// The page.
const OK: Want = Is(200);
/// A form done: 303 to a page that answers 200.
const SEE: Want = Is(303);
/// Refused; nothing changed.
const NO: Want = Is(403);
/// No such thing here; nothing changed.
const MISSING: Want = Is(404);
const READ: Want = WhereReads(200);
const LEAD: Want = WhereLeads(200);
const LEAD_SEE: Want = WhereLeads(303);

/// One route: `{t}` in the path makes it a row per team (org, alpha, beta); other `{…}` are
/// placeholders filled at the moment of the request (see `world::Placeholders`). A form field
/// named `file` is sent as the file of a `multipart/form-data` upload.
struct Row {
    method: &'static str,
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
    want: [Want; 6],
}

const fn get(path: &'static str, want: [Want; 6]) -> Row {
    Row { method: "GET", path, form: &[], want }
}

const fn post(path: &'static str, form: &'static [(&'static str, &'static str)], want: [Want; 6]) -> Row {
    Row { method: "POST", path, form, want }
}

const NEW_AGREEMENT: &[(&str, &str)] = &[("title", "Agreement {fresh}"), ("body", "# New\n\nWe agree.\n")];
const EDIT_RULES: &[(&str, &str)] = &[
    ("title", "Rules"),
    ("body", "# Rules\n\nBe kind, {fresh}.\n"),
    ("note", "clearer"),
    ("base", "{t.version}"),
];
const FOLLOWUP: &[(&str, &str)] = &[
    ("period", "{period}"),
    ("note", "We heard that reviews wait."),
    ("action_text", "Review within a day"),
    ("action_owner", "Ana"),
    ("action_due", "2030-01-01"),
];
/// The follow-up's edit form sent back as it is.
const SAME_FOLLOWUP: &[(&str, &str)] = &[
    ("note", "We heard that reviews wait."),
    ("action_id", "{t.action}"),
    ("action_text", "Review within a day"),
    ("action_owner", "Ana"),
    ("action_due", "2030-01-01"),
];
const SAME_KEEPER: &[(&str, &str)] = &[
    ("name", "Keeper"),
    ("email", "keeper@authz.test"),
    ("role:{beta.id}", "member"),
    ("home", "{beta.id}"),
];
const NEW_QUESTION: &[(&str, &str)] =
    &[("key", "q_{fresh}"), ("dimension", "d_{fresh}"), ("kind", "likert5"), ("text", "Question {fresh}?")];
const KEEPER_FILE: &str = "email,name,team,role\nkeeper@authz.test,Keeper,beta,member\n";

/// Every route about teams, people, agreements, follow-ups and admin. Columns: the roles of
/// [`ROLES`].
#[rustfmt::skip]
const TABLE: &[Row] = &[
    //                                                                 signed out admin    org-lead  alpha-lead alpha-member beta-member
    get("/",                                                           [OK,       OK,      OK,       OK,        OK,          OK]),
    // The language switcher needs nobody: it sets a cookie and goes back (here to the sign-in
    // page, where the table sends everyone signed out; English, so no later page changes).
    get("/language?to=en&back=/login%3Fnext%3D%2F",                    [SEE,      SEE,     SEE,      SEE,       SEE,         SEE]),
    get("/admin",                                                      [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    get("/admin/teams",                                                [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    post("/admin/teams", &[("slug", "t-{fresh}"), ("name", "New team"), ("min_group", "5")],
                                                                       [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    get("/admin/teams/{t}",                                            [SIGN_IN,  OK,      LEAD,     LEAD,      LEAD,        LEAD]),
    get("/admin/teams/nope",                                           [SIGN_IN,  MISSING, MISSING,  MISSING,   MISSING,     MISSING]),
    post("/admin/teams/{t}", &[("name", "{t.name}")],                  [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    post("/admin/teams/beta", &[("name", "Beta"), ("min_group", "7")], [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    post("/admin/teams/{t}/archive", &[],                              [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    post("/admin/teams/{t}/unarchive", &[],                            [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    get("/admin/people",                                               [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    post("/admin/people", &[("name", "New"), ("email", "{fresh}@authz.test"), ("team", "beta"), ("role", "member")],
                                                                       [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    get("/admin/people/import",                                        [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    post("/admin/people/import", &[("file", KEEPER_FILE)],             [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    post("/admin/people/import/confirm", &[("csv", KEEPER_FILE), ("absent", "keep")],
                                                                       [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    get("/admin/people/{person}",                                      [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    get("/admin/people/999999",                                        [SIGN_IN,  MISSING, NO,       NO,        NO,          NO]),
    post("/admin/people/{person}", SAME_KEEPER,                        [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    post("/admin/people/{new-person}/active", &[("active", "false")],  [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    post("/admin/people/{new-person}/remove", &[("confirm", "yes")],   [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    get("/teams/{t}",                                                  [SIGN_IN,  OK,      READ,     READ,      READ,        READ]),
    get("/teams/nope",                                                 [SIGN_IN,  MISSING, MISSING,  MISSING,   MISSING,     MISSING]),
    get("/api/v1/teams/{t}/report",                                    [TOKEN,    OK,      READ,     READ,      READ,        READ]),
    get("/teams/{t}/agreements/rules",                                 [SIGN_IN,  OK,      READ,     READ,      READ,        READ]),
    get("/teams/{t}/agreements/rules/diff?from=1&to=2",                [SIGN_IN,  OK,      READ,     READ,      READ,        READ]),
    get("/teams/{t}/agreements/new",                                   [SIGN_IN,  OK,      LEAD,     LEAD,      LEAD,        LEAD]),
    post("/teams/{t}/agreements/new", NEW_AGREEMENT,                   [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    get("/teams/{t}/agreements/rules/edit",                            [SIGN_IN,  OK,      LEAD,     LEAD,      LEAD,        LEAD]),
    post("/teams/{t}/agreements/rules/edit", EDIT_RULES,               [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    post("/teams/{t}/agreements/rules/reviewed", &[],                  [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    post("/teams/{t}/followups", FOLLOWUP,                             [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    get("/teams/{t}/followups/{t.followup}/edit",                      [SIGN_IN,  OK,      LEAD,     LEAD,      LEAD,        LEAD]),
    post("/teams/{t}/followups/{t.followup}/edit", SAME_FOLLOWUP,      [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    post("/teams/{t}/followups/{t.new-followup}/delete", &[],          [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    post("/teams/{t}/actions/{t.open-action}/done", &[],               [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    post("/teams/{t}/actions/{t.done-action}/undo", &[],               [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    // Pulses: admins for every team, leads for theirs; members never.
    // A team's survey: admins only.
    get("/admin/teams/{t}/survey",                                     [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    get("/admin/teams/nope/survey",                                    [SIGN_IN,  MISSING, NO,       NO,        NO,          NO]),
    post("/admin/teams/{t}/survey/sets", &[("set", "psychological-safety"), ("action", "use")],
                                                                       [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    post("/admin/teams/{t}/survey/questions", NEW_QUESTION,            [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    post("/admin/teams/{t}/survey/questions/trust_1", &[("text", "We trust each other, {fresh}.")],
                                                                       [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    post("/admin/teams/{t}/survey/questions/trust_2/retire", &[],      [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    post("/admin/teams/{t}/survey/rotation", &[("set", "psychological-safety")],
                                                                       [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    get("/admin/pulses",                                               [SIGN_IN,  OK,      OK,       OK,        NO,          NO]),
    get("/admin/pulses/launch",                                        [SIGN_IN,  OK,      OK,       OK,        NO,          NO]),
    post("/admin/pulses/launch", &[],                                  [SIGN_IN,  SEE,     SEE,      SEE,       NO,          NO]),
    get("/admin/pulses/teams/{t}/launch",                              [SIGN_IN,  OK,      LEAD,     LEAD,      LEAD,        LEAD]),
    post("/admin/pulses/teams/{t}/launch", &[],                        [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    get("/admin/pulses/teams/{t}/open",                                [SIGN_IN,  OK,      LEAD,     LEAD,      LEAD,        LEAD]),
    // This month has its pulse already: those who may open one are told so (409), the others
    // refused (403); nothing changes either way.
    post("/admin/pulses/teams/beta/open", &[("days", "5")],            [SIGN_IN,  Is(409), Is(409),  NO,        NO,          NO]),
    get("/admin/pulses/teams/{t}/invitation",                          [SIGN_IN,  OK,      LEAD,     LEAD,      LEAD,        LEAD]),
    get("/admin/pulses/teams/{t}/survey",                              [SIGN_IN,  OK,      LEAD,     LEAD,      LEAD,        LEAD]),
    post("/admin/pulses/teams/{t}/test", &[],                          [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    get("/admin/pulses/{t.pulse}?team={t}",                            [SIGN_IN,  OK,      LEAD,     LEAD,      LEAD,        LEAD]),
    get("/admin/pulses/999999",                                        [SIGN_IN,  MISSING, MISSING,  MISSING,   MISSING,     MISSING]),
    post("/admin/pulses/{t.pulse}/retry?team={t}", &[],                [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    post("/admin/pulses/{t.pulse}/cancel?team={t}", &[],               [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    post("/admin/pulses/{t.new-pulse}/close?team={t}", &[],            [SIGN_IN,  SEE,     LEAD_SEE, LEAD_SEE,  LEAD_SEE,    LEAD_SEE]),
    // The outbox, tokens and the audit log: admins only.
    get("/admin/outbox?state=queued",                                  [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    get("/admin/tokens",                                               [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    post("/admin/tokens", &[("name", "t-{fresh}"), ("email", "admin@candor.test"), ("scope", "reports:read")],
                                                                       [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    post("/admin/tokens/{new-token}/revoke", &[],                      [SIGN_IN,  SEE,     NO,       NO,        NO,          NO]),
    get("/admin/webhooks",                                             [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    post("/admin/webhooks", &[("name", "w-{fresh}"), ("url", "http://127.0.0.1:9/in"), ("events", "pulse.closed")],
                                                                       [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    post("/admin/webhooks/nobody/remove", &[],                         [SIGN_IN,  MISSING, NO,       NO,        NO,          NO]),
    get("/admin/audit",                                                [SIGN_IN,  OK,      NO,       NO,        NO,          NO]),
    // Another team's follow-up or action through alpha's address is not alpha's.
    get("/teams/alpha/followups/{beta.followup}/edit",                 [SIGN_IN,  MISSING, MISSING,  MISSING,   NO,          NO]),
    post("/teams/alpha/followups/{beta.new-followup}/delete", &[],     [SIGN_IN,  MISSING, MISSING,  MISSING,   NO,          NO]),
    post("/teams/alpha/actions/{beta.open-action}/done", &[],          [SIGN_IN,  MISSING, MISSING,  MISSING,   NO,          NO]),
];

/// One request of the table: a row for one team (or none), as one role.
struct Case<'a> {
    row: &'a Row,
    team: Option<&'static str>,
    role: usize,
}

impl Case<'_> {
    /// The status this role must get here.
    fn want(&self) -> u16 {
        let (_, reads, leads) = ROLES[self.role];
        let (status, teams) = match self.row.want[self.role] {
            Is(status) => return status,
            WhereReads(status) => (status, reads),
            WhereLeads(status) => (status, leads),
        };
        let (method, path) = (self.row.method, self.row.path);
        let team =
            self.team.unwrap_or_else(|| panic!("{method} {path}: READ and LEAD need {{t}} in the path"));
        if teams.contains(&team) { status } else { 403 }
    }

    /// "alpha-lead POST /teams/alpha/…", for assertion messages.
    fn named(&self, path: &str) -> String {
        format!("{} {} {path}", ROLES[self.role].0, self.row.method)
    }
}

/// A signed-in client per role (a cookie client signed out), with its CSRF token.
async fn clients(app: &TestApp) -> Vec<(reqwest::Client, String)> {
    let mut out = Vec::new();
    for (role, ..) in ROLES {
        let (client, form_page) = match *role {
            "signed-out" => (cookie_client(), "/login"),
            "admin" => (app.admin_client().await.clone(), "/logout"),
            other => (app.sign_in(&format!("{other}@authz.test"), TEST_PASSWORD).await, "/logout"),
        };
        let page = client.get(format!("{}{form_page}", app.address)).send().await.unwrap();
        let csrf = csrf_in(&page.text().await.unwrap());
        out.push((client, csrf));
    }
    out
}

/// Sends one request: (status, Location).
async fn send(
    app: &TestApp,
    (client, csrf): &(reqwest::Client, String),
    method: &str,
    path: &str,
    form: &[(String, String)],
) -> (u16, String) {
    let url = format!("{}{path}", app.address);
    let request = match method {
        "GET" => client.get(url),
        _ if form.iter().any(|(k, _)| k == "file") => {
            let mut parts = reqwest::multipart::Form::new().text("csrf", csrf.clone());
            for (key, value) in form {
                parts = match key.as_str() {
                    "file" => parts.part(
                        "file",
                        reqwest::multipart::Part::bytes(value.clone().into_bytes()).file_name("people.csv"),
                    ),
                    _ => parts.text(key.clone(), value.clone()),
                };
            }
            client.post(url).multipart(parts)
        }
        _ => {
            let mut fields = vec![("csrf".to_string(), csrf.clone())];
            fields.extend_from_slice(form);
            client.post(url).form(&fields)
        }
    };
    let response = request.send().await.unwrap();
    let location = response.headers().get("location").map(|v| v.to_str().unwrap().to_string());
    (response.status().as_u16(), location.unwrap_or_default())
}

/// Runs one case and checks what the role gets, what it changed, and where it was sent.
async fn check(app: &TestApp, fill: &Placeholders<'_>, client: &(reqwest::Client, String), case: &Case<'_>) {
    let path = fill.fill(case.row.path, case.team);
    let form: Vec<(String, String)> =
        case.row.form.iter().map(|(k, v)| (fill.fill(k, case.team), fill.fill(v, case.team))).collect();
    let who = case.named(&path);
    let before = fingerprint(app);
    let (status, location) = send(app, client, case.row.method, &path, &form).await;
    assert_eq!(status, case.want(), "{who}");
    let signed_out = case.role == 0;
    let allowed = (200..300).contains(&status) || (status == 303 && !signed_out);
    if !allowed {
        assert_eq!(fingerprint(app), before, "{who} was refused ({status}), yet the database changed");
    }
    if status == 303 && signed_out {
        assert!(location.starts_with("/login?next="), "{who} sends to {location}, not to sign in");
    } else if status == 303 {
        let page = location.split('#').next().unwrap_or_default();
        let (shown, _) = send(app, client, "GET", page, &[]).await;
        assert_eq!(shown, 200, "{who} sends to {location}, which answers {shown}");
    }
}

/// Every row, expanded over the teams of `{t}`.
fn expanded() -> Vec<(&'static Row, Option<&'static str>)> {
    let mut out = Vec::new();
    for row in TABLE {
        if row.path.contains("{t}") {
            out.extend(TEAMS.iter().map(|t| (row, Some(*t))));
        } else {
            out.push((row, None));
        }
    }
    out
}

backend_tests!(every_route_role_and_team_answers_as_the_table_says, api_tokens_act_for_their_user);

async fn every_route_role_and_team_answers_as_the_table_says(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(&app).await;
    let clients = clients(&app).await;
    let fill = Placeholders::new(&app);
    let mut checked = HashMap::new();
    for (row, team) in expanded() {
        for role in RUN_ORDER {
            check(&app, &fill, &clients[role], &Case { row, team, role }).await;
            *checked.entry(row.method).or_insert(0) += 1;
        }
    }
    assert!(checked["GET"] > 100 && checked["POST"] > 100, "{checked:?}");
    home_lists_the_readable_teams(&app, &clients).await;
}

/// The home page lists exactly the teams each role reads.
async fn home_lists_the_readable_teams(app: &TestApp, clients: &[(reqwest::Client, String)]) {
    for ((role, reads, _), (client, _)) in ROLES.iter().zip(clients).skip(1) {
        let home = client.get(format!("{}/", app.address)).send().await.unwrap().text().await.unwrap();
        let listed: Vec<&str> =
            TEAMS.into_iter().filter(|t| home.contains(&format!("href=\"/teams/{t}\""))).collect();
        let readable: Vec<&str> = TEAMS.into_iter().filter(|t| reads.contains(t)).collect();
        assert_eq!(listed, readable, "{role}: the home page lists exactly the teams they read");
    }
}

async fn api_tokens_act_for_their_user(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(&app).await;
    let out = app.db.candor(&["token", "create", "--email", "alpha-lead@authz.test", "--name", "dashboards"]);
    assert!(out.status.success(), "{:?}", texts(&out));
    let token = texts(&out).0.trim().to_string();
    let id = texts(&out).1.split_whitespace().nth(1).unwrap().to_string();
    let call = |team: &str, bearer: String| {
        let client = reqwest::Client::new();
        let url = format!("{}/api/v1/teams/{team}/report", app.address);
        async move { client.get(url).bearer_auth(bearer).send().await.unwrap().status().as_u16() }
    };
    assert_eq!(call("alpha", token.clone()).await, 200);
    assert_eq!(call("beta", token.clone()).await, 403);
    assert_eq!(call("alpha", "not-a-token".into()).await, 401);
    assert!(app.db.candor(&["token", "revoke", &id]).status.success());
    assert_eq!(call("alpha", token).await, 401, "a revoked token stops working");
    let (log, _) = texts(&app.db.candor(&["audit"]));
    assert!(
        log.contains("token.create") && log.contains("token.revoke") && log.contains("team.set"),
        "{log}"
    );
}
