//! Single sign-on against a real identity provider: node's oidc-provider, started by
//! scripts/test.sh (scripts/oidc/provider.mjs). Its development login form takes any login name
//! as the account, so each test signs in as a person of its own team. The provider's spoiling
//! clients hand back ID tokens that are wrong in one way each; every one must be refused.

use candor::config::Settings;
use candor::db::schema::{audit_log, oidc_logins, users};
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_person_signs_in_at_the_provider_and_lands_where_they_were_going,
    an_address_nobody_knows_gets_a_page_and_no_account,
    accounts_for_strangers_are_made_only_when_configured,
    the_providers_groups_make_and_unmake_admins,
    tokens_with_a_broken_signature_another_audience_an_old_expiry_or_a_wrong_nonce_are_refused,
    a_callback_is_used_once_and_only_in_the_browser_that_started_it,
    the_login_page_offers_only_the_ways_that_are_on
);

/// The test provider's issuer and its clients' shared secret.
fn provider() -> Option<(String, String)> {
    Some((service_url("CANDOR_TEST_OIDC_ISSUER")?, std::env::var("CANDOR_TEST_OIDC_SECRET").ok()?))
}

/// Single sign-on with the provider's client `client_id`, roles following the `groups` claim.
fn with_provider(s: &mut Settings, client_id: &str, (issuer, secret): &(String, String)) {
    s.oidc_issuer = Some(issuer.clone());
    s.oidc_client_id = Some(client_id.into());
    s.oidc_client_secret = Some(secret.clone());
    s.oidc_name = "Example ID".into();
    s.oidc_groups_claim = Some("groups".into());
}

async fn app_with(
    backend: Backend,
    client_id: &str,
    configure: impl FnOnce(&mut Settings),
) -> Option<TestApp> {
    let provider = provider()?;
    Some(
        spawn_app_at_home(backend, |s| {
            with_provider(s, client_id, &provider);
            configure(s);
        })
        .await,
    )
}

fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

/// The `action` of the page's form, made absolute against `base`.
fn form_action(page: &str, base: &str) -> String {
    let start = page.find("action=\"").expect("a form") + "action=\"".len();
    let action: String = page[start..].chars().take_while(|c| *c != '"').collect();
    url::Url::parse(base).unwrap().join(&action).unwrap().to_string()
}

/// Starts a sign-in at Candor (going to `next`), logs in at the provider as `login`, and
/// returns the address the provider sends the browser back to (Candor's callback).
async fn through_the_provider(app: &TestApp, browser: &reqwest::Client, login: &str, next: &str) -> String {
    let depart = browser.get(format!("{}/login/oidc?next={next}", app.address)).send().await.unwrap();
    assert_eq!(depart.status(), 303, "to the provider");
    let mut at = location(&depart);
    let issuer = provider().unwrap().0;
    assert!(at.starts_with(&format!("{issuer}/auth?")), "{at}");
    for (name, wanted) in [("code_challenge_method", "S256"), ("response_type", "code")] {
        assert!(at.contains(&format!("{name}={wanted}")), "PKCE and the code flow: {at}");
    }
    assert!(at.contains("state=") && at.contains("nonce="), "{at}");
    loop {
        let response = browser.get(&at).send().await.unwrap();
        if response.status().is_redirection() {
            at = url::Url::parse(&at).unwrap().join(&location(&response)).unwrap().to_string();
            if at.starts_with(&app.address) {
                return at;
            }
            continue;
        }
        let page = response.text().await.unwrap();
        assert!(page.contains("name=\"login\""), "the provider's login form: {page}");
        let posted = browser
            .post(form_action(&page, &at))
            .form(&[("prompt", "login"), ("login", login), ("password", "any")])
            .send()
            .await
            .unwrap();
        assert!(posted.status().is_redirection(), "{}", posted.status());
        at = url::Url::parse(&at).unwrap().join(&location(&posted)).unwrap().to_string();
    }
}

/// The whole sign-in; the callback's response.
async fn sign_in_as(app: &TestApp, browser: &reqwest::Client, login: &str) -> reqwest::Response {
    let callback = through_the_provider(app, browser, login, "/").await;
    browser.get(callback).send().await.unwrap()
}

/// Whether `browser` holds a signed-in session: a workspace page then answers (here 404),
/// instead of sending to the sign-in page.
async fn signed_in(app: &TestApp, browser: &reqwest::Client) -> bool {
    let team = browser.get(format!("{}/teams/none", app.address)).send().await.unwrap();
    team.status() != 303
}

