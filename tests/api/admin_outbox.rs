//! The admin's outbox (`/admin/outbox`): filters by state, kind, team and pulse narrow the list,
//! pages of 50 keep the filters, a filter that is none of the choices is a 422 naming it, bodies
//! are never shown, and only admins see it. The overview links each state's emails.

use candor::db;
use candor::mail::Composed;
use candor::mail::outbox::{NewMail, enqueue};

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    filters_narrow_the_list,
    pages_of_fifty_keep_the_filters,
    a_filter_that_is_no_choice_names_its_field,
    only_admins_see_the_outbox,
);

/// (status, body) of a GET as `client`.
async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The link addresses of a page as a browser reads them (tera escapes `/` and `&`).
fn unescaped(page: &str) -> String {
    page.replace("&#x2F;", "/").replace("&amp;", "&")
}

/// Queues a sign-in link for the admin, as `/login` does.
fn sign_in_link(app: &TestApp) {
    let email = candor::domain::Email::parse("admin@candor.test").unwrap();
    let composer = app.state.composer.clone();
    let now = chrono::Utc::now().naive_utc();
    app.with_conn(|c| db::write(c, |c| candor::auth::login::request_link(c, &composer, &email, now)))
        .unwrap();
}

async fn filters_narrow_the_list(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    let (alpha, alpha_people) = app.with_conn(|c| seed_team(c, "alpha", 3));
    let (beta, beta_people) = app.with_conn(|c| seed_team(c, "beta", 2));
    let alpha_pulse = open_pulse(&app, &alpha, 7);
    open_pulse(&app, &beta, 7);
    sign_in_link(&app);

    let (status, all) = get(&app, &admin, "/admin/outbox").await;
    assert_eq!(status, 200, "{all}");
    assert!(all.contains("Page 1 of 1 · 6 emails"), "{all}");
    assert!(all.contains("Sign-in link") && all.contains("Invitation"), "kinds in words: {all}");
    let tokens = queued_tokens(&app, "invite:");
    assert!(!tokens.is_empty() && tokens.iter().all(|(_, t)| !all.contains(t.as_str())), "no body is shown");

    let (status, invites) = get(&app, &admin, "/admin/outbox?kind=invite&team=alpha").await;
    assert_eq!(status, 200, "{invites}");
    assert!(invites.contains("Page 1 of 1 · 3 emails"), "{invites}");
    assert!(alpha_people.iter().all(|p| invites.contains(p.as_str())), "alpha's invitations: {invites}");
    assert!(beta_people.iter().all(|p| !invites.contains(p.as_str())), "not beta's: {invites}");
    assert!(!invites.contains("admin@candor.test</td>"), "not the sign-in link: {invites}");
    assert!(invites.contains("<option value=\"invite\" selected>"), "the form keeps the filter");

    let by_pulse = get(&app, &admin, &format!("/admin/outbox?pulse={}", alpha_pulse.id)).await.1;
    assert!(by_pulse.contains("Page 1 of 1 · 3 emails"), "{by_pulse}");
    let logins = get(&app, &admin, "/admin/outbox?kind=login").await.1;
    assert!(logins.contains("Page 1 of 1 · 1 email<") && logins.contains("admin@candor.test"), "{logins}");
    let queued_beta = get(&app, &admin, "/admin/outbox?state=queued&team=beta&kind=&pulse=").await.1;
    assert!(queued_beta.contains("· 2 emails"), "{queued_beta}");
    let sent = get(&app, &admin, "/admin/outbox?state=sent").await.1;
    assert!(sent.contains("· 0 emails") && sent.contains("No email matches"), "{sent}");

    let overview = unescaped(&get(&app, &admin, "/admin").await.1);
    assert!(overview.contains("href=\"/admin/outbox?state=queued\">queued: 6</a>"), "{overview}");
    for link in
        ["/admin/teams", "/admin/pulses", "/admin/people", "/admin/outbox", "/admin/tokens", "/admin/audit"]
    {
        assert!(overview.contains(&format!("href=\"{link}\"")), "the overview links {link}: {overview}");
    }
    assert!(!overview.contains("Audit log</h2>"), "the overview has no long tables: {overview}");
}

