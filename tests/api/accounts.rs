//! Sign-in by magic link (single use, 10 minutes, a click not a GET), sessions (made at
//! sign-in, HttpOnly, SameSite=Lax, sign-out), CSRF, and `candor people remove`.

use candor::db::schema::{login_tokens, people, users};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

/// The `Set-Cookie` of the cookie `name`, if the response sets it.
fn cookie_named(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(str::to_string)
}

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    cookie_named(response, "candor")
}

backend_tests!(
    a_magic_link_signs_in_once,
    forms_without_the_csrf_token_are_refused,
    removing_a_person_keeps_the_answers
);

async fn a_magic_link_signs_in_once(backend: Backend) {
    let app = spawn_app(backend).await;
    if service_url("CANDOR_TEST_MAILDEV_API").is_none() {
        return;
    }
    let (team, emails) = app.with_conn(|c| seed_team(c, "links", 5));
    let lead = &emails[0];
    let client = cookie_client();
    let form = client.get(format!("{}/login", app.address)).send().await.unwrap();
    assert_eq!(session_cookie(&form), None, "no session before sign-in");
    let before = cookie_named(&form, "candor-csrf").expect("a cookie for the form's CSRF token");
    assert!(
        before.contains("HttpOnly") && before.contains("SameSite=Lax") && before.contains("Path=/"),
        "{before}"
    );
    let csrf = csrf_in(&form.text().await.unwrap());
    let send = |address: &str| {
        let (client, url, csrf, address) =
            (client.clone(), format!("{}/login", app.address), csrf.clone(), address.to_string());
        async move { client.post(url).form(&[("email", address.as_str()), ("csrf", &csrf)]).send().await.unwrap() }
    };
    let unknown = send("nobody@example.org").await;
    let known = send(lead).await;
    assert_eq!((unknown.status(), known.status()), (reqwest::StatusCode::OK, reqwest::StatusCode::OK));
    let (a, b) = (unknown.text().await.unwrap(), known.text().await.unwrap());
    assert!(a.contains("Check your email") && b.contains("Check your email"), "the same answer either way");
    flush_at(&app, chrono::Utc::now().naive_utc()).await;
    let mail = maildev_messages_to(lead).await;
    assert_eq!(mail.len(), 1);
    let text = mail[0]["text"].as_str().unwrap();
    let start = text.find("/login/").unwrap() + "/login/".len();
    let token: String = text[start..].chars().take(43).collect();
    assert!(maildev_messages_to("nobody@example.org").await.is_empty());

    let confirm = client.get(format!("{}/login/{token}", app.address)).send().await.unwrap();
    assert_eq!(confirm.status(), 200, "a GET only shows a button");
    let page = confirm.text().await.unwrap();
    assert!(client.get(format!("{}/teams/{}", app.address, team.slug)).send().await.unwrap().status() == 303);
    let signed = client
        .post(format!("{}/login/{token}", app.address))
        .form(&[("csrf", csrf_in(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status(), 303);
    let after = session_cookie(&signed).expect("a session cookie at sign-in");
    assert!(
        after.contains("HttpOnly") && after.contains("SameSite=Lax") && after.contains("Path=/"),
        "{after}"
    );
    let forgotten = cookie_named(&signed, "candor-csrf").expect("the anonymous CSRF cookie is removed");
    assert!(forgotten.contains("Max-Age=0"), "{forgotten}");
    assert_eq!(
        client.get(format!("{}/teams/{}", app.address, team.slug)).send().await.unwrap().status(),
        200
    );

    let reuse = cookie_client().get(format!("{}/login/{token}", app.address)).send().await.unwrap();
    assert_eq!(reuse.status(), 410, "single use");
    let out = client.get(format!("{}/logout", app.address)).send().await.unwrap().text().await.unwrap();
    let gone =
        client.post(format!("{}/logout", app.address)).form(&[("csrf", csrf_in(&out))]).send().await.unwrap();
    assert_eq!(gone.status(), 303);
    assert_eq!(
        client.get(format!("{}/teams/{}", app.address, team.slug)).send().await.unwrap().status(),
        303
    );

    // An expired link says so.
    let fresh = cookie_client();
    let page = fresh.get(format!("{}/login", app.address)).send().await.unwrap().text().await.unwrap();
    let asked = fresh
        .post(format!("{}/login", app.address))
        .form(&[("email", lead.as_str()), ("csrf", &csrf_in(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 200);
    app.with_conn(|c| {
        diesel::update(login_tokens::table.filter(login_tokens::used.eq(false)))
            .set(login_tokens::expires_at.eq(chrono::Utc::now().naive_utc() - chrono::Duration::minutes(1)))
            .execute(c)
            .unwrap()
    });
    flush_at(&app, chrono::Utc::now().naive_utc()).await;
    let second = maildev_messages_to(lead)
        .await
        .into_iter()
        .map(|m| m["text"].as_str().unwrap().to_string())
        .find(|t| !t.contains(&token))
        .unwrap();
    let start = second.find("/login/").unwrap() + "/login/".len();
    let expired: String = second[start..].chars().take(43).collect();
    let page = cookie_client().get(format!("{}/login/{expired}", app.address)).send().await.unwrap();
    assert_eq!(page.status(), 410);
    assert!(page.text().await.unwrap().contains("expired"));
}

async fn forms_without_the_csrf_token_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let client = cookie_client();
    client.get(format!("{}/login", app.address)).send().await.unwrap();
    for (path, fields) in [
        ("/login", vec![("email", "a@b.test"), ("csrf", "forged")]),
        ("/login/password", vec![("email", "a@b.test"), ("password", "x"), ("csrf", "")]),
        ("/logout", vec![("csrf", "forged")]),
    ] {
        let response = client.post(format!("{}{path}", app.address)).form(&fields).send().await.unwrap();
        assert_eq!(response.status(), 403, "{path}");
        assert!(response.text().await.unwrap().contains("did not come from Candor"), "{path}");
    }
    let wrong = app.with_conn(|c| {
        let email = candor::domain::Email::parse("boss@candor.test").unwrap();
        candor::auth::login::create_admin(c, &email, Some(TEST_PASSWORD), chrono::Utc::now().naive_utc())
            .unwrap()
    });
    assert!(wrong > 0);
    let page = client.get(format!("{}/login", app.address)).send().await.unwrap().text().await.unwrap();
    let bad = client
        .post(format!("{}/login/password", app.address))
        .form(&[("email", "boss@candor.test"), ("password", "not the password"), ("csrf", &csrf_in(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 200);
    assert!(bad.text().await.unwrap().contains("do not match"));
    let (log, _) = texts(&app.db.candor(&["audit"]));
    assert!(log.contains("sign-in.failed"), "{log}");
}

async fn removing_a_person_keeps_the_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, emails) = app.with_conn(|c| seed_team(c, "gone", 5));
    open_pulse(&app, &team, 7);
    for (_, token) in queued_tokens(&app, "invite:") {
        assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200);
    }
    let gone = &emails[0];
    app.sign_in_member(gone).await;
    let out = app.db.candor(&["people", "remove", gone]);
    assert!(
        texts(&out).0.contains("1 memberships, 1 invitations, 1 queued emails cancelled, and their account"),
        "{:?}",
        texts(&out)
    );
    app.with_conn(|c| {
        assert_eq!(stored_responses(c), 5, "anonymous answers are untouched");
        let left: i64 = people::table.filter(people::email.eq(gone)).count().get_result(c).unwrap();
        let account: i64 = users::table.filter(users::email.eq(gone)).count().get_result(c).unwrap();
        assert_eq!((left, account), (0, 0));
    });
    let again = app.db.candor(&["people", "remove", gone]);
    assert!(texts(&again).1.contains("no person"), "{:?}", texts(&again));
    assert!(texts(&app.db.candor(&["audit"])).0.contains("people.remove"));
}
