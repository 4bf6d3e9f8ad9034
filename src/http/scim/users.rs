//! `/scim/v2/Users`: list (with `userName eq`), create, read, replace, patch, delete.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

use super::resources::{user_body, user_json};
use super::{ListQuery, ScimResult, answer, base, caller, filter, list_response, paging, path_id, read_body};
use crate::db;
use crate::domain::provisioning::{self, UserChange};
use crate::http::pages::State;

/// `GET /scim/v2/Users`.
pub async fn list(state: State, req: HttpRequest, query: web::Query<ListQuery>) -> ScimResult {
    caller(&state, &req).await?;
    listed(&state, &query).await
}

/// `POST /scim/v2/Users/.search`: the same list, asked in the body.
pub async fn search(state: State, req: HttpRequest, body: web::Bytes) -> ScimResult {
    caller(&state, &req).await?;
    listed(&state, &super::search_body(&body)?).await
}

async fn listed(state: &State, query: &ListQuery) -> ScimResult {
    let email = query.filter.as_deref().map(|f| filter::equals(f, "userName")).transpose()?;
    let (offset, limit, start) = paging(query);
    let (total, users) =
        db::run(&state.pool, move |c| provisioning::users(c, email.as_deref(), offset, limit)).await?;
    let base = base(state);
    Ok(list_response(total, start, users.iter().map(|u| query.project(user_json(&base, u))).collect()))
}

/// `POST /scim/v2/Users`: 201 with the User; a taken userName is 409 `uniqueness`.
pub async fn create(state: State, req: HttpRequest, body: web::Bytes) -> ScimResult {
    let actor = caller(&state, &req).await?;
    let (email, change) = user_body(&read_body(&body)?)?;
    let now = Utc::now().naive_utc();
    let user = db::run(&state.pool, move |c| {
        db::write(c, |c| provisioning::create_user(c, &email, &change, &actor, now))
    })
    .await?;
    let body = user_json(&base(&state), &user);
    Ok(answer(StatusCode::CREATED, &body))
}

/// `GET /scim/v2/Users/{id}`.
pub async fn show(
    state: State,
    req: HttpRequest,
    id: web::Path<String>,
    query: web::Query<ListQuery>,
) -> ScimResult {
    caller(&state, &req).await?;
    let id = path_id(&id)?;
    let user = db::run(&state.pool, move |c| provisioning::user(c, id)).await?;
    Ok(answer(StatusCode::OK, &query.project(user_json(&base(&state), &user))))
}

/// `PUT /scim/v2/Users/{id}`: userName, name and active as given (active stays when absent).
pub async fn replace(state: State, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ScimResult {
    let actor = caller(&state, &req).await?;
    let id = path_id(&id)?;
    let (_, change) = user_body(&read_body(&body)?)?;
    change_user(&state, id, change, actor).await
}

/// `PATCH /scim/v2/Users/{id}`: `active: false` deactivates (open invitations withdrawn, queued
/// emails cancelled, in one transaction).
pub async fn patch(state: State, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ScimResult {
    let actor = caller(&state, &req).await?;
    let id = path_id(&id)?;
    let change = super::patch::user_change(&read_body(&body)?)?;
    change_user(&state, id, change, actor).await
}

async fn change_user(state: &State, id: i64, change: UserChange, actor: String) -> ScimResult {
    let now = Utc::now().naive_utc();
    let user = db::run(&state.pool, move |c| {
        db::write(c, |c| provisioning::update_user(c, id, &change, &actor, now))
    })
    .await?;
    Ok(answer(StatusCode::OK, &user_json(&base(state), &user)))
}

/// `DELETE /scim/v2/Users/{id}`: 204; the person is removed, their answers stay.
pub async fn delete(state: State, req: HttpRequest, id: web::Path<String>) -> ScimResult {
    let actor = caller(&state, &req).await?;
    let id = path_id(&id)?;
    let now = Utc::now().naive_utc();
    db::run(&state.pool, move |c| db::write(c, |c| provisioning::delete_user(c, id, &actor, now))).await?;
    Ok(HttpResponse::NoContent().finish())
}
