//! `/scim/v2/Groups` (teams): list (with `displayName eq`), create, read, replace, patch,
//! delete (archive).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

use super::patch::GroupPatch;
use super::resources::{group_body, group_json};
use super::{ListQuery, ScimResult, answer, base, caller, filter, list_response, paging, path_id, read_body};
use crate::db;
use crate::domain::TeamId;
use crate::domain::provisioning::{self, MembersChange};
use crate::http::pages::State;

/// `GET /scim/v2/Groups`.
pub async fn list(state: State, req: HttpRequest, query: web::Query<ListQuery>) -> ScimResult {
    caller(&state, &req).await?;
    listed(&state, &query).await
}

/// `POST /scim/v2/Groups/.search`: the same list, asked in the body.
pub async fn search(state: State, req: HttpRequest, body: web::Bytes) -> ScimResult {
    caller(&state, &req).await?;
    listed(&state, &super::search_body(&body)?).await
}

async fn listed(state: &State, query: &ListQuery) -> ScimResult {
    let name = query.filter.as_deref().map(|f| filter::equals(f, "displayName")).transpose()?;
    let (offset, limit, start) = paging(query);
    let (total, groups) =
        db::run(&state.pool, move |c| provisioning::groups(c, name.as_deref(), offset, limit)).await?;
    let base = base(state);
    Ok(list_response(total, start, groups.iter().map(|g| query.project(group_json(&base, g))).collect()))
}

/// `POST /scim/v2/Groups`: 201 with the Group (a new team).
pub async fn create(state: State, req: HttpRequest, body: web::Bytes) -> ScimResult {
    let actor = caller(&state, &req).await?;
    let body = group_body(&read_body(&body)?)?;
    let now = Utc::now().naive_utc();
    let group = db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let group = provisioning::create_group(c, &body.name, &body.members, &actor, now)?;
            provisioning::set_group_external_id(c, group.id, body.external_id.as_deref())?;
            provisioning::group(c, group.id)
        })
    })
    .await?;
    Ok(answer(StatusCode::CREATED, &group_json(&base(&state), &group)))
}

/// `GET /scim/v2/Groups/{id}`.
pub async fn show(
    state: State,
    req: HttpRequest,
    id: web::Path<String>,
    query: web::Query<ListQuery>,
) -> ScimResult {
    caller(&state, &req).await?;
    let id = TeamId(path_id(&id)?);
    let group = db::run(&state.pool, move |c| provisioning::group(c, id)).await?;
    Ok(answer(StatusCode::OK, &query.project(group_json(&base(&state), &group))))
}

/// `PUT /scim/v2/Groups/{id}`: the name and exactly these members.
pub async fn replace(state: State, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ScimResult {
    let actor = caller(&state, &req).await?;
    let id = TeamId(path_id(&id)?);
    let body = group_body(&read_body(&body)?)?;
    let change = GroupPatch {
        name: Some(body.name),
        external_id: Some(body.external_id),
        members: vec![MembersChange::Replace(body.members)],
    };
    change_group(&state, id, change, actor).await
}

/// `PATCH /scim/v2/Groups/{id}`: a new name, members added, removed or replaced.
pub async fn patch(state: State, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ScimResult {
    let actor = caller(&state, &req).await?;
    let id = TeamId(path_id(&id)?);
    let change = super::patch::group_change(&read_body(&body)?)?;
    change_group(&state, id, change, actor).await
}

async fn change_group(state: &State, id: TeamId, change: GroupPatch, actor: String) -> ScimResult {
    let now = Utc::now().naive_utc();
    let group = db::run(&state.pool, move |c| {
        db::write(c, |c| {
            if let Some(name) = &change.name {
                provisioning::rename_group(c, id, name, &actor, now)?;
            }
            if let Some(external_id) = &change.external_id {
                provisioning::set_group_external_id(c, id, external_id.as_deref())?;
            }
            for members in &change.members {
                provisioning::set_members(c, id, members, &actor, now)?;
            }
            provisioning::group(c, id)
        })
    })
    .await?;
    Ok(answer(StatusCode::OK, &group_json(&base(state), &group)))
}

/// `DELETE /scim/v2/Groups/{id}`: 204; the team is archived (refused while a pulse is open).
pub async fn delete(state: State, req: HttpRequest, id: web::Path<String>) -> ScimResult {
    let actor = caller(&state, &req).await?;
    let id = TeamId(path_id(&id)?);
    let now = Utc::now().naive_utc();
    db::run(&state.pool, move |c| db::write(c, |c| provisioning::delete_group(c, id, &actor, now))).await?;
    Ok(HttpResponse::NoContent().finish())
}
