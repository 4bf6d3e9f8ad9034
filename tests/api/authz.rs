//! Every route × role × team answers as the table below says: admins see everything; a lead
//! their team and the teams below it; a member their team when it publishes to members (the
//! default; alpha has turned it off).

use crate::backend_tests;
use crate::helpers::*;

/// People of the organisation: (email, team, role).
const PEOPLE: &[(&str, &str, &str)] = &[
    ("org-lead@authz.test", "org", "lead"),
    ("alpha-lead@authz.test", "alpha", "lead"),
    ("alpha-member@authz.test", "alpha", "member"),
    ("beta-member@authz.test", "beta", "member"),
];

/// Expected status per role, for the routes `/teams/T`, `/teams/T/agreements/rules` and
/// `/api/v1/teams/T/report`, each for T = org, alpha, beta; then `/admin` and `/`.
/// 303 = sent to sign in; 401 = the API wants a token or a session.
const TABLE: &[(&str, [u16; 11])] = &[
    ("anonymous", [303, 303, 303, 303, 303, 303, 401, 401, 401, 303, 200]),
    ("admin", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("org-lead", [200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 200]),
    ("alpha-lead", [403, 200, 403, 403, 200, 403, 403, 200, 403, 403, 200]),
    ("alpha-member", [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200]),
    ("beta-member", [403, 403, 200, 403, 403, 200, 403, 403, 200, 403, 200]),
];

fn routes() -> Vec<String> {
    let mut out = Vec::new();
    for pattern in ["/teams/{t}", "/teams/{t}/agreements/rules", "/api/v1/teams/{t}/report"] {
        for team in ["org", "alpha", "beta"] {
            out.push(pattern.replace("{t}", team));
        }
    }
    out.push("/admin".into());
    out.push("/".into());
    out
}

async fn organisation(app: &TestApp) {
    let db = &app.db;
    assert!(db.candor(&["team", "add", "org", "--name", "Org"]).status.success());
    for team in ["org", "alpha", "beta"] {
        if team != "org" {
            assert!(db.candor(&["team", "add", team, "--name", team, "--parent", "org"]).status.success());
        }
        let body = write_file(&db.dir, "rules.md", "# Rules\n\nBe kind.\n");
        let out = db.candor(&["agreement", "add", "--team", team, "--title", "Rules", "--file", &body]);
        assert!(out.status.success(), "{:?}", texts(&out));
    }
    assert!(db.candor(&["team", "set", "alpha", "--publish-to-members", "false"]).status.success());
    let mut csv = String::from("email,name,team,role\n");
    for (email, team, role) in PEOPLE {
        csv.push_str(&format!("{email},{email},{team},{role}\n"));
    }
    let file = write_file(&db.dir, "people.csv", &csv);
    assert!(db.candor(&["people", "import", &file]).status.success());
    for (email, ..) in PEOPLE {
        app.give_password(email);
    }
}

async fn client_for(app: &TestApp, role: &str) -> reqwest::Client {
    match role {
        "anonymous" => cookie_client(),
        "admin" => app.admin_client().await.clone(),
        other => app.sign_in(&format!("{other}@authz.test"), TEST_PASSWORD).await,
    }
}

backend_tests!(every_route_role_and_team_answers_as_the_table_says, api_tokens_act_for_their_user);

async fn every_route_role_and_team_answers_as_the_table_says(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(&app).await;
    let mut checked = 0;
    for (role, expected) in TABLE {
        let client = client_for(&app, role).await;
        for (route, want) in routes().iter().zip(expected) {
            let got = client.get(format!("{}{route}", app.address)).send().await.unwrap();
            assert_eq!(got.status().as_u16(), *want, "{role} GET {route}");
            if *want == 303 {
                let location = got.headers()["location"].to_str().unwrap();
                assert!(location.starts_with("/login?next="), "{role} {route} -> {location}");
            }
            checked += 1;
        }
        let home = client.get(format!("{}/", app.address)).send().await.unwrap().text().await.unwrap();
        let listed: Vec<&str> = ["org", "alpha", "beta"]
            .into_iter()
            .filter(|t| home.contains(&format!("href=\"/teams/{t}\"")))
            .collect();
        let readable: Vec<&str> = ["org", "alpha", "beta"]
            .into_iter()
            .zip(&expected[..3])
            .filter(|(_, s)| **s == 200)
            .map(|(t, _)| t)
            .collect();
        assert_eq!(listed, readable, "{role}: the home page lists exactly the readable teams");
        let unknown = client.get(format!("{}/teams/nope", app.address)).send().await.unwrap();
        assert_eq!(unknown.status(), if *role == "anonymous" { 303 } else { 404 }, "{role} unknown team");
    }
    assert_eq!(checked, TABLE.len() * 11);
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
