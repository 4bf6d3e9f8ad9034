//! The HTTP side: the route table in one place, thin handlers per area, page rendering.

mod admin;
mod admin_audit;
mod admin_outbox;
mod admin_people;
mod admin_pulses;
mod admin_teams;
mod admin_tokens;
mod admin_webhooks;
mod agreements;
mod api;
mod errors;
mod followups;
pub mod forwarded;
mod guard;
mod health;
mod home;
mod language;
pub mod logging;
mod login;
pub mod menu;
pub mod metrics;
pub mod page_lang;
pub mod pages;
mod paging;
pub mod rate_limit;
mod scim;
pub mod security;
mod sso;
pub mod state;
mod survey;
mod team_page;
pub mod templates;
pub mod viewer;

use actix_web::web;

/// Forms: a size limit well above the longest valid survey, and errors as plain pages (413 for
/// a form over the limit).
fn form_config() -> web::FormConfig {
    form_config_up_to(security::MAX_BODY_BYTES)
}

/// [`form_config`] with another size limit.
fn form_config_up_to(limit: usize) -> web::FormConfig {
    web::FormConfig::default().limit(limit).error_handler(|err, _req| {
        if matches!(err, actix_web::error::UrlencodedError::Overflow { .. }) {
            return security::too_large().into();
        }
        let message =
            format!("The form could not be read ({err}). Nothing was saved; please go back and try again.");
        crate::error::AppError::BadRequest(message).into()
    })
}

/// An address whose parts do not parse (`/admin/people/x`) is no page, said as the 404 page.
fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_, _| {
        crate::error::AppError::NotFound("There is no page at this address.".into()).into()
    })
}

/// A resource that answers a method it does not take with the plain 405 page (or JSON under
/// `/api/`), not actix's empty one.
fn resource(path: &str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(pages::method_not_allowed))
}

/// A resource that only takes a form (POST): a page it answers with (a refused form) has its
/// language switcher come back to the page above it ([`page_lang`]).
fn form_only(path: &str) -> actix_web::Resource {
    resource(path).name(page_lang::FORM_ONLY)
}

/// Every route of the application. Bodies are limited everywhere; sign-in and survey posts are
/// rate limited per client address. Sessions (and the CSRF cookie) are middleware of the pages
/// that use them only: the survey, health, metrics and the stylesheet carry none, so answering
/// a survey touches no session row and sets no cookie.
pub fn routes(cfg: &mut web::ServiceConfig, limits: &rate_limit::RateLimits, sessions: Sessions) {
    cfg.app_data(form_config())
        .app_data(path_config())
        .app_data(security::json_config())
        .app_data(security::payload_config())
        .route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz))
        .route("/metrics", web::get().to(metrics::public))
        .route("/static/candor.css", web::get().to(pages::stylesheet))
        .route("/language", web::get().to(language::switch))
        .service(
            resource("/p/{token}")
                .wrap(limits.survey())
                .app_data(form_config())
                .route(web::get().to(survey::show))
                .route(web::post().to(survey::submit)),
        )
        // SCIM for the identity provider: bearer tokens, no sessions or cookies.
        .configure(scim::configure)
        .service(
            web::scope("")
                .wrap(actix_web::middleware::from_fn(crate::auth::csrf::cookies))
                .wrap(sessions)
                .wrap(actix_web::middleware::from_fn(crate::auth::session_store::busy_store_as_503))
                .wrap(actix_web::middleware::from_fn(menu::scope))
                .wrap(actix_web::middleware::from_fn(page_lang::scope))
                .configure(|cfg| with_sessions(cfg, limits))
                .default_service(web::to(pages::not_found)),
        )
        .default_service(web::to(pages::not_found));
}

/// The routes of the metrics listener (`metrics_bind`): the operator's, no sessions.
pub fn metrics_routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/metrics", web::get().to(metrics::operator))
        .route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz))
        .default_service(web::to(pages::not_found));
}

/// The session middleware of [`routes`].
pub type Sessions = actix_session::SessionMiddleware<crate::auth::session_store::DbSessionStore>;

