//! Extractors for the signed-in user: [`SignedIn`] sends anonymous visitors to the sign-in
//! page; [`MaybeSignedIn`] lets them through.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::{FromRequest, HttpRequest, dev::Payload, web};

use super::state::AppState;
use crate::auth::Viewer;
use crate::auth::session_store::USER_ID;
use crate::db;
use crate::error::AppError;

async fn viewer_of(req: &HttpRequest) -> Result<Option<Viewer>, AppError> {
    let session: Session = req.get_session();
    let Some(user_id) = session.get::<i64>(USER_ID).ok().flatten() else { return Ok(None) };
    let state =
        req.app_data::<web::Data<AppState>>().ok_or_else(|| AppError::broken("application state missing"))?;
    let viewer = db::run(&state.pool, move |c| crate::auth::access::find_viewer(c, user_id)).await?;
    if let Some(viewer) = &viewer {
        super::menu::remember(viewer);
        super::page_lang::remember_person(viewer.language);
    }
    Ok(viewer)
}

/// A signed-in user; anonymous visitors get a redirect to `/login`.
pub struct SignedIn(pub Viewer);

/// The signed-in user, if any.
pub struct MaybeSignedIn(pub Option<Viewer>);

impl FromRequest for MaybeSignedIn {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { viewer_of(&req).await.map(MaybeSignedIn) })
    }
}

impl FromRequest for SignedIn {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            match viewer_of(&req).await? {
                Some(viewer) => Ok(SignedIn(viewer)),
                None => Err(AppError::SignIn(req.path().to_string())),
            }
        })
    }
}
