//! Rendering emails from templates: `templates/email/<name>/{subject.txt,body.txt,body.html}`.

use tera::{Context, Tera};

use crate::error::AppError;

/// A rendered email, ready to queue.
#[derive(Debug, Clone)]
pub struct Composed {
    /// One line.
    pub subject: String,
    /// The plain-text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
}

macro_rules! email_templates {
    ($($name:literal),* $(,)?) => {
        &[$(
            (concat!($name, "/subject.txt"), include_str!(concat!("../../templates/email/", $name, "/subject.txt"))),
            (concat!($name, "/body.txt"), include_str!(concat!("../../templates/email/", $name, "/body.txt"))),
            (concat!($name, "/body.html"), include_str!(concat!("../../templates/email/", $name, "/body.html"))),
        )*]
    };
}

const TEMPLATES: &[(&str, &str)] = email_templates!("invite", "reminder", "summary", "review", "login");
const LAYOUT: (&str, &str) = ("layout.html", include_str!("../../templates/email/layout.html"));

/// Renders the emails; cheap to clone.
#[derive(Clone)]
pub struct Composer {
    tera: std::sync::Arc<Tera>,
    base_url: String,
}

impl Composer {
    /// Loads the embedded templates; `base_url` prefixes every link.
    pub fn new(base_url: &str) -> Result<Self, AppError> {
        let mut tera = Tera::default();
        tera.register_function("t", crate::i18n::Translate);
        tera.register_filter("number", crate::i18n::FormatNumber);
        tera.register_filter("percent", crate::i18n::FormatPercent);
        tera.add_raw_templates(std::iter::once(LAYOUT).chain(TEMPLATES.iter().copied()))
            .map_err(|e| AppError::Startup(format!("email templates do not parse: {e:?}")))?;
        Ok(Self { tera: std::sync::Arc::new(tera), base_url: base_url.trim_end_matches('/').to_string() })
    }

    /// The public address links start with.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Renders email `name` with `context` (plus `base_url`, and `lang`/`dir` in English when
    /// the context does not choose a language); templates say `{{ t(id="…", lang=lang) }}`.
    pub fn compose(&self, name: &str, context: &Context) -> Result<Composed, AppError> {
        let mut context = context.clone();
        context.insert("base_url", &self.base_url);
        if !context.contains_key("lang") {
            context.insert("lang", crate::i18n::Lang::En.code());
            context.insert("dir", crate::i18n::Lang::En.dir());
        }
        let render = |part: &str| {
            self.tera
                .render(&format!("{name}/{part}"), &context)
                .map_err(|e| AppError::unexpected(format!("rendering email {name}/{part}"), format!("{e:?}")))
        };
        Ok(Composed {
            subject: render("subject.txt")?.trim().to_string(),
            text: render("body.txt")?,
            html: render("body.html")?,
        })
    }
}