/// `/admin/pulses…`: launch, open, previews, delivery, close early.
fn pulse_routes(cfg: &mut web::ServiceConfig) {
    use admin_pulses::{delivery, preview};
    let form = |path: &str| resource(path).app_data(form_config());
    cfg.service(resource("/admin/pulses").route(web::get().to(admin_pulses::list)))
        .service(
            form("/admin/pulses/teams/{slug}/launch")
                .route(web::get().to(admin_pulses::launch_form))
                .route(web::post().to(admin_pulses::launch)),
        )
        .service(
            form("/admin/pulses/teams/{slug}/open")
                .route(web::get().to(admin_pulses::open_form))
                .route(web::post().to(admin_pulses::open)),
        )
        .service(resource("/admin/pulses/teams/{slug}/invitation").route(web::get().to(preview::invitation)))
        .service(resource("/admin/pulses/teams/{slug}/survey").route(web::get().to(preview::survey_page)))
        .service(
            form_only("/admin/pulses/teams/{slug}/test")
                .app_data(form_config())
                .route(web::post().to(preview::send_test)),
        )
        // Before `/admin/pulses/{id}`, which would take "launch" for an id.
        .service(
            form("/admin/pulses/launch")
                .route(web::get().to(admin_pulses::launch_all_form))
                .route(web::post().to(admin_pulses::launch_all)),
        )
        .service(resource("/admin/pulses/{id}").route(web::get().to(delivery::page)))
        .service(
            form_only("/admin/pulses/{id}/retry")
                .app_data(form_config())
                .route(web::post().to(delivery::retry)),
        )
        .service(
            form_only("/admin/pulses/{id}/cancel")
                .app_data(form_config())
                .route(web::post().to(delivery::cancel)),
        )
        .service(
            form_only("/admin/pulses/{id}/close")
                .app_data(form_config())
                .route(web::post().to(delivery::close)),
        );
}

/// `/admin/teams/{slug}/survey…`: a team's survey, its sets, own questions and rotation.
fn survey_routes(cfg: &mut web::ServiceConfig) {
    use admin_teams::survey;
    let form = |path: &str| form_only(path).app_data(form_config());
    cfg.service(resource("/admin/teams/{slug}/survey").route(web::get().to(survey::page)))
        .service(form("/admin/teams/{slug}/survey/sets").route(web::post().to(survey::sets)))
        .service(form("/admin/teams/{slug}/survey/rotation").route(web::post().to(survey::rotation)))
        .service(form("/admin/teams/{slug}/survey/questions").route(web::post().to(survey::add)))
        .service(form("/admin/teams/{slug}/survey/questions/{key}").route(web::post().to(survey::edit)))
        .service(
            form("/admin/teams/{slug}/survey/questions/{key}/retire").route(web::post().to(survey::retire)),
        );
}

