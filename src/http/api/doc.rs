//! The OpenAPI 3.1 document of `/api/v1`, generated from the handlers' `#[utoipa::path]`
//! annotations and the report's types (their `///` comments are the descriptions). Never
//! written by hand; schemathesis checks the API against it (tests/api/schemathesis.rs).

use std::sync::LazyLock;

use utoipa::Modify;
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

/// The document: every route of `/api/v1` and the schemas of what they answer.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Candor API",
        version = "1",
        description = "Team health pulse reports. Every figure comes from a group of at least the \
            round's min_group respondents; a suppressed round shows only `invited` and `suppressed: true`.",
    ),
    paths(super::team_report, super::openapi),
    components(schemas(super::ErrorBody)),
    modifiers(&BearerToken),
)]
pub struct ApiDoc;

/// Adds the `bearer` security scheme: an API token made on /admin/tokens.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some("An API token with the scope `reports:read` (made on /admin/tokens)"))
            .build();
        doc.components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

static DOCUMENT: LazyLock<utoipa::openapi::OpenApi> = LazyLock::new(ApiDoc::openapi);

/// The generated document (built once).
pub fn document() -> &'static utoipa::openapi::OpenApi {
    &DOCUMENT
}

/// The methods (as an `Allow` header value) of the documented path that `path` is an
/// instance of; `None` when it is no documented path.
pub fn methods_of(path: &str) -> Option<String> {
    let (_, item) = document().paths.paths.iter().find(|(template, _)| matches(template, path))?;
    let methods: Vec<&str> = [
        ("GET", item.get.is_some()),
        ("PUT", item.put.is_some()),
        ("POST", item.post.is_some()),
        ("DELETE", item.delete.is_some()),
        ("PATCH", item.patch.is_some()),
    ]
    .into_iter()
    .filter_map(|(m, present)| present.then_some(m))
    .collect();
    Some(methods.join(", "))
}

/// Whether `path` fits `template` (`{name}` stands for one non-empty segment).
fn matches(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter().zip(&p).all(|(t, p)| if t.starts_with('{') { !p.is_empty() } else { t == p })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_their_instances_only() {
        assert!(matches("/api/v1/teams/{slug}/report", "/api/v1/teams/x/report"));
        assert!(!matches("/api/v1/teams/{slug}/report", "/api/v1/teams//report"));
        assert!(!matches("/api/v1/teams/{slug}/report", "/api/v1/teams/x/report/y"));
        assert_eq!(methods_of("/api/v1/openapi.json").as_deref(), Some("GET"));
        assert_eq!(methods_of("/api/v1/nothing"), None);
    }

    #[test]
    fn the_document_is_openapi_3_1() {
        let json = serde_json::to_value(document()).expect("serializes");
        assert!(json["openapi"].as_str().is_some_and(|v| v.starts_with("3.1")), "{json}");
    }
}
