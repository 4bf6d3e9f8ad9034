//! `/admin/people/import`: upload a people file (`email,name,team,role[,home]`), see who is
//! added, changed, moved and who is absent from the file (and would leave) before anything is
//! stored, then confirm. All or nothing: a file with a problem lists every problem, by line and
//! field (unknown teams among them), and stores nothing. The confirmation carries the file
//! itself and is checked again, in the transaction that applies it.

use actix_multipart::form::MultipartForm;
use actix_multipart::form::bytes::Bytes;
use actix_multipart::form::text::Text;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};

use crate::auth::access::require_admin;
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::audit;
use crate::domain::people::plan::{ImportPlan, apply_import, plan_import};
use crate::domain::people::{PersonRow, read_people_csv, unknown_teams};
use crate::domain::problems::Problem;
use crate::error::{AppError, Said};
use crate::http::page_lang;
use crate::http::pages::{State, render_with_status};
use crate::http::security::MAX_UPLOAD_BYTES;
use crate::http::viewer::SignedIn;
use crate::i18n;

/// The upload form (multipart: a file input).
#[derive(Debug, MultipartForm)]
pub struct Upload {
    csrf: Text<String>,
    #[multipart(limit = "1MiB")]
    file: Bytes,
}

/// Multipart errors (no file chosen, a file over the limit) as plain pages.
pub fn upload_config() -> actix_multipart::form::MultipartFormConfig {
    actix_multipart::form::MultipartFormConfig::default().total_limit(MAX_UPLOAD_BYTES).error_handler(
        |err, _req| {
            let reason = err.to_string();
            let lang = page_lang::current();
            let words = i18n::t(lang, "ap-import-unreadable", &[("reason", reason.into())]);
            AppError::BadRequest(words).into()
        },
    )
}

/// The page in each of its states.
#[derive(Debug, Default, Serialize)]
struct ImportPage {
    csrf: String,
    file_name: String,
    /// The file's text, carried by the confirmation.
    csv: String,
    problems: Vec<Problem>,
    plan: Option<ImportPlan>,
    /// After confirming: what was applied, and whether the absent were deactivated.
    applied: Option<ImportPlan>,
    deactivated_absent: bool,
}

fn show(state: &State, page: &ImportPage, status: StatusCode) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    context.insert("page", page);
    render_with_status(state, "admin_people_import.html", &context, status)
}

/// `GET /admin/people/import`.
pub async fn form(state: State, viewer: SignedIn, csrf: Csrf) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    show(&state, &ImportPage { csrf: csrf.token()?, ..ImportPage::default() }, StatusCode::OK)
}

/// The rows of `text`, or every problem of the file (its own and unknown teams) together.
fn rows_or_problems(
    conn: &mut DbConnection,
    text: &str,
) -> Result<Result<Vec<PersonRow>, Vec<Problem>>, AppError> {
    let (rows, mut problems) = match read_people_csv(text.as_bytes(), "the file") {
        Ok(read) => read,
        Err(AppError::BadRequest(message)) => {
            return Ok(Err(vec![Problem { line: 1, field: "header".into(), message }]));
        }
        Err(other) => return Err(other),
    };
    unknown_teams(conn, &rows, &mut problems)?;
    if problems.is_empty() {
        return Ok(Ok(rows));
    }
    problems.0.sort_by_key(|p| p.line);
    Ok(Err(problems.0))
}

/// The file as text: a people file is UTF-8 (a byte order mark is dropped).
fn file_text(bytes: &[u8]) -> Result<String, AppError> {
    let text =
        std::str::from_utf8(bytes).map_err(|_| i18n::refused("file", Said::new("ap-refused-not-utf8")))?;
    Ok(text.trim_start_matches('\u{feff}').to_string())
}

/// `POST /admin/people/import`: the preview, or every problem; stores nothing.
pub async fn preview(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    MultipartForm(upload): MultipartForm<Upload>,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    csrf.check(&upload.csrf)?;
    let text = file_text(&upload.file.data)?;
    let file_name = upload.file.file_name.clone().unwrap_or_else(|| {
        let lang = page_lang::current();
        i18n::t(lang, "ap-import-the-file", &[])
    });
    let job = text.clone();
    let checked = db::run(&state.pool, move |c| {
        Ok(match rows_or_problems(c, &job)? {
            Ok(rows) => Ok(plan_import(c, &rows)?),
            Err(problems) => Err(problems),
        })
    })
    .await?;
    let mut page = ImportPage { csrf: upload.csrf.into_inner(), file_name, ..ImportPage::default() };
    match checked {
        Ok(plan) => {
            page.plan = Some(plan);
            page.csv = text;
            show(&state, &page, StatusCode::OK)
        }
        Err(problems) => {
            page.problems = problems;
            show(&state, &page, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// The confirmation: the file again, and what to do with the people it does not list.
#[derive(Debug, Deserialize)]
pub struct Confirm {
    csrf: String,
    csv: String,
    #[serde(default)]
    absent: String,
}

/// `POST /admin/people/import/confirm`: applies the file in one transaction (checked again:
/// it is what the preview showed, unless someone changed people meanwhile).
pub async fn confirm(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    form: web::Form<Confirm>,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    csrf.check(&form.csrf)?;
    let deactivate = match form.absent.as_str() {
        "deactivate" => true,
        "keep" => false,
        _ => {
            return Err(i18n::refused("absent", Said::new("ap-refused-absent")));
        }
    };
    let Confirm { csrf: token, csv, .. } = form.into_inner();
    let actor = viewer.0.email;
    let outcome = db::run(&state.pool, move |c| {
        let rows = match rows_or_problems(c, &csv)? {
            Ok(rows) => rows,
            Err(problems) => return Ok(Err(problems)),
        };
        db::write(c, |c| apply(c, &actor, &rows, deactivate)).map(Ok)
    })
    .await?;
    let mut page = ImportPage { csrf: token, deactivated_absent: deactivate, ..ImportPage::default() };
    match outcome {
        Ok(applied) => {
            page.applied = Some(applied);
            show(&state, &page, StatusCode::OK)
        }
        Err(problems) => {
            page.problems = problems;
            show(&state, &page, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

fn apply(
    conn: &mut DbConnection,
    actor: &str,
    rows: &[PersonRow],
    deactivate: bool,
) -> Result<ImportPlan, AppError> {
    let applied = apply_import(conn, rows, deactivate)?;
    let detail = format!(
        "{} rows: {} added, {} changed, {} moved, {} absent {}",
        rows.len(),
        applied.added.len(),
        applied.changed.len(),
        applied.moved.len(),
        applied.absent.len(),
        if deactivate { "deactivated" } else { "kept" }
    );
    audit::record(conn, actor, "people.import", "people file", &detail, Utc::now().naive_utc())?;
    Ok(applied)
}
