//! schemathesis (PyPI, installed by scripts/services.sh) against `/api/v1`: it reads the
//! generated OpenAPI document, sends the examples and generated requests of every operation
//! (with and without the bearer token, valid and invalid), and runs every check it has: no 5xx,
//! statuses, content types, headers and bodies as documented, auth enforced, 405 for other
//! methods. Any finding fails the test.

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(schemathesis_finds_nothing_against_the_api);

/// The slug of the team the document's example names (`example = "platform"` in src/http/api.rs),
/// so the examples phase reads a real report.
const EXAMPLE_TEAM: &str = "platform";

/// An app whose example team has a closed, answered pulse; and an API token for it.
async fn app_with_a_report(backend: Backend) -> (TestApp, String) {
    let app = spawn_app(backend).await;
    let (team, _) = app.with_conn(|c| seed_team(c, EXAMPLE_TEAM, 6));
    open_pulse(&app, &team, 7);
    for (_, token) in queued_tokens(&app, "invite:") {
        assert_eq!(post_survey(&app, &token, VALID_ANSWERS).await.status(), 200);
    }
    app.with_conn(|c| {
        candor::db::write(c, |c| {
            candor::domain::pulses::open_pulse_of_team(c, EXAMPLE_TEAM)
                .and_then(|p| candor::domain::pulses::close_pulse(c, &app.state.answer_key, p.id))
        })
        .unwrap()
    });
    app.admin_client().await;
    let email = candor::domain::Email::parse("admin@candor.test").unwrap();
    let now = chrono::Utc::now().naive_utc();
    let (_, token) = app.with_conn(|c| {
        candor::db::write(c, |c| {
            candor::auth::api_tokens::create(
                c,
                &email,
                "schemathesis",
                candor::auth::api_tokens::READ_REPORTS,
                now,
            )
        })
        .unwrap()
    });
    (app, token)
}

async fn schemathesis_finds_nothing_against_the_api(backend: Backend) {
    let Some(st) = service_url("CANDOR_TEST_SCHEMATHESIS") else { return };
    let (app, token) = app_with_a_report(backend).await;
    let report = app.get(&format!("/api/v1/teams/{EXAMPLE_TEAM}/report")).await;
    assert_eq!(report.status(), 200, "the example team has a report");
    // From a file, so schemathesis tests the document's own address too (it leaves out the
    // address it loaded the document from).
    let document = app.client.get(format!("{}/api/v1/openapi.json", app.address)).send().await.unwrap();
    let schema = write_file(&app.db.dir, "openapi.json", &document.text().await.unwrap());
    let (dir, base) = (app.db.dir.path().to_path_buf(), app.address.clone());
    let run = move || {
        std::process::Command::new(st)
            .current_dir(dir)
            .args(["--no-color", "run", &schema, "--url", &base, "--checks", "all"])
            .args(["--header", &format!("Authorization: Bearer {token}")])
            .args(["--max-examples", "30", "--seed", "1", "--workers", "1"])
            .args(["--generation-database", "none"])
            .output()
            .unwrap()
    };
    let out = tokio::task::spawn_blocking(run).await.unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let summary: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("Tested:") || l.contains("generated,") || l.contains("===="))
        .map(str::trim)
        .collect();
    eprintln!("schemathesis: {}", summary.join(" | "));
    assert!(
        out.status.success(),
        "schemathesis found problems:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Tested: 2"), "both operations were tested:\n{stdout}");
    assert!(stdout.contains("No issues found"), "{stdout}");
}