/// The pages and API that know who is signed in.
fn with_sessions(cfg: &mut web::ServiceConfig, limits: &rate_limit::RateLimits) {
    cfg.route("/", web::get().to(home::home))
        .route("/admin", web::get().to(admin::overview))
        .route("/admin/outbox", web::get().to(admin_outbox::list))
        .route("/admin/audit", web::get().to(admin_audit::list))
        .service(
            resource("/admin/tokens")
                .app_data(form_config())
                .route(web::get().to(admin_tokens::list))
                .route(web::post().to(admin_tokens::create)),
        )
        .service(
            form_only("/admin/tokens/{id}/revoke")
                .app_data(form_config())
                .route(web::post().to(admin_tokens::revoke)),
        )
        .service(
            resource("/admin/webhooks")
                .app_data(web::PayloadConfig::new(security::MAX_BODY_BYTES))
                .route(web::get().to(admin_webhooks::list))
                .route(web::post().to(admin_webhooks::add)),
        )
        .service(
            form_only("/admin/webhooks/{name}/remove")
                .app_data(form_config())
                .route(web::post().to(admin_webhooks::remove)),
        )
        .service(
            resource("/admin/people")
                .app_data(form_config())
                .route(web::get().to(admin_people::list))
                .route(web::post().to(admin_people::add)),
        )
        .service(
            resource("/admin/people/import")
                .app_data(admin_people::import::upload_config())
                .route(web::get().to(admin_people::import::form))
                .route(web::post().to(admin_people::import::preview)),
        )
        .service(
            form_only("/admin/people/import/confirm")
                .app_data(form_config_up_to(security::MAX_UPLOAD_BYTES))
                .route(web::post().to(admin_people::import::confirm)),
        )
        .service(
            resource("/admin/people/{id}")
                .app_data(form_config())
                .route(web::get().to(admin_people::person::page))
                .route(web::post().to(admin_people::person::save)),
        )
        .service(
            form_only("/admin/people/{id}/active")
                .app_data(form_config())
                .route(web::post().to(admin_people::person::set_active)),
        )
        .service(
            form_only("/admin/people/{id}/remove")
                .app_data(form_config())
                .route(web::post().to(admin_people::person::remove)),
        )
        .service(
            resource("/admin/teams")
                .app_data(form_config())
                .route(web::get().to(admin_teams::list))
                .route(web::post().to(admin_teams::create)),
        )
        .service(
            resource("/admin/teams/{slug}")
                .app_data(form_config())
                .route(web::get().to(admin_teams::settings_form))
                .route(web::post().to(admin_teams::save)),
        )
        .service(
            form_only("/admin/teams/{slug}/archive")
                .app_data(form_config())
                .route(web::post().to(admin_teams::archive)),
        )
        .service(
            form_only("/admin/teams/{slug}/unarchive")
                .app_data(form_config())
                .route(web::post().to(admin_teams::unarchive)),
        )
        .configure(survey_routes)
        .configure(pulse_routes)
        .route("/teams/{slug}", web::get().to(team_page::show))
        .service(
            form_only("/teams/{slug}/followups")
                .app_data(form_config())
                .route(web::post().to(followups::add)),
        )
        .service(
            resource("/teams/{slug}/followups/{id}/edit")
                .app_data(form_config())
                .route(web::get().to(followups::edit_form))
                .route(web::post().to(followups::save)),
        )
        .service(
            form_only("/teams/{slug}/followups/{id}/delete")
                .app_data(form_config())
                .route(web::post().to(followups::delete)),
        )
        .service(
            form_only("/teams/{slug}/actions/{id}/done")
                .app_data(form_config())
                .route(web::post().to(followups::done)),
        )
        .service(
            form_only("/teams/{slug}/actions/{id}/undo")
                .app_data(form_config())
                .route(web::post().to(followups::undo)),
        )
        .service(
            resource("/login")
                .wrap(limits.sign_in())
                .app_data(form_config())
                .route(web::get().to(login::form))
                .route(web::post().to(login::request)),
        )
        // Before `/login/{token}`, which would take "oidc" for a token.
        .service(resource("/login/oidc").wrap(limits.sign_in()).route(web::get().to(sso::depart)))
        .service(resource("/login/oidc/callback").wrap(limits.sign_in()).route(web::get().to(sso::arrive)))
        .service(
            form_only("/login/password")
                .wrap(limits.sign_in())
                .app_data(form_config())
                .route(web::post().to(login::with_password)),
        )
        .service(
            resource("/login/{token}")
                .wrap(limits.sign_in())
                .app_data(form_config())
                .route(web::get().to(login::confirm))
                .route(web::post().to(login::finish)),
        )
        .service(
            resource("/logout")
                .app_data(form_config())
                .route(web::get().to(login::logout_form))
                .route(web::post().to(login::logout)),
        )
        .service(
            resource("/teams/{slug}/agreements/new")
                .app_data(form_config())
                .route(web::get().to(agreements::new_form))
                .route(web::post().to(agreements::create)),
        )
        .service(
            resource("/teams/{slug}/agreements/{agreement}")
                .app_data(agreements::query_config())
                .route(web::get().to(agreements::show)),
        )
        .service(
            resource("/teams/{slug}/agreements/{agreement}/edit")
                .app_data(form_config())
                .route(web::get().to(agreements::edit_form))
                .route(web::post().to(agreements::save)),
        )
        .service(
            form_only("/teams/{slug}/agreements/{agreement}/reviewed")
                .app_data(form_config())
                .route(web::post().to(agreements::reviewed)),
        )
        .service(
            resource("/teams/{slug}/agreements/{agreement}/diff")
                .app_data(agreements::query_config())
                .route(web::get().to(agreements::diff)),
        )
        .service(
            web::scope("/api/v1")
                .route("/openapi.json", web::get().to(api::openapi))
                .route("/teams/{slug}/report", web::get().to(api::team_report))
                .default_service(web::to(api::not_found)),
        );
}