fn user_count(app: &TestApp) -> i64 {
    app.with_conn(|c| users::table.count().get_result(c).unwrap())
}

async fn a_person_signs_in_at_the_provider_and_lands_where_they_were_going(backend: Backend) {
    let Some(app) = app_with(backend, "candor", |_| {}).await else { return };
    let (_, emails) = app.with_conn(|c| seed_team(c, "sso", 5));
    let browser = cookie_client();
    let callback = through_the_provider(&app, &browser, &emails[0], "/teams/sso").await;
    assert!(callback.starts_with(&format!("{}/login/oidc/callback?code=", app.address)), "{callback}");
    let arrived = browser.get(&callback).send().await.unwrap();
    assert_eq!(arrived.status(), 303, "{:?}", arrived.text().await);
    assert_eq!(location(&arrived), "/teams/sso", "where they were going");
    let team = browser.get(format!("{}/teams/sso", app.address)).send().await.unwrap();
    assert_eq!(team.status(), 200, "signed in: the lead reads the team page");
    assert!(team.text().await.unwrap().contains("Team sso"));
    let audited: Vec<(String, String)> = app.with_conn(|c| {
        audit_log::table
            .filter(audit_log::action.eq("sign-in"))
            .select((audit_log::actor, audit_log::subject))
            .load(c)
            .unwrap()
    });
    assert_eq!(audited, [(emails[0].clone(), "single sign-on".to_string())]);
    let pending: i64 = app.with_conn(|c| oidc_logins::table.count().get_result(c).unwrap());
    assert_eq!(pending, 0, "the sign-in's row is gone once used");
}

async fn an_address_nobody_knows_gets_a_page_and_no_account(backend: Backend) {
    let Some(app) = app_with(backend, "candor", |_| {}).await else { return };
    let browser = cookie_client();
    let refused = sign_in_as(&app, &browser, "stranger@elsewhere.test").await;
    assert_eq!(refused.status(), 403);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("You signed in as stranger@elsewhere.test, but Candor knows nobody with that address."),
        "{page}"
    );
    assert_eq!(user_count(&app), 0, "no account was made");
    assert!(!signed_in(&app, &browser).await, "and nobody is signed in");
}

async fn accounts_for_strangers_are_made_only_when_configured(backend: Backend) {
    let Some(app) = app_with(backend, "candor", |s| s.oidc_create_accounts = true).await else { return };
    let browser = cookie_client();
    let arrived = sign_in_as(&app, &browser, "newcomer@elsewhere.test").await;
    assert_eq!(arrived.status(), 303);
    let made: Vec<(String, bool)> =
        app.with_conn(|c| users::table.select((users::email, users::is_admin)).load(c).unwrap());
    assert_eq!(made, [("newcomer@elsewhere.test".to_string(), false)]);
    let home = browser.get(format!("{}/", app.address)).send().await.unwrap();
    assert_eq!(home.status(), 200, "signed in, with no team yet");
    assert!(signed_in(&app, &browser).await);
}

async fn the_providers_groups_make_and_unmake_admins(backend: Backend) {
    let Some(app) = app_with(backend, "candor", |_| {}).await else { return };
    // The test provider puts logins that start with "admin" in the group candor-admins.
    let (_, people) = app.with_conn(|c| seed_team(c, "adminsso", 3));
    let (_, staff) = app.with_conn(|c| seed_team(c, "staffsso", 3));
    let admin = cookie_client();
    assert_eq!(sign_in_as(&app, &admin, &people[1]).await.status(), 303);
    let overview = admin.get(format!("{}/admin", app.address)).send().await.unwrap();
    assert_eq!(overview.status(), 200, "a member of candor-admins is an admin");
    let member = cookie_client();
    assert_eq!(sign_in_as(&app, &member, &staff[1]).await.status(), 303);
    assert_eq!(member.get(format!("{}/admin", app.address)).send().await.unwrap().status(), 403);
    // Made an admin by hand, the staff member loses it at the next sign-in: the groups decide.
    app.with_conn(|c| {
        diesel::update(users::table.filter(users::email.eq(&staff[1])))
            .set(users::is_admin.eq(true))
            .execute(c)
    })
    .unwrap();
    let again = cookie_client();
    assert_eq!(sign_in_as(&app, &again, &staff[1]).await.status(), 303);
    assert_eq!(again.get(format!("{}/admin", app.address)).send().await.unwrap().status(), 403);
    let actions: Vec<String> = app.with_conn(|c| {
        audit_log::table.filter(audit_log::action.like("admin.%")).select(audit_log::action).load(c).unwrap()
    });
    assert_eq!(actions, ["admin.granted", "admin.revoked"], "both changes audited");
}

