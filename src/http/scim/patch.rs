//! PATCH (RFC 7644 §3.5.2): a list of `add`, `replace` and `remove` operations, read into the
//! changes `domain::provisioning` makes. Operation names are case-insensitive and booleans may
//! come as strings, as some identity providers send them. A User's `userName`, `displayName`
//! and `active` cannot be removed (Candor always has them; the Schemas endpoint marks them
//! required); a Group's members can be added, removed (all, some, or `members[value eq "ID"]`)
//! or replaced.

use serde_json::Value;

use super::ScimError;
use super::filter;
use super::resources::{address_in_emails, boolean, member_ids, text};
use crate::domain::provisioning::{MembersChange, UserChange};

/// One operation.
struct Operation<'a> {
    op: String,
    path: Option<&'a str>,
    value: Option<&'a Value>,
}

fn operations(body: &Value) -> Result<Vec<Operation<'_>>, ScimError> {
    let schema_ok = body["schemas"]
        .as_array()
        .is_some_and(|s| s.iter().any(|v| v == "urn:ietf:params:scim:api:messages:2.0:PatchOp"));
    if !schema_ok {
        return Err(ScimError::bad(
            "invalidSyntax",
            "a PATCH names the schema urn:ietf:params:scim:api:messages:2.0:PatchOp",
        ));
    }
    let list = body
        .get("Operations")
        .and_then(Value::as_array)
        .ok_or_else(|| ScimError::bad("invalidSyntax", "a PATCH carries a list of Operations"))?;
    list.iter()
        .map(|o| {
            let op = o.get("op").and_then(Value::as_str).unwrap_or("").to_ascii_lowercase();
            if !matches!(op.as_str(), "add" | "replace" | "remove") {
                return Err(ScimError::bad(
                    "invalidSyntax",
                    format!("op must be add, replace or remove: {o}"),
                ));
            }
            Ok(Operation { op, path: o.get("path").and_then(Value::as_str), value: o.get("value") })
        })
        .collect()
}

/// The change a User PATCH makes.
pub fn user_change(body: &Value) -> Result<UserChange, ScimError> {
    let mut change = UserChange::default();
    for operation in operations(body)? {
        if operation.op == "remove" {
            let path = operation.path.unwrap_or("");
            if path.eq_ignore_ascii_case("externalId") {
                change.external_id = Some(None);
                continue;
            }
            return Err(ScimError::bad("mutability", format!("{path} cannot be removed: every User has it")));
        }
        let value = operation
            .value
            .ok_or_else(|| ScimError::bad("invalidSyntax", "add and replace carry a value"))?;
        match operation.path {
            Some(path) => set_user_attribute(&mut change, path, value)?,
            None => {
                let object = value.as_object().ok_or_else(|| {
                    ScimError::bad("invalidSyntax", "without a path, the value is an object")
                })?;
                for (path, value) in object {
                    set_user_attribute(&mut change, path, value)?;
                }
            }
        }
    }
    Ok(change)
}

fn set_user_attribute(change: &mut UserChange, path: &str, value: &Value) -> Result<(), ScimError> {
    let path = path.strip_prefix("urn:ietf:params:scim:schemas:core:2.0:User:").unwrap_or(path);
    match path.to_ascii_lowercase().as_str() {
        "active" => change.active = Some(boolean(value, "active")?),
        "displayname" | "name.formatted" => change.name = Some(text(value, path)?),
        "username" => change.user_name = Some(text(value, "userName")?),
        "emails" => change.email = address_in_emails(value)?,
        "externalid" => change.external_id = Some(Some(text(value, "externalId")?)),
        "name" => {
            if let Some(formatted) = value.get("formatted") {
                change.name = Some(text(formatted, "name.formatted")?);
            }
        }
        // Attributes Candor does not keep (e.g. emails, title) are accepted and not stored.
        _ => {}
    }
    Ok(())
}

/// What a Group PATCH changes: a new name, and member changes in order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct GroupPatch {
    /// A new `displayName`.
    pub name: Option<String>,
    /// A new `externalId`; `Some(None)` removes it.
    pub external_id: Option<Option<String>>,
    /// Member changes, applied in order.
    pub members: Vec<MembersChange>,
}

