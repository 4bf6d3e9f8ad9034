//! Rate limits per client address (actix-governor): sign-in attempts and survey posts. An
//! exceeded limit answers 429 with a plain page and `Retry-After`; nothing reaches the handler.
//!
//! The key is the client's address (IPv6 by its /56 prefix): the TCP peer, or, when the peer is
//! one of `CANDOR_TRUSTED_PROXIES`, the client its forwarding headers name (`forwarded.rs`).
//! Headers from anyone else are not read: any client can write them, so believing them
//! blindly would let anyone pick a fresh address for every attempt. Behind a proxy that is not
//! listed, every request comes from the proxy and all clients share one budget.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::Duration;

use actix_governor::governor::NotUntil;
use actix_governor::governor::clock::{Clock, DefaultClock, QuantaInstant};
use actix_governor::governor::middleware::NoOpMiddleware;
use actix_governor::{
    Governor, GovernorConfig, GovernorConfigBuilder, KeyExtractor, SimpleKeyExtractionError,
};
use actix_web::dev::ServiceRequest;
use actix_web::http::header::{self, ContentType};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Condition;
use actix_web::{HttpResponse, HttpResponseBuilder};

use super::forwarded::TrustedProxies;
use crate::error::AppError;

/// The rate limiting key: the client's address, or its /56 prefix for IPv6 (where one
/// customer usually holds a whole prefix), as the trusted proxies tell it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddress {
    proxies: Arc<TrustedProxies>,
}

impl KeyExtractor for ClientAddress {
    type Key = IpAddr;
    type KeyExtractionError = SimpleKeyExtractionError<&'static str>;

    fn extract(&self, req: &ServiceRequest) -> Result<IpAddr, Self::KeyExtractionError> {
        // No peer address (a Unix socket, a test request): all such requests share one budget
        // rather than failing with a 500.
        let peer = req.peer_addr().map(|a| a.ip());
        let ip =
            self.proxies.client_address(peer, req.headers()).unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        Ok(match ip {
            IpAddr::V6(v6) => {
                let mut octets = v6.octets();
                octets[7..].fill(0);
                IpAddr::V6(octets.into())
            }
            v4 => v4,
        })
    }

    fn exceed_rate_limit_response(
        &self,
        negative: &NotUntil<QuantaInstant>,
        response: HttpResponseBuilder,
    ) -> HttpResponse {
        too_many_attempts(negative.wait_time_from(DefaultClock::default().now()), response)
    }
}

/// The 429 page: how long to wait, and that nothing was saved.
fn too_many_attempts(wait: Duration, mut response: HttpResponseBuilder) -> HttpResponse {
    // Whole seconds, rounded up, at least 1 (governor's own header rounds down, to 0 at times).
    let seconds = wait.as_millis().div_ceil(1000).max(1);
    let unit = if seconds == 1 { "second" } else { "seconds" };
    let message = format!(
        "Too many attempts from your network; wait {seconds} {unit} and try again. Nothing was saved."
    );
    response
        .insert_header((header::RETRY_AFTER, seconds.to_string()))
        .insert_header(("x-ratelimit-after", seconds.to_string()))
        .content_type(ContentType::html())
        .body(super::pages::error_page(StatusCode::TOO_MANY_REQUESTS, &message))
}

/// One limit: its shared limiter, and whether it is on (a rate of 0 turns it off).
#[derive(Clone)]
struct Limit {
    config: GovernorConfig<ClientAddress, NoOpMiddleware>,
    on: bool,
}

impl Limit {
    /// Replenishes `rate` POST requests per `window`, `burst` at once.
    fn new(
        name: &str,
        window: Duration,
        (rate, burst): (u32, u32),
        key: ClientAddress,
    ) -> Result<Self, AppError> {
        let period = window.checked_div(rate).unwrap_or(window).max(Duration::from_nanos(1));
        let config = GovernorConfigBuilder::default()
            .period(period)
            .burst_size(burst.max(1))
            .methods(vec![Method::POST])
            .key_extractor(key)
            .finish()
            .ok_or_else(|| {
                AppError::Startup(format!("the {name} rate limit ({rate}, burst {burst}) is not valid"))
            })?;
        Ok(Self { config, on: rate > 0 })
    }

