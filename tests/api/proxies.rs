//! Behind a reverse proxy (`CANDOR_TRUSTED_PROXIES`, docs/deploy.md): the clients a trusted
//! proxy names in `X-Forwarded-For` or `Forwarded` get budgets of their own, a client cannot
//! pick a fresh budget by writing those headers itself, and an untrusted peer's headers are
//! not read at all. The test's requests come from 127.0.0.1, which plays the proxy.

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    clients_behind_a_trusted_proxy_get_budgets_of_their_own,
    an_untrusted_peers_forwarding_headers_are_ignored,
);

/// A sign-in attempt (refused for its forged CSRF token unless the limit refuses it first),
/// sent with the forwarding header `header` when given.
async fn attempt(app: &TestApp, header: Option<(&str, &str)>) -> u16 {
    let mut request = app
        .client
        .post(format!("{}/login/password", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=ana%40example.org&password=guess&csrf=forged&next=%2F");
    if let Some((name, value)) = header {
        request = request.header(name, value);
    }
    request.send().await.unwrap().status().as_u16()
}

/// Sign-in limited to a burst of 2 (then 1 a minute), with `trusted` as the proxies.
async fn limited_app(backend: Backend, trusted: &str) -> TestApp {
    let trusted = trusted.parse().unwrap();
    spawn_app_with(backend, |s| {
        s.login_burst = 2;
        s.login_rate_per_minute = 1;
        s.trusted_proxies = trusted;
    })
    .await
}

async fn clients_behind_a_trusted_proxy_get_budgets_of_their_own(backend: Backend) {
    let app = limited_app(backend, "10.9.9.9, 127.0.0.0/8").await;
    let first = Some(("X-Forwarded-For", "203.0.113.1"));
    for i in 0..2 {
        assert_ne!(attempt(&app, first).await, 429, "attempt {i} of the first client is within its burst");
    }
    assert_eq!(attempt(&app, first).await, 429, "the first client's budget is spent");

    // A second client behind the same proxy still has its whole budget, named either way.
    let second = Some(("X-Forwarded-For", "203.0.113.2"));
    assert_ne!(attempt(&app, second).await, 429, "the second client is not held back by the first");
    let second_rfc = Some(("Forwarded", "for=203.0.113.2;proto=https"));
    assert_ne!(attempt(&app, second_rfc).await, 429, "Forwarded names the same second client");
    assert_eq!(attempt(&app, second).await, 429, "both headers spent one budget of the second client");
    let ipv6 = Some(("Forwarded", r#"for="[2001:db8:cafe::17]:4711""#));
    assert_ne!(attempt(&app, ipv6).await, 429, "an IPv6 client has a budget of its own");

    // The first client cannot escape by prepending a made-up address: the proxy appended the
    // real one at the right, and that one is spent.
    let spoofed = Some(("X-Forwarded-For", "198.51.100.7, 203.0.113.1"));
    assert_eq!(attempt(&app, spoofed).await, 429, "a prepended address is not believed");
    // Requests the proxy sends without a header are the proxy's own budget, not a client's.
    assert_ne!(attempt(&app, None).await, 429, "the proxy's own budget is untouched");
}

async fn an_untrusted_peers_forwarding_headers_are_ignored(backend: Backend) {
    // Only 10.9.9.9 is trusted: 127.0.0.1 is an ordinary client whose headers mean nothing.
    let app = limited_app(backend, "10.9.9.9").await;
    assert_ne!(attempt(&app, Some(("X-Forwarded-For", "203.0.113.1"))).await, 429);
    assert_ne!(attempt(&app, Some(("Forwarded", "for=203.0.113.2"))).await, 429);
    for (name, value) in [
        ("X-Forwarded-For", "203.0.113.3"),
        ("Forwarded", "for=203.0.113.4"),
        ("X-Forwarded-For", "10.9.9.9"),
    ] {
        assert_eq!(
            attempt(&app, Some((name, value))).await,
            429,
            "{name}: {value} from an untrusted peer shares the peer's spent budget"
        );
    }
    assert_eq!(attempt(&app, None).await, 429, "the peer's one budget is spent");
}
