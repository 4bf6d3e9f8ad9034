//! The whole loop through real HTTP and MailDev: open → mail arrives → answer through the
//! link → stored unlinkably → a second answer refused.

use candor::db::schema::{answers, comments, invitations, outbox, responses};
use candor::domain::participation::waiting;
use candor::mail::outbox::PURGED;
use diesel::dsl::not;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(open_mail_answer_store_refuse, quick_answer_links_preselect_but_never_submit);

async fn open_mail_answer_store_refuse(backend: Backend) {
    let app = spawn_app(backend).await;
    if service_url("CANDOR_TEST_MAILDEV_API").is_none() {
        return;
    }
    let (team, emails) = app.with_conn(|c| seed_team(c, "loop", 3));
    let pulse = open_pulse(&app, &team, 7);
    let report = flush_at(&app, chrono::Utc::now().naive_utc()).await;
    assert_eq!((report.sent, report.failed), (3, 0));

    let mail = maildev_messages_to(&emails[1]).await;
    assert_eq!(mail.len(), 1, "exactly one invitation");
    assert!(mail[0]["subject"].as_str().unwrap().contains("Team loop"));
    let text = mail[0]["text"].as_str().unwrap();
    let html = mail[0]["html"].as_str().unwrap();
    assert_eq!(html.matches("?trust_1=").count(), 5, "five quick answers in the HTML part");
    let token = token_in(text).expect("link in the text part");

    let form = app.get(&format!("/p/{token}")).await;
    assert_eq!(form.status(), 200);
    let page = form.text().await.unwrap();
    assert_eq!(page.matches("<fieldset").count(), 7, "six scored questions and eNPS");
    assert!(page.contains("<legend") && page.contains("Writing style can identify you"));

    let stored = post_survey(&app, &token, VALID_ANSWERS).await;
    assert_eq!(stored.status(), 200);
    assert!(stored.text().await.unwrap().contains("Thank you"));
    let again = post_survey(&app, &token, VALID_ANSWERS).await;
    assert_eq!(again.status(), 409);
    assert!(again.text().await.unwrap().contains("answered already"));

    let sealed = unsealed(&app, pulse.id);
    assert_eq!(sealed.len(), 1);
    let mut values: Vec<i32> = sealed[0].answers.iter().map(|(_, v)| *v).collect();
    values.sort();
    assert_eq!(values, vec![1, 2, 2, 3, 4, 5, 9]);
    assert_eq!(sealed[0].comment.as_deref(), Some("More focus time, please."));
    app.with_conn(|c| {
        let plain: (i64, i64, i64) = (
            responses::table.count().get_result(c).unwrap(),
            answers::table.count().get_result(c).unwrap(),
            comments::table.count().get_result(c).unwrap(),
        );
        assert_eq!(plain, (0, 0, 0), "nothing in plaintext while the pulse is open");
        let answered: i64 = invitations::table.filter(not(waiting())).count().get_result(c).unwrap();
        assert_eq!(answered, 1);
        let bodies: Vec<String> = outbox::table.select(outbox::body_text).load(c).unwrap();
        assert!(bodies.iter().all(|b| b == PURGED), "sent invitations keep no token");
    });
}

async fn quick_answer_links_preselect_but_never_submit(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "quick", 1));
    open_pulse(&app, &team, 7);
    let (_, token) = queued_tokens(&app, "invite:").remove(0);
    let page = app.get(&format!("/p/{token}?trust_1=4")).await.text().await.unwrap();
    assert!(page.contains(r#"id="trust_1-4" name="trust_1" value="4" checked"#), "{page}");
    assert_eq!(page.matches(" checked").count(), 1);
    let ignored = app.get(&format!("/p/{token}?trust_1=9&enps=x")).await.text().await.unwrap();
    assert_eq!(ignored.matches(" checked").count(), 0, "out-of-range values preselect nothing");
    app.with_conn(|c| {
        assert_eq!(stored_responses(c), 0, "following a link stores nothing");
    });
    assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200, "the link still works");
}
