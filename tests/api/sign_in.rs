//! Signing in, hardened: `next` can only lead to a path of this site, nothing is stored for
//! visitors who do not sign in (and what expires is purged), answering a survey leaves the
//! respondent's session alone, and failed sign-ins are counted, not logged one row each.

use chrono::Utc;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_next_with_control_characters_signs_in_and_goes_home,
    every_evil_next_ends_at_a_path_of_this_site,
);

/// An app whose sign-in is not rate limited (these tests sign in many times from one address).
async fn unlimited(backend: Backend) -> TestApp {
    spawn_app_with(backend, |s| s.login_rate_per_minute = 0).await
}

fn admin(app: &TestApp, email: &str) {
    let email = candor::domain::Email::parse(email).unwrap();
    app.with_conn(|c| {
        candor::auth::login::create_admin(c, &email, Some(TEST_PASSWORD), Utc::now().naive_utc()).unwrap()
    });
}

/// Signs in with a password through the form, sending `next`; returns the client and answer.
async fn sign_in_with_next(app: &TestApp, email: &str, next: &str) -> (reqwest::Client, reqwest::Response) {
    let client = cookie_client();
    let page = client.get(format!("{}/login", app.address)).send().await.unwrap().text().await.unwrap();
    let response = client
        .post(format!("{}/login/password", app.address))
        .form(&[("email", email), ("password", TEST_PASSWORD), ("csrf", &csrf_in(&page)), ("next", next)])
        .send()
        .await
        .unwrap();
    (client, response)
}

fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
}

async fn a_next_with_control_characters_signs_in_and_goes_home(backend: Backend) {
    let app = unlimited(backend).await;
    admin(&app, "ctl@candor.test");
    for next in
        ["/admin\r\nSet-Cookie: x=1", "/admin\n", "/ad\0min", "/\t/evil.example/x", "/admin\u{7f}", "/\u{1b}"]
    {
        let (client, response) = sign_in_with_next(&app, "ctl@candor.test", next).await;
        assert_eq!(response.status(), 303, "{next:?}: {}", response.text().await.unwrap());
        assert_eq!(location(&response), "/", "{next:?}");
        let admin = client.get(format!("{}/admin", app.address)).send().await.unwrap();
        assert_eq!(admin.status(), 200, "{next:?}: the sign-in itself succeeded");
    }
}

async fn every_evil_next_ends_at_a_path_of_this_site(backend: Backend) {
    let app = unlimited(backend).await;
    admin(&app, "evil@candor.test");
    let base = url::Url::parse(&app.state.settings.base_url).unwrap();
    let evil = [
        "//evil.example/x",
        "/\\evil.example/x",
        "\\\\evil.example/x",
        "/\t/evil.example/x",
        "/%09/evil.example/x",
        "/%2F%2Fevil.example/x",
        "/..//evil.example/x",
        "/.//evil.example/x",
        "https://evil.example/",
        "http://127.0.0.1:1/admin",
        "https:evil.example",
        "javascript:alert(1)",
        " //evil.example",
        "",
    ];
    for next in evil {
        let (_, response) = sign_in_with_next(&app, "evil@candor.test", next).await;
        assert_eq!(response.status(), 303, "{next:?}");
        let to = location(&response);
        assert!(to.starts_with('/') && !to.starts_with("//") && !to.contains('\\'), "{next:?} -> {to:?}");
        let resolved = base.join(&to).unwrap();
        assert_eq!(resolved.origin(), base.origin(), "{next:?} -> {to:?} leaves the site");
        // The sign-in form carries the same safe value in its hidden field.
        let page = app
            .client
            .get(format!("{}/login", app.address))
            .query(&[("next", next)])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let field = page.split("name=\"next\" value=\"").nth(1).and_then(|r| r.split('"').next()).unwrap();
        let field = field.replace("&#x2F;", "/").replace("&amp;", "&");
        assert!(field.starts_with('/') && !field.starts_with("//"), "{next:?}: form field {field:?}");
    }
    // Paths of this site, with their query, are kept.
    for (next, expected) in
        [("/admin", "/admin"), ("/teams/a?x=1&y=2", "/teams/a?x=1&y=2"), ("/a/../admin", "/admin")]
    {
        let (_, response) = sign_in_with_next(&app, "evil@candor.test", next).await;
        assert_eq!(location(&response), expected, "{next:?}");
    }
}
