//! The language of a workspace page (docs/design.md, "Languages"): the switcher's
//! `candor_lang` cookie, else the signed-in person's language, else Accept-Language, else
//! English ([`LangChoice::for_workspace`]). The middleware [`scope`] reads the cookie, the
//! header and the address once per request; the viewer's extractor adds the person's
//! language ([`remember_person`]); every page, error pages included, asks [`current`].

use std::cell::RefCell;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::middleware::Next;

use crate::i18n::{Lang, LangChoice};

/// The name of the resources that only take a form (see `http::form_only`).
pub const FORM_ONLY: &str = "form-only";

/// The cookie the language switcher sets.
pub const COOKIE: &str = "candor_lang";

#[derive(Debug, Clone, Default)]
struct Slot {
    choice: LangChoice,
    person: Option<Lang>,
    /// The page's path and query, where the switcher comes back to.
    here: String,
}

tokio::task_local! {
    static PAGE_LANG: RefCell<Slot>;
}

/// Middleware (`middleware::from_fn`): gives the request its language slot.
pub async fn scope(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let cookie = req.cookie(COOKIE).map(|c| c.value().to_string());
    let accept = req.headers().get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_string);
    let here = page_address(&req);
    let slot =
        Slot { choice: LangChoice::for_workspace(cookie.as_deref(), accept.as_deref()), person: None, here };
    PAGE_LANG.scope(RefCell::new(slot), next.call(req)).await
}

/// Where the switcher comes back to: the page's own address, except for a page a form-only
/// resource answers with (a refused form, posted to `/teams/x/followups`): there the nearest
/// page above it that can be read (`/teams/x`), since the form's address is no page.
fn page_address(req: &ServiceRequest) -> String {
    let own = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let map = req.resource_map();
    let is_page = |path: &str| map.has_resource(path) && map.match_name(path) != Some(FORM_ONLY);
    if map.match_name(req.path()) != Some(FORM_ONLY) {
        return own;
    }
    let mut path = req.path().trim_end_matches('/').to_string();
    while let Some(cut) = path.rfind('/') {
        path.truncate(cut);
        if !path.is_empty() && is_page(&path) {
            return path;
        }
    }
    "/".into()
}

/// Remembers the signed-in person's own language for this request's pages.
pub fn remember_person(language: Lang) {
    let _ = PAGE_LANG.try_with(|slot| slot.borrow_mut().person = Some(language));
}

/// The language of this request's page; English outside a request.
pub fn current() -> Lang {
    PAGE_LANG.try_with(|slot| slot.borrow().choice.pick(slot.borrow().person)).unwrap_or_default()
}

/// The page's own address (path and query), `/` outside a request.
fn here() -> String {
    PAGE_LANG.try_with(|slot| slot.borrow().here.clone()).unwrap_or_else(|_| "/".into())
}

/// Inside a request's [`scope`]: only workspace pages get a switcher.
fn in_scope() -> bool {
    PAGE_LANG.try_with(|_| ()).is_ok()
}

/// The language switcher of this request's page as HTML (each language by its own name, in
/// its own `lang`, the current one `aria-current`), or nothing outside a workspace request.
pub fn switcher_html() -> String {
    if !in_scope() {
        return String::new();
    }
    switcher_for(current(), &here())
}

/// The switcher for a page in `lang` at `here`.
pub fn switcher_for(lang: Lang, here: &str) -> String {
    let back = url_encode(here);
    let links: String = Lang::ALL
        .iter()
        .map(|l| {
            let current = if *l == lang { " aria-current=\"true\"" } else { "" };
            format!(
                "<li><a href=\"/language?to={code}&amp;back={back}\" lang=\"{code}\" hreflang=\"{code}\"{current}>{name}</a></li>",
                code = l.code(),
                name = l.endonym()
            )
        })
        .collect();
    let label = tera::escape_html(&crate::i18n::t(lang, "language-switch", &[]));
    format!("<nav class=\"langs\" aria-label=\"{label}\"><ul>{links}</ul></nav>")
}

/// Percent-encodes everything but unreserved characters and `/`.
fn url_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switcher_names_each_language_in_itself_and_marks_the_current_one() {
        let html = switcher_for(Lang::De, "/teams/x?from=1&to=2");
        assert!(
            html.contains("<a href=\"/language?to=ar&amp;back=/teams/x%3Ffrom%3D1%26to%3D2\" lang=\"ar\"")
        );
        assert!(html.contains("lang=\"de\" hreflang=\"de\" aria-current=\"true\">Deutsch</a>"));
        assert_eq!(html.matches("aria-current").count(), 1);
        assert!(html.contains("aria-label=\"Sprache\""));
    }

    #[tokio::test]
    async fn outside_a_request_pages_are_english_without_a_switcher() {
        assert_eq!(current(), Lang::En);
        assert_eq!(switcher_html(), "");
        let slot =
            Slot { choice: LangChoice::for_workspace(None, Some("fr")), person: None, here: "/".into() };
        PAGE_LANG
            .scope(RefCell::new(slot), async {
                assert_eq!(current(), Lang::Fr);
                remember_person(Lang::Es);
                assert_eq!(current(), Lang::Es);
                assert!(switcher_html().contains("aria-current=\"true\">Español"));
            })
            .await;
    }
}
