//! What the server says about itself (RFC 7644 §4, RFC 7643 §5–7): what it supports, its two
//! resource types, and the attributes of each that it keeps. These need a SCIM token too (RFC
//! 7644 allows either; the token is what an identity provider sends anyway).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, web};
use serde_json::{Value, json};

use super::resources::{GROUP_SCHEMA, USER_SCHEMA};
use super::{ScimError, ScimResult, answer, base, caller, list_response};
use crate::http::pages::State;

fn not_found(what: &str) -> ScimError {
    ScimError::from(crate::error::AppError::NotFound(format!("no {what}")))
}

/// `GET /scim/v2/ServiceProviderConfig`.
pub async fn service_provider_config(state: State, req: HttpRequest) -> ScimResult {
    caller(&state, &req).await?;
    let body = json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
        "documentationUri": format!("{}/docs/design.md#provisioning", state.settings.base_url.trim_end_matches('/')),
        "patch": { "supported": true },
        "bulk": { "supported": false, "maxOperations": 0, "maxPayloadSize": 0 },
        "filter": { "supported": true, "maxResults": super::MAX_COUNT },
        "changePassword": { "supported": false },
        "sort": { "supported": false },
        "etag": { "supported": false },
        "authenticationSchemes": [{
            "type": "oauthbearertoken",
            "name": "Bearer token",
            "description": "A token from `candor token create --scim --name NAME`, sent as Authorization: Bearer TOKEN",
            "primary": true,
        }],
        "meta": { "resourceType": "ServiceProviderConfig", "location": format!("{}/ServiceProviderConfig", base(&state)) },
    });
    Ok(answer(StatusCode::OK, &body))
}

fn resource_type(base: &str, name: &str) -> Option<Value> {
    let (endpoint, schema, description) = match name {
        "User" => ("/Users", USER_SCHEMA, "A person asked in pulses"),
        "Group" => ("/Groups", GROUP_SCHEMA, "A team"),
        _ => return None,
    };
    Some(json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
        "id": name,
        "name": name,
        "endpoint": endpoint,
        "description": description,
        "schema": schema,
        "schemaExtensions": [],
        "meta": { "resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/{name}") },
    }))
}

/// `GET /scim/v2/ResourceTypes`.
pub async fn resource_types(state: State, req: HttpRequest) -> ScimResult {
    caller(&state, &req).await?;
    let base = base(&state);
    let types: Vec<Value> = ["User", "Group"].iter().filter_map(|n| resource_type(&base, n)).collect();
    Ok(list_response(types.len() as i64, 1, types))
}

/// `GET /scim/v2/ResourceTypes/{name}`.
pub async fn resource_type_one(state: State, req: HttpRequest, name: web::Path<String>) -> ScimResult {
    caller(&state, &req).await?;
    let found = resource_type(&base(&state), &name).ok_or_else(|| not_found("such resource type"))?;
    Ok(answer(StatusCode::OK, &found))
}

fn attribute(name: &str, kind: &str, required: bool, uniqueness: &str, description: &str) -> Value {
    json!({
        "name": name, "type": kind, "multiValued": false, "description": description,
        "required": required, "caseExact": false, "mutability": "readWrite",
        "returned": "default", "uniqueness": uniqueness,
    })
}

fn schema_of(base: &str, id: &str) -> Option<Value> {
    let (name, attributes) = match id {
        USER_SCHEMA => (
            "User",
            vec![
                attribute("userName", "string", true, "server", "The person's email address"),
                attribute("displayName", "string", true, "none", "The person's name"),
                attribute("active", "boolean", true, "none", "Invited to pulses and able to sign in"),
                json!({
                    "name": "emails", "type": "complex", "multiValued": true, "required": true,
                    "description": "The person's address (Candor keeps one: the primary, else the first, of those given)",
                    "mutability": "readWrite", "returned": "default", "uniqueness": "none",
                    "subAttributes": [
                        { "name": "value", "type": "string", "multiValued": false, "description": "An email address",
                          "required": true, "caseExact": false, "mutability": "readWrite", "returned": "default", "uniqueness": "none" }
                    ],
                }),
            ],
        ),
        GROUP_SCHEMA => {
            let members = json!({
                "name": "members", "type": "complex", "multiValued": true, "description": "The team's people",
                "required": false, "mutability": "readWrite", "returned": "default", "uniqueness": "none",
                "subAttributes": [
                    { "name": "value", "type": "string", "multiValued": false, "description": "A User's id", "required": true,
                      "caseExact": false, "mutability": "immutable", "returned": "default", "uniqueness": "none" },
                    { "name": "$ref", "type": "reference", "referenceTypes": ["User"], "multiValued": false, "description": "The User",
                      "required": false, "caseExact": true, "mutability": "immutable", "returned": "default", "uniqueness": "none" },
                    { "name": "type", "type": "string", "multiValued": false, "description": "Always User", "canonicalValues": ["User"],
                      "required": false, "caseExact": false, "mutability": "immutable", "returned": "default", "uniqueness": "none" },

                ],
            });
            ("Group", vec![attribute("displayName", "string", true, "server", "The team's name"), members])
        }
        _ => return None,
    };
    Some(json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
        "id": id,
        "name": name,
        "description": format!("Candor's {name}"),
        "attributes": attributes,
        "meta": { "resourceType": "Schema", "location": format!("{base}/Schemas/{id}") },
    }))
}

/// `GET /scim/v2/Schemas`.
pub async fn schemas(state: State, req: HttpRequest) -> ScimResult {
    caller(&state, &req).await?;
    let base = base(&state);
    let all: Vec<Value> = [USER_SCHEMA, GROUP_SCHEMA].iter().filter_map(|id| schema_of(&base, id)).collect();
    Ok(list_response(all.len() as i64, 1, all))
}

/// `GET /scim/v2/Schemas/{id}`.
pub async fn schema(state: State, req: HttpRequest, id: web::Path<String>) -> ScimResult {
    caller(&state, &req).await?;
    let found = schema_of(&base(&state), &id).ok_or_else(|| not_found("such schema"))?;
    Ok(answer(StatusCode::OK, &found))
}