/// The change a Group PATCH makes.
pub fn group_change(body: &Value) -> Result<GroupPatch, ScimError> {
    let mut patch = GroupPatch::default();
    for operation in operations(body)? {
        match (operation.op.as_str(), operation.path) {
            ("remove", Some(path)) if path.eq_ignore_ascii_case("externalId") => {
                patch.external_id = Some(None)
            }
            ("remove", Some(path)) => patch.members.push(remove_members(path, operation.value)?),
            ("remove", None) => return Err(ScimError::bad("noTarget", "remove needs a path")),
            (op, Some(path)) if path.eq_ignore_ascii_case("members") => {
                let ids = member_ids(operation.value.unwrap_or(&Value::Null))?;
                patch.members.push(if op == "add" {
                    MembersChange::Add(ids)
                } else {
                    MembersChange::Replace(ids)
                });
            }
            (_, Some(path)) if path.eq_ignore_ascii_case("displayName") => {
                patch.name = Some(text(operation.value.unwrap_or(&Value::Null), "displayName")?);
            }
            (_, Some(path)) if path.eq_ignore_ascii_case("externalId") => {
                patch.external_id = Some(Some(text(operation.value.unwrap_or(&Value::Null), "externalId")?));
            }
            (_, Some(path)) => {
                return Err(ScimError::bad(
                    "invalidPath",
                    format!("a Group has no attribute {path} to change"),
                ));
            }
            (op, None) => {
                let value = operation.value.unwrap_or(&Value::Null);
                if let Some(name) = value.get("displayName") {
                    patch.name = Some(text(name, "displayName")?);
                }
                if let Some(external_id) = value.get("externalId") {
                    patch.external_id = Some(Some(text(external_id, "externalId")?));
                }
                if let Some(list) = value.get("members") {
                    let ids = member_ids(list)?;
                    patch.members.push(if op == "add" {
                        MembersChange::Add(ids)
                    } else {
                        MembersChange::Replace(ids)
                    });
                }
            }
        }
    }
    Ok(patch)
}

/// `remove` on `members`, `members` with a value list, or `members[value eq "ID"]`.
fn remove_members(path: &str, value: Option<&Value>) -> Result<MembersChange, ScimError> {
    if path.eq_ignore_ascii_case("members") {
        return Ok(match value {
            Some(list) if !list.is_null() => MembersChange::Remove(member_ids(list)?),
            _ => MembersChange::Replace(Vec::new()),
        });
    }
    let inner = path.strip_prefix("members[").and_then(|rest| rest.strip_suffix(']')).ok_or_else(|| {
        ScimError::bad("invalidPath", format!("cannot remove {path}: only members can be removed"))
    })?;
    let id = filter::equals(inner, "value")?;
    let id = id.parse().map_err(|_| ScimError::bad("invalidValue", format!("no User {id}")))?;
    Ok(MembersChange::Remove(vec![id]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn patch(ops: Value) -> Value {
        json!({ "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops })
    }

    #[test]
    fn user_operations_with_and_without_a_path() {
        let change =
            user_change(&patch(json!([{ "op": "Replace", "path": "active", "value": "False" }]))).ok();
        assert_eq!(change.and_then(|c| c.active), Some(false));
        let change = user_change(&patch(
            json!([{ "op": "replace", "value": { "active": true, "displayName": "Bo" } }]),
        ))
        .ok();
        assert_eq!(change.map(|c| (c.active, c.name)), Some((Some(true), Some("Bo".into()))));
        assert!(user_change(&patch(json!([{ "op": "remove", "path": "displayName" }]))).is_err());
        assert!(user_change(&patch(json!([{ "op": "move", "path": "active", "value": true }]))).is_err());
        assert!(user_change(&json!({ "Operations": [] })).is_err(), "the PatchOp schema is named");
    }

    #[test]
    fn group_member_operations() {
        let body = patch(json!([
            { "op": "add", "path": "members", "value": [{ "value": "4" }, { "value": "5" }] },
            { "op": "remove", "path": "members[value eq \"4\"]" },
            { "op": "replace", "path": "displayName", "value": "Platform" },
        ]));
        let change = group_change(&body).ok();
        assert_eq!(
            change,
            Some(GroupPatch {
                name: Some("Platform".into()),
                external_id: None,
                members: vec![MembersChange::Add(vec![4, 5]), MembersChange::Remove(vec![4])],
            })
        );
        let all = group_change(&patch(json!([{ "op": "remove", "path": "members" }]))).ok();
        assert_eq!(all.map(|p| p.members), Some(vec![MembersChange::Replace(Vec::new())]));
        assert!(group_change(&patch(json!([{ "op": "remove", "path": "owner" }]))).is_err());
    }
}
