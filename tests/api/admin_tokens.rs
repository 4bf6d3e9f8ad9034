//! API tokens in the browser (`/admin/tokens`): a made token is shown once, on the page that
//! answers the form, and works against the report API; the list never shows it again; a revoked
//! token gets 401; both are audited without the token; refused forms come back as typed.

use candor::db::schema::{api_tokens, audit_log};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_token_is_shown_once_works_and_is_revoked,
    a_refused_form_comes_back_as_typed,
    a_form_without_its_csrf_token_is_refused,
    only_admins_handle_tokens,
);

/// (status, body) of a GET as `client`.
async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The token shown on the page, if one is.
fn shown_token(page: &str) -> Option<String> {
    let start = page.find("<code id=\"new-token\">")? + "<code id=\"new-token\">".len();
    Some(page[start..].chars().take_while(|c| *c != '<').collect())
}

/// The report API's status for `token`.
async fn report_status(app: &TestApp, token: &str) -> u16 {
    let url = format!("{}/api/v1/teams/ops/report", app.address);
    app.client.get(url).bearer_auth(token).send().await.unwrap().status().as_u16()
}

/// (action, subject, detail) of the audit rows about tokens, oldest first.
fn token_audit(app: &TestApp) -> Vec<(String, String, String)> {
    app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::action.like("token.%"))
            .order(audit_log::id)
            .select((audit_log::action, audit_log::subject, audit_log::detail))
            .load(c)
            .unwrap()
    })
}

async fn a_token_is_shown_once_works_and_is_revoked(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "ops", 2));
    let admin = app.admin_client().await.clone();
    let (status, empty) = get(&app, &admin, "/admin/tokens").await;
    assert_eq!(status, 200, "{empty}");
    assert!(empty.contains("No API tokens yet") && empty.contains("value=\"admin@candor.test\""), "{empty}");

    let form = [("name", "dashboards"), ("email", "admin@candor.test"), ("scope", "reports:read")];
    let (status, location, page) = post_form(&app, &admin, "/admin/tokens", &form).await;
    assert_eq!((status, location.as_str()), (200, ""), "shown on the answer, not after a redirect: {page}");
    assert!(page.contains("it is shown once"), "{page}");
    let token = shown_token(&page).expect("the new token on the page");
    assert!(token.len() >= 20, "{token}");
    assert_eq!(report_status(&app, &token).await, 200, "the token reads reports");
    assert_eq!(report_status(&app, "not-a-token").await, 401);

    let (status, list) = get(&app, &admin, "/admin/tokens").await;
    assert_eq!(status, 200);
    assert!(!list.contains(&token) && shown_token(&list).is_none(), "the list never shows it: {list}");
    assert!(
        list.contains("dashboards") && list.contains("reports:read") && list.contains("active"),
        "{list}"
    );
    let (id, hash): (i64, String) = app
        .with_conn(|c| api_tokens::table.select((api_tokens::id, api_tokens::token_hash)).first(c).unwrap());
    assert_ne!(hash, token, "only a hash is stored");

    let (status, location, _) = post_form(&app, &admin, &format!("/admin/tokens/{id}/revoke"), &[]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/tokens?revoked"));
    assert_eq!(report_status(&app, &token).await, 401, "a revoked token stops working");
    let list = get(&app, &admin, "/admin/tokens?revoked").await.1;
    assert!(list.contains("Revoked. The token stops working") && list.contains("revoked 20"), "{list}");
    let again = post_form(&app, &admin, &format!("/admin/tokens/{id}/revoke"), &[]).await.0;
    assert_eq!(again, 404, "revoked already");

    let audit = token_audit(&app);
    assert_eq!(audit.len(), 2, "{audit:?}");
    assert_eq!((audit[0].0.as_str(), audit[0].1.as_str()), ("token.create", "admin@candor.test"));
    assert_eq!(audit[0].2, format!("token {id} 'dashboards' reports:read"));
    assert_eq!((audit[1].0.as_str(), audit[1].1.clone()), ("token.revoke", id.to_string()));
    assert!(audit.iter().all(|(_, s, d)| !s.contains(&token) && !d.contains(&token)), "never the token");
    let log = get(&app, &admin, "/admin/audit?action=token.create").await.1;
    assert!(log.contains("· 1 entry<") && !log.contains(&token), "{log}");
}

async fn a_refused_form_comes_back_as_typed(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let form = [("name", "  "), ("email", "admin@candor.test"), ("scope", "reports:read")];
    let (status, _, page) = post_form(&app, &admin, "/admin/tokens", &form).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("No token was made") && page.contains("Name: give the token a name"), "{page}");
    assert!(page.contains("value=\"admin@candor.test\""), "kept: {page}");

    let form = [("name", "nightly export"), ("email", "nobody@tokens.test"), ("scope", "reports:read")];
    let (status, _, page) = post_form(&app, &admin, "/admin/tokens", &form).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("Email: there is no account for nobody@tokens.test"), "{page}");
    assert!(page.contains("value=\"nightly export\"") && page.contains("value=\"nobody@tokens.test\""));

    let form = [("name", "x"), ("email", "admin@candor.test"), ("scope", "everything")];
    let (status, _, page) = post_form(&app, &admin, "/admin/tokens", &form).await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("Scope: "), "{page}");
    let made: i64 = app.with_conn(|c| api_tokens::table.count().get_result(c).unwrap());
    assert_eq!((made, token_audit(&app).len()), (0, 0), "nothing was made or audited");
}

async fn a_form_without_its_csrf_token_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let form = [("name", "sneaky"), ("email", "admin@candor.test"), ("scope", "reports:read")];
    let response = admin.post(format!("{}/admin/tokens", app.address)).form(&form).send().await.unwrap();
    assert_eq!(response.status(), 403);
    let body = response.text().await.unwrap();
    assert!(shown_token(&body).is_none(), "{body}");
    let made: i64 = app.with_conn(|c| api_tokens::table.count().get_result(c).unwrap());
    assert_eq!(made, 0, "no token was made");

    let email = candor::domain::Email::parse("admin@candor.test").unwrap();
    let now = chrono::Utc::now().naive_utc();
    let (id, token) = app
        .with_conn(|c| {
            candor::db::write(c, |c| {
                candor::auth::api_tokens::create(
                    c,
                    &email,
                    "cli",
                    candor::auth::api_tokens::READ_REPORTS,
                    now,
                )
            })
        })
        .unwrap();
    let url = format!("{}/admin/tokens/{id}/revoke", app.address);
    let response = admin.post(url).form(&[("csrf", "forged")]).send().await.unwrap();
    assert_eq!(response.status(), 403);
    app.with_conn(|c| seed_team(c, "ops", 2));
    assert_eq!(report_status(&app, &token).await, 200, "the token still works");
}

async fn only_admins_handle_tokens(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, people) = app.with_conn(|c| seed_team(c, "ops", 2));
    let lead = app.sign_in_member(&people[0]).await;
    assert_eq!(get(&app, &lead, "/admin/tokens").await.0, 403);
    assert_eq!(get(&app, &lead, "/admin/audit").await.0, 403);
    let form = [("name", "mine"), ("email", people[0].as_str()), ("scope", "reports:read")];
    assert_eq!(post_form(&app, &lead, "/admin/tokens", &form).await.0, 403);
    let made: i64 = app.with_conn(|c| api_tokens::table.count().get_result(c).unwrap());
    assert_eq!(made, 0);
    let visitor = app.client.get(format!("{}/admin/tokens", app.address)).send().await.unwrap();
    assert_eq!(visitor.status(), 303);
}
