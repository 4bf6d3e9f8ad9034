//! Webhooks (docs/design.md, "Webhooks"): a receiver on a local port that is down for the
//! first minute gets every event exactly once afterwards, each signature verifies with the
//! secret the page showed once, and the failures are listed on the admin page meanwhile; a
//! removed endpoint's queued deliveries are cancelled and it receives nothing more; the
//! register form refuses bad input as typed.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use candor::db;
use candor::db::schema::outbox;
use candor::mail::webhook::verify;
use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_receiver_down_for_a_minute_gets_every_event_once_afterwards,
    a_removed_endpoint_gets_nothing_more,
    a_refused_registration_comes_back_as_typed,
);

/// One POST the receiver got: (event header, delivery header, signature header, body).
type Received = Arc<Mutex<Vec<(String, String, String, String)>>>;

/// A free local port, with nothing listening on it yet.
fn free_port() -> SocketAddr {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    probe.local_addr().unwrap()
}

/// Starts a receiver on `address` that records every POST and answers 204.
fn start_receiver(address: SocketAddr, received: Received) -> actix_web::dev::ServerHandle {
    let server = HttpServer::new(move || {
        let received = received.clone();
        App::new().default_service(web::to(move |req: HttpRequest, body: String| {
            let received = received.clone();
            async move {
                let header = |name: &str| {
                    req.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_string()
                };
                let got =
                    (header("candor-event"), header("candor-delivery"), header("candor-signature"), body);
                received.lock().unwrap().push(got);
                HttpResponse::NoContent().finish()
            }
        }))
    })
    .workers(1)
    .disable_signals()
    .bind(address)
    .unwrap()
    .run();
    let handle = server.handle();
    tokio::spawn(server);
    handle
}

/// The secret on the page that answers the register form.
fn shown_secret(page: &str) -> Option<String> {
    let start = page.find("<code id=\"new-secret\">")? + "<code id=\"new-secret\">".len();
    Some(page[start..].chars().take_while(|c| *c != '<').collect())
}

/// Registers `name` for `url` with `events` through the admin page; returns its secret.
async fn register(app: &TestApp, name: &str, url: &str, events: &[&str]) -> String {
    let mut form: Vec<(&str, &str)> = vec![("name", name), ("url", url)];
    form.extend(events.iter().map(|e| ("events", *e)));
    let (status, _, page) = post_form(app, app.admin_client().await, "/admin/webhooks", &form).await;
    assert_eq!(status, 200, "{page}");
    shown_secret(&page).expect("the secret is shown once")
}

/// (state, attempts) of every webhook delivery, oldest first.
fn deliveries(app: &TestApp) -> Vec<(String, i32)> {
    app.with_conn(|c| {
        outbox::table
            .filter(outbox::kind.eq("webhook"))
            .order(outbox::id.asc())
            .select((outbox::state, outbox::attempts))
            .load(c)
            .unwrap()
    })
}

/// A team's round: opened, answered by five of six, closed, its summary queued, and an
/// agreement added, so that each of the three events happens once.
async fn three_events(app: &TestApp, slug: &str) {
    let (team, _) = app.with_conn(|c| seed_team(c, slug, 6));
    let pulse = open_pulse(app, &team, 7);
    for (_, token) in queued_tokens(app, &format!("invite:{}:", pulse.id)).into_iter().take(5) {
        assert_eq!(post_survey(app, &token, VALID_ANSWERS).await.status(), 200);
    }
    app.close(pulse.id);
    let composer = app.state.composer.clone();
    let now = Utc::now().naive_utc();
    app.with_conn(|c| db::write(c, |c| candor::summaries::queue_summaries(c, &composer, &[pulse.id], now)))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let body = write_file(&dir, "agreement.md", "# Reviews\n\nWe review within a day.\n");
    let added =
        app.db.candor(&["agreement", "add", "--team", slug, "--title", "Review times", "--file", &body]);
    assert!(added.status.success(), "{:?}", texts(&added));
}

async fn a_receiver_down_for_a_minute_gets_every_event_once_afterwards(backend: Backend) {
    let app = spawn_app(backend).await;
    let address = free_port();
    let all = ["pulse.closed", "summary.sent", "agreement.changed"];
    let secret = register(&app, "receiver", &format!("http://{address}/candor"), &all).await;
    three_events(&app, "hooked").await;
    let start: NaiveDateTime = Utc::now().naive_utc();

    // Down: the first tries and those after the first backoff fail, and say why.
    flush_at(&app, start).await;
    flush_at(&app, start + Duration::seconds(40)).await;
    let waiting = deliveries(&app);
    assert_eq!(waiting.len(), 3, "one delivery per event: {waiting:?}");
    assert!(waiting.iter().all(|(state, tries)| state == "queued" && *tries == 2), "{waiting:?}");
    let page = app.get("/admin/webhooks").await.text().await.unwrap();
    assert!(page.contains("could not connect"), "the failure is on the admin page: {page}");

    // Up after a minute: each event arrives once, and later steps send nothing again.
    let received: Received = Arc::default();
    let receiver = start_receiver(address, received.clone());
    flush_at(&app, start + Duration::minutes(3)).await;
    flush_at(&app, start + Duration::hours(2)).await;
    receiver.stop(true).await;

    let got = received.lock().unwrap().clone();
    let mut events: Vec<&str> = got.iter().map(|(event, ..)| event.as_str()).collect();
    events.sort();
    assert_eq!(events, ["agreement.changed", "pulse.closed", "summary.sent"], "each event once");
    let mut ids: Vec<&str> = got.iter().map(|(_, id, ..)| id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 3, "three distinct deliveries");
    for (event, _, signature, body) in &got {
        assert!(verify(&secret, signature, body), "the signature of {event} verifies");
        assert!(!verify("whsec_other", signature, body), "and only with its secret");
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(json["event"], event.as_str());
        assert_eq!(json["data"]["team"]["slug"], "hooked");
        assert!(!body.contains("More focus time"), "no comment travels: {body}");
        assert!(!body.contains('@'), "no address travels: {body}");
    }
    let closed = got.iter().find(|(event, ..)| event == "pulse.closed").unwrap();
    let closed: serde_json::Value = serde_json::from_str(&closed.3).unwrap();
    assert_eq!(closed["data"]["pulse"]["invited"], 6);
    let done = deliveries(&app);
    assert!(done.iter().all(|(state, tries)| state == "sent" && *tries == 3), "{done:?}");
}

