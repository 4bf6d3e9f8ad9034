//! Users and Groups as SCIM JSON (RFC 7643 §4), and the parts of a request body Candor keeps:
//! `userName`, `displayName` (or `name.formatted`, or given and family name), `active`, and a
//! Group's `displayName` and `members`. Other attributes are accepted and not stored; the
//! Schemas endpoint says which are kept.

use chrono::NaiveDateTime;
use serde_json::{Value, json};

use super::ScimError;
use crate::domain::Email;
use crate::domain::provisioning::{ScimGroup, ScimUser, UserChange};

/// The User schema's URN.
pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
/// The Group schema's URN.
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";

fn timestamp(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn meta(kind: &str, location: String, created: NaiveDateTime) -> Value {
    json!({ "resourceType": kind, "created": timestamp(created), "lastModified": timestamp(created), "location": location })
}

/// A person as a SCIM User.
pub fn user_json(base: &str, user: &ScimUser) -> Value {
    json!({
        "schemas": [USER_SCHEMA],
        "id": user.id.to_string(),
        "externalId": user.external_id,
        "userName": user.user_name,
        "displayName": user.name,
        "active": user.active,
        "emails": [{ "value": user.email }],
        "meta": meta("User", format!("{base}/Users/{}", user.id), user.created_at),
    })
    .as_object()
    .map(without_nulls)
    .unwrap_or_default()
}

/// An object without its `null` members (an absent attribute is left out, RFC 7643 §2.5).
fn without_nulls(object: &serde_json::Map<String, Value>) -> Value {
    Value::Object(object.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), v.clone())).collect())
}

/// A team as a SCIM Group.
pub fn group_json(base: &str, group: &ScimGroup) -> Value {
    let members: Vec<Value> = group
        .members
        .iter()
        .map(|(id, _)| json!({ "value": id.to_string(), "type": "User", "$ref": format!("{base}/Users/{id}") }))
        .collect();
    json!({
        "schemas": [GROUP_SCHEMA],
        "id": group.id.0.to_string(),
        "externalId": group.external_id,
        "displayName": group.name,
        "members": members,
        "meta": meta("Group", format!("{base}/Groups/{}", group.id.0), group.created_at),
    })
    .as_object()
    .map(without_nulls)
    .unwrap_or_default()
}

/// A boolean as identity providers send it: `true`, or the strings `"True"`/`"false"`.
pub fn boolean(value: &Value, attribute: &str) -> Result<bool, ScimError> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        other => {
            Err(ScimError::bad("invalidValue", format!("{attribute} must be true or false, not {other}")))
        }
    }
}

/// A string attribute, if present; another type is refused.
pub fn text(value: &Value, attribute: &str) -> Result<String, ScimError> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| ScimError::bad("invalidValue", format!("{attribute} must be a string")))
}

/// A name from `displayName`, else `name.formatted`, else `name.givenName name.familyName`.
fn name_in(body: &Value) -> Result<Option<String>, ScimError> {
    if let Some(display) = body.get("displayName").filter(|v| !v.is_null()) {
        return text(display, "displayName").map(Some);
    }
    let name = body.get("name");
    if let Some(formatted) = name.and_then(|n| n.get("formatted")).and_then(Value::as_str) {
        return Ok(Some(formatted.to_string()));
    }
    let part =
        |key: &str| name.and_then(|n| n.get(key)).and_then(Value::as_str).unwrap_or("").trim().to_string();
    let joined = format!("{} {}", part("givenName"), part("familyName")).trim().to_string();
    Ok((!joined.is_empty()).then_some(joined))
}

/// The address among `emails`: the primary one, else the first.
pub fn address_in_emails(emails: &Value) -> Result<Option<Email>, ScimError> {
    let Some(list) = emails.as_array() else {
        return Err(ScimError::bad("invalidValue", "emails must be a list of {\"value\": ADDRESS}"));
    };
    let primary = list.iter().find(|e| e.get("primary").and_then(Value::as_bool) == Some(true));
    match primary.or_else(|| list.first()).and_then(|e| e.get("value")) {
        Some(value) => address_value(value, "emails.value").map(Some),
        None => Ok(None),
    }
}

fn address_value(value: &Value, attribute: &str) -> Result<Email, ScimError> {
    let raw = text(value, attribute)?;
    Email::parse(&raw)
        .map_err(|m| ScimError::bad("invalidValue", format!("{attribute} must be an email address: {m}")))
}

