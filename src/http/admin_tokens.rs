//! `/admin/tokens` (admins): the API tokens, who each acts for and whether it still works; a
//! form that makes one, shown once on the page that answers the form (only its hash is kept);
//! `/admin/tokens/{id}/revoke` stops one. Both are audited, never with the token itself.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};

use super::pages::{State, render_with_status, see_other};
use super::viewer::SignedIn;
use crate::auth::access::require_admin;
use crate::auth::api_tokens::{self, READ_REPORTS, TokenLine};
use crate::auth::csrf::Csrf;
use crate::db::{self, DbConnection};
use crate::domain::audit;
use crate::error::{AppError, Said};
use crate::http::admin_people::address_field;
use crate::http::errors::in_page_words;
use crate::http::page_lang;
use crate::i18n::{self, Lang, localize_digits, refused};

/// The longest name a token may have.
const NAME_MAX: usize = 100;

/// The create form, as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct CreateForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    scope: String,
}

impl CreateForm {
    /// The name, address and scope the form asks for; a mistake names its field.
    fn checked(&self) -> Result<(String, crate::domain::Email, &'static str), AppError> {
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > NAME_MAX || name.chars().any(char::is_control) {
            return Err(refused("name", Said::new("ap-refused-token-name").number("max", NAME_MAX)));
        }
        let email = address_field(&self.email)?;
        if self.scope.trim() != READ_REPORTS {
            let said = Said::new("ap-refused-token-scope")
                .text("scope", self.scope.trim())
                .text("allowed", READ_REPORTS);
            return Err(refused("scope", said));
        }
        Ok((name.to_string(), email, READ_REPORTS))
    }
}

/// A token just made: shown on this one page and nowhere else.
#[derive(Debug, Serialize)]
struct Created {
    id: i64,
    name: String,
    email: String,
    token: String,
}

/// A token as the list shows it.
#[derive(Debug, Serialize)]
struct Line {
    id: i64,
    name: String,
    email: String,
    scope: String,
    created: String,
    revoked: Option<String>,
}

impl Line {
    /// The line of `token`, its times in `lang`'s digits.
    fn of(lang: Lang, token: TokenLine) -> Self {
        let when = |t: chrono::NaiveDateTime| localize_digits(lang, &t.format("%Y-%m-%d %H:%M").to_string());
        Line {
            id: token.id,
            name: token.name,
            email: token.email,
            scope: token.scope,
            created: when(token.created_at),
            revoked: token.revoked_at.map(when),
        }
    }
}

/// Everything the page shows.
#[derive(Debug, Serialize)]
struct TokensPage {
    tokens: Vec<Line>,
    scopes: Vec<&'static str>,
    form: CreateForm,
    /// The refused form's mistake, in words.
    error: Option<String>,
    created: Option<Created>,
    /// After a revoke.
    revoked: bool,
}

impl TokensPage {
    fn new(conn: &mut DbConnection, lang: Lang, form: CreateForm) -> Result<Self, AppError> {
        let tokens = api_tokens::list(conn)?.into_iter().map(|t| Line::of(lang, t)).collect();
        Ok(TokensPage {
            tokens,
            scopes: vec![READ_REPORTS],
            form,
            error: None,
            created: None,
            revoked: false,
        })
    }
}

fn show(state: &State, page: &TokensPage, status: StatusCode) -> Result<HttpResponse, AppError> {
    let mut context = tera::Context::new();
    context.insert("page", page);
    render_with_status(state, "admin_tokens.html", &context, status)
}

/// An empty create form for `admin`: the token acts for them unless they type another address.
fn fresh_form(csrf: &Csrf, admin: &str) -> Result<CreateForm, AppError> {
    Ok(CreateForm {
        csrf: csrf.token()?,
        name: String::new(),
        email: admin.to_string(),
        scope: READ_REPORTS.into(),
    })
}

/// `GET /admin/tokens`: the tokens and the create form.
pub async fn list(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    require_admin(&viewer.0)?;
    let (form, lang) = (fresh_form(&csrf, &viewer.0.email)?, page_lang::current());
    let mut page = db::run(&state.pool, move |c| TokensPage::new(c, lang, form)).await?;
    page.revoked = req.query_string() == "revoked";
    show(&state, &page, StatusCode::OK)
}

/// Makes the token of the form, audited (without the token); returns (id, token).
fn make(conn: &mut DbConnection, actor: &str, form: &CreateForm) -> Result<(i64, String), AppError> {
    let (name, email, scope) = form.checked()?;
    let now = Utc::now().naive_utc();
    let (id, token) = api_tokens::create(conn, &email, &name, scope, now).map_err(|e| match e {
        AppError::NotFound(_) => {
            refused("email", Said::new("ap-refused-token-account").text("email", email.as_str()))
        }
        other => other,
    })?;
    audit::record(conn, actor, "token.create", email.as_str(), &format!("token {id} '{name}' {scope}"), now)?;
    Ok((id, token))
}

/// `POST /admin/tokens`: makes a token and shows it once on the page that answers; a refused
/// form comes back as typed (422).
pub async fn create(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    form: web::Form<CreateForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    require_admin(&viewer.0)?;
    let (typed, actor) = (form.into_inner(), viewer.0.email);
    let (fresh, lang) = (fresh_form(&csrf, &actor)?, page_lang::current());
    let job = typed.clone();
    let made = db::run(&state.pool, move |c| Ok(db::write(c, |c| make(c, &actor, &job)))).await?;
    match made {
        Ok((id, token)) => {
            let (name, email) = (typed.name.trim().to_string(), typed.email.trim().to_lowercase());
            let mut page = db::run(&state.pool, move |c| TokensPage::new(c, lang, fresh)).await?;
            page.created = Some(Created { id, name, email, token });
            show(&state, &page, StatusCode::OK)
        }
        Err(e) if matches!(e, AppError::Invalid { .. }) => {
            let (status, message) = (e.status(), in_page_words(&e));
            let typed = CreateForm { csrf: fresh.csrf, ..typed };
            let mut page = db::run(&state.pool, move |c| TokensPage::new(c, lang, typed)).await?;
            page.error = Some(message);
            show(&state, &page, status)
        }
        Err(e) => Err(e),
    }
}

/// The revoke button's form.
#[derive(Debug, Deserialize)]
pub struct RevokeForm {
    csrf: String,
}

/// `POST /admin/tokens/{id}/revoke`: the token stops working at once; audited.
pub async fn revoke(
    state: State,
    viewer: SignedIn,
    csrf: Csrf,
    id: web::Path<String>,
    form: web::Form<RevokeForm>,
) -> Result<HttpResponse, AppError> {
    csrf.check(&form.csrf)?;
    require_admin(&viewer.0)?;
    let id: i64 = id.parse().map_err(|_| {
        let lang = page_lang::current();
        AppError::NotFound(i18n::t(lang, "ap-refused-no-token-here", &[]))
    })?;
    let actor = viewer.0.email;
    db::run(&state.pool, move |c| {
        db::write(c, |c| {
            let now = Utc::now().naive_utc();
            api_tokens::revoke(c, id, now)?;
            audit::record(c, &actor, "token.revoke", &id.to_string(), "revoked on /admin/tokens", now)
        })
    })
    .await?;
    Ok(see_other("/admin/tokens?revoked"))
}