    /// The governor when the limit is on; a pass-through otherwise.
    fn middleware(&self) -> Condition<Governor<ClientAddress, NoOpMiddleware>> {
        Condition::new(self.on, Governor::new(&self.config))
    }
}

/// The limiters of one running app. Built once and shared by every worker, so a client has one
/// budget however its requests are spread over threads.
#[derive(Clone)]
pub struct RateLimits {
    sign_in: Limit,
    survey: Limit,
}

/// The limits asked for (built by `startup.rs` from the settings). A rate of 0 turns a
/// limit off.
#[derive(Debug, Clone)]
pub struct LimitOptions {
    /// Sign-in attempts per minute once the burst is used.
    pub login_rate_per_minute: u32,
    /// Sign-in attempts at once.
    pub login_burst: u32,
    /// Survey posts per second once the burst is used.
    pub survey_rate_per_second: u32,
    /// Survey posts at once.
    pub survey_burst: u32,
    /// The proxies whose forwarding headers name the client.
    pub trusted_proxies: TrustedProxies,
}

impl RateLimits {
    /// Sign-in: `login_burst` attempts at once, then `login_rate_per_minute`. Survey posts:
    /// `survey_burst` at once, then `survey_rate_per_second`.
    pub fn new(options: &LimitOptions) -> Result<Self, AppError> {
        let minute = Duration::from_secs(60);
        let second = Duration::from_secs(1);
        let key = ClientAddress { proxies: Arc::new(options.trusted_proxies.clone()) };
        let sign_in = (options.login_rate_per_minute, options.login_burst);
        let survey = (options.survey_rate_per_second, options.survey_burst);
        Ok(Self {
            sign_in: Limit::new("sign-in", minute, sign_in, key.clone())?,
            survey: Limit::new("survey", second, survey, key)?,
        })
    }

    /// Middleware for the sign-in resources (`POST /login`, `/login/password`, `/login/{token}`).
    pub fn sign_in(&self) -> Condition<Governor<ClientAddress, NoOpMiddleware>> {
        self.sign_in.middleware()
    }

    /// Middleware for the survey resource (`POST /p/{token}`).
    pub fn survey(&self) -> Condition<Governor<ClientAddress, NoOpMiddleware>> {
        self.survey.middleware()
    }

    /// Runs [`RateLimits::forget_idle`] every `period`, for as long as the process lives.
    pub async fn forget_idle_every(self, period: Duration) {
        let mut ticks = tokio::time::interval(period);
        loop {
            ticks.tick().await;
            self.forget_idle();
        }
    }

    /// Forgets addresses whose budget is full again, so the tables do not grow for ever.
    pub fn forget_idle(&self) {
        for limit in [&self.sign_in, &self.survey] {
            let limiter = limit.config.limiter();
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_is_whole_seconds_rounded_up_and_named_on_the_page() {
        for (wait, seconds, text) in [
            (Duration::ZERO, "1", "wait 1 second and"),
            (Duration::from_millis(5200), "6", "wait 6 seconds and"),
        ] {
            let response = too_many_attempts(wait, HttpResponse::TooManyRequests());
            assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
            assert_eq!(
                response.headers().get(header::RETRY_AFTER).map(|v| v.as_bytes()),
                Some(seconds.as_bytes())
            );
            let body = actix_web::body::to_bytes(response.into_body());
            let body = futures_util::FutureExt::now_or_never(body).and_then(Result::ok).unwrap_or_default();
            let page = String::from_utf8_lossy(&body);
            assert!(page.contains(text) && page.contains("Nothing was saved."), "{page}");
        }
    }

    #[test]
    fn a_rate_of_zero_turns_a_limit_off() {
        let on = LimitOptions {
            login_rate_per_minute: 10,
            login_burst: 10,
            survey_rate_per_second: 50,
            survey_burst: 200,
            trusted_proxies: TrustedProxies::default(),
        };
        let off = LimitOptions { login_rate_per_minute: 0, survey_rate_per_second: 0, ..on.clone() };
        let limits = RateLimits::new(&off).unwrap_or_else(|e| panic!("{e}"));
        assert!(!limits.sign_in.on && !limits.survey.on);
        let limits = RateLimits::new(&on).unwrap_or_else(|e| panic!("{e}"));
        assert!(limits.sign_in.on && limits.survey.on);
    }
}
