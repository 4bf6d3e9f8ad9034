//! `/admin/pulses/{id}`: a pulse's delivery — its emails counted by kind and state, the failed
//! ones with what the server said — and its buttons: retry the failed, cancel the queued, close
//! the pulse early. Counts of emails only, never of answers (docs/anonymity.md).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};

use super::Done;
use super::view::{PulseLine, kind_words, state_words};
use crate::auth::Viewer;
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::pulse_state::PulseState;
use crate::domain::pulses::Pulse;
use crate::domain::teams::Team;
use crate::domain::{audit, pulse_board, pulses};
use crate::error::AppError;
use crate::http::guard::led_team;
use crate::http::pages::{State, render_with_status, see_other};
use crate::http::viewer::SignedIn;
use crate::i18n::{self, Lang};
use crate::mail::about::KINDS;
use crate::mail::delivery::{self, Delivery, STATES};

/// The pulse of the address, when `viewer` leads its team or is an admin.
fn led_pulse(conn: &mut DbConnection, viewer: &Viewer, id: i64) -> Result<(Pulse, Team), AppError> {
    let (pulse, team) = pulse_board::find_with_team(conn, id)?;
    led_team(conn, viewer, &team.slug)?;
    Ok((pulse, team))
}

#[derive(Serialize)]
struct Trouble {
    id: i64,
    state: String,
    kind: String,
    recipient: String,
    attempts: i32,
    error: String,
}

#[derive(Serialize)]
struct Page {
    pulse: PulseLine,
    slug: String,
    team: String,
    open: bool,
    delivery: Delivery,
    /// The kinds of email of the pulse, in words, with their counts.
    kinds: Vec<KindLine>,
    troubles: Vec<Trouble>,
    states: Vec<String>,
    csrf: String,
    notice: Option<String>,
}

/// One kind of email of the pulse, in words, counted by state.
#[derive(Serialize)]
struct KindLine {
    label: String,
    counts: [i64; 5],
}

/// The notice after `done`, in `lang`.
fn notice_for(lang: Lang, done: &str) -> Option<String> {
    ["opened", "retried", "cancelled", "closed"]
        .contains(&done)
        .then(|| i18n::t(lang, &format!("ao-pulse-done-{done}"), &[]))
}

/// The kinds of `delivery` in words of `lang` (the delivery names them by their English label).
fn kinds_in(lang: Lang, delivery: &Delivery) -> Vec<KindLine> {
    let stored = |label: &str| KINDS.iter().find(|k| k.label() == label).map_or("other", |k| k.as_str());
    delivery
        .kinds
        .iter()
        .map(|k| KindLine { label: kind_words(lang, stored(k.label)), counts: k.counts })
        .collect()
}

/// `GET /admin/pulses/{id}`.
pub async fn page(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    id: web::Path<i64>,
    done: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let (id, viewer, lang) = (id.into_inner(), viewer.0, crate::http::page_lang::current());
    let (pulse, team, delivery) = db::run(&state.pool, move |c| {
        let (pulse, team) = led_pulse(c, &viewer, id)?;
        Ok((pulse, team, delivery::of_pulse(c, id)?))
    })
    .await?;
    let troubles = delivery
        .troubles
        .iter()
        .map(|t| Trouble {
            id: t.id,
            state: i18n::t(
                lang,
                if t.state == "failed" { "ao-state-failed" } else { "ao-state-retrying" },
                &[],
            ),
            kind: kind_words(lang, &t.kind),
            recipient: t.recipient.clone(),
            attempts: t.attempts,
            error: t.last_error.clone().unwrap_or_default(),
        })
        .collect();
    let page = Page {
        pulse: PulseLine::of(lang, &team, &pulse),
        open: pulse.state == PulseState::Open,
        slug: team.slug.clone(),
        team: team.name.clone(),
        kinds: kinds_in(lang, &delivery),
        delivery,
        troubles,
        states: STATES.iter().map(|s| state_words(lang, s)).collect(),
        csrf: csrf.token()?,
        notice: done.done.as_deref().and_then(|d| notice_for(lang, d)),
    };
    let mut ctx = tera::Context::new();
    ctx.insert("page", &page);
    render_with_status(&state, "admin_pulse.html", &ctx, StatusCode::OK)
}

/// The buttons' form.
#[derive(Debug, Deserialize)]
pub struct ButtonForm {
    csrf: String,
}

/// Runs `change` on the pulse of the address in one transaction with its audit record, then
/// shows the page again with `done`'s notice.
async fn change(
    state: &State,
    viewer: Viewer,
    id: i64,
    done: &'static str,
    change: impl FnOnce(&mut DbConnection, &Pulse) -> Result<String, AppError> + Send + 'static,
) -> Result<HttpResponse, AppError> {
    db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let (pulse, team) = led_pulse(c, &viewer, id)?;
            let detail = change(c, &pulse)?;
            let action = format!("pulse.{done}");
            audit::record(c, &viewer.email, &action, &team.slug, &detail, Utc::now().naive_utc())
        })
    })
    .await?;
    Ok(see_other(&format!("/admin/pulses/{id}?done={done}")))
}

/// `POST /admin/pulses/{id}/retry`: queues the failed emails again.
pub async fn retry(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    id: web::Path<i64>,
    form: web::Form<ButtonForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    change(&state, viewer.0, id.into_inner(), "retried", |c, pulse| {
        let n = delivery::retry_failed(c, pulse.id.0, Utc::now().naive_utc())?;
        Ok(format!("pulse {}: {n} failed emails queued again", pulse.id))
    })
    .await
}

/// `POST /admin/pulses/{id}/cancel`: cancels the emails still queued.
pub async fn cancel(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    id: web::Path<i64>,
    form: web::Form<ButtonForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let actor = viewer.0.email.clone();
    change(&state, viewer.0, id.into_inner(), "cancelled", move |c, pulse| {
        let n = delivery::cancel_queued(c, pulse.id.0, &format!("cancelled by {actor}"))?;
        Ok(format!("pulse {}: {n} queued emails cancelled", pulse.id))
    })
    .await
}

/// `POST /admin/pulses/{id}/close`: closes the pulse now (results where enough answered,
/// summary emails queued), as the scheduler would at its closing time.
pub async fn close(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    id: web::Path<i64>,
    form: web::Form<ButtonForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    let (master, composer) = (state.answer_key.clone(), state.composer.clone());
    let response = change(&state, viewer.0, id.into_inner(), "closed", move |c, pulse| {
        let closed = pulses::close_pulse(c, &master, pulse.id)?;
        let queued = crate::summaries::queue_summaries(c, &composer, &[closed.id], Utc::now().naive_utc())?;
        Ok(format!("pulse {} ({}) closed early; {queued} summary emails queued", closed.id, closed.period))
    })
    .await?;
    db::run(&state.pool, crate::domain::sealed::scrub_after_close).await?;
    Ok(response)
}