/// Queues `n` review reminders with numbered subjects, oldest first.
fn queue_reviews(app: &TestApp, n: usize) {
    let now = chrono::Utc::now().naive_utc();
    app.with_conn(|c| {
        db::write(c, |c| {
            for i in 0..n {
                let mail = NewMail {
                    idempotency_key: format!("review:{i}:2026-12-01:1"),
                    to: "reviewer@outbox.test",
                    content: Composed {
                        subject: format!("Review #{i:03}"),
                        text: "body".into(),
                        html: "<p>body</p>".into(),
                    },
                    holds_secret: false,
                };
                enqueue(c, &mail, now)?;
            }
            Ok::<_, candor::error::AppError>(())
        })
    })
    .unwrap();
}

async fn pages_of_fifty_keep_the_filters(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    queue_reviews(&app, 53);
    sign_in_link(&app);

    let first = unescaped(&get(&app, &admin, "/admin/outbox?kind=review&state=queued").await.1);
    assert!(first.contains("Page 1 of 2 · 53 emails"), "{first}");
    assert!(first.contains("Review #052") && first.contains("Review #003"), "newest first: {first}");
    assert!(!first.contains("Review #002"), "50 a page: {first}");
    assert!(first.contains("Review reminder"), "{first}");
    let next = "/admin/outbox?state=queued&kind=review&page=2";
    assert!(first.contains(&format!("href=\"{next}\">Next page</a>")), "{first}");
    assert!(!first.contains("Previous page"), "{first}");

    let (status, second) = get(&app, &admin, next).await;
    let second = unescaped(&second);
    assert_eq!(status, 200, "{second}");
    assert!(second.contains("Page 2 of 2 · 53 emails"), "{second}");
    for rest in ["Review #000", "Review #001", "Review #002"] {
        assert!(second.contains(rest), "{rest} on page 2: {second}");
    }
    assert!(!second.contains("Review #003") && !second.contains("Sign-in link</td>"), "{second}");
    assert!(second.contains("href=\"/admin/outbox?state=queued&kind=review&page=1\">Previous page</a>"));
    assert!(!second.contains("Next page"), "{second}");
    let past = get(&app, &admin, "/admin/outbox?kind=review&page=9").await.1;
    assert!(past.contains("Page 2 of 2 · 53 emails"), "a page past the last shows the last: {past}");
}

async fn a_filter_that_is_no_choice_names_its_field(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    for (query, words) in [
        ("state=lost", "State: "),
        ("kind=spam", "Kind: "),
        ("team=nowhere", "Team: there is no team"),
        ("page=two", "Page: "),
        ("page=0", "Page: "),
        ("pulse=first", "Pulse: "),
    ] {
        let (status, page) = get(&app, &admin, &format!("/admin/outbox?{query}")).await;
        assert_eq!(status, 422, "{query}: {page}");
        assert!(page.contains(words), "{query} names the field: {page}");
    }
}

async fn only_admins_see_the_outbox(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, people) = app.with_conn(|c| seed_team(c, "crew", 2));
    let member = app.sign_in_member(&people[1]).await;
    assert_eq!(get(&app, &member, "/admin/outbox").await.0, 403);
    let lead = app.sign_in_member(&people[0]).await;
    assert_eq!(get(&app, &lead, "/admin/outbox?state=queued").await.0, 403);
    let visitor = app.client.get(format!("{}/admin/outbox", app.address)).send().await.unwrap();
    assert_eq!(visitor.status(), 303);
    let location = visitor.headers()["location"].to_str().unwrap();
    assert!(location.starts_with("/login?next="), "{location}");
}
