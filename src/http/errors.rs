//! How an [`AppError`] becomes a response: its status, a plain page with the message a user may
//! read, `Retry-After` on 503, a redirect to sign-in; a server error is logged once, here.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, ResponseError};

use crate::error::AppError;

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.status()
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::SignIn(path) = self {
            let next = url::form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>();
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, format!("/login?next={next}")))
                .finish();
        }
        response_for(self)
            .content_type(ContentType::html())
            .body(super::pages::error_page(self.status(), &page_message(self)))
    }
}

/// What the error page says, in the page's language where Candor says it in its own words
/// (our failures, a busy database, an unknown address); a user's mistake keeps its message.
fn page_message(error: &AppError) -> String {
    let lang = super::page_lang::current();
    match error {
        AppError::Startup(_) | AppError::Unexpected(_) => crate::i18n::t(lang, "error-unexpected", &[]),
        AppError::Unavailable(_) => crate::i18n::t(lang, "error-busy", &[]),
        AppError::NotFound(message) if message == "There is no page at this address." => {
            crate::i18n::t(lang, "error-no-page", &[])
        }
        other @ AppError::Invalid { .. } => crate::i18n::say(other, lang),
        other @ (AppError::Forbidden(_) | AppError::NotFound(_)) => {
            super::guard::in_page_words(other, lang).unwrap_or_else(|| other.public_message())
        }
        other => other.public_message(),
    }
}

/// What a form's page says about a refusal, in the page's language where the refusal has a
/// translation ([`crate::i18n::say`]).
pub(crate) fn in_page_words(error: &AppError) -> String {
    crate::i18n::say(error, super::page_lang::current())
}

/// The start of every error response, page or JSON: the error's status, `Retry-After` on a
/// 503, and the one log line of a server error (a 503 is expected, and logged where it arose).
pub(super) fn response_for(error: &AppError) -> actix_web::HttpResponseBuilder {
    let status = error.status();
    if status.is_server_error() && status != StatusCode::SERVICE_UNAVAILABLE {
        tracing::error!(error = ?error, "request failed");
    }
    let mut response = HttpResponse::build(status);
    if status == StatusCode::SERVICE_UNAVAILABLE {
        response.insert_header((header::RETRY_AFTER, "5"));
    }
    response
}