async fn a_removed_endpoint_gets_nothing_more(backend: Backend) {
    let app = spawn_app(backend).await;
    let address = free_port();
    register(&app, "gone", &format!("http://{address}/in"), &["pulse.closed", "agreement.changed"]).await;
    three_events(&app, "removal").await;
    assert_eq!(deliveries(&app).len(), 2, "only the events it asked for are queued");

    let (status, location, _) =
        post_form(&app, app.admin_client().await, "/admin/webhooks/gone/remove", &[]).await;
    assert_eq!((status, location.as_str()), (303, "/admin/webhooks?removed"));
    let states: Vec<String> = deliveries(&app).into_iter().map(|(state, _)| state).collect();
    assert_eq!(states, ["cancelled", "cancelled"]);

    let received: Received = Arc::default();
    let receiver = start_receiver(address, received.clone());
    three_events(&app, "after").await;
    flush_at(&app, Utc::now().naive_utc() + Duration::minutes(1)).await;
    receiver.stop(true).await;
    assert!(received.lock().unwrap().is_empty(), "nothing reaches a removed endpoint");
    assert_eq!(deliveries(&app).len(), 2, "and nothing new is queued for it");
    let audit = app.with_conn(|c| {
        use candor::db::schema::audit_log;
        audit_log::table
            .filter(audit_log::action.like("webhook.%"))
            .order(audit_log::id.asc())
            .select((audit_log::action, audit_log::detail))
            .load::<(String, String)>(c)
            .unwrap()
    });
    assert_eq!(audit.len(), 2, "{audit:?}");
    assert_eq!(audit[1], ("webhook.remove".into(), "2 queued deliveries cancelled".into()));
    assert!(audit.iter().all(|(_, detail)| !detail.contains("whsec_")), "the secret is never audited");
}

async fn a_refused_registration_comes_back_as_typed(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await;
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("name", "chat"), ("url", "ftp://files.example"), ("events", "pulse.closed")],
            "http:// or https://",
        ),
        (
            &[("name", "two words"), ("url", "https://h.example/in"), ("events", "pulse.closed")],
            "letters, digits",
        ),
        (&[("name", "chat"), ("url", "https://h.example/in")], "at least one event"),
        (&[("name", "chat"), ("url", "https://h.example/in"), ("events", "pulse.opened")], "the events are"),
    ];
    for (form, message) in cases {
        let (status, _, page) = post_form(&app, admin, "/admin/webhooks", form).await;
        assert_eq!(status, 422, "{form:?}: {page}");
        let page = page.replace("&#x2F;", "/");
        assert!(page.contains(message), "{form:?} says {message:?}: {page}");
        assert!(page.contains(&format!("value=\"{}\"", form[0].1)), "the name is kept: {form:?}");
        assert!(shown_secret(&page).is_none());
    }
    register(&app, "chat", "https://h.example/in", &["summary.sent"]).await;
    let (status, _, page) = post_form(
        &app,
        admin,
        "/admin/webhooks",
        &[("name", "chat"), ("url", "https://x.example"), ("events", "summary.sent")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("exists already"), "{page}");
    let listed = app.get("/admin/webhooks").await.text().await.unwrap();
    assert!(listed.contains("h.example") && !listed.contains("whsec_"), "listed without its secret");
    let no_csrf = admin
        .post(format!("{}/admin/webhooks", app.address))
        .form(&[("name", "sneaky"), ("url", "https://h.example/x"), ("events", "pulse.closed")])
        .send()
        .await
        .unwrap();
    assert_eq!(no_csrf.status(), 403);
    let member = app.sign_in_member("someone@webhooks.test").await;
    let (status, _, _) = post_form(
        &app,
        &member,
        "/admin/webhooks",
        &[("name", "m"), ("url", "https://h.example/m"), ("events", "pulse.closed")],
    )
    .await;
    assert_eq!(status, 403, "only admins register webhooks");
    let count: i64 = app.with_conn(|c| candor::db::schema::webhooks::table.count().get_result(c).unwrap());
    assert_eq!(count, 1, "nothing refused was registered");
}
