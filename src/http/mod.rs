//! The HTTP side: the route table in one place, thin handlers per area, page rendering.

mod health;
mod home;
pub mod pages;
pub mod templates;

use actix_web::web;

/// Every route of the application.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::home))
        .route("/healthz", web::get().to(health::healthz))
        .route("/static/candor.css", web::get().to(pages::stylesheet))
        .default_service(web::to(pages::not_found));
}
