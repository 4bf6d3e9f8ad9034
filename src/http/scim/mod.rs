//! SCIM 2.0 at `/scim/v2` (RFC 7643, RFC 7644; docs/design.md, "Provisioning"): Users are
//! people and Groups are teams, changed through `domain::provisioning`. Every request needs a
//! bearer token from `candor token create --scim`; every answer is `application/scim+json`, and
//! every error is a SCIM Error with a `scimType` where the RFC names one.

mod discovery;
mod filter;
mod groups;
mod patch;
mod resources;
mod users;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde_json::{Value, json};

use super::pages::State;
use crate::auth::api_tokens;
use crate::db;
use crate::error::AppError;

/// The media type of every answer.
const SCIM_JSON: &str = "application/scim+json";

/// The most resources one page lists.
const MAX_COUNT: i64 = 200;

/// Routes under `/scim/v2`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/scim/v2")
            .app_data(web::PayloadConfig::new(super::security::MAX_BODY_BYTES))
            .service(
                read_only("/ServiceProviderConfig").route(web::get().to(discovery::service_provider_config)),
            )
            .service(read_only("/ResourceTypes").route(web::get().to(discovery::resource_types)))
            .service(read_only("/ResourceTypes/{name}").route(web::get().to(discovery::resource_type_one)))
            .service(read_only("/Schemas").route(web::get().to(discovery::schemas)))
            .service(read_only("/Schemas/{id}").route(web::get().to(discovery::schema)))
            .route("/.search", web::post().to(search_everything))
            .route("/Users", web::get().to(users::list))
            .route("/Users", web::post().to(users::create))
            .route("/Users/.search", web::post().to(users::search))
            .route("/Users/{id}", web::get().to(users::show))
            .route("/Users/{id}", web::put().to(users::replace))
            .route("/Users/{id}", web::patch().to(users::patch))
            .route("/Users/{id}", web::delete().to(users::delete))
            .route("/Groups", web::get().to(groups::list))
            .route("/Groups", web::post().to(groups::create))
            .route("/Groups/.search", web::post().to(groups::search))
            .route("/Groups/{id}", web::get().to(groups::show))
            .route("/Groups/{id}", web::put().to(groups::replace))
            .route("/Groups/{id}", web::patch().to(groups::patch))
            .route("/Groups/{id}", web::delete().to(groups::delete))
            .default_service(web::to(not_found)),
    );
}

/// A discovery resource: GET only; any other method is 405 (RFC 7644 §4).
fn read_only(path: &str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(|| async {
        Err::<HttpResponse, _>(ScimError {
            status: StatusCode::METHOD_NOT_ALLOWED,
            scim_type: None,
            detail: "this endpoint is read-only: use GET".into(),
        })
    }))
}

/// A SCIM error: status, words and, where the RFC names one, its `scimType`.
#[derive(Debug)]
pub struct ScimError {
    status: StatusCode,
    scim_type: Option<&'static str>,
    detail: String,
}

impl ScimError {
    /// A 400 with `scim_type` (e.g. `invalidFilter`, `invalidSyntax`, `invalidValue`).
    pub fn bad(scim_type: &'static str, detail: impl Into<String>) -> Self {
        ScimError { status: StatusCode::BAD_REQUEST, scim_type: Some(scim_type), detail: detail.into() }
    }
}

impl std::fmt::Display for ScimError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.detail)
    }
}

impl From<AppError> for ScimError {
    fn from(e: AppError) -> Self {
        let (status, scim_type) = match &e {
            AppError::Invalid { .. } => (StatusCode::BAD_REQUEST, Some("invalidValue")),
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, Some("invalidSyntax")),
            AppError::Conflict(_) => (StatusCode::CONFLICT, Some("uniqueness")),
            other => (other.status(), None),
        };
        ScimError { status, scim_type, detail: e.public_message() }
    }
}

impl ResponseError for ScimError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut body = json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
            "status": self.status.as_u16().to_string(),
            "detail": self.detail,
        });
        if let Some(kind) = self.scim_type {
            body["scimType"] = json!(kind);
        }
        let mut response = HttpResponse::build(self.status);
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response.insert_header((header::RETRY_AFTER, "2"));
        }
        response.content_type(SCIM_JSON).body(body.to_string())
    }
}

/// What a handler answers.
pub type ScimResult = Result<HttpResponse, ScimError>;

/// `status` with a SCIM JSON body.
fn answer(status: StatusCode, body: &Value) -> HttpResponse {
    HttpResponse::build(status).content_type(SCIM_JSON).body(body.to_string())
}