/// The (address, change) of a User body (POST or PUT): `userName` is required, and the address
/// is the primary (or first) of `emails`, else `userName` when it is one.
pub fn user_body(body: &Value) -> Result<(Email, UserChange), ScimError> {
    let user_name = text(
        body.get("userName").ok_or_else(|| ScimError::bad("invalidValue", "userName is required"))?,
        "userName",
    )?;
    let from_emails = match body.get("emails").filter(|v| !v.is_null()) {
        Some(emails) => address_in_emails(emails)?,
        None => None,
    };
    let email = match from_emails {
        Some(email) => email,
        None => Email::parse(&user_name).map_err(|_| {
            ScimError::bad("invalidValue", "give the person's address as userName or in emails")
        })?,
    };
    let active = body.get("active").filter(|v| !v.is_null()).map(|v| boolean(v, "active")).transpose()?;
    let external_id =
        body.get("externalId").filter(|v| !v.is_null()).map(|v| text(v, "externalId")).transpose()?;
    let change = UserChange {
        user_name: Some(user_name.trim().to_string()),
        external_id: Some(external_id),
        email: Some(email.clone()),
        name: name_in(body)?,
        active,
    };
    Ok((email, change))
}

/// The person ids of a `members` list (`[{"value": "12"}, …]`).
pub fn member_ids(value: &Value) -> Result<Vec<i64>, ScimError> {
    let Some(list) = value.as_array() else {
        return Err(ScimError::bad("invalidValue", "members must be a list of {\"value\": USER_ID}"));
    };
    list.iter()
        .map(|m| {
            let id = m
                .get("value")
                .and_then(|v| v.as_str().map(str::to_string).or_else(|| v.as_i64().map(|n| n.to_string())));
            id.and_then(|id| id.parse().ok())
                .ok_or_else(|| ScimError::bad("invalidValue", format!("a member must name a User id: {m}")))
        })
        .collect()
}

/// A Group body (POST or PUT): `displayName` is required.
pub struct GroupBody {
    /// Its name.
    pub name: String,
    /// Its members' User ids.
    pub members: Vec<i64>,
    /// The provider's id for it.
    pub external_id: Option<String>,
}

/// The parts of a Group body.
pub fn group_body(body: &Value) -> Result<GroupBody, ScimError> {
    let name = text(
        body.get("displayName").ok_or_else(|| ScimError::bad("invalidValue", "displayName is required"))?,
        "displayName",
    )?;
    let members = match body.get("members").filter(|v| !v.is_null()) {
        Some(list) => member_ids(list)?,
        None => Vec::new(),
    };
    let external_id =
        body.get("externalId").filter(|v| !v.is_null()).map(|v| text(v, "externalId")).transpose()?;
    Ok(GroupBody { name, members, external_id })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_body_gives_its_address_name_and_state() {
        let body = json!({ "userName": "Ana@Example.org", "name": { "givenName": "Ana", "familyName": "Lima" }, "active": "False" });
        let (email, change) = user_body(&body).ok().unwrap_or_else(|| panic!("a valid body"));
        assert_eq!(email.as_str(), "ana@example.org");
        assert_eq!(change.name.as_deref(), Some("Ana Lima"));
        assert_eq!(change.active, Some(false));
        assert!(user_body(&json!({ "displayName": "No address" })).is_err());
        assert!(user_body(&json!({ "userName": "not-an-address" })).is_err());
        let (email, change) = user_body(&json!({ "userName": "ana", "emails": [{ "value": "x@y.org" }, { "value": "ana@y.org", "primary": true }] }))
            .ok()
            .unwrap_or_else(|| panic!("an address in emails"));
        assert_eq!((email.as_str(), change.user_name.as_deref()), ("ana@y.org", Some("ana")));
        assert!(user_body(&json!({ "userName": "a@b.org", "active": 3 })).is_err());
    }

    #[test]
    fn members_name_user_ids() {
        assert_eq!(member_ids(&json!([{ "value": "12" }, { "value": 7 }])).ok(), Some(vec![12, 7]));
        assert!(member_ids(&json!([{ "value": "x" }])).is_err());
        assert!(member_ids(&json!("12")).is_err());
    }
}
