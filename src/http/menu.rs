//! The site's menu names who is signed in ("Signed in as ana@example.com · Sign out"), or offers
//! "Sign in" — never both. Who is signed in is known once a page's extractor has loaded the
//! viewer; the extractor leaves it in a slot that lives as long as the request ([`scope`]),
//! and every page rendered for that request, error pages included, reads it from there. No
//! extra query, and no handler has to remember to pass it.

use std::cell::RefCell;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use serde::Serialize;

use crate::auth::Viewer;
use crate::i18n::Lang;

tokio::task_local! {
    static SIGNED_IN: RefCell<Option<Menu>>;
}

/// What the menu shows of the viewer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Menu {
    /// Their address.
    pub email: String,
    /// Admins see "Admin".
    pub is_admin: bool,
}

/// Middleware (`middleware::from_fn`): gives the request its slot.
pub async fn scope(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    SIGNED_IN.scope(RefCell::new(None), next.call(req)).await
}

/// Remembers `viewer` for the menu of this request's page (outside [`scope`], nothing).
pub fn remember(viewer: &Viewer) {
    let menu = Menu { email: viewer.email.clone(), is_admin: viewer.is_admin };
    let _ = SIGNED_IN.try_with(|slot| *slot.borrow_mut() = Some(menu));
}

/// The viewer of this request, if an extractor found one.
pub fn current() -> Option<Menu> {
    SIGNED_IN.try_with(|slot| slot.borrow().clone()).ok().flatten()
}

/// The menu as HTML in `lang`, for pages made without templates (the error pages).
pub fn html(lang: Lang, menu: Option<&Menu>) -> String {
    let text = |id: &str| tera::escape_html(&crate::i18n::t(lang, id, &[]));
    match menu {
        Some(m) => {
            let email = m.email.clone();
            let who = crate::i18n::t(lang, "nav-signed-in-as", &[("email", email.into())]);
            format!(
                "<a href=\"/\">{home}</a> {admin}<span class=\"who\">{who}</span> <a href=\"/logout\">{out}</a>",
                home = text("nav-home"),
                admin = if m.is_admin {
                    format!("<a href=\"/admin\">{}</a> ", text("nav-admin"))
                } else {
                    String::new()
                },
                who = tera::escape_html(&who),
                out = text("nav-sign-out"),
            )
        }
        None => {
            format!("<a href=\"/\">{}</a> <a href=\"/login\">{}</a>", text("nav-home"), text("nav-sign-in"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menu_offers_sign_in_or_names_the_viewer() {
        let anonymous = html(Lang::En, None);
        assert!(anonymous.contains("Sign in") && !anonymous.contains("Sign out"));
        let ana = Menu { email: "ana<x>@example.com".into(), is_admin: false };
        let signed_in = html(Lang::En, Some(&ana));
        assert!(
            signed_in.contains("Signed in as ana&lt;x&gt;@example.com") && !signed_in.contains("Sign in<")
        );
        assert!(!signed_in.contains("/admin"), "members see no admin link");
        assert!(html(Lang::En, Some(&Menu { is_admin: true, ..ana.clone() })).contains("href=\"/admin\""));
        assert!(html(Lang::De, Some(&ana)).contains("Abmelden"));
    }

    #[tokio::test]
    async fn what_an_extractor_remembers_lasts_for_its_request_only() {
        let viewer = Viewer {
            user_id: 1,
            email: "ana@example.com".into(),
            is_admin: false,
            language: Default::default(),
        };
        SIGNED_IN
            .scope(RefCell::new(None), async {
                assert_eq!(current(), None);
                remember(&viewer);
                assert_eq!(current().map(|m| m.email), Some("ana@example.com".to_string()));
            })
            .await;
        remember(&viewer);
        assert_eq!(current(), None, "outside a request nothing is kept");
    }
}
