//! `/healthz`, the home page and unknown addresses, over real HTTP.

use candor::domain::Slug;
use candor::domain::teams::{self, NewTeam};

use crate::backend_tests;
use crate::helpers::{Backend, spawn_app};

backend_tests!(healthz_names_the_backend, home_lists_teams_with_parents, unknown_address_is_a_404_page);

async fn healthz_names_the_backend(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    let expected = if backend == Backend::Sqlite { "SQLite" } else { "PostgreSQL" };
    assert_eq!(body["database"], expected);
}

async fn home_lists_teams_with_parents(backend: Backend) {
    let app = spawn_app(backend).await;
    let empty = app.get("/").await.text().await.unwrap();
    assert!(
        empty.contains("Nothing is set up yet") && empty.contains("href=\"/admin/people/import\""),
        "{empty}"
    );
    app.with_conn(|c| {
        let parent = NewTeam {
            slug: Slug::parse("product").unwrap(),
            name: "Product & Co".into(),
            parent: None,
            min_group: 5,
        };
        teams::add_team(c, &parent).unwrap();
        let child = NewTeam {
            slug: Slug::parse("platform").unwrap(),
            name: "Platform".into(),
            parent: Some(Slug::parse("product").unwrap()),
            min_group: 5,
        };
        teams::add_team(c, &child).unwrap();
    });
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("Product &amp; Co"), "names are escaped: {page}");
    assert!(page.contains(">Platform</a>") && page.contains("Part of Product &amp; Co"), "{page}");
    assert!(page.contains("2 teams are waiting for launch"), "an admin is told nothing goes out yet: {page}");
}

async fn unknown_address_is_a_404_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), 404);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    assert!(response.text().await.unwrap().contains("no page at this address"));
}
