//! Signing in, hardened: `next` can only lead to a path of this site, nothing is stored for
//! visitors who do not sign in (and what expires is purged), answering a survey leaves the
//! respondent's session alone, and failed sign-ins are counted, not logged one row each.

use candor::db::schema::{audit_log, login_tokens, sessions};
use chrono::{Duration, NaiveDateTime, Timelike, Utc};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_next_with_control_characters_signs_in_and_goes_home,
    every_evil_next_ends_at_a_path_of_this_site,
    anonymous_visitors_leave_no_session_row,
    the_scheduler_purges_expired_sessions_and_spent_links,
    answering_a_survey_leaves_the_session_alone,
    failed_sign_ins_are_one_row_per_address_and_minute,
    a_thousand_failures_in_a_minute_are_one_row,
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

fn set_cookies(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(String::from)
        .collect()
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

fn session_rows(app: &TestApp) -> i64 {
    app.with_conn(|c| sessions::table.count().get_result(c).unwrap())
}

async fn anonymous_visitors_leave_no_session_row(backend: Backend) {
    let app = unlimited(backend).await;
    for _ in 0..200 {
        let form = app.client.get(format!("{}/login", app.address)).send().await.unwrap();
        assert_eq!(form.status(), 200);
    }
    for path in ["/", "/logout", "/login?next=/admin", "/no/such/page"] {
        app.client.get(format!("{}{path}", app.address)).send().await.unwrap();
    }
    assert_eq!(session_rows(&app), 0, "no session is stored before sign-in");

    // The forms still work without one: asking for a link, then signing in with a password.
    let client = cookie_client();
    let page = client.get(format!("{}/login", app.address)).send().await.unwrap().text().await.unwrap();
    let asked = client
        .post(format!("{}/login", app.address))
        .form(&[("email", "someone@candor.test"), ("csrf", &csrf_in(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 200);
    assert_eq!(session_rows(&app), 0, "asking for a link stores no session either");
    admin(&app, "anon@candor.test");
    let (signed, response) = sign_in_with_next(&app, "anon@candor.test", "/admin").await;
    assert_eq!(response.status(), 303);
    assert_eq!(session_rows(&app), 1, "one session, made at sign-in");
    let id = || app.with_conn(|c| sessions::table.select(sessions::id_hash).first::<String>(c).unwrap());
    let first = id();
    // Signing in again (here through the form, already signed in) gives a new session id.
    let page = signed.get(format!("{}/login", app.address)).send().await.unwrap().text().await.unwrap();
    let again = signed
        .post(format!("{}/login/password", app.address))
        .form(&[("email", "anon@candor.test"), ("password", TEST_PASSWORD), ("csrf", &csrf_in(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 303);
    assert_eq!(session_rows(&app), 1, "the old session is gone");
    assert_ne!(id(), first, "a new session id at sign-in");
    // The signed-in forms use the session's token: signing out works, and ends the session.
    let out = signed.get(format!("{}/logout", app.address)).send().await.unwrap().text().await.unwrap();
    let gone =
        signed.post(format!("{}/logout", app.address)).form(&[("csrf", csrf_in(&out))]).send().await.unwrap();
    assert_eq!(gone.status(), 303);
    assert_eq!(session_rows(&app), 0);
}

/// A user with an account, for rows that need one.
fn user(app: &TestApp, email: &str) -> i64 {
    use candor::db::schema::users;
    app.give_password(email);
    app.with_conn(|c| users::table.filter(users::email.eq(email)).select(users::id).first(c).unwrap())
}

fn add_session(app: &TestApp, id: &str, user: i64, expires: NaiveDateTime) {
    app.with_conn(|c| {
        diesel::insert_into(sessions::table)
            .values((
                sessions::id_hash.eq(id),
                sessions::user_id.eq(Some(user)),
                sessions::data.eq("{}"),
                sessions::expires_at.eq(expires),
            ))
            .execute(c)
            .unwrap()
    });
}

fn add_link(app: &TestApp, hash: &str, user: i64, expires: NaiveDateTime, used: bool) {
    app.with_conn(|c| {
        diesel::insert_into(login_tokens::table)
            .values((
                login_tokens::token_hash.eq(hash),
                login_tokens::user_id.eq(user),
                login_tokens::expires_at.eq(expires),
                login_tokens::used.eq(used),
            ))
            .execute(c)
            .unwrap()
    });
}

async fn the_scheduler_purges_expired_sessions_and_spent_links(backend: Backend) {
    let app = spawn_app(backend).await;
    let who = user(&app, "purge@candor.test");
    let now = Utc::now();
    let at = |minutes: i64| (now + Duration::minutes(minutes)).naive_utc();
    add_session(&app, "expired-yesterday", who, at(-24 * 60));
    add_session(&app, "expired-just-now", who, at(-1));
    add_session(&app, "live", who, at(60));
    add_link(&app, "expired-two-days-ago", who, at(-48 * 60), false);
    add_link(&app, "used-two-days-ago", who, at(-48 * 60), true);
    add_link(&app, "expired-a-minute-ago", who, at(-1), false);
    add_link(&app, "used-just-now", who, at(9), true);
    add_link(&app, "live-link", who, at(9), false);

    candor::scheduler::tick(&app.pool, &app.scheduler_tools(), now).await.unwrap();

    let left: Vec<String> = app
        .with_conn(|c| sessions::table.select(sessions::id_hash).order(sessions::id_hash).load(c).unwrap());
    assert_eq!(left, ["live"], "expired sessions go, the live one stays");
    let links: Vec<String> = app.with_conn(|c| {
        login_tokens::table.select(login_tokens::token_hash).order(login_tokens::token_hash).load(c).unwrap()
    });
    // A link expired or used today still says so when clicked again; older ones go.
    assert_eq!(links, ["expired-a-minute-ago", "live-link", "used-just-now"]);
}

async fn answering_a_survey_leaves_the_session_alone(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, emails) = app.with_conn(|c| seed_team(c, "quiet", 5));
    open_pulse(&app, &team, 7);
    let respondent = &emails[1];
    let client = app.sign_in_member(respondent).await;
    // A moment no request would set (sessions last eight hours from the last request).
    let pinned = (Utc::now() + Duration::minutes(90)).naive_utc().with_nanosecond(0).unwrap();
    app.with_conn(|c| {
        diesel::update(sessions::table).set(sessions::expires_at.eq(pinned)).execute(c).unwrap()
    });
    let token = queued_tokens(&app, "invite:").into_iter().find(|(to, _)| to == respondent).unwrap().1;
    let url = format!("{}/p/{token}", app.address);

    let shown = client.get(&url).send().await.unwrap();
    assert_eq!(shown.status(), 200);
    assert_eq!(set_cookies(&shown), Vec::<String>::new(), "no cookie on the survey page");
    let answered = client.post(&url).form(VALID_ANSWERS).send().await.unwrap();
    assert_eq!(answered.status(), 200);
    assert_eq!(set_cookies(&answered), Vec::<String>::new(), "no cookie on the thank-you page");

    let expiries: Vec<NaiveDateTime> =
        app.with_conn(|c| sessions::table.select(sessions::expires_at).load(c).unwrap());
    assert_eq!(expiries, [pinned], "the session row does not learn when its user answered");
    // The session itself still works.
    assert_eq!(client.get(format!("{}/", app.address)).send().await.unwrap().status(), 200);
}

fn failed_rows(app: &TestApp, email: &str) -> Vec<String> {
    app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::actor.eq(email).and(audit_log::action.eq("sign-in.failed")))
            .order(audit_log::id)
            .select(audit_log::detail)
            .load(c)
            .unwrap()
    })
}

/// The attempts counted in a row's detail ("12 attempts").
fn attempts(detail: &str) -> u32 {
    detail.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("{detail:?}"))
}

async fn failed_sign_ins_are_one_row_per_address_and_minute(backend: Backend) {
    let app = unlimited(backend).await;
    let client = cookie_client();
    let page = client.get(format!("{}/login", app.address)).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_in(&page);
    let started = Utc::now().naive_utc();
    for _ in 0..20 {
        let response = client
            .post(format!("{}/login/password", app.address))
            .form(&[("email", "made-up@nowhere.test"), ("password", "guess guess"), ("csrf", &csrf)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        assert!(response.text().await.unwrap().contains("do not match"));
    }
    let minute = |t: NaiveDateTime| t.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap();
    let spanned = if minute(started) == minute(Utc::now().naive_utc()) { 1 } else { 2 };
    let rows = failed_rows(&app, "made-up@nowhere.test");
    // One row per address and minute (two when the attempts straddled a minute's end).
    assert!((1..=spanned).contains(&rows.len()), "{rows:?}");
    assert_eq!(rows.iter().map(|d| attempts(d)).sum::<u32>(), 20, "{rows:?}");
    // What an admin reads: who was tried, what failed, how often.
    let (log, _) = texts(&app.db.candor(&["audit"]));
    assert!(log.contains("sign-in.failed") && log.contains("made-up@nowhere.test"), "{log}");
    assert!(log.contains(" attempts"), "{log}");
}

async fn a_thousand_failures_in_a_minute_are_one_row(backend: Backend) {
    use candor::auth::login::record_failed_sign_in;
    let app = spawn_app(backend).await;
    let email = candor::domain::Email::parse("guessed@nowhere.test").unwrap();
    let minute = NaiveDateTime::parse_from_str("2027-01-05 10:17:00", "%Y-%m-%d %H:%M:%S").unwrap();
    let last = app.with_conn(|c| {
        candor::db::write(c, |c| {
            let mut last = 0;
            for i in 0..1000 {
                last = record_failed_sign_in(c, &email, minute + Duration::milliseconds(i * 59))?;
            }
            Ok::<_, candor::error::AppError>(last)
        })
        .unwrap()
    });
    assert_eq!(last, 1000);
    assert_eq!(failed_rows(&app, "guessed@nowhere.test"), ["1000 attempts"]);
    // The next minute starts a row of its own; another address has its own.
    let other = candor::domain::Email::parse("other@nowhere.test").unwrap();
    app.with_conn(|c| {
        candor::db::write(c, |c| {
            record_failed_sign_in(c, &email, minute + Duration::seconds(61))?;
            record_failed_sign_in(c, &other, minute + Duration::seconds(30))
        })
        .unwrap()
    });
    assert_eq!(failed_rows(&app, "guessed@nowhere.test"), ["1000 attempts", "1 attempt"]);
    assert_eq!(failed_rows(&app, "other@nowhere.test"), ["1 attempt"]);
    let first_at: NaiveDateTime = app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::actor.eq("guessed@nowhere.test"))
            .order(audit_log::id)
            .select(audit_log::at)
            .first(c)
            .unwrap()
    });
    assert_eq!(first_at, minute, "the row is dated by the minute's first attempt");
}
