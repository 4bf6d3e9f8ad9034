//! The OpenAPI document of `/api/v1` is generated from the code: it is OpenAPI 3.1 and names
//! every route of the `/api/v1` scope in the route table (src/http/mod.rs).

use serde_json::Value;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(the_document_is_openapi_3_1_and_lists_every_api_route);

/// The routes of the `web::scope("/api/v1")` block of src/http/mod.rs, prefixed.
fn api_routes_in_the_table() -> Vec<String> {
    let table = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/http/mod.rs")).unwrap();
    let scope = table.split("web::scope(\"/api/v1\")").nth(1).expect("the route table has an /api/v1 scope");
    let scope = scope.split(".default_service").next().unwrap();
    scope
        .split(".route(\"")
        .skip(1)
        .filter_map(|r| r.split('"').next())
        .map(|path| format!("/api/v1{path}"))
        .collect()
}

async fn the_document_is_openapi_3_1_and_lists_every_api_route(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.client.get(format!("{}/api/v1/openapi.json", app.address)).send().await.unwrap();
    assert_eq!(response.status(), 200, "the document needs no sign-in");
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
    let doc: Value = response.json().await.unwrap();
    let version = doc["openapi"].as_str().unwrap_or_default();
    assert!(version.starts_with("3.1."), "openapi: {version}");

    let routes = api_routes_in_the_table();
    assert!(routes.len() >= 2, "the reader found the API routes: {routes:?}");
    let paths = doc["paths"].as_object().unwrap();
    for route in &routes {
        assert!(
            paths.contains_key(route),
            "{route} is in the route table but not in the document: {:?}",
            paths.keys()
        );
    }
    for path in paths.keys() {
        assert!(routes.contains(path), "{path} is documented but not in the route table");
    }
    let report = &doc["paths"]["/api/v1/teams/{slug}/report"]["get"];
    for status in ["200", "401", "403", "404", "503"] {
        assert!(report["responses"][status].is_object(), "the report documents {status}");
    }
    assert_eq!(report["security"][0]["bearer"], serde_json::json!([]));
    assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");

    // Another method on a documented path is a JSON 405 naming the one it takes.
    let post = app.client.post(format!("{}/api/v1/teams/x/report", app.address)).send().await.unwrap();
    assert_eq!(post.status(), 405);
    assert_eq!(post.headers()["allow"], "GET");
    let body: Value = post.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("method"), "{body}");
}