async fn tokens_with_a_broken_signature_another_audience_an_old_expiry_or_a_wrong_nonce_are_refused(
    backend: Backend,
) {
    for (client, reason) in [
        ("candor-tampered", "ignature"),
        ("candor-audience", "udience"),
        ("candor-expired", "xpired"),
        ("candor-nonce", "once"),
    ] {
        let Some(app) = app_with(backend, client, |_| {}).await else { return };
        let (_, emails) = app.with_conn(|c| seed_team(c, "spoilt", 3));
        let browser = cookie_client();
        let refused = sign_in_as(&app, &browser, &emails[0]).await;
        assert_eq!(refused.status(), 403, "{client}");
        let page = refused.text().await.unwrap();
        assert!(page.contains("did not pass Candor&#x27;s checks"), "{client}: {page}");
        assert!(page.contains(reason), "{client} names what was wrong ({reason}): {page}");
        assert!(!page.contains("someone.else@example.com"), "a tampered claim is never shown");
        assert!(!signed_in(&app, &browser).await, "{client}: nobody is signed in");
        assert_eq!(user_count(&app), 0, "{client}: no account was made");
    }
}

async fn a_callback_is_used_once_and_only_in_the_browser_that_started_it(backend: Backend) {
    let Some(app) = app_with(backend, "candor", |_| {}).await else { return };
    let (_, emails) = app.with_conn(|c| seed_team(c, "once", 3));
    let browser = cookie_client();
    let callback = through_the_provider(&app, &browser, &emails[0], "/").await;
    let state = url::Url::parse(&callback)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    // Someone else's browser with the link (login CSRF) is refused, and the sign-in survives it.
    let elsewhere = cookie_client();
    let foreign = elsewhere.get(&callback).send().await.unwrap();
    assert_eq!(foreign.status(), 400);
    assert!(foreign.text().await.unwrap().contains("did not start in this browser"));
    assert_eq!(browser.get(&callback).send().await.unwrap().status(), 303, "the right browser signs in");
    // Replayed, with the state cookie sent again by hand: the sign-in was used.
    let replay =
        app.client.get(&callback).header("cookie", format!("candor_oidc={state}")).send().await.unwrap();
    assert_eq!(replay.status(), 410);
    assert!(replay.text().await.unwrap().contains("finished already"));
    let denied =
        app.client.get(format!("{}/login/oidc/callback?error=access_denied", app.address)).send().await;
    assert_eq!(denied.unwrap().status(), 403, "the provider's own refusal is a page too");
}

async fn the_login_page_offers_only_the_ways_that_are_on(backend: Backend) {
    let Some(app) = app_with(backend, "candor", |s| {
        s.sign_in_links = false;
        s.sign_in_passwords = false;
    })
    .await
    else {
        return;
    };
    let browser = cookie_client();
    let page = browser.get(format!("{}/login?next=/teams/x", app.address)).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(page.contains("Sign in with Example ID"), "{page}");
    assert!(page.contains("href=\"&#x2F;login&#x2F;oidc?next=%2Fteams%2Fx\""), "{page}");
    assert!(!page.contains("action=\"/login\"") && !page.contains("type=\"password\""), "{page}");
    let csrf =
        csrf_in(&browser.get(format!("{}/logout", app.address)).send().await.unwrap().text().await.unwrap());
    let link = browser
        .post(format!("{}/login", app.address))
        .form(&[("email", "a@b.test"), ("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(link.status(), 403);
    assert!(link.text().await.unwrap().contains("Sign-in links are turned off here"));
    let password = browser
        .post(format!("{}/login/password", app.address))
        .form(&[("email", "a@b.test"), ("password", "x"), ("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(password.status(), 403);
    let plain = spawn_app(backend).await;
    let page =
        plain.client.get(format!("{}/login", plain.address)).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("/login/oidc") && page.contains("type=\"password\""), "no provider, no button");
    assert_eq!(plain.client.get(format!("{}/login/oidc", plain.address)).send().await.unwrap().status(), 404);
}
