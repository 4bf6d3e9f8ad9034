//! An admin reads the outbox (a failed email's error readable on a 320 px screen), narrows it
//! with the filter form, and makes an API token that is shown once, then revokes it; every page
//! axe-checked and without sideways scrolling at 320 px. Saves the `admin-outbox` and
//! `admin-tokens` screenshots.

use anyhow::{Context, ensure};
use diesel::prelude::*;

use crate::agreements::sign_in_with_password;
use crate::harness::*;
use crate::survey::docs_screenshot;

/// Makes the newest email of pulse `pulse_id` a failed one with a long error, after 5 tries.
fn fail_one(app: &TestApp, pulse_id: i64) {
    use candor::db::schema::outbox;
    app.with_conn(|c| {
        let id: i64 = outbox::table
            .filter(outbox::pulse_id.eq(pulse_id))
            .order(outbox::id.desc())
            .select(outbox::id)
            .first(c)?;
        diesel::update(outbox::table.find(id))
            .set((
                outbox::state.eq("failed"),
                outbox::attempts.eq(5),
                outbox::last_error
                    .eq("554 5.7.1 <person0@a-rather-long-domain-name.example.org>: Relay access denied \
                     (smtp.mail.example.org:587, after 5 tries)"),
            ))
            .execute(c)
    })
    .expect("an email marked failed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_reads_the_outbox_and_makes_a_token_shown_once() {
    journey("admin_reads_the_outbox_and_makes_a_token_shown_once", Options::default(), |b| async move {
        let app = spawn_app().await;
        let (product, _) = app.seed_team("product", 4);
        let (design, _) = app.seed_team("design", 3);
        app.open_pulse(&design);
        let pulse = app.open_pulse(&product);
        fail_one(&app, pulse.id.0);
        app.create_admin("admin@candor.test");
        sign_in_with_password(&b, &app, "admin@candor.test").await?;

        b.goto(&app.url("/admin")).await?;
        b.wait_for_heading("Admin").await?;
        b.audit("admin overview").await?;
        b.mark_page().await?;
        b.click("a[href='/admin/outbox']").await?;
        b.wait_for_heading("Outbox").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Page 1 of 1 · 7 emails"), "every email: {text}");
        ensure!(text.contains("Relay access denied") && text.contains("5 tries"), "the failure: {text}");
        b.audit("admin outbox").await?;
        b.save_page_png(
            &docs_screenshot("admin-outbox.png"),
            390,
            Some("table.outbox tbody tr:nth-child(3)"),
        )
        .await?;

        b.js("document.querySelector('#f-kind').value = 'invite';", vec![]).await?;
        b.js("document.querySelector('#f-team').value = 'design';", vec![]).await?;
        b.mark_page().await?;
        b.click("form[action='/admin/outbox'] button[type=submit]").await?;
        b.wait_for_heading("Outbox").await?;
        let url = b.client.current_url().await?;
        ensure!(url.query().is_some_and(|q| q.contains("kind=invite") && q.contains("team=design")), "{url}");
        let text = b.body_text().await?;
        ensure!(text.contains("Page 1 of 1 · 3 emails"), "design's invitations: {text}");
        b.audit("admin outbox, filtered").await?;

        b.goto(&app.url("/admin/tokens")).await?;
        b.wait_for_heading("API tokens").await?;
        b.audit("admin tokens, none yet").await?;
        b.click("#token-name").await?;
        b.type_text("Weekly dashboards").await?;
        b.mark_page().await?;
        b.click("form[action='/admin/tokens'] button[type=submit]").await?;
        b.wait_for_heading("API tokens").await?;
        let shown = b.js("return document.querySelector('#new-token')?.textContent ?? '';", vec![]).await?;
        let token = shown.as_str().context("the token's text")?.to_string();
        ensure!(token.len() >= 20, "the new token is on the page: {token:?}");
        ensure!(b.body_text().await?.contains("it is shown once"), "the warning");
        b.audit("admin tokens, shown once").await?;
        b.save_page_png(&docs_screenshot("admin-tokens.png"), 1000, None).await?;

        b.goto(&app.url("/admin/tokens")).await?;
        b.wait_for_heading("API tokens").await?;
        ensure!(!b.body_text().await?.contains(&token), "the list does not show it again");
        b.mark_page().await?;
        b.click("form[action$='/revoke'] button[type=submit]").await?;
        b.wait_for_heading("API tokens").await?;
        let text = b.body_text().await?;
        ensure!(text.contains("Revoked. The token stops working at once."), "{text}");
        b.audit("admin tokens, revoked").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_registers_a_webhook_and_sees_its_secret_once() {
    journey("admin_registers_a_webhook_and_sees_its_secret_once", Options::default(), |b| async move {
        let app = spawn_app().await;
        app.create_admin("admin@candor.test");
        sign_in_with_password(&b, &app, "admin@candor.test").await?;
        b.goto(&app.url("/admin")).await?;
        b.wait_for_heading("Admin").await?;
        b.mark_page().await?;
        b.click("a[href='/admin/webhooks']").await?;
        b.wait_for_heading("Webhooks").await?;
        b.audit("admin webhooks, none yet").await?;
        b.click("#hook-name").await?;
        b.type_text("chat-bot").await?;
        b.click("#hook-url").await?;
        b.type_text("https://hooks.example.org/candor/incoming-events").await?;
        b.mark_page().await?;
        b.click("form[action='/admin/webhooks'] button[type=submit]").await?;
        b.wait_for_heading("Webhooks").await?;
        let shown = b.js("return document.querySelector('#new-secret')?.textContent ?? '';", vec![]).await?;
        let secret = shown.as_str().context("the secret's text")?.to_string();
        ensure!(secret.starts_with("whsec_") && secret.len() == 70, "the secret is on the page: {secret:?}");
        let text = b.body_text().await?;
        ensure!(
            text.contains("it is shown once")
                && text.contains("pulse.closed, summary.sent, agreement.changed"),
            "{text}"
        );
        b.audit("admin webhooks, secret shown once").await?;
        b.goto(&app.url("/admin/webhooks")).await?;
        b.wait_for_heading("Webhooks").await?;
        ensure!(!b.body_text().await?.contains(&secret), "the list does not show it again");
        b.mark_page().await?;
        b.click("form[action$='/remove'] button[type=submit]").await?;
        b.wait_for_heading("Webhooks").await?;
        let text = b.body_text().await?;
        ensure!(
            text.contains("Removed. Its queued deliveries are cancelled.")
                && text.contains("No webhooks yet."),
            "{text}"
        );
        b.audit("admin webhooks, removed").await?;
        Ok(())
    })
    .await
}