/// The audit actor of a request's SCIM token (`scim:NAME`); 401 without a working one.
async fn caller(state: &State, req: &HttpRequest) -> Result<String, ScimError> {
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    let unauthorized =
        |detail: &str| ScimError { status: StatusCode::UNAUTHORIZED, scim_type: None, detail: detail.into() };
    let Some(token) = token else {
        return Err(unauthorized(
            "Send the SCIM token from `candor token create --scim` as Authorization: Bearer TOKEN",
        ));
    };
    let name = db::run(&state.pool, move |c| api_tokens::scim_token_name(c, &token)).await?;
    name.map(|n| format!("scim:{n}"))
        .ok_or_else(|| unauthorized("This SCIM token is not known or was revoked"))
}

/// The JSON object of a request body (`application/scim+json` or `application/json`).
fn read_body(body: &[u8]) -> Result<Value, ScimError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| ScimError::bad("invalidSyntax", format!("the body is not JSON: {e}")))?;
    if !value.is_object() {
        return Err(ScimError::bad("invalidSyntax", "the body must be a JSON object"));
    }
    Ok(value)
}

/// A resource id from the path; an id that is not a number names nothing (404).
fn path_id(raw: &str) -> Result<i64, ScimError> {
    raw.parse().map_err(|_| ScimError {
        status: StatusCode::NOT_FOUND,
        scim_type: None,
        detail: format!("no resource {raw}"),
    })
}

/// `startIndex` (1-based) and `count` of a list request, as (offset, limit, start index).
fn paging(query: &ListQuery) -> (i64, i64, i64) {
    let start = query.start_index.unwrap_or(1).max(1);
    let count = query.count.unwrap_or(100).clamp(0, MAX_COUNT);
    (start - 1, count, start)
}

/// The query of a list request, or the body of a `.search` POST (RFC 7644 §3.4.3).
#[derive(Debug, Default, serde::Deserialize)]
pub struct ListQuery {
    filter: Option<String>,
    #[serde(rename = "startIndex")]
    start_index: Option<i64>,
    count: Option<i64>,
    /// Only these attributes (comma-separated, RFC 7644 §3.4.2.5); `id` and `schemas` always.
    attributes: Option<AttributeList>,
    /// All but these attributes.
    #[serde(rename = "excludedAttributes")]
    excluded_attributes: Option<AttributeList>,
}

/// `attributes` as a query's comma list or a search body's JSON list.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
enum AttributeList {
    Comma(String),
    List(Vec<String>),
}

impl AttributeList {
    /// The top-level attribute names (`name.givenName` names `name`), lower-cased.
    fn names(&self) -> Vec<String> {
        let all: Vec<&str> = match self {
            AttributeList::Comma(text) => text.split(',').collect(),
            AttributeList::List(list) => list.iter().map(String::as_str).collect(),
        };
        all.iter()
            .map(|a| a.trim().rsplit(':').next().unwrap_or("").split('.').next().unwrap_or("").to_lowercase())
            .filter(|a| !a.is_empty())
            .collect()
    }
}

impl ListQuery {
    /// `resource` with only the attributes the request asked for.
    fn project(&self, mut resource: Value) -> Value {
        let Some(object) = resource.as_object_mut() else { return resource };
        if let Some(only) = &self.attributes {
            let keep = only.names();
            object.retain(|key, _| key == "id" || key == "schemas" || keep.contains(&key.to_lowercase()));
        }
        if let Some(excluded) = &self.excluded_attributes {
            let drop = excluded.names();
            object.retain(|key, _| key == "id" || key == "schemas" || !drop.contains(&key.to_lowercase()));
        }
        resource
    }
}

/// The query in a `.search` POST's body.
fn search_body(body: &[u8]) -> Result<ListQuery, ScimError> {
    let value = read_body(body)?;
    serde_json::from_value(value)
        .map_err(|e| ScimError::bad("invalidSyntax", format!("not a SearchRequest: {e}")))
}

/// A ListResponse of `resources`, `total` in all, starting at `start`.
fn list_response(total: i64, start: i64, resources: Vec<Value>) -> HttpResponse {
    answer(
        StatusCode::OK,
        &json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
            "totalResults": total,
            "startIndex": start,
            "itemsPerPage": resources.len(),
            "Resources": resources,
        }),
    )
}

/// The base of resource locations: this instance's public address.
fn base(state: &State) -> String {
    format!("{}/scim/v2", state.settings.base_url.trim_end_matches('/'))
}

/// `POST /scim/v2/.search`: searching Users and Groups at once is not offered (501, which RFC
/// 7644 §3.4.3 allows); `/Users/.search` and `/Groups/.search` are.
async fn search_everything() -> ScimResult {
    Err(ScimError {
        status: StatusCode::NOT_IMPLEMENTED,
        scim_type: None,
        detail: "search /Users/.search or /Groups/.search; both at once is not offered".into(),
    })
}

async fn not_found() -> ScimResult {
    Err(ScimError { status: StatusCode::NOT_FOUND, scim_type: None, detail: "no such SCIM endpoint".into() })
}
