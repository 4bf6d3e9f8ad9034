//! Error pages in plain words with the site's menu, HTML and JSON alike: no "Conflict", no
//! "Unprocessable Entity", no blank 405.

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(errors_are_plain_pages_with_the_menu);

/// (status, content type, body) of a request.
async fn fetch(request: reqwest::RequestBuilder) -> (u16, String, String) {
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let kind =
        response.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    (status, kind, response.text().await.unwrap())
}

fn assert_plain_page(what: &str, (status, kind, body): &(u16, String, String), expected: u16, title: &str) {
    assert_eq!(*status, expected, "{what}: {body}");
    assert!(kind.starts_with("text/html"), "{what} is a page, not {kind}");
    assert!(body.contains(&format!("<h1>{title}</h1>")), "{what} says '{title}': {body}");
    let menu = body.contains("href=\"/login\"") ^ body.contains("href=\"/logout\"");
    assert!(
        body.contains("<nav aria-label=\"Main\">") && menu,
        "{what} has the menu, with sign in or out: {body}"
    );
    for jargon in ["Conflict<", "Gone<", "Unprocessable", "Method Not Allowed", "Not Found<"] {
        assert!(!body.contains(jargon), "{what} says {jargon}: {body}");
    }
}

async fn errors_are_plain_pages_with_the_menu(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, emails) = app.with_conn(|c| seed_team(c, "plain", 5));
    let out = app.db.candor(&["pulse", "open", "--team", "plain"]);
    let pulse_id = texts(&out).0.trim().to_string();
    let token = queued_tokens(&app, &format!("invite:{pulse_id}:")).remove(0).1;
    let url = |path: &str| format!("{}{path}", app.address);

    let wrong_method = fetch(app.client.get(url("/login/password"))).await;
    assert_plain_page("GET on a form's address", &wrong_method, 405, "This address does not do that");
    let nowhere = fetch(app.client.get(url("/no/such/page"))).await;
    assert_plain_page("an unknown address", &nowhere, 404, "Nothing is at this address");
    assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200);
    let again = fetch(app.client.post(url(&format!("/p/{token}"))).form(VALID_ANSWERS)).await;
    assert_plain_page("a used survey link", &again, 409, "That was done already, or cannot be done now");
    assert!(again.2.contains("answered already with your link"), "and says why: {}", again.2);
    let member = app.sign_in_member(&emails[1]).await;
    let forbidden = fetch(member.get(url("/admin"))).await;
    assert_plain_page("a member on /admin", &forbidden, 403, "You do not have access to this");
    assert!(forbidden.2.contains(&format!("Signed in as {}", emails[1])), "the menu names who is signed in");
    assert!(!forbidden.2.contains("Sign in<") && !forbidden.2.contains("href=\"/admin\""), "{}", forbidden.2);
    assert!(
        nowhere.2.contains(">Sign in</a>") && !nowhere.2.contains("Sign out"),
        "signed out: {}",
        nowhere.2
    );

    let (status, kind, body) = fetch(app.client.get(url("/api/v1/teams/plain/report"))).await;
    assert_eq!(status, 401, "{body}");
    assert!(kind.starts_with("application/json"), "the API answers JSON: {kind}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(json["error"].as_str().is_some_and(|m| m.len() > 10), "a sentence: {body}");
}
