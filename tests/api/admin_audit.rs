//! The audit log page (`/admin/audit`): newest first, 100 a page with links that keep the
//! filters, an exact actor and action filter with a count, and a page that is no number is a 422.

use candor::db;
use candor::db::schema::audit_log;
use candor::domain::audit;
use diesel::prelude::*;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(the_log_pages_newest_first, filters_are_exact_and_kept_across_pages);

/// (status, body, with links unescaped) of a GET as `client`.
async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap().replace("&#x2F;", "/").replace("&amp;", "&"))
}

/// Records `n` entries of `actor` doing `action`, on subjects `{prefix}-000`, `{prefix}-001`, ….
fn record(app: &TestApp, n: usize, actor: &str, action: &str, prefix: &str) {
    let now = chrono::Utc::now().naive_utc();
    app.with_conn(|c| {
        db::write(c, |c| {
            for i in 0..n {
                audit::record(c, actor, action, &format!("{prefix}-{i:03}"), "", now)?;
            }
            Ok::<_, candor::error::AppError>(())
        })
    })
    .unwrap();
}

fn total(app: &TestApp) -> i64 {
    app.with_conn(|c| audit_log::table.count().get_result(c).unwrap())
}

async fn the_log_pages_newest_first(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    record(&app, 150, "ana@audit.test", "team.set", "s");
    let all = total(&app);
    assert!(all >= 150);

    let (status, first) = get(&app, &admin, "/admin/audit").await;
    assert_eq!(status, 200, "{first}");
    assert!(first.contains(&format!("Page 1 of 2 · {all} entries")), "{first}");
    assert!(first.contains(">s-149<") && first.contains(">s-050<") && !first.contains(">s-049<"), "{first}");
    assert!(first.contains("href=\"/admin/audit?page=2\">Next page</a>"), "{first}");

    let (status, second) = get(&app, &admin, "/admin/audit?page=2").await;
    assert_eq!(status, 200);
    assert!(second.contains(&format!("Page 2 of 2 · {all} entries")), "{second}");
    assert!(second.contains(">s-049<") && second.contains(">s-000<") && !second.contains(">s-050<"));
    assert!(second.contains("href=\"/admin/audit?page=1\">Previous page</a>"), "{second}");

    let (status, page) = get(&app, &admin, "/admin/audit?page=second").await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains("Page: "), "names the field: {page}");
}

async fn filters_are_exact_and_kept_across_pages(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.admin_client().await.clone();
    record(&app, 120, "ana@audit.test", "people.add", "a");
    record(&app, 5, "ana@audit.test", "team.set", "t");
    record(&app, 7, "bo@audit.test", "people.add", "b");
    record(&app, 3, "ana@audit.test.org", "people.add", "x");

    let (_, ana) = get(&app, &admin, "/admin/audit?actor=ana@audit.test&action=people.add").await;
    assert!(ana.contains("Page 1 of 2 · 120 entries"), "{ana}");
    assert!(!ana.contains(">b-") && !ana.contains(">t-") && !ana.contains(">x-"), "exact: {ana}");
    let next = "/admin/audit?actor=ana%40audit.test&action=people.add&page=2";
    assert!(ana.contains(&format!("href=\"{next}\">Next page</a>")), "{ana}");
    assert!(ana.contains("value=\"ana@audit.test\""), "the form keeps the filter: {ana}");

    let (status, second) = get(&app, &admin, next).await;
    assert_eq!(status, 200);
    assert!(second.contains("Page 2 of 2 · 120 entries") && second.contains(">a-000<"), "{second}");
    assert!(!second.contains(">b-") && !second.contains(">x-"), "{second}");

    let (_, bo) = get(&app, &admin, "/admin/audit?actor=bo@audit.test").await;
    assert!(bo.contains("Page 1 of 1 · 7 entries") && !bo.contains("Next page"), "{bo}");
    let (_, sets) = get(&app, &admin, "/admin/audit?action=team.set").await;
    assert!(sets.contains("· 5 entries"), "{sets}");
    let (_, none) = get(&app, &admin, "/admin/audit?action=team").await;
    assert!(none.contains("· 0 entries") && none.contains("No entry matches"), "not a prefix: {none}");
}
