//! The home page per viewer (docs/design.md, "The workspace"): each of their teams with what is
//! open and until when (never how many answered), the newest results, overdue actions, reviews
//! due and the next thing to do; members see their team by default; the menu names who is
//! signed in.

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(each_viewer_sees_what_needs_doing_in_their_teams);

async fn each_viewer_sees_what_needs_doing_in_their_teams(backend: Backend) {
    let app = spawn_app(backend).await;
    let (team, emails) = app.with_conn(|c| seed_team(c, "home", 6));
    run_round(&app, "home", "2026-09").await;
    let pulse = open_pulse(&app, &team, 5);
    let closes = pulse.closes_at.format("%A %-d %B").to_string();
    let (token_to, token) = queued_tokens(&app, &format!("invite:{}:", pulse.id)).remove(0);
    assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200);

    let member = app.sign_in_member(&emails[2]).await;
    let page = member.get(format!("{}/", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("href=\"/teams/home\">Team home</a>"), "members see their team by default: {page}");
    assert!(page.contains(&format!("A pulse is open until <strong>{closes}</strong>")), "{page}");
    assert!(page.contains("Next: <a") && page.contains("Answer this month&#x27;s pulse"), "{page}");
    assert!(
        page.contains(&format!("Signed in as {}", emails[2])) && !page.contains(">Sign in<"),
        "the menu: {page}"
    );
    for leak in ["1 of", "answered", "responded"] {
        assert!(!page.contains(leak), "an open pulse's count never shows ({leak}): {page}");
    }
    let lead = app.sign_in_member(&emails[0]).await;
    let page = lead.get(format!("{}/", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("<strong>New:</strong> the September 2026 results are out."),
        "closed today: {page}"
    );
    assert!(page.contains("Answer the September 2026 results: what you heard and what you change"), "{page}");
    let stranger = app.sign_in_member(&format!("x-{token_to}")).await;
    let page = stranger.get(format!("{}/", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("You are not in a team that shares its results with you yet"), "{page}");
    assert!(!page.contains("candor team add"), "no server commands for people in the browser: {page}");
}
