//! Single sign-on in Chromium, end to end: Candor's sign-in page, the company's identity
//! provider (node's oidc-provider, started by scripts/browser.sh and scripts/test.sh), and back
//! to Candor signed in.

use anyhow::ensure;

use crate::harness::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_signs_in_with_the_company_account() {
    journey("a_lead_signs_in_with_the_company_account", Options::default(), |b| async move {
        let Some(issuer) = service_url("CANDOR_TEST_OIDC_ISSUER") else { return Ok(()) };
        let secret = std::env::var("CANDOR_TEST_OIDC_SECRET")?;
        let app = spawn_app_with(|s| {
            s.oidc_issuer = Some(issuer.clone());
            s.oidc_client_id = Some("candor".into());
            s.oidc_client_secret = Some(secret.clone());
            s.oidc_name = "Example ID".into();
        })
        .await;
        let (_, emails) = app.seed_team("ssob", 5);
        b.goto(&app.url("/login?next=/teams/ssob")).await?;
        b.wait_for_heading("Sign in").await?;
        b.audit("sign-in page with single sign-on").await?;
        ensure!(b.body_text().await?.contains("Sign in with Example ID"), "the button names the provider");
        b.mark_page().await?;
        b.click("a[href^='/login/oidc']").await?;
        b.wait_for_heading("Sign-in").await?;
        b.click("input[name=login]").await?;
        b.type_text(&emails[0]).await?;
        b.click("input[name=password]").await?;
        b.type_text("any").await?;
        b.mark_page().await?;
        b.click("button[type=submit]").await?;
        b.wait_for_heading("Team ssob").await?;
        ensure!(b.client.current_url().await?.path() == "/teams/ssob", "back where the lead was going");
        Ok(())
    })
    .await
}
